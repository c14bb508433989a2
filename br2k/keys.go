package br2k

import (
	"fmt"
	"strconv"
	"strings"
)

// The etcd key layout of one service, all under Prefix(service):
//
//	/br2k/<service>/election/<lease hex>  election keys (concurrency.Election); the
//	                                       oldest is the leader, value = JSON LeaderInfo
//	/br2k/<service>/head                  index of the last entry (decimal)
//	/br2k/<service>/log/<index>           entries, index zero-padded to 20 digits
//	/br2k/<service>/members/<replica id>  one per live replica, on its session lease:
//	                                       JSON MemberStatus (URL, applied index)
//	/br2k/<service>/snapshots/<version>   published snapshot manifests, version
//	                                       zero-padded to 20 digits (the newest MaxSnapshots)
type keys struct {
	prefix    string
	election  string
	head      string
	log       string
	members   string
	snapshots string
}

// Prefix returns the etcd prefix of a service's keys: "/br2k/<service>/".
func Prefix(service string) string { return "/br2k/" + service + "/" }

func newKeys(service string) keys {
	p := Prefix(service)
	return keys{prefix: p, election: p + "election/", head: p + "head", log: p + "log/",
		members: p + "members/", snapshots: p + "snapshots/"}
}

func (k keys) entry(index uint64) string { return fmt.Sprintf("%s%020d", k.log, index) }

func (k keys) snapshot(version uint64) string { return fmt.Sprintf("%s%020d", k.snapshots, version) }

func (k keys) member(id string) string { return k.members + id }

// indexOf parses the index of a log key.
func (k keys) indexOf(key []byte) (uint64, bool) {
	s, ok := strings.CutPrefix(string(key), k.log)
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseUint(s, 10, 64)
	return n, err == nil
}
