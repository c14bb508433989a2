package producer

import (
	"context"
	"fmt"
	"time"
)

// hysteresis turns a stream of health checks into a healthy/unhealthy state
// that changes only after up consecutive good checks or down consecutive bad
// ones, so a flapping node neither campaigns nor steps down on every blip
// (ethereum-optimism/optimism#14585: a flapping check moved the leadership
// back and forth).
type hysteresis struct {
	up, down      int
	okRun, badRun int
	healthy       bool
}

// observe records one check; it reports whether the state changed.
func (h *hysteresis) observe(ok bool) bool {
	if ok {
		h.okRun++
		h.badRun = 0
		if !h.healthy && h.okRun >= h.up {
			h.healthy = true
			return true
		}
		return false
	}
	h.badRun++
	h.okRun = 0
	if h.healthy && h.badRun >= h.down {
		h.healthy = false
		return true
	}
	return false
}

// reset makes the state unhealthy until up good checks have been seen again
// (after the node stepped down for a failure).
func (h *hysteresis) reset() {
	h.healthy = false
	h.okRun, h.badRun = 0, 0
}

func (p *Producer) healthLoop(ctx context.Context) {
	t := time.NewTicker(p.cfg.HealthInterval)
	defer t.Stop()
	for {
		p.checkHealth(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// checkHealth runs one health check: the execution node answers, the etcd
// session is alive, the node is within CampaignMaxLag of the committed head,
// nothing fatal happened, and the extra HealthCheck passes.
func (p *Producer) checkHealth(ctx context.Context) {
	cctx, cancel := context.WithTimeout(ctx, max(2*p.cfg.HealthInterval, time.Second))
	defer cancel()
	reason := ""
	elReason := ""
	if _, err := p.el.HeaderByNumber(cctx, nil); err != nil {
		elReason = fmt.Sprintf("execution node does not answer: %v", err)
		reason = elReason
	}
	p.mu.Lock()
	fatal, sess := p.fatal, p.sess
	committed, local, syncing := p.committed, p.localView, p.syncReason
	p.mu.Unlock()
	if reason == "" && fatal != nil {
		reason = fatal.Error()
	}
	if reason == "" && (sess == nil || !sess.alive()) {
		reason = "no live etcd session"
	}
	if reason == "" && syncing != "" {
		reason = syncing
	}
	if reason == "" && committed.Number > local.Number+p.cfg.CampaignMaxLag {
		reason = fmt.Sprintf("%d blocks behind the committed head %d (bound %d)", committed.Number-local.Number, committed.Number, p.cfg.CampaignMaxLag)
	}
	if reason == "" && p.cfg.HealthCheck != nil {
		if err := p.cfg.HealthCheck(cctx); err != nil {
			reason = "health check: " + err.Error()
		}
	}
	p.mu.Lock()
	changed := p.health.observe(reason == "")
	healthy := p.health.healthy
	p.checkReason, p.elReason = reason, elReason
	p.mu.Unlock()
	if changed {
		if healthy {
			p.log.Info("healthy")
			p.m.healthy.Set(1)
		} else {
			p.log.Warn("unhealthy", "reason", reason)
			p.m.healthy.Set(0)
		}
		p.notify()
	}
	p.publishMember(ctx)
}

// healthy reports the hysteresis state.
func (p *Producer) healthy() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.health.healthy
}

// eligible reports whether the node should campaign now.
func (p *Producer) eligible() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cfg.Role != RoleProducer || p.paused || p.fatal != nil || !p.health.healthy {
		return false
	}
	if p.handoverTo != "" && p.handoverTo != p.cfg.Name {
		return false // a planned handover names another node
	}
	return p.sess != nil && p.sess.alive()
}

// NotReady lists why the node is not ready (empty: ready): not started, the
// execution node does not answer, no etcd session, more than ReadyMaxLag
// blocks behind the committed head, or a fatal error (internal/node
// ReadinessReporter).
func (p *Producer) NotReady() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	if !p.ready {
		out = append(out, "producer: not started (reading the chain from the execution node and etcd)")
	}
	if p.fatal != nil {
		out = append(out, "producer: "+p.fatal.Error())
	}
	if p.elReason != "" {
		out = append(out, "producer: "+p.elReason)
	}
	if p.ready && (p.sess == nil || !p.sess.alive()) {
		out = append(out, "producer: no live etcd session")
	}
	if p.syncReason != "" {
		out = append(out, "producer: "+p.syncReason)
	}
	if p.committed.Number > p.localView.Number+p.cfg.ReadyMaxLag {
		out = append(out, fmt.Sprintf("producer: %d blocks behind the committed head %d (bound %d)", p.committed.Number-p.localView.Number, p.committed.Number, p.cfg.ReadyMaxLag))
	}
	return out
}
