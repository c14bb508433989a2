// Package attest is the node side of signature-aggregated handles (issue 14; ARCHITECTURE.md
// "Signature-aggregated handles"): operators sign the EIP-712 digest of every request they would vote for,
// serve those signatures on a public attestation endpoint, fetch and verify each other's, and the designated
// submitter sends k of them in one Bridge.handleSignedBatch instead of k on-chain votes. When k signatures have
// not arrived within attestation.grace, the designated operators fall back to on-chain votes exactly as before,
// so availability never drops below round one and no transfer waits longer than the vote path plus the grace.
//
// # Parts (one concept per file)
//
//   - roster.go: ReadRoster, the destination's Roster read through the bindings and contracts/client.
//   - digest.go: Digest (= bindings.HandleVoteKey, the contract's handleVoteKey), RecoverSigner with the
//     Bridge's rules (65 bytes, v 27/28, low s), Roster (domain, epoch, operators, k), Verify for one fetched
//     Attestation, CheckEntry (predicts handleSignedBatch's verdict on one signatures entry) and Join.
//   - signer.go: DigestSigner (the key seam, like txmgr.Signer), KeySigner, Signer.Sign -> Attestation.
//   - pool.go: Pool, the verified signatures held per (direction, nonce, digest).
//   - server.go: Server, the http.Handler for GET /v1/attestations?direction=D&from=N&limit=M over a Store.
//   - fetcher.go, announce.go: Fetcher (polls Config.Peers and on-chain announcements, verifies, fills the
//     Pool) and OnChainAnnouncements (reads announceAttestationURL through the bindings).
//   - plan.go: Plan, the pure per-nonce decision submit / wait / fall back, and SignedBatch.
//   - config.go, metrics.go, errors.go: Config (attestation.*), Metrics (servicechain_attestation_*), sentinels.
//
// # How internal/bridge wires it (internal/bridge/attestation.go, attestation.enabled)
//
// The bridge implements two interfaces and calls three things; nothing here imports internal/bridge. Where the
// bridge departs from the plan below: its Store and the Ready times are in memory (signing is deterministic,
// RFC 6979, so a restarted node serves the same bytes; a restart restarts a nonce's grace once), the roster
// is built from the vote round's own reads (domain, handleStatus epoch, cached operator list), and the
// endpoint runs on its own listener (attestation.listen). Announcing a URL on chain is not done by the node.
//
//  1. Signing. Each round, for every request of a direction that plan.go would vote for (confirmed, agreed
//     by min_endpoint_agreement endpoints, not handled), the direction calls Signer.Sign(ctx, direction,
//     roster, call) once per (nonce, digest), stores the Attestation in its store (bbolt, next to the
//     request) and Pool.Add's it. The Roster is ReadRoster(ctx, destination client, destination bridge)
//     (domain, epoch, operators, k), read once per round like the vote plan's roster. The Signer wraps a DigestSigner over the same key as the txmgr
//     (attest.NewKeySigner(key)); a remote txmgr.Signer needs a SignDigest method to be used here.
//  2. Store (server.go): the bridge's store answers Attestations(ctx, direction, from, limit) from its own
//     attestations in ascending nonce order, local reads only. The host mounts attest.NewServer(cfg, store,
//     metrics) on Config.Listen (or on its HTTP server at attest.Path) and the node announces the endpoint's
//     public URL once with announceAttestationURL on both bridges (an operator-only transaction).
//  3. Source (fetcher.go): Window(ctx, direction) returns the destination Roster and From = the lowest open
//     nonce, Limit = the span up to the highest open nonce of the window (0 when nothing is open; requests
//     close out of order, so the span can be wider than the open count; the fetcher pages through it). The bridge runs Fetcher.Run(ctx) as a
//     goroutine of its Service (or calls Poll from its loop) with WithAnnouncers(OnChainAnnouncements{...})
//     for each bridge, and calls Pool.Prune(direction, lowerHandleNonce) as nonces close.
//  4. The decision: in direction.go, before the vote plan, the candidates it would vote for go through
//     attest.Plan with Rotation = duty.Rotation{destination operators, k} (the same one the votes use),
//     Grace = cfg.Grace and Ready = when the request became votable (persist it, so a restart does not extend
//     the grace). ActSubmit nonces go into SignedBatch -> handleSignedBatch(epoch, calls, sigs) through the
//     destination txmgr (the same batching/gas limits as handleBatch); ActWait nonces are left for the next
//     round; ActFallback nonces go to the existing vote plan unchanged (whose own vote_grace then applies).
//     Metrics: Handled(direction, PathSignatures|PathVotes, n) when a batch is sent, FellBack once per nonce
//     (remember which nonces already fell back), SignatureLatency(direction, Complete - Ready) per submit.
//     A skipped entry (HandleSkipped) of a signed batch is handled like a skipped vote: re-read handleStatus.
//  5. Config: the [attestation] table (listen, peers, grace, rate_limit, rate_burst) maps onto Config; add it
//     to internal/config's schema (bridge.toml) and BlockTime from the destination chain's block time.
//
// # Decisions where the issue is silent
//
//   - Fetched attestations carry the handle call, so a fetcher recomputes the digest in its own domain and
//     refuses signatures for another chain, bridge, source or epoch at once (ErrDigestMismatch,
//     ErrStaleEpoch); Plan then counts only signatures whose digest equals the digest of the call this node
//     observed itself, so no peer can make a node submit a request it has not seen.
//   - The designated submitter of nonce n is the first operator designated to vote for n
//     (duty.Rotation.Designated(n)[0]); another designated operator holding k signatures submits them after
//     the grace plus one Takeover (the bridge's vote_grace), a backup after one more, and both wait one
//     Takeover from when the submitter's endpoint says it sent the nonce (Attestation.Submitted): one
//     transaction is cheaper and faster than k votes, and the contract pays once whatever races, but every
//     duplicate entry costs gas, and under a burst the submitter's first round can lag the others' by seconds.
//   - The bridge signs a request as soon as its scan stores it (confirmed from the source block's agreed
//     receipts), not only when its vote round reaches it, so every operator's signature of a burst is on its
//     endpoint within a scan of the block; it learns handles from the destination's HandleValueTransfer
//     events and does not ask handleStatus about a signed request that waits for its takeover.
//   - The endpoint serves only this node's own signatures (the Store); peers fetch from every operator.
//     Rate limiting is per client IP (RemoteAddr; X-Forwarded-For is not trusted), 429 before any store work,
//     limiters bounded by MaxClients; limit is capped at MaxPageLimit (not refused).
//   - Announcements are read from the attestationURL view per operator, not from AttestationURLAnnounced logs.
package attest
