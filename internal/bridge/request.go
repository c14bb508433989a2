package bridge

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/store"
)

// Token types as the Bridge contract numbers them (uint8 in RequestValueTransfer).
const (
	// TokenNative is the chain's native coin (wei).
	TokenNative uint8 = 0
	// TokenERC20 is an ERC-20 token (smallest unit).
	TokenERC20 uint8 = 1
	// TokenERC721 is an ERC-721 token (tokenId).
	TokenERC721 uint8 = 2
)

// bridgeABI is the parsed Bridge binding shared by all code in this package;
// it holds no state besides the ABI, so sharing it is safe.
var bridgeABI = bindings.NewBridge()

var (
	topicRequest        = bridgeABI.GetABI().Events["RequestValueTransfer"].ID
	topicRequestWithURI = bridgeABI.GetABI().Events["RequestValueTransferWithURI"].ID
	topicHandle         = bridgeABI.GetABI().Events["HandleValueTransfer"].ID
	topicHandleFailed   = bridgeABI.GetABI().Events["HandleFailed"].ID
)

// requestTopics is the topic filter that selects both request event variants.
var requestTopics = [][]common.Hash{{topicRequest, topicRequestWithURI}}

// errNotRequest is returned by parseRequestLog for a log that is not a request event.
var errNotRequest = errors.New("not a request event")

// parseRequestLog turns a RequestValueTransfer or RequestValueTransferWithURI log
// of the source bridge into a stored request. It returns errNotRequest for other
// logs and a descriptive error for a malformed one (which the caller logs and skips:
// a bad log must never stop the node).
func parseRequestLog(l *types.Log) (store.Request, error) {
	if len(l.Topics) == 0 {
		return store.Request{}, errNotRequest
	}
	r := store.Request{
		TxHash:      l.TxHash,
		BlockHash:   l.BlockHash,
		BlockNumber: l.BlockNumber,
		State:       store.StateSeen,
	}
	switch l.Topics[0] {
	case topicRequest:
		ev, err := bridgeABI.UnpackRequestValueTransferEvent(l)
		if err != nil {
			return store.Request{}, fmt.Errorf("malformed RequestValueTransfer log (tx %s, index %d): %w", l.TxHash, l.Index, err)
		}
		r.TokenType, r.From, r.To, r.Token = ev.TokenType, ev.From, ev.To, ev.Token
		r.ValueOrTokenID, r.Nonce, r.Fee, r.ExtraData = ev.ValueOrTokenId, ev.RequestNonce, ev.Fee, ev.ExtraData
	case topicRequestWithURI:
		ev, err := bridgeABI.UnpackRequestValueTransferWithURIEvent(l)
		if err != nil {
			return store.Request{}, fmt.Errorf("malformed RequestValueTransferWithURI log (tx %s, index %d): %w", l.TxHash, l.Index, err)
		}
		r.TokenType, r.From, r.To, r.Token = ev.TokenType, ev.From, ev.To, ev.Token
		r.ValueOrTokenID, r.Nonce, r.Fee, r.ExtraData = ev.ValueOrTokenId, ev.RequestNonce, ev.Fee, ev.ExtraData
		r.TokenURI = ev.TokenURI
	default:
		return store.Request{}, errNotRequest
	}
	if r.TokenType > TokenERC721 {
		return store.Request{}, fmt.Errorf("request nonce %d (tx %s): token type %d: expected 0 (native), 1 (ERC-20) or 2 (ERC-721)", r.Nonce, l.TxHash, r.TokenType)
	}
	if r.ValueOrTokenID == nil {
		r.ValueOrTokenID = new(big.Int)
	}
	return r, nil
}

// handleCall converts a stored request into the contract's batch entry. The fields
// are relayed byte for byte from the source event, so honest operators that read the
// same event cast the same vote key.
func handleCall(r *store.Request) bindings.BridgeHandleCall {
	return bindings.BridgeHandleCall{
		TokenType:          r.TokenType,
		RequestTxHash:      r.TxHash,
		From:               r.From,
		To:                 r.To,
		Token:              r.Token,
		ValueOrTokenId:     r.ValueOrTokenID,
		RequestNonce:       r.Nonce,
		RequestBlockNumber: r.BlockNumber,
		TokenURI:           r.TokenURI,
		ExtraData:          nonNil(r.ExtraData),
	}
}

// packVote returns the calldata of one handle vote for r: the token-specific
// single handle function, as the issue names them.
func packVote(r *store.Request) []byte {
	extra := nonNil(r.ExtraData)
	switch r.TokenType {
	case TokenNative:
		return bridgeABI.PackHandleNativeTransfer(r.TxHash, r.From, r.To, r.ValueOrTokenID, r.Nonce, r.BlockNumber, extra)
	case TokenERC20:
		return bridgeABI.PackHandleERC20Transfer(r.TxHash, r.From, r.To, r.Token, r.ValueOrTokenID, r.Nonce, r.BlockNumber, extra)
	default:
		return bridgeABI.PackHandleERC721Transfer(r.TxHash, r.From, r.To, r.Token, r.ValueOrTokenID, r.Nonce, r.BlockNumber, r.TokenURI, extra)
	}
}

// packBatch returns the calldata of handleBatch for several requests (one vote each).
func packBatch(rs []*store.Request) []byte {
	calls := make([]bindings.BridgeHandleCall, len(rs))
	for i, r := range rs {
		calls[i] = handleCall(r)
	}
	return bridgeABI.PackHandleBatch(calls)
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// voteKey is the key under which the destination bridge counts this node's
// vote for r in vote epoch `epoch` of the pair `dom` (Bridge.handleVoteKey,
// computed off-chain).
func voteKey(dom bindings.HandleDomain, epoch uint64, r *store.Request) common.Hash {
	return bindings.HandleVoteKey(dom, epoch, handleCall(r))
}

// refundKey is the key of this node's refund vote for r (Bridge.refundVoteKey,
// computed off-chain): the same fields as the handle key, another type hash.
func refundKey(dom bindings.HandleDomain, epoch uint64, r *store.Request) common.Hash {
	return bindings.RefundVoteKey(dom, epoch, handleCall(r))
}
