package bridge

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The node's decoding of logs and receipts under fuzzing (issue 12: no panic
// on malformed logs, receipts or RPC answers). `make fuzz` runs each target
// for a bounded time; `go test` runs the seeds.

var fuzzBridge = common.HexToAddress("0xb41d6e")

// eventLog builds a well-formed log of the Bridge event name with the given
// arguments (indexed ones become topics), the seeds the fuzzer mutates.
func eventLog(t testing.TB, name string, args ...any) *types.Log {
	ev := bridgeABI.GetABI().Events[name]
	topics := []common.Hash{ev.ID}
	var data []any
	var nonIndexed abi.Arguments
	for i, in := range ev.Inputs {
		if in.Indexed {
			switch v := args[i].(type) {
			case uint64:
				topics = append(topics, common.BigToHash(new(big.Int).SetUint64(v)))
			case common.Address:
				topics = append(topics, common.BytesToHash(v.Bytes()))
			case common.Hash:
				topics = append(topics, v)
			}
			continue
		}
		nonIndexed = append(nonIndexed, in)
		data = append(data, args[i])
	}
	enc, err := nonIndexed.Pack(data...)
	if err != nil {
		t.Fatalf("packing %s: %v", name, err)
	}
	return &types.Log{Address: fuzzBridge, Topics: topics, Data: enc, BlockNumber: 7, TxHash: common.Hash{1}}
}

// seedLogs are one well-formed log of each event the node decodes.
func seedLogs(t testing.TB) []*types.Log {
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	return []*types.Log{
		eventLog(t, "RequestValueTransfer", uint8(0), a, b, common.Address{}, big.NewInt(5), uint64(3), big.NewInt(1), []byte("x")),
		eventLog(t, "RequestValueTransferWithURI", uint8(2), a, b, common.HexToAddress("0x70c"), big.NewInt(42), uint64(4), big.NewInt(0), []byte{}, "ipfs://x"),
		eventLog(t, "HandleValueTransfer", common.Hash{9}, uint8(0), a, b, common.Address{}, big.NewInt(5), uint64(3), uint64(4), []byte("x"), uint8(0)),
		eventLog(t, "HandleFailed", uint64(3), common.Hash{8}, []byte{0xde, 0xad, 0xbe, 0xef}),
		eventLog(t, "HandleRefunded", uint64(3), common.Hash{8}, uint64(11), uint64(4)),
		eventLog(t, "HandleSkipped", uint64(3), a, []byte{1, 2, 3, 4}),
	}
}

// FuzzRequestLog feeds parseRequestLog logs with any topics and data: it
// returns a request or an error, never panics, and a request it returns has
// a valid token type and a value.
func FuzzRequestLog(f *testing.F) {
	for _, l := range seedLogs(f) {
		var topics []byte
		for _, h := range l.Topics {
			topics = append(topics, h.Bytes()...)
		}
		f.Add(topics, l.Data)
	}
	f.Add([]byte{}, []byte{})
	f.Add(topicRequest.Bytes(), []byte{0})
	f.Fuzz(func(t *testing.T, topics, data []byte) {
		l := &types.Log{Address: fuzzBridge, Data: data}
		for len(topics) >= 32 {
			l.Topics = append(l.Topics, common.BytesToHash(topics[:32]))
			topics = topics[32:]
		}
		if len(topics) > 0 { // a short tail picks one of the known event ids
			l.Topics = append([]common.Hash{[]common.Hash{topicRequest, topicRequestWithURI, topicHandle, topicHandleFailed}[int(topics[0])%4]}, l.Topics...)
		}
		r, err := parseRequestLog(l)
		if err == nil && (r.TokenType > TokenERC721 || r.ValueOrTokenID == nil) {
			t.Fatalf("accepted a request with token type %d, value %v", r.TokenType, r.ValueOrTokenID)
		}
	})
}

// FuzzReceipt feeds the receipt decoder JSON receipts (as an RPC answer
// would carry them) with any content: the decoder never panics (it is
// called here without the recover that guards it in the node), refuses a
// receipt without a block number, and counts every log of the bridge it
// cannot decode.
func FuzzReceipt(f *testing.F) {
	logs := seedLogs(f)
	rcpt := &types.Receipt{Status: 1, CumulativeGasUsed: 1, Logs: logs, BlockNumber: big.NewInt(7), TxHash: common.Hash{1}}
	good, err := json.Marshal(rcpt)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	noBlock := *rcpt
	noBlock.BlockNumber = nil
	if b, err := json.Marshal(&noBlock); err == nil {
		f.Add(b)
	}
	broken := *rcpt
	broken.Logs = []*types.Log{{Address: fuzzBridge, Topics: []common.Hash{topicHandle}, Data: []byte{1}}, {Address: fuzzBridge}, nil}
	if b, err := json.Marshal(&broken); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"logs":[{"address":"0x0000000000000000000000000000000000b41d6e","topics":[],"data":"0x"}]}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var r types.Receipt
		if err := json.Unmarshal(raw, &r); err != nil {
			return
		}
		for _, l := range r.Logs { // point most logs at the bridge so the decoders see them
			if l != nil && len(l.Topics) > 0 && l.Topics[0][0]%4 != 0 {
				l.Address = fuzzBridge
			}
		}
		out, err := decodeReceiptLogs(&r, fuzzBridge)
		if r.BlockNumber == nil {
			if err == nil {
				t.Fatal("accepted a receipt without a block number")
			}
			return
		}
		if err != nil {
			t.Fatalf("refused a receipt with a block number: %v", err)
		}
		decoded := len(out.handled) + len(out.failed) + len(out.refunded) + len(out.skipped)
		if decoded+out.malformed > len(r.Logs) {
			t.Fatalf("%d decoded + %d malformed from %d logs", decoded, out.malformed, len(r.Logs))
		}
	})
}
