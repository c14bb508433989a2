package br2k

import "errors"

var (
	// ErrNotLeader is returned by Submit, Propose and the fenced writes of a
	// replica that does not lead (any more) in the epoch asked for. Nothing was
	// appended.
	ErrNotLeader = errors.New("br2k: not the leader")

	// ErrFenced is returned when an append's compare on the election key
	// (CreateRevision of the leader key == the epoch) or on the log head
	// failed in etcd: another replica leads now, so this one stepped down and
	// nothing was appended. It matches ErrNotLeader with errors.Is.
	ErrFenced = &fencedError{}

	// ErrOutcomeUnknown is returned when etcd did not answer an append in time
	// and the replica could not read back whether it was committed. A client
	// gets 503 and must retry with the same Idempotency-Key: the retry returns
	// the stored result if the entry was committed, or is applied once if not.
	ErrOutcomeUnknown = errors.New("br2k: append outcome unknown; retry with the same Idempotency-Key")

	// ErrClosed is returned by methods of a replica after Close, and by Run
	// when it was closed before it started.
	ErrClosed = errors.New("br2k: replica closed")

	// ErrLogGap is returned by Run when the log was compacted past the latest
	// snapshot that could be restored (no store configured, or every version
	// failed its checksum): the replica cannot rebuild the state.
	ErrLogGap = errors.New("br2k: log compacted past every usable snapshot")

	// ErrCorruptSnapshot is returned by a SnapshotStore's Open reader (and by
	// restore) when a chunk or the whole stream fails its SHA-256 checksum, or
	// when the stream is not a br2k snapshot.
	ErrCorruptSnapshot = errors.New("br2k: snapshot checksum mismatch or bad format")

	// ErrNoSnapshot is returned by SnapshotStore.Open for a version that does
	// not exist (or was pruned).
	ErrNoSnapshot = errors.New("br2k: no such snapshot version")
)

type fencedError struct{}

func (*fencedError) Error() string {
	return "br2k: append fenced: another replica leads (election revision or log head changed)"
}

// Is makes errors.Is(ErrFenced, ErrNotLeader) true.
func (*fencedError) Is(target error) bool { return target == ErrNotLeader }
