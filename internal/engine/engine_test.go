package engine

import (
	"context"
	"errors"
	"io/fs"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethengine "github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/params/forks"
	"github.com/ethereum/go-ethereum/rpc"
)

func TestJWTSecretFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "jwt.hex")
	secret, err := GenerateJWTSecret(path)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(path)
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %04o, want 0600", st.Mode().Perm())
	}
	got, err := ReadJWTSecret(path)
	if err != nil || got != secret {
		t.Fatalf("read back: %x %v", got, err)
	}
	if _, err := GenerateJWTSecret(path); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("second generate: %v, want fs.ErrExist", err)
	}
	for _, mode := range []os.FileMode{0o640, 0o604, 0o660, 0o644} {
		os.Chmod(path, mode)
		_, err := ReadJWTSecret(path)
		if !errors.Is(err, ErrJWTSecretPermissions) || !strings.Contains(err.Error(), "chmod 600") {
			t.Errorf("mode %04o: %v, want ErrJWTSecretPermissions with the fix", mode, err)
		}
	}
	os.Chmod(path, 0o400)
	if _, err := ReadJWTSecret(path); err != nil {
		t.Fatalf("mode 0400: %v", err)
	}
	// geth's own format: no 0x, a trailing newline.
	plain := filepath.Join(dir, "plain")
	os.WriteFile(plain, []byte(strings.Repeat("ab", 32)+"\n"), 0o600)
	if s, err := ReadJWTSecret(plain); err != nil || s[0] != 0xab {
		t.Fatalf("plain hex: %x %v", s, err)
	}
	short := filepath.Join(dir, "short")
	os.WriteFile(short, []byte("0x1234"), 0o600)
	if _, err := ReadJWTSecret(short); err == nil || strings.Contains(err.Error(), "1234") {
		t.Fatalf("short secret: %v (must fail without echoing the secret)", err)
	}
	if _, err := ReadJWTSecret(filepath.Join(dir, "none")); err == nil {
		t.Fatal("missing file accepted")
	}
}

func TestStatusErrors(t *testing.T) {
	h := common.Hash{1}
	msg := "bad state root"
	for status, want := range map[string]error{ethengine.INVALID: ErrInvalid, ethengine.SYNCING: ErrSyncing, ethengine.ACCEPTED: ErrAccepted, "WEIRD": ErrUnknownStatus} {
		err := CheckStatus("engine_newPayloadV4", ethengine.PayloadStatusV1{Status: status, LatestValidHash: &h, ValidationError: &msg})
		if !errors.Is(err, want) {
			t.Errorf("%s: %v is not %v", status, err, want)
		}
		for _, other := range []error{ErrInvalid, ErrSyncing, ErrAccepted, ErrUnknownStatus} {
			if other != want && errors.Is(err, other) {
				t.Errorf("%s matches %v too", status, other)
			}
		}
		var se *StatusError
		if !errors.As(err, &se) || se.LatestValidHash() != h || !strings.Contains(err.Error(), msg) {
			t.Errorf("%s: %v lacks its details", status, err)
		}
	}
	if err := CheckStatus("m", ethengine.PayloadStatusV1{Status: ethengine.VALID}); err != nil {
		t.Fatalf("VALID: %v", err)
	}
}

func TestFork(t *testing.T) {
	cfg := *params.AllDevChainProtocolChanges
	cfg.BogotaTime = nil
	f, err := Fork(&cfg, 100)
	if err != nil || f != forks.Osaka {
		t.Fatalf("dev config at 100: %v %v, want Osaka", f, err)
	}
	m, _ := MethodsFor(f)
	if m.GetPayload != "engine_getPayloadV5" || m.NewPayload != "engine_newPayloadV4" || m.ForkchoiceUpdated != "engine_forkchoiceUpdatedV3" {
		t.Fatalf("Osaka methods %+v", m)
	}
	bogota := *params.AllDevChainProtocolChanges
	if _, err := Fork(&bogota, 100); !errors.Is(err, ErrForkNotSupported) || !strings.Contains(err.Error(), "Bogota") {
		t.Fatalf("Bogota: %v, want ErrForkNotSupported naming it", err)
	}
}

// stubEngine answers the engine namespace over a real rpc server, recording
// what it was sent.
type stubEngine struct {
	gotRequests []hexutil.Bytes
	gotHashes   []common.Hash
	status      string
}

func (s *stubEngine) ForkchoiceUpdatedV3(state ethengine.ForkchoiceStateV1, attrs *ethengine.PayloadAttributes) (ethengine.ForkChoiceResponse, error) {
	if attrs != nil && attrs.Timestamp == 0 {
		return ethengine.STATUS_INVALID, ethengine.InvalidPayloadAttributes.With(errors.New("zero timestamp"))
	}
	id := ethengine.PayloadID{3, 1}
	return ethengine.ForkChoiceResponse{PayloadStatus: ethengine.PayloadStatusV1{Status: s.status, LatestValidHash: &state.HeadBlockHash}, PayloadID: &id}, nil
}

func (s *stubEngine) GetPayloadV5(id ethengine.PayloadID) (*ethengine.ExecutionPayloadEnvelope, error) {
	return nil, ethengine.UnknownPayload
}

func (s *stubEngine) NewPayloadV4(data ethengine.ExecutableData, hashes []common.Hash, root *common.Hash, reqs []hexutil.Bytes) (ethengine.PayloadStatusV1, error) {
	s.gotRequests, s.gotHashes = reqs, hashes
	if reqs == nil || hashes == nil {
		return ethengine.PayloadStatusV1{Status: ethengine.INVALID}, errors.New("nil list")
	}
	return ethengine.PayloadStatusV1{Status: s.status}, nil
}

func (s *stubEngine) ExchangeCapabilities(caps []string) []string {
	return []string{"engine_forkchoiceUpdatedV3", "engine_newPayloadV4"}
}

func TestClientOverJWTAuthenticatedHTTP(t *testing.T) {
	stub := &stubEngine{status: ethengine.VALID}
	srv := rpc.NewServer()
	if err := srv.RegisterName("engine", stub); err != nil {
		t.Fatal(err)
	}
	defer srv.Stop()
	var secret [32]byte
	secret[0] = 7
	hs := httptest.NewServer(node.NewHTTPHandlerStack(srv, nil, []string{"*"}, secret[:], true))
	defer hs.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	// The wrong secret is refused by the node's JWT check.
	wrong := secret
	wrong[0] = 8
	bad, err := Dial(ctx, hs.URL, wrong)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bad.ExchangeCapabilities(ctx, nil); err == nil {
		t.Fatal("call with a wrong JWT secret succeeded")
	}
	bad.Close()
	if _, err := Dial(ctx, hs.URL, [32]byte{}); err == nil {
		t.Fatal("all-zero secret accepted")
	}

	c, err := Dial(ctx, hs.URL, secret, WithCallTimeout(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	res, err := c.ForkchoiceUpdated(ctx, forks.Osaka, ethengine.ForkchoiceStateV1{HeadBlockHash: common.Hash{9}}, &ethengine.PayloadAttributes{Timestamp: 5, Withdrawals: []*types.Withdrawal{}, BeaconRoot: &common.Hash{}})
	if err != nil || res.PayloadID == nil || *res.PayloadID != (ethengine.PayloadID{3, 1}) {
		t.Fatalf("fcu: %+v %v", res, err)
	}
	_, err = c.ForkchoiceUpdatedV3(ctx, ethengine.ForkchoiceStateV1{HeadBlockHash: common.Hash{9}}, &ethengine.PayloadAttributes{Withdrawals: []*types.Withdrawal{}, BeaconRoot: &common.Hash{}})
	if !errors.Is(err, ErrInvalidPayloadAttributes) || !strings.Contains(err.Error(), "zero timestamp") {
		t.Fatalf("fcu with bad attributes: %v, want ErrInvalidPayloadAttributes with its data", err)
	}
	if _, err := c.GetPayload(ctx, forks.Osaka, ethengine.PayloadID{1}); !errors.Is(err, ErrUnknownPayload) {
		t.Fatalf("getPayload: %v, want ErrUnknownPayload", err)
	}
	if _, err := c.GetPayload(ctx, forks.Prague, ethengine.PayloadID{1}); !errors.Is(err, ErrMethodNotFound) {
		t.Fatalf("getPayloadV4 on a node without it: %v, want ErrMethodNotFound", err)
	}
	// nil hashes and requests go out as empty lists, never null.
	if _, err := c.NewPayload(ctx, forks.Osaka, ethengine.ExecutableData{BaseFeePerGas: common.Big1, Transactions: [][]byte{}, LogsBloom: make([]byte, 256)}, nil, &common.Hash{}, nil); err != nil {
		t.Fatalf("newPayload: %v", err)
	}
	if stub.gotRequests == nil || stub.gotHashes == nil {
		t.Fatal("nil lists were sent as null")
	}
	stub.status = ethengine.SYNCING
	if _, err := c.NewPayloadV4(ctx, ethengine.ExecutableData{BaseFeePerGas: common.Big1, Transactions: [][]byte{}, LogsBloom: make([]byte, 256)}, nil, &common.Hash{}, [][]byte{{1, 2}}); !errors.Is(err, ErrSyncing) {
		t.Fatalf("SYNCING status: %v", err)
	}
	if len(stub.gotRequests) != 1 || stub.gotRequests[0][1] != 2 {
		t.Fatalf("requests sent as %v", stub.gotRequests)
	}
	if err := c.RequireMethods(ctx, forks.Osaka); !errors.Is(err, ErrMethodNotFound) || !strings.Contains(err.Error(), "engine_getPayloadV5") {
		t.Fatalf("RequireMethods: %v, want the missing getPayloadV5 named", err)
	}
	if _, err := c.GetPayload(ctx, forks.Amsterdam, ethengine.PayloadID{}); !errors.Is(err, ErrForkNotSupported) {
		t.Fatalf("Amsterdam: %v", err)
	}
}
