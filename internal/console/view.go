package console

import (
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/anchor"
)

// Direction names (the bridge nodes' names, metric label direction).
const (
	ParentToChild = "parent-to-child"
	ChildToParent = "child-to-parent"
)

// Transfer states.
const (
	// StateRequested: the request is on the source chain, no vote yet.
	StateRequested = "requested"
	// StateVoting: at least one operator voted, the threshold is not reached.
	StateVoting = "voting"
	// StateFailed: the threshold was reached but the payout failed
	// (HandleFailed); the nonce stays open and is retried.
	StateFailed = "failed"
	// StateHandled: paid out on the destination (HandleValueTransfer).
	StateHandled = "handled"
	// StateRefunded: closed by a refund instead of a payout (issue 12:
	// refunds; shown once the bridges emit refund events).
	StateRefunded = "refunded"
)

// Vote statuses of one operator on one transfer.
const (
	VoteVoted   = "voted"   // a HandleVote event of the operator
	VoteSkipped = "skipped" // a HandleSkipped event (a useless batch entry)
	VotePending = "pending" // no vote yet, the nonce is open
	VoteStandby = "standby" // no vote, and none was needed (closed without it)
)

// Snapshot is everything the page shows, as GET /api/snapshot returns it
// and GET /api/events streams it.
type Snapshot struct {
	// Version grows by one with every change.
	Version uint64 `json:"version"`
	// Time is when the snapshot was built (console clock).
	Time time.Time `json:"time"`
	// Chains is the parent then the child chain.
	Chains []ChainView `json:"chains"`
	// Directions is parent-to-child then child-to-parent.
	Directions []DirectionView `json:"directions"`
	// Transfers are the most recent transfers (RecentTransfers), newest
	// request first.
	Transfers []Transfer `json:"transfers"`
	// Latency is one point per recent handled transfer, oldest first: the
	// latency chart.
	Latency []LatencyPoint `json:"latency"`
	// Operators is every operator of either bridge or the Anchor.
	Operators []OperatorView `json:"operators"`
	// Nodes is every configured bridge node with its admin status.
	Nodes []NodeView `json:"nodes"`
	// Anchoring is the anchoring view (nil without an Anchor).
	Anchoring *AnchoringView `json:"anchoring,omitempty"`
	// Producers is the service-chain producer panel.
	Producers ProducerView `json:"producers"`
	// Errors lists read errors of the last rounds (chains or contracts
	// unreachable), one sentence each.
	Errors []string `json:"errors,omitempty"`
}

// ChainView is one chain's head.
type ChainView struct {
	Name    string         `json:"name"`
	ChainID uint64         `json:"chainId"`
	Bridge  common.Address `json:"bridge"`
	// Head is the latest block number; HeadTime its timestamp (unix
	// seconds) and HeadAgeSeconds how old it is.
	Head           uint64  `json:"head"`
	HeadTime       int64   `json:"headTime"`
	HeadAgeSeconds float64 `json:"headAgeSeconds"`
	// BlockTimeSeconds is the mean block interval over the last 10 blocks.
	BlockTimeSeconds float64 `json:"blockTimeSeconds"`
	// BaseFeeWei is the head's EIP-1559 base fee in wei ("" before London),
	// BaseFeeGwei the same in gwei.
	BaseFeeWei  string  `json:"baseFeeWei"`
	BaseFeeGwei float64 `json:"baseFeeGwei"`
	// Scanned is the last block whose bridge events the console read.
	Scanned uint64 `json:"scanned"`
	// Error is the last read error ("" when the chain answers).
	Error string `json:"error,omitempty"`
}

// DirectionView is one direction's progress, read from the bridges.
type DirectionView struct {
	Name        string `json:"name"`
	Source      string `json:"source"`
	Destination string `json:"destination"`
	// RequestNonce is the source bridge's requestNonce (the next nonce);
	// LowerHandleNonce and UpperHandleNonce the destination bridge's.
	RequestNonce     uint64 `json:"requestNonce"`
	LowerHandleNonce uint64 `json:"lowerHandleNonce"`
	UpperHandleNonce uint64 `json:"upperHandleNonce"`
	// Threshold is the destination's value-transfer vote threshold.
	Threshold uint8 `json:"threshold"`
	// Open is the number of requests not yet handled (requestNonce minus
	// the handled nonces at or above lowerHandleNonce).
	Open uint64 `json:"open"`
	// OpenRequests lists the open requests the console holds, oldest first.
	OpenRequests []OpenRequest `json:"openRequests"`
	// OldestOpenAgeSeconds is the age of the oldest open request (0: none).
	OldestOpenAgeSeconds float64 `json:"oldestOpenAgeSeconds"`
	// Refunds counts nonces closed by a refund (issue 12; 0 until then).
	Refunds uint64 `json:"refunds"`
}

// OpenRequest is one open request in a DirectionView.
type OpenRequest struct {
	Nonce      uint64      `json:"nonce"`
	TxHash     common.Hash `json:"txHash"`
	State      string      `json:"state"`
	Votes      int         `json:"votes"`
	AgeSeconds float64     `json:"ageSeconds"`
}

// TxRef locates a transaction on one chain.
type TxRef struct {
	Chain  string      `json:"chain"`
	TxHash common.Hash `json:"txHash"`
	Block  uint64      `json:"block"`
	// Time is the block timestamp (unix seconds).
	Time int64 `json:"time"`
	// URL is the explorer link ("" without explorer_tx_url).
	URL string `json:"url,omitempty"`
}

// Request is the source side of a transfer (RequestValueTransfer or
// RequestValueTransferWithURI).
type Request struct {
	TxRef
	// Kind is native, erc20 or erc721 (TokenType 0, 1, 2).
	Kind      string         `json:"kind"`
	TokenType uint8          `json:"tokenType"`
	From      common.Address `json:"from"`
	To        common.Address `json:"to"`
	// Token is the source chain's token (zero for native).
	Token common.Address `json:"token"`
	// Value is the amount in wei or token units, or the ERC-721 token id.
	Value string `json:"value"`
	// Fee is the bridge fee charged, in wei or token units.
	Fee      string `json:"fee"`
	TokenURI string `json:"tokenURI,omitempty"`
}

// OperatorVote is one destination operator on one transfer.
type OperatorVote struct {
	Operator common.Address `json:"operator"`
	// Node is the console's name of the operator's node ("" when unknown).
	Node string `json:"node,omitempty"`
	// Status is voted, skipped, pending or standby.
	Status string `json:"status"`
	// Tx is the operator's latest vote or skip transaction.
	Tx *TxRef `json:"tx,omitempty"`
	// VoteKey is the key voted; VotesAfter the vote count for that key
	// right after this vote (the HandleVote event's votes).
	VoteKey    *common.Hash `json:"voteKey,omitempty"`
	VotesAfter uint8        `json:"votesAfter,omitempty"`
	// Reason is the decoded HandleSkipped reason.
	Reason string `json:"reason,omitempty"`
	// Registered is false for a voter no longer in the operator list.
	Registered bool `json:"registered"`
}

// Handle is the payout of a transfer (HandleValueTransfer).
type Handle struct {
	TxRef
	// LowerHandleNonce is the destination's lowerHandleNonce after it.
	LowerHandleNonce uint64 `json:"lowerHandleNonce"`
	// Token is the destination chain's token (zero for native).
	Token common.Address `json:"token"`
}

// Failure is one failed payout (HandleFailed): the nonce stayed open.
type Failure struct {
	TxRef
	Reason string `json:"reason"`
}

// Refund is the refund that closed a transfer (issue 12). Reverse is the
// request nonce, in the opposite direction, that carries the value back.
type Refund struct {
	TxRef
	Reverse *uint64 `json:"reverseNonce,omitempty"`
	Reason  string  `json:"reason,omitempty"`
}

// Transfer is one request nonce of one direction, as the chains tell it.
type Transfer struct {
	Direction   string `json:"direction"`
	Nonce       uint64 `json:"nonce"`
	State       string `json:"state"`
	Source      string `json:"source"`
	Destination string `json:"destination"`
	// Request is nil while only destination events of the nonce were seen.
	Request *Request `json:"request,omitempty"`
	// Votes has one entry per destination operator (and per former
	// operator that voted).
	Votes []OperatorVote `json:"votes"`
	// VoteCount is the highest vote count for one key so far; Threshold
	// the destination's threshold.
	VoteCount int       `json:"voteCount"`
	Threshold uint8     `json:"threshold"`
	Handle    *Handle   `json:"handle,omitempty"`
	Failures  []Failure `json:"failures,omitempty"`
	Refund    *Refund   `json:"refund,omitempty"`
	// LatencySeconds is the handle block's timestamp minus the request
	// block's (block timestamps have 1 s resolution); LatencyBlocks the
	// handle block minus the destination head at the request block's time
	// (as `servicechain transfer` counts), at least 1. Set once handled.
	LatencySeconds *float64 `json:"latencySeconds,omitempty"`
	LatencyBlocks  *uint64  `json:"latencyBlocks,omitempty"`
	// AgeSeconds is the time since the request block (console clock).
	AgeSeconds float64 `json:"ageSeconds"`
}

// LatencyPoint is one handled transfer on the latency chart.
type LatencyPoint struct {
	Direction string  `json:"direction"`
	Nonce     uint64  `json:"nonce"`
	Seconds   float64 `json:"seconds"`
	Blocks    uint64  `json:"blocks"`
	// HandledAt is the handle block's timestamp (unix seconds).
	HandledAt int64 `json:"handledAt"`
}

// VoteRef is an operator's latest vote.
type VoteRef struct {
	Direction string `json:"direction"`
	Nonce     uint64 `json:"nonce"`
	TxRef
}

// OperatorView is one operator.
type OperatorView struct {
	Address common.Address `json:"address"`
	// Node is the name of the operator's node ("" when none is configured).
	Node string `json:"node,omitempty"`
	// ParentBridge, ChildBridge and Anchor tell where it is registered.
	ParentBridge bool `json:"parentBridge"`
	ChildBridge  bool `json:"childBridge"`
	Anchor       bool `json:"anchor"`
	// ParentBalanceWei and ChildBalanceWei are its balances (wei), with
	// the same in ether for display.
	ParentBalanceWei   string  `json:"parentBalanceWei"`
	ChildBalanceWei    string  `json:"childBalanceWei"`
	ParentBalanceEther float64 `json:"parentBalanceEther"`
	ChildBalanceEther  float64 `json:"childBalanceEther"`
	// ParentFunded and ChildFunded come from the node (above its
	// min_balance_eth); nil when the node did not say.
	ParentFunded *bool `json:"parentFunded,omitempty"`
	ChildFunded  *bool `json:"childFunded,omitempty"`
	// Ready is the node's readiness (nil without a node); NotReady its reasons.
	Ready    *bool    `json:"ready,omitempty"`
	NotReady []string `json:"notReady,omitempty"`
	// LastVote is its latest HandleVote seen.
	LastVote *VoteRef `json:"lastVote,omitempty"`
	// Votes counts its HandleVote events; Wasted its votes that did not
	// help: HandleSkipped entries (already voted or handled) and votes for
	// a key other than the one paid out.
	Votes  uint64 `json:"votes"`
	Wasted uint64 `json:"wasted"`
}

// NodeView is one bridge node as its admin API and /readyz report it.
type NodeView struct {
	Name     string         `json:"name"`
	Operator common.Address `json:"operator"`
	// Reachable is false when neither the admin API nor /readyz answered.
	Reachable bool     `json:"reachable"`
	Ready     bool     `json:"ready"`
	NotReady  []string `json:"notReady,omitempty"`
	// VotingPaused is bridge_status's votingPaused.
	VotingPaused bool `json:"votingPaused"`
	// Chains are bridge_status's per-chain views (head, balance, funded,
	// pending txs, endpoints).
	Chains []NodeChain `json:"chains,omitempty"`
	// Directions are bridge_status's per-direction views.
	Directions []NodeDirection `json:"directions,omitempty"`
	// Anchoring is anchor_status's node part (nil when the node does not anchor).
	Anchoring *NodeAnchoring `json:"anchoring,omitempty"`
	// Error is the last error talking to the node.
	Error string `json:"error,omitempty"`
	// CheckedAt is when the node was last asked (console clock).
	CheckedAt time.Time `json:"checkedAt"`
}

// NodeChain is one chain of a node's bridge_status.
type NodeChain struct {
	Name           string     `json:"name"`
	Head           uint64     `json:"head"`
	HeadAgeSeconds float64    `json:"headAgeSeconds"`
	BalanceWei     string     `json:"balanceWei"`
	Funded         bool       `json:"funded"`
	PendingTxs     int        `json:"pendingTxs"`
	Endpoints      []Endpoint `json:"endpoints"`
}

// Endpoint is one RPC endpoint of a node (bridge_status).
type Endpoint struct {
	URL     string `json:"url"`
	Head    uint64 `json:"head"`
	Healthy bool   `json:"healthy"`
	Active  bool   `json:"active"`
	Error   string `json:"error,omitempty"`
}

// NodeDirection is one direction of a node's bridge_status.
type NodeDirection struct {
	Name                 string  `json:"name"`
	SafeHead             uint64  `json:"safeHead"`
	Cursor               uint64  `json:"cursor"`
	OpenRequests         int     `json:"openRequests"`
	OldestOpenAgeSeconds float64 `json:"oldestOpenAgeSeconds"`
}

// NodeAnchoring is the node part of anchor_status.
type NodeAnchoring struct {
	IsOperator bool     `json:"isOperator"`
	Cursor     uint64   `json:"cursor"`
	NextBlock  uint64   `json:"nextBlock"`
	InFlight   []uint64 `json:"inFlight"`
	Sent       uint64   `json:"sent"`
	Skipped    uint64   `json:"skipped"`
	Failed     uint64   `json:"failed"`
	LastError  string   `json:"lastError,omitempty"`
}

// AnchoringView is the anchoring panel.
type AnchoringView struct {
	// Status is the Anchor's state (internal/anchor.ReadStatus): latest
	// anchored child block and hash, who finalised it, in which parent
	// block, the child head and the lag. Nil when it could not be read
	// (Error says why).
	Status *anchor.Status `json:"status,omitempty"`
	Error  string         `json:"error,omitempty"`
	// Period is the anchoring period in child blocks (configured, else the
	// latest anchor's block count; 0 unknown).
	Period uint64 `json:"period"`
	// Behind is true when the lag exceeds 3 periods (the alert rule's bound).
	Behind bool `json:"behind"`
	// Recent lists the latest Anchored events, newest first.
	Recent []AnchorEvent `json:"recent"`
}

// AnchorEvent is one Anchored event: child block BlockNumber became final
// by Operator's vote in parent transaction Tx.
type AnchorEvent struct {
	BlockNumber uint64         `json:"blockNumber"`
	BlockHash   common.Hash    `json:"blockHash"`
	Operator    common.Address `json:"operator"`
	Tx          TxRef          `json:"tx"`
}
