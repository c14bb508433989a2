// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice Mint entry point the {Bridge} calls on an ERC-20 in mint/burn mode (see {ServiceChainToken-mint}).
interface IMintableERC20 {
    /// @notice Creates `amount` tokens (smallest unit) for `to`; the bridge needs the token's minter role.
    function mint(address to, uint256 amount) external;
}

/// @notice Mint entry point the {Bridge} calls on an ERC-721 in mint/burn mode (see {ServiceChainNFT-mintWithTokenURI}).
interface IMintableERC721 {
    /// @notice Creates token `tokenId` for `to` with metadata URI `uri`; the bridge needs the token's minter role.
    function mintWithTokenURI(address to, uint256 tokenId, string calldata uri) external;
}

/// @notice Burn entry point shared by OpenZeppelin's ERC20Burnable (`burn(amount)`) and ERC721Burnable (`burn(tokenId)`).
interface IBurnable {
    /// @notice Burns `amountOrTokenId` held by the caller.
    function burn(uint256 amountOrTokenId) external;
}
