package contracts_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/deploy/deploytest"
)

var reg = bindings.NewServiceRegistry()

// regEnv is a simulated chain with the ServiceRegistry deployed.
type regEnv struct {
	t    *testing.T
	c    *deploytest.Chain
	addr common.Address
	ctx  context.Context
}

func newRegEnv(t *testing.T) *regEnv {
	t.Helper()
	c := deploytest.NewChain(t, 4)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	addr, tx, err := bind.DeployContract(c.Opts(0), common.FromHex(bindings.ServiceRegistryMetaData.Bin), c.Client, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitDeployed(ctx, c.Client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	return &regEnv{t: t, c: c, addr: addr, ctx: ctx}
}

// send sends data from account i; a revert comes back as the decoded custom error's name and arguments.
func (e *regEnv) send(from int, data []byte) (*types.Receipt, string) {
	e.t.Helper()
	opts := e.c.Opts(from)
	opts.Context = e.ctx
	tx, err := bind.Transact(bind.NewBoundContract(e.addr, abi.ABI{}, e.c.Client, e.c.Client, e.c.Client), opts, data)
	if err != nil {
		rd, ok := bindings.RevertData(err)
		if !ok {
			e.t.Fatalf("send: %v", err)
		}
		v, uerr := reg.UnpackError(rd)
		if uerr != nil {
			e.t.Fatalf("undecodable revert %x: %v", rd, uerr)
		}
		return nil, fmt.Sprintf("%T%+v", v, v)
	}
	r, err := bind.WaitMined(e.ctx, e.c.Client, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("mined: %v %v", r, err)
	}
	return r, ""
}

func (e *regEnv) ok(from int, data []byte) *types.Receipt {
	e.t.Helper()
	r, rev := e.send(from, data)
	if rev != "" {
		e.t.Fatalf("reverted: %s", rev)
	}
	return r
}

func (e *regEnv) reverts(from int, data []byte, want string) {
	e.t.Helper()
	if _, rev := e.send(from, data); rev != want {
		e.t.Fatalf("revert %q, want %q", rev, want)
	}
}

func regCall[T any](e *regEnv, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	out, err := e.c.Client.CallContract(e.ctx, ethereum.CallMsg{To: &e.addr, Data: data}, nil)
	if err != nil {
		e.t.Fatalf("call: %v", err)
	}
	v, err := unpack(out)
	if err != nil {
		e.t.Fatalf("unpack: %v", err)
	}
	return v
}

func TestServiceRegistryLeaderEpochs(t *testing.T) {
	t.Parallel()
	e := newRegEnv(t)
	admin, pub, stranger := 0, 1, 2
	r := e.ok(admin, reg.PackRegisterService("points"))
	if ev, err := reg.UnpackServiceRegisteredEvent(r.Logs[0]); err != nil || ev.ServiceId != "points" || ev.Admin != e.c.Addrs[admin] {
		t.Fatalf("ServiceRegistered %+v %v", ev, err)
	}
	e.reverts(stranger, reg.PackRegisterService("points"), "*bindings.ServiceRegistryServiceExists&{ServiceId:points}")
	e.reverts(admin, reg.PackRegisterService(""), "*bindings.ServiceRegistryEmptyField&{Field:serviceId}")
	e.reverts(pub, reg.PackUpdateLeader("points", "r1", "http://a", 5), fmt.Sprintf("*bindings.ServiceRegistryNotPublisher&{Caller:%s}", e.c.Addrs[pub]))
	e.reverts(stranger, reg.PackSetPublisher("points", e.c.Addrs[pub], true), fmt.Sprintf("*bindings.ServiceRegistryNotAdmin&{Caller:%s}", e.c.Addrs[stranger]))
	e.reverts(admin, reg.PackUpdateLeader("nope", "r1", "http://a", 5), "*bindings.ServiceRegistryUnknownService&{ServiceId:nope}")
	e.ok(admin, reg.PackSetPublisher("points", e.c.Addrs[pub], true))
	if !regCall(e, reg.PackIsPublisher("points", e.c.Addrs[pub]), reg.UnpackIsPublisher) {
		t.Fatal("publisher not recorded")
	}

	r = e.ok(pub, reg.PackUpdateLeader("points", "r1", "http://10.0.0.1:8080", 42))
	ev, err := reg.UnpackLeaderUpdatedEvent(r.Logs[0])
	if err != nil || ev.ReplicaId != "r1" || ev.Url != "http://10.0.0.1:8080" || ev.Epoch != 42 || ev.ServiceKey != regCall(e, reg.PackServiceKey("points"), reg.UnpackServiceKey) {
		t.Fatalf("LeaderUpdated %+v %v", ev, err)
	}
	// A deposed leader publishing late (lower or equal epoch) is refused; the record stays.
	e.reverts(pub, reg.PackUpdateLeader("points", "r0", "http://old", 41), "*bindings.ServiceRegistryStaleEpoch&{Epoch:41 Current:42}")
	e.reverts(pub, reg.PackUpdateLeader("points", "r0", "http://old", 42), "*bindings.ServiceRegistryStaleEpoch&{Epoch:42 Current:42}")
	e.reverts(pub, reg.PackUpdateLeader("points", "", "http://x", 50), "*bindings.ServiceRegistryEmptyField&{Field:replicaId}")
	l := regCall(e, reg.PackLeader("points"), reg.UnpackLeader)
	if l.ReplicaId != "r1" || l.Url != "http://10.0.0.1:8080" || l.Epoch != 42 || l.UpdatedAt == 0 {
		t.Fatalf("leader %+v", l)
	}
	e.ok(pub, reg.PackUpdateLeader("points", "r2", "http://10.0.0.2:8080", 57))
	if l := regCall(e, reg.PackLeader("points"), reg.UnpackLeader); l.ReplicaId != "r2" || l.Epoch != 57 {
		t.Fatalf("leader after a new epoch %+v", l)
	}
	// A publisher removed can no longer publish; an admin handed over loses the rights.
	e.ok(admin, reg.PackSetPublisher("points", e.c.Addrs[pub], false))
	e.reverts(pub, reg.PackUpdateLeader("points", "r3", "http://c", 60), fmt.Sprintf("*bindings.ServiceRegistryNotPublisher&{Caller:%s}", e.c.Addrs[pub]))
	e.ok(admin, reg.PackTransferAdmin("points", e.c.Addrs[stranger]))
	if a := regCall(e, reg.PackAdminOf("points"), reg.UnpackAdminOf); a != e.c.Addrs[stranger] {
		t.Fatalf("admin %s", a)
	}
	e.reverts(admin, reg.PackSetPublisher("points", e.c.Addrs[pub], true), fmt.Sprintf("*bindings.ServiceRegistryNotAdmin&{Caller:%s}", e.c.Addrs[admin]))
}

func TestServiceRegistrySnapshots(t *testing.T) {
	t.Parallel()
	e := newRegEnv(t)
	e.ok(0, reg.PackRegisterService("svc"))
	if n := regCall(e, reg.PackSnapshotCount("svc"), reg.UnpackSnapshotCount); n.Sign() != 0 {
		t.Fatalf("count %v", n)
	}
	if v := regCall(e, reg.PackLatestSnapshot("svc"), reg.UnpackLatestSnapshot); v.Version != 0 {
		t.Fatalf("latest before any %+v", v)
	}
	sum := sha256.Sum256([]byte("snapshot-1"))
	r := e.ok(0, reg.PackPublishSnapshot("svc", 1, 50_000, 12, sum, 1234, 3, "mysql://db:3306/backup"))
	if ev, err := reg.UnpackSnapshotPublishedEvent(r.Logs[0]); err != nil || ev.Version != 1 || ev.LogIndex != 50_000 || ev.Sha256sum != sum {
		t.Fatalf("SnapshotPublished %+v %v", ev, err)
	}
	e.reverts(0, reg.PackPublishSnapshot("svc", 1, 60_000, 12, sum, 1, 1, "x"), "*bindings.ServiceRegistryStaleVersion&{Version:1 Latest:1}")
	e.ok(0, reg.PackPublishSnapshot("svc", 3, 100_000, 15, sum, 2000, 4, "mysql://db:3306/backup"))
	if n := regCall(e, reg.PackSnapshotCount("svc"), reg.UnpackSnapshotCount); n.Int64() != 2 {
		t.Fatalf("count %v", n)
	}
	first := regCall(e, reg.PackSnapshotAt("svc", big.NewInt(0)), reg.UnpackSnapshotAt)
	latest := regCall(e, reg.PackLatestSnapshot("svc"), reg.UnpackLatestSnapshot)
	if first.Version != 1 || first.Chunks != 3 || first.Size != 1234 || first.Location != "mysql://db:3306/backup" ||
		latest.Version != 3 || latest.LogIndex != 100_000 || latest.Epoch != 15 || latest.PublishedAt == 0 {
		t.Fatalf("first %+v latest %+v", first, latest)
	}
	e.reverts(1, reg.PackPublishSnapshot("svc", 4, 1, 1, sum, 1, 1, "x"), fmt.Sprintf("*bindings.ServiceRegistryNotPublisher&{Caller:%s}", e.c.Addrs[1]))
}
