package chain

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/internal/txmgr"
)

// journal is a txmgr.Journal in br2k records, fenced on one leader term: a
// record is durable (committed in etcd and applied here) when PutTx returns.
type journal struct {
	o     *Outbox
	ctx   context.Context
	epoch int64
}

var _ txmgr.Journal = (*journal)(nil)

func nonceKey(n uint64) string { return fmt.Sprintf("%020d", n) }

// PutTx logs r (the signed raw transaction) and the effect it belongs to.
func (j *journal) PutTx(r txmgr.TxRecord) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	ops := []br2k.RecordOp{{Namespace: j.o.journalNS, Key: nonceKey(r.Nonce), Value: b}}
	if key, isEffect := parseEffectKey(r.Key); isEffect {
		eff, ok := j.o.Effect(key)
		if !ok {
			eff = Effect{Key: key, ChainID: j.o.chainID.Uint64(), From: j.o.from}
		}
		eff.Nonce, eff.Hashes, eff.State, eff.Error = r.Nonce, slices.Clone(r.Hashes), StatePending, ""
		eff.TxHash = r.Hashes[len(r.Hashes)-1]
		eff.Updated = r.FirstSent.UTC()
		op, err := j.o.effectOp(eff)
		if err != nil {
			return err
		}
		ops = append(ops, op)
	}
	return j.o.replica.Propose(j.ctx, j.epoch, ops...)
}

// DeleteTx drops the journal record of nonce (mined, or never broadcast).
// The effect record is updated by the Outbox with the outcome.
func (j *journal) DeleteTx(nonce uint64) error {
	return j.o.replica.Propose(j.ctx, j.epoch, br2k.RecordOp{Namespace: j.o.journalNS, Key: nonceKey(nonce), Delete: true})
}

// LoadTxs returns the journaled transactions from the replicated records.
func (j *journal) LoadTxs() ([]txmgr.TxRecord, error) {
	recs := j.o.replica.Records(j.o.journalNS)
	out := make([]txmgr.TxRecord, 0, len(recs))
	for k, v := range recs {
		var r txmgr.TxRecord
		if err := json.Unmarshal(v, &r); err != nil {
			return nil, fmt.Errorf("br2k/chain: journal record %s: %w", k, err)
		}
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b txmgr.TxRecord) int {
		return compare(a.Nonce, b.Nonce)
	})
	return out, nil
}

func compare(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// parseEffectKey returns the effect key of a txmgr Request.Key ("br2k:" +
// effect key); false for other keys (txmgr's own gap fills).
func parseEffectKey(k string) (string, bool) {
	const p = "br2k:"
	if len(k) > len(p) && k[:len(p)] == p {
		return k[len(p):], true
	}
	return "", false
}

// RequestKey is the effect key of the request at log index (one request, one
// transaction).
func RequestKey(index uint64) string { return "req/" + strconv.FormatUint(index, 10) }

func txKey(effectKey string) string { return "br2k:" + effectKey }
