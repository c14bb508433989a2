// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC721Metadata} from "@openzeppelin/contracts/token/ERC721/extensions/IERC721Metadata.sol";
import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";
import {IERC1363Receiver} from "@openzeppelin/contracts/interfaces/IERC1363Receiver.sol";
import {ERC165Checker} from "@openzeppelin/contracts/utils/introspection/ERC165Checker.sol";

import {OperatorSet} from "./OperatorSet.sol";
import {IBurnable, IMintableERC20, IMintableERC721} from "./interfaces/IBridgeTokens.sol";

/// @title Bridge
/// @notice One half of a k-of-n operator bridge between a parent chain and a service chain. One Bridge is deployed
/// on each chain and paired with its counterpart. Users request transfers here (native coin, ERC-20, ERC-721);
/// every request gets a nonce and emits one event. Operators (bridge nodes) read the events on the source chain and
/// vote on the destination Bridge with `handle*` calls; when `operatorThresholds(0)` operators have voted the
/// byte-identical call for a nonce, the payout runs exactly once.
/// @dev Token types: 0 native, 1 ERC-20, 2 ERC-721. Vote types: 0 value transfer, 1 configuration.
/// Modes per registered token: lock/unlock (default: the source bridge keeps the tokens, the destination bridge
/// pays them out of its balance) or mint/burn (the source bridge burns, the destination bridge mints; it needs the
/// token's minter role). Native coin is always lock/unlock: the destination bridge pays out of its coin balance,
/// funded by requests in the other direction or by {chargeNativeLiquidity}.
///
/// Recovery state (lowerHandleNonce, upperHandleNonce, recoveryBlockNumber, handledNonces,
/// handleNoncesToBlockNums) lets a node that was down find requests that were never handled; nonces may be
/// handled out of order.
contract Bridge is OperatorSet, Pausable, ReentrancyGuard, IERC1363Receiver, IERC721Receiver {
    using SafeERC20 for IERC20;

    /// @notice Token type of native coin requests.
    uint8 public constant TOKEN_NATIVE = 0;
    /// @notice Token type of ERC-20 requests.
    uint8 public constant TOKEN_ERC20 = 1;
    /// @notice Token type of ERC-721 requests.
    uint8 public constant TOKEN_ERC721 = 2;
    /// @notice Vote type of handle (value transfer) votes.
    uint8 public constant VOTE_VALUE_TRANSFER = 0;
    /// @notice Vote type of configuration (fee) votes.
    uint8 public constant VOTE_CONFIGURATION = 1;
    /// @notice Most entries accepted by one {handleBatch} call.
    uint256 public constant MAX_BATCH_SIZE = 100;
    /// @notice Most nonces `lowerHandleNonce` advances in one call.
    uint64 public constant MAX_NONCE_ADVANCE = 100;

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

    struct HandledInfo {
        bool handled;
        uint64 requestBlockNumber;
    }

    /// @notice Number of requests made on this bridge; the next request gets this nonce (starts at 0).
    uint64 public requestNonce;
    /// @notice Every nonce below this one has been handled (paid out) on this bridge.
    uint64 public lowerHandleNonce;
    /// @notice One more than the highest nonce handled on this bridge (0 when none).
    uint64 public upperHandleNonce;
    /// @notice Source-chain block from which a node should re-read requests that are not handled yet: the request
    /// block of nonce `lowerHandleNonce - 1` (the last handled nonce below `lowerHandleNonce`), 0 before any.
    /// @dev Deliberately not taken from a vote for `lowerHandleNonce` itself: a single operator could forge it.
    uint64 public recoveryBlockNumber;

    /// @notice Nonce that the next configuration (fee) vote must carry; increments when one passes.
    uint64 public configurationNonce;
    /// @notice The paired Bridge on the other chain (informational; set by the owner).
    address public counterpartBridge;
    /// @notice Receiver of request fees (native and ERC-20). Defaults to the initial owner.
    address public feeReceiver;
    /// @notice Fee in wei charged per native request.
    uint256 public nativeFee;
    /// @notice Fee in token units charged per ERC-20 request of `token` (local token address).
    mapping(address => uint256) public erc20Fee;

    mapping(uint8 => uint8) private _thresholds;

    address[] private _tokens;
    mapping(address => uint256) private _tokenIndexPlusOne;
    mapping(address => TokenInfo) private _tokenInfo;
    mapping(address => address) private _localToken;

    mapping(uint64 => HandledInfo) private _handled;
    // voteType => nonce => operator => vote key
    mapping(uint8 => mapping(uint64 => mapping(address => bytes32))) private _votedKey;

    // ---------------------------------------------------------------- events

    /// @notice A native or ERC-20 transfer was requested. `token` is this chain's token (address(0) for native),
    /// `valueOrTokenId` the amount (wei or token units), `fee` the fee actually charged.
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
    /// `fee` is always 0.
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
    /// native), `lowerHandleNonce` its value after this payout.
    event HandleValueTransfer(
        bytes32 requestTxHash,
        uint8 tokenType,
        address indexed from,
        address indexed to,
        address indexed token,
        uint256 valueOrTokenId,
        uint64 handleNonce,
        uint64 lowerHandleNonce,
        bytes extraData
    );
    /// @notice `operator` voted for `voteKey` on `requestNonce`; `votes` is the number of current operators that
    /// voted that key (after this vote).
    event HandleVote(uint64 indexed requestNonce, address indexed operator, bytes32 voteKey, uint8 votes);
    /// @notice The payout of `requestNonce` reached the threshold but failed (`reason` is the revert data, e.g.
    /// {InsufficientLiquidity} or the token's error). The nonce stays open; re-casting the same vote retries it.
    event HandleFailed(uint64 indexed requestNonce, bytes32 voteKey, bytes reason);
    /// @notice A {handleBatch} entry was not a valid vote (`reason` is the ABI-encoded custom error, e.g.
    /// {NonceAlreadyHandled} or {AlreadyVoted}); the other entries went on.
    event HandleSkipped(uint64 indexed requestNonce, address indexed operator, bytes reason);
    /// @notice `operator` voted for `voteKey` in configuration round `configurationNonce`.
    event ConfigurationVote(uint64 indexed configurationNonce, address indexed operator, bytes32 voteKey, uint8 votes);

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
    /// @notice The paired Bridge on the other chain is now `bridge`.
    event CounterpartBridgeChanged(address indexed bridge);
    /// @notice Request fees now go to `receiver`.
    event FeeReceiverChanged(address indexed receiver);
    /// @notice The native fee is now `fee` wei (configuration round `configurationNonce` passed).
    event NativeFeeChanged(uint256 fee, uint64 configurationNonce);
    /// @notice The ERC-20 fee of `token` is now `fee` token units (configuration round `configurationNonce` passed).
    event ERC20FeeChanged(address indexed token, uint256 fee, uint64 configurationNonce);
    /// @notice `from` added `amount` wei of native liquidity.
    event NativeLiquidityCharged(address indexed from, uint256 amount);

    // ---------------------------------------------------------------- errors

    /// @notice The operator already voted this exact call on `nonce` and it cannot execute (below threshold).
    error AlreadyVoted(uint64 nonce, address operator);
    /// @notice `nonce` has already been handled (paid out) here.
    error NonceAlreadyHandled(uint64 nonce);
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
    /// @notice Sending `amount` wei to `to` failed.
    error NativeTransferFailed(address to, uint256 amount);
    /// @notice The bridge holds `balance` wei, less than the payout `value`.
    error InsufficientLiquidity(uint256 balance, uint256 value);
    /// @notice A handle vote that no honest request can produce (unknown token type, zero recipient, native with a token).
    error InvalidHandleCall(uint64 nonce);
    /// @notice A {handleBatch} with `length` entries, more than `max`.
    error BatchTooLarge(uint256 length, uint256 max);
    /// @notice A configuration vote carried `given`, but the current configuration nonce is `expected`.
    error InvalidConfigurationNonce(uint64 given, uint64 expected);
    /// @notice Only the owner or an operator may do this.
    error NotOwnerOrOperator(address account);
    /// @notice The transaction ran out of gas inside a payout; resend it with a higher gas limit.
    error InsufficientGas();
    /// @notice Only the bridge itself may call this.
    error OnlySelf();
    /// @notice Plain coin transfers are refused; use a request function or {chargeNativeLiquidity}.
    error DirectTransferRefused();

    /// @param initialOwner owner (administration) and initial fee receiver.
    constructor(address initialOwner) Ownable(initialOwner) {
        feeReceiver = initialOwner;
        _thresholds[VOTE_VALUE_TRANSFER] = 1;
        _thresholds[VOTE_CONFIGURATION] = 1;
    }

    /// @notice Refuses plain coin transfers so that coins sent by mistake never become a request or vanish into
    /// liquidity: reverts {DirectTransferRefused}.
    receive() external payable {
        revert DirectTransferRefused();
    }

    // ================================================================ requests

    /// @notice Requests a transfer of `value` wei to `to` on the other chain.
    /// @dev Send `value` + fee limit as msg.value. The fee ({nativeFee}) goes to {feeReceiver}; the rest of the fee
    /// limit is refunded to the sender in the same call. Reverts {ZeroAddress}, {ZeroValue},
    /// {InsufficientPayment} (msg.value < value), {InsufficientFeeLimit}, and when paused.
    /// @param to recipient on the other chain.
    /// @param value amount in wei delivered to `to`.
    /// @param extraData opaque bytes carried to the other chain's {HandleValueTransfer} event.
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
        emit RequestValueTransfer(TOKEN_NATIVE, msg.sender, to, address(0), value, requestNonce++, fee, extraData);
        if (fee != 0) _sendNative(feeReceiver, fee);
        if (feeLimit != fee) _sendNative(msg.sender, feeLimit - fee);
    }

    /// @notice 2-step ERC-20 request: approve this bridge for `value` + fee first, then call this.
    /// @dev Pulls exactly `value` + {erc20Fee}(token) from the sender (never the whole fee limit); the fee goes to
    /// {feeReceiver}; in mint/burn mode `value` is burnt, otherwise kept. Reverts when paused, for an
    /// unregistered, locked or non-ERC-20 token, {ZeroAddress}, {ZeroValue}, {InsufficientFeeLimit}.
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
    /// Reverts when paused, for an unregistered, locked or non-ERC-721 token, and {ZeroAddress}.
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
        if (fee != 0) IERC20(token).safeTransfer(feeReceiver, fee);
        if (mintBurn) IBurnable(token).burn(value);
        emit RequestValueTransfer(TOKEN_ERC20, from, to, token, value, requestNonce++, fee, extraData);
    }

    function _finishERC721(
        address token,
        bool mintBurn,
        address from,
        address to,
        uint256 tokenId,
        bytes memory extraData
    ) private {
        string memory uri = _tokenURI(token, tokenId);
        if (mintBurn) IBurnable(token).burn(tokenId);
        emit RequestValueTransferWithURI(TOKEN_ERC721, from, to, token, tokenId, requestNonce++, 0, extraData, uri);
    }

    function _tokenURI(address token, uint256 tokenId) private view returns (string memory) {
        try IERC721Metadata(token).tokenURI(tokenId) returns (string memory uri) {
            return uri;
        } catch {
            return "";
        }
    }

    // ================================================================ handles

    /// @notice Vote to pay out native request `requestNonce`: `value` wei to `to`. Operators only; allowed while paused.
    /// @dev Same vote rules as {handleBatch} entries with tokenType 0, token address(0), tokenURI "", except that an
    /// invalid vote reverts ({NonceAlreadyHandled}, {AlreadyVoted}, {InvalidHandleCall}). A failed payout does not
    /// revert: it emits {HandleFailed} and leaves the nonce open.
    function handleNativeTransfer(
        bytes32 requestTxHash,
        address from,
        address to,
        uint256 value,
        uint64 requestNonce,
        uint64 requestBlockNumber,
        bytes calldata extraData
    ) external nonReentrant onlyOperator {
        _handleOrRevert(
            HandleCall(TOKEN_NATIVE, requestTxHash, from, to, address(0), value, requestNonce, requestBlockNumber, "", extraData)
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
        _handleOrRevert(
            HandleCall(TOKEN_ERC20, requestTxHash, from, to, token, value, requestNonce, requestBlockNumber, "", extraData)
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
        _handleOrRevert(
            HandleCall(
                TOKEN_ERC721, requestTxHash, from, to, token, tokenId, requestNonce, requestBlockNumber, tokenURI, extraData
            )
        );
    }

    /// @notice Casts one vote per entry (at most {MAX_BATCH_SIZE}). Operators only; allowed while paused.
    /// @dev An entry that is not a valid vote (handled nonce, duplicate vote, malformed) emits {HandleSkipped} with
    /// the ABI-encoded error and the others go on; an entry whose payout fails emits {HandleFailed} and leaves its
    /// nonce open. A non-operator caller reverts {NotOperator} as a whole.
    function handleBatch(HandleCall[] calldata calls) external nonReentrant onlyOperator {
        uint256 n = calls.length;
        if (n > MAX_BATCH_SIZE) revert BatchTooLarge(n, MAX_BATCH_SIZE);
        for (uint256 i = 0; i < n; ++i) {
            HandleCall memory c = calls[i];
            bytes memory err = _handle(c);
            if (err.length != 0) emit HandleSkipped(c.requestNonce, msg.sender, err);
        }
    }

    /// @notice The vote key of a handle call: what operators must agree on byte for byte.
    /// @dev keccak256(abi.encode(tokenType, requestTxHash, from, to, token, valueOrTokenId, requestNonce,
    /// requestBlockNumber, keccak256(bytes(tokenURI)), keccak256(extraData))).
    function handleVoteKey(HandleCall memory c) public pure returns (bytes32) {
        return keccak256(
            abi.encode(
                c.tokenType,
                c.requestTxHash,
                c.from,
                c.to,
                c.token,
                c.valueOrTokenId,
                c.requestNonce,
                c.requestBlockNumber,
                keccak256(bytes(c.tokenURI)),
                keccak256(c.extraData)
            )
        );
    }

    /// @notice Vote state of `requestNonce` for `operator`, so a node can skip useless votes.
    /// @return handled the nonce is paid out (closed).
    /// @return voted `operator` has a vote recorded for the nonce.
    /// @return votedKey the key `operator` voted for (zero if none).
    /// @return votesForKey current operators that voted `votedKey` (0 if none).
    /// @return threshold the value-transfer threshold in force.
    function handleStatus(uint64 requestNonce, address operator)
        external
        view
        returns (bool handled, bool voted, bytes32 votedKey, uint8 votesForKey, uint8 threshold)
    {
        handled = _handled[requestNonce].handled;
        votedKey = _votedKey[VOTE_VALUE_TRANSFER][requestNonce][operator];
        voted = votedKey != bytes32(0);
        if (voted) votesForKey = uint8(_countVotes(_votedKey[VOTE_VALUE_TRANSFER][requestNonce], votedKey));
        threshold = _thresholds[VOTE_VALUE_TRANSFER];
    }

    /// @notice Number of current operators that voted `voteKey` (see {handleVoteKey}) on `requestNonce`.
    function handleVotes(uint64 requestNonce, bytes32 voteKey) external view returns (uint8) {
        return uint8(_countVotes(_votedKey[VOTE_VALUE_TRANSFER][requestNonce], voteKey));
    }

    /// @notice Whether `requestNonce` has been handled (paid out) on this bridge.
    function handledNonces(uint64 requestNonce) external view returns (bool) {
        return _handled[requestNonce].handled;
    }

    /// @notice Source-chain request block of a handled nonce (0 when not handled).
    function handleNoncesToBlockNums(uint64 requestNonce) external view returns (uint64) {
        return _handled[requestNonce].requestBlockNumber;
    }

    /// @notice Advances `lowerHandleNonce` over already handled nonces (at most {MAX_NONCE_ADVANCE}). Anyone may
    /// call it; handles do the same automatically, so it is only needed when many nonces were handled out of order
    /// and no further handle comes.
    function advanceLowerHandleNonce() external {
        _advanceLower();
    }

    /// @notice Performs a payout that reached its threshold. Callable only by the bridge itself (the handle
    /// functions call it inside try/catch so a failure leaves the nonce open); reverts {OnlySelf} otherwise.
    /// @dev Marks the nonce handled and advances the recovery state before paying (checks-effects-interactions);
    /// a revert undoes both.
    /// @return local the token paid on this chain (address(0) for native).
    function executePayout(
        uint8 tokenType,
        address sourceToken,
        address to,
        uint256 valueOrTokenId,
        uint64 nonce,
        uint64 requestBlockNumber,
        string calldata tokenURI
    ) external returns (address local) {
        if (msg.sender != address(this)) revert OnlySelf();
        _handled[nonce] = HandledInfo(true, requestBlockNumber);
        if (nonce >= upperHandleNonce) upperHandleNonce = nonce + 1;
        _advanceLower();

        if (tokenType == TOKEN_NATIVE) {
            uint256 balance = address(this).balance;
            if (balance < valueOrTokenId) revert InsufficientLiquidity(balance, valueOrTokenId);
            _payNative(to, valueOrTokenId);
            return address(0);
        }
        local = _localToken[sourceToken];
        TokenInfo memory info = _tokenInfo[local];
        if (local == address(0)) revert TokenNotRegistered(sourceToken);
        if (info.tokenType != tokenType) revert TokenTypeMismatch(local, info.tokenType, tokenType);
        if (info.locked) revert TokenIsLocked(local);
        bytes memory data;
        if (tokenType == TOKEN_ERC20) {
            data = info.mintBurn
                ? abi.encodeCall(IMintableERC20.mint, (to, valueOrTokenId))
                : abi.encodeCall(IERC20.transfer, (to, valueOrTokenId));
        } else {
            data = info.mintBurn
                ? abi.encodeCall(IMintableERC721.mintWithTokenURI, (to, valueOrTokenId, tokenURI))
                : abi.encodeCall(IERC721.transferFrom, (address(this), to, valueOrTokenId));
        }
        if (local.code.length == 0) revert NotAContract(local);
        (bool ok, bytes memory ret) = _call(local, 0, data);
        if (!ok) {
            // Bubble up the token's own error.
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
        // ERC-20 transfer returns true, or nothing for non-standard tokens (as SafeERC20 accepts).
        if (tokenType == TOKEN_ERC20 && !info.mintBurn && ret.length != 0 && !abi.decode(ret, (bool))) {
            revert SafeERC20.SafeERC20FailedOperation(local);
        }
    }

    function _handleOrRevert(HandleCall memory c) private {
        bytes memory err = _handle(c);
        if (err.length != 0) {
            assembly ("memory-safe") {
                revert(add(err, 32), mload(err))
            }
        }
    }

    /// @dev Records the caller's vote for `c` and executes the payout when the threshold is reached. Returns the
    /// ABI-encoded error when `c` is not a valid vote (nothing is written then), empty bytes otherwise.
    function _handle(HandleCall memory c) private returns (bytes memory) {
        uint64 nonce = c.requestNonce;
        if (_handled[nonce].handled) return abi.encodeWithSelector(NonceAlreadyHandled.selector, nonce);
        if (
            c.tokenType > TOKEN_ERC721 || c.to == address(0)
                || (c.tokenType == TOKEN_NATIVE && (c.token != address(0) || bytes(c.tokenURI).length != 0))
        ) return abi.encodeWithSelector(InvalidHandleCall.selector, nonce);

        bytes32 key = handleVoteKey(c);
        uint8 threshold = _thresholds[VOTE_VALUE_TRANSFER];
        (uint256 count, bool again) = _recordVote(_votedKey[VOTE_VALUE_TRANSFER][nonce], key);
        if (again && count < threshold) return abi.encodeWithSelector(AlreadyVoted.selector, nonce, msg.sender);
        emit HandleVote(nonce, msg.sender, key, _toUint8(count));
        if (count >= threshold) _execute(c, key);
        return "";
    }

    function _execute(HandleCall memory c, bytes32 key) private {
        uint256 gasBefore = gasleft();
        try this.executePayout(
            c.tokenType, c.token, c.to, c.valueOrTokenId, c.requestNonce, c.requestBlockNumber, c.tokenURI
        ) returns (address local) {
            emit HandleValueTransfer(
                c.requestTxHash,
                c.tokenType,
                c.from,
                c.to,
                local,
                c.valueOrTokenId,
                c.requestNonce,
                lowerHandleNonce,
                c.extraData
            );
        } catch (bytes memory reason) {
            // Out of gas is not a payout failure: more gas would have avoided it. Revert the whole transaction so
            // no vote records it, and gas estimation (which looks for the lowest limit that does not revert)
            // returns a limit that lets the payout run. executePayout reports a nested out-of-gas as
            // {InsufficientGas}; its own out-of-gas halt leaves an empty reason and at most 1/64 of the gas.
            if (
                reason.length == 0 ? gasleft() <= gasBefore / 63 : bytes4(reason) == InsufficientGas.selector
            ) revert InsufficientGas();
            emit HandleFailed(c.requestNonce, key, reason);
        }
    }

    function _advanceLower() private {
        uint64 lower = lowerHandleNonce;
        uint64 end = lower + MAX_NONCE_ADVANCE;
        uint64 recovery = recoveryBlockNumber;
        uint64 start = lower;
        while (lower < end) {
            HandledInfo memory h = _handled[lower];
            if (!h.handled) break;
            recovery = h.requestBlockNumber;
            ++lower;
        }
        if (lower != start) {
            lowerHandleNonce = lower;
            recoveryBlockNumber = recovery;
        }
    }

    function _sendNative(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert NativeTransferFailed(to, amount);
    }

    /// @dev Calls `target` with all but 1/64 of the remaining gas and returns the outcome and the return data.
    /// Reverts {InsufficientGas} when the call failed with empty data after using (nearly) all the gas it got: it
    /// ran out of gas, and a higher transaction gas limit would let it succeed.
    function _call(address target, uint256 value, bytes memory data) private returns (bool ok, bytes memory ret) {
        uint256 gasBefore = gasleft();
        (ok, ret) = target.call{value: value}(data);
        if (!ok && ret.length == 0 && gasleft() <= gasBefore / 63) revert InsufficientGas();
    }

    /// @dev Sends `value` wei to `to` (its return data is not copied, so a huge return costs nothing here).
    /// Reverts {InsufficientGas} when the recipient ran out of gas (see {_call}), {NativeTransferFailed} otherwise.
    function _payNative(address to, uint256 value) private {
        uint256 gasBefore = gasleft();
        bool ok;
        assembly ("memory-safe") {
            ok := call(gas(), to, value, 0, 0, 0, 0)
        }
        if (!ok) {
            if (gasleft() <= gasBefore / 63) revert InsufficientGas();
            revert NativeTransferFailed(to, value);
        }
    }

    function _toUint8(uint256 v) private pure returns (uint8) {
        return v > type(uint8).max ? type(uint8).max : uint8(v);
    }

    // ================================================================ configuration votes

    /// @notice Operator vote to set the native fee to `fee` wei. Passes when `operatorThresholds(1)` operators
    /// voted the same fee with the same `configurationNonce` (which must equal {configurationNonce}); then
    /// {NativeFeeChanged} is emitted and {configurationNonce} increments.
    /// @dev Reverts {InvalidConfigurationNonce}, {AlreadyVoted}, {NotOperator}. An operator may move its vote.
    function setNativeFee(uint256 fee, uint64 configurationNonce) external onlyOperator {
        if (_configVote(configurationNonce, keccak256(abi.encode(TOKEN_NATIVE, address(0), fee)))) {
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
        if (_configVote(configurationNonce, keccak256(abi.encode(TOKEN_ERC20, token, fee)))) {
            erc20Fee[token] = fee;
            emit ERC20FeeChanged(token, fee, configurationNonce);
        }
    }

    function _configVote(uint64 nonce, bytes32 key) private returns (bool passed) {
        uint64 current = configurationNonce;
        if (nonce != current) revert InvalidConfigurationNonce(nonce, current);
        uint8 threshold = _thresholds[VOTE_CONFIGURATION];
        (uint256 count, bool again) = _recordVote(_votedKey[VOTE_CONFIGURATION][nonce], key);
        if (again && count < threshold) revert AlreadyVoted(nonce, msg.sender);
        emit ConfigurationVote(nonce, msg.sender, key, _toUint8(count));
        if (count >= threshold) {
            configurationNonce = current + 1;
            return true;
        }
        return false;
    }

    // ================================================================ administration

    /// @notice Vote threshold of `voteType` (0 value transfer, 1 configuration); 1 by default.
    function operatorThresholds(uint8 voteType) external view returns (uint8) {
        if (voteType > VOTE_CONFIGURATION) revert InvalidVoteType(voteType);
        return _thresholds[voteType];
    }

    /// @notice Sets the threshold of `voteType`. Owner only. Reverts {InvalidVoteType}, {InvalidThreshold} for 0 or
    /// more than the operator count. Lowering it does not execute pending votes by itself: the next vote or re-cast
    /// of a key that now has enough votes executes it.
    function setOperatorThreshold(uint8 voteType, uint8 threshold) external onlyOwner {
        if (voteType > VOTE_CONFIGURATION) revert InvalidVoteType(voteType);
        _checkThreshold(threshold);
        _thresholds[voteType] = threshold;
        emit OperatorThresholdChanged(voteType, threshold);
    }

    function _maxThreshold() internal view override returns (uint8) {
        uint8 a = _thresholds[VOTE_VALUE_TRANSFER];
        uint8 b = _thresholds[VOTE_CONFIGURATION];
        return a > b ? a : b;
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

    /// @notice Records the paired Bridge on the other chain. Owner only; informational.
    function setCounterpartBridge(address counterpart) external onlyOwner {
        counterpartBridge = counterpart;
        emit CounterpartBridgeChanged(counterpart);
    }

    /// @notice Sends future request fees to `receiver`. Owner only; reverts {ZeroAddress}.
    function setFeeReceiver(address receiver) external onlyOwner {
        if (receiver == address(0)) revert ZeroAddress();
        feeReceiver = receiver;
        emit FeeReceiverChanged(receiver);
    }

    /// @notice Adds msg.value wei to the native liquidity that pays native payouts. Owner or operators only
    /// ({NotOwnerOrOperator}).
    function chargeNativeLiquidity() external payable {
        if (msg.sender != owner() && !isOperator(msg.sender)) revert NotOwnerOrOperator(msg.sender);
        emit NativeLiquidityCharged(msg.sender, msg.value);
    }

    /// @notice Refuses new requests (handles still run, so pending requests drain). Owner only.
    function pause() external onlyOwner {
        _pause();
    }

    /// @notice Accepts requests again. Owner only.
    function unpause() external onlyOwner {
        _unpause();
    }
}
