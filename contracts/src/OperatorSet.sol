// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";

/// @title OperatorSet
/// @notice A bounded set of operator addresses managed by the owner, shared by {Bridge} and {Anchor}.
/// @dev Operators are kept in an OpenZeppelin `EnumerableSet.AddressSet` (an array for enumeration and vote recounts
/// plus an index map for O(1) membership). The set never holds more than {MAX_OPERATORS} entries, so every loop over
/// it is bounded. Concrete contracts tell the set, through {_maxThreshold}, the highest vote threshold in force (a
/// deregistration may not go below it), and learn every change of the set through {_operatorSetChanged}, which
/// starts a new vote epoch there. Ownership cannot be renounced: a contract that holds value must always have an
/// owner (normally an OpenZeppelin `TimelockController`) that can change operators.
abstract contract OperatorSet is Ownable2Step {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @notice Largest number of operators the set accepts.
    uint256 public constant MAX_OPERATORS = 32;

    EnumerableSet.AddressSet private _operators;

    /// @notice Emitted when the owner adds `operator` to the set.
    event OperatorRegistered(address indexed operator);
    /// @notice Emitted when the owner removes `operator` from the set.
    event OperatorDeregistered(address indexed operator);

    /// @notice The caller (or the given account) is not a registered operator.
    error NotOperator(address account);
    /// @notice `account` is already a registered operator.
    error AlreadyOperator(address account);
    /// @notice The set already holds `max` operators.
    error TooManyOperators(uint256 max);
    /// @notice An address argument was the zero address.
    error ZeroAddress();
    /// @notice The change would leave fewer operators (`operatorCount`) than a vote threshold (`threshold`),
    /// or a threshold of 0 or above the operator count was requested.
    error InvalidThreshold(uint8 threshold, uint256 operatorCount);
    /// @notice `renounceOwnership` is disabled: the owner can only hand ownership over (two steps).
    error OwnershipRenounceDisabled();

    /// @dev Reverts with {NotOperator} unless the caller is a registered operator.
    modifier onlyOperator() {
        if (!_operators.contains(msg.sender)) revert NotOperator(msg.sender);
        _;
    }

    /// @param operators the initial operators (at most {MAX_OPERATORS}, no zero address, no duplicate).
    constructor(address[] memory operators) {
        for (uint256 i = 0; i < operators.length; ++i) {
            _addOperator(operators[i]);
        }
    }

    /// @notice Disabled: reverts {OwnershipRenounceDisabled}. A bridge or anchor without an owner could never
    /// replace a lost or compromised operator key.
    function renounceOwnership() public view override onlyOwner {
        revert OwnershipRenounceDisabled();
    }

    /// @notice Adds `operator` to the set and starts a new vote epoch. Owner only. Emits {OperatorRegistered}.
    /// @dev Reverts {ZeroAddress}, {AlreadyOperator}, or {TooManyOperators} when the set is full.
    function registerOperator(address operator) external onlyOwner {
        _addOperator(operator);
        _operatorSetChanged();
    }

    /// @notice Removes `operator` from the set and starts a new vote epoch (so none of its votes or signatures
    /// count any more, even if it is registered again later). Owner only. Emits {OperatorDeregistered}.
    /// @dev Reverts {NotOperator} when it is not registered and {InvalidThreshold} when fewer operators than the
    /// highest threshold would remain (lower the threshold first).
    function deregisterOperator(address operator) external onlyOwner {
        if (!_operators.contains(operator)) revert NotOperator(operator);
        uint256 remaining = _operators.length() - 1;
        uint8 maxThreshold = _maxThreshold();
        if (remaining < maxThreshold) revert InvalidThreshold(maxThreshold, remaining);
        _operators.remove(operator);
        emit OperatorDeregistered(operator);
        _operatorSetChanged();
    }

    /// @notice All registered operators, in no particular order (removal swaps the last entry into the gap).
    function getOperatorList() external view returns (address[] memory) {
        return _operators.values();
    }

    /// @notice Whether `account` is a registered operator.
    function isOperator(address account) public view returns (bool) {
        return _operators.contains(account);
    }

    /// @notice Number of registered operators.
    function operatorCount() public view returns (uint256) {
        return _operators.length();
    }

    function _addOperator(address operator) private {
        if (operator == address(0)) revert ZeroAddress();
        if (_operators.contains(operator)) revert AlreadyOperator(operator);
        if (_operators.length() >= MAX_OPERATORS) revert TooManyOperators(MAX_OPERATORS);
        _operators.add(operator);
        emit OperatorRegistered(operator);
    }

    /// @dev Highest vote threshold in force; a deregistration may not go below it.
    function _maxThreshold() internal view virtual returns (uint8);

    /// @dev Called after every change of the operator set; the concrete contract starts a new vote epoch.
    function _operatorSetChanged() internal virtual;

    /// @dev Reverts {InvalidThreshold} unless 1 <= threshold <= operator count.
    function _checkThreshold(uint8 threshold) internal view {
        uint256 n = _operators.length();
        if (threshold == 0 || threshold > n) revert InvalidThreshold(threshold, n);
    }

    /// @dev Reverts {InvalidThreshold} for a constructor threshold of 0, or above the operator count when operators
    /// are given (a contract deployed without operators pays nothing until `threshold` of them are registered).
    function _checkInitialThreshold(uint8 threshold) internal view {
        uint256 n = _operators.length();
        if (threshold == 0 || (n != 0 && threshold > n)) revert InvalidThreshold(threshold, n);
    }

    /// @dev Number of current operators whose recorded vote in `votes` equals `key` (at most {MAX_OPERATORS} reads).
    function _countVotes(mapping(address => bytes32) storage votes, bytes32 key) internal view returns (uint256 n) {
        uint256 len = _operators.length();
        for (uint256 i = 0; i < len; ++i) {
            if (votes[_operators.at(i)] == key) ++n;
        }
    }

    /// @dev Records the caller's vote for `key` in `votes` (moving any earlier vote of the caller) and returns the
    /// exact number of current operators that voted `key`. `again` is true when the caller had already voted for
    /// `key` (nothing is written then). Counting reads the votes of all current operators (at most
    /// {MAX_OPERATORS}); no per-key counter is stored, so a deregistered operator's vote simply stops counting.
    function _recordVote(mapping(address => bytes32) storage votes, bytes32 key)
        internal
        returns (uint256 count, bool again)
    {
        again = votes[msg.sender] == key;
        if (!again) votes[msg.sender] = key;
        count = _countVotes(votes, key);
    }
}
