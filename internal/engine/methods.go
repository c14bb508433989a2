package engine

import (
	"context"

	ethengine "github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/params/forks"
)

// ExchangeCapabilities sends the methods we call and returns the methods the
// execution node supports (engine_exchangeCapabilities). The producer uses it
// as its health probe and, once, to check that the node has the methods a
// fork needs (see RequireMethods).
func (c *Client) ExchangeCapabilities(ctx context.Context, ours []string) ([]string, error) {
	if ours == nil {
		ours = []string{}
	}
	var theirs []string
	err := c.call(ctx, &theirs, "engine_exchangeCapabilities", ours)
	return theirs, err
}

// GetClientVersionV1 exchanges client versions (engine_getClientVersionV1).
func (c *Client) GetClientVersionV1(ctx context.Context, ours ethengine.ClientVersionV1) ([]ethengine.ClientVersionV1, error) {
	var res []ethengine.ClientVersionV1
	err := c.call(ctx, &res, "engine_getClientVersionV1", ours)
	return res, err
}

// ForkchoiceUpdatedV3 sets the node's head, safe and finalized blocks and,
// with attrs, starts building a payload on the head (its id is in the
// response). attrs needs Withdrawals (non-nil, may be empty) and BeaconRoot
// from Cancun on. A status other than VALID returns the response together
// with a *StatusError (SYNCING: the node does not have the head).
func (c *Client) ForkchoiceUpdatedV3(ctx context.Context, state ethengine.ForkchoiceStateV1, attrs *ethengine.PayloadAttributes) (ethengine.ForkChoiceResponse, error) {
	const method = "engine_forkchoiceUpdatedV3"
	var res ethengine.ForkChoiceResponse
	if err := c.call(ctx, &res, method, state, attrs); err != nil {
		return res, err
	}
	return res, CheckStatus(method, res.PayloadStatus)
}

// GetPayloadV3 returns the payload built under id (Cancun).
func (c *Client) GetPayloadV3(ctx context.Context, id ethengine.PayloadID) (*ethengine.ExecutionPayloadEnvelope, error) {
	return c.getPayload(ctx, "engine_getPayloadV3", id)
}

// GetPayloadV4 returns the payload built under id (Prague): the envelope
// carries executionRequests (EIP-7685).
func (c *Client) GetPayloadV4(ctx context.Context, id ethengine.PayloadID) (*ethengine.ExecutionPayloadEnvelope, error) {
	return c.getPayload(ctx, "engine_getPayloadV4", id)
}

// GetPayloadV5 returns the payload built under id (Osaka, BPO1, BPO2): as V4,
// with a BlobsBundleV2 (cell proofs, EIP-7594).
func (c *Client) GetPayloadV5(ctx context.Context, id ethengine.PayloadID) (*ethengine.ExecutionPayloadEnvelope, error) {
	return c.getPayload(ctx, "engine_getPayloadV5", id)
}

func (c *Client) getPayload(ctx context.Context, method string, id ethengine.PayloadID) (*ethengine.ExecutionPayloadEnvelope, error) {
	var res ethengine.ExecutionPayloadEnvelope
	if err := c.call(ctx, &res, method, id); err != nil {
		return nil, err
	}
	return &res, nil
}

// NewPayloadV3 hands a payload to the node for validation and import without
// moving its head (Cancun). versionedHashes are the blob hashes of the
// payload's transactions in order (non-nil, may be empty); beaconRoot is the
// parent beacon block root. A status other than VALID returns the status
// together with a *StatusError.
func (c *Client) NewPayloadV3(ctx context.Context, data ethengine.ExecutableData, versionedHashes []common.Hash, beaconRoot *common.Hash) (ethengine.PayloadStatusV1, error) {
	const method = "engine_newPayloadV3"
	if versionedHashes == nil {
		versionedHashes = []common.Hash{}
	}
	var res ethengine.PayloadStatusV1
	if err := c.call(ctx, &res, method, data, versionedHashes, beaconRoot); err != nil {
		return res, err
	}
	return res, CheckStatus(method, res)
}

// NewPayloadV4 is NewPayloadV3 plus the execution requests (EIP-7685, Prague
// to BPO2), each as its type byte followed by the request data.
func (c *Client) NewPayloadV4(ctx context.Context, data ethengine.ExecutableData, versionedHashes []common.Hash, beaconRoot *common.Hash, requests [][]byte) (ethengine.PayloadStatusV1, error) {
	const method = "engine_newPayloadV4"
	if versionedHashes == nil {
		versionedHashes = []common.Hash{}
	}
	reqs := make([]hexutil.Bytes, len(requests)) // never nil: null is refused post-Prague
	for i, r := range requests {
		reqs[i] = r
	}
	var res ethengine.PayloadStatusV1
	if err := c.call(ctx, &res, method, data, versionedHashes, beaconRoot, reqs); err != nil {
		return res, err
	}
	return res, CheckStatus(method, res)
}

// ForkchoiceUpdated calls the forkchoiceUpdated version of fork f (V3 for
// every supported fork).
func (c *Client) ForkchoiceUpdated(ctx context.Context, f forks.Fork, state ethengine.ForkchoiceStateV1, attrs *ethengine.PayloadAttributes) (ethengine.ForkChoiceResponse, error) {
	if err := Supported(f); err != nil {
		return ethengine.ForkChoiceResponse{}, err
	}
	return c.ForkchoiceUpdatedV3(ctx, state, attrs)
}

// GetPayload calls the getPayload version of fork f.
func (c *Client) GetPayload(ctx context.Context, f forks.Fork, id ethengine.PayloadID) (*ethengine.ExecutionPayloadEnvelope, error) {
	switch f {
	case forks.Cancun:
		return c.GetPayloadV3(ctx, id)
	case forks.Prague:
		return c.GetPayloadV4(ctx, id)
	case forks.Osaka, forks.BPO1, forks.BPO2:
		return c.GetPayloadV5(ctx, id)
	}
	return nil, Supported(f)
}

// NewPayload calls the newPayload version of fork f (requests are ignored for
// Cancun, which has none).
func (c *Client) NewPayload(ctx context.Context, f forks.Fork, data ethengine.ExecutableData, versionedHashes []common.Hash, beaconRoot *common.Hash, requests [][]byte) (ethengine.PayloadStatusV1, error) {
	switch f {
	case forks.Cancun:
		return c.NewPayloadV3(ctx, data, versionedHashes, beaconRoot)
	case forks.Prague, forks.Osaka, forks.BPO1, forks.BPO2:
		return c.NewPayloadV4(ctx, data, versionedHashes, beaconRoot, requests)
	}
	return ethengine.PayloadStatusV1{}, Supported(f)
}

// RequireMethods checks, with one engine_exchangeCapabilities call, that the
// node supports every method fork f needs; the error lists the missing ones.
func (c *Client) RequireMethods(ctx context.Context, f forks.Fork) error {
	m, err := MethodsFor(f)
	if err != nil {
		return err
	}
	need := []string{m.ForkchoiceUpdated, m.GetPayload, m.NewPayload}
	theirs, err := c.ExchangeCapabilities(ctx, need)
	if err != nil {
		return err
	}
	have := make(map[string]bool, len(theirs))
	for _, s := range theirs {
		have[s] = true
	}
	var missing []string
	for _, s := range need {
		if !have[s] {
			missing = append(missing, s)
		}
	}
	if len(missing) > 0 {
		return &RPCError{Method: "engine_exchangeCapabilities", Code: ErrMethodNotFound.Code, Message: "execution node lacks methods needed for " + f.String(), Data: missing}
	}
	return nil
}
