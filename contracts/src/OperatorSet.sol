// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

/// @title OperatorSet
/// @notice A bounded set of operator addresses managed by the owner, shared by {Bridge} and {Anchor}.
/// @dev Operators are kept in an array (for enumeration and vote recounts) plus an index map (O(1) membership).
/// The set never holds more than {MAX_OPERATORS} entries, so every loop over it is bounded.
/// Concrete contracts tell the set, through {_maxThreshold}, the highest vote threshold in force, and the set
/// refuses a deregistration that would leave fewer operators than that threshold.
abstract contract OperatorSet is Ownable2Step {
    /// @notice Largest number of operators the set accepts.
    uint256 public constant MAX_OPERATORS = 32;

    address[] private _operators;
    mapping(address => uint256) private _operatorIndexPlusOne;

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

    /// @dev Reverts with {NotOperator} unless the caller is a registered operator.
    modifier onlyOperator() {
        if (_operatorIndexPlusOne[msg.sender] == 0) revert NotOperator(msg.sender);
        _;
    }

    /// @notice Adds `operator` to the set. Owner only. Emits {OperatorRegistered}.
    /// @dev Reverts {ZeroAddress}, {AlreadyOperator}, or {TooManyOperators} when the set is full.
    function registerOperator(address operator) external onlyOwner {
        if (operator == address(0)) revert ZeroAddress();
        if (_operatorIndexPlusOne[operator] != 0) revert AlreadyOperator(operator);
        if (_operators.length >= MAX_OPERATORS) revert TooManyOperators(MAX_OPERATORS);
        _operators.push(operator);
        _operatorIndexPlusOne[operator] = _operators.length;
        emit OperatorRegistered(operator);
    }

    /// @notice Removes `operator` from the set. Owner only. Emits {OperatorDeregistered}.
    /// @dev Votes the operator already cast stay stored but no longer count (counts only include current operators).
    /// Reverts {NotOperator} when it is not registered and {InvalidThreshold} when fewer operators than the
    /// highest threshold would remain (lower the threshold first).
    function deregisterOperator(address operator) external onlyOwner {
        uint256 idx = _operatorIndexPlusOne[operator];
        if (idx == 0) revert NotOperator(operator);
        uint256 remaining = _operators.length - 1;
        uint8 maxThreshold = _maxThreshold();
        if (remaining < maxThreshold) revert InvalidThreshold(maxThreshold, remaining);
        address last = _operators[remaining];
        _operators[idx - 1] = last;
        _operatorIndexPlusOne[last] = idx;
        _operators.pop();
        delete _operatorIndexPlusOne[operator];
        emit OperatorDeregistered(operator);
    }

    /// @notice All registered operators, in no particular order (removal swaps the last entry into the gap).
    function getOperatorList() external view returns (address[] memory) {
        return _operators;
    }

    /// @notice Whether `account` is a registered operator.
    function isOperator(address account) public view returns (bool) {
        return _operatorIndexPlusOne[account] != 0;
    }

    /// @notice Number of registered operators.
    function operatorCount() public view returns (uint256) {
        return _operators.length;
    }

    /// @dev Highest vote threshold in force; a deregistration may not go below it.
    function _maxThreshold() internal view virtual returns (uint8);

    /// @dev Reverts {InvalidThreshold} unless 1 <= threshold <= operator count.
    function _checkThreshold(uint8 threshold) internal view {
        if (threshold == 0 || threshold > _operators.length) revert InvalidThreshold(threshold, _operators.length);
    }

    /// @dev Number of current operators whose recorded vote in `votes` equals `key` (at most {MAX_OPERATORS} reads).
    function _countVotes(mapping(address => bytes32) storage votes, bytes32 key) internal view returns (uint256 n) {
        uint256 len = _operators.length;
        for (uint256 i = 0; i < len; ++i) {
            if (votes[_operators[i]] == key) ++n;
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
