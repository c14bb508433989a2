// Package producer is the block producer of a service-chain node: the
// consensus-client side of the Engine API, made highly available through etcd
// (seed 003, issue 10, ARCHITECTURE.md "Service-chain nodes").
//
// Every node runs one Producer next to its execution node. Producer nodes
// (RoleProducer) are candidates: one is the leader and builds blocks, the
// others are standbys. Endpoint nodes (RoleEndpoint) never campaign. All of
// them import only committed blocks.
//
// # Rules
//
//   - Election: an etcd concurrency.Election on a session lease (TTL 2 s by
//     default). A candidate campaigns only while healthy (its execution node
//     answers, it is within CampaignMaxLag blocks of the committed head, its
//     etcd session is alive, it is not paused, any extra HealthCheck passes),
//     with hysteresis: HealthyChecks consecutive good checks before it
//     campaigns, UnhealthyChecks consecutive bad ones before it counts as
//     unhealthy, so a flapping node does not ping-pong the leadership
//     (ethereum-optimism/optimism#14585, #18697). The lease gives liveness,
//     never safety.
//   - Commit before publish, fenced on chain linkage: the leader builds block
//     N+1 (forkchoiceUpdated with attributes, getPayload) and commits it in one
//     etcd transaction, If(CreateRevision(electionKey) == myRev, Value(head) ==
//     "N:<parentHash>") Then(Put head, Put blocks/N+1, Delete blocks/N+1-window).
//     Only after it succeeds does any node import the block (newPayload +
//     forkchoiceUpdated). A refused commit drops the payload and the leader
//     steps down. Two producers can therefore never fork the chain, whatever
//     the timing. The leader also stops producing FenceSpare before its lease
//     could have expired, counted from the send time of its last acknowledged
//     keepalive (Arbitrum Nitro's LockoutSpare).
//   - Takeover of a silent leader: a waiting candidate that sees the slot
//     after the committed head begin TakeoverGrace ago (default one period)
//     with nothing committed, while the leader that committed that head in
//     its present term still holds the election, revokes that leader's
//     lease. A SIGKILLed, SIGSTOPped or stuck leader is thus replaced after
//     about one period plus the grace, not the rest of its TTL; the fence
//     above still refuses anything it tries to commit afterwards. A new
//     leader that has not committed yet is left to its lease (hysteresis).
//   - Followers import only committed payloads, from one etcd watch on
//     blocks/ (resumed from a revision, with range reads to catch up), each
//     checked with engine.ExecutableDataToBlock against the committed hash
//     before newPayload; a record that fails the check is refused and counted.
//     A new leader imports every committed block it lacks, any gap
//     (optimism#22143), before it builds on the committed head.
//   - Block timestamps follow the slot clock: slot n starts at genesis time +
//     n x period (the period is recorded in the genesis extraData by
//     internal/execution), so a failover shows as missed slots.
//   - Planned handover: the leader commits its current block, names a
//     successor (the most up-to-date healthy standby, or the one asked for)
//     in the handover key, waits for the other candidates to stand aside, and
//     resigns; the successor builds the next slot: zero missed slots.
//   - Committed blocks are final: every forkchoiceUpdated sets head, safe
//     and finalized to the committed head.
//
// # etcd key layout
//
// Under Config.Prefix (default "/servicechain/<chain id>"):
//
//	<prefix>/genesis            JSON {"hash","chainId","period"}: written once; every node checks it
//	<prefix>/head               "<number>:<0x block hash>": the committed head, the fence's second compare
//	<prefix>/blocks/<%020d n>   the committed block n (see Record), a window of Config.LogWindow blocks
//	<prefix>/election/<lease>   concurrency.Election candidates; value = node name; first created leads
//	<prefix>/members/<name>     JSON Member status of each running node, on its session lease
//	<prefix>/handover           JSON {"from","to","number"} during a planned handover, on its own short lease
//
// A Producer implements the internal/node Service contract (Name, Run,
// NotReady, APIs for the admin namespace "producer", Collectors).
package producer
