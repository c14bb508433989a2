// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC721URIStorage} from "@openzeppelin/contracts/token/ERC721/extensions/ERC721URIStorage.sol";
import {ERC721Burnable} from "@openzeppelin/contracts/token/ERC721/extensions/ERC721Burnable.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title ServiceChainNFT
/// @notice Sample ERC-721 for the bridge: per-token URI storage, burnable by owner or approved, and mintable by
/// holders of {MINTER_ROLE} (grant it to a {Bridge} that runs this token in mint/burn mode).
contract ServiceChainNFT is ERC721, ERC721URIStorage, ERC721Burnable, AccessControl {
    /// @notice Role allowed to call {mintWithTokenURI}.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @param name_ collection name. @param symbol_ collection symbol.
    /// @param admin receives DEFAULT_ADMIN_ROLE and MINTER_ROLE.
    constructor(string memory name_, string memory symbol_, address admin) ERC721(name_, symbol_) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
    }

    /// @notice Mints `tokenId` to `to` with metadata URI `uri`. MINTER_ROLE only. Reverts when the id exists
    /// (ERC721InvalidSender). Uses a plain mint (no receiver hook), so a payout never depends on the recipient's code.
    function mintWithTokenURI(address to, uint256 tokenId, string calldata uri) external onlyRole(MINTER_ROLE) {
        _mint(to, tokenId);
        _setTokenURI(tokenId, uri);
    }

    /// @inheritdoc ERC721URIStorage
    function tokenURI(uint256 tokenId) public view override(ERC721, ERC721URIStorage) returns (string memory) {
        return super.tokenURI(tokenId);
    }

    /// @inheritdoc ERC721URIStorage
    function supportsInterface(bytes4 interfaceId)
        public
        view
        override(ERC721, ERC721URIStorage, AccessControl)
        returns (bool)
    {
        return super.supportsInterface(interfaceId);
    }
}
