// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// BridgeHandleCall is an auto generated low-level Go binding around an user-defined struct.
type BridgeHandleCall struct {
	TokenType          uint8
	RequestTxHash      [32]byte
	From               common.Address
	To                 common.Address
	Token              common.Address
	ValueOrTokenId     *big.Int
	RequestNonce       uint64
	RequestBlockNumber uint64
	TokenURI           string
	ExtraData          []byte
}

// BridgeMetaData contains all meta data concerning the Bridge contract.
var BridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"valueThreshold\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"configThreshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"counterpartChainId_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startNonce\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feeLimit\",\"type\":\"uint256\"}],\"name\":\"AmountBelowFeeLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"AttestationURLTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"BatchTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CounterpartNotSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DirectTransferRefused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"DuplicateSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ExtraDataTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"feeLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"InsufficientFeeLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"InsufficientLiquidity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"InsufficientPayment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"InsufficientSignatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"given\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"}],\"name\":\"InvalidConfigurationNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"InvalidHandleCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"operatorCount\",\"type\":\"uint256\"}],\"name\":\"InvalidThreshold\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTransferData\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"voteType\",\"type\":\"uint8\"}],\"name\":\"InvalidVoteType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"calls\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"signatures\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"NativeTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"NonceAlreadyHandled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"NonceOutOfWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"NonceRefunded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotOwnerOrOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OwnershipRenounceDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stipend\",\"type\":\"uint256\"}],\"name\":\"PayoutOutOfGas\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"RefundOfRefund\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerNotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignersNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"given\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"}],\"name\":\"StaleEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"counterpart\",\"type\":\"address\"}],\"name\":\"TokenAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenCallFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenIsLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"registered\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"expected\",\"type\":\"uint8\"}],\"name\":\"TokenTypeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TokenURITooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyOperators\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"url\",\"type\":\"string\"}],\"name\":\"AttestationURLAnnounced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"configurationNonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"voteKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"votes\",\"type\":\"uint8\"}],\"name\":\"ConfigurationVote\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"CounterpartBridgeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"configurationNonce\",\"type\":\"uint64\"}],\"name\":\"ERC20FeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"EpochChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"FeeReceiverChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"voteKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"HandleFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"handleNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"voteKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"refundRequestNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lowerHandleNonce\",\"type\":\"uint64\"}],\"name\":\"HandleRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"HandleSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"valueOrTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"handleNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lowerHandleNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"attestation\",\"type\":\"uint8\"}],\"name\":\"HandleValueTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"voteKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"votes\",\"type\":\"uint8\"}],\"name\":\"HandleVote\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"configurationNonce\",\"type\":\"uint64\"}],\"name\":\"NativeFeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"NativeLiquidityCharged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"voteType\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"OperatorThresholdChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"voteKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"votes\",\"type\":\"uint8\"}],\"name\":\"RefundVote\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"valueOrTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"RequestValueTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"valueOrTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"}],\"name\":\"RequestValueTransferWithURI\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"counterpartToken\",\"type\":\"address\"}],\"name\":\"TokenDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"mintBurn\",\"type\":\"bool\"}],\"name\":\"TokenMintBurnChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"counterpartToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"}],\"name\":\"TokenRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenUnlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTESTED_BY_SIGNATURES\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ATTESTED_BY_VOTES\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ERC20_PAYOUT_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ERC721_PAYOUT_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"HANDLE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"HANDLE_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ATTESTATION_URL_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BATCH_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EXTRA_DATA_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NONCE_ADVANCE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OPERATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TOKEN_URI_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NATIVE_PAYOUT_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REFUND_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TOKEN_ERC20\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TOKEN_ERC721\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TOKEN_NATIVE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOTE_CONFIGURATION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOTE_VALUE_TRANSFER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advanceLowerHandleNonce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"url\",\"type\":\"string\"}],\"name\":\"announceAttestationURL\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"attestationURL\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chargeNativeLiquidity\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configurationNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"counterpartBridge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"counterpartChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"counterpartToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"deregisterOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"deregisterToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"erc20Fee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeReceiver\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getOperatorList\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getRegisteredTokenList\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"valueOrTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structBridge.HandleCall[]\",\"name\":\"calls\",\"type\":\"tuple[]\"}],\"name\":\"handleBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"handleERC20Transfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"handleERC721Transfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"handleNativeTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"}],\"name\":\"handleNoncesToBlockNums\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch_\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"valueOrTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structBridge.HandleCall[]\",\"name\":\"calls\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"handleSignedBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"handleStatus\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"handled\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"voted\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"votedKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"votesForKey\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"epoch_\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"valueOrTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structBridge.HandleCall\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"handleVoteKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"voteKey\",\"type\":\"bytes32\"}],\"name\":\"handleVotes\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"handleWindowEnd\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"}],\"name\":\"handledNonces\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isOperator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"counterpart\",\"type\":\"address\"}],\"name\":\"localToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"lockToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lowerHandleNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nativeFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onTransferReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"voteType\",\"type\":\"uint8\"}],\"name\":\"operatorThresholds\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"recoveryBlockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"valueOrTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structBridge.HandleCall[]\",\"name\":\"calls\",\"type\":\"tuple[]\"}],\"name\":\"refundBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"valueOrTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structBridge.HandleCall\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"refundValueTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"valueOrTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structBridge.HandleCall\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"refundVoteKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"}],\"name\":\"refundedNonces\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"registerOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"counterpartToken\",\"type\":\"address\"}],\"name\":\"registerToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"registeredTokenType\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feeLimit\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"requestERC20Transfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"requestERC721Transfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"requestNativeTransfer\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"counterpart\",\"type\":\"address\"}],\"name\":\"setCounterpartBridge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"configurationNonce\",\"type\":\"uint64\"}],\"name\":\"setERC20Fee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"setFeeReceiver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"configurationNonce\",\"type\":\"uint64\"}],\"name\":\"setNativeFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"voteType\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setOperatorThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"mintBurn\",\"type\":\"bool\"}],\"name\":\"setTokenMintBurn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenMintBurn\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"unlockToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"upperHandleNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "Bridge",
	Bin: "0x61018080604052346104ca57616765803803809161001d82856104fd565b8339810160c0828203126104ca5761003482610520565b60208301519092906001600160401b0381116104ca5781019180601f840112156104ca578251926001600160401b0384116104ce578360051b906040519461007f60208401876104fd565b85526020808601928201019283116104ca57602001905b8282106104b2575050506100ac60408201610534565b906100b960608201610534565b6100d160a06100ca60808501610542565b9301610542565b91604051956100e16040886104fd565b6013875260208701907f73657276696365636861696e204272696467650000000000000000000000000082526040519061011c6040836104fd565b60018252603160f81b602083019081526001600160a01b0390911692831561049f57600180546001600160a01b03199081169091555f80549182168617815585916001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a35f5b895181101561023a57600581901b8a01602001516001600160a01b031690811561022b57815f52600360205260405f2054610218576020600254101561020457816101d9600193610869565b507f4d0eb1f4bac8744fd2be119845e23b3befc88094b42bcda1204c65694a00f9e55f80a20161018d565b634cc72ba160e11b5f52602060045260245ffd5b506342a8622160e01b5f5260045260245ffd5b63d92e233d60e01b5f5260045ffd5b50956040956060957fde3cd2be7e9ae1f7a2ad70ecd7323f887351d2a90eb1bd60f406f9f76b9de9c0989588958b958b988f61027581610596565b6101205261028284610731565b61014052519020918260e05251902080610100524660a05287519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452898301528a8201524660808201523060a082015260a081526102e860c0826104fd565b5190206080523060c0526102fb85610556565b61030483610556565b600a80546001600160a01b03191691909117905561016052835192610328846104e2565b5f84526001602085015260ff818116868601819052908316979094018790526008805460e09290921b60ff60e01b166001600160f01b03199092169190911760e89290921b60ff60e81b1691909117600160a01b179055825161038a816104e2565b5f196001851b01821680825260208083018290528286018290525f606093909301839052608084901b600160801b600160c01b031693861b6fffffffffffffffff0000000000000000166001600160c01b039092169190911792909217600755835190815290810191909152a1815190600182526020820152a17fdb3558259e039d7e50e816b9dcce30fb114d8a9c86eca5ab14b60194d6945d3f602060405160018152a1604051615e6f90816108f68239608051816153ca015260a05181615487015260c05181615394015260e051816154190152610100518161543f015261012051816118ce015261014051816118f8015261016051818181610a2f01528181610f9501528181613ce00152613dda0152f35b631e4fbdf760e01b5f525f60045260245ffd5b602080916104bf84610520565b815201910190610096565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b608081019081106001600160401b038211176104ce57604052565b601f909101601f19168101906001600160401b038211908210176104ce57604052565b51906001600160a01b03821682036104ca57565b519060ff821682036104ca57565b51906001600160401b03821682036104ca57565b60ff600254911680158015610583575b61056e575050565b6319355c0560e21b5f5260045260245260445ffd5b5081151580156105665750818111610566565b908151602081105f14610610575090601f8151116105d05760208151910151602082106105c1571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fd5b6001600160401b0381116104ce57600454600181811c91168015610727575b602082101461071357601f81116106e0575b50602092601f821160011461067f57928192935f92610674575b50508160011b915f199060031b1c19161760045560ff90565b015190505f8061065b565b601f1982169360045f52805f20915f5b8681106106c857508360019596106106b0575b505050811b0160045560ff90565b01515f1960f88460031b161c191690555f80806106a2565b9192602060018192868501518155019401920161068f565b60045f52601f60205f20910160051c810190601f830160051c015b8181106107085750610641565b5f81556001016106fb565b634e487b7160e01b5f52602260045260245ffd5b90607f169061062f565b908151602081105f1461075c575090601f8151116105d05760208151910151602082106105c1571790565b6001600160401b0381116104ce57600554600181811c9116801561085f575b602082101461071357601f811161082c575b50602092601f82116001146107cb57928192935f926107c0575b50508160011b915f199060031b1c19161760055560ff90565b015190505f806107a7565b601f1982169360055f52805f20915f5b86811061081457508360019596106107fc575b505050811b0160055560ff90565b01515f1960f88460031b161c191690555f80806107ee565b919260206001819286850151815501940192016107db565b60055f52601f60205f20910160051c810190601f830160051c015b818110610854575061078d565b5f8155600101610847565b90607f169061077b565b805f52600360205260405f2054155f146108f057600254680100000000000000008110156104ce5760018101806002558110156108dc577f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace018190556002545f9182526003602052604090912055600190565b634e487b7160e01b5f52603260045260245ffd5b505f9056fe60806040526004361015610027575b3615610018575f80fd5b635cb2191560e11b5f5260045ffd5b5f5f3560e01c90816302e544ac14613038578163035668d714610ade5781630548ce851461301e5781630575f19f1461300257816310693fcd14612f9857816313a6738a14612f64578163150b7a0214612eb1578163157252b814612e3157816317b0ac0f14612df35781631ad7bfaa14612d4d5781631b0e7f1614610ade5781631be619b914612d265781631d7f98e614612cdb5781631e69ef4014612cb45781632260474214612bdb57816326c23b5414612a8d57816329c6ab021461298f5781632b78c9f7146129755781632d88af4a1461290e5781632f88396c146127a25781633020855214612621578163307553f7146125fe578163343735d2146125e25781633682a4501461253a57816339356f3b14610aff5781633a348533146125125781633f4ba83a146124ab578163407e6bae146123a15781634560b9db146123845781634739f7e5146120385781634b40b8261461200f578163522c69b114611ff457816354edad7214611fcb5781635526f76b14611f655781635c975abb14611f43578163674125e214611f02578163674ef37714611ee65781636ad8e5e914611ce45781636d70f7ae14611cac578163715018a614611c8557816376a1c7e114611c695781637784faeb14611c24578163779a54d014611b0857816379ba509714611a975781637c1a030214611a715781637c6f315814611a545781638456cb59146119b057816384b0196e146118b557816388a7ca5c1461176d5781638a6ded1b146116db5781638da5cb5b146116b5578163900cf0cf1461168c578163910cd82e146115bd57816392beb33514611585578163989ba0d314611565578163996f79c0146115485781639cc1e666146115085781639ef2017b146114a35781639fd0506d1461147b578163ac6fff0b14611452578163af0bc79a146113e6578163afb60223146112ad578163b1bfafd714611190578163b2c010301461111c578163b3f00674146110f4578163b7dc671814610fb9578163b8b5b33414610f76578163b8ed029b14610f28578163bab2af1d14610d82578163be3360f914610b78578163c36dffec14610b5b578163c8cc498414610b1a578163cfdbf25414610aff578163d3afc0a114610ae3578163d863cf3a14610ade578163d89c632a1461099e578163d8cf98ca146108ad578163d91672321461086d578163e30c397814610845578163e6c43b1614610718578163ea21eade1461068b578163ee2aec6514610580578163efdcd97414610508578163f2fde38b1461049c578163f519c6d5146103ec578163fa463058146103f1575063fc27367a0361000e575b613038565b34610499576020366003190112610499576004356001600160401b0381116104975761014060031982360301126104975761042a613726565b61043f335f52600360205260405f2054151590565b15610484576104556104639136906004016132a2565b61045d613c52565b9061450a565b8051908161047f5782805f516020615e4f5f395f51905f525d80f35b602001fd5b633b63649d60e11b825233600452602482fd5b505b80fd5b34610499576020366003190112610499576104b561306d565b6104bd613686565b600180546001600160a01b0319166001600160a01b0392831690811790915582549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b346104995760203660031901126104995761052161306d565b610529613686565b6001600160a01b0316801561057157600a80546001600160a01b031916821790557f647672599d3468abcfa241a13c9e3d34383caadb5cc80fb67c3cdfcd5f7860598280a280f35b63d92e233d60e01b8252600482fd5b3461049957604036600319011261049957610599613223565b9060243560ff8116928382036106875760ff906105b4613686565b169060018211610673576002548415801561066a575b610653575081846040927fde3cd2be7e9ae1f7a2ad70ecd7323f887351d2a90eb1bd60f406f9f76b9de9c094155f14610631576008805460ff60e01b191660e09290921b60ff60e01b169190911790555b82519182526020820152a161062e614081565b80f35b6008805460ff60e81b191660e89290921b60ff60e81b1691909117905561061b565b6319355c0560e21b84526004859052602452604483fd5b508085116105ca565b632081b22360e01b83526004829052602483fd5b8280fd5b3461049957806003193601126104995760405180916020600e54928381520191600e82527fbb7b4a454dc3493923482f07822329ed19e8244eff582cc204f8554c3620c3fd915b8181106106f9576106f5856106e981870382613202565b604051918291826133e8565b0390f35b82546001600160a01b03168452602090930192600192830192016106d2565b346104995760e036600319011261049957610731613083565b610739613099565b6084356001600160401b038116809103610841576107556130ef565b60c4356001600160401b03811161083d5761077490369060040161312f565b92909361077f613726565b610794335f52600360205260405f2054151590565b1561082a5761046395949261081694926001600160401b0392604051976107ba896131e6565b8a895260043560208a015260018060a01b0316604089015260018060a01b0316606088015288608088015260643560a088015260c08701521660e0850152604051610806602082613202565b868152610100850152369161324e565b610120820152610824613c52565b9061441c565b633b63649d60e11b875233600452602487fd5b8580fd5b8380fd5b346104995780600319360112610499576001546040516001600160a01b039091168152602090f35b34610499576020366003190112610499576020906001600160a01b0361089161306d565b16815260118252604060018060a01b0391205416604051908152f35b34610499576020366003190112610499576108c661306d565b6108ce613686565b6001600160a01b03165f818152600360205260409020541561098c576002545f1981019081116109785760ff6109026135bc565b81606081604084015116920151168082115f1461097157505b1680821061095b57505061092e816152b6565b507f6dd4ca66565fb3dee8076c654634c6c4ad949022d809d0394308617d6791218d8280a261062e614081565b6319355c0560e21b845260045260245250604490fd5b905061091b565b634e487b7160e01b83526011600452602483fd5b633b63649d60e11b8252600452602490fd5b34610499576020366003190112610499576004356001600160401b038111610497576101c06020926109d660429336906004016132a2565b6109de613c52565b915061010081015185815191012060a0610120830151878151910120926001600160401b0388600180851b0387511696015116604051955f516020615def5f395f51905f5287526001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168a8801526040870152606086015260c081015160808601528051828601528781015160c086015260e081015160e086015260408101516101008601526060810151610120860152608081015161014086015201516101608401526101808301526101a082015220610abe615391565b906040519161190160f01b83526002830152602282015220604051908152f35b613052565b3461049957806003193601126104995760206040516110008152f35b34610499578060031936011261049957602060405160648152f35b346104995760203660031901126104995760209060ff906040906001600160a01b03610b4461306d565b16815260108452205460a81c166040519015158152f35b3461049957806003193601126104995760206040516207a1208152f35b34610499576020366003190112610499576004356001600160401b03811161049757610ba890369060040161312f565b90610bbe335f52600360205260405f2054151590565b15610d6f576101008211610d55573383526017602052604083206001600160401b038311610d4157610bf08154613625565b601f8111610cfc575b508284601f8211600114610c7057917f2cd84679a98a61ea3f4ce2baa85057bf713ac4f20d21dd76d04dd04317f604949391610c5f938791610c65575b508560011b905f198760031b1c19161790555b604051918291602083523395602084019161355b565b0390a280f35b905082013587610c36565b82865260208620915084601f198116875b818110610ce15750917f2cd84679a98a61ea3f4ce2baa85057bf713ac4f20d21dd76d04dd04317f60494959391610c5f959310610cc8575b5050600185811b019055610c49565b8301355f19600388901b60f8161c191690558680610cb9565b86840135855560019094019360209384019388935001610c81565b81855260208520601f850160051c81019160208610610d37575b601f0160051c01905b818110610d2c5750610bf9565b858155600101610d1f565b9091508190610d16565b634e487b7160e01b84526041600452602484fd5b630c69085160e41b83526004829052610100602452604483fd5b633b63649d60e11b835233600452602483fd5b3461049957602036600319011261049957610d9b61306d565b610da3613686565b6001600160a01b0316808252600f6020526040822054908115610f165780835260106020526040832054600e546001600160a01b0390911692905f198101908111610f0257610df19061357b565b905460039190911b1c6001600160a01b03165f198201828111610eee5781610e1b610e3f9261357b565b81546001600160a01b0393841660039290921b91821b9390911b1916919091179055565b8452600f6020526040842055600e548015610eda575f1901610e608161357b565b81549060018060a01b039060031b1b19169055600e55808352600f60205282604081205580835260106020528260408120558183526011602052604083206bffffffffffffffffffffffff60a01b81541690557fa785319dae49924059865d6acbf4be423369a28126bbefb05c9f903c8f81cc978380a380f35b634e487b7160e01b84526031600452602484fd5b634e487b7160e01b86526011600452602486fd5b634e487b7160e01b85526011600452602485fd5b63ddef98d760e01b8352600452602482fd5b34610499576020366003190112610499576020610f6c6001600160401b03610f4e6130d9565b1660ff6001918060081c5f526013602052161b60405f205416151590565b6040519015158152f35b3461049957806003193601126104995760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610499578060031936011261049957610fd1613726565b610fd961348a565b60208101906001600160401b03825116906001600160401b03610ffd606484613a42565b169260608201925b6001600160401b03811685811090816110cc575b501561104157806001600160401b0361103461103c936136e4565b168552614292565b611005565b6040939450611081916001600160401b03809216815261107a828551166001600160401b03166001600160401b03196007541617600755565b511661365d565b0151906001600160801b03600754916001600160401b0360c01b905160c01b16926001600160401b0360801b9060801b1691161717600755805f516020615e4f5f395f51905f525d80f35b6110ee915060ff6001918060081c5f526012602052161b60405f205416151590565b87611019565b34610499578060031936011261049957600a546040516001600160a01b039091168152602090f35b3461049957806003193601126104995760405180916020600254928381520191600282527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace915b81811061117a576106f5856106e981870382613202565b8254845260209093019260019283019201611163565b34610499576020366003190112610499576001600160a01b036111b161306d565b166111c7815f52600360205260405f2054151590565b156112935781526017602052604081209060405191818154916111e983613625565b80865292600181169081156112695750600114611228575b50505090611214816106f5930382613202565b6040519182916020835260208301906133c4565b815260208120939250905b80821061124f57509091508101602001611214826106f5611201565b919260018160209254838588010152019101909291611233565b8695506106f59693506020925061121494915060ff191682840152151560051b8201019293611201565b506040516106f5916112a6602083613202565b8152611214565b3461049957610120366003190112610499576112c7613083565b6112cf613099565b6112d76130af565b6112df6130ef565b6112e7613105565b60e4356001600160401b0381116113e25761130690369060040161312f565b929093610104356001600160401b0381116113de5761132990369060040161312f565b969097611334613726565b611349335f52600360205260405f2054151590565b156113cb57604097946001600160401b036113be9561081699956104639c999583958d519d8e91611379836131e6565b6002835260043560208401526001600160a01b03908116919092015290811660608e01521660808c015260843560a08c01521660c08a01521660e0880152369161324e565b610100850152369161324e565b633b63649d60e11b8a523360045260248afd5b8880fd5b8680fd5b34610499576020366003190112610499576113ff61306d565b611407613686565b600880546001600160a01b0319166001600160a01b039290921691821790557f03461fa9b770412ae6f0763db8338a5ae7b6db78a6150d16d170c23bd838cf418280a261062e614081565b3461049957806003193601126104995760206001600160401b0360095460401c16604051908152f35b34610499578060031936011261049957600b546040516001600160a01b039091168152602090f35b34610499576020366003190112610499576114bc61306d565b6114c4613686565b6114cd816136ac565b805460ff60a81b191690556001600160a01b03167f81ec08d3372506e176c49e626d8beb7e091712ef92908a130f4ccc6524fe2eec8280a280f35b34610499576020366003190112610499576020906001600160a01b0361152c61306d565b16815260108252604060018060a01b0391205416604051908152f35b346104995780600319360112610499576020600c54604051908152f35b34610499578060031936011261049957602060075460c01c604051908152f35b34610499576020366003190112610499576020906040906001600160a01b036115ac61306d565b168152600d83522054604051908152f35b346104995760403660031901126104995760c0906115d96130d9565b906115e2613083565b9060ff816001600160401b036115f78661403f565b9516938484526015602052604084209060018060a01b03165f5260205260405f20548093811515958661166b575b5050506116306135bc565b926001600160401b036020846040870151169501511694604051961515875260208701526040860152166060840152608083015260a0820152f35b849350816040916116839493526015602052206141dc565b16828780611625565b3461049957806003193601126104995760206001600160401b0360085460a01c16604051908152f35b34610499578060031936011261049957546040516001600160a01b039091168152602090f35b34610499576040366003190112610499576116f461306d565b6024359081151591828103610841577f75a57daab2bc8724bccad88144be7cec7695122a61f4bf3ad07bac13d3209f2691611759602092611733613686565b61173c836136ac565b805460ff60b01b191691151560b01b60ff60b01b16919091179055565b6040519384526001600160a01b031692a280f35b346104995761177b3661315c565b90949350611787613726565b61178f61375b565b61179833613833565b90608081106118a6578501926060868503126118a2576117b7866130c5565b936020870135966040810135906001600160401b03821161189e576117dd929101613284565b936001600160a01b031690811561188f578684111561187857338652600d60205260408620549384881061186157876118209186611827999a036118485761354e565b9233613e6b565b5f516020615e4f5f395f51905f525d604051632229f29760e21b8152602090f35b61185c611855888461354e565b8533614259565b61354e565b604487868a631ea9061160e21b8352600452602452fd5b604486888663be811a8760e01b8352600452602452fd5b63d92e233d60e01b8652600486fd5b8780fd5b8480fd5b630603579d60e21b8552600485fd5b34610499578060031936011261049957611954906118f27f0000000000000000000000000000000000000000000000000000000000000000615104565b9061191c7f00000000000000000000000000000000000000000000000000000000000000006151fe565b906020611962604051936119308386613202565b8385525f368137604051968796600f60f81b885260e08589015260e08801906133c4565b9086820360408801526133c4565b904660608601523060808601528260a086015284820360c08601528080855193848152019401925b82811061199957505050500390f35b83518552869550938101939281019260010161198a565b3461049957806003193601126104995780546001600160a01b031633141580611a2d575b611a1a576119e061375b565b600160ff1960065416176006557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a180f35b63118cdaa760e01b815233600452602490fd5b5060018060a01b03600b541680331490811591611a4b575b506119d4565b90501582611a45565b346104995780600319360112610499576020600254604051908152f35b3461049957806003193601126104995760206001600160401b0360075416604051908152f35b34610499578060031936011261049957600154336001600160a01b0390911603611a1a57600180546001600160a01b0319908116909155815433918116821783556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08380a380f35b34610499576020366003190112610499576004356001600160401b03811161049757611b38903690600401613394565b90611b41613726565b611b56335f52600360205260405f2054151590565b15610d6f5760648211611c0b57611b6b613c52565b90835b838110611b895784805f516020615e4f5f395f51905f525d80f35b600190611ba036611b9b838887613602565b6132a2565b611bab8584836147bd565b908151611bbb575b505001611b6e565b60c06001600160401b03910151167fcef81322cf375ac960230d0b10c7dc293c60ce5e786a2b28f76fd3b43e6b29c96040516020815280611c01339560208301906133c4565b0390a38680611bb3565b63bb1cb70b60e01b835260048290526064602452604483fd5b346104995760403660031901126104995760ff611c606020926001600160401b03611c4d6130d9565b16815260158452604060243591206141dc565b16604051908152f35b3461049957806003193601126104995760206040516102008152f35b34610499578060031936011261049957600490611ca0613686565b631ef88dcb60e11b8152fd5b34610499576020366003190112610499576020610f6c6001600160a01b03611cd261306d565b165f52600360205260405f2054151590565b3461049957606036600319011261049957611cfd6130d9565b6024356001600160401b03811161068757611d1c903690600401613394565b91906044356001600160401b0381116118a257611d3d903690600401613394565b611d48939193613726565b60648511611ecd57848103611eb657611d5f613c52565b916001600160401b03806020850151169116818103611ea1575050855b858110611d975786805f516020615e4f5f395f51905f525d80f35b60c0611da4828887613602565b0135906001600160401b038216918281036113de57611dc28161403f565b15611e265791611dd3600193614163565b905b8151611de4575b505001611d7c565b7fcef81322cf375ac960230d0b10c7dc293c60ce5e786a2b28f76fd3b43e6b29c96040516020815280611e1c339560208301906133c4565b0390a38880611ddc565b50611e32818887613602565b9183821015611e8d578160051b870135601e1988360301811215611e89578701928335936001600160401b038511611e8557602001908436038213611e8557600194611e7f9288926140f5565b90611dd5565b8a80fd5b8980fd5b634e487b7160e01b89526032600452602489fd5b636742e21160e11b8852600452602452604486fd5b6355c5b3e360e11b86526004859052602452604485fd5b63bb1cb70b60e01b865260048590526064602452604486fd5b34610499578060031936011261049957602060405161c3508152f35b346104995760203660031901126104995760209060ff906040906001600160a01b03611f2c61306d565b16815260108452205460b01c166040519015158152f35b34610499578060031936011261049957602060ff600654166040519015158152f35b346104995760203660031901126104995760ff611f80613223565b169060018211611fb95760ff90602092611f986135bc565b9150611faf5760400151165b60ff60405191168152f35b6060015116611fa4565b602491632081b22360e01b8252600452fd5b3461049957806003193601126104995760206001600160401b0360075460801c16604051908152f35b34610499578060031936011261049957602060405160028152f35b3461049957806003193601126104995760206001600160401b0360075460401c16604051908152f35b346104995760403660031901126104995761205161306d565b612059613083565b90612062613686565b6001600160a01b0381169081158015612373575b61236457803b1561235057818452601060205260408420546001600160a01b031615801590612330575b61230f57602084604051828101906301ffc9a760e01b82526301ffc9a760e01b6024820152602481526120d4604482613202565b519084617530fa84513d82612303575b50816122f9575b5080612294575b80612230575b15612228576002905b61219860405194612111866131b7565b6001600160a01b0390811680875260ff9490941660208088018281526040808a018b815260608b018c81528a8d526010909452908b2099518a549251915193516001600160b81b031990931695169490941760a09490941b60ff60a01b169390931790151560a81b60ff60a81b161791151560b01b60ff60b01b1691909117909555919391565b83855260116020526040852080546001600160a01b03191684179055600e54600160401b81101561221457916121fb602092610e1b8560017f0103f8026567c8396aa1dcd479b6c7d0eaab4b19f5d3d83adc242716987d6d0a9701600e5561357b565b600e54848752600f83526040872055604051908152a380f35b634e487b7160e01b86526041600452602486fd5b600190612101565b50602084604051828101906301ffc9a760e01b82526380ac58cd60e01b602482015260248152612261604482613202565b519084617530fa84513d82612288575b508161227e575b506120f8565b9050151585612278565b60201115915086612271565b50602084604051828101906301ffc9a760e01b825263ffffffff60e01b6024820152602481526122c5604482613202565b519084617530fa84513d826122ed575b50816122e3575b50156120f2565b90501515856122dc565b602011159150866122d5565b90501515856120eb565b602011159150866120e4565b634c99c27560e01b845260048290526001600160a01b038316602452604484fd5b506001600160a01b038381168552601160205260408520541615156120a0565b6322a2d07b60e21b84526004829052602484fd5b63d92e233d60e01b8452600484fd5b506001600160a01b03831615612076565b346104995780600319360112610499576020604051620186a08152f35b3461049957610100366003190112610499576123bb613083565b6123c3613099565b6123cb6130af565b6123d36130ef565b6123db613105565b9060e4356001600160401b0381116113e2576123fb90369060040161312f565b939094612406613726565b61241b335f52600360205260405f2054151590565b1561249857926001600160401b0361081695938193610463999896604051996124438b6131e6565b60018b5260043560208c015260018060a01b031660408b015260018060a01b031660608a015260018060a01b0316608089015260843560a08901521660c08701521660e0850152604051610806602082613202565b633b63649d60e11b885233600452602488fd5b346104995780600319360112610499576124c3613686565b60065460ff8116156125035760ff19166006557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a180f35b638dfc202b60e01b8252600482fd5b346104995780600319360112610499576008546040516001600160a01b039091168152602090f35b346104995760203660031901126104995761255361306d565b61255b613686565b6001600160a01b0316801561057157808252600360205260408220546125d057602060025410156125bc5761258f81615503565b507f4d0eb1f4bac8744fd2be119845e23b3befc88094b42bcda1204c65694a00f9e58280a261062e614081565b634cc72ba160e11b82526020600452602482fd5b6342a8622160e01b8252600452602490fd5b3461049957806003193601126104995760206040516101008152f35b34610499576020366003190112610499576020610f6c61261c6130d9565b61403f565b60603660031901126104995761263561306d565b602435906044356001600160401b0381116108415761265890369060040161312f565b9091612662613726565b61266a61375b565b6001600160a01b03169081156127935783156127845783341061276c57612691843461354e565b92600c54948585106127555782915f516020615e0f5f395f51905f52916126b9899695613f8e565b6126fa6126c4613fb2565b926001600160401b036040519485948a8652602086015216604084015289606084015260a06080840152339560a084019161355b565b0390a481612739575b81810361271f575b82805f516020615e4f5f395f51905f525d80f35b6127329161272c9161354e565b33613fe4565b818061270b565b600a546127509083906001600160a01b0316613fe4565b612703565b6044878787631ea9061160e21b8352600452602452fd5b63b99e2ab760e01b8552346004526024849052604485fd5b637c946ed760e01b8552600485fd5b63d92e233d60e01b8552600485fd5b34610499576060366003190112610499576127bb61306d565b6024356044356001600160401b0381168103610841576127e6335f52600360205260405f2054151590565b156128fb576001600160a01b03831680855260106020526040808620905191949190612811826131b7565b549060018060a01b03821690818152606060ff6020830194818160a01c168652818160a81c161515604085015260b01c161515910152156128e7575160ff165f1981016128cb5750826128649183613bad565b61286c578380f35b7f6a91eff89e3ef92a68a1a06533b9f18642d8bb26a562cdd84d033aa59a3753d791838552600d6020528060408620556128c1604051928392839092916001600160401b036020916040840195845216910152565b0390a28180808380f35b638c826f6b60e01b865260048590526024526001604452606485fd5b63ddef98d760e01b86526004859052602486fd5b633b63649d60e11b845233600452602484fd5b346104995760203660031901126104995761292761306d565b61292f613686565b600b80546001600160a01b0319166001600160a01b039290921691821790557fb80482a293ca2e013eda8683c9bd7fc8347cfdaeea5ede58cba46df502c2a6048280a280f35b346104995780600319360112610499576020604051818152f35b34610499576020366003190112610499576004356001600160401b038111610497576129bf903690600401613394565b906129c8613726565b6129dd335f52600360205260405f2054151590565b15610d6f5760648211611c0b576129f2613c52565b90835b838110612a105784805f516020615e4f5f395f51905f525d80f35b600190612a2236611b9b838887613602565b612a2d8588836147bd565b908151612a3d575b5050016129f5565b60c06001600160401b03910151167fcef81322cf375ac960230d0b10c7dc293c60ce5e786a2b28f76fd3b43e6b29c96040516020815280612a83339560208301906133c4565b0390a38680612a35565b346104995760a036600319011261049957612aa661306d565b90612aaf613083565b6064356044356084356001600160401b0381116118a257612ad490369060040161312f565b939095612adf613726565b612ae761375b565b612af081613833565b946001600160a01b03831615612bcc578315612bbd576001600160a01b038216808852600d602052604088205495868110612ba6575097612b8b91612b84612b71612b939a9b612b7f612b438b8b61344d565b6040516323b872dd60e01b602082015233602482015230604482015260648101919091529283906084820190565b03601f198101845283613202565b6143c4565b369161324e565b943391613e6b565b805f516020615e4f5f395f51905f525d80f35b631ea9061160e21b89526004526024869052604488fd5b637c946ed760e01b8752600487fd5b63d92e233d60e01b8752600487fd5b34612ca157612be93661315c565b9493612bf6939193613726565b612bfe61375b565b612c0781613776565b936001600160a01b03831615612ca5576001600160a01b038216803b15612ca1576040516323b872dd60e01b815233600482015230602482015260448101869052905f908290606490829084905af18015612c9657612c7a575b50612c7290612b939697369161324e565b933391613910565b612b93965090612c8d5f612c7293613202565b5f965090612c61565b6040513d5f823e3d90fd5b5f80fd5b63d92e233d60e01b5f5260045ffd5b34612ca1575f366003190112612ca15760206040515f516020615def5f395f51905f528152f35b34612ca1576020366003190112612ca1576004356001600160401b038111612ca157612d1e612d1060209236906004016132a2565b612d18613c52565b90613c87565b604051908152f35b34612ca1575f366003190112612ca15760206040515f516020615e2f5f395f51905f528152f35b34612ca1576040366003190112612ca1576004356024356001600160401b0381168103612ca157612d89335f52600360205260405f2054151590565b15612de057612d988282613a62565b612d9e57005b600c829055604080519283526001600160401b039190911660208301527f36095df29826e50f9648f85fb87267aa950fdbbd7898d8966c9057916bdda04e91a1005b633b63649d60e11b5f523360045260245ffd5b34612ca1576020366003190112612ca1576001600160a01b03612e1461306d565b165f526010602052602060ff60405f205460a01c16604051908152f35b5f366003190112612ca1575f546001600160a01b031633141580612e95575b612e82576040513481527fc753013278ed4f23fc891dab1d808e573ed0c42484fc90893d07096f418184d860203392a2005b63242e9ab760e01b5f523360045260245ffd5b50612eab335f52600360205260405f2054151590565b15612e50565b34612ca157612ebf3661315c565b935091612eca613726565b612ed261375b565b612edb33613776565b9360608110612f5557830192604081850312612ca157612efa816130c5565b9360208201356001600160401b038111612ca157612f189201613284565b926001600160a01b0316908115612ca557612f339433613910565b5f5f516020615e4f5f395f51905f525d604051630a85bd0160e11b8152602090f35b630603579d60e21b5f5260045ffd5b34612ca1576020366003190112612ca1576020612f87612f826130d9565b6134d5565b6001600160401b0360405191168152f35b34612ca1576020366003190112612ca157612fb161306d565b612fb9613686565b612fc2816136ac565b805460ff60a81b1916600160a81b1790556001600160a01b03167fca1b0a14e18ada4c44846768dd186e35630cdc5cfeaca83c404ae4acaafbecd75f80a2005b34612ca1575f366003190112612ca15760206040516104008152f35b34612ca1575f366003190112612ca1576020612d1e61345a565b34612ca1575f366003190112612ca15760206040515f8152f35b34612ca1575f366003190112612ca157602060405160018152f35b600435906001600160a01b0382168203612ca157565b602435906001600160a01b0382168203612ca157565b604435906001600160a01b0382168203612ca157565b606435906001600160a01b0382168203612ca157565b35906001600160a01b0382168203612ca157565b600435906001600160401b0382168203612ca157565b60a435906001600160401b0382168203612ca157565b60c435906001600160401b0382168203612ca157565b35906001600160401b0382168203612ca157565b9181601f84011215612ca1578235916001600160401b038311612ca15760208381860195010111612ca157565b906080600319830112612ca1576004356001600160a01b0381168103612ca157916024356001600160a01b0381168103612ca1579160443591606435906001600160401b038211612ca1576131b39160040161312f565b9091565b608081019081106001600160401b038211176131d257604052565b634e487b7160e01b5f52604160045260245ffd5b61014081019081106001600160401b038211176131d257604052565b90601f801991011681019081106001600160401b038211176131d257604052565b6004359060ff82168203612ca157565b6001600160401b0381116131d257601f01601f191660200190565b92919261325a82613233565b916132686040519384613202565b829481845281830111612ca1578281602093845f960137010152565b9080601f83011215612ca15781602061329f9335910161324e565b90565b919061014083820312612ca157604051906132bc826131e6565b8193803560ff81168103612ca1578352602081013560208401526132e2604082016130c5565b60408401526132f3606082016130c5565b6060840152613304608082016130c5565b608084015260a081013560a084015261331f60c0820161311b565b60c084015261333060e0820161311b565b60e08401526101008101356001600160401b038111612ca157810182601f82011215612ca157828160206133669335910161324e565b610100840152610120810135916001600160401b038311612ca1576101209261338f9201613284565b910152565b9181601f84011215612ca1578235916001600160401b038311612ca1576020808501948460051b010111612ca157565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b60206040818301928281528451809452019201905f5b81811061340b5750505090565b82516001600160a01b03168452602093840193909201916001016133fe565b90611000820180921161343957565b634e487b7160e01b5f52601160045260245ffd5b9190820180921161343957565b61329f6001600160401b038060075460801c1681600954168082115f1461348357505b1661342a565b905061347d565b60405190613497826131b7565b8160606007546001600160401b03811683526001600160401b038160401c1660208401526001600160401b038160801c16604084015260c01c910152565b6134dd61348a565b6001600160401b0382169060018201808311613439576001600160401b036020830151161461353b57506135289060ff6001918060081c5f526012602052161b60405f205416151590565b156135365761329f906136e4565b505f90565b606001516001600160401b031692915050565b9190820391821161343957565b908060209392818452848401375f828201840152601f01601f1916010190565b600e5481101561359357600e5f5260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd5b8054821015613593575f5260205f2001905f90565b604051906135c9826131b7565b81606060ff60085460018060a01b03811684526001600160401b038160a01c166020850152818160e01c16604085015260e81c16910152565b91908110156135935760051b8101359061013e1981360301821215612ca1570190565b90600182811c92168015613653575b602083101461363f57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691613634565b67ffffffffffffffff60401b6007549160401b169067ffffffffffffffff60401b191617600755565b5f546001600160a01b0316330361369957565b63118cdaa760e01b5f523360045260245ffd5b6001600160a01b039081165f818152601060205260409020805490939216156136d25750565b63ddef98d760e01b5f5260045260245ffd5b673fffffffffffffff8160021c165f52601460205260405f205460c0600383169260061b169180830460401490151715613439576001600160401b03911c1690565b5f516020615e4f5f395f51905f525c61374c5760015f516020615e4f5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b60ff6006541661376757565b63d93c066560e01b5f5260045ffd5b6001600160a01b03165f81815260106020526040908190209051919061379b836131b7565b549160018060a01b038316808252602082019060ff8560a01c16825260ff60606040850194828860a81c1615158652019560b01c161515855215613820575160ff1660011981016138055750516137f3575051151590565b637e4e19fb60e01b5f5260045260245ffd5b82638c826f6b60e01b5f52600452602452600260445260645ffd5b8263ddef98d760e01b5f5260045260245ffd5b6001600160a01b03165f818152601060205260409081902090519190613858836131b7565b549160018060a01b038316808252602082019060ff8560a01c16825260ff60606040850194828860a81c1615158652019560b01c161515855215613820575160ff165f1981016138af5750516137f3575051151590565b82638c826f6b60e01b5f52600452602452600160445260645ffd5b926001600160401b0361329f9593613902936002875260208701521660408501525f606085015260c0608085015260c08401906133c4565b9160a08184039101526133c4565b9490919392946139208251613f8e565b61392a84826142af565b9283516102008111613a0c5750613991575b61398c7fd877478140c2c964aae8c748c33e494e87bb4a992f671cee5d89e5ffb3ea6f3c93613969613fb2565b6040516001600160a01b03948516998516989094169693948594909190856138ca565b0390a4565b6001600160a01b03811692833b15612ca1575f8094602460405180978193630852cd8d60e31b83528a60048401525af1908115612c96577fd877478140c2c964aae8c748c33e494e87bb4a992f671cee5d89e5ffb3ea6f3c9461398c926139fc575b5093505061393c565b5f613a0691613202565b5f6139f3565b6344d5383960e01b5f5260045261020060245260445ffd5b6001600160401b036001911601906001600160401b03821161343957565b906001600160401b03809116911601906001600160401b03821161343957565b906001600160401b038060095460401c169216828103613b965760ff6060613a886135bc565b936001600160401b036020860151169060405190602082019283525f60408301525f84830152608082015260808152613ac260a082613202565b5190209301511691815f526016602052613adf8160405f20614375565b90929080613b8d575b613b77577f7d176d31d29eefc5a125c16ca1264448e54ad606a945ac89a0387e712f9a4c23613b34613b19856143af565b6040805195865260ff90911660208601523394918291820190565b0390a31015613b4257505f90565b613b4b90613a24565b67ffffffffffffffff60401b6009549160401b169067ffffffffffffffff60401b191617600955600190565b631c9bf28b60e31b5f526004523360245260445ffd5b50838310613ae8565b9050630dc3976f60e21b5f5260045260245260445ffd5b916001600160401b038060095460401c16931690838203613c1757606060ff91613bd56135bc565b946001600160401b036020870151169160405191602083019384526001604084015260018060a01b031684830152608082015260808152613ac260a082613202565b8382630dc3976f60e21b5f5260045260245260445ffd5b60405190613c3b826131b7565b5f6060838281528260208201528260408201520152565b613c5a613c2e565b50613c636135bc565b80519091906001600160a01b031615613c7857565b631b00256760e01b5f5260045ffd5b6042916101c0916101008101516020815191012060a061012083015160208151910120926001600160401b036020600180851b0387511696015116604051955f516020615e2f5f395f51905f5287526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660208801526040870152606086015260c08101516080860152805182860152602081015160c086015260e081015160e086015260408101516101008601526060810151610120860152608081015161014086015201516101608401526101808301526101a082015220613d71615391565b906040519161190160f01b8352600283015260228201522090565b916101c09160429360a0610100820151602081519101209161012081015160208151910120936001600160401b036020600180861b0383511692015116906040519687526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660208801526040870152606086015260c08101516080860152805182860152602081015160c086015260e081015160e086015260408101516101008601526060810151610120860152608081015161014086015201516101608401526101808301526101a082015220613d71615391565b929593909491948115613f7f57613e828551613f8e565b82613f5e575b613ef6575b61398c5f516020615e0f5f395f51905f5293613ea7613fb2565b936001600160401b03604051958695600187526020870152166040850152606084015260a0608084015260018060a01b03169660018060a01b03169560018060a01b03169460a08301906133c4565b6001600160a01b03831692833b15612ca1575f8094602460405180978193630852cd8d60e31b83528760048401525af1908115612c96575f516020615e0f5f395f51905f529461398c92613f4e575b50935050613e8d565b5f613f5891613202565b5f613f45565b600a54613f7a9084906001600160a01b03908116908716614259565b613e88565b637c946ed760e01b5f5260045ffd5b6104008111613f9a5750565b63cf198cef60e01b5f5260045261040060245260445ffd5b600754906001600160401b038216916001600160401b03613fd284613a24565b16906001600160401b03191617600755565b5f80808085855af13d1561403a573d613ffc81613233565b9061400a6040519283613202565b81525f60203d92013e5b1561401d575050565b63296c17bb60e21b5f5260018060a01b031660045260245260445ffd5b614014565b6001600160401b038060075460401c16911690811090811561405f575090565b61329f915060ff6001918060081c5f526012602052161b60405f205416151590565b7fdb3558259e039d7e50e816b9dcce30fb114d8a9c86eca5ab14b60194d6945d3f60206008546140bc6001600160401b038260a01c16613a24565b67ffffffffffffffff60a01b1990911660a082901b67ffffffffffffffff60a01b16176008556040516001600160401b039091168152a1565b61410590949391929436906132a2565b9161411082846148e8565b805161415c5750614144906141258385613c87565b9560ff604085015116906001600160401b0360c0870151169288614bc6565b9384511561415157505050565b61415a92614db1565b565b9450505050565b6001600160401b031661418d8160ff6001918060081c5f526013602052161b60405f205416151590565b156141b7576040519063044d271b60e11b602083015260248201526024815261329f604482613202565b6040519063ba9abdc160e01b602083015260248201526024815261329f604482613202565b6002545f9392909182855b8481106141f5575050505050565b81811015613593577f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace8101546001600160a01b03165f908152602084905260409020548414614247575b6001016141e7565b955f198114613439576001019561423f565b60405163a9059cbb60e01b60208201526001600160a01b039092166024830152604482019290925261415a91612b7f8260648101612b71565b6001600160401b03166001600160401b0381146134395760010190565b60405163c87b56dd60e01b815260048101929092525f90829060249082906001600160a01b03165afa5f91816142fa575b5061329f57506040516142f4602082613202565b5f815290565b9091503d805f833e61430c8183613202565b810190602081830312612ca1578051906001600160401b038211612ca1570181601f82011215612ca15780519061434282613233565b926143506040519485613202565b82845260208383010111612ca157815f9260208093018386015e83010152905f6142e0565b335f90815260208290526040902054821491614396918315614399576141dc565b91565b335f9081526020829052604090208290556141dc565b60ff8111156143be575060ff90565b60ff1690565b905f602091828151910182855af115612c96575f513d61441357506001600160a01b0381163b155b6143f35750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b600114156143ec565b90614428815f84614a21565b805161450457506001600160401b0360c0830151166144555f516020615e2f5f395f51905f528385613d8c565b90805f52601560205261446b8260405f20614375565b9160ff60408601511692806144fb575b6144ea57614488826143af565b6040805186815260ff9290921660208301523392917f16877b339913d1aa04a3225275647d79ee8d2c97458208bc17aed93de2e1c3e39190a310156144d9575b5050506040516142f4602082613202565b6144e292614f9e565b5f80806144c8565b935050505061329f915033906154ad565b5082821061447b565b91505090565b9061451781600184614a21565b8051614504575060c0820160406001600160401b03825116926145485f516020615def5f395f51905f528287613d8c565b93805f52601560205260ff61455f86855f20614375565b94909301511692806147b4575b6144ea57614579826143af565b6040805187815260ff9290921660208301523392917f2f3ea4a73259179e8832a01662df791ba532bddfa55cb694f2c1a50650ea05b99190a310156145c9575050506040516142f4602082613202565b7f1ff25529484ab8d5a0a07cdc09d14547ea1b30c83f112296c0c2c1ff5d42c5f4916001600160401b036060925116936001600160401b036146118160e08401511687615c5b565b81815116926146438361462386614292565b168084526001600160401b03166001600160401b03196007541617600755565b60208201916146548484511661365d565b6040810151906001600160801b0360075491898760c01b91015160c01b16928660801b9060801b16911617176007556146a4888060081c5f526013602052600160ff60405f2092161b8154179055565b602081015190604051918960208401526040830152604082526146c78783613202565b805160ff1660028103614750575060018060a01b03604082015116907fd877478140c2c964aae8c748c33e494e87bb4a992f671cee5d89e5ffb3ea6f3c60018060a01b036080830151169361010060a0840151930151906147306040519283928b3097856138ca565b0390a45b51169060405192835260208301526040820152a25f80806144c8565b90915f516020615e0f5f395f51905f5260018060a01b036040850151169260a0600180821b0360808701511695015160405191825260208201528760408201525f8a82015260a06080820152806147ac309460a08301906133c4565b0390a4614734565b5082821061456c565b916147c9818385614a21565b80516148e1575060c08301906001600160401b0382511692805f146148cb576148015f516020615def5f395f51905f525b8387613d8c565b93805f5260156020526148178560405f20614375565b93909260ff60408301511694806148c2575b6148af571561484a5750614579826143af565b6040516142f4602082613202565b949350614856826143af565b6040805186815260ff9290921660208301523392917f16877b339913d1aa04a3225275647d79ee8d2c97458208bc17aed93de2e1c3e39190a3101561489e575b50505061483c565b6148a792614f9e565b5f8080614896565b5050935050505061329f915033906154ad565b50848410614829565b6148015f516020615e2f5f395f51905f526147fa565b9250505090565b60c08101516001600160401b031691506149018261403f565b614a175760ff81511660028111918215614a01575b82156149e7575b82156149d4575b82156149b1575b505080156149aa575b6149855761494f6001600160401b0360075460801c1661342a565b811015614966575b506040516142f4602082613202565b61496e61345a565b8082101561497c5750614957565b61329f916154d8565b6040519063f2c8f62960e01b602083015260248201526024815261329f604482613202565b505f614934565b61010001515191506002036149cd57610200905b115f8061492b565b5f906149c5565b9150610400610120830151511191614924565b60808101516001600160a01b03161582151415925061491d565b60608101516001600160a01b0316159250614916565b5061329f90614163565b916001600160401b0360c08401511692614a3a8461403f565b614bba5760ff81511660028111908115614ba4575b8115614b8a575b8115614b77575b8115614b54575b508015614b37575b614b0f57614a876001600160401b0360075460801c1661342a565b841015614aec575b82614acf575b5050614aaa57506040516142f4602082613202565b60405190630649f12960e31b602083015260248201526024815261329f604482613202565b6040015190516001600160a01b0390811691161490505f80614a95565b614af461345a565b80851015614b025750614a8f565b9250505061329f916154d8565b5050506040519063f2c8f62960e01b602083015260248201526024815261329f604482613202565b50828015614a6c575060408101516001600160a01b031615614a6c565b610100830151519150600203614b7057610200905b115f614a64565b5f90614b69565b9050610400610120830151511190614a5d565b60808301516001600160a01b031615811514159150614a56565b60608301516001600160a01b0316159150614a4f565b50505061329f90614163565b929391936041808604950615801590614da5575b614d6457505f92835b858510614bfe575050505050506040516142f4602082613202565b614c1c604186028401602081013590604081359101355f1a85615553565b506004819392931015614d5057614d17576001600160a01b03828116911680821115614ca35750614c58815f52600360205260405f2054151590565b15614c695750600190940193614be3565b945050505091506001600160401b0360405192638c65f92360e01b602085015216602483015260448201526044815261329f606482613202565b94965094505050508103614ce4576001600160401b036040519263f7c23b2560e01b602085015216602483015260448201526044815261329f606482613202565b6001600160401b03604051926304a4e10160e01b602085015216602483015260448201526044815261329f606482613202565b5050505091506001600160401b0360405192630bbdd51760e21b602085015216602483015260448201526044815261329f606482613202565b634e487b7160e01b5f52602160045260245ffd5b9193905060ff92506001600160401b0360405194633b31dfe160e21b602087015216602485015260448401521660648201526064815261329f608482613202565b5060ff81168510614bda565b9091614dbd90826155d5565b909260c08301916001600160401b03835116918151614f18575050614e117f859c8b0bdac4452fe4778d2421a0b315980a994195a36a8c3490d48cb78eb5e1916001600160401b0360e08601511690615c5b565b91614e3c6001600160401b038451166001600160401b03166001600160401b03196007541617600755565b6001600160401b0360208401511692614e548461365d565b6040810151906001600160801b036007549160606001600160401b0360c01b91015160c01b16926001600160401b0360801b9060801b16911617176007556020840151614f0060ff8651169260018060a01b036040880151169560018060a01b03606089015116976101206001600160401b0360a0830151945116910151926040519687968752602087015260408601526060850152608084015260e060a084015260e08301906133c4565b600160c08301526001600160a01b03909616950390a4565b91945091507f22b21da82068f70f5c5c1933ceca5d9b14070059dbe07f473bf9dc7b50a29e9892506009546001600160401b038116851015614f77575b50614f7260405192839283526040602084015260408301906133c4565b0390a2565b6001600160401b03614f8886613a24565b16906001600160401b031916176009555f614f55565b9091614faa90826155d5565b909260c08301916001600160401b03835116918151614f18575050614ffe7f859c8b0bdac4452fe4778d2421a0b315980a994195a36a8c3490d48cb78eb5e1916001600160401b0360e08601511690615c5b565b916150296001600160401b038451166001600160401b03166001600160401b03196007541617600755565b6001600160401b03602084015116926150418461365d565b6040810151906001600160801b036007549160606001600160401b0360c01b91015160c01b16926001600160401b0360801b9060801b169116171760075560208401516150ed60ff8651169260018060a01b036040880151169560018060a01b03606089015116976101206001600160401b0360a0830151945116910151926040519687968752602087015260408601526060850152608084015260e060a084015260e08301906133c4565b5f60c08301526001600160a01b03909616950390a4565b60ff811461514a5760ff811690601f821161513b5760405191615128604084613202565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b50604051600454815f61515c83613625565b80835292600181169081156151df5750600114615180575b61329f92500382613202565b5060045f90815290917f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b5b8183106151c357505090602061329f92820101615174565b60209193508060019154838588010152019101909183926151ab565b6020925061329f94915060ff191682840152151560051b820101615174565b60ff81146152225760ff811690601f821161513b5760405191615128604084613202565b50604051600554815f61523483613625565b80835292600181169081156151df57506001146152575761329f92500382613202565b5060055f90815290917f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db05b81831061529a57505090602061329f92820101615174565b6020919350806001915483858801015201910190918392615282565b5f81815260036020526040902054801561538b575f198101818111613439576002545f198101919082116134395781810361533d575b5050506002548015615329575f19016153068160026135a7565b8154905f199060031b1b191690556002555f5260036020525f6040812055600190565b634e487b7160e01b5f52603160045260245ffd5b61537561534e61535f9360026135a7565b90549060031b1c92839260026135a7565b819391549060031b91821b915f19901b19161790565b90555f52600360205260405f20555f80806152ec565b50505f90565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480615484575b156153ec577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261547e60c082613202565b51902090565b507f000000000000000000000000000000000000000000000000000000000000000046146153c3565b9060405191631c9bf28b60e31b6020840152602483015260448201526044815261329f606482613202565b90604051916377733e4960e11b6020840152602483015260448201526044815261329f606482613202565b805f52600360205260405f2054155f1461353657600254600160401b8110156131d25761553c61535f82600185940160025560026135a7565b9055600254905f52600360205260405f2055600190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116155ca579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15612c96575f516001600160a01b038116156155c057905f905f90565b505f906001905f90565b5050505f9160039190565b60a081015181515f94939060ff1615615ad757604083015190516001600160a01b03908116911603615ab45760808201516001600160a01b0316905b819260018060a01b038316865260106020526040862060405190615634826131b7565b549360018060a01b03851690818352602083019160ff8760a01c16835260ff60606040860195828a60a81c1615158752019760b01c161515875215615a79575060ff90511660ff835116808203615a3957505051615a0357833b156159cd57620186a091600160ff835116145f1461592e578351156158ef5760608201516040516340c10f1960e01b60208201526001600160a01b03909116602482015260448101919091526156f181606481015b03601f198101835282613202565b905b5a615701603f85048561344d565b90619c4082018092116158db57106158cc578287805a94602081519101828a86f115933d93859190826158c3575b826158ad575b505061010084116158a3575b61574a84613233565b946157586040519687613202565b84865261576485613233565b602087019590601f19013687378a863e6158315750505160ff166001149283615827575b508261581c575b826157e6575b50506157b05791604051906157ab602083613202565b815290565b604051635274afe760e01b60208201526001600160a01b038216602480830191909152815292506157e2604484613202565b9190565b90809250519160208310928315615802575b5050505f80615795565b6020929350810103126108415751600114155f80806157f8565b81511515925061578f565b511592505f615788565b925092949693505061587a5750508051156158495790565b50604051633fb2da6d60e21b60208201526001600160a01b038316602480830191909152815261329f604482613202565b9391505060405192630b8d4c0960e31b60208501526024840152602483526157e2604484613202565b6101009350615741565b6158ba9192505a9061354e565b1015815f615735565b8515925061572f565b6307099c5360e21b8752600487fd5b634e487b7160e01b89526011600452602489fd5b606082015160405163a9059cbb60e01b60208201526001600160a01b039091166024820152604481019190915261592981606481016156e3565b6156f1565b83516207a1209350156159885761598260018060a01b036060840151166156e36101008501516040519485936350bb4e7f60e01b6020860152602485015260448401526060606484015260848301906133c4565b906156f3565b60608201516040516323b872dd60e01b60208201523060248201526001600160a01b03909116604482015260648101919091526159c881608481016156e3565b615982565b50506040516322a2d07b60e21b60208201526001600160a01b038316602480830191909152815293506157e29050604484613202565b5050604051637e4e19fb60e01b60208201526001600160a01b038316602480830191909152815293506157e29050604484613202565b945096925050505060405193638c826f6b60e01b602086015260018060a01b038316602486015260448501526064840152606483526157e2608484613202565b9750505092505050608060018060a01b0391015116916040519263ddef98d760e01b60208501526024840152602483526157e2604484613202565b60808201516001600160a01b039081168552601160205260408520541690615611565b5047935090818410615c2b5760600180516040519394506020936001600160a01b0390911690615b078582613202565b5f8152620162a95a10615c1c575f80915a938688835193019161c350f13d81159283615c13575b83615bf9575b506101008111615bf0575b5f615b4982613233565b615b566040519182613202565b828152615b6283613233565b8882019190601f1901368337503e615bdd5715615ba657505060405190630b8d4c0960e31b9082015261c350602482015260248152615ba2604482613202565b5f91565b5160405163296c17bb60e21b938101939093526001600160a01b031660248301526044808301919091528152615ba2606482613202565b505050905f916142f46040519182613202565b50610100615b3f565b61c350919350615c0a905a9061354e565b1015915f615b34565b81159350615b2e565b6307099c5360e21b5f5260045ffd5b506040519263a17e11d560e01b60208501526024840152604483015260448252615c56606483613202565b5f9190565b90615c64613c2e565b50615c6d61348a565b9260408401926001600160401b03845116936001600160401b03821694851015615dd4575b5060208501936001600160401b03855116145f14615d5c57615cbb6001600160401b0391613a24565b1683526001600160401b0360608501921682526001600160401b03835116926001600160401b03615ced606386613a42565b16935b6001600160401b0381168581109081615d34575b5015615d2457806001600160401b03611034615d1f936136e4565b615cf0565b6001600160401b03169052915050565b615d56915060ff6001918060081c5f526012602052161b60405f205416151590565b5f615d04565b9190925066ffffffffffffff8260081c165f52601260205260405f20600160ff84161b8154179055600382169160c08160061b1692808404604014901517156134395760021c673fffffffffffffff165f90815260146020526040902080546001600160401b0380851b19909116921690921b179055565b6001600160401b03615de583613a24565b1690525f615c9256fe2925013ac2c682a1d90ce56103687784904b51b535f338a9f4501254ccfd2ee1eff76c36e53fa5ff52f27acc8a34d5047a8246abb07b77b12f1309f71e337f0948a9b812e31e596b58014858a4ad757385059bcc51a7654208a160c5ef2d3db09b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
}

// Bridge is an auto generated Go binding around an Ethereum contract.
type Bridge struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Bridge) GetABI() abi.ABI {
	return c.abi
}

// NewBridge creates a new instance of Bridge.
func NewBridge() *Bridge {
	parsed, err := BridgeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Bridge{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Bridge) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner, address[] operators, uint8 valueThreshold, uint8 configThreshold, uint64 counterpartChainId_, uint64 startNonce) returns()
func (bridge *Bridge) PackConstructor(initialOwner common.Address, operators []common.Address, valueThreshold uint8, configThreshold uint8, counterpartChainId_ uint64, startNonce uint64) []byte {
	enc, err := bridge.abi.Pack("", initialOwner, operators, valueThreshold, configThreshold, counterpartChainId_, startNonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackATTESTEDBYSIGNATURES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x035668d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTESTED_BY_SIGNATURES() view returns(uint8)
func (bridge *Bridge) PackATTESTEDBYSIGNATURES() []byte {
	enc, err := bridge.abi.Pack("ATTESTED_BY_SIGNATURES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTEDBYSIGNATURES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x035668d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTESTED_BY_SIGNATURES() view returns(uint8)
func (bridge *Bridge) TryPackATTESTEDBYSIGNATURES() ([]byte, error) {
	return bridge.abi.Pack("ATTESTED_BY_SIGNATURES")
}

// UnpackATTESTEDBYSIGNATURES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x035668d7.
//
// Solidity: function ATTESTED_BY_SIGNATURES() view returns(uint8)
func (bridge *Bridge) UnpackATTESTEDBYSIGNATURES(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("ATTESTED_BY_SIGNATURES", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackATTESTEDBYVOTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02e544ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTESTED_BY_VOTES() view returns(uint8)
func (bridge *Bridge) PackATTESTEDBYVOTES() []byte {
	enc, err := bridge.abi.Pack("ATTESTED_BY_VOTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTEDBYVOTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02e544ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTESTED_BY_VOTES() view returns(uint8)
func (bridge *Bridge) TryPackATTESTEDBYVOTES() ([]byte, error) {
	return bridge.abi.Pack("ATTESTED_BY_VOTES")
}

// UnpackATTESTEDBYVOTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02e544ac.
//
// Solidity: function ATTESTED_BY_VOTES() view returns(uint8)
func (bridge *Bridge) UnpackATTESTEDBYVOTES(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("ATTESTED_BY_VOTES", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackERC20PAYOUTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4560b9db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ERC20_PAYOUT_GAS() view returns(uint256)
func (bridge *Bridge) PackERC20PAYOUTGAS() []byte {
	enc, err := bridge.abi.Pack("ERC20_PAYOUT_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackERC20PAYOUTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4560b9db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ERC20_PAYOUT_GAS() view returns(uint256)
func (bridge *Bridge) TryPackERC20PAYOUTGAS() ([]byte, error) {
	return bridge.abi.Pack("ERC20_PAYOUT_GAS")
}

// UnpackERC20PAYOUTGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4560b9db.
//
// Solidity: function ERC20_PAYOUT_GAS() view returns(uint256)
func (bridge *Bridge) UnpackERC20PAYOUTGAS(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("ERC20_PAYOUT_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackERC721PAYOUTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc36dffec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ERC721_PAYOUT_GAS() view returns(uint256)
func (bridge *Bridge) PackERC721PAYOUTGAS() []byte {
	enc, err := bridge.abi.Pack("ERC721_PAYOUT_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackERC721PAYOUTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc36dffec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ERC721_PAYOUT_GAS() view returns(uint256)
func (bridge *Bridge) TryPackERC721PAYOUTGAS() ([]byte, error) {
	return bridge.abi.Pack("ERC721_PAYOUT_GAS")
}

// UnpackERC721PAYOUTGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc36dffec.
//
// Solidity: function ERC721_PAYOUT_GAS() view returns(uint256)
func (bridge *Bridge) UnpackERC721PAYOUTGAS(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("ERC721_PAYOUT_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHANDLETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1be619b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function HANDLE_TYPEHASH() view returns(bytes32)
func (bridge *Bridge) PackHANDLETYPEHASH() []byte {
	enc, err := bridge.abi.Pack("HANDLE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHANDLETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1be619b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function HANDLE_TYPEHASH() view returns(bytes32)
func (bridge *Bridge) TryPackHANDLETYPEHASH() ([]byte, error) {
	return bridge.abi.Pack("HANDLE_TYPEHASH")
}

// UnpackHANDLETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1be619b9.
//
// Solidity: function HANDLE_TYPEHASH() view returns(bytes32)
func (bridge *Bridge) UnpackHANDLETYPEHASH(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("HANDLE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHANDLEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3afc0a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function HANDLE_WINDOW() view returns(uint64)
func (bridge *Bridge) PackHANDLEWINDOW() []byte {
	enc, err := bridge.abi.Pack("HANDLE_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHANDLEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3afc0a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function HANDLE_WINDOW() view returns(uint64)
func (bridge *Bridge) TryPackHANDLEWINDOW() ([]byte, error) {
	return bridge.abi.Pack("HANDLE_WINDOW")
}

// UnpackHANDLEWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3afc0a1.
//
// Solidity: function HANDLE_WINDOW() view returns(uint64)
func (bridge *Bridge) UnpackHANDLEWINDOW(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("HANDLE_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXATTESTATIONURLLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x343735d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ATTESTATION_URL_LENGTH() view returns(uint256)
func (bridge *Bridge) PackMAXATTESTATIONURLLENGTH() []byte {
	enc, err := bridge.abi.Pack("MAX_ATTESTATION_URL_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXATTESTATIONURLLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x343735d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ATTESTATION_URL_LENGTH() view returns(uint256)
func (bridge *Bridge) TryPackMAXATTESTATIONURLLENGTH() ([]byte, error) {
	return bridge.abi.Pack("MAX_ATTESTATION_URL_LENGTH")
}

// UnpackMAXATTESTATIONURLLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x343735d2.
//
// Solidity: function MAX_ATTESTATION_URL_LENGTH() view returns(uint256)
func (bridge *Bridge) UnpackMAXATTESTATIONURLLENGTH(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("MAX_ATTESTATION_URL_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXBATCHSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfdbf254.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BATCH_SIZE() view returns(uint256)
func (bridge *Bridge) PackMAXBATCHSIZE() []byte {
	enc, err := bridge.abi.Pack("MAX_BATCH_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBATCHSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfdbf254.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BATCH_SIZE() view returns(uint256)
func (bridge *Bridge) TryPackMAXBATCHSIZE() ([]byte, error) {
	return bridge.abi.Pack("MAX_BATCH_SIZE")
}

// UnpackMAXBATCHSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcfdbf254.
//
// Solidity: function MAX_BATCH_SIZE() view returns(uint256)
func (bridge *Bridge) UnpackMAXBATCHSIZE(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("MAX_BATCH_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXEXTRADATALENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0575f19f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_EXTRA_DATA_LENGTH() view returns(uint256)
func (bridge *Bridge) PackMAXEXTRADATALENGTH() []byte {
	enc, err := bridge.abi.Pack("MAX_EXTRA_DATA_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXEXTRADATALENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0575f19f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_EXTRA_DATA_LENGTH() view returns(uint256)
func (bridge *Bridge) TryPackMAXEXTRADATALENGTH() ([]byte, error) {
	return bridge.abi.Pack("MAX_EXTRA_DATA_LENGTH")
}

// UnpackMAXEXTRADATALENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0575f19f.
//
// Solidity: function MAX_EXTRA_DATA_LENGTH() view returns(uint256)
func (bridge *Bridge) UnpackMAXEXTRADATALENGTH(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("MAX_EXTRA_DATA_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXNONCEADVANCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39356f3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_NONCE_ADVANCE() view returns(uint64)
func (bridge *Bridge) PackMAXNONCEADVANCE() []byte {
	enc, err := bridge.abi.Pack("MAX_NONCE_ADVANCE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXNONCEADVANCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39356f3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_NONCE_ADVANCE() view returns(uint64)
func (bridge *Bridge) TryPackMAXNONCEADVANCE() ([]byte, error) {
	return bridge.abi.Pack("MAX_NONCE_ADVANCE")
}

// UnpackMAXNONCEADVANCE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39356f3b.
//
// Solidity: function MAX_NONCE_ADVANCE() view returns(uint64)
func (bridge *Bridge) UnpackMAXNONCEADVANCE(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("MAX_NONCE_ADVANCE", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXOPERATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b78c9f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OPERATORS() view returns(uint256)
func (bridge *Bridge) PackMAXOPERATORS() []byte {
	enc, err := bridge.abi.Pack("MAX_OPERATORS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXOPERATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b78c9f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_OPERATORS() view returns(uint256)
func (bridge *Bridge) TryPackMAXOPERATORS() ([]byte, error) {
	return bridge.abi.Pack("MAX_OPERATORS")
}

// UnpackMAXOPERATORS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b78c9f7.
//
// Solidity: function MAX_OPERATORS() view returns(uint256)
func (bridge *Bridge) UnpackMAXOPERATORS(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("MAX_OPERATORS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTOKENURILENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76a1c7e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TOKEN_URI_LENGTH() view returns(uint256)
func (bridge *Bridge) PackMAXTOKENURILENGTH() []byte {
	enc, err := bridge.abi.Pack("MAX_TOKEN_URI_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTOKENURILENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76a1c7e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TOKEN_URI_LENGTH() view returns(uint256)
func (bridge *Bridge) TryPackMAXTOKENURILENGTH() ([]byte, error) {
	return bridge.abi.Pack("MAX_TOKEN_URI_LENGTH")
}

// UnpackMAXTOKENURILENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76a1c7e1.
//
// Solidity: function MAX_TOKEN_URI_LENGTH() view returns(uint256)
func (bridge *Bridge) UnpackMAXTOKENURILENGTH(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("MAX_TOKEN_URI_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNATIVEPAYOUTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x674ef377.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NATIVE_PAYOUT_GAS() view returns(uint256)
func (bridge *Bridge) PackNATIVEPAYOUTGAS() []byte {
	enc, err := bridge.abi.Pack("NATIVE_PAYOUT_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNATIVEPAYOUTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x674ef377.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NATIVE_PAYOUT_GAS() view returns(uint256)
func (bridge *Bridge) TryPackNATIVEPAYOUTGAS() ([]byte, error) {
	return bridge.abi.Pack("NATIVE_PAYOUT_GAS")
}

// UnpackNATIVEPAYOUTGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x674ef377.
//
// Solidity: function NATIVE_PAYOUT_GAS() view returns(uint256)
func (bridge *Bridge) UnpackNATIVEPAYOUTGAS(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("NATIVE_PAYOUT_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREFUNDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e69ef40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REFUND_TYPEHASH() view returns(bytes32)
func (bridge *Bridge) PackREFUNDTYPEHASH() []byte {
	enc, err := bridge.abi.Pack("REFUND_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREFUNDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e69ef40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REFUND_TYPEHASH() view returns(bytes32)
func (bridge *Bridge) TryPackREFUNDTYPEHASH() ([]byte, error) {
	return bridge.abi.Pack("REFUND_TYPEHASH")
}

// UnpackREFUNDTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e69ef40.
//
// Solidity: function REFUND_TYPEHASH() view returns(bytes32)
func (bridge *Bridge) UnpackREFUNDTYPEHASH(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("REFUND_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTOKENERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd863cf3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TOKEN_ERC20() view returns(uint8)
func (bridge *Bridge) PackTOKENERC20() []byte {
	enc, err := bridge.abi.Pack("TOKEN_ERC20")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTOKENERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd863cf3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TOKEN_ERC20() view returns(uint8)
func (bridge *Bridge) TryPackTOKENERC20() ([]byte, error) {
	return bridge.abi.Pack("TOKEN_ERC20")
}

// UnpackTOKENERC20 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd863cf3a.
//
// Solidity: function TOKEN_ERC20() view returns(uint8)
func (bridge *Bridge) UnpackTOKENERC20(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("TOKEN_ERC20", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTOKENERC721 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x522c69b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TOKEN_ERC721() view returns(uint8)
func (bridge *Bridge) PackTOKENERC721() []byte {
	enc, err := bridge.abi.Pack("TOKEN_ERC721")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTOKENERC721 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x522c69b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TOKEN_ERC721() view returns(uint8)
func (bridge *Bridge) TryPackTOKENERC721() ([]byte, error) {
	return bridge.abi.Pack("TOKEN_ERC721")
}

// UnpackTOKENERC721 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x522c69b1.
//
// Solidity: function TOKEN_ERC721() view returns(uint8)
func (bridge *Bridge) UnpackTOKENERC721(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("TOKEN_ERC721", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTOKENNATIVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc27367a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TOKEN_NATIVE() view returns(uint8)
func (bridge *Bridge) PackTOKENNATIVE() []byte {
	enc, err := bridge.abi.Pack("TOKEN_NATIVE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTOKENNATIVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc27367a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TOKEN_NATIVE() view returns(uint8)
func (bridge *Bridge) TryPackTOKENNATIVE() ([]byte, error) {
	return bridge.abi.Pack("TOKEN_NATIVE")
}

// UnpackTOKENNATIVE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc27367a.
//
// Solidity: function TOKEN_NATIVE() view returns(uint8)
func (bridge *Bridge) UnpackTOKENNATIVE(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("TOKEN_NATIVE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackVOTECONFIGURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b0e7f16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VOTE_CONFIGURATION() view returns(uint8)
func (bridge *Bridge) PackVOTECONFIGURATION() []byte {
	enc, err := bridge.abi.Pack("VOTE_CONFIGURATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVOTECONFIGURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b0e7f16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VOTE_CONFIGURATION() view returns(uint8)
func (bridge *Bridge) TryPackVOTECONFIGURATION() ([]byte, error) {
	return bridge.abi.Pack("VOTE_CONFIGURATION")
}

// UnpackVOTECONFIGURATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b0e7f16.
//
// Solidity: function VOTE_CONFIGURATION() view returns(uint8)
func (bridge *Bridge) UnpackVOTECONFIGURATION(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("VOTE_CONFIGURATION", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackVOTEVALUETRANSFER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf519c6d5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VOTE_VALUE_TRANSFER() view returns(uint8)
func (bridge *Bridge) PackVOTEVALUETRANSFER() []byte {
	enc, err := bridge.abi.Pack("VOTE_VALUE_TRANSFER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVOTEVALUETRANSFER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf519c6d5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VOTE_VALUE_TRANSFER() view returns(uint8)
func (bridge *Bridge) TryPackVOTEVALUETRANSFER() ([]byte, error) {
	return bridge.abi.Pack("VOTE_VALUE_TRANSFER")
}

// UnpackVOTEVALUETRANSFER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf519c6d5.
//
// Solidity: function VOTE_VALUE_TRANSFER() view returns(uint8)
func (bridge *Bridge) UnpackVOTEVALUETRANSFER(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("VOTE_VALUE_TRANSFER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (bridge *Bridge) PackAcceptOwnership() []byte {
	enc, err := bridge.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (bridge *Bridge) TryPackAcceptOwnership() ([]byte, error) {
	return bridge.abi.Pack("acceptOwnership")
}

// PackAdvanceLowerHandleNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7dc6718.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function advanceLowerHandleNonce() returns()
func (bridge *Bridge) PackAdvanceLowerHandleNonce() []byte {
	enc, err := bridge.abi.Pack("advanceLowerHandleNonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdvanceLowerHandleNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7dc6718.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function advanceLowerHandleNonce() returns()
func (bridge *Bridge) TryPackAdvanceLowerHandleNonce() ([]byte, error) {
	return bridge.abi.Pack("advanceLowerHandleNonce")
}

// PackAnnounceAttestationURL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe3360f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function announceAttestationURL(string url) returns()
func (bridge *Bridge) PackAnnounceAttestationURL(url string) []byte {
	enc, err := bridge.abi.Pack("announceAttestationURL", url)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnnounceAttestationURL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe3360f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function announceAttestationURL(string url) returns()
func (bridge *Bridge) TryPackAnnounceAttestationURL(url string) ([]byte, error) {
	return bridge.abi.Pack("announceAttestationURL", url)
}

// PackAttestationURL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1bfafd7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestationURL(address operator) view returns(string)
func (bridge *Bridge) PackAttestationURL(operator common.Address) []byte {
	enc, err := bridge.abi.Pack("attestationURL", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestationURL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1bfafd7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestationURL(address operator) view returns(string)
func (bridge *Bridge) TryPackAttestationURL(operator common.Address) ([]byte, error) {
	return bridge.abi.Pack("attestationURL", operator)
}

// UnpackAttestationURL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1bfafd7.
//
// Solidity: function attestationURL(address operator) view returns(string)
func (bridge *Bridge) UnpackAttestationURL(data []byte) (string, error) {
	out, err := bridge.abi.Unpack("attestationURL", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackChargeNativeLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x157252b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chargeNativeLiquidity() payable returns()
func (bridge *Bridge) PackChargeNativeLiquidity() []byte {
	enc, err := bridge.abi.Pack("chargeNativeLiquidity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChargeNativeLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x157252b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chargeNativeLiquidity() payable returns()
func (bridge *Bridge) TryPackChargeNativeLiquidity() ([]byte, error) {
	return bridge.abi.Pack("chargeNativeLiquidity")
}

// PackConfigurationNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac6fff0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configurationNonce() view returns(uint64)
func (bridge *Bridge) PackConfigurationNonce() []byte {
	enc, err := bridge.abi.Pack("configurationNonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigurationNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac6fff0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configurationNonce() view returns(uint64)
func (bridge *Bridge) TryPackConfigurationNonce() ([]byte, error) {
	return bridge.abi.Pack("configurationNonce")
}

// UnpackConfigurationNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac6fff0b.
//
// Solidity: function configurationNonce() view returns(uint64)
func (bridge *Bridge) UnpackConfigurationNonce(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("configurationNonce", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCounterpartBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a348533.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function counterpartBridge() view returns(address)
func (bridge *Bridge) PackCounterpartBridge() []byte {
	enc, err := bridge.abi.Pack("counterpartBridge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCounterpartBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a348533.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function counterpartBridge() view returns(address)
func (bridge *Bridge) TryPackCounterpartBridge() ([]byte, error) {
	return bridge.abi.Pack("counterpartBridge")
}

// UnpackCounterpartBridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a348533.
//
// Solidity: function counterpartBridge() view returns(address)
func (bridge *Bridge) UnpackCounterpartBridge(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("counterpartBridge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCounterpartChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8b5b334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function counterpartChainId() view returns(uint64)
func (bridge *Bridge) PackCounterpartChainId() []byte {
	enc, err := bridge.abi.Pack("counterpartChainId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCounterpartChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8b5b334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function counterpartChainId() view returns(uint64)
func (bridge *Bridge) TryPackCounterpartChainId() ([]byte, error) {
	return bridge.abi.Pack("counterpartChainId")
}

// UnpackCounterpartChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8b5b334.
//
// Solidity: function counterpartChainId() view returns(uint64)
func (bridge *Bridge) UnpackCounterpartChainId(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("counterpartChainId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCounterpartToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cc1e666.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function counterpartToken(address token) view returns(address)
func (bridge *Bridge) PackCounterpartToken(token common.Address) []byte {
	enc, err := bridge.abi.Pack("counterpartToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCounterpartToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cc1e666.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function counterpartToken(address token) view returns(address)
func (bridge *Bridge) TryPackCounterpartToken(token common.Address) ([]byte, error) {
	return bridge.abi.Pack("counterpartToken", token)
}

// UnpackCounterpartToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cc1e666.
//
// Solidity: function counterpartToken(address token) view returns(address)
func (bridge *Bridge) UnpackCounterpartToken(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("counterpartToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeregisterOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8cf98ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deregisterOperator(address operator) returns()
func (bridge *Bridge) PackDeregisterOperator(operator common.Address) []byte {
	enc, err := bridge.abi.Pack("deregisterOperator", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeregisterOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8cf98ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deregisterOperator(address operator) returns()
func (bridge *Bridge) TryPackDeregisterOperator(operator common.Address) ([]byte, error) {
	return bridge.abi.Pack("deregisterOperator", operator)
}

// PackDeregisterToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab2af1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deregisterToken(address token) returns()
func (bridge *Bridge) PackDeregisterToken(token common.Address) []byte {
	enc, err := bridge.abi.Pack("deregisterToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeregisterToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbab2af1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deregisterToken(address token) returns()
func (bridge *Bridge) TryPackDeregisterToken(token common.Address) ([]byte, error) {
	return bridge.abi.Pack("deregisterToken", token)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (bridge *Bridge) PackEip712Domain() []byte {
	enc, err := bridge.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (bridge *Bridge) TryPackEip712Domain() ([]byte, error) {
	return bridge.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (bridge *Bridge) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := bridge.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epoch() view returns(uint64)
func (bridge *Bridge) PackEpoch() []byte {
	enc, err := bridge.abi.Pack("epoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epoch() view returns(uint64)
func (bridge *Bridge) TryPackEpoch() ([]byte, error) {
	return bridge.abi.Pack("epoch")
}

// UnpackEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900cf0cf.
//
// Solidity: function epoch() view returns(uint64)
func (bridge *Bridge) UnpackEpoch(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("epoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackErc20Fee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92beb335.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function erc20Fee(address ) view returns(uint256)
func (bridge *Bridge) PackErc20Fee(arg0 common.Address) []byte {
	enc, err := bridge.abi.Pack("erc20Fee", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackErc20Fee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92beb335.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function erc20Fee(address ) view returns(uint256)
func (bridge *Bridge) TryPackErc20Fee(arg0 common.Address) ([]byte, error) {
	return bridge.abi.Pack("erc20Fee", arg0)
}

// UnpackErc20Fee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x92beb335.
//
// Solidity: function erc20Fee(address ) view returns(uint256)
func (bridge *Bridge) UnpackErc20Fee(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("erc20Fee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeReceiver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3f00674.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeReceiver() view returns(address)
func (bridge *Bridge) PackFeeReceiver() []byte {
	enc, err := bridge.abi.Pack("feeReceiver")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeReceiver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3f00674.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeReceiver() view returns(address)
func (bridge *Bridge) TryPackFeeReceiver() ([]byte, error) {
	return bridge.abi.Pack("feeReceiver")
}

// UnpackFeeReceiver is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3f00674.
//
// Solidity: function feeReceiver() view returns(address)
func (bridge *Bridge) UnpackFeeReceiver(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("feeReceiver", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetOperatorList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2c01030.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOperatorList() view returns(address[])
func (bridge *Bridge) PackGetOperatorList() []byte {
	enc, err := bridge.abi.Pack("getOperatorList")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOperatorList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2c01030.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOperatorList() view returns(address[])
func (bridge *Bridge) TryPackGetOperatorList() ([]byte, error) {
	return bridge.abi.Pack("getOperatorList")
}

// UnpackGetOperatorList is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2c01030.
//
// Solidity: function getOperatorList() view returns(address[])
func (bridge *Bridge) UnpackGetOperatorList(data []byte) ([]common.Address, error) {
	out, err := bridge.abi.Unpack("getOperatorList", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetRegisteredTokenList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea21eade.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRegisteredTokenList() view returns(address[])
func (bridge *Bridge) PackGetRegisteredTokenList() []byte {
	enc, err := bridge.abi.Pack("getRegisteredTokenList")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRegisteredTokenList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea21eade.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRegisteredTokenList() view returns(address[])
func (bridge *Bridge) TryPackGetRegisteredTokenList() ([]byte, error) {
	return bridge.abi.Pack("getRegisteredTokenList")
}

// UnpackGetRegisteredTokenList is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea21eade.
//
// Solidity: function getRegisteredTokenList() view returns(address[])
func (bridge *Bridge) UnpackGetRegisteredTokenList(data []byte) ([]common.Address, error) {
	out, err := bridge.abi.Unpack("getRegisteredTokenList", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackHandleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29c6ab02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function handleBatch((uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes)[] calls) returns()
func (bridge *Bridge) PackHandleBatch(calls []BridgeHandleCall) []byte {
	enc, err := bridge.abi.Pack("handleBatch", calls)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHandleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29c6ab02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function handleBatch((uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes)[] calls) returns()
func (bridge *Bridge) TryPackHandleBatch(calls []BridgeHandleCall) ([]byte, error) {
	return bridge.abi.Pack("handleBatch", calls)
}

// PackHandleERC20Transfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x407e6bae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function handleERC20Transfer(bytes32 requestTxHash, address from, address to, address token, uint256 value, uint64 requestNonce, uint64 requestBlockNumber, bytes extraData) returns()
func (bridge *Bridge) PackHandleERC20Transfer(requestTxHash [32]byte, from common.Address, to common.Address, token common.Address, value *big.Int, requestNonce uint64, requestBlockNumber uint64, extraData []byte) []byte {
	enc, err := bridge.abi.Pack("handleERC20Transfer", requestTxHash, from, to, token, value, requestNonce, requestBlockNumber, extraData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHandleERC20Transfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x407e6bae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function handleERC20Transfer(bytes32 requestTxHash, address from, address to, address token, uint256 value, uint64 requestNonce, uint64 requestBlockNumber, bytes extraData) returns()
func (bridge *Bridge) TryPackHandleERC20Transfer(requestTxHash [32]byte, from common.Address, to common.Address, token common.Address, value *big.Int, requestNonce uint64, requestBlockNumber uint64, extraData []byte) ([]byte, error) {
	return bridge.abi.Pack("handleERC20Transfer", requestTxHash, from, to, token, value, requestNonce, requestBlockNumber, extraData)
}

// PackHandleERC721Transfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafb60223.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function handleERC721Transfer(bytes32 requestTxHash, address from, address to, address token, uint256 tokenId, uint64 requestNonce, uint64 requestBlockNumber, string tokenURI, bytes extraData) returns()
func (bridge *Bridge) PackHandleERC721Transfer(requestTxHash [32]byte, from common.Address, to common.Address, token common.Address, tokenId *big.Int, requestNonce uint64, requestBlockNumber uint64, tokenURI string, extraData []byte) []byte {
	enc, err := bridge.abi.Pack("handleERC721Transfer", requestTxHash, from, to, token, tokenId, requestNonce, requestBlockNumber, tokenURI, extraData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHandleERC721Transfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafb60223.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function handleERC721Transfer(bytes32 requestTxHash, address from, address to, address token, uint256 tokenId, uint64 requestNonce, uint64 requestBlockNumber, string tokenURI, bytes extraData) returns()
func (bridge *Bridge) TryPackHandleERC721Transfer(requestTxHash [32]byte, from common.Address, to common.Address, token common.Address, tokenId *big.Int, requestNonce uint64, requestBlockNumber uint64, tokenURI string, extraData []byte) ([]byte, error) {
	return bridge.abi.Pack("handleERC721Transfer", requestTxHash, from, to, token, tokenId, requestNonce, requestBlockNumber, tokenURI, extraData)
}

// PackHandleNativeTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6c43b16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function handleNativeTransfer(bytes32 requestTxHash, address from, address to, uint256 value, uint64 requestNonce, uint64 requestBlockNumber, bytes extraData) returns()
func (bridge *Bridge) PackHandleNativeTransfer(requestTxHash [32]byte, from common.Address, to common.Address, value *big.Int, requestNonce uint64, requestBlockNumber uint64, extraData []byte) []byte {
	enc, err := bridge.abi.Pack("handleNativeTransfer", requestTxHash, from, to, value, requestNonce, requestBlockNumber, extraData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHandleNativeTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6c43b16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function handleNativeTransfer(bytes32 requestTxHash, address from, address to, uint256 value, uint64 requestNonce, uint64 requestBlockNumber, bytes extraData) returns()
func (bridge *Bridge) TryPackHandleNativeTransfer(requestTxHash [32]byte, from common.Address, to common.Address, value *big.Int, requestNonce uint64, requestBlockNumber uint64, extraData []byte) ([]byte, error) {
	return bridge.abi.Pack("handleNativeTransfer", requestTxHash, from, to, value, requestNonce, requestBlockNumber, extraData)
}

// PackHandleNoncesToBlockNums is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13a6738a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function handleNoncesToBlockNums(uint64 requestNonce) view returns(uint64)
func (bridge *Bridge) PackHandleNoncesToBlockNums(requestNonce uint64) []byte {
	enc, err := bridge.abi.Pack("handleNoncesToBlockNums", requestNonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHandleNoncesToBlockNums is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13a6738a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function handleNoncesToBlockNums(uint64 requestNonce) view returns(uint64)
func (bridge *Bridge) TryPackHandleNoncesToBlockNums(requestNonce uint64) ([]byte, error) {
	return bridge.abi.Pack("handleNoncesToBlockNums", requestNonce)
}

// UnpackHandleNoncesToBlockNums is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13a6738a.
//
// Solidity: function handleNoncesToBlockNums(uint64 requestNonce) view returns(uint64)
func (bridge *Bridge) UnpackHandleNoncesToBlockNums(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("handleNoncesToBlockNums", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackHandleSignedBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ad8e5e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function handleSignedBatch(uint64 epoch_, (uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes)[] calls, bytes[] signatures) returns()
func (bridge *Bridge) PackHandleSignedBatch(epoch uint64, calls []BridgeHandleCall, signatures [][]byte) []byte {
	enc, err := bridge.abi.Pack("handleSignedBatch", epoch, calls, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHandleSignedBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ad8e5e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function handleSignedBatch(uint64 epoch_, (uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes)[] calls, bytes[] signatures) returns()
func (bridge *Bridge) TryPackHandleSignedBatch(epoch uint64, calls []BridgeHandleCall, signatures [][]byte) ([]byte, error) {
	return bridge.abi.Pack("handleSignedBatch", epoch, calls, signatures)
}

// PackHandleStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x910cd82e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function handleStatus(uint64 requestNonce, address operator) view returns(bool handled, bool voted, bytes32 votedKey, uint8 votesForKey, uint8 threshold, uint64 epoch_)
func (bridge *Bridge) PackHandleStatus(requestNonce uint64, operator common.Address) []byte {
	enc, err := bridge.abi.Pack("handleStatus", requestNonce, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHandleStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x910cd82e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function handleStatus(uint64 requestNonce, address operator) view returns(bool handled, bool voted, bytes32 votedKey, uint8 votesForKey, uint8 threshold, uint64 epoch_)
func (bridge *Bridge) TryPackHandleStatus(requestNonce uint64, operator common.Address) ([]byte, error) {
	return bridge.abi.Pack("handleStatus", requestNonce, operator)
}

// HandleStatusOutput serves as a container for the return parameters of contract
// method HandleStatus.
type HandleStatusOutput struct {
	Handled     bool
	Voted       bool
	VotedKey    [32]byte
	VotesForKey uint8
	Threshold   uint8
	Epoch       uint64
}

// UnpackHandleStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x910cd82e.
//
// Solidity: function handleStatus(uint64 requestNonce, address operator) view returns(bool handled, bool voted, bytes32 votedKey, uint8 votesForKey, uint8 threshold, uint64 epoch_)
func (bridge *Bridge) UnpackHandleStatus(data []byte) (HandleStatusOutput, error) {
	out, err := bridge.abi.Unpack("handleStatus", data)
	outstruct := new(HandleStatusOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Handled = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Voted = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.VotedKey = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.VotesForKey = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.Threshold = *abi.ConvertType(out[4], new(uint8)).(*uint8)
	outstruct.Epoch = *abi.ConvertType(out[5], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackHandleVoteKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d7f98e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function handleVoteKey((uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes) c) view returns(bytes32)
func (bridge *Bridge) PackHandleVoteKey(c BridgeHandleCall) []byte {
	enc, err := bridge.abi.Pack("handleVoteKey", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHandleVoteKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d7f98e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function handleVoteKey((uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes) c) view returns(bytes32)
func (bridge *Bridge) TryPackHandleVoteKey(c BridgeHandleCall) ([]byte, error) {
	return bridge.abi.Pack("handleVoteKey", c)
}

// UnpackHandleVoteKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d7f98e6.
//
// Solidity: function handleVoteKey((uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes) c) view returns(bytes32)
func (bridge *Bridge) UnpackHandleVoteKey(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("handleVoteKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHandleVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7784faeb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function handleVotes(uint64 requestNonce, bytes32 voteKey) view returns(uint8)
func (bridge *Bridge) PackHandleVotes(requestNonce uint64, voteKey [32]byte) []byte {
	enc, err := bridge.abi.Pack("handleVotes", requestNonce, voteKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHandleVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7784faeb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function handleVotes(uint64 requestNonce, bytes32 voteKey) view returns(uint8)
func (bridge *Bridge) TryPackHandleVotes(requestNonce uint64, voteKey [32]byte) ([]byte, error) {
	return bridge.abi.Pack("handleVotes", requestNonce, voteKey)
}

// UnpackHandleVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7784faeb.
//
// Solidity: function handleVotes(uint64 requestNonce, bytes32 voteKey) view returns(uint8)
func (bridge *Bridge) UnpackHandleVotes(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("handleVotes", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackHandleWindowEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0548ce85.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function handleWindowEnd() view returns(uint256)
func (bridge *Bridge) PackHandleWindowEnd() []byte {
	enc, err := bridge.abi.Pack("handleWindowEnd")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHandleWindowEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0548ce85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function handleWindowEnd() view returns(uint256)
func (bridge *Bridge) TryPackHandleWindowEnd() ([]byte, error) {
	return bridge.abi.Pack("handleWindowEnd")
}

// UnpackHandleWindowEnd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0548ce85.
//
// Solidity: function handleWindowEnd() view returns(uint256)
func (bridge *Bridge) UnpackHandleWindowEnd(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("handleWindowEnd", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHandledNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x307553f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function handledNonces(uint64 requestNonce) view returns(bool)
func (bridge *Bridge) PackHandledNonces(requestNonce uint64) []byte {
	enc, err := bridge.abi.Pack("handledNonces", requestNonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHandledNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x307553f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function handledNonces(uint64 requestNonce) view returns(bool)
func (bridge *Bridge) TryPackHandledNonces(requestNonce uint64) ([]byte, error) {
	return bridge.abi.Pack("handledNonces", requestNonce)
}

// UnpackHandledNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x307553f7.
//
// Solidity: function handledNonces(uint64 requestNonce) view returns(bool)
func (bridge *Bridge) UnpackHandledNonces(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("handledNonces", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d70f7ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperator(address account) view returns(bool)
func (bridge *Bridge) PackIsOperator(account common.Address) []byte {
	enc, err := bridge.abi.Pack("isOperator", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d70f7ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperator(address account) view returns(bool)
func (bridge *Bridge) TryPackIsOperator(account common.Address) ([]byte, error) {
	return bridge.abi.Pack("isOperator", account)
}

// UnpackIsOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d70f7ae.
//
// Solidity: function isOperator(address account) view returns(bool)
func (bridge *Bridge) UnpackIsOperator(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("isOperator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLocalToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9167232.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function localToken(address counterpart) view returns(address)
func (bridge *Bridge) PackLocalToken(counterpart common.Address) []byte {
	enc, err := bridge.abi.Pack("localToken", counterpart)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocalToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9167232.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function localToken(address counterpart) view returns(address)
func (bridge *Bridge) TryPackLocalToken(counterpart common.Address) ([]byte, error) {
	return bridge.abi.Pack("localToken", counterpart)
}

// UnpackLocalToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9167232.
//
// Solidity: function localToken(address counterpart) view returns(address)
func (bridge *Bridge) UnpackLocalToken(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("localToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLockToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10693fcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockToken(address token) returns()
func (bridge *Bridge) PackLockToken(token common.Address) []byte {
	enc, err := bridge.abi.Pack("lockToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10693fcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockToken(address token) returns()
func (bridge *Bridge) TryPackLockToken(token common.Address) ([]byte, error) {
	return bridge.abi.Pack("lockToken", token)
}

// PackLowerHandleNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b40b826.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lowerHandleNonce() view returns(uint64)
func (bridge *Bridge) PackLowerHandleNonce() []byte {
	enc, err := bridge.abi.Pack("lowerHandleNonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLowerHandleNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b40b826.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lowerHandleNonce() view returns(uint64)
func (bridge *Bridge) TryPackLowerHandleNonce() ([]byte, error) {
	return bridge.abi.Pack("lowerHandleNonce")
}

// UnpackLowerHandleNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b40b826.
//
// Solidity: function lowerHandleNonce() view returns(uint64)
func (bridge *Bridge) UnpackLowerHandleNonce(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("lowerHandleNonce", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNativeFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x996f79c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nativeFee() view returns(uint256)
func (bridge *Bridge) PackNativeFee() []byte {
	enc, err := bridge.abi.Pack("nativeFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNativeFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x996f79c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nativeFee() view returns(uint256)
func (bridge *Bridge) TryPackNativeFee() ([]byte, error) {
	return bridge.abi.Pack("nativeFee")
}

// UnpackNativeFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x996f79c0.
//
// Solidity: function nativeFee() view returns(uint256)
func (bridge *Bridge) UnpackNativeFee(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("nativeFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address from, uint256 tokenId, bytes data) returns(bytes4)
func (bridge *Bridge) PackOnERC721Received(arg0 common.Address, from common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := bridge.abi.Pack("onERC721Received", arg0, from, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address from, uint256 tokenId, bytes data) returns(bytes4)
func (bridge *Bridge) TryPackOnERC721Received(arg0 common.Address, from common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return bridge.abi.Pack("onERC721Received", arg0, from, tokenId, data)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address from, uint256 tokenId, bytes data) returns(bytes4)
func (bridge *Bridge) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := bridge.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnTransferReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88a7ca5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onTransferReceived(address , address from, uint256 amount, bytes data) returns(bytes4)
func (bridge *Bridge) PackOnTransferReceived(arg0 common.Address, from common.Address, amount *big.Int, data []byte) []byte {
	enc, err := bridge.abi.Pack("onTransferReceived", arg0, from, amount, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnTransferReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88a7ca5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onTransferReceived(address , address from, uint256 amount, bytes data) returns(bytes4)
func (bridge *Bridge) TryPackOnTransferReceived(arg0 common.Address, from common.Address, amount *big.Int, data []byte) ([]byte, error) {
	return bridge.abi.Pack("onTransferReceived", arg0, from, amount, data)
}

// UnpackOnTransferReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x88a7ca5c.
//
// Solidity: function onTransferReceived(address , address from, uint256 amount, bytes data) returns(bytes4)
func (bridge *Bridge) UnpackOnTransferReceived(data []byte) ([4]byte, error) {
	out, err := bridge.abi.Unpack("onTransferReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOperatorCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c6f3158.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorCount() view returns(uint256)
func (bridge *Bridge) PackOperatorCount() []byte {
	enc, err := bridge.abi.Pack("operatorCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c6f3158.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorCount() view returns(uint256)
func (bridge *Bridge) TryPackOperatorCount() ([]byte, error) {
	return bridge.abi.Pack("operatorCount")
}

// UnpackOperatorCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c6f3158.
//
// Solidity: function operatorCount() view returns(uint256)
func (bridge *Bridge) UnpackOperatorCount(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("operatorCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOperatorThresholds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5526f76b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorThresholds(uint8 voteType) view returns(uint8)
func (bridge *Bridge) PackOperatorThresholds(voteType uint8) []byte {
	enc, err := bridge.abi.Pack("operatorThresholds", voteType)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorThresholds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5526f76b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorThresholds(uint8 voteType) view returns(uint8)
func (bridge *Bridge) TryPackOperatorThresholds(voteType uint8) ([]byte, error) {
	return bridge.abi.Pack("operatorThresholds", voteType)
}

// UnpackOperatorThresholds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5526f76b.
//
// Solidity: function operatorThresholds(uint8 voteType) view returns(uint8)
func (bridge *Bridge) UnpackOperatorThresholds(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("operatorThresholds", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (bridge *Bridge) PackOwner() []byte {
	enc, err := bridge.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (bridge *Bridge) TryPackOwner() ([]byte, error) {
	return bridge.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (bridge *Bridge) UnpackOwner(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (bridge *Bridge) PackPause() []byte {
	enc, err := bridge.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (bridge *Bridge) TryPackPause() ([]byte, error) {
	return bridge.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (bridge *Bridge) PackPaused() []byte {
	enc, err := bridge.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (bridge *Bridge) TryPackPaused() ([]byte, error) {
	return bridge.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (bridge *Bridge) UnpackPaused(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fd0506d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pauser() view returns(address)
func (bridge *Bridge) PackPauser() []byte {
	enc, err := bridge.abi.Pack("pauser")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fd0506d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pauser() view returns(address)
func (bridge *Bridge) TryPackPauser() ([]byte, error) {
	return bridge.abi.Pack("pauser")
}

// UnpackPauser is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (bridge *Bridge) UnpackPauser(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("pauser", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (bridge *Bridge) PackPendingOwner() []byte {
	enc, err := bridge.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (bridge *Bridge) TryPackPendingOwner() ([]byte, error) {
	return bridge.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (bridge *Bridge) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRecoveryBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x989ba0d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recoveryBlockNumber() view returns(uint64)
func (bridge *Bridge) PackRecoveryBlockNumber() []byte {
	enc, err := bridge.abi.Pack("recoveryBlockNumber")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecoveryBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x989ba0d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recoveryBlockNumber() view returns(uint64)
func (bridge *Bridge) TryPackRecoveryBlockNumber() ([]byte, error) {
	return bridge.abi.Pack("recoveryBlockNumber")
}

// UnpackRecoveryBlockNumber is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x989ba0d3.
//
// Solidity: function recoveryBlockNumber() view returns(uint64)
func (bridge *Bridge) UnpackRecoveryBlockNumber(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("recoveryBlockNumber", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRefundBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x779a54d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundBatch((uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes)[] calls) returns()
func (bridge *Bridge) PackRefundBatch(calls []BridgeHandleCall) []byte {
	enc, err := bridge.abi.Pack("refundBatch", calls)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x779a54d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundBatch((uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes)[] calls) returns()
func (bridge *Bridge) TryPackRefundBatch(calls []BridgeHandleCall) ([]byte, error) {
	return bridge.abi.Pack("refundBatch", calls)
}

// PackRefundValueTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa463058.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundValueTransfer((uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes) c) returns()
func (bridge *Bridge) PackRefundValueTransfer(c BridgeHandleCall) []byte {
	enc, err := bridge.abi.Pack("refundValueTransfer", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundValueTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa463058.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundValueTransfer((uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes) c) returns()
func (bridge *Bridge) TryPackRefundValueTransfer(c BridgeHandleCall) ([]byte, error) {
	return bridge.abi.Pack("refundValueTransfer", c)
}

// PackRefundVoteKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89c632a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundVoteKey((uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes) c) view returns(bytes32)
func (bridge *Bridge) PackRefundVoteKey(c BridgeHandleCall) []byte {
	enc, err := bridge.abi.Pack("refundVoteKey", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundVoteKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89c632a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundVoteKey((uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes) c) view returns(bytes32)
func (bridge *Bridge) TryPackRefundVoteKey(c BridgeHandleCall) ([]byte, error) {
	return bridge.abi.Pack("refundVoteKey", c)
}

// UnpackRefundVoteKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd89c632a.
//
// Solidity: function refundVoteKey((uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes) c) view returns(bytes32)
func (bridge *Bridge) UnpackRefundVoteKey(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("refundVoteKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRefundedNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8ed029b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundedNonces(uint64 requestNonce) view returns(bool)
func (bridge *Bridge) PackRefundedNonces(requestNonce uint64) []byte {
	enc, err := bridge.abi.Pack("refundedNonces", requestNonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundedNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8ed029b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundedNonces(uint64 requestNonce) view returns(bool)
func (bridge *Bridge) TryPackRefundedNonces(requestNonce uint64) ([]byte, error) {
	return bridge.abi.Pack("refundedNonces", requestNonce)
}

// UnpackRefundedNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8ed029b.
//
// Solidity: function refundedNonces(uint64 requestNonce) view returns(bool)
func (bridge *Bridge) UnpackRefundedNonces(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("refundedNonces", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRegisterOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3682a450.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerOperator(address operator) returns()
func (bridge *Bridge) PackRegisterOperator(operator common.Address) []byte {
	enc, err := bridge.abi.Pack("registerOperator", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3682a450.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerOperator(address operator) returns()
func (bridge *Bridge) TryPackRegisterOperator(operator common.Address) ([]byte, error) {
	return bridge.abi.Pack("registerOperator", operator)
}

// PackRegisterToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4739f7e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerToken(address token, address counterpartToken) returns()
func (bridge *Bridge) PackRegisterToken(token common.Address, counterpartToken common.Address) []byte {
	enc, err := bridge.abi.Pack("registerToken", token, counterpartToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4739f7e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerToken(address token, address counterpartToken) returns()
func (bridge *Bridge) TryPackRegisterToken(token common.Address, counterpartToken common.Address) ([]byte, error) {
	return bridge.abi.Pack("registerToken", token, counterpartToken)
}

// PackRegisteredTokenType is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17b0ac0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registeredTokenType(address token) view returns(uint8)
func (bridge *Bridge) PackRegisteredTokenType(token common.Address) []byte {
	enc, err := bridge.abi.Pack("registeredTokenType", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisteredTokenType is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17b0ac0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registeredTokenType(address token) view returns(uint8)
func (bridge *Bridge) TryPackRegisteredTokenType(token common.Address) ([]byte, error) {
	return bridge.abi.Pack("registeredTokenType", token)
}

// UnpackRegisteredTokenType is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17b0ac0f.
//
// Solidity: function registeredTokenType(address token) view returns(uint8)
func (bridge *Bridge) UnpackRegisteredTokenType(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("registeredTokenType", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() view returns()
func (bridge *Bridge) PackRenounceOwnership() []byte {
	enc, err := bridge.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() view returns()
func (bridge *Bridge) TryPackRenounceOwnership() ([]byte, error) {
	return bridge.abi.Pack("renounceOwnership")
}

// PackRequestERC20Transfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26c23b54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestERC20Transfer(address token, address to, uint256 value, uint256 feeLimit, bytes extraData) returns()
func (bridge *Bridge) PackRequestERC20Transfer(token common.Address, to common.Address, value *big.Int, feeLimit *big.Int, extraData []byte) []byte {
	enc, err := bridge.abi.Pack("requestERC20Transfer", token, to, value, feeLimit, extraData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestERC20Transfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26c23b54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestERC20Transfer(address token, address to, uint256 value, uint256 feeLimit, bytes extraData) returns()
func (bridge *Bridge) TryPackRequestERC20Transfer(token common.Address, to common.Address, value *big.Int, feeLimit *big.Int, extraData []byte) ([]byte, error) {
	return bridge.abi.Pack("requestERC20Transfer", token, to, value, feeLimit, extraData)
}

// PackRequestERC721Transfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22604742.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestERC721Transfer(address token, address to, uint256 tokenId, bytes extraData) returns()
func (bridge *Bridge) PackRequestERC721Transfer(token common.Address, to common.Address, tokenId *big.Int, extraData []byte) []byte {
	enc, err := bridge.abi.Pack("requestERC721Transfer", token, to, tokenId, extraData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestERC721Transfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22604742.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestERC721Transfer(address token, address to, uint256 tokenId, bytes extraData) returns()
func (bridge *Bridge) TryPackRequestERC721Transfer(token common.Address, to common.Address, tokenId *big.Int, extraData []byte) ([]byte, error) {
	return bridge.abi.Pack("requestERC721Transfer", token, to, tokenId, extraData)
}

// PackRequestNativeTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30208552.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestNativeTransfer(address to, uint256 value, bytes extraData) payable returns()
func (bridge *Bridge) PackRequestNativeTransfer(to common.Address, value *big.Int, extraData []byte) []byte {
	enc, err := bridge.abi.Pack("requestNativeTransfer", to, value, extraData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestNativeTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30208552.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestNativeTransfer(address to, uint256 value, bytes extraData) payable returns()
func (bridge *Bridge) TryPackRequestNativeTransfer(to common.Address, value *big.Int, extraData []byte) ([]byte, error) {
	return bridge.abi.Pack("requestNativeTransfer", to, value, extraData)
}

// PackRequestNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c1a0302.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestNonce() view returns(uint64)
func (bridge *Bridge) PackRequestNonce() []byte {
	enc, err := bridge.abi.Pack("requestNonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c1a0302.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestNonce() view returns(uint64)
func (bridge *Bridge) TryPackRequestNonce() ([]byte, error) {
	return bridge.abi.Pack("requestNonce")
}

// UnpackRequestNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c1a0302.
//
// Solidity: function requestNonce() view returns(uint64)
func (bridge *Bridge) UnpackRequestNonce(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("requestNonce", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSetCounterpartBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf0bc79a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCounterpartBridge(address counterpart) returns()
func (bridge *Bridge) PackSetCounterpartBridge(counterpart common.Address) []byte {
	enc, err := bridge.abi.Pack("setCounterpartBridge", counterpart)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCounterpartBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf0bc79a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCounterpartBridge(address counterpart) returns()
func (bridge *Bridge) TryPackSetCounterpartBridge(counterpart common.Address) ([]byte, error) {
	return bridge.abi.Pack("setCounterpartBridge", counterpart)
}

// PackSetERC20Fee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f88396c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setERC20Fee(address token, uint256 fee, uint64 configurationNonce) returns()
func (bridge *Bridge) PackSetERC20Fee(token common.Address, fee *big.Int, configurationNonce uint64) []byte {
	enc, err := bridge.abi.Pack("setERC20Fee", token, fee, configurationNonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetERC20Fee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f88396c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setERC20Fee(address token, uint256 fee, uint64 configurationNonce) returns()
func (bridge *Bridge) TryPackSetERC20Fee(token common.Address, fee *big.Int, configurationNonce uint64) ([]byte, error) {
	return bridge.abi.Pack("setERC20Fee", token, fee, configurationNonce)
}

// PackSetFeeReceiver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefdcd974.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeReceiver(address receiver) returns()
func (bridge *Bridge) PackSetFeeReceiver(receiver common.Address) []byte {
	enc, err := bridge.abi.Pack("setFeeReceiver", receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeReceiver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefdcd974.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeReceiver(address receiver) returns()
func (bridge *Bridge) TryPackSetFeeReceiver(receiver common.Address) ([]byte, error) {
	return bridge.abi.Pack("setFeeReceiver", receiver)
}

// PackSetNativeFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ad7bfaa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setNativeFee(uint256 fee, uint64 configurationNonce) returns()
func (bridge *Bridge) PackSetNativeFee(fee *big.Int, configurationNonce uint64) []byte {
	enc, err := bridge.abi.Pack("setNativeFee", fee, configurationNonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetNativeFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ad7bfaa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setNativeFee(uint256 fee, uint64 configurationNonce) returns()
func (bridge *Bridge) TryPackSetNativeFee(fee *big.Int, configurationNonce uint64) ([]byte, error) {
	return bridge.abi.Pack("setNativeFee", fee, configurationNonce)
}

// PackSetOperatorThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee2aec65.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOperatorThreshold(uint8 voteType, uint8 threshold) returns()
func (bridge *Bridge) PackSetOperatorThreshold(voteType uint8, threshold uint8) []byte {
	enc, err := bridge.abi.Pack("setOperatorThreshold", voteType, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOperatorThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee2aec65.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOperatorThreshold(uint8 voteType, uint8 threshold) returns()
func (bridge *Bridge) TryPackSetOperatorThreshold(voteType uint8, threshold uint8) ([]byte, error) {
	return bridge.abi.Pack("setOperatorThreshold", voteType, threshold)
}

// PackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPauser(address account) returns()
func (bridge *Bridge) PackSetPauser(account common.Address) []byte {
	enc, err := bridge.abi.Pack("setPauser", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPauser(address account) returns()
func (bridge *Bridge) TryPackSetPauser(account common.Address) ([]byte, error) {
	return bridge.abi.Pack("setPauser", account)
}

// PackSetTokenMintBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a6ded1b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTokenMintBurn(address token, bool mintBurn) returns()
func (bridge *Bridge) PackSetTokenMintBurn(token common.Address, mintBurn bool) []byte {
	enc, err := bridge.abi.Pack("setTokenMintBurn", token, mintBurn)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTokenMintBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a6ded1b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTokenMintBurn(address token, bool mintBurn) returns()
func (bridge *Bridge) TryPackSetTokenMintBurn(token common.Address, mintBurn bool) ([]byte, error) {
	return bridge.abi.Pack("setTokenMintBurn", token, mintBurn)
}

// PackTokenLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8cc4984.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenLocked(address token) view returns(bool)
func (bridge *Bridge) PackTokenLocked(token common.Address) []byte {
	enc, err := bridge.abi.Pack("tokenLocked", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8cc4984.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenLocked(address token) view returns(bool)
func (bridge *Bridge) TryPackTokenLocked(token common.Address) ([]byte, error) {
	return bridge.abi.Pack("tokenLocked", token)
}

// UnpackTokenLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8cc4984.
//
// Solidity: function tokenLocked(address token) view returns(bool)
func (bridge *Bridge) UnpackTokenLocked(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("tokenLocked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTokenMintBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x674125e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenMintBurn(address token) view returns(bool)
func (bridge *Bridge) PackTokenMintBurn(token common.Address) []byte {
	enc, err := bridge.abi.Pack("tokenMintBurn", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenMintBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x674125e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenMintBurn(address token) view returns(bool)
func (bridge *Bridge) TryPackTokenMintBurn(token common.Address) ([]byte, error) {
	return bridge.abi.Pack("tokenMintBurn", token)
}

// UnpackTokenMintBurn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x674125e2.
//
// Solidity: function tokenMintBurn(address token) view returns(bool)
func (bridge *Bridge) UnpackTokenMintBurn(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("tokenMintBurn", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (bridge *Bridge) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := bridge.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (bridge *Bridge) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return bridge.abi.Pack("transferOwnership", newOwner)
}

// PackUnlockToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ef2017b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unlockToken(address token) returns()
func (bridge *Bridge) PackUnlockToken(token common.Address) []byte {
	enc, err := bridge.abi.Pack("unlockToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnlockToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ef2017b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unlockToken(address token) returns()
func (bridge *Bridge) TryPackUnlockToken(token common.Address) ([]byte, error) {
	return bridge.abi.Pack("unlockToken", token)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (bridge *Bridge) PackUnpause() []byte {
	enc, err := bridge.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (bridge *Bridge) TryPackUnpause() ([]byte, error) {
	return bridge.abi.Pack("unpause")
}

// PackUpperHandleNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54edad72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upperHandleNonce() view returns(uint64)
func (bridge *Bridge) PackUpperHandleNonce() []byte {
	enc, err := bridge.abi.Pack("upperHandleNonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpperHandleNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54edad72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function upperHandleNonce() view returns(uint64)
func (bridge *Bridge) TryPackUpperHandleNonce() ([]byte, error) {
	return bridge.abi.Pack("upperHandleNonce")
}

// UnpackUpperHandleNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54edad72.
//
// Solidity: function upperHandleNonce() view returns(uint64)
func (bridge *Bridge) UnpackUpperHandleNonce(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("upperHandleNonce", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// BridgeAttestationURLAnnounced represents a AttestationURLAnnounced event raised by the Bridge contract.
type BridgeAttestationURLAnnounced struct {
	Operator common.Address
	Url      string
	Raw      *types.Log // Blockchain specific contextual infos
}

const BridgeAttestationURLAnnouncedEventName = "AttestationURLAnnounced"

// ContractEventName returns the user-defined event name.
func (BridgeAttestationURLAnnounced) ContractEventName() string {
	return BridgeAttestationURLAnnouncedEventName
}

// UnpackAttestationURLAnnouncedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationURLAnnounced(address indexed operator, string url)
func (bridge *Bridge) UnpackAttestationURLAnnouncedEvent(log *types.Log) (*BridgeAttestationURLAnnounced, error) {
	event := "AttestationURLAnnounced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeAttestationURLAnnounced)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeConfigurationVote represents a ConfigurationVote event raised by the Bridge contract.
type BridgeConfigurationVote struct {
	ConfigurationNonce uint64
	Operator           common.Address
	VoteKey            [32]byte
	Votes              uint8
	Raw                *types.Log // Blockchain specific contextual infos
}

const BridgeConfigurationVoteEventName = "ConfigurationVote"

// ContractEventName returns the user-defined event name.
func (BridgeConfigurationVote) ContractEventName() string {
	return BridgeConfigurationVoteEventName
}

// UnpackConfigurationVoteEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConfigurationVote(uint64 indexed configurationNonce, address indexed operator, bytes32 voteKey, uint8 votes)
func (bridge *Bridge) UnpackConfigurationVoteEvent(log *types.Log) (*BridgeConfigurationVote, error) {
	event := "ConfigurationVote"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeConfigurationVote)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeCounterpartBridgeChanged represents a CounterpartBridgeChanged event raised by the Bridge contract.
type BridgeCounterpartBridgeChanged struct {
	Bridge common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const BridgeCounterpartBridgeChangedEventName = "CounterpartBridgeChanged"

// ContractEventName returns the user-defined event name.
func (BridgeCounterpartBridgeChanged) ContractEventName() string {
	return BridgeCounterpartBridgeChangedEventName
}

// UnpackCounterpartBridgeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CounterpartBridgeChanged(address indexed bridge)
func (bridge *Bridge) UnpackCounterpartBridgeChangedEvent(log *types.Log) (*BridgeCounterpartBridgeChanged, error) {
	event := "CounterpartBridgeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeCounterpartBridgeChanged)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeEIP712DomainChanged represents a EIP712DomainChanged event raised by the Bridge contract.
type BridgeEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const BridgeEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (BridgeEIP712DomainChanged) ContractEventName() string {
	return BridgeEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (bridge *Bridge) UnpackEIP712DomainChangedEvent(log *types.Log) (*BridgeEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeERC20FeeChanged represents a ERC20FeeChanged event raised by the Bridge contract.
type BridgeERC20FeeChanged struct {
	Token              common.Address
	Fee                *big.Int
	ConfigurationNonce uint64
	Raw                *types.Log // Blockchain specific contextual infos
}

const BridgeERC20FeeChangedEventName = "ERC20FeeChanged"

// ContractEventName returns the user-defined event name.
func (BridgeERC20FeeChanged) ContractEventName() string {
	return BridgeERC20FeeChangedEventName
}

// UnpackERC20FeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ERC20FeeChanged(address indexed token, uint256 fee, uint64 configurationNonce)
func (bridge *Bridge) UnpackERC20FeeChangedEvent(log *types.Log) (*BridgeERC20FeeChanged, error) {
	event := "ERC20FeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeERC20FeeChanged)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeEpochChanged represents a EpochChanged event raised by the Bridge contract.
type BridgeEpochChanged struct {
	Epoch uint64
	Raw   *types.Log // Blockchain specific contextual infos
}

const BridgeEpochChangedEventName = "EpochChanged"

// ContractEventName returns the user-defined event name.
func (BridgeEpochChanged) ContractEventName() string {
	return BridgeEpochChangedEventName
}

// UnpackEpochChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochChanged(uint64 epoch)
func (bridge *Bridge) UnpackEpochChangedEvent(log *types.Log) (*BridgeEpochChanged, error) {
	event := "EpochChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeEpochChanged)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeFeeReceiverChanged represents a FeeReceiverChanged event raised by the Bridge contract.
type BridgeFeeReceiverChanged struct {
	Receiver common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const BridgeFeeReceiverChangedEventName = "FeeReceiverChanged"

// ContractEventName returns the user-defined event name.
func (BridgeFeeReceiverChanged) ContractEventName() string {
	return BridgeFeeReceiverChangedEventName
}

// UnpackFeeReceiverChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeReceiverChanged(address indexed receiver)
func (bridge *Bridge) UnpackFeeReceiverChangedEvent(log *types.Log) (*BridgeFeeReceiverChanged, error) {
	event := "FeeReceiverChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeFeeReceiverChanged)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeHandleFailed represents a HandleFailed event raised by the Bridge contract.
type BridgeHandleFailed struct {
	RequestNonce uint64
	VoteKey      [32]byte
	Reason       []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const BridgeHandleFailedEventName = "HandleFailed"

// ContractEventName returns the user-defined event name.
func (BridgeHandleFailed) ContractEventName() string {
	return BridgeHandleFailedEventName
}

// UnpackHandleFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HandleFailed(uint64 indexed requestNonce, bytes32 voteKey, bytes reason)
func (bridge *Bridge) UnpackHandleFailedEvent(log *types.Log) (*BridgeHandleFailed, error) {
	event := "HandleFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeHandleFailed)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeHandleRefunded represents a HandleRefunded event raised by the Bridge contract.
type BridgeHandleRefunded struct {
	HandleNonce        uint64
	VoteKey            [32]byte
	RefundRequestNonce uint64
	LowerHandleNonce   uint64
	Raw                *types.Log // Blockchain specific contextual infos
}

const BridgeHandleRefundedEventName = "HandleRefunded"

// ContractEventName returns the user-defined event name.
func (BridgeHandleRefunded) ContractEventName() string {
	return BridgeHandleRefundedEventName
}

// UnpackHandleRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HandleRefunded(uint64 indexed handleNonce, bytes32 voteKey, uint64 refundRequestNonce, uint64 lowerHandleNonce)
func (bridge *Bridge) UnpackHandleRefundedEvent(log *types.Log) (*BridgeHandleRefunded, error) {
	event := "HandleRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeHandleRefunded)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeHandleSkipped represents a HandleSkipped event raised by the Bridge contract.
type BridgeHandleSkipped struct {
	RequestNonce uint64
	Operator     common.Address
	Reason       []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const BridgeHandleSkippedEventName = "HandleSkipped"

// ContractEventName returns the user-defined event name.
func (BridgeHandleSkipped) ContractEventName() string {
	return BridgeHandleSkippedEventName
}

// UnpackHandleSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HandleSkipped(uint64 indexed requestNonce, address indexed operator, bytes reason)
func (bridge *Bridge) UnpackHandleSkippedEvent(log *types.Log) (*BridgeHandleSkipped, error) {
	event := "HandleSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeHandleSkipped)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeHandleValueTransfer represents a HandleValueTransfer event raised by the Bridge contract.
type BridgeHandleValueTransfer struct {
	RequestTxHash    [32]byte
	TokenType        uint8
	From             common.Address
	To               common.Address
	Token            common.Address
	ValueOrTokenId   *big.Int
	HandleNonce      uint64
	LowerHandleNonce uint64
	ExtraData        []byte
	Attestation      uint8
	Raw              *types.Log // Blockchain specific contextual infos
}

const BridgeHandleValueTransferEventName = "HandleValueTransfer"

// ContractEventName returns the user-defined event name.
func (BridgeHandleValueTransfer) ContractEventName() string {
	return BridgeHandleValueTransferEventName
}

// UnpackHandleValueTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HandleValueTransfer(bytes32 requestTxHash, uint8 tokenType, address indexed from, address indexed to, address indexed token, uint256 valueOrTokenId, uint64 handleNonce, uint64 lowerHandleNonce, bytes extraData, uint8 attestation)
func (bridge *Bridge) UnpackHandleValueTransferEvent(log *types.Log) (*BridgeHandleValueTransfer, error) {
	event := "HandleValueTransfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeHandleValueTransfer)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeHandleVote represents a HandleVote event raised by the Bridge contract.
type BridgeHandleVote struct {
	RequestNonce uint64
	Operator     common.Address
	VoteKey      [32]byte
	Votes        uint8
	Raw          *types.Log // Blockchain specific contextual infos
}

const BridgeHandleVoteEventName = "HandleVote"

// ContractEventName returns the user-defined event name.
func (BridgeHandleVote) ContractEventName() string {
	return BridgeHandleVoteEventName
}

// UnpackHandleVoteEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HandleVote(uint64 indexed requestNonce, address indexed operator, bytes32 voteKey, uint8 votes)
func (bridge *Bridge) UnpackHandleVoteEvent(log *types.Log) (*BridgeHandleVote, error) {
	event := "HandleVote"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeHandleVote)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeNativeFeeChanged represents a NativeFeeChanged event raised by the Bridge contract.
type BridgeNativeFeeChanged struct {
	Fee                *big.Int
	ConfigurationNonce uint64
	Raw                *types.Log // Blockchain specific contextual infos
}

const BridgeNativeFeeChangedEventName = "NativeFeeChanged"

// ContractEventName returns the user-defined event name.
func (BridgeNativeFeeChanged) ContractEventName() string {
	return BridgeNativeFeeChangedEventName
}

// UnpackNativeFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NativeFeeChanged(uint256 fee, uint64 configurationNonce)
func (bridge *Bridge) UnpackNativeFeeChangedEvent(log *types.Log) (*BridgeNativeFeeChanged, error) {
	event := "NativeFeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeNativeFeeChanged)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeNativeLiquidityCharged represents a NativeLiquidityCharged event raised by the Bridge contract.
type BridgeNativeLiquidityCharged struct {
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const BridgeNativeLiquidityChargedEventName = "NativeLiquidityCharged"

// ContractEventName returns the user-defined event name.
func (BridgeNativeLiquidityCharged) ContractEventName() string {
	return BridgeNativeLiquidityChargedEventName
}

// UnpackNativeLiquidityChargedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NativeLiquidityCharged(address indexed from, uint256 amount)
func (bridge *Bridge) UnpackNativeLiquidityChargedEvent(log *types.Log) (*BridgeNativeLiquidityCharged, error) {
	event := "NativeLiquidityCharged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeNativeLiquidityCharged)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeOperatorDeregistered represents a OperatorDeregistered event raised by the Bridge contract.
type BridgeOperatorDeregistered struct {
	Operator common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const BridgeOperatorDeregisteredEventName = "OperatorDeregistered"

// ContractEventName returns the user-defined event name.
func (BridgeOperatorDeregistered) ContractEventName() string {
	return BridgeOperatorDeregisteredEventName
}

// UnpackOperatorDeregisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorDeregistered(address indexed operator)
func (bridge *Bridge) UnpackOperatorDeregisteredEvent(log *types.Log) (*BridgeOperatorDeregistered, error) {
	event := "OperatorDeregistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeOperatorDeregistered)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeOperatorRegistered represents a OperatorRegistered event raised by the Bridge contract.
type BridgeOperatorRegistered struct {
	Operator common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const BridgeOperatorRegisteredEventName = "OperatorRegistered"

// ContractEventName returns the user-defined event name.
func (BridgeOperatorRegistered) ContractEventName() string {
	return BridgeOperatorRegisteredEventName
}

// UnpackOperatorRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorRegistered(address indexed operator)
func (bridge *Bridge) UnpackOperatorRegisteredEvent(log *types.Log) (*BridgeOperatorRegistered, error) {
	event := "OperatorRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeOperatorRegistered)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeOperatorThresholdChanged represents a OperatorThresholdChanged event raised by the Bridge contract.
type BridgeOperatorThresholdChanged struct {
	VoteType  uint8
	Threshold uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const BridgeOperatorThresholdChangedEventName = "OperatorThresholdChanged"

// ContractEventName returns the user-defined event name.
func (BridgeOperatorThresholdChanged) ContractEventName() string {
	return BridgeOperatorThresholdChangedEventName
}

// UnpackOperatorThresholdChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorThresholdChanged(uint8 voteType, uint8 threshold)
func (bridge *Bridge) UnpackOperatorThresholdChangedEvent(log *types.Log) (*BridgeOperatorThresholdChanged, error) {
	event := "OperatorThresholdChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeOperatorThresholdChanged)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Bridge contract.
type BridgeOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const BridgeOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (BridgeOwnershipTransferStarted) ContractEventName() string {
	return BridgeOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (bridge *Bridge) UnpackOwnershipTransferStartedEvent(log *types.Log) (*BridgeOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeOwnershipTransferred represents a OwnershipTransferred event raised by the Bridge contract.
type BridgeOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const BridgeOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (BridgeOwnershipTransferred) ContractEventName() string {
	return BridgeOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (bridge *Bridge) UnpackOwnershipTransferredEvent(log *types.Log) (*BridgeOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgePaused represents a Paused event raised by the Bridge contract.
type BridgePaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgePausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (BridgePaused) ContractEventName() string {
	return BridgePausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (bridge *Bridge) UnpackPausedEvent(log *types.Log) (*BridgePaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgePaused)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgePauserChanged represents a PauserChanged event raised by the Bridge contract.
type BridgePauserChanged struct {
	Pauser common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const BridgePauserChangedEventName = "PauserChanged"

// ContractEventName returns the user-defined event name.
func (BridgePauserChanged) ContractEventName() string {
	return BridgePauserChangedEventName
}

// UnpackPauserChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PauserChanged(address indexed pauser)
func (bridge *Bridge) UnpackPauserChangedEvent(log *types.Log) (*BridgePauserChanged, error) {
	event := "PauserChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgePauserChanged)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeRefundVote represents a RefundVote event raised by the Bridge contract.
type BridgeRefundVote struct {
	RequestNonce uint64
	Operator     common.Address
	VoteKey      [32]byte
	Votes        uint8
	Raw          *types.Log // Blockchain specific contextual infos
}

const BridgeRefundVoteEventName = "RefundVote"

// ContractEventName returns the user-defined event name.
func (BridgeRefundVote) ContractEventName() string {
	return BridgeRefundVoteEventName
}

// UnpackRefundVoteEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RefundVote(uint64 indexed requestNonce, address indexed operator, bytes32 voteKey, uint8 votes)
func (bridge *Bridge) UnpackRefundVoteEvent(log *types.Log) (*BridgeRefundVote, error) {
	event := "RefundVote"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeRefundVote)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeRequestValueTransfer represents a RequestValueTransfer event raised by the Bridge contract.
type BridgeRequestValueTransfer struct {
	TokenType      uint8
	From           common.Address
	To             common.Address
	Token          common.Address
	ValueOrTokenId *big.Int
	RequestNonce   uint64
	Fee            *big.Int
	ExtraData      []byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const BridgeRequestValueTransferEventName = "RequestValueTransfer"

// ContractEventName returns the user-defined event name.
func (BridgeRequestValueTransfer) ContractEventName() string {
	return BridgeRequestValueTransferEventName
}

// UnpackRequestValueTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestValueTransfer(uint8 tokenType, address indexed from, address indexed to, address indexed token, uint256 valueOrTokenId, uint64 requestNonce, uint256 fee, bytes extraData)
func (bridge *Bridge) UnpackRequestValueTransferEvent(log *types.Log) (*BridgeRequestValueTransfer, error) {
	event := "RequestValueTransfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeRequestValueTransfer)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeRequestValueTransferWithURI represents a RequestValueTransferWithURI event raised by the Bridge contract.
type BridgeRequestValueTransferWithURI struct {
	TokenType      uint8
	From           common.Address
	To             common.Address
	Token          common.Address
	ValueOrTokenId *big.Int
	RequestNonce   uint64
	Fee            *big.Int
	ExtraData      []byte
	TokenURI       string
	Raw            *types.Log // Blockchain specific contextual infos
}

const BridgeRequestValueTransferWithURIEventName = "RequestValueTransferWithURI"

// ContractEventName returns the user-defined event name.
func (BridgeRequestValueTransferWithURI) ContractEventName() string {
	return BridgeRequestValueTransferWithURIEventName
}

// UnpackRequestValueTransferWithURIEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestValueTransferWithURI(uint8 tokenType, address indexed from, address indexed to, address indexed token, uint256 valueOrTokenId, uint64 requestNonce, uint256 fee, bytes extraData, string tokenURI)
func (bridge *Bridge) UnpackRequestValueTransferWithURIEvent(log *types.Log) (*BridgeRequestValueTransferWithURI, error) {
	event := "RequestValueTransferWithURI"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeRequestValueTransferWithURI)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeTokenDeregistered represents a TokenDeregistered event raised by the Bridge contract.
type BridgeTokenDeregistered struct {
	Token            common.Address
	CounterpartToken common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const BridgeTokenDeregisteredEventName = "TokenDeregistered"

// ContractEventName returns the user-defined event name.
func (BridgeTokenDeregistered) ContractEventName() string {
	return BridgeTokenDeregisteredEventName
}

// UnpackTokenDeregisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenDeregistered(address indexed token, address indexed counterpartToken)
func (bridge *Bridge) UnpackTokenDeregisteredEvent(log *types.Log) (*BridgeTokenDeregistered, error) {
	event := "TokenDeregistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeTokenDeregistered)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeTokenLocked represents a TokenLocked event raised by the Bridge contract.
type BridgeTokenLocked struct {
	Token common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const BridgeTokenLockedEventName = "TokenLocked"

// ContractEventName returns the user-defined event name.
func (BridgeTokenLocked) ContractEventName() string {
	return BridgeTokenLockedEventName
}

// UnpackTokenLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenLocked(address indexed token)
func (bridge *Bridge) UnpackTokenLockedEvent(log *types.Log) (*BridgeTokenLocked, error) {
	event := "TokenLocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeTokenLocked)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeTokenMintBurnChanged represents a TokenMintBurnChanged event raised by the Bridge contract.
type BridgeTokenMintBurnChanged struct {
	Token    common.Address
	MintBurn bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const BridgeTokenMintBurnChangedEventName = "TokenMintBurnChanged"

// ContractEventName returns the user-defined event name.
func (BridgeTokenMintBurnChanged) ContractEventName() string {
	return BridgeTokenMintBurnChangedEventName
}

// UnpackTokenMintBurnChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenMintBurnChanged(address indexed token, bool mintBurn)
func (bridge *Bridge) UnpackTokenMintBurnChangedEvent(log *types.Log) (*BridgeTokenMintBurnChanged, error) {
	event := "TokenMintBurnChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeTokenMintBurnChanged)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeTokenRegistered represents a TokenRegistered event raised by the Bridge contract.
type BridgeTokenRegistered struct {
	Token            common.Address
	CounterpartToken common.Address
	TokenType        uint8
	Raw              *types.Log // Blockchain specific contextual infos
}

const BridgeTokenRegisteredEventName = "TokenRegistered"

// ContractEventName returns the user-defined event name.
func (BridgeTokenRegistered) ContractEventName() string {
	return BridgeTokenRegisteredEventName
}

// UnpackTokenRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenRegistered(address indexed token, address indexed counterpartToken, uint8 tokenType)
func (bridge *Bridge) UnpackTokenRegisteredEvent(log *types.Log) (*BridgeTokenRegistered, error) {
	event := "TokenRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeTokenRegistered)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeTokenUnlocked represents a TokenUnlocked event raised by the Bridge contract.
type BridgeTokenUnlocked struct {
	Token common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const BridgeTokenUnlockedEventName = "TokenUnlocked"

// ContractEventName returns the user-defined event name.
func (BridgeTokenUnlocked) ContractEventName() string {
	return BridgeTokenUnlockedEventName
}

// UnpackTokenUnlockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenUnlocked(address indexed token)
func (bridge *Bridge) UnpackTokenUnlockedEvent(log *types.Log) (*BridgeTokenUnlocked, error) {
	event := "TokenUnlocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeTokenUnlocked)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeUnpaused represents a Unpaused event raised by the Bridge contract.
type BridgeUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (BridgeUnpaused) ContractEventName() string {
	return BridgeUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (bridge *Bridge) UnpackUnpausedEvent(log *types.Log) (*BridgeUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeUnpaused)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (bridge *Bridge) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bridge.abi.Errors["AlreadyOperator"].ID.Bytes()[:4]) {
		return bridge.UnpackAlreadyOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["AlreadyVoted"].ID.Bytes()[:4]) {
		return bridge.UnpackAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["AmountBelowFeeLimit"].ID.Bytes()[:4]) {
		return bridge.UnpackAmountBelowFeeLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["AttestationURLTooLong"].ID.Bytes()[:4]) {
		return bridge.UnpackAttestationURLTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["BatchTooLarge"].ID.Bytes()[:4]) {
		return bridge.UnpackBatchTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["CounterpartNotSet"].ID.Bytes()[:4]) {
		return bridge.UnpackCounterpartNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["DirectTransferRefused"].ID.Bytes()[:4]) {
		return bridge.UnpackDirectTransferRefusedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["DuplicateSigner"].ID.Bytes()[:4]) {
		return bridge.UnpackDuplicateSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return bridge.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return bridge.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ExtraDataTooLong"].ID.Bytes()[:4]) {
		return bridge.UnpackExtraDataTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InsufficientFeeLimit"].ID.Bytes()[:4]) {
		return bridge.UnpackInsufficientFeeLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InsufficientGas"].ID.Bytes()[:4]) {
		return bridge.UnpackInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InsufficientLiquidity"].ID.Bytes()[:4]) {
		return bridge.UnpackInsufficientLiquidityError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InsufficientPayment"].ID.Bytes()[:4]) {
		return bridge.UnpackInsufficientPaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InsufficientSignatures"].ID.Bytes()[:4]) {
		return bridge.UnpackInsufficientSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidConfigurationNonce"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidConfigurationNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidHandleCall"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidHandleCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidThreshold"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidTransferData"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidTransferDataError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidVoteType"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidVoteTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return bridge.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NativeTransferFailed"].ID.Bytes()[:4]) {
		return bridge.UnpackNativeTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NonceAlreadyHandled"].ID.Bytes()[:4]) {
		return bridge.UnpackNonceAlreadyHandledError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NonceOutOfWindow"].ID.Bytes()[:4]) {
		return bridge.UnpackNonceOutOfWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NonceRefunded"].ID.Bytes()[:4]) {
		return bridge.UnpackNonceRefundedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotAContract"].ID.Bytes()[:4]) {
		return bridge.UnpackNotAContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return bridge.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotOwnerOrOperator"].ID.Bytes()[:4]) {
		return bridge.UnpackNotOwnerOrOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return bridge.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return bridge.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["OwnershipRenounceDisabled"].ID.Bytes()[:4]) {
		return bridge.UnpackOwnershipRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["PayoutOutOfGas"].ID.Bytes()[:4]) {
		return bridge.UnpackPayoutOutOfGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return bridge.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["RefundOfRefund"].ID.Bytes()[:4]) {
		return bridge.UnpackRefundOfRefundError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return bridge.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["SignerNotOperator"].ID.Bytes()[:4]) {
		return bridge.UnpackSignerNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["SignersNotAscending"].ID.Bytes()[:4]) {
		return bridge.UnpackSignersNotAscendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["StaleEpoch"].ID.Bytes()[:4]) {
		return bridge.UnpackStaleEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return bridge.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["TokenAlreadyRegistered"].ID.Bytes()[:4]) {
		return bridge.UnpackTokenAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["TokenCallFailed"].ID.Bytes()[:4]) {
		return bridge.UnpackTokenCallFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["TokenIsLocked"].ID.Bytes()[:4]) {
		return bridge.UnpackTokenIsLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["TokenNotRegistered"].ID.Bytes()[:4]) {
		return bridge.UnpackTokenNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["TokenTypeMismatch"].ID.Bytes()[:4]) {
		return bridge.UnpackTokenTypeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["TokenURITooLong"].ID.Bytes()[:4]) {
		return bridge.UnpackTokenURITooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["TooManyOperators"].ID.Bytes()[:4]) {
		return bridge.UnpackTooManyOperatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroValue"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroValueError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BridgeAlreadyOperator represents a AlreadyOperator error raised by the Bridge contract.
type BridgeAlreadyOperator struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyOperator(address account)
func BridgeAlreadyOperatorErrorID() common.Hash {
	return common.HexToHash("0x42a86221149ac40aeb1734c5eae0f6c427fb132645b4e9e44a2547ae432b6355")
}

// UnpackAlreadyOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyOperator(address account)
func (bridge *Bridge) UnpackAlreadyOperatorError(raw []byte) (*BridgeAlreadyOperator, error) {
	out := new(BridgeAlreadyOperator)
	if err := bridge.abi.UnpackIntoInterface(out, "AlreadyOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeAlreadyVoted represents a AlreadyVoted error raised by the Bridge contract.
type BridgeAlreadyVoted struct {
	Nonce    uint64
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyVoted(uint64 nonce, address operator)
func BridgeAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0xe4df9458dce04a4692596a2c20490c1359a1284cec1357a3aee6fd69d8dad898")
}

// UnpackAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyVoted(uint64 nonce, address operator)
func (bridge *Bridge) UnpackAlreadyVotedError(raw []byte) (*BridgeAlreadyVoted, error) {
	out := new(BridgeAlreadyVoted)
	if err := bridge.abi.UnpackIntoInterface(out, "AlreadyVoted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeAmountBelowFeeLimit represents a AmountBelowFeeLimit error raised by the Bridge contract.
type BridgeAmountBelowFeeLimit struct {
	Amount   *big.Int
	FeeLimit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountBelowFeeLimit(uint256 amount, uint256 feeLimit)
func BridgeAmountBelowFeeLimitErrorID() common.Hash {
	return common.HexToHash("0xbe811a87788316d95ee9a51cd39fa5a526ac4fc74b7736593ab331d0d1c335ce")
}

// UnpackAmountBelowFeeLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountBelowFeeLimit(uint256 amount, uint256 feeLimit)
func (bridge *Bridge) UnpackAmountBelowFeeLimitError(raw []byte) (*BridgeAmountBelowFeeLimit, error) {
	out := new(BridgeAmountBelowFeeLimit)
	if err := bridge.abi.UnpackIntoInterface(out, "AmountBelowFeeLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeAttestationURLTooLong represents a AttestationURLTooLong error raised by the Bridge contract.
type BridgeAttestationURLTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationURLTooLong(uint256 length, uint256 max)
func BridgeAttestationURLTooLongErrorID() common.Hash {
	return common.HexToHash("0xc6908510169aced620e3298399e9efb875ce760d923286b49199feaa0984dae6")
}

// UnpackAttestationURLTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationURLTooLong(uint256 length, uint256 max)
func (bridge *Bridge) UnpackAttestationURLTooLongError(raw []byte) (*BridgeAttestationURLTooLong, error) {
	out := new(BridgeAttestationURLTooLong)
	if err := bridge.abi.UnpackIntoInterface(out, "AttestationURLTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeBatchTooLarge represents a BatchTooLarge error raised by the Bridge contract.
type BridgeBatchTooLarge struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchTooLarge(uint256 length, uint256 max)
func BridgeBatchTooLargeErrorID() common.Hash {
	return common.HexToHash("0xbb1cb70bcc2ddbaabd8d251943ebb6b48ae10b9f78ce35a6f00b43eac7ae64f1")
}

// UnpackBatchTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchTooLarge(uint256 length, uint256 max)
func (bridge *Bridge) UnpackBatchTooLargeError(raw []byte) (*BridgeBatchTooLarge, error) {
	out := new(BridgeBatchTooLarge)
	if err := bridge.abi.UnpackIntoInterface(out, "BatchTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeCounterpartNotSet represents a CounterpartNotSet error raised by the Bridge contract.
type BridgeCounterpartNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CounterpartNotSet()
func BridgeCounterpartNotSetErrorID() common.Hash {
	return common.HexToHash("0x1b002567c6fd55089d00b39d51e5fc3df2d78d92ce3377db4dce3f2eed2af628")
}

// UnpackCounterpartNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CounterpartNotSet()
func (bridge *Bridge) UnpackCounterpartNotSetError(raw []byte) (*BridgeCounterpartNotSet, error) {
	out := new(BridgeCounterpartNotSet)
	if err := bridge.abi.UnpackIntoInterface(out, "CounterpartNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeDirectTransferRefused represents a DirectTransferRefused error raised by the Bridge contract.
type BridgeDirectTransferRefused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DirectTransferRefused()
func BridgeDirectTransferRefusedErrorID() common.Hash {
	return common.HexToHash("0xb964322a97b55f5693bf1dbedae17fe63611d30fbf4ce6962fd1f0c66babc742")
}

// UnpackDirectTransferRefusedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DirectTransferRefused()
func (bridge *Bridge) UnpackDirectTransferRefusedError(raw []byte) (*BridgeDirectTransferRefused, error) {
	out := new(BridgeDirectTransferRefused)
	if err := bridge.abi.UnpackIntoInterface(out, "DirectTransferRefused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeDuplicateSigner represents a DuplicateSigner error raised by the Bridge contract.
type BridgeDuplicateSigner struct {
	Nonce  uint64
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateSigner(uint64 nonce, address signer)
func BridgeDuplicateSignerErrorID() common.Hash {
	return common.HexToHash("0xf7c23b25f71adce59c8782c3d8db04428fc137114deee04914f73474388b826f")
}

// UnpackDuplicateSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateSigner(uint64 nonce, address signer)
func (bridge *Bridge) UnpackDuplicateSignerError(raw []byte) (*BridgeDuplicateSigner, error) {
	out := new(BridgeDuplicateSigner)
	if err := bridge.abi.UnpackIntoInterface(out, "DuplicateSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeEnforcedPause represents a EnforcedPause error raised by the Bridge contract.
type BridgeEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func BridgeEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (bridge *Bridge) UnpackEnforcedPauseError(raw []byte) (*BridgeEnforcedPause, error) {
	out := new(BridgeEnforcedPause)
	if err := bridge.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeExpectedPause represents a ExpectedPause error raised by the Bridge contract.
type BridgeExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func BridgeExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (bridge *Bridge) UnpackExpectedPauseError(raw []byte) (*BridgeExpectedPause, error) {
	out := new(BridgeExpectedPause)
	if err := bridge.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeExtraDataTooLong represents a ExtraDataTooLong error raised by the Bridge contract.
type BridgeExtraDataTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExtraDataTooLong(uint256 length, uint256 max)
func BridgeExtraDataTooLongErrorID() common.Hash {
	return common.HexToHash("0xcf198cefd0ca262a6aaeb70db2fae70ff7dbc4f41ca5847f44ca40a96f2fada1")
}

// UnpackExtraDataTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExtraDataTooLong(uint256 length, uint256 max)
func (bridge *Bridge) UnpackExtraDataTooLongError(raw []byte) (*BridgeExtraDataTooLong, error) {
	out := new(BridgeExtraDataTooLong)
	if err := bridge.abi.UnpackIntoInterface(out, "ExtraDataTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInsufficientFeeLimit represents a InsufficientFeeLimit error raised by the Bridge contract.
type BridgeInsufficientFeeLimit struct {
	FeeLimit *big.Int
	Fee      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFeeLimit(uint256 feeLimit, uint256 fee)
func BridgeInsufficientFeeLimitErrorID() common.Hash {
	return common.HexToHash("0x7aa4184431ef2839a150ab58bd3240e9501fc5b45cdc778908f36601032ca893")
}

// UnpackInsufficientFeeLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFeeLimit(uint256 feeLimit, uint256 fee)
func (bridge *Bridge) UnpackInsufficientFeeLimitError(raw []byte) (*BridgeInsufficientFeeLimit, error) {
	out := new(BridgeInsufficientFeeLimit)
	if err := bridge.abi.UnpackIntoInterface(out, "InsufficientFeeLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInsufficientGas represents a InsufficientGas error raised by the Bridge contract.
type BridgeInsufficientGas struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGas()
func BridgeInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0x1c26714c035362f785e44b6773a87881da86705e5698c55bb550907617bb1353")
}

// UnpackInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGas()
func (bridge *Bridge) UnpackInsufficientGasError(raw []byte) (*BridgeInsufficientGas, error) {
	out := new(BridgeInsufficientGas)
	if err := bridge.abi.UnpackIntoInterface(out, "InsufficientGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInsufficientLiquidity represents a InsufficientLiquidity error raised by the Bridge contract.
type BridgeInsufficientLiquidity struct {
	Balance *big.Int
	Value   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientLiquidity(uint256 balance, uint256 value)
func BridgeInsufficientLiquidityErrorID() common.Hash {
	return common.HexToHash("0xa17e11d5aed9d2c4240142d28db52e7da7283f43ac33766dd68e8f3dc6613c0d")
}

// UnpackInsufficientLiquidityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientLiquidity(uint256 balance, uint256 value)
func (bridge *Bridge) UnpackInsufficientLiquidityError(raw []byte) (*BridgeInsufficientLiquidity, error) {
	out := new(BridgeInsufficientLiquidity)
	if err := bridge.abi.UnpackIntoInterface(out, "InsufficientLiquidity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInsufficientPayment represents a InsufficientPayment error raised by the Bridge contract.
type BridgeInsufficientPayment struct {
	Paid  *big.Int
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientPayment(uint256 paid, uint256 value)
func BridgeInsufficientPaymentErrorID() common.Hash {
	return common.HexToHash("0xb99e2ab74a9c2e995ae1a652f5e2850be9926ff7f7c383e9a2f87106a5985716")
}

// UnpackInsufficientPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientPayment(uint256 paid, uint256 value)
func (bridge *Bridge) UnpackInsufficientPaymentError(raw []byte) (*BridgeInsufficientPayment, error) {
	out := new(BridgeInsufficientPayment)
	if err := bridge.abi.UnpackIntoInterface(out, "InsufficientPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInsufficientSignatures represents a InsufficientSignatures error raised by the Bridge contract.
type BridgeInsufficientSignatures struct {
	Nonce     uint64
	Count     *big.Int
	Threshold uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientSignatures(uint64 nonce, uint256 count, uint8 threshold)
func BridgeInsufficientSignaturesErrorID() common.Hash {
	return common.HexToHash("0xecc77f84e01f58a3fd16b896f30f3c9cccd5267907879bbfc0f9ae813c9333b7")
}

// UnpackInsufficientSignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientSignatures(uint64 nonce, uint256 count, uint8 threshold)
func (bridge *Bridge) UnpackInsufficientSignaturesError(raw []byte) (*BridgeInsufficientSignatures, error) {
	out := new(BridgeInsufficientSignatures)
	if err := bridge.abi.UnpackIntoInterface(out, "InsufficientSignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidConfigurationNonce represents a InvalidConfigurationNonce error raised by the Bridge contract.
type BridgeInvalidConfigurationNonce struct {
	Given    uint64
	Expected uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfigurationNonce(uint64 given, uint64 expected)
func BridgeInvalidConfigurationNonceErrorID() common.Hash {
	return common.HexToHash("0x370e5dbc3b7b6a964839808c864c22e080043e4c1515801d793ec009980cf225")
}

// UnpackInvalidConfigurationNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfigurationNonce(uint64 given, uint64 expected)
func (bridge *Bridge) UnpackInvalidConfigurationNonceError(raw []byte) (*BridgeInvalidConfigurationNonce, error) {
	out := new(BridgeInvalidConfigurationNonce)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidConfigurationNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidHandleCall represents a InvalidHandleCall error raised by the Bridge contract.
type BridgeInvalidHandleCall struct {
	Nonce uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidHandleCall(uint64 nonce)
func BridgeInvalidHandleCallErrorID() common.Hash {
	return common.HexToHash("0xf2c8f62905593c1d4c8eeca3e861de9d87a4193f36ca0d503326b451fcd37098")
}

// UnpackInvalidHandleCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidHandleCall(uint64 nonce)
func (bridge *Bridge) UnpackInvalidHandleCallError(raw []byte) (*BridgeInvalidHandleCall, error) {
	out := new(BridgeInvalidHandleCall)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidHandleCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidShortString represents a InvalidShortString error raised by the Bridge contract.
type BridgeInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func BridgeInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (bridge *Bridge) UnpackInvalidShortStringError(raw []byte) (*BridgeInvalidShortString, error) {
	out := new(BridgeInvalidShortString)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidSignature represents a InvalidSignature error raised by the Bridge contract.
type BridgeInvalidSignature struct {
	Nonce uint64
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(uint64 nonce, uint256 index)
func BridgeInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x2ef7545c2538ca80cd93b16b523b6ef3abb6debc2a82a697da0f8c745ff61326")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(uint64 nonce, uint256 index)
func (bridge *Bridge) UnpackInvalidSignatureError(raw []byte) (*BridgeInvalidSignature, error) {
	out := new(BridgeInvalidSignature)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidThreshold represents a InvalidThreshold error raised by the Bridge contract.
type BridgeInvalidThreshold struct {
	Threshold     uint8
	OperatorCount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidThreshold(uint8 threshold, uint256 operatorCount)
func BridgeInvalidThresholdErrorID() common.Hash {
	return common.HexToHash("0x64d57014bbd5e82994b8dcd868cf098a4766a4ee4ea5a6bd6185458ed71cf7eb")
}

// UnpackInvalidThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidThreshold(uint8 threshold, uint256 operatorCount)
func (bridge *Bridge) UnpackInvalidThresholdError(raw []byte) (*BridgeInvalidThreshold, error) {
	out := new(BridgeInvalidThreshold)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidTransferData represents a InvalidTransferData error raised by the Bridge contract.
type BridgeInvalidTransferData struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTransferData()
func BridgeInvalidTransferDataErrorID() common.Hash {
	return common.HexToHash("0x180d5e74e3eac4ad9b3ee77279e8b7a68974ca734e1d31217e1c81d60a8a9de8")
}

// UnpackInvalidTransferDataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTransferData()
func (bridge *Bridge) UnpackInvalidTransferDataError(raw []byte) (*BridgeInvalidTransferData, error) {
	out := new(BridgeInvalidTransferData)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidTransferData", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidVoteType represents a InvalidVoteType error raised by the Bridge contract.
type BridgeInvalidVoteType struct {
	VoteType uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidVoteType(uint8 voteType)
func BridgeInvalidVoteTypeErrorID() common.Hash {
	return common.HexToHash("0x2081b223eb4f2c66ee12a90589ced2b463980c4a7feadb289677bc830f87b042")
}

// UnpackInvalidVoteTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidVoteType(uint8 voteType)
func (bridge *Bridge) UnpackInvalidVoteTypeError(raw []byte) (*BridgeInvalidVoteType, error) {
	out := new(BridgeInvalidVoteType)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidVoteType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeLengthMismatch represents a LengthMismatch error raised by the Bridge contract.
type BridgeLengthMismatch struct {
	Calls      *big.Int
	Signatures *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 calls, uint256 signatures)
func BridgeLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 calls, uint256 signatures)
func (bridge *Bridge) UnpackLengthMismatchError(raw []byte) (*BridgeLengthMismatch, error) {
	out := new(BridgeLengthMismatch)
	if err := bridge.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNativeTransferFailed represents a NativeTransferFailed error raised by the Bridge contract.
type BridgeNativeTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NativeTransferFailed(address to, uint256 amount)
func BridgeNativeTransferFailedErrorID() common.Hash {
	return common.HexToHash("0xa5b05eec8040da65485bf3ab248b47c42271aa50a9234ed8f116e568dc285cc6")
}

// UnpackNativeTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NativeTransferFailed(address to, uint256 amount)
func (bridge *Bridge) UnpackNativeTransferFailedError(raw []byte) (*BridgeNativeTransferFailed, error) {
	out := new(BridgeNativeTransferFailed)
	if err := bridge.abi.UnpackIntoInterface(out, "NativeTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNonceAlreadyHandled represents a NonceAlreadyHandled error raised by the Bridge contract.
type BridgeNonceAlreadyHandled struct {
	Nonce uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonceAlreadyHandled(uint64 nonce)
func BridgeNonceAlreadyHandledErrorID() common.Hash {
	return common.HexToHash("0xba9abdc10f7fa43b3f1e3fc4f5d6670a411af68b26b6b388989e828686f4f3b4")
}

// UnpackNonceAlreadyHandledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonceAlreadyHandled(uint64 nonce)
func (bridge *Bridge) UnpackNonceAlreadyHandledError(raw []byte) (*BridgeNonceAlreadyHandled, error) {
	out := new(BridgeNonceAlreadyHandled)
	if err := bridge.abi.UnpackIntoInterface(out, "NonceAlreadyHandled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNonceOutOfWindow represents a NonceOutOfWindow error raised by the Bridge contract.
type BridgeNonceOutOfWindow struct {
	Nonce uint64
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonceOutOfWindow(uint64 nonce, uint256 limit)
func BridgeNonceOutOfWindowErrorID() common.Hash {
	return common.HexToHash("0xeee67c922efb3559297db3564b75aceaa4e3fcce52db53027da81185d64d7421")
}

// UnpackNonceOutOfWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonceOutOfWindow(uint64 nonce, uint256 limit)
func (bridge *Bridge) UnpackNonceOutOfWindowError(raw []byte) (*BridgeNonceOutOfWindow, error) {
	out := new(BridgeNonceOutOfWindow)
	if err := bridge.abi.UnpackIntoInterface(out, "NonceOutOfWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNonceRefunded represents a NonceRefunded error raised by the Bridge contract.
type BridgeNonceRefunded struct {
	Nonce uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonceRefunded(uint64 nonce)
func BridgeNonceRefundedErrorID() common.Hash {
	return common.HexToHash("0x089a4e36e080f14ebac8de07c3b55c444e8a0ec14bffff7d06fd6f78848ccea3")
}

// UnpackNonceRefundedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonceRefunded(uint64 nonce)
func (bridge *Bridge) UnpackNonceRefundedError(raw []byte) (*BridgeNonceRefunded, error) {
	out := new(BridgeNonceRefunded)
	if err := bridge.abi.UnpackIntoInterface(out, "NonceRefunded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotAContract represents a NotAContract error raised by the Bridge contract.
type BridgeNotAContract struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAContract(address token)
func BridgeNotAContractErrorID() common.Hash {
	return common.HexToHash("0x8a8b41ec6b8382733436ac0321a506b0d1e41dc29c8650d1fd1ff17e726ab809")
}

// UnpackNotAContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAContract(address token)
func (bridge *Bridge) UnpackNotAContractError(raw []byte) (*BridgeNotAContract, error) {
	out := new(BridgeNotAContract)
	if err := bridge.abi.UnpackIntoInterface(out, "NotAContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotOperator represents a NotOperator error raised by the Bridge contract.
type BridgeNotOperator struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOperator(address account)
func BridgeNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x76c6c93a6423c7e2cef5f93921b1d4d1a5ffb795cd7cfed2df95566b7c7f7c40")
}

// UnpackNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOperator(address account)
func (bridge *Bridge) UnpackNotOperatorError(raw []byte) (*BridgeNotOperator, error) {
	out := new(BridgeNotOperator)
	if err := bridge.abi.UnpackIntoInterface(out, "NotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotOwnerOrOperator represents a NotOwnerOrOperator error raised by the Bridge contract.
type BridgeNotOwnerOrOperator struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerOrOperator(address account)
func BridgeNotOwnerOrOperatorErrorID() common.Hash {
	return common.HexToHash("0x242e9ab749cb5cb480db36d319962c18e18da7d049358b04ba533c0d3d9f3ebc")
}

// UnpackNotOwnerOrOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerOrOperator(address account)
func (bridge *Bridge) UnpackNotOwnerOrOperatorError(raw []byte) (*BridgeNotOwnerOrOperator, error) {
	out := new(BridgeNotOwnerOrOperator)
	if err := bridge.abi.UnpackIntoInterface(out, "NotOwnerOrOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Bridge contract.
type BridgeOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func BridgeOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (bridge *Bridge) UnpackOwnableInvalidOwnerError(raw []byte) (*BridgeOwnableInvalidOwner, error) {
	out := new(BridgeOwnableInvalidOwner)
	if err := bridge.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Bridge contract.
type BridgeOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func BridgeOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (bridge *Bridge) UnpackOwnableUnauthorizedAccountError(raw []byte) (*BridgeOwnableUnauthorizedAccount, error) {
	out := new(BridgeOwnableUnauthorizedAccount)
	if err := bridge.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeOwnershipRenounceDisabled represents a OwnershipRenounceDisabled error raised by the Bridge contract.
type BridgeOwnershipRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnershipRenounceDisabled()
func BridgeOwnershipRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x3df11b96b71e08006c1d08267bf883c0e6323d9886240f292004a1d24236e3ec")
}

// UnpackOwnershipRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnershipRenounceDisabled()
func (bridge *Bridge) UnpackOwnershipRenounceDisabledError(raw []byte) (*BridgeOwnershipRenounceDisabled, error) {
	out := new(BridgeOwnershipRenounceDisabled)
	if err := bridge.abi.UnpackIntoInterface(out, "OwnershipRenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgePayoutOutOfGas represents a PayoutOutOfGas error raised by the Bridge contract.
type BridgePayoutOutOfGas struct {
	Stipend *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutOutOfGas(uint256 stipend)
func BridgePayoutOutOfGasErrorID() common.Hash {
	return common.HexToHash("0x5c6a6048489f47958721af440c1a9ceb9f7f3a909022977d78820d250ada308b")
}

// UnpackPayoutOutOfGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutOutOfGas(uint256 stipend)
func (bridge *Bridge) UnpackPayoutOutOfGasError(raw []byte) (*BridgePayoutOutOfGas, error) {
	out := new(BridgePayoutOutOfGas)
	if err := bridge.abi.UnpackIntoInterface(out, "PayoutOutOfGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Bridge contract.
type BridgeReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func BridgeReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (bridge *Bridge) UnpackReentrancyGuardReentrantCallError(raw []byte) (*BridgeReentrancyGuardReentrantCall, error) {
	out := new(BridgeReentrancyGuardReentrantCall)
	if err := bridge.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeRefundOfRefund represents a RefundOfRefund error raised by the Bridge contract.
type BridgeRefundOfRefund struct {
	Nonce uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RefundOfRefund(uint64 nonce)
func BridgeRefundOfRefundErrorID() common.Hash {
	return common.HexToHash("0x324f89481b884e2c80e74387b8a09502fb044927182d963409cc06bb83ff90b9")
}

// UnpackRefundOfRefundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RefundOfRefund(uint64 nonce)
func (bridge *Bridge) UnpackRefundOfRefundError(raw []byte) (*BridgeRefundOfRefund, error) {
	out := new(BridgeRefundOfRefund)
	if err := bridge.abi.UnpackIntoInterface(out, "RefundOfRefund", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Bridge contract.
type BridgeSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func BridgeSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (bridge *Bridge) UnpackSafeERC20FailedOperationError(raw []byte) (*BridgeSafeERC20FailedOperation, error) {
	out := new(BridgeSafeERC20FailedOperation)
	if err := bridge.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeSignerNotOperator represents a SignerNotOperator error raised by the Bridge contract.
type BridgeSignerNotOperator struct {
	Nonce  uint64
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerNotOperator(uint64 nonce, address signer)
func BridgeSignerNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x8c65f923b3bdfa77135b5c7318993873c5a51f4adbc34b5fe486b540bb51ba75")
}

// UnpackSignerNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerNotOperator(uint64 nonce, address signer)
func (bridge *Bridge) UnpackSignerNotOperatorError(raw []byte) (*BridgeSignerNotOperator, error) {
	out := new(BridgeSignerNotOperator)
	if err := bridge.abi.UnpackIntoInterface(out, "SignerNotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeSignersNotAscending represents a SignersNotAscending error raised by the Bridge contract.
type BridgeSignersNotAscending struct {
	Nonce  uint64
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersNotAscending(uint64 nonce, address signer)
func BridgeSignersNotAscendingErrorID() common.Hash {
	return common.HexToHash("0x04a4e10193376299993145938ec86cc4a6e553d16cb654c66c6251372a3d9525")
}

// UnpackSignersNotAscendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersNotAscending(uint64 nonce, address signer)
func (bridge *Bridge) UnpackSignersNotAscendingError(raw []byte) (*BridgeSignersNotAscending, error) {
	out := new(BridgeSignersNotAscending)
	if err := bridge.abi.UnpackIntoInterface(out, "SignersNotAscending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeStaleEpoch represents a StaleEpoch error raised by the Bridge contract.
type BridgeStaleEpoch struct {
	Given   uint64
	Current uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleEpoch(uint64 given, uint64 current)
func BridgeStaleEpochErrorID() common.Hash {
	return common.HexToHash("0xce85c4225d2813b50103ed0229b2e59cbf35056a7daf864f295bf12a9886a9c5")
}

// UnpackStaleEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleEpoch(uint64 given, uint64 current)
func (bridge *Bridge) UnpackStaleEpochError(raw []byte) (*BridgeStaleEpoch, error) {
	out := new(BridgeStaleEpoch)
	if err := bridge.abi.UnpackIntoInterface(out, "StaleEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeStringTooLong represents a StringTooLong error raised by the Bridge contract.
type BridgeStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func BridgeStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (bridge *Bridge) UnpackStringTooLongError(raw []byte) (*BridgeStringTooLong, error) {
	out := new(BridgeStringTooLong)
	if err := bridge.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeTokenAlreadyRegistered represents a TokenAlreadyRegistered error raised by the Bridge contract.
type BridgeTokenAlreadyRegistered struct {
	Token       common.Address
	Counterpart common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenAlreadyRegistered(address token, address counterpart)
func BridgeTokenAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x4c99c275d4f1b8cb8241d7932b7ef09620be00274259dcf7af39804fab3d6d86")
}

// UnpackTokenAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenAlreadyRegistered(address token, address counterpart)
func (bridge *Bridge) UnpackTokenAlreadyRegisteredError(raw []byte) (*BridgeTokenAlreadyRegistered, error) {
	out := new(BridgeTokenAlreadyRegistered)
	if err := bridge.abi.UnpackIntoInterface(out, "TokenAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeTokenCallFailed represents a TokenCallFailed error raised by the Bridge contract.
type BridgeTokenCallFailed struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenCallFailed(address token)
func BridgeTokenCallFailedErrorID() common.Hash {
	return common.HexToHash("0xfecb69b4f00b9203b60da5ed901012a39c115c782cd06a41cb7715ca2556cd47")
}

// UnpackTokenCallFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenCallFailed(address token)
func (bridge *Bridge) UnpackTokenCallFailedError(raw []byte) (*BridgeTokenCallFailed, error) {
	out := new(BridgeTokenCallFailed)
	if err := bridge.abi.UnpackIntoInterface(out, "TokenCallFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeTokenIsLocked represents a TokenIsLocked error raised by the Bridge contract.
type BridgeTokenIsLocked struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenIsLocked(address token)
func BridgeTokenIsLockedErrorID() common.Hash {
	return common.HexToHash("0x7e4e19fb7c0f53b2671492fa6978e6042a932c9ddd8de2d784af7b80c5ee85d3")
}

// UnpackTokenIsLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenIsLocked(address token)
func (bridge *Bridge) UnpackTokenIsLockedError(raw []byte) (*BridgeTokenIsLocked, error) {
	out := new(BridgeTokenIsLocked)
	if err := bridge.abi.UnpackIntoInterface(out, "TokenIsLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeTokenNotRegistered represents a TokenNotRegistered error raised by the Bridge contract.
type BridgeTokenNotRegistered struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotRegistered(address token)
func BridgeTokenNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xddef98d7d3588b501c2e5e284f10c0ec2d39464d4628e1f36c50bbc18d4a7008")
}

// UnpackTokenNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotRegistered(address token)
func (bridge *Bridge) UnpackTokenNotRegisteredError(raw []byte) (*BridgeTokenNotRegistered, error) {
	out := new(BridgeTokenNotRegistered)
	if err := bridge.abi.UnpackIntoInterface(out, "TokenNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeTokenTypeMismatch represents a TokenTypeMismatch error raised by the Bridge contract.
type BridgeTokenTypeMismatch struct {
	Token      common.Address
	Registered uint8
	Expected   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenTypeMismatch(address token, uint8 registered, uint8 expected)
func BridgeTokenTypeMismatchErrorID() common.Hash {
	return common.HexToHash("0x8c826f6b62b313602573dd89cc40c910a2004e65665443390aa3302bccfb0937")
}

// UnpackTokenTypeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenTypeMismatch(address token, uint8 registered, uint8 expected)
func (bridge *Bridge) UnpackTokenTypeMismatchError(raw []byte) (*BridgeTokenTypeMismatch, error) {
	out := new(BridgeTokenTypeMismatch)
	if err := bridge.abi.UnpackIntoInterface(out, "TokenTypeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeTokenURITooLong represents a TokenURITooLong error raised by the Bridge contract.
type BridgeTokenURITooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenURITooLong(uint256 length, uint256 max)
func BridgeTokenURITooLongErrorID() common.Hash {
	return common.HexToHash("0x44d53839bba55fa9cd4ffdeb4ebf76394303397b7ab9de98e79b9ff94d44dced")
}

// UnpackTokenURITooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenURITooLong(uint256 length, uint256 max)
func (bridge *Bridge) UnpackTokenURITooLongError(raw []byte) (*BridgeTokenURITooLong, error) {
	out := new(BridgeTokenURITooLong)
	if err := bridge.abi.UnpackIntoInterface(out, "TokenURITooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeTooManyOperators represents a TooManyOperators error raised by the Bridge contract.
type BridgeTooManyOperators struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyOperators(uint256 max)
func BridgeTooManyOperatorsErrorID() common.Hash {
	return common.HexToHash("0x998e57423b2a305e3690b4fca8942b7e701c7903fd9b0f8072cda70f75344558")
}

// UnpackTooManyOperatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyOperators(uint256 max)
func (bridge *Bridge) UnpackTooManyOperatorsError(raw []byte) (*BridgeTooManyOperators, error) {
	out := new(BridgeTooManyOperators)
	if err := bridge.abi.UnpackIntoInterface(out, "TooManyOperators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeZeroAddress represents a ZeroAddress error raised by the Bridge contract.
type BridgeZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func BridgeZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (bridge *Bridge) UnpackZeroAddressError(raw []byte) (*BridgeZeroAddress, error) {
	out := new(BridgeZeroAddress)
	if err := bridge.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeZeroValue represents a ZeroValue error raised by the Bridge contract.
type BridgeZeroValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroValue()
func BridgeZeroValueErrorID() common.Hash {
	return common.HexToHash("0x7c946ed78134c23eac50c0c02964d68f22dd28448c070d39c9f8e8389b217469")
}

// UnpackZeroValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroValue()
func (bridge *Bridge) UnpackZeroValueError(raw []byte) (*BridgeZeroValue, error) {
	out := new(BridgeZeroValue)
	if err := bridge.abi.UnpackIntoInterface(out, "ZeroValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}
