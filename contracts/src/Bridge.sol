// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC721Metadata} from "@openzeppelin/contracts/token/ERC721/extensions/IERC721Metadata.sol";
import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";
import {IERC1363Receiver} from "@openzeppelin/contracts/interfaces/IERC1363Receiver.sol";
import {ERC165Checker} from "@openzeppelin/contracts/utils/introspection/ERC165Checker.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {BitMaps} from "@openzeppelin/contracts/utils/structs/BitMaps.sol";

import {OperatorSet} from "./OperatorSet.sol";
import {IBurnable, IMintableERC20, IMintableERC721} from "./interfaces/IBridgeTokens.sol";

/// @title Bridge
/// @notice One half of a k-of-n operator bridge between a parent chain and a service chain. One Bridge is deployed
/// on each chain and paired with its counterpart. Users request transfers here (native coin, ERC-20, ERC-721);
/// every request gets a nonce and emits one event. Operators (bridge nodes) read the events on the source chain and
/// close each request nonce on the destination Bridge exactly once, in one of two ways:
///  - on-chain votes (`handle*`, {handleBatch}): when `operatorThresholds(0)` operators voted the byte-identical
///    call for a nonce in the current epoch, the payout runs;
///  - signatures ({handleSignedBatch}): anyone submits the call with `operatorThresholds(0)` EIP-712 signatures of
///    distinct current operators over the same vote key; the payout runs the same way.
/// A payout that cannot succeed can instead be refunded by k operators ({refundValueTransfer}): the nonce is closed
/// as refunded and a request in the reverse direction carries the value home.
/// @dev Token types: 0 native, 1 ERC-20, 2 ERC-721. Vote types: 0 value transfer (handles and refunds),
/// 1 configuration. Modes per registered token: lock/unlock (default: the source bridge keeps the tokens, the
/// destination bridge pays them out of its balance) or mint/burn (the source bridge burns, the destination bridge
/// mints; it needs the token's minter role). Native coin is always lock/unlock: the destination bridge pays out of
/// its coin balance, funded by requests in the other direction or by {chargeNativeLiquidity}.
///
/// Vote key: the EIP-712 digest ({handleVoteKey}, {refundVoteKey}) of a `Handle` or `Refund` message, domain
/// {name "servicechain Bridge", version "1", this chain's id, this bridge}, message = the handle call plus the source
/// chain id ({counterpartChainId}), the source bridge ({counterpartBridge}) and the vote {epoch}. The same key is
/// what operators sign for {handleSignedBatch}. Any change of the operator set, of a threshold or of the
/// counterpart bridge starts a new epoch: votes and signatures of earlier epochs never count.
///
/// Recovery state (lowerHandleNonce, upperHandleNonce, recoveryBlockNumber, handledNonces,
/// handleNoncesToBlockNums) lets a node that was down find requests that were never handled; nonces may be
/// handled out of order.
contract Bridge is OperatorSet, EIP712, Pausable, ReentrancyGuardTransient, IERC1363Receiver, IERC721Receiver {
    using SafeERC20 for IERC20;
    using BitMaps for BitMaps.BitMap;

    /// @notice Token type of native coin requests.
    uint8 public constant TOKEN_NATIVE = 0;
    /// @notice Token type of ERC-20 requests.
    uint8 public constant TOKEN_ERC20 = 1;
    /// @notice Token type of ERC-721 requests.
    uint8 public constant TOKEN_ERC721 = 2;
    /// @notice Vote type of value-transfer votes (handles and refunds).
    uint8 public constant VOTE_VALUE_TRANSFER = 0;
    /// @notice Vote type of configuration (fee) votes.
    uint8 public constant VOTE_CONFIGURATION = 1;
    /// @notice {HandleValueTransfer} `attestation`: closed by k on-chain votes.
    uint8 public constant ATTESTED_BY_VOTES = 0;
    /// @notice {HandleValueTransfer} `attestation`: closed by k operator signatures ({handleSignedBatch}).
    uint8 public constant ATTESTED_BY_SIGNATURES = 1;
    /// @notice Most entries accepted by one {handleBatch}, {refundBatch} or {handleSignedBatch} call.
    uint256 public constant MAX_BATCH_SIZE = 100;
    /// @notice Most nonces `lowerHandleNonce` advances in one call.
    uint64 public constant MAX_NONCE_ADVANCE = 100;
    /// @notice Votes and signatures are refused for a nonce at or above max(upperHandleNonce, 1 + the highest nonce
    /// whose payout reached its threshold and failed) + HANDLE_WINDOW (8 x the node's window of 512 open requests).
    uint64 public constant HANDLE_WINDOW = 4096;
    /// @notice Longest `extraData` a request accepts, in bytes. Operators pay for it on the destination (calldata
    /// 16 gas/byte, or 40 at the EIP-7623 floor, plus 8 gas/byte of log data) while the user pays a flat fee; at
    /// 1 KiB a maximal request costs them at most ~50k gas more, and a batch of 50 maximal entries (about 85 KB)
    /// stays under go-ethereum's 128 KiB transaction size limit.
    uint256 public constant MAX_EXTRA_DATA_LENGTH = 1024;
    /// @notice Longest ERC-721 token URI a request accepts, in bytes: covers ipfs://, ar:// and https:// URIs with
    /// long paths; storing 512 bytes takes 17 storage slots (~376k gas), which {ERC721_PAYOUT_GAS} covers.
    uint256 public constant MAX_TOKEN_URI_LENGTH = 512;
    /// @notice Longest URL {announceAttestationURL} accepts, in bytes.
    uint256 public constant MAX_ATTESTATION_URL_LENGTH = 256;
    /// @notice Gas a native payout's recipient gets (plus the 2,300 of a value call): enough for smart accounts
    /// (Safe, ERC-4337: under 10k) and a receive() that writes one new storage slot and emits an event.
    uint256 public constant NATIVE_PAYOUT_GAS = 50_000;
    /// @notice Gas an ERC-20 payout call gets: an OpenZeppelin mint or transfer to a new holder takes ~35k, a
    /// proxied token with blocklists (USDC) ~60k.
    uint256 public constant ERC20_PAYOUT_GAS = 100_000;
    /// @notice Gas an ERC-721 payout call gets: a mint with a {MAX_TOKEN_URI_LENGTH} URI into URI storage takes
    /// ~430k (17 new slots for the URI, owner, balance, two events); a lock-mode transferFrom ~50k.
    uint256 public constant ERC721_PAYOUT_GAS = 500_000;
    /// @notice Gas a payout must have left besides its stipend (a cold call with value to a new account costs
    /// 2,600 + 9,000 + 25,000 before the callee runs).
    uint256 internal constant PAYOUT_CALL_RESERVE = 40_000;
    /// @notice Most bytes of a failed payout's revert data kept in {HandleFailed} (longer data is cut).
    uint256 internal constant MAX_FAILURE_REASON_LENGTH = 256;

    /// @notice EIP-712 type hash of the message operators vote and sign to pay out a request.
    bytes32 public constant HANDLE_TYPEHASH = keccak256(
        "Handle(uint256 sourceChainId,address sourceBridge,uint64 epoch,uint64 requestNonce,uint8 tokenType,bytes32 requestTxHash,uint64 requestBlockNumber,address from,address to,address token,uint256 valueOrTokenId,string tokenURI,bytes extraData)"
    );
    /// @notice EIP-712 type hash of the message operators vote to refund a request (same fields as Handle).
    bytes32 public constant REFUND_TYPEHASH = keccak256(
        "Refund(uint256 sourceChainId,address sourceBridge,uint64 epoch,uint64 requestNonce,uint8 tokenType,bytes32 requestTxHash,uint64 requestBlockNumber,address from,address to,address token,uint256 valueOrTokenId,string tokenURI,bytes extraData)"
    );

    /// @notice One handle vote: the fields of a source-chain request event, relayed byte for byte.
    /// @dev tokenType 0/1/2; token is the token address AS EMITTED by the source chain's request event
    /// (address(0) for native); tokenURI is "" for native and ERC-20; valueOrTokenId is wei / token units / token id.
    struct HandleCall {
        uint8 tokenType;
        bytes32 requestTxHash;
        address from;
        address to;
        address token;
        uint256 valueOrTokenId;
        uint64 requestNonce;
        uint64 requestBlockNumber;
        string tokenURI;
        bytes extraData;
    }

    struct TokenInfo {
        address counterpart; // token on the other chain; zero when not registered
        uint8 tokenType; // TOKEN_ERC20 or TOKEN_ERC721, detected with ERC-165 at registration
        bool locked;
        bool mintBurn;
    }

    // One storage slot: read once per vote, written once per closed nonce.
    struct Nonces {
        uint64 request;
        uint64 lower;
        uint64 upper;
        uint64 recoveryBlock;
    }

    // One storage slot: the pair's identity on this side, the epoch and the thresholds.
    struct VoteState {
        address counterpartBridge;
        uint64 epoch;
        uint8 valueThreshold;
        uint8 configThreshold;
    }

    /// @notice Chain id of the counterpart (source) chain, bound into every vote key.
    uint64 public immutable counterpartChainId;

    Nonces private _nonces;
    VoteState private _vote;
    // 1 + the highest nonce whose payout reached its threshold and failed (widens the handle window).
    uint64 private _attemptedUpper;

    /// @notice Nonce that the next configuration (fee) vote must carry; increments when one passes.
    uint64 public configurationNonce;
    /// @notice Receiver of request fees (native and ERC-20). Defaults to the initial owner.
    address public feeReceiver;
    /// @notice Account that may {pause} besides the owner (an emergency key: pausing does not wait for the owner's
    /// timelock). Zero when none.
    address public pauser;
    /// @notice Fee in wei charged per native request.
    uint256 public nativeFee;
    /// @notice Fee in token units charged per ERC-20 request of `token` (local token address).
    mapping(address => uint256) public erc20Fee;

    address[] private _tokens;
    mapping(address => uint256) private _tokenIndexPlusOne;
    mapping(address => TokenInfo) private _tokenInfo;
    mapping(address => address) private _localToken;

    // Nonces at or above lowerHandleNonce that are closed (paid or refunded); nonces below it are all closed.
    BitMaps.BitMap private _closed;
    // Nonces closed by a refund.
    BitMaps.BitMap private _refunded;
    // Request block numbers of nonces closed out of order, four 64-bit lanes per word (word = nonce / 4).
    mapping(uint256 => uint256) private _outOfOrderBlocks;
    // nonce => operator => vote key (value-transfer handles and refunds share it: a new vote moves the old one)
    mapping(uint64 => mapping(address => bytes32)) private _handleVotes;
    // configuration nonce => operator => vote key
    mapping(uint64 => mapping(address => bytes32)) private _configVotes;
    mapping(address => string) private _attestationURLs;

    // ---------------------------------------------------------------- events

    /// @notice A native or ERC-20 transfer was requested. `token` is this chain's token (address(0) for native),
    /// `valueOrTokenId` the amount (wei or token units), `fee` the fee actually charged.
    /// A refund request (see {HandleRefunded}) has `from` = this bridge, `token` = the token on the destination
    /// chain (the original request's source token), `fee` 0 and `extraData` = abi.encode(uint64 refundedNonce,
    /// bytes32 requestTxHash) of the refunded request.
    event RequestValueTransfer(
        uint8 tokenType,
        address indexed from,
        address indexed to,
        address indexed token,
        uint256 valueOrTokenId,
        uint64 requestNonce,
        uint256 fee,
        bytes extraData
    );
    /// @notice An ERC-721 transfer was requested; `tokenURI` is the token's URI on this chain ("" if unavailable),
    /// `fee` is always 0. Refund requests as in {RequestValueTransfer}.
    event RequestValueTransferWithURI(
        uint8 tokenType,
        address indexed from,
        address indexed to,
        address indexed token,
        uint256 valueOrTokenId,
        uint64 requestNonce,
        uint256 fee,
        bytes extraData,
        string tokenURI
    );
    /// @notice Request `handleNonce` was paid out on this chain; `token` is this chain's token (address(0) for
    /// native), `lowerHandleNonce` its value after this payout, `attestation` how the payout was attested
    /// ({ATTESTED_BY_VOTES} or {ATTESTED_BY_SIGNATURES}). A payout with `from` = {counterpartBridge} is the return
    /// of a refund.
    event HandleValueTransfer(
        bytes32 requestTxHash,
        uint8 tokenType,
        address indexed from,
        address indexed to,
        address indexed token,
        uint256 valueOrTokenId,
        uint64 handleNonce,
        uint64 lowerHandleNonce,
        bytes extraData,
        uint8 attestation
    );
    /// @notice `operator` voted for `voteKey` on `requestNonce`; `votes` is the number of current operators that
    /// voted that key (after this vote).
    event HandleVote(uint64 indexed requestNonce, address indexed operator, bytes32 voteKey, uint8 votes);
    /// @notice `operator` voted to refund `requestNonce` ({refundVoteKey} `voteKey`); `votes` as in {HandleVote}.
    event RefundVote(uint64 indexed requestNonce, address indexed operator, bytes32 voteKey, uint8 votes);
    /// @notice The payout of `requestNonce` reached its threshold (votes or signatures) but failed (`reason` is the
    /// revert data, e.g. {InsufficientLiquidity}, {PayoutOutOfGas} or the token's error). The nonce stays open;
    /// re-casting the same vote (or a new signed batch) retries it, or k operators refund it.
    event HandleFailed(uint64 indexed requestNonce, bytes32 voteKey, bytes reason);
    /// @notice Request `handleNonce` was closed as refunded by k refund votes (`voteKey`): nothing was paid here, and
    /// refund request `refundRequestNonce` (a {RequestValueTransfer} or {RequestValueTransferWithURI} of this bridge
    /// in the same transaction) carries the value back to the original sender. `lowerHandleNonce` after closing.
    event HandleRefunded(uint64 indexed handleNonce, bytes32 voteKey, uint64 refundRequestNonce, uint64 lowerHandleNonce);
    /// @notice A batch entry was not a valid vote or signed handle (`reason` is the ABI-encoded custom error, e.g.
    /// {NonceAlreadyHandled}, {AlreadyVoted} or {SignerNotOperator}); the other entries went on. `operator` is the
    /// sender of the batch.
    event HandleSkipped(uint64 indexed requestNonce, address indexed operator, bytes reason);
    /// @notice `operator` voted for `voteKey` in configuration round `configurationNonce`.
    event ConfigurationVote(uint64 indexed configurationNonce, address indexed operator, bytes32 voteKey, uint8 votes);
    /// @notice A new vote epoch started (operator set, a threshold or the counterpart bridge changed); votes and
    /// signatures of earlier epochs no longer count.
    event EpochChanged(uint64 epoch);
    /// @notice `operator` serves its handle signatures at `url` (the node learns its peers' attestation URLs here).
    event AttestationURLAnnounced(address indexed operator, string url);

    /// @notice The threshold of `voteType` was set to `threshold`.
    event OperatorThresholdChanged(uint8 voteType, uint8 threshold);
    /// @notice `token` (this chain) was paired with `counterpartToken` (other chain); `tokenType` 1 ERC-20, 2 ERC-721.
    event TokenRegistered(address indexed token, address indexed counterpartToken, uint8 tokenType);
    /// @notice `token` and its pairing with `counterpartToken` were removed.
    event TokenDeregistered(address indexed token, address indexed counterpartToken);
    /// @notice Requests and payouts of `token` are refused until it is unlocked.
    event TokenLocked(address indexed token);
    /// @notice `token` accepts requests and payouts again.
    event TokenUnlocked(address indexed token);
    /// @notice `token` switched to mint/burn mode (`mintBurn` true) or lock/unlock mode (false).
    event TokenMintBurnChanged(address indexed token, bool mintBurn);
    /// @notice The paired Bridge on the other chain is now `bridge` (a new epoch starts).
    event CounterpartBridgeChanged(address indexed bridge);
    /// @notice Request fees now go to `receiver`.
    event FeeReceiverChanged(address indexed receiver);
    /// @notice `pauser` may now pause this bridge besides the owner (zero: nobody but the owner).
    event PauserChanged(address indexed pauser);
    /// @notice The native fee is now `fee` wei (configuration round `configurationNonce` passed).
    event NativeFeeChanged(uint256 fee, uint64 configurationNonce);
    /// @notice The ERC-20 fee of `token` is now `fee` token units (configuration round `configurationNonce` passed).
    event ERC20FeeChanged(address indexed token, uint256 fee, uint64 configurationNonce);
    /// @notice `from` added `amount` wei of native liquidity.
    event NativeLiquidityCharged(address indexed from, uint256 amount);

    // ---------------------------------------------------------------- errors

    /// @notice The operator already voted this exact call on `nonce` and it cannot execute (below threshold).
    error AlreadyVoted(uint64 nonce, address operator);
    /// @notice `nonce` has already been handled (paid out) here, or lies below this bridge's start nonce.
    error NonceAlreadyHandled(uint64 nonce);
    /// @notice `nonce` was closed by a refund: it can never be paid out here.
    error NonceRefunded(uint64 nonce);
    /// @notice `nonce` is at or above `limit`, the end of the handle window (see {HANDLE_WINDOW}).
    error NonceOutOfWindow(uint64 nonce, uint256 limit);
    /// @notice `nonce` is itself a refund request (from the counterpart bridge): refunds are not refundable.
    error RefundOfRefund(uint64 nonce);
    /// @notice No counterpart bridge is set, so no vote key can be formed: handles are refused.
    error CounterpartNotSet();
    /// @notice A {handleSignedBatch} for epoch `given`; the current epoch is `current`.
    error StaleEpoch(uint64 given, uint64 current);
    /// @notice {handleSignedBatch} got `calls` calls but `signatures` signature entries.
    error LengthMismatch(uint256 calls, uint256 signatures);
    /// @notice Signature `index` of the entry for `nonce` is malformed or malleable (s in the upper half, bad v).
    error InvalidSignature(uint64 nonce, uint256 index);
    /// @notice `signer` signed the entry for `nonce` twice.
    error DuplicateSigner(uint64 nonce, address signer);
    /// @notice The signatures of the entry for `nonce` are not ordered by ascending signer address (at `signer`).
    error SignersNotAscending(uint64 nonce, address signer);
    /// @notice A signature of the entry for `nonce` recovers to `signer`, not a current operator (or it was made
    /// over another message, chain, bridge or epoch).
    error SignerNotOperator(uint64 nonce, address signer);
    /// @notice The entry for `nonce` carries `count` signatures (or a length that is not a multiple of 65), fewer
    /// than the threshold `threshold`.
    error InsufficientSignatures(uint64 nonce, uint256 count, uint8 threshold);
    /// @notice A payout used up its whole gas stipend `stipend` (see {NATIVE_PAYOUT_GAS} and the others).
    error PayoutOutOfGas(uint256 stipend);
    /// @notice A token payout call of `token` reverted without data.
    error TokenCallFailed(address token);
    /// @notice `extraData` of `length` bytes, more than `max` ({MAX_EXTRA_DATA_LENGTH}).
    error ExtraDataTooLong(uint256 length, uint256 max);
    /// @notice An ERC-721 token URI of `length` bytes, more than `max` ({MAX_TOKEN_URI_LENGTH}).
    error TokenURITooLong(uint256 length, uint256 max);
    /// @notice An attestation URL of `length` bytes, more than `max` ({MAX_ATTESTATION_URL_LENGTH}).
    error AttestationURLTooLong(uint256 length, uint256 max);
    /// @notice `voteType` is neither 0 (value transfer) nor 1 (configuration).
    error InvalidVoteType(uint8 voteType);
    /// @notice `token` is not registered on this bridge.
    error TokenNotRegistered(address token);
    /// @notice `token` (or its counterpart `counterpart`) is already registered.
    error TokenAlreadyRegistered(address token, address counterpart);
    /// @notice `token` is locked: no requests and no payouts.
    error TokenIsLocked(address token);
    /// @notice `token` has no code on this chain.
    error NotAContract(address token);
    /// @notice `token` is registered as type `registered` but the call needs type `expected`.
    error TokenTypeMismatch(address token, uint8 registered, uint8 expected);
    /// @notice The fee limit given (`feeLimit`) is below the fee in force (`fee`).
    error InsufficientFeeLimit(uint256 feeLimit, uint256 fee);
    /// @notice A native request paid `paid` wei, less than the `value` to transfer.
    error InsufficientPayment(uint256 paid, uint256 value);
    /// @notice A 1-step ERC-20 request moved `amount`, which does not exceed its fee limit `feeLimit`.
    error AmountBelowFeeLimit(uint256 amount, uint256 feeLimit);
    /// @notice A request with value or amount 0.
    error ZeroValue();
    /// @notice The `data` of a 1-step request is not the expected ABI encoding.
    error InvalidTransferData();
    /// @notice Sending `amount` wei to `to` failed (the recipient reverted).
    error NativeTransferFailed(address to, uint256 amount);
    /// @notice The bridge holds `balance` wei, less than the payout `value`.
    error InsufficientLiquidity(uint256 balance, uint256 value);
    /// @notice A handle or refund vote that no honest request can produce (unknown token type, zero recipient, a
    /// token with native or none with a token, a URI outside ERC-721, extraData or URI above its cap, a refund to
    /// the zero address).
    error InvalidHandleCall(uint64 nonce);
    /// @notice A batch with `length` entries, more than `max`.
    error BatchTooLarge(uint256 length, uint256 max);
    /// @notice A configuration vote carried `given`, but the current configuration nonce is `expected`.
    error InvalidConfigurationNonce(uint64 given, uint64 expected);
    /// @notice Only the owner or an operator may do this.
    error NotOwnerOrOperator(address account);
    /// @notice The transaction has too little gas left to give a payout its full stipend (EIP-150 keeps 1/64 back);
    /// resend it with a higher gas limit. Nothing was recorded.
    error InsufficientGas();
    /// @notice Plain coin transfers are refused; use a request function or {chargeNativeLiquidity}.
    error DirectTransferRefused();

    /// @param initialOwner owner (administration; normally an OpenZeppelin TimelockController) and initial fee
    /// receiver.
    /// @param operators initial operators (at most 32; may be empty, then nothing is paid until enough are
    /// registered).
    /// @param valueThreshold votes or signatures that close a nonce (1..operators.length; any >= 1 when empty).
    /// @param configThreshold votes that pass a fee change (same bounds).
    /// @param counterpartChainId_ chain id of the paired chain (bound into every vote key).
    /// @param startNonce first request nonce of this bridge and its initial lowerHandleNonce / upperHandleNonce:
    /// every nonce below it counts as handled here. Redeploying one side of a pair: give the new destination the
    /// source's requestNonce, the new source the destination's upperHandleNonce (after draining), so nothing is
    /// replayed or refused.
    constructor(
        address initialOwner,
        address[] memory operators,
        uint8 valueThreshold,
        uint8 configThreshold,
        uint64 counterpartChainId_,
        uint64 startNonce
    ) Ownable(initialOwner) OperatorSet(operators) EIP712("servicechain Bridge", "1") {
        _checkInitialThreshold(valueThreshold);
        _checkInitialThreshold(configThreshold);
        feeReceiver = initialOwner;
        counterpartChainId = counterpartChainId_;
        _vote = VoteState(address(0), 1, valueThreshold, configThreshold);
        _nonces = Nonces(startNonce, startNonce, startNonce, 0);
        emit OperatorThresholdChanged(VOTE_VALUE_TRANSFER, valueThreshold);
        emit OperatorThresholdChanged(VOTE_CONFIGURATION, configThreshold);
        emit EpochChanged(1);
    }

    /// @notice Refuses plain coin transfers so that coins sent by mistake never become a request or vanish into
    /// liquidity: reverts {DirectTransferRefused}.
    receive() external payable {
        revert DirectTransferRefused();
    }

    // ================================================================ nonce state

    /// @notice Number of requests made on this bridge plus its start nonce; the next request gets this nonce.
    function requestNonce() external view returns (uint64) {
        return _nonces.request;
    }

    /// @notice Every nonce below this one is closed (paid out or refunded) on this bridge (starts at the start nonce).
    function lowerHandleNonce() external view returns (uint64) {
        return _nonces.lower;
    }

    /// @notice One more than the highest nonce closed on this bridge (the start nonce when none).
    function upperHandleNonce() external view returns (uint64) {
        return _nonces.upper;
    }

    /// @notice Source-chain block from which a node should re-read requests that are not handled yet: the request
    /// block of nonce `lowerHandleNonce - 1` (the last closed nonce below `lowerHandleNonce`), 0 before any.
    /// @dev Deliberately not taken from a vote for `lowerHandleNonce` itself: a single operator could forge it.
    function recoveryBlockNumber() external view returns (uint64) {
        return _nonces.recoveryBlock;
    }

    /// @notice The paired Bridge on the other chain (the source of the requests this bridge handles), bound into
    /// every vote key; zero until set (then handles are refused with {CounterpartNotSet}).
    function counterpartBridge() external view returns (address) {
        return _vote.counterpartBridge;
    }

    /// @notice Current vote epoch (1 after construction). Only votes and signatures of this epoch count.
    function epoch() external view returns (uint64) {
        return _vote.epoch;
    }

    /// @notice First nonce refused by the handle window: max(upperHandleNonce, 1 + highest failed nonce) +
    /// {HANDLE_WINDOW}.
    function handleWindowEnd() public view returns (uint256) {
        uint64 upper = _nonces.upper;
        uint64 attempted = _attemptedUpper;
        return uint256(upper > attempted ? upper : attempted) + HANDLE_WINDOW;
    }

    // ================================================================ requests

    /// @notice Requests a transfer of `value` wei to `to` on the other chain.
    /// @dev Send `value` + fee limit as msg.value. The fee ({nativeFee}) goes to {feeReceiver}; the rest of the fee
    /// limit is refunded to the sender in the same call. Reverts {ZeroAddress}, {ZeroValue},
    /// {InsufficientPayment} (msg.value < value), {InsufficientFeeLimit}, {ExtraDataTooLong}, and when paused.
    /// @param to recipient on the other chain.
    /// @param value amount in wei delivered to `to`.
    /// @param extraData opaque bytes carried to the other chain's {HandleValueTransfer} event (at most
    /// {MAX_EXTRA_DATA_LENGTH}).
    function requestNativeTransfer(address to, uint256 value, bytes calldata extraData)
        external
        payable
        nonReentrant
        whenNotPaused
    {
        if (to == address(0)) revert ZeroAddress();
        if (value == 0) revert ZeroValue();
        if (msg.value < value) revert InsufficientPayment(msg.value, value);
        uint256 feeLimit = msg.value - value;
        uint256 fee = nativeFee;
        if (feeLimit < fee) revert InsufficientFeeLimit(feeLimit, fee);
        _checkExtraData(extraData.length);
        emit RequestValueTransfer(TOKEN_NATIVE, msg.sender, to, address(0), value, _takeRequestNonce(), fee, extraData);
        if (fee != 0) _sendNative(feeReceiver, fee);
        if (feeLimit != fee) _sendNative(msg.sender, feeLimit - fee);
    }

    /// @notice 2-step ERC-20 request: approve this bridge for `value` + fee first, then call this.
    /// @dev Pulls exactly `value` + {erc20Fee}(token) from the sender (never the whole fee limit); the fee goes to
    /// {feeReceiver}; in mint/burn mode `value` is burnt, otherwise kept. Reverts when paused, for an
    /// unregistered, locked or non-ERC-20 token, {ZeroAddress}, {ZeroValue}, {InsufficientFeeLimit},
    /// {ExtraDataTooLong}.
    /// @param token this chain's token (registered).
    /// @param value amount in token units delivered to `to`.
    /// @param feeLimit most the sender accepts to pay as fee, in token units.
    function requestERC20Transfer(address token, address to, uint256 value, uint256 feeLimit, bytes calldata extraData)
        external
        nonReentrant
        whenNotPaused
    {
        bool mintBurn = _requestToken(token, TOKEN_ERC20);
        if (to == address(0)) revert ZeroAddress();
        if (value == 0) revert ZeroValue();
        uint256 fee = erc20Fee[token];
        if (feeLimit < fee) revert InsufficientFeeLimit(feeLimit, fee);
        IERC20(token).safeTransferFrom(msg.sender, address(this), value + fee);
        _finishERC20(token, mintBurn, msg.sender, to, value, fee, extraData);
    }

    /// @notice 1-step ERC-20 request through ERC-1363 `transferAndCall(bridge, amount, data)`.
    /// @dev `data` = abi.encode(address to, uint256 feeLimit, bytes extraData); `amount` = value + feeLimit. The fee
    /// goes to {feeReceiver}, `feeLimit - fee` is refunded to `from`, `amount - feeLimit` is transferred. The
    /// token (msg.sender) must be registered, unlocked and an ERC-20. Any revert undoes the whole transferAndCall.
    function onTransferReceived(address, address from, uint256 amount, bytes calldata data)
        external
        nonReentrant
        whenNotPaused
        returns (bytes4)
    {
        address token = msg.sender;
        bool mintBurn = _requestToken(token, TOKEN_ERC20);
        if (data.length < 128) revert InvalidTransferData();
        (address to, uint256 feeLimit, bytes memory extraData) = abi.decode(data, (address, uint256, bytes));
        if (to == address(0)) revert ZeroAddress();
        if (amount <= feeLimit) revert AmountBelowFeeLimit(amount, feeLimit);
        uint256 fee = erc20Fee[token];
        if (feeLimit < fee) revert InsufficientFeeLimit(feeLimit, fee);
        if (feeLimit != fee) IERC20(token).safeTransfer(from, feeLimit - fee);
        _finishERC20(token, mintBurn, from, to, amount - feeLimit, fee, extraData);
        return IERC1363Receiver.onTransferReceived.selector;
    }

    /// @notice 2-step ERC-721 request: approve this bridge for `tokenId` (or setApprovalForAll) first.
    /// @dev The token URI is read before the transfer and travels in {RequestValueTransferWithURI}. No fee.
    /// Reverts when paused, for an unregistered, locked or non-ERC-721 token, {ZeroAddress}, {ExtraDataTooLong},
    /// and {TokenURITooLong} for a URI above {MAX_TOKEN_URI_LENGTH} bytes.
    function requestERC721Transfer(address token, address to, uint256 tokenId, bytes calldata extraData)
        external
        nonReentrant
        whenNotPaused
    {
        bool mintBurn = _requestToken(token, TOKEN_ERC721);
        if (to == address(0)) revert ZeroAddress();
        IERC721(token).transferFrom(msg.sender, address(this), tokenId);
        _finishERC721(token, mintBurn, msg.sender, to, tokenId, extraData);
    }

    /// @notice 1-step ERC-721 request through `safeTransferFrom(owner, bridge, tokenId, data)`.
    /// @dev `data` = abi.encode(address to, bytes extraData); empty or malformed data reverts {InvalidTransferData},
    /// which makes the safeTransferFrom revert (the token stays with its owner).
    function onERC721Received(address, address from, uint256 tokenId, bytes calldata data)
        external
        nonReentrant
        whenNotPaused
        returns (bytes4)
    {
        address token = msg.sender;
        bool mintBurn = _requestToken(token, TOKEN_ERC721);
        if (data.length < 96) revert InvalidTransferData();
        (address to, bytes memory extraData) = abi.decode(data, (address, bytes));
        if (to == address(0)) revert ZeroAddress();
        _finishERC721(token, mintBurn, from, to, tokenId, extraData);
        return IERC721Receiver.onERC721Received.selector;
    }

    function _requestToken(address token, uint8 tokenType) private view returns (bool mintBurn) {
        TokenInfo memory info = _tokenInfo[token];
        if (info.counterpart == address(0)) revert TokenNotRegistered(token);
        if (info.tokenType != tokenType) revert TokenTypeMismatch(token, info.tokenType, tokenType);
        if (info.locked) revert TokenIsLocked(token);
        return info.mintBurn;
    }

    function _finishERC20(
        address token,
        bool mintBurn,
        address from,
        address to,
        uint256 value,
        uint256 fee,
        bytes memory extraData
    ) private {
        if (value == 0) revert ZeroValue();
        _checkExtraData(extraData.length);
        if (fee != 0) IERC20(token).safeTransfer(feeReceiver, fee);
        if (mintBurn) IBurnable(token).burn(value);
        emit RequestValueTransfer(TOKEN_ERC20, from, to, token, value, _takeRequestNonce(), fee, extraData);
    }

    function _finishERC721(
        address token,
        bool mintBurn,
        address from,
        address to,
        uint256 tokenId,
        bytes memory extraData
    ) private {
        _checkExtraData(extraData.length);
        string memory uri = _tokenURI(token, tokenId);
        if (bytes(uri).length > MAX_TOKEN_URI_LENGTH) revert TokenURITooLong(bytes(uri).length, MAX_TOKEN_URI_LENGTH);
        if (mintBurn) IBurnable(token).burn(tokenId);
        emit RequestValueTransferWithURI(TOKEN_ERC721, from, to, token, tokenId, _takeRequestNonce(), 0, extraData, uri);
    }

    function _checkExtraData(uint256 length) private pure {
        if (length > MAX_EXTRA_DATA_LENGTH) revert ExtraDataTooLong(length, MAX_EXTRA_DATA_LENGTH);
    }

    function _takeRequestNonce() private returns (uint64 nonce) {
        nonce = _nonces.request;
        _nonces.request = nonce + 1;
    }

    function _tokenURI(address token, uint256 tokenId) private view returns (string memory) {
        try IERC721Metadata(token).tokenURI(tokenId) returns (string memory uri) {
            return uri;
        } catch {
            return "";
        }
    }

    // ================================================================ handles: on-chain votes

    /// @notice Vote to pay out native request `requestNonce`: `value` wei to `to`. Operators only; allowed while paused.
    /// @dev Same vote rules as {handleBatch} entries with tokenType 0, token address(0), tokenURI "", except that an
    /// invalid vote reverts ({NonceAlreadyHandled}, {NonceRefunded}, {AlreadyVoted}, {InvalidHandleCall},
    /// {NonceOutOfWindow}, {CounterpartNotSet}). A failed payout does not revert: it emits {HandleFailed} and leaves
    /// the nonce open. Send it with enough gas for the payout stipend ({InsufficientGas} otherwise).
    function handleNativeTransfer(
        bytes32 requestTxHash,
        address from,
        address to,
        uint256 value,
        uint64 requestNonce,
        uint64 requestBlockNumber,
        bytes calldata extraData
    ) external nonReentrant onlyOperator {
        _voteOrRevert(
            HandleCall(TOKEN_NATIVE, requestTxHash, from, to, address(0), value, requestNonce, requestBlockNumber, "", extraData),
            false
        );
    }

    /// @notice Vote to pay out ERC-20 request `requestNonce`. `token` is the source chain's token as emitted in
    /// its request event; this bridge pays in `localToken(token)`. Operators only; allowed while paused.
    /// @dev See {handleNativeTransfer}. An unregistered or locked token makes the payout fail ({HandleFailed}),
    /// the votes stay and a re-cast executes once the owner fixes the registration.
    function handleERC20Transfer(
        bytes32 requestTxHash,
        address from,
        address to,
        address token,
        uint256 value,
        uint64 requestNonce,
        uint64 requestBlockNumber,
        bytes calldata extraData
    ) external nonReentrant onlyOperator {
        _voteOrRevert(
            HandleCall(TOKEN_ERC20, requestTxHash, from, to, token, value, requestNonce, requestBlockNumber, "", extraData),
            false
        );
    }

    /// @notice Vote to pay out ERC-721 request `requestNonce`: token `tokenId` (with `tokenURI` when minted) to `to`.
    /// `token` is the source chain's token as emitted. Operators only; allowed while paused.
    /// @dev See {handleNativeTransfer}. Lock mode transfers the id out of this bridge; mint/burn mode mints it
    /// (an id that already exists makes the payout fail with {HandleFailed}).
    function handleERC721Transfer(
        bytes32 requestTxHash,
        address from,
        address to,
        address token,
        uint256 tokenId,
        uint64 requestNonce,
        uint64 requestBlockNumber,
        string calldata tokenURI,
        bytes calldata extraData
    ) external nonReentrant onlyOperator {
        _voteOrRevert(
            HandleCall(
                TOKEN_ERC721, requestTxHash, from, to, token, tokenId, requestNonce, requestBlockNumber, tokenURI, extraData
            ),
            false
        );
    }

    /// @notice Casts one handle vote per entry (at most {MAX_BATCH_SIZE}). Operators only; allowed while paused.
    /// @dev An entry that is not a valid vote (closed nonce, duplicate vote, malformed, out of window) emits
    /// {HandleSkipped} with the ABI-encoded error and the others go on; an entry whose payout fails emits
    /// {HandleFailed} and leaves its nonce open. A non-operator caller reverts {NotOperator} as a whole.
    function handleBatch(HandleCall[] calldata calls) external nonReentrant onlyOperator {
        _voteBatch(calls, false);
    }

    /// @notice Vote to refund request `c.requestNonce` instead of paying it out (same threshold as handles, and an
    /// operator's refund vote replaces its handle vote for the nonce). Operators only; allowed while paused.
    /// @dev When `operatorThresholds(0)` current operators voted the same refund ({refundVoteKey}), the nonce is
    /// closed as refunded (lowerHandleNonce moves past it; any later handle vote or signed handle is refused with
    /// {NonceRefunded}), and this bridge emits a refund request in the reverse direction: to `c.from`, same token
    /// type, value or token id (and URI), `from` = this bridge, `token` = `c.token` (the token on the original
    /// source chain), fee 0, `extraData` = abi.encode(c.requestNonce, c.requestTxHash). No tokens are taken here
    /// (none were released); the counterpart bridge releases, re-mints or returns what the original request locked
    /// or burnt. Reverts like {handleNativeTransfer}, plus {RefundOfRefund} for a request from the counterpart
    /// bridge (a refund that cannot be paid stays open and is retried) and {InvalidHandleCall} for `from` zero.
    function refundValueTransfer(HandleCall calldata c) external nonReentrant onlyOperator {
        _voteOrRevert(c, true);
    }

    /// @notice Casts one refund vote per entry (at most {MAX_BATCH_SIZE}); invalid entries emit {HandleSkipped}.
    /// Operators only; allowed while paused.
    function refundBatch(HandleCall[] calldata calls) external nonReentrant onlyOperator {
        _voteBatch(calls, true);
    }

    function _voteBatch(HandleCall[] calldata calls, bool refund) private {
        uint256 n = calls.length;
        if (n > MAX_BATCH_SIZE) revert BatchTooLarge(n, MAX_BATCH_SIZE);
        VoteState memory v = _voteState();
        for (uint256 i = 0; i < n; ++i) {
            HandleCall memory c = calls[i];
            bytes memory err = _castVote(c, refund, v);
            if (err.length != 0) emit HandleSkipped(c.requestNonce, msg.sender, err);
        }
    }

    function _voteOrRevert(HandleCall memory c, bool refund) private {
        bytes memory err = _castVote(c, refund, _voteState());
        if (err.length != 0) {
            assembly ("memory-safe") {
                revert(add(err, 32), mload(err))
            }
        }
    }

    /// @dev Records the caller's vote for `c` (a handle or a refund) and closes the nonce when the threshold is
    /// reached. Returns the ABI-encoded error when `c` is not a valid vote (nothing is written then), "" otherwise.
    function _castVote(HandleCall memory c, bool refund, VoteState memory v) private returns (bytes memory) {
        bytes memory err = _refusal(c, refund, v);
        if (err.length != 0) return err;
        uint64 nonce = c.requestNonce;
        bytes32 key = _digest(c, v, refund ? REFUND_TYPEHASH : HANDLE_TYPEHASH);
        (uint256 count, bool again) = _recordVote(_handleVotes[nonce], key);
        uint8 threshold = v.valueThreshold;
        if (again && count < threshold) return _err(AlreadyVoted.selector, nonce, _w(msg.sender));
        if (refund) {
            emit RefundVote(nonce, msg.sender, key, _toUint8(count));
            if (count >= threshold) _refund(c, key);
        } else {
            emit HandleVote(nonce, msg.sender, key, _toUint8(count));
            if (count >= threshold) _payout(c, key, ATTESTED_BY_VOTES, v);
        }
        return "";
    }

    // ================================================================ handles: signatures

    /// @notice Closes each entry's nonce by the EIP-712 signatures of `operatorThresholds(0)` distinct current
    /// operators, with the same payout, stipends, failure handling and events as k on-chain votes
    /// ({HandleValueTransfer} with `attestation` = {ATTESTED_BY_SIGNATURES}; no {HandleVote} events). Anyone may
    /// submit (the signatures are the authority); allowed while paused. At most {MAX_BATCH_SIZE} entries.
    /// @dev `signatures[i]` is the concatenation of 65-byte signatures (r, s, v with v 27 or 28) over
    /// `handleVoteKey(calls[i])` for epoch `epoch_`, ordered by ascending signer address. An entry is skipped
    /// ({HandleSkipped} with the reason, the others go on) when its nonce is closed (checked first, before any
    /// signature work), when it is invalid or out of window as for votes, or with {InvalidSignature} (malformed or
    /// malleable: s in the upper half), {DuplicateSigner}, {SignersNotAscending}, {SignerNotOperator} (also any
    /// signature made for another chain, bridge, source, epoch or message), {InsufficientSignatures}. Reverts as a
    /// whole with {StaleEpoch} when `epoch_` is not the current epoch, {LengthMismatch}, {BatchTooLarge},
    /// {CounterpartNotSet}, and {InsufficientGas} when sent with too little gas for a payout's stipend.
    function handleSignedBatch(uint64 epoch_, HandleCall[] calldata calls, bytes[] calldata signatures)
        external
        nonReentrant
    {
        uint256 n = calls.length;
        if (n > MAX_BATCH_SIZE) revert BatchTooLarge(n, MAX_BATCH_SIZE);
        if (signatures.length != n) revert LengthMismatch(n, signatures.length);
        VoteState memory v = _voteState();
        if (epoch_ != v.epoch) revert StaleEpoch(epoch_, v.epoch);
        for (uint256 i = 0; i < n; ++i) {
            uint64 nonce = calls[i].requestNonce;
            bytes memory err = _isClosed(nonce) ? _closedError(nonce) : _signedHandle(calls[i], signatures[i], v);
            if (err.length != 0) emit HandleSkipped(nonce, msg.sender, err);
        }
    }

    function _signedHandle(HandleCall calldata cd, bytes calldata sigs, VoteState memory v)
        private
        returns (bytes memory err)
    {
        HandleCall memory c = cd;
        err = _refusal(c, false, v);
        if (err.length != 0) return err;
        bytes32 key = _digest(c, v, HANDLE_TYPEHASH);
        err = _checkSignatures(key, sigs, v.valueThreshold, c.requestNonce);
        if (err.length == 0) _payout(c, key, ATTESTED_BY_SIGNATURES, v);
    }

    /// @dev "" when `sigs` holds at least `threshold` valid signatures of distinct current operators over `digest`,
    /// in ascending signer order, and every signature in it is such; else the ABI-encoded reason.
    function _checkSignatures(bytes32 digest, bytes calldata sigs, uint8 threshold, uint64 nonce)
        private
        view
        returns (bytes memory)
    {
        uint256 len = sigs.length;
        uint256 count = len / 65;
        if (len % 65 != 0 || count < threshold) {
            return _err(InsufficientSignatures.selector, nonce, count, threshold);
        }
        address last;
        for (uint256 i = 0; i < count; ++i) {
            bytes32 r;
            bytes32 s;
            uint8 sv;
            assembly ("memory-safe") {
                let p := add(sigs.offset, mul(i, 65))
                r := calldataload(p)
                s := calldataload(add(p, 32))
                sv := byte(0, calldataload(add(p, 64)))
            }
            (address signer, ECDSA.RecoverError e,) = ECDSA.tryRecover(digest, sv, r, s);
            if (e != ECDSA.RecoverError.NoError) return _err(InvalidSignature.selector, nonce, i);
            if (signer <= last) {
                return signer == last
                    ? _err(DuplicateSigner.selector, nonce, _w(signer))
                    : _err(SignersNotAscending.selector, nonce, _w(signer));
            }
            if (!isOperator(signer)) return _err(SignerNotOperator.selector, nonce, _w(signer));
            last = signer;
        }
        return "";
    }

    // ================================================================ shared handle machinery

    function _voteState() private view returns (VoteState memory v) {
        v = _vote;
        if (v.counterpartBridge == address(0)) revert CounterpartNotSet();
    }

    function _isClosed(uint64 nonce) private view returns (bool) {
        return nonce < _nonces.lower || _closed.get(nonce);
    }

    function _closedError(uint64 nonce) private view returns (bytes memory) {
        return _refunded.get(nonce)
            ? _err(NonceRefunded.selector, nonce)
            : _err(NonceAlreadyHandled.selector, nonce);
    }

    /// @dev Why `c` cannot be voted or signed now ("" when it can): closed, malformed, or out of the window.
    function _refusal(HandleCall memory c, bool refund, VoteState memory v) private view returns (bytes memory) {
        uint64 nonce = c.requestNonce;
        if (_isClosed(nonce)) return _closedError(nonce);
        uint8 t = c.tokenType;
        if (
            t > TOKEN_ERC721 || c.to == address(0) || (t == TOKEN_NATIVE) != (c.token == address(0))
                || bytes(c.extraData).length > MAX_EXTRA_DATA_LENGTH
                || bytes(c.tokenURI).length > (t == TOKEN_ERC721 ? MAX_TOKEN_URI_LENGTH : 0)
                || (refund && c.from == address(0))
        ) return _err(InvalidHandleCall.selector, nonce);
        if (uint256(nonce) >= uint256(_nonces.upper) + HANDLE_WINDOW) {
            uint256 limit = handleWindowEnd();
            if (nonce >= limit) return _err(NonceOutOfWindow.selector, nonce, limit);
        }
        if (refund && c.from == v.counterpartBridge) return _err(RefundOfRefund.selector, nonce);
        return "";
    }

    /// @dev EIP-712 digest of the Handle or Refund message of `c` for the pair and epoch in `v`.
    function _digest(HandleCall memory c, VoteState memory v, bytes32 typehash) private view returns (bytes32) {
        bytes32 uriHash = keccak256(bytes(c.tokenURI));
        bytes32 extraHash = keccak256(c.extraData);
        uint256 srcChain = counterpartChainId;
        address srcBridge = v.counterpartBridge;
        uint64 e = v.epoch;
        bytes32 structHash;
        // abi.encode(typehash, sourceChainId, sourceBridge, epoch, requestNonce, tokenType, requestTxHash,
        // requestBlockNumber, from, to, token, valueOrTokenId, keccak256(tokenURI), keccak256(extraData)), read from
        // the memory struct (one word per field, in declaration order) without a stack of 14 values.
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, typehash)
            mstore(add(p, 0x20), srcChain)
            mstore(add(p, 0x40), srcBridge)
            mstore(add(p, 0x60), e)
            mstore(add(p, 0x80), mload(add(c, 0xc0)))
            mstore(add(p, 0xa0), mload(c))
            mstore(add(p, 0xc0), mload(add(c, 0x20)))
            mstore(add(p, 0xe0), mload(add(c, 0xe0)))
            mstore(add(p, 0x100), mload(add(c, 0x40)))
            mstore(add(p, 0x120), mload(add(c, 0x60)))
            mstore(add(p, 0x140), mload(add(c, 0x80)))
            mstore(add(p, 0x160), mload(add(c, 0xa0)))
            mstore(add(p, 0x180), uriHash)
            mstore(add(p, 0x1a0), extraHash)
            structHash := keccak256(p, 0x1c0)
        }
        return _hashTypedDataV4(structHash);
    }

    /// @dev Pays out `c` (attested by votes or signatures). On failure the nonce stays open: {HandleFailed}.
    function _payout(HandleCall memory c, bytes32 key, uint8 attestation, VoteState memory v) private {
        (address local, bytes memory reason) = _transferOut(c, v);
        uint64 nonce = c.requestNonce;
        if (reason.length != 0) {
            if (nonce >= _attemptedUpper) _attemptedUpper = nonce + 1;
            emit HandleFailed(nonce, key, reason);
            return;
        }
        Nonces memory n = _close(nonce, c.requestBlockNumber);
        _nonces = n;
        _emitHandled(c, local, n.lower, attestation);
    }

    function _emitHandled(HandleCall memory c, address local, uint64 lower, uint8 attestation) private {
        emit HandleValueTransfer(
            c.requestTxHash, c.tokenType, c.from, c.to, local, c.valueOrTokenId, c.requestNonce, lower, c.extraData, attestation
        );
    }

    /// @dev Closes `c` as refunded and emits the refund request (see {refundValueTransfer}).
    function _refund(HandleCall memory c, bytes32 key) private {
        uint64 nonce = c.requestNonce;
        Nonces memory n = _close(nonce, c.requestBlockNumber);
        uint64 refundNonce = n.request++;
        _nonces = n;
        _refunded.set(nonce);
        bytes memory extra = abi.encode(nonce, c.requestTxHash);
        if (c.tokenType == TOKEN_ERC721) {
            emit RequestValueTransferWithURI(
                TOKEN_ERC721, address(this), c.from, c.token, c.valueOrTokenId, refundNonce, 0, extra, c.tokenURI
            );
        } else {
            emit RequestValueTransfer(c.tokenType, address(this), c.from, c.token, c.valueOrTokenId, refundNonce, 0, extra);
        }
        emit HandleRefunded(nonce, key, refundNonce, n.lower);
    }

    /// @dev Marks `nonce` closed and returns the advanced nonce state (the caller stores it). A nonce closed at
    /// lowerHandleNonce needs no bitmap bit (everything below lowerHandleNonce is closed); one closed above it gets
    /// a bit and its request block (for recoveryBlockNumber once lowerHandleNonce passes it).
    function _close(uint64 nonce, uint64 requestBlockNumber) private returns (Nonces memory n) {
        n = _nonces;
        if (nonce >= n.upper) n.upper = nonce + 1;
        if (nonce == n.lower) {
            n.lower = nonce + 1;
            n.recoveryBlock = requestBlockNumber;
            _advance(n, MAX_NONCE_ADVANCE - 1);
        } else {
            _closed.set(nonce);
            uint256 shift = (uint256(nonce) & 3) * 64;
            uint256 word = _outOfOrderBlocks[nonce >> 2];
            _outOfOrderBlocks[nonce >> 2] =
                (word & ~(uint256(type(uint64).max) << shift)) | (uint256(requestBlockNumber) << shift);
        }
    }

    /// @dev Moves `n.lower` over at most `budget` nonces closed out of order.
    function _advance(Nonces memory n, uint64 budget) private view {
        uint64 lower = n.lower;
        uint64 end = lower + budget;
        while (lower < end && _closed.get(lower)) {
            n.recoveryBlock = _outOfOrderBlock(lower);
            ++lower;
        }
        n.lower = lower;
    }

    function _outOfOrderBlock(uint64 nonce) private view returns (uint64) {
        return uint64(_outOfOrderBlocks[nonce >> 2] >> ((uint256(nonce) & 3) * 64));
    }

    /// @dev Moves `c`'s value to its recipient with the payout kind's gas stipend. Returns the local token and ""
    /// on success, or the ABI-encoded reason of the failure.
    function _transferOut(HandleCall memory c, VoteState memory v)
        private
        returns (address local, bytes memory reason)
    {
        uint256 value = c.valueOrTokenId;
        if (c.tokenType == TOKEN_NATIVE) {
            uint256 balance = address(this).balance;
            if (balance < value) {
                return (address(0), _err(InsufficientLiquidity.selector, balance, value));
            }
            (bool sent,, bool exhausted) = _callWithStipend(c.to, value, "", NATIVE_PAYOUT_GAS);
            if (sent) return (address(0), "");
            return (
                address(0),
                exhausted
                    ? _err(PayoutOutOfGas.selector, NATIVE_PAYOUT_GAS)
                    : _err(NativeTransferFailed.selector, _w(c.to), value)
            );
        }
        // A refund request from the counterpart names this chain's own token; any other names the source's token.
        local = c.from == v.counterpartBridge ? c.token : _localToken[c.token];
        TokenInfo memory info = _tokenInfo[local];
        if (info.counterpart == address(0)) {
            return (local, _err(TokenNotRegistered.selector, _w(c.token)));
        }
        if (info.tokenType != c.tokenType) {
            return (local, _err(TokenTypeMismatch.selector, _w(local), info.tokenType, c.tokenType));
        }
        if (info.locked) return (local, _err(TokenIsLocked.selector, _w(local)));
        if (local.code.length == 0) return (local, _err(NotAContract.selector, _w(local)));
        bytes memory data;
        uint256 stipend = ERC20_PAYOUT_GAS;
        if (c.tokenType == TOKEN_ERC20) {
            data = info.mintBurn
                ? abi.encodeCall(IMintableERC20.mint, (c.to, value))
                : abi.encodeCall(IERC20.transfer, (c.to, value));
        } else {
            stipend = ERC721_PAYOUT_GAS;
            data = info.mintBurn
                ? abi.encodeCall(IMintableERC721.mintWithTokenURI, (c.to, value, c.tokenURI))
                : abi.encodeCall(IERC721.transferFrom, (address(this), c.to, value));
        }
        (bool ok, bytes memory ret, bool outOfGas) = _callWithStipend(local, 0, data, stipend);
        if (!ok) {
            if (outOfGas) return (local, _err(PayoutOutOfGas.selector, stipend));
            return (local, ret.length != 0 ? ret : _err(TokenCallFailed.selector, _w(local)));
        }
        // ERC-20 transfer returns true, or nothing for non-standard tokens (as SafeERC20 accepts).
        if (
            c.tokenType == TOKEN_ERC20 && !info.mintBurn && ret.length != 0
                && (ret.length < 32 || abi.decode(ret, (uint256)) != 1)
        ) return (local, _err(SafeERC20.SafeERC20FailedOperation.selector, _w(local)));
        return (local, "");
    }

    /// @dev Calls `target` with exactly `stipend` gas and returns the outcome, at most
    /// {MAX_FAILURE_REASON_LENGTH} bytes of return data, and whether it failed by using up its stipend.
    /// EIP-150 gives a call at most 63/64 of the gas left: when that would be less than the stipend (plus the
    /// call's own cost, {PAYOUT_CALL_RESERVE}), the transaction was sent with too little gas and reverts
    /// {InsufficientGas} as a whole, so no payout is ever recorded as failed that more gas would have let through,
    /// and eth_estimateGas returns a limit that covers the stipend.
    function _callWithStipend(address target, uint256 value, bytes memory data, uint256 stipend)
        private
        returns (bool ok, bytes memory ret, bool outOfGas)
    {
        if (gasleft() < stipend + stipend / 63 + PAYOUT_CALL_RESERVE) revert InsufficientGas();
        uint256 before = gasleft();
        uint256 size;
        assembly ("memory-safe") {
            ok := call(stipend, target, value, add(data, 32), mload(data), 0, 0)
            size := returndatasize()
        }
        outOfGas = !ok && size == 0 && before - gasleft() >= stipend;
        if (size > MAX_FAILURE_REASON_LENGTH) size = MAX_FAILURE_REASON_LENGTH;
        ret = new bytes(size);
        assembly ("memory-safe") {
            returndatacopy(add(ret, 32), 0, size)
        }
    }

    function _sendNative(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert NativeTransferFailed(to, amount);
    }

    /// @dev ABI-encoded custom error `selector` with one to three word arguments (addresses via {_w}).
    function _err(bytes4 selector, uint256 a) private pure returns (bytes memory) {
        return abi.encodeWithSelector(selector, a);
    }

    function _err(bytes4 selector, uint256 a, uint256 b) private pure returns (bytes memory) {
        return abi.encodeWithSelector(selector, a, b);
    }

    function _err(bytes4 selector, uint256 a, uint256 b, uint256 c) private pure returns (bytes memory) {
        return abi.encodeWithSelector(selector, a, b, c);
    }

    function _w(address a) private pure returns (uint256) {
        return uint256(uint160(a));
    }

    function _toUint8(uint256 v) private pure returns (uint8) {
        return v > type(uint8).max ? type(uint8).max : uint8(v);
    }

    // ================================================================ views

    /// @notice The vote key of a handle call in the current epoch: the EIP-712 digest of its `Handle` message (see
    /// {HANDLE_TYPEHASH}; domain name "servicechain Bridge", version "1", this chain, this bridge). Operators vote
    /// it on chain and sign it for {handleSignedBatch}. Reverts {CounterpartNotSet} before the counterpart is set.
    function handleVoteKey(HandleCall memory c) external view returns (bytes32) {
        return _digest(c, _voteState(), HANDLE_TYPEHASH);
    }

    /// @notice The vote key of a refund of `c` in the current epoch (EIP-712 digest of its `Refund` message).
    function refundVoteKey(HandleCall memory c) external view returns (bytes32) {
        return _digest(c, _voteState(), REFUND_TYPEHASH);
    }

    /// @notice Vote state of `requestNonce` for `operator`, so a node can skip useless votes.
    /// @return handled the nonce is closed (paid out or refunded; see {refundedNonces}).
    /// @return voted `operator` has a vote recorded for the nonce (of any epoch: it counts only if it equals the
    /// current key, {handleVoteKey} or {refundVoteKey}).
    /// @return votedKey the key `operator` voted for (zero if none).
    /// @return votesForKey current operators that voted `votedKey` (0 if none).
    /// @return threshold the value-transfer threshold in force.
    /// @return epoch_ the current vote epoch (the node computes its own key for it).
    function handleStatus(uint64 requestNonce, address operator)
        external
        view
        returns (bool handled, bool voted, bytes32 votedKey, uint8 votesForKey, uint8 threshold, uint64 epoch_)
    {
        handled = _isClosed(requestNonce);
        votedKey = _handleVotes[requestNonce][operator];
        voted = votedKey != bytes32(0);
        if (voted) votesForKey = uint8(_countVotes(_handleVotes[requestNonce], votedKey));
        VoteState memory v = _vote;
        threshold = v.valueThreshold;
        epoch_ = v.epoch;
    }

    /// @notice Number of current operators that voted `voteKey` (see {handleVoteKey}) on `requestNonce`.
    function handleVotes(uint64 requestNonce, bytes32 voteKey) external view returns (uint8) {
        return uint8(_countVotes(_handleVotes[requestNonce], voteKey));
    }

    /// @notice Whether `requestNonce` is closed (paid out or refunded) on this bridge; every nonce below the start
    /// nonce counts as closed.
    function handledNonces(uint64 requestNonce) external view returns (bool) {
        return _isClosed(requestNonce);
    }

    /// @notice Whether `requestNonce` was closed by a refund ({HandleRefunded}).
    function refundedNonces(uint64 requestNonce) external view returns (bool) {
        return _refunded.get(requestNonce);
    }

    /// @notice Source-chain request block of a nonce that was closed above lowerHandleNonce (out of order), or of
    /// nonce lowerHandleNonce - 1; 0 otherwise (a nonce closed in order does not store its block: it only moves
    /// {recoveryBlockNumber}).
    function handleNoncesToBlockNums(uint64 requestNonce) external view returns (uint64) {
        Nonces memory n = _nonces;
        if (uint256(requestNonce) + 1 == n.lower) return n.recoveryBlock;
        return _closed.get(requestNonce) ? _outOfOrderBlock(requestNonce) : 0;
    }

    /// @notice Advances `lowerHandleNonce` over already closed nonces (at most {MAX_NONCE_ADVANCE}). Anyone may
    /// call it; handles do the same automatically, so it is only needed when many nonces were closed out of order
    /// and no further handle comes.
    function advanceLowerHandleNonce() external nonReentrant {
        Nonces memory n = _nonces;
        _advance(n, MAX_NONCE_ADVANCE);
        _nonces = n;
    }

    // ================================================================ attestation endpoints

    /// @notice Announces the URL at which the calling operator serves its handle signatures (e.g.
    /// "https://op1.example/v1/attestations"); replaces any earlier one. Operators only. Reverts
    /// {AttestationURLTooLong} above {MAX_ATTESTATION_URL_LENGTH} bytes. Emits {AttestationURLAnnounced}.
    function announceAttestationURL(string calldata url) external onlyOperator {
        if (bytes(url).length > MAX_ATTESTATION_URL_LENGTH) {
            revert AttestationURLTooLong(bytes(url).length, MAX_ATTESTATION_URL_LENGTH);
        }
        _attestationURLs[msg.sender] = url;
        emit AttestationURLAnnounced(msg.sender, url);
    }

    /// @notice The attestation URL last announced by `operator` ("" when none, or when it is not an operator).
    function attestationURL(address operator) external view returns (string memory) {
        return isOperator(operator) ? _attestationURLs[operator] : "";
    }

    // ================================================================ configuration votes

    /// @notice Operator vote to set the native fee to `fee` wei. Passes when `operatorThresholds(1)` operators
    /// voted the same fee with the same `configurationNonce` (which must equal {configurationNonce}) in the current
    /// epoch; then {NativeFeeChanged} is emitted and {configurationNonce} increments.
    /// @dev Reverts {InvalidConfigurationNonce}, {AlreadyVoted}, {NotOperator}. An operator may move its vote.
    function setNativeFee(uint256 fee, uint64 configurationNonce) external onlyOperator {
        if (_configVote(configurationNonce, TOKEN_NATIVE, address(0), fee)) {
            nativeFee = fee;
            emit NativeFeeChanged(fee, configurationNonce);
        }
    }

    /// @notice Operator vote to set the ERC-20 fee of registered local `token` to `fee` token units; same rules as
    /// {setNativeFee}, plus {TokenNotRegistered}/{TokenTypeMismatch}. Emits {ERC20FeeChanged} when it passes.
    function setERC20Fee(address token, uint256 fee, uint64 configurationNonce) external onlyOperator {
        TokenInfo memory info = _tokenInfo[token];
        if (info.counterpart == address(0)) revert TokenNotRegistered(token);
        if (info.tokenType != TOKEN_ERC20) revert TokenTypeMismatch(token, info.tokenType, TOKEN_ERC20);
        if (_configVote(configurationNonce, TOKEN_ERC20, token, fee)) {
            erc20Fee[token] = fee;
            emit ERC20FeeChanged(token, fee, configurationNonce);
        }
    }

    function _configVote(uint64 nonce, uint8 kind, address token, uint256 fee) private returns (bool passed) {
        uint64 current = configurationNonce;
        if (nonce != current) revert InvalidConfigurationNonce(nonce, current);
        VoteState memory v = _vote;
        bytes32 key = keccak256(abi.encode(v.epoch, kind, token, fee));
        uint8 threshold = v.configThreshold;
        (uint256 count, bool again) = _recordVote(_configVotes[nonce], key);
        if (again && count < threshold) revert AlreadyVoted(nonce, msg.sender);
        emit ConfigurationVote(nonce, msg.sender, key, _toUint8(count));
        if (count >= threshold) {
            configurationNonce = current + 1;
            return true;
        }
        return false;
    }

    // ================================================================ administration

    /// @notice Vote threshold of `voteType` (0 value transfer, 1 configuration).
    function operatorThresholds(uint8 voteType) external view returns (uint8) {
        if (voteType > VOTE_CONFIGURATION) revert InvalidVoteType(voteType);
        VoteState memory v = _vote;
        return voteType == VOTE_VALUE_TRANSFER ? v.valueThreshold : v.configThreshold;
    }

    /// @notice Sets the threshold of `voteType` and starts a new epoch (no vote cast before counts any more).
    /// Owner only. Reverts {InvalidVoteType}, {InvalidThreshold} for 0 or more than the operator count.
    function setOperatorThreshold(uint8 voteType, uint8 threshold) external onlyOwner {
        if (voteType > VOTE_CONFIGURATION) revert InvalidVoteType(voteType);
        _checkThreshold(threshold);
        if (voteType == VOTE_VALUE_TRANSFER) _vote.valueThreshold = threshold;
        else _vote.configThreshold = threshold;
        emit OperatorThresholdChanged(voteType, threshold);
        _operatorSetChanged();
    }

    function _maxThreshold() internal view override returns (uint8) {
        VoteState memory v = _vote;
        return v.valueThreshold > v.configThreshold ? v.valueThreshold : v.configThreshold;
    }

    function _operatorSetChanged() internal override {
        uint64 e = _vote.epoch + 1;
        _vote.epoch = e;
        emit EpochChanged(e);
    }

    /// @notice Pairs local `token` with `counterpartToken` on the other chain (lock/unlock mode, unlocked). Owner
    /// only. The type (ERC-721 if the token reports it through ERC-165, else ERC-20) is recorded. The pairing is
    /// one to one: reverts {TokenAlreadyRegistered} if either side is already paired, {ZeroAddress},
    /// {NotAContract}.
    function registerToken(address token, address counterpartToken) external onlyOwner {
        if (token == address(0) || counterpartToken == address(0)) revert ZeroAddress();
        if (token.code.length == 0) revert NotAContract(token);
        if (_tokenInfo[token].counterpart != address(0) || _localToken[counterpartToken] != address(0)) {
            revert TokenAlreadyRegistered(token, counterpartToken);
        }
        uint8 tokenType =
            ERC165Checker.supportsInterface(token, type(IERC721).interfaceId) ? TOKEN_ERC721 : TOKEN_ERC20;
        _tokenInfo[token] = TokenInfo(counterpartToken, tokenType, false, false);
        _localToken[counterpartToken] = token;
        _tokens.push(token);
        _tokenIndexPlusOne[token] = _tokens.length;
        emit TokenRegistered(token, counterpartToken, tokenType);
    }

    /// @notice Removes local `token` and its pairing (its lock and mode flags are reset; its ERC-20 fee is kept).
    /// Owner only. Reverts {TokenNotRegistered}.
    function deregisterToken(address token) external onlyOwner {
        uint256 idx = _tokenIndexPlusOne[token];
        if (idx == 0) revert TokenNotRegistered(token);
        address counterpart = _tokenInfo[token].counterpart;
        address last = _tokens[_tokens.length - 1];
        _tokens[idx - 1] = last;
        _tokenIndexPlusOne[last] = idx;
        _tokens.pop();
        delete _tokenIndexPlusOne[token];
        delete _tokenInfo[token];
        delete _localToken[counterpart];
        emit TokenDeregistered(token, counterpart);
    }

    /// @notice Refuses requests and payouts of `token` (payouts fail with {HandleFailed} and stay open). Owner only.
    function lockToken(address token) external onlyOwner {
        _registered(token).locked = true;
        emit TokenLocked(token);
    }

    /// @notice Accepts requests and payouts of `token` again. Owner only.
    function unlockToken(address token) external onlyOwner {
        _registered(token).locked = false;
        emit TokenUnlocked(token);
    }

    /// @notice Sets `token` to mint/burn mode (true: burn on request, mint on payout; the bridge needs the minter
    /// role) or lock/unlock mode (false, default). Owner only.
    function setTokenMintBurn(address token, bool mintBurn) external onlyOwner {
        _registered(token).mintBurn = mintBurn;
        emit TokenMintBurnChanged(token, mintBurn);
    }

    function _registered(address token) private view returns (TokenInfo storage info) {
        info = _tokenInfo[token];
        if (info.counterpart == address(0)) revert TokenNotRegistered(token);
    }

    /// @notice All registered local tokens, in no particular order.
    function getRegisteredTokenList() external view returns (address[] memory) {
        return _tokens;
    }

    /// @notice The other chain's token paired with local `token` (zero if not registered).
    function counterpartToken(address token) external view returns (address) {
        return _tokenInfo[token].counterpart;
    }

    /// @notice The local token paired with the other chain's `counterpart` (zero if none).
    function localToken(address counterpart) external view returns (address) {
        return _localToken[counterpart];
    }

    /// @notice Whether local `token` is locked.
    function tokenLocked(address token) external view returns (bool) {
        return _tokenInfo[token].locked;
    }

    /// @notice Whether local `token` is in mint/burn mode.
    function tokenMintBurn(address token) external view returns (bool) {
        return _tokenInfo[token].mintBurn;
    }

    /// @notice Registered type of local `token`: 1 ERC-20, 2 ERC-721, 0 when not registered.
    function registeredTokenType(address token) external view returns (uint8) {
        return _tokenInfo[token].tokenType;
    }

    /// @notice Records the paired Bridge on the other chain (the source of the requests handled here, bound into
    /// every vote key) and starts a new epoch: votes and signatures made for the previous counterpart never count.
    /// Owner only.
    function setCounterpartBridge(address counterpart) external onlyOwner {
        _vote.counterpartBridge = counterpart;
        emit CounterpartBridgeChanged(counterpart);
        _operatorSetChanged();
    }

    /// @notice Sends future request fees to `receiver`. Owner only; reverts {ZeroAddress}.
    function setFeeReceiver(address receiver) external onlyOwner {
        if (receiver == address(0)) revert ZeroAddress();
        feeReceiver = receiver;
        emit FeeReceiverChanged(receiver);
    }

    /// @notice Lets `account` pause this bridge besides the owner (zero: nobody else). Owner only.
    function setPauser(address account) external onlyOwner {
        pauser = account;
        emit PauserChanged(account);
    }

    /// @notice Adds msg.value wei to the native liquidity that pays native payouts. Owner or operators only
    /// ({NotOwnerOrOperator}).
    function chargeNativeLiquidity() external payable {
        if (msg.sender != owner() && !isOperator(msg.sender)) revert NotOwnerOrOperator(msg.sender);
        emit NativeLiquidityCharged(msg.sender, msg.value);
    }

    /// @notice Refuses new requests (handles and refunds still run, so pending requests drain). Owner or
    /// {pauser} only (immediate: it does not wait for the owner's timelock); reverts OwnableUnauthorizedAccount.
    function pause() external {
        if (msg.sender != owner() && (msg.sender != pauser || pauser == address(0))) {
            revert OwnableUnauthorizedAccount(msg.sender);
        }
        _pause();
    }

    /// @notice Accepts requests again. Owner only.
    function unpause() external onlyOwner {
        _unpause();
    }
}
