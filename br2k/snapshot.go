package br2k

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"sync"
	"time"
)

// DefaultSnapshotEvery is the default Config.SnapshotEvery: the seed's
// version-up-size, 50,000 entries.
const DefaultSnapshotEvery = 50_000

// DefaultMaxSnapshots is the default Config.MaxSnapshots: the seed's
// max-state-version, 10 versions.
const DefaultMaxSnapshots = 10

// SnapshotStore keeps the snapshot versions of services (the seed's "version
// up" backup storage). br2k/sqlstore implements it over MySQL and SQLite;
// MemoryStore keeps versions in memory.
//
// A version is published atomically: Save writes every chunk first and the
// manifest last, so a reader never sees a partial version, and a crash during
// Save leaves no version behind. Implementations must be safe for concurrent
// use.
type SnapshotStore interface {
	// Save reads a whole snapshot stream from r and publishes it as the next
	// version of m.Service (the highest version + 1). It fills in Version,
	// Size, SHA256 (hex of the whole stream), Chunks, ChunkSize and End (the
	// time it publishes) and returns the stored manifest. Nothing is published when it returns an error.
	Save(ctx context.Context, m SnapshotMeta, r io.Reader) (SnapshotMeta, error)
	// Open returns the stream of a published version. The reader checks every
	// chunk's SHA-256 as it goes and the whole stream's at the end, and
	// returns an error matching ErrCorruptSnapshot on a mismatch. Errors:
	// ErrNoSnapshot for an unknown version.
	Open(ctx context.Context, service string, version uint64) (io.ReadCloser, SnapshotMeta, error)
	// List returns the published versions of service, newest first.
	List(ctx context.Context, service string) ([]SnapshotMeta, error)
	// Prune deletes every version of service but the newest keep (>= 1).
	Prune(ctx context.Context, service string, keep int) error
}

// SnapshotMeta is the manifest of one snapshot version: the seed's version
// record ({start, end, version, members, alive-members, etcd-snapshot-size,
// service-state-size, subject}) with checksums and without credentials.
type SnapshotMeta struct {
	// Service is the service id.
	Service string `json:"service"`
	// Version numbers the versions of a service from 1, assigned by the store.
	Version uint64 `json:"version"`
	// Index is the log index the snapshot was taken at: every entry <= Index
	// is in it, none above.
	Index uint64 `json:"index"`
	// Epoch is the epoch of the leader that took it.
	Epoch int64 `json:"epoch"`
	// Replica is the id of the replica that took it (the seed's subject).
	Replica string `json:"replica"`
	// Members are the replicas registered in etcd when it was taken
	// (the seed's alive-members).
	Members []string `json:"members,omitempty"`
	// Start is when the snapshot was captured; End when the store published
	// it (set by Save).
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	// HeaderSize is the size of br2k's header and own state (idempotency
	// keys, records) at the start of the stream; the application state (the
	// seed's service-state-size) is Size - HeaderSize. Size is the whole
	// stream's, in bytes.
	HeaderSize int64 `json:"headerSize"`
	Size       int64 `json:"size"`
	// SHA256 is the hex SHA-256 of the whole stream.
	SHA256 string `json:"sha256"`
	// Chunks is the number of chunks and ChunkSize their size in bytes (the
	// last may be shorter).
	Chunks    int `json:"chunks"`
	ChunkSize int `json:"chunkSize"`
}

// MemoryStore is a SnapshotStore in memory: for tests, and for development
// setups that accept losing every version with the process. Chunks are
// checksummed like the SQL stores' so its readers detect corruption the same
// way.
type MemoryStore struct {
	// ChunkSize is the chunk size in bytes; 0 means 128 KiB (the seed's).
	ChunkSize int

	mu       sync.Mutex
	services map[string][]memVersion
}

type memVersion struct {
	meta   SnapshotMeta
	chunks [][]byte
	sums   []string
}

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore() *MemoryStore { return &MemoryStore{services: map[string][]memVersion{}} }

// Save implements SnapshotStore.
func (s *MemoryStore) Save(ctx context.Context, m SnapshotMeta, r io.Reader) (SnapshotMeta, error) {
	size := s.ChunkSize
	if size <= 0 {
		size = DefaultChunkSize
	}
	var v memVersion
	whole := sha256.New()
	err := ReadChunks(r, size, func(chunk []byte) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		sum := sha256.Sum256(chunk)
		v.chunks = append(v.chunks, slices.Clone(chunk))
		v.sums = append(v.sums, hex.EncodeToString(sum[:]))
		whole.Write(chunk)
		m.Size += int64(len(chunk))
		return nil
	})
	if err != nil {
		return SnapshotMeta{}, fmt.Errorf("br2k: memory store: reading snapshot: %w", err)
	}
	m.SHA256 = hex.EncodeToString(whole.Sum(nil))
	m.Chunks, m.ChunkSize = len(v.chunks), size
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.services == nil {
		s.services = map[string][]memVersion{}
	}
	vs := s.services[m.Service]
	m.Version = 1
	if len(vs) > 0 {
		m.Version = vs[len(vs)-1].meta.Version + 1
	}
	m.End = time.Now().UTC()
	v.meta = m
	s.services[m.Service] = append(vs, v)
	return m, nil
}

// Open implements SnapshotStore.
func (s *MemoryStore) Open(_ context.Context, service string, version uint64) (io.ReadCloser, SnapshotMeta, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, v := range s.services[service] {
		if v.meta.Version == version {
			i := 0
			next := func() ([]byte, string, error) {
				if i >= len(v.chunks) {
					return nil, "", io.EOF
				}
				i++
				return v.chunks[i-1], v.sums[i-1], nil
			}
			return NewChunkReader(next, v.meta, nil), v.meta, nil
		}
	}
	return nil, SnapshotMeta{}, fmt.Errorf("%w: %s version %d", ErrNoSnapshot, service, version)
}

// List implements SnapshotStore.
func (s *MemoryStore) List(_ context.Context, service string) ([]SnapshotMeta, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []SnapshotMeta
	for _, v := range s.services[service] {
		out = append(out, v.meta)
	}
	slices.Reverse(out)
	return out, nil
}

// Prune implements SnapshotStore.
func (s *MemoryStore) Prune(_ context.Context, service string, keep int) error {
	if keep < 1 {
		return fmt.Errorf("br2k: prune keep %d: expected at least 1", keep)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if vs := s.services[service]; len(vs) > keep {
		s.services[service] = slices.Clone(vs[len(vs)-keep:])
	}
	return nil
}

// Corrupt flips a byte of chunk i of a version (for tests of the checksum
// path). It reports whether the chunk exists.
func (s *MemoryStore) Corrupt(service string, version uint64, chunk int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, v := range s.services[service] {
		if v.meta.Version == version && chunk < len(v.chunks) && len(v.chunks[chunk]) > 0 {
			v.chunks[chunk][0] ^= 0xff
			return true
		}
	}
	return false
}

// DefaultChunkSize is the chunk size of the stores when none is set: 128 KiB,
// the seed's.
const DefaultChunkSize = 128 << 10

// ReadChunks reads r to the end in chunks of size bytes (the last may be
// shorter) and calls fn with each; the slice is reused between calls. It is
// the chunking of every SnapshotStore in this module.
func ReadChunks(r io.Reader, size int, fn func(chunk []byte) error) error {
	buf := make([]byte, size)
	for {
		n, err := io.ReadFull(r, buf)
		if n > 0 {
			if ferr := fn(buf[:n]); ferr != nil {
				return ferr
			}
		}
		switch err {
		case nil:
		case io.EOF, io.ErrUnexpectedEOF:
			return nil
		default:
			return err
		}
	}
}

// NewChunkReader returns the reader of a stored version: next returns each
// chunk with its hex SHA-256 in order and io.EOF after the last. The reader
// fails with ErrCorruptSnapshot when a chunk's checksum, the chunk count, the
// size or the whole stream's checksum disagrees with m. closeFn (may be nil)
// is called by Close.
func NewChunkReader(next func() (data []byte, sum string, err error), m SnapshotMeta, closeFn func() error) io.ReadCloser {
	return &chunkReader{next: next, meta: m, whole: sha256.New(), closeFn: closeFn}
}

type chunkReader struct {
	next  func() ([]byte, string, error)
	meta  SnapshotMeta
	whole interface {
		io.Writer
		Sum([]byte) []byte
	}
	buf     bytes.Reader
	seen    int
	size    int64
	err     error
	closeFn func() error
}

func (c *chunkReader) Read(p []byte) (int, error) {
	for c.buf.Len() == 0 {
		if c.err != nil {
			return 0, c.err
		}
		data, sum, err := c.next()
		if err == io.EOF {
			c.err = c.finish()
			continue
		}
		if err != nil {
			c.err = err
			continue
		}
		got := sha256.Sum256(data)
		if hex.EncodeToString(got[:]) != sum {
			c.err = fmt.Errorf("%w: %s version %d chunk %d", ErrCorruptSnapshot, c.meta.Service, c.meta.Version, c.seen)
			continue
		}
		c.seen++
		c.size += int64(len(data))
		c.whole.Write(data)
		c.buf.Reset(data)
	}
	return c.buf.Read(p)
}

func (c *chunkReader) finish() error {
	if c.seen != c.meta.Chunks || c.size != c.meta.Size {
		return fmt.Errorf("%w: %s version %d: %d chunks and %d bytes read, manifest says %d and %d",
			ErrCorruptSnapshot, c.meta.Service, c.meta.Version, c.seen, c.size, c.meta.Chunks, c.meta.Size)
	}
	if got := hex.EncodeToString(c.whole.Sum(nil)); got != c.meta.SHA256 {
		return fmt.Errorf("%w: %s version %d: stream sha256 %s, manifest says %s", ErrCorruptSnapshot, c.meta.Service, c.meta.Version, got, c.meta.SHA256)
	}
	return io.EOF
}

func (c *chunkReader) Close() error {
	if c.closeFn != nil {
		return c.closeFn()
	}
	return nil
}
