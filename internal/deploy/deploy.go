package deploy

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
)

var (
	bridgeABI = bindings.NewBridge()
	anchorABI = bindings.NewAnchor()
	tokenABI  = bindings.NewServiceChainToken()
	nftABI    = bindings.NewServiceChainNFT()

	// MinterRole is keccak256("MINTER_ROLE"), the role of ServiceChainToken and ServiceChainNFT that may mint.
	MinterRole = crypto.Keccak256Hash([]byte("MINTER_ROLE"))
)

// Deployed is the result of one contract deployment.
type Deployed struct {
	Address common.Address // contract address
	Block   uint64         // block number of the creation transaction
}

func deployOne(ctx context.Context, b Backend, auth *bind.TransactOpts, what string, md *bind.MetaData, ctor []byte) (Deployed, error) {
	s, err := newSender(ctx, b, auth, "")
	if err != nil {
		return Deployed{}, err
	}
	addr, err := s.deploy(ctx, what, md, ctor)
	if err != nil {
		return Deployed{}, err
	}
	rs, err := s.wait(ctx)
	if err != nil {
		return Deployed{}, err
	}
	return Deployed{Address: addr, Block: rs[0].BlockNumber.Uint64()}, nil
}

// BridgeParams are the Bridge constructor arguments besides the owner (see the constructor's NatSpec).
type BridgeParams struct {
	Operators          []common.Address // registered at construction (may be empty)
	Threshold          uint8            // value-transfer threshold; 0 means 1
	ConfigThreshold    uint8            // configuration threshold; 0 means Threshold
	CounterpartChainID uint64           // chain id of the paired chain, bound into every vote key
	StartNonce         uint64           // first request nonce and initial lowerHandleNonce
}

func (p BridgeParams) constructor(owner common.Address) []byte {
	if p.Threshold == 0 {
		p.Threshold = 1
	}
	if p.ConfigThreshold == 0 {
		p.ConfigThreshold = p.Threshold
	}
	ops := p.Operators
	if ops == nil {
		ops = []common.Address{}
	}
	return bridgeABI.PackConstructor(owner, ops, p.Threshold, p.ConfigThreshold, p.CounterpartChainID, p.StartNonce)
}

// DeployBridge deploys a Bridge owned by owner (also its initial fee receiver), sent from auth, with the
// constructor arguments of params (at most one; none: no operators, thresholds 1, counterpart chain id 0, start
// nonce 0 — such a bridge handles nothing until its counterpart is set).
func DeployBridge(ctx context.Context, b Backend, auth *bind.TransactOpts, owner common.Address, params ...BridgeParams) (Deployed, error) {
	var p BridgeParams
	if len(params) > 0 {
		p = params[0]
	}
	return deployOne(ctx, b, auth, "deploy Bridge", &bindings.BridgeMetaData, p.constructor(owner))
}

// AnchorParams are the Anchor constructor arguments besides the owner.
type AnchorParams struct {
	Operators []common.Address // registered at construction (may be empty)
	Threshold uint8            // 0 means 1
}

func (p AnchorParams) constructor(owner common.Address) []byte {
	if p.Threshold == 0 {
		p.Threshold = 1
	}
	ops := p.Operators
	if ops == nil {
		ops = []common.Address{}
	}
	return anchorABI.PackConstructor(owner, ops, p.Threshold)
}

// DeployAnchor deploys an Anchor owned by owner, sent from auth, with the constructor arguments of params (at most
// one; none: no operators, threshold 1).
func DeployAnchor(ctx context.Context, b Backend, auth *bind.TransactOpts, owner common.Address, params ...AnchorParams) (Deployed, error) {
	var p AnchorParams
	if len(params) > 0 {
		p = params[0]
	}
	return deployOne(ctx, b, auth, "deploy Anchor", &bindings.AnchorMetaData, p.constructor(owner))
}

// DeployToken deploys a ServiceChainToken; admin gets the admin and minter roles and initialSupply (smallest
// unit, 18 decimals; nil = 0).
func DeployToken(ctx context.Context, b Backend, auth *bind.TransactOpts, name, symbol string, admin common.Address, initialSupply *big.Int) (Deployed, error) {
	if initialSupply == nil {
		initialSupply = new(big.Int)
	}
	return deployOne(ctx, b, auth, "deploy ServiceChainToken "+symbol, &bindings.ServiceChainTokenMetaData,
		tokenABI.PackConstructor(name, symbol, admin, initialSupply))
}

// DeployNFT deploys a ServiceChainNFT; admin gets the admin and minter roles.
func DeployNFT(ctx context.Context, b Backend, auth *bind.TransactOpts, name, symbol string, admin common.Address) (Deployed, error) {
	return deployOne(ctx, b, auth, "deploy ServiceChainNFT "+symbol, &bindings.ServiceChainNFTMetaData,
		nftABI.PackConstructor(name, symbol, admin))
}

// Send sends one call of contract `to` with ABI-encoded `data` (e.g. from a binding's Pack method) and `value`
// wei (nil = 0), waits for its receipt and fails with a *TxError naming `what` when it reverts.
func Send(ctx context.Context, b Backend, auth *bind.TransactOpts, what string, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	s, err := newSender(ctx, b, auth, "")
	if err != nil {
		return nil, err
	}
	return s.one(ctx, what, to, data, value)
}

// RegisterOperator registers operator on a Bridge or an Anchor (both have registerOperator(address)). Owner only.
func RegisterOperator(ctx context.Context, b Backend, auth *bind.TransactOpts, contract, operator common.Address) error {
	_, err := Send(ctx, b, auth, fmt.Sprintf("register operator %s on %s", operator, contract), contract,
		bridgeABI.PackRegisterOperator(operator), nil)
	return err
}

// DeregisterOperator removes operator from a Bridge or an Anchor. Owner only. The contract refuses when fewer
// operators than a threshold would remain.
func DeregisterOperator(ctx context.Context, b Backend, auth *bind.TransactOpts, contract, operator common.Address) error {
	_, err := Send(ctx, b, auth, fmt.Sprintf("deregister operator %s on %s", operator, contract), contract,
		bridgeABI.PackDeregisterOperator(operator), nil)
	return err
}

// SetThreshold sets a Bridge's threshold for voteType (bindings.VoteValueTransfer or VoteConfiguration).
// threshold must be between 1 and the number of registered operators.
func SetThreshold(ctx context.Context, b Backend, auth *bind.TransactOpts, bridge common.Address, voteType, threshold uint8) error {
	if voteType > bindings.VoteConfiguration {
		return fmt.Errorf("set threshold on %s: vote type %d, expected 0 (value transfer) or 1 (configuration)", bridge, voteType)
	}
	_, err := Send(ctx, b, auth, fmt.Sprintf("set threshold of vote type %d to %d on bridge %s", voteType, threshold, bridge),
		bridge, bridgeABI.PackSetOperatorThreshold(voteType, threshold), nil)
	return err
}

// SetAnchorThreshold sets an Anchor's threshold (1..operator count).
func SetAnchorThreshold(ctx context.Context, b Backend, auth *bind.TransactOpts, anchor common.Address, threshold uint8) error {
	_, err := Send(ctx, b, auth, fmt.Sprintf("set threshold to %d on anchor %s", threshold, anchor),
		anchor, anchorABI.PackSetThreshold(threshold), nil)
	return err
}

// RegisterToken pairs local token (on the bridge's chain) with counterpart (on the other chain) and, when
// mintBurn is true, switches it to mint/burn mode (the bridge must then hold the token's minter role; see
// GrantMinter). Owner only.
func RegisterToken(ctx context.Context, b Backend, auth *bind.TransactOpts, bridge, token, counterpart common.Address, mintBurn bool) error {
	s, err := newSender(ctx, b, auth, "")
	if err != nil {
		return err
	}
	if _, err := s.one(ctx, fmt.Sprintf("register token %s (counterpart %s) on bridge %s", token, counterpart, bridge),
		bridge, bridgeABI.PackRegisterToken(token, counterpart), nil); err != nil {
		return err
	}
	if mintBurn {
		_, err = s.one(ctx, fmt.Sprintf("set token %s to mint/burn on bridge %s", token, bridge),
			bridge, bridgeABI.PackSetTokenMintBurn(token, true), nil)
	}
	return err
}

// SetCounterpartBridge records the paired bridge on the other chain. Owner only.
func SetCounterpartBridge(ctx context.Context, b Backend, auth *bind.TransactOpts, bridge, counterpart common.Address) error {
	_, err := Send(ctx, b, auth, fmt.Sprintf("set counterpart bridge %s on bridge %s", counterpart, bridge),
		bridge, bridgeABI.PackSetCounterpartBridge(counterpart), nil)
	return err
}

// ChargeNativeLiquidity sends amount wei from auth to the bridge's native liquidity (owner or operator only).
func ChargeNativeLiquidity(ctx context.Context, b Backend, auth *bind.TransactOpts, bridge common.Address, amount *big.Int) error {
	if amount == nil || amount.Sign() <= 0 {
		return fmt.Errorf("charge native liquidity of bridge %s: amount %v wei, expected > 0", bridge, amount)
	}
	_, err := Send(ctx, b, auth, fmt.Sprintf("charge %s wei native liquidity into bridge %s", amount, bridge),
		bridge, bridgeABI.PackChargeNativeLiquidity(), amount)
	return err
}

// GrantMinter grants MINTER_ROLE of a ServiceChainToken or ServiceChainNFT to minter (usually a bridge). Token
// admin only.
func GrantMinter(ctx context.Context, b Backend, auth *bind.TransactOpts, token, minter common.Address) error {
	_, err := Send(ctx, b, auth, fmt.Sprintf("grant MINTER_ROLE of %s to %s", token, minter),
		token, tokenABI.PackGrantRole(MinterRole, minter), nil)
	return err
}

// Pause makes a bridge refuse new requests (handles go on). Owner only.
func Pause(ctx context.Context, b Backend, auth *bind.TransactOpts, bridge common.Address) error {
	_, err := Send(ctx, b, auth, "pause bridge "+bridge.Hex(), bridge, bridgeABI.PackPause(), nil)
	return err
}

// Unpause makes a paused bridge accept requests again. Owner only.
func Unpause(ctx context.Context, b Backend, auth *bind.TransactOpts, bridge common.Address) error {
	_, err := Send(ctx, b, auth, "unpause bridge "+bridge.Hex(), bridge, bridgeABI.PackUnpause(), nil)
	return err
}
