// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {OperatorSet} from "./OperatorSet.sol";

/// @title Anchor
/// @notice Deployed on the parent chain: records, for service-chain block numbers, the block's header data, so
/// the parent chain witnesses the service chain's history. Operators vote records with their own threshold (a
/// constructor argument); the first record that reaches the threshold for a block number is final. A later
/// different record for the same number does not revert: it emits {AnchorConflict}, so a forged or divergent
/// record is visible.
/// @dev Record key = {anchorRecordKey}: keccak256 of the ABI encoding of all eight {anchor} arguments. Votes are
/// counted per vote epoch: any change of the operator set or of the threshold starts a new epoch ({epoch}), and only
/// votes cast in the current epoch count (so a minority's old votes never combine with a lowered threshold, and a
/// removed and re-added operator does not get its old votes back). A vote is stored as one word: the epoch in the
/// top 32 bits and the low 224 bits of the record key.
contract Anchor is OperatorSet {
    /// @notice A final anchor. Zero in every field when the block number is not anchored.
    /// @dev blockCount / txCount: service-chain blocks and transactions since the previous anchor;
    /// anchoredAt: parent-chain block number that finalised it; finalizedBy: the operator whose vote finalised it.
    struct AnchorRecord {
        bytes32 blockHash;
        bytes32 parentHash;
        bytes32 txRoot;
        bytes32 receiptRoot;
        bytes32 stateRoot;
        uint64 blockCount;
        uint64 txCount;
        uint64 anchoredAt;
        address finalizedBy;
    }

    /// @notice Number of matching votes of the current epoch that make a record final.
    uint8 public threshold;
    /// @notice Highest service-chain block number with a final anchor (0 before any).
    uint64 public latestAnchoredBlock;
    /// @notice Current vote epoch (1 after construction); see the contract notes.
    uint32 public epoch;

    mapping(uint64 => AnchorRecord) private _records;
    mapping(uint64 => bytes32) private _finalKey;
    mapping(uint64 => mapping(address => bytes32)) private _votedKey;

    /// @notice The record of `blockNumber` with key `recordKey` became final by `operator`'s vote.
    event Anchored(uint64 indexed blockNumber, bytes32 blockHash, bytes32 recordKey, address indexed operator);
    /// @notice `operator` voted `recordKey` for `blockNumber`; `votes` is the number of current operators that voted
    /// that key in the current epoch (after this vote).
    event AnchorVote(uint64 indexed blockNumber, address indexed operator, bytes32 recordKey, uint8 votes);
    /// @notice `operator` submitted `recordKey` for `blockNumber`, which already has a different final record
    /// `finalKey`. Nothing is stored.
    event AnchorConflict(uint64 indexed blockNumber, address indexed operator, bytes32 recordKey, bytes32 finalKey);
    /// @notice The anchoring threshold is now `threshold`.
    event ThresholdChanged(uint8 threshold);
    /// @notice A new vote epoch started (operator set or threshold changed); earlier votes no longer count.
    event EpochChanged(uint32 epoch);

    /// @notice `blockNumber` already has this exact record as final.
    error AlreadyAnchored(uint64 blockNumber);
    /// @notice `operator` already voted this record for `blockNumber` in this epoch and it is below the threshold.
    error AlreadyVoted(uint64 blockNumber, address operator);

    /// @param initialOwner owner (operator and threshold administration; normally a TimelockController).
    /// @param operators initial operators (may be empty: then nothing is anchored until `threshold` are registered).
    /// @param threshold_ votes needed to make a record final: 1..operators.length (any >= 1 when empty).
    constructor(address initialOwner, address[] memory operators, uint8 threshold_)
        Ownable(initialOwner)
        OperatorSet(operators)
    {
        _checkInitialThreshold(threshold_);
        threshold = threshold_;
        epoch = 1;
        emit ThresholdChanged(threshold_);
        emit EpochChanged(1);
    }

    /// @notice Votes a record for service-chain block `blockNumber`. Operators only ({NotOperator}).
    /// @dev When the record's votes reach {threshold} it becomes final ({Anchored}). After finality the same record
    /// reverts {AlreadyAnchored}; a different one emits {AnchorConflict} without reverting. A repeated vote of the
    /// same record reverts {AlreadyVoted} unless it now has enough votes (threshold lowered), which finalises it. An
    /// operator may move its vote to another record.
    /// @param blockCount service-chain blocks since the previous anchor. @param txCount transactions since then.
    function anchor(
        uint64 blockNumber,
        bytes32 blockHash,
        bytes32 parentHash,
        bytes32 txRoot,
        bytes32 receiptRoot,
        bytes32 stateRoot,
        uint64 blockCount,
        uint64 txCount
    ) external onlyOperator {
        AnchorRecord memory r =
            AnchorRecord(blockHash, parentHash, txRoot, receiptRoot, stateRoot, blockCount, txCount, 0, address(0));
        _anchor(blockNumber, r);
    }

    function _anchor(uint64 blockNumber, AnchorRecord memory r) private {
        bytes32 key = _recordKey(blockNumber, r);
        bytes32 finalKey = _finalKey[blockNumber];
        if (finalKey != bytes32(0)) {
            if (finalKey == key) revert AlreadyAnchored(blockNumber);
            emit AnchorConflict(blockNumber, msg.sender, key, finalKey);
            return;
        }
        uint8 t = threshold;
        (uint256 count, bool again) = _recordVote(_votedKey[blockNumber], _voteWord(epoch, key));
        if (again && count < t) revert AlreadyVoted(blockNumber, msg.sender);
        emit AnchorVote(blockNumber, msg.sender, key, count > type(uint8).max ? type(uint8).max : uint8(count));
        if (count < t) return;

        r.anchoredAt = uint64(block.number);
        r.finalizedBy = msg.sender;
        _records[blockNumber] = r;
        _finalKey[blockNumber] = key;
        if (blockNumber > latestAnchoredBlock) latestAnchoredBlock = blockNumber;
        emit Anchored(blockNumber, r.blockHash, key, msg.sender);
    }

    /// @notice The vote key of a record: keccak256(abi.encode(blockNumber, blockHash, parentHash, txRoot,
    /// receiptRoot, stateRoot, blockCount, txCount)).
    function anchorRecordKey(
        uint64 blockNumber,
        bytes32 blockHash,
        bytes32 parentHash,
        bytes32 txRoot,
        bytes32 receiptRoot,
        bytes32 stateRoot,
        uint64 blockCount,
        uint64 txCount
    ) external pure returns (bytes32) {
        return _recordKey(
            blockNumber,
            AnchorRecord(blockHash, parentHash, txRoot, receiptRoot, stateRoot, blockCount, txCount, 0, address(0))
        );
    }

    /// @dev The stored form of a vote for `key` in epoch `e`: e in the top 32 bits, the low 224 bits of `key`.
    function _voteWord(uint32 e, bytes32 key) private pure returns (bytes32) {
        return bytes32((uint256(e) << 224) | (uint256(key) & type(uint224).max));
    }

    function _recordKey(uint64 blockNumber, AnchorRecord memory r) private pure returns (bytes32) {
        return keccak256(
            abi.encode(
                blockNumber, r.blockHash, r.parentHash, r.txRoot, r.receiptRoot, r.stateRoot, r.blockCount, r.txCount
            )
        );
    }

    /// @notice The final record of `blockNumber` (all zero when none).
    function getAnchor(uint64 blockNumber) external view returns (AnchorRecord memory) {
        return _records[blockNumber];
    }

    /// @notice Whether `blockNumber` is final and whether `operator` has a vote recorded for it in the current
    /// epoch (a vote of an earlier epoch reads as not voted: it no longer counts and the operator should vote again).
    function anchorStatus(uint64 blockNumber, address operator) external view returns (bool finalized, bool voted) {
        finalized = _finalKey[blockNumber] != bytes32(0);
        voted = uint256(_votedKey[blockNumber][operator]) >> 224 == epoch;
    }

    /// @notice Current operators that voted `recordKey` for `blockNumber` in the current epoch.
    function anchorVotes(uint64 blockNumber, bytes32 recordKey) external view returns (uint8) {
        return uint8(_countVotes(_votedKey[blockNumber], _voteWord(epoch, recordKey)));
    }

    /// @notice Key of the final record of `blockNumber` (zero when none).
    function finalRecordKey(uint64 blockNumber) external view returns (bytes32) {
        return _finalKey[blockNumber];
    }

    /// @notice Sets the anchoring threshold and starts a new vote epoch. Owner only; reverts {InvalidThreshold} for
    /// 0 or more than the operator count. Emits {ThresholdChanged} and {EpochChanged}.
    function setThreshold(uint8 newThreshold) external onlyOwner {
        _checkThreshold(newThreshold);
        threshold = newThreshold;
        emit ThresholdChanged(newThreshold);
        _operatorSetChanged();
    }

    function _maxThreshold() internal view override returns (uint8) {
        return threshold;
    }

    function _operatorSetChanged() internal override {
        uint32 e = epoch + 1;
        epoch = e;
        emit EpochChanged(e);
    }
}
