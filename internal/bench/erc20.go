package bench

// ERC-20 bursts (Options.Token): the senders' token balances and the
// bridge's allowance are set up before the burst, so that every request of
// the burst is one requestERC20Transfer call, as a user's wallet sends it
// after a one-time approve.

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/internal/chain"
)

var tokenABI = bindings.NewServiceChainToken()

// txOptions are the fee fields and signer Send uses for every transaction.
type txOptions struct {
	chainID     *big.Int
	signer      types.Signer
	tip, feeCap *big.Int // wei per gas (EIP-1559)
}

// prepareERC20 reads the source bridge's erc20Fee for o.Token, tops each
// sender up to its share of the burst (Count/len(Senders), rounded up, times
// Value + fee) from o.TokenFunder, approves the bridge for the maximum
// amount from each sender whose allowance is short, waits until all of it is
// included, and returns the fee (token units). Errors: an unregistered token
// (erc20Fee reverts), a sender short of tokens without a funder, a funder
// short of tokens, RPC failures, a reverted setup transaction.
func prepareERC20(ctx context.Context, o Options, txo txOptions) (*big.Int, error) {
	src := o.Src
	fee, err := src.bridge().ERC20Fee(ctx, o.Token)
	if err != nil {
		return nil, src.viewErr(err)
	}
	per := int64((o.Count + len(o.Senders) - 1) / len(o.Senders))
	share := new(big.Int).Mul(big.NewInt(per), new(big.Int).Add(o.Value, fee))
	var pending []common.Hash
	var funderNonce *uint64
	for _, key := range o.Senders {
		from := crypto.PubkeyToAddress(key.PublicKey)
		bal, err := tokenView(ctx, src, o.Token, tokenABI.PackBalanceOf(from), tokenABI.UnpackBalanceOf)
		if err != nil {
			return nil, err
		}
		if bal.Cmp(share) < 0 {
			if o.TokenFunder == nil {
				return nil, fmt.Errorf("bench: %s: sender %s holds %s of token %s, expected at least %s (its share of %d requests of %s + fee %s)",
					src.Name, from, bal, o.Token, share, o.Count, o.Value, fee)
			}
			if funderNonce == nil {
				n, err := src.Client.PendingNonceAt(ctx, crypto.PubkeyToAddress(o.TokenFunder.PublicKey))
				if err != nil {
					return nil, fmt.Errorf("bench: %s nonce of the token funder: %w", src.Name, err)
				}
				funderNonce = &n
			}
			h, err := sendTokenTx(ctx, o, txo, o.TokenFunder, *funderNonce, "transfer", tokenABI.PackTransfer(from, new(big.Int).Sub(share, bal)))
			if err != nil {
				return nil, err
			}
			*funderNonce++
			pending = append(pending, h)
		}
		allowance, err := tokenView(ctx, src, o.Token, tokenABI.PackAllowance(from, src.Bridge), tokenABI.UnpackAllowance)
		if err != nil {
			return nil, err
		}
		if allowance.Cmp(share) < 0 {
			n, err := src.Client.PendingNonceAt(ctx, from)
			if err != nil {
				return nil, fmt.Errorf("bench: %s nonce of %s: %w", src.Name, from, err)
			}
			unlimited := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
			h, err := sendTokenTx(ctx, o, txo, key, n, "approve", tokenABI.PackApprove(src.Bridge, unlimited))
			if err != nil {
				return nil, err
			}
			pending = append(pending, h)
		}
	}
	for _, h := range pending {
		r, err := chain.WaitReceipt(ctx, src.Client, h, 250*time.Millisecond)
		if err != nil {
			return nil, fmt.Errorf("bench: %s token setup tx %s: %w", src.Name, h, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("bench: %s token setup tx %s reverted (block %d)", src.Name, h, r.BlockNumber.Uint64())
		}
	}
	o.logf("%s: token %s: %d setup txs (transfers from the funder, approvals); fee %s a request", src.Name, o.Token, len(pending), fee)
	return fee, nil
}

// sendTokenTx signs and sends one call of method (data) on o.Token from key
// with the given nonce; the gas limit is the estimate plus a half.
func sendTokenTx(ctx context.Context, o Options, txo txOptions, key *ecdsa.PrivateKey, nonce uint64, method string, data []byte) (common.Hash, error) {
	src := o.Src
	from := crypto.PubkeyToAddress(key.PublicKey)
	gas, err := src.Client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &o.Token, Data: data})
	if err != nil {
		return common.Hash{}, fmt.Errorf("bench: %s token %s: %s from %s would fail: %w", src.Name, o.Token, method, from, err)
	}
	tx, err := types.SignNewTx(key, txo.signer, &types.DynamicFeeTx{
		ChainID: txo.chainID, Nonce: nonce, GasTipCap: txo.tip, GasFeeCap: txo.feeCap, Gas: gas * 3 / 2, To: &o.Token, Data: data,
	})
	if err != nil {
		return common.Hash{}, err
	}
	if err := src.Client.SendTransaction(ctx, tx); err != nil {
		return common.Hash{}, fmt.Errorf("bench: %s token %s: send %s from %s: %w", src.Name, o.Token, method, from, err)
	}
	return tx.Hash(), nil
}

// tokenView calls a uint256 view of token on c.
func tokenView(ctx context.Context, c Chain, token common.Address, data []byte, unpack func([]byte) (*big.Int, error)) (*big.Int, error) {
	out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &token, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("bench: %s token %s view: %w", c.Name, token, err)
	}
	v, err := unpack(out)
	if err != nil {
		return nil, fmt.Errorf("bench: %s token %s view: decode %x: %w", c.Name, token, out, err)
	}
	return v, nil
}
