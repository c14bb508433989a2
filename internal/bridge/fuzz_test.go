package bridge

import (
	"bytes"
	"encoding/binary"
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

// receiptTopics are the event ids a fuzzed receipt log may start with (a
// log's selector byte picks one), so most mutations reach the decoders.
var receiptTopics = []common.Hash{topicHandle, topicHandleFailed, topicHandleRefunded, topicHandleSkipped, topicRequest}

// encodeReceiptLogs is the fuzz encoding of logs (see receiptFromFuzz): per
// log a selector byte, a topic count byte, the topics, a 2-byte big-endian
// data length and the data. A nil log is selector 0.
func encodeReceiptLogs(logs []*types.Log) []byte {
	var b []byte
	for _, l := range logs {
		if l == nil {
			b = append(b, 0, 0)
			continue
		}
		sel := byte(1) // bridge address, topics as given
		if l.Address != fuzzBridge {
			sel = 2
		}
		b = append(b, sel, byte(len(l.Topics)))
		for _, h := range l.Topics {
			b = append(b, h.Bytes()...)
		}
		b = binary.BigEndian.AppendUint16(b, uint16(len(l.Data)))
		b = append(b, l.Data...)
	}
	return b
}

// receiptFromFuzz builds the receipt an RPC answer decodes to from the
// fuzzer's values: block empty means no blockNumber (a field the JSON may
// lack), otherwise its big-endian bytes (any size: above 64 bits too). logs
// is read as encodeReceiptLogs writes it; a truncated record keeps what is
// there. Selector: 0 a nil log (a JSON null in "logs"); bit 0 clear and
// not 0: another contract's log; bits 2-4, when not 0, replace the first
// topic (or add one) with a known event id.
func receiptFromFuzz(status uint64, block, logs []byte) *types.Receipt {
	r := &types.Receipt{Status: status, TxHash: common.Hash{1}}
	if len(block) > 0 {
		r.BlockNumber = new(big.Int).SetBytes(block)
	}
	for len(logs) >= 2 && len(r.Logs) < 64 {
		sel, n := logs[0], int(logs[1])
		logs = logs[2:]
		if sel == 0 {
			r.Logs = append(r.Logs, nil)
			continue
		}
		l := &types.Log{Address: fuzzBridge}
		if sel&1 == 0 {
			l.Address = common.HexToAddress("0x0e")
		}
		for ; n > 0 && len(logs) >= 32; n-- {
			l.Topics = append(l.Topics, common.BytesToHash(logs[:32]))
			logs = logs[32:]
		}
		if k := int(sel>>2) & 7; k > 0 {
			id := receiptTopics[(k-1)%len(receiptTopics)]
			if len(l.Topics) == 0 {
				l.Topics = []common.Hash{id}
			} else {
				l.Topics[0] = id
			}
		}
		if len(logs) >= 2 {
			dl := int(binary.BigEndian.Uint16(logs))
			logs = logs[2:]
			dl = min(dl, len(logs))
			l.Data, logs = logs[:dl], logs[dl:]
		}
		r.Logs = append(r.Logs, l)
	}
	return r
}

// FuzzReceipt feeds the vote receipt decoder (decodeReceiptLogs: what
// applyReceipt runs through decodeReceipt, here without the recover that
// guards it in the node) receipts in any shape an RPC answer can decode to:
// any status, no or any block number, nil logs, logs of other contracts, any
// topics and data under the bridge's event ids. The decoder never panics,
// refuses a receipt without a uint64 block number, and counts every log of
// the bridge it cannot decode.
//
// The inputs are a compact encoding of the decoded receipt (see
// receiptFromFuzz), not its JSON: most mutations of a JSON receipt are
// refused by go-ethereum's JSON decoding (its own code, fuzzed there) before
// they reach the node's, and the multi-kilobyte JSON seeds made every
// minimization long. The slow rate itself (8 executions in 20 s) was the
// minimization of each new input, 60 s by default: `make fuzz` passes
// -fuzzminimizetime (see the Makefile).
func FuzzReceipt(f *testing.F) {
	logs := seedLogs(f)
	f.Add(uint64(1), []byte{7}, encodeReceiptLogs(logs))
	f.Add(uint64(1), []byte{}, encodeReceiptLogs(logs[2:3]))                      // no blockNumber
	f.Add(uint64(1), bytes.Repeat([]byte{0xff}, 9), encodeReceiptLogs(logs[2:3])) // above uint64
	f.Add(uint64(0), []byte{7}, []byte{})
	for _, l := range logs[2:] { // one receipt per outcome event
		f.Add(uint64(1), []byte{9}, encodeReceiptLogs([]*types.Log{l}))
	}
	missingTopic := *logs[2]
	missingTopic.Topics = missingTopic.Topics[:1]
	f.Add(uint64(1), []byte{9}, encodeReceiptLogs([]*types.Log{{Address: fuzzBridge, Topics: []common.Hash{topicHandle}, Data: []byte{1}},
		{Address: fuzzBridge}, nil, &missingTopic, logs[3]}))
	f.Fuzz(func(t *testing.T, status uint64, block, logs []byte) {
		r := receiptFromFuzz(status, block, logs)
		out, err := decodeReceiptLogs(r, fuzzBridge)
		if r.BlockNumber == nil || !r.BlockNumber.IsUint64() {
			if err == nil {
				t.Fatalf("accepted a receipt with block number %v", r.BlockNumber)
			}
			return
		}
		if err != nil {
			t.Fatalf("refused a receipt with block number %v: %v", r.BlockNumber, err)
		}
		if out.block != r.BlockNumber.Uint64() {
			t.Fatalf("outcome at block %d, receipt at %v", out.block, r.BlockNumber)
		}
		bridgeLogs := 0
		for _, l := range r.Logs {
			if l == nil || l.Address == fuzzBridge {
				bridgeLogs++
			}
		}
		decoded := len(out.handled) + len(out.failed) + len(out.refunded) + len(out.skipped)
		if decoded+out.malformed > bridgeLogs {
			t.Fatalf("%d decoded + %d malformed from %d bridge logs", decoded, out.malformed, bridgeLogs)
		}
	})
}
