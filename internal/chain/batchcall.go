package chain

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// MaxBatchCalls bounds the calls of one BatchCallContract: go-ethereum's
// default batch request limit is 1,000 items, hosted providers take fewer.
const MaxBatchCalls = 100

// BatchCallContract runs msgs (at most MaxBatchCalls) as read-only calls at
// the latest block in one JSON-RPC batch request to the active endpoint (with
// failover like every call: a transport failure moves the whole batch to the
// next endpoint). It returns each call's return data and error by index: a
// revert or a refused item is that item's error. The error is the batch's
// own: too many calls, or no endpoint answered the request.
func (c *Client) BatchCallContract(ctx context.Context, msgs []ethereum.CallMsg) ([][]byte, []error, error) {
	if len(msgs) > MaxBatchCalls {
		return nil, nil, fmt.Errorf("chain %q: batch of %d calls: at most %d", c.cfg.Name, len(msgs), MaxBatchCalls)
	}
	outs := make([]hexutil.Bytes, len(msgs))
	elems := make([]rpc.BatchElem, len(msgs))
	for i, m := range msgs {
		arg := map[string]any{"data": hexutil.Bytes(m.Data)}
		if m.To != nil {
			arg["to"] = m.To
		}
		if m.From != (common.Address{}) {
			arg["from"] = m.From
		}
		elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{arg, "latest"}, Result: &outs[i]}
	}
	err := c.do(ctx, "eth_call batch", func(ctx context.Context, ec *ethclient.Client) error {
		for i := range elems {
			elems[i].Error, outs[i] = nil, nil
		}
		return ec.Client().BatchCallContext(ctx, elems)
	})
	if err != nil {
		return nil, nil, err
	}
	data := make([][]byte, len(msgs))
	errs := make([]error, len(msgs))
	for i := range elems {
		data[i], errs[i] = outs[i], elems[i].Error
	}
	return data, errs, nil
}
