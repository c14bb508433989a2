package bridge

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/servicechain/servicechain/internal/txmgr"
)

// This file announces the node's attestation URL on chain (issue 14: peers
// learn each other's endpoints from attestation.peers "or from an on-chain
// announcement by each operator"). With attestation.announce set, the node
// reads attestationURL(itself) on both bridges at start and every
// announceInterval, and sends announceAttestationURL(url) where it differs.
// A node that is not (yet) an operator there is refused by the estimate
// (NotOperator) and asks again next interval; nothing else waits for it.

// announceInterval is how often the announced URLs are checked again (an
// operator added later, a URL replaced by hand). One view call per bridge.
const announceInterval = 5 * time.Minute

// announceRetry is how soon a failed check or announcement is tried again.
const announceRetry = 15 * time.Second

// announce keeps url announced on both bridges until ctx ends.
func (s *Service) announce(ctx context.Context, url string) {
	defer contain(s.log, s.metrics, "attestation/announce")
	warn := map[*direction]*repeatLog{} // per bridge: a node that is no operator yet would say so every announceRetry
	for _, d := range s.dirs {
		warn[d] = newRepeatLog(s.log.With("chain", d.dstChain))
	}
	for {
		wait := announceInterval
		for _, d := range s.dirs { // each direction's destination: the child, then the parent bridge
			if err := s.announceOn(ctx, d, url); err != nil {
				if ctx.Err() != nil {
					return
				}
				warn[d].warn("announcing the attestation URL "+url+" failed; retrying every "+announceRetry.String(), err)
				wait = announceRetry
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

// announceOn makes d's destination bridge hold url for this node: nothing
// when it does, else one announceAttestationURL transaction, waited for.
func (s *Service) announceOn(ctx context.Context, d *direction, url string) error {
	me := d.tx.Address()
	cur, err := d.dstC.AttestationURL(ctx, me)
	if err != nil {
		return err
	}
	if cur == url {
		return nil
	}
	tx, err := d.tx.Send(ctx, txmgr.Request{
		Key:  fmt.Sprintf("announce/%s/%d", d.dstChain, time.Now().UnixNano()),
		To:   d.dstBridge,
		Data: bridgeABI.PackAnnounceAttestationURL(url),
	})
	if err != nil {
		return fmt.Errorf("announceAttestationURL: %s", describe(err))
	}
	rcpt, err := tx.Wait(ctx)
	if err != nil {
		return fmt.Errorf("announceAttestationURL %s: %w", tx.Hash(), err)
	}
	if rcpt.Status != 1 {
		return errors.New("announceAttestationURL " + tx.Hash().Hex() + " reverted")
	}
	s.log.Info("attestation URL announced", "chain", d.dstChain, "url", url, "previous", cur, "tx", tx.Hash())
	return nil
}
