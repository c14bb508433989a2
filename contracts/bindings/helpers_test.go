package bindings

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

func sampleCall() BridgeHandleCall {
	return BridgeHandleCall{TokenType: TokenERC721, RequestTxHash: common.HexToHash("0xabcdef"), From: common.HexToAddress("0x1111"),
		To: common.HexToAddress("0x2222"), Token: common.HexToAddress("0x3333"), ValueOrTokenId: big.NewInt(42), RequestNonce: 7,
		RequestBlockNumber: 99, TokenURI: "ipfs://x", ExtraData: []byte("hello")}
}

func sampleDomain() HandleDomain {
	return HandleDomain{ChainID: big.NewInt(1337), Bridge: common.HexToAddress("0xb0"), SourceChainID: big.NewInt(5), SourceBridge: common.HexToAddress("0xa0")}
}

// The hand-packed digest equals go-ethereum's general EIP-712 implementation (apitypes, as eth_signTypedData_v4
// wallets compute it) for the Handle and Refund types. The contract tests check it against the Bridge itself.
func TestHandleVoteKeyMatchesEIP712(t *testing.T) {
	d, c := sampleDomain(), sampleCall()
	fields := []apitypes.Type{
		{Name: "sourceChainId", Type: "uint256"}, {Name: "sourceBridge", Type: "address"}, {Name: "epoch", Type: "uint64"},
		{Name: "requestNonce", Type: "uint64"}, {Name: "tokenType", Type: "uint8"}, {Name: "requestTxHash", Type: "bytes32"},
		{Name: "requestBlockNumber", Type: "uint64"}, {Name: "from", Type: "address"}, {Name: "to", Type: "address"},
		{Name: "token", Type: "address"}, {Name: "valueOrTokenId", Type: "uint256"}, {Name: "tokenURI", Type: "string"},
		{Name: "extraData", Type: "bytes"},
	}
	for _, tc := range []struct {
		primary string
		key     func(HandleDomain, uint64, BridgeHandleCall) common.Hash
	}{{"Handle", HandleVoteKey}, {"Refund", RefundVoteKey}} {
		td := apitypes.TypedData{
			Types: apitypes.Types{
				"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
					{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
				tc.primary: fields,
			},
			PrimaryType: tc.primary,
			Domain: apitypes.TypedDataDomain{Name: HandleDomainName, Version: HandleDomainVersion,
				ChainId: (*math.HexOrDecimal256)(d.ChainID), VerifyingContract: d.Bridge.Hex()},
			Message: apitypes.TypedDataMessage{
				"sourceChainId": (*math.HexOrDecimal256)(d.SourceChainID), "sourceBridge": d.SourceBridge.Hex(), "epoch": "3",
				"requestNonce": "7", "tokenType": "2", "requestTxHash": hexutil.Encode(c.RequestTxHash[:]),
				"requestBlockNumber": "99", "from": c.From.Hex(), "to": c.To.Hex(), "token": c.Token.Hex(),
				"valueOrTokenId": (*math.HexOrDecimal256)(c.ValueOrTokenId), "tokenURI": c.TokenURI, "extraData": hexutil.Encode(c.ExtraData),
			},
		}
		want, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatal(err)
		}
		if got := tc.key(d, 3, c); !bytes.Equal(got[:], want) {
			t.Fatalf("%s: digest %x, apitypes %x", tc.primary, got, want)
		}
	}
	if HandleVoteKey(d, 3, c) == RefundVoteKey(d, 3, c) || HandleVoteKey(d, 3, c) == HandleVoteKey(d, 4, c) {
		t.Fatal("the digest does not depend on the message type or the epoch")
	}
}

func TestSignAndRecoverHandle(t *testing.T) {
	key, _ := crypto.GenerateKey()
	me := crypto.PubkeyToAddress(key.PublicKey)
	digest := HandleVoteKey(sampleDomain(), 1, sampleCall())
	sig, err := SignHandle(key, digest)
	if err != nil {
		t.Fatal(err)
	}
	if sig[64] != 27 && sig[64] != 28 {
		t.Fatalf("v = %d", sig[64])
	}
	if got, err := RecoverHandleSigner(digest, sig); err != nil || got != me {
		t.Fatalf("recovered %s, %v; want %s", got, err, me)
	}
	// The malleable twin recovers to the same key in plain ecrecover, but is refused like the Bridge refuses it.
	twin := bytes.Clone(sig)
	s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(twin[32:64]))
	copy(twin[32:64], common.LeftPadBytes(s.Bytes(), 32))
	twin[64] = 55 - twin[64] // 27 <-> 28
	// The twin is a valid secp256k1 signature of the same key (so the
	// refusal below is the high-s rule, not a bad v).
	if pub, err := crypto.Ecrecover(digest[:], append(bytes.Clone(twin[:64]), twin[64]-27)); err != nil || crypto.PubkeyToAddress(*mustUnmarshal(t, pub)) != me {
		t.Fatalf("the malleable twin does not recover to the signer in plain ecrecover: %v", err)
	}
	for name, bad := range map[string][]byte{"malleable": twin, "short": sig[:64], "v": append(bytes.Clone(sig[:64]), 1)} {
		if _, err := RecoverHandleSigner(digest, bad); !errors.Is(err, ErrBadSignature) {
			t.Errorf("%s: %v, want ErrBadSignature", name, err)
		}
	}
}

func TestJoinHandleSignatures(t *testing.T) {
	digest := HandleVoteKey(sampleDomain(), 1, sampleCall())
	var sigs [][]byte
	var addrs []common.Address
	for i := 0; i < 4; i++ {
		key, _ := crypto.GenerateKey()
		sig, _ := SignHandle(key, digest)
		sigs = append(sigs, sig)
		addrs = append(addrs, crypto.PubkeyToAddress(key.PublicKey))
	}
	joined, err := JoinHandleSignatures(digest, append(sigs, sigs[2])) // one duplicate
	if err != nil {
		t.Fatal(err)
	}
	if len(joined) != 4*SignatureLength {
		t.Fatalf("%d bytes", len(joined))
	}
	sort.Slice(addrs, func(i, j int) bool { return bytes.Compare(addrs[i][:], addrs[j][:]) < 0 })
	for i := range addrs {
		got, err := RecoverHandleSigner(digest, joined[i*SignatureLength:(i+1)*SignatureLength])
		if err != nil || got != addrs[i] {
			t.Fatalf("position %d: %s (%v), want %s", i, got, err, addrs[i])
		}
	}
	if _, err := JoinHandleSignatures(digest, [][]byte{sigs[0][:10]}); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("short signature: %v", err)
	}
}

func mustUnmarshal(t *testing.T, pub []byte) *ecdsa.PublicKey {
	t.Helper()
	k, err := crypto.UnmarshalPubkey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return k
}
