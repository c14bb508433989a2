// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC1363} from "@openzeppelin/contracts/token/ERC20/extensions/ERC1363.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title ServiceChainToken
/// @notice Sample ERC-20 for the bridge: ERC-1363 (1-step requests with `transferAndCall`), burnable, and mintable
/// by holders of {MINTER_ROLE} (grant it to a {Bridge} that runs this token in mint/burn mode). 18 decimals.
contract ServiceChainToken is ERC20, ERC1363, ERC20Burnable, AccessControl {
    /// @notice Role allowed to call {mint}.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @param name_ token name. @param symbol_ token symbol.
    /// @param admin receives DEFAULT_ADMIN_ROLE, MINTER_ROLE and the initial supply.
    /// @param initialSupply amount minted to `admin`, in the smallest unit (10^-18 token).
    constructor(string memory name_, string memory symbol_, address admin, uint256 initialSupply)
        ERC20(name_, symbol_)
    {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
        if (initialSupply != 0) _mint(admin, initialSupply);
    }

    /// @notice Creates `amount` (smallest unit) for `to`. MINTER_ROLE only.
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }

    /// @inheritdoc ERC1363
    function supportsInterface(bytes4 interfaceId) public view override(ERC1363, AccessControl) returns (bool) {
        return super.supportsInterface(interfaceId);
    }
}
