// Package chain gives br2k replicas chain side effects that happen exactly
// once: an Outbox sends transactions from OnlyOnce handlers through the
// project's tx manager (internal/txmgr) with a journal kept in the
// replicated log, and a Registry publishes the service's leader and
// snapshot versions in the ServiceRegistry contract.
//
// How one request gives one transaction:
//
//   - Only the leader sends. Each leader term runs its own txmgr.Manager
//     whose Journal is a set of br2k records written with Replica.Propose,
//     fenced on the term's epoch.
//   - txmgr signs the transaction and calls Journal.PutTx before every
//     broadcast; PutTx returns only once the signed raw transaction is
//     committed in etcd. A deposed leader's PutTx fails the fence, so it
//     never broadcasts a transaction that is not in the log.
//   - A new leader's Manager loads the journal (LoadTxs) and re-broadcasts
//     the same raw transactions (same nonce, same hash; a fee bump re-signs
//     the same nonce and is journaled first). The OnlyOnce handler that the
//     new leader runs again gets the logged transaction back from
//     Outbox.Send instead of signing a new one.
//   - The effect record (by request) says pending, mined, reverted,
//     replaced or dropped; any replica answers GET /br2k/v1/effects/{key}.
//
// Status, receipts and nonces come from the chain through txmgr.Backend
// (an ethclient, *internal/chain.Client or the simulated backend).
package chain
