package producer

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Keys is the etcd key layout of one service chain under Prefix (see the
// package documentation).
type Keys struct {
	// Prefix is the chain's key prefix, without a trailing slash.
	Prefix string
}

// Genesis is the key of the chain's genesis record.
func (k Keys) Genesis() string { return k.Prefix + "/genesis" }

// Head is the key of the committed head ("<number>:<0x hash>").
func (k Keys) Head() string { return k.Prefix + "/head" }

// BlocksPrefix is the prefix of every committed block key.
func (k Keys) BlocksPrefix() string { return k.Prefix + "/blocks/" }

// Block is the key of committed block n (zero-padded, so keys sort by number).
func (k Keys) Block(n uint64) string { return fmt.Sprintf("%s/blocks/%020d", k.Prefix, n) }

// Election is the concurrency.Election prefix.
func (k Keys) Election() string { return k.Prefix + "/election" }

// MembersPrefix is the prefix of the member status keys.
func (k Keys) MembersPrefix() string { return k.Prefix + "/members/" }

// Member is the status key of node name.
func (k Keys) Member(name string) string { return k.Prefix + "/members/" + name }

// Handover is the key naming a planned handover's successor.
func (k Keys) Handover() string { return k.Prefix + "/handover" }

// BlockNumber parses a key made by Block.
func (k Keys) BlockNumber(key string) (uint64, error) {
	s, ok := strings.CutPrefix(key, k.BlocksPrefix())
	if !ok {
		return 0, fmt.Errorf("producer: key %q is not under %s", key, k.BlocksPrefix())
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("producer: block key %q: expected a decimal block number", key)
	}
	return n, nil
}

// Head is a block number and hash: the committed head, a node's local head.
type Head struct {
	// Number is the block number.
	Number uint64 `json:"number"`
	// Hash is the block hash.
	Hash common.Hash `json:"hash"`
	// Time is the block timestamp (unix seconds); 0 when not known.
	Time uint64 `json:"time,omitempty"`
}

// headValue is the value stored at Keys.Head for a committed head; the
// fence compares it byte for byte.
func headValue(n uint64, h common.Hash) string {
	return strconv.FormatUint(n, 10) + ":" + h.Hex()
}

// parseHead parses a Keys.Head value.
func parseHead(v []byte) (Head, error) {
	num, hash, ok := strings.Cut(string(v), ":")
	if !ok {
		return Head{}, fmt.Errorf("producer: head value %q: expected <number>:<0x hash>", v)
	}
	n, err := strconv.ParseUint(num, 10, 64)
	if err != nil {
		return Head{}, fmt.Errorf("producer: head value %q: block number: %v", v, err)
	}
	if len(hash) != 66 || !strings.HasPrefix(hash, "0x") {
		return Head{}, fmt.Errorf("producer: head value %q: expected a 0x-prefixed 32-byte hash", v)
	}
	return Head{Number: n, Hash: common.HexToHash(hash)}, nil
}
