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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feeLimit\",\"type\":\"uint256\"}],\"name\":\"AmountBelowFeeLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"BatchTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DirectTransferRefused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"feeLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"InsufficientFeeLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"InsufficientLiquidity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"InsufficientPayment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"given\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"}],\"name\":\"InvalidConfigurationNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"InvalidHandleCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"operatorCount\",\"type\":\"uint256\"}],\"name\":\"InvalidThreshold\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTransferData\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"voteType\",\"type\":\"uint8\"}],\"name\":\"InvalidVoteType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"NativeTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"NonceAlreadyHandled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotOwnerOrOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlySelf\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"counterpart\",\"type\":\"address\"}],\"name\":\"TokenAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenIsLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"registered\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"expected\",\"type\":\"uint8\"}],\"name\":\"TokenTypeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyOperators\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"configurationNonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"voteKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"votes\",\"type\":\"uint8\"}],\"name\":\"ConfigurationVote\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"CounterpartBridgeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"configurationNonce\",\"type\":\"uint64\"}],\"name\":\"ERC20FeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"FeeReceiverChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"voteKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"HandleFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"HandleSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"valueOrTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"handleNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lowerHandleNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"HandleValueTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"voteKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"votes\",\"type\":\"uint8\"}],\"name\":\"HandleVote\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"configurationNonce\",\"type\":\"uint64\"}],\"name\":\"NativeFeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"NativeLiquidityCharged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"voteType\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"OperatorThresholdChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"valueOrTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"RequestValueTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"valueOrTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"}],\"name\":\"RequestValueTransferWithURI\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"counterpartToken\",\"type\":\"address\"}],\"name\":\"TokenDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"mintBurn\",\"type\":\"bool\"}],\"name\":\"TokenMintBurnChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"counterpartToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"}],\"name\":\"TokenRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenUnlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_BATCH_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NONCE_ADVANCE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OPERATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TOKEN_ERC20\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TOKEN_ERC721\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TOKEN_NATIVE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOTE_CONFIGURATION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOTE_VALUE_TRANSFER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advanceLowerHandleNonce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chargeNativeLiquidity\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configurationNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"counterpartBridge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"counterpartToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"deregisterOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"deregisterToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"erc20Fee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"sourceToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"valueOrTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"}],\"name\":\"executePayout\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"local\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeReceiver\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getOperatorList\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getRegisteredTokenList\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"valueOrTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structBridge.HandleCall[]\",\"name\":\"calls\",\"type\":\"tuple[]\"}],\"name\":\"handleBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"handleERC20Transfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"handleERC721Transfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"handleNativeTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"}],\"name\":\"handleNoncesToBlockNums\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"handleStatus\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"handled\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"voted\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"votedKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"votesForKey\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"tokenType\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"requestTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"valueOrTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structBridge.HandleCall\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"handleVoteKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"voteKey\",\"type\":\"bytes32\"}],\"name\":\"handleVotes\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"requestNonce\",\"type\":\"uint64\"}],\"name\":\"handledNonces\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isOperator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"counterpart\",\"type\":\"address\"}],\"name\":\"localToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"lockToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lowerHandleNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nativeFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onTransferReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"voteType\",\"type\":\"uint8\"}],\"name\":\"operatorThresholds\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"recoveryBlockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"registerOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"counterpartToken\",\"type\":\"address\"}],\"name\":\"registerToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"registeredTokenType\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feeLimit\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"requestERC20Transfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"requestERC721Transfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"name\":\"requestNativeTransfer\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"counterpart\",\"type\":\"address\"}],\"name\":\"setCounterpartBridge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"configurationNonce\",\"type\":\"uint64\"}],\"name\":\"setERC20Fee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"setFeeReceiver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"configurationNonce\",\"type\":\"uint64\"}],\"name\":\"setNativeFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"voteType\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setOperatorThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"mintBurn\",\"type\":\"bool\"}],\"name\":\"setTokenMintBurn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenMintBurn\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"unlockToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"upperHandleNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "Bridge",
	Bin: "0x608060405234801561000f575f5ffd5b50604051614a95380380614a9583398101604081905261002e91610160565b806001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b610065816100f5565b5060016005819055600880546001600160a01b0319166001600160a01b039390931692909217909155600b6020527fdf7de25b7f1fd6d0b5205f0e18f1f35bd7b8d84cce336588d184533ce43a6f76805460ff1990811683179091555f8290527f72c6bfb7988af3a1efa6568f02a999bc52252641c659d85961ca3d372b57d5cf8054909116909117905561018d565b600180546001600160a01b031916905561010e81610111565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f60208284031215610170575f5ffd5b81516001600160a01b0381168114610186575f5ffd5b9392505050565b6148fb8061019a5f395ff3fe6080604052600436106103b6575f3560e01c80637c1a0302116101e9578063b3f0067411610108578063e30c39781161009d578063efdcd9741161006d578063efdcd97414610bf2578063f2fde38b14610c11578063f519c6d514610c30578063fc27367a14610c30575f5ffd5b8063e30c397814610b83578063e6c43b1614610ba0578063ea21eade14610bbf578063ee2aec6514610bd3575f5ffd5b8063cfdbf254116100d8578063cfdbf25414610b19578063d863cf3a14610538578063d8cf98ca14610b2d578063d916723214610b4c575f5ffd5b8063b3f0067414610a89578063b7dc671814610aa8578063bab2af1d14610abc578063c8cc498414610adb575f5ffd5b8063989ba0d31161017e578063ac6fff0b1161014e578063ac6fff0b14610a0b578063af0bc79a14610a2a578063afb6022314610a49578063b2c0103014610a68575f5ffd5b8063989ba0d31461097a578063996f79c0146109a05780639cc1e666146109b55780639ef2017b146109ec575f5ffd5b80638a6ded1b116101b95780638a6ded1b146108c55780638da5cb5b146108e4578063910cd82e1461090057806392beb3351461094f575f5ffd5b80637c1a03021461085f5780637c6f31581461087e5780638456cb591461089257806388a7ca5c146108a6575f5ffd5b80633682a450116102d557806354edad721161026a5780636d70f7ae1161023a5780636d70f7ae146107e2578063715018a6146108185780637784faeb1461082c57806379ba50971461084b575f5ffd5b806354edad72146107485780635526f76b1461076e5780635c975abb1461078d578063674125e2146107a4575f5ffd5b8063407e6bae116102a5578063407e6bae146106d05780634739f7e5146106ef5780634b40b8261461070e578063522c69b114610734575f5ffd5b80633682a4501461066357806339356f3b146106825780633a348533146106965780633f4ba83a146106bc575f5ffd5b80631d7f98e61161034b5780632b78c9f71161031b5780632b78c9f7146105d65780632f88396c146105ea5780633020855214610609578063307553f71461061c575f5ffd5b80631d7f98e61461054c578063226047421461057957806326c23b541461059857806329c6ab02146105b7575f5ffd5b8063157252b811610386578063157252b8146104c157806317b0ac0f146104c95780631ad7bfaa146105195780631b0e7f1614610538575f5ffd5b80630aab71db146103d857806310693fcd1461041457806313a6738a14610435578063150b7a0214610489575f5ffd5b366103d457604051635cb2191560e11b815260040160405180910390fd5b5f5ffd5b3480156103e3575f5ffd5b506103f76103f2366004613c4a565b610c43565b6040516001600160a01b0390911681526020015b60405180910390f35b34801561041f575f5ffd5b5061043361042e366004613ce7565b611085565b005b348015610440575f5ffd5b5061047161044f366004613d09565b6001600160401b039081165f9081526010602052604090205461010090041690565b6040516001600160401b03909116815260200161040b565b348015610494575f5ffd5b506104a86104a3366004613d22565b6110e8565b6040516001600160e01b0319909116815260200161040b565b610433611193565b3480156104d4575f5ffd5b506105076104e3366004613ce7565b6001600160a01b03165f908152600e6020526040902054600160a01b900460ff1690565b60405160ff909116815260200161040b565b348015610524575f5ffd5b50610433610533366004613d8f565b611210565b348015610543575f5ffd5b50610507600181565b348015610557575f5ffd5b5061056b610566366004613f8d565b6112d0565b60405190815260200161040b565b348015610584575f5ffd5b50610433610593366004613d22565b61139a565b3480156105a3575f5ffd5b506104336105b2366004613fc6565b611495565b3480156105c2575f5ffd5b506104336105d136600461403c565b6115b6565b3480156105e1575f5ffd5b5061056b602081565b3480156105f5575f5ffd5b506104336106043660046140ab565b6116cf565b6104336106173660046140e6565b611873565b348015610627575f5ffd5b50610653610636366004613d09565b6001600160401b03165f9081526010602052604090205460ff1690565b604051901515815260200161040b565b34801561066e575f5ffd5b5061043361067d366004613ce7565b611a00565b34801561068d575f5ffd5b50610471606481565b3480156106a1575f5ffd5b506007546103f790600160401b90046001600160a01b031681565b3480156106c7575f5ffd5b50610433611b1b565b3480156106db575f5ffd5b506104336106ea36600461413d565b611b2d565b3480156106fa575f5ffd5b506104336107093660046141e8565b611c3a565b348015610719575f5ffd5b5060065461047190600160401b90046001600160401b031681565b34801561073f575f5ffd5b50610507600281565b348015610753575f5ffd5b5060065461047190600160801b90046001600160401b031681565b348015610779575f5ffd5b5061050761078836600461421f565b611e73565b348015610798575f5ffd5b5060045460ff16610653565b3480156107af575f5ffd5b506106536107be366004613ce7565b6001600160a01b03165f908152600e6020526040902054600160b01b900460ff1690565b3480156107ed575f5ffd5b506106536107fc366004613ce7565b6001600160a01b03165f90815260036020526040902054151590565b348015610823575f5ffd5b50610433611eb6565b348015610837575f5ffd5b50610507610846366004614238565b611ec7565b348015610856575f5ffd5b50610433611efd565b34801561086a575f5ffd5b50600654610471906001600160401b031681565b348015610889575f5ffd5b5060025461056b565b34801561089d575f5ffd5b50610433611f41565b3480156108b1575f5ffd5b506104a86108c0366004613d22565b611f51565b3480156108d0575f5ffd5b506104336108df36600461426d565b612097565b3480156108ef575f5ffd5b505f546001600160a01b03166103f7565b34801561090b575f5ffd5b5061091f61091a366004614299565b612107565b60408051951515865293151560208601529284019190915260ff908116606084015216608082015260a00161040b565b34801561095a575f5ffd5b5061056b610969366004613ce7565b600a6020525f908152604090205481565b348015610985575f5ffd5b5060065461047190600160c01b90046001600160401b031681565b3480156109ab575f5ffd5b5061056b60095481565b3480156109c0575f5ffd5b506103f76109cf366004613ce7565b6001600160a01b039081165f908152600e60205260409020541690565b3480156109f7575f5ffd5b50610433610a06366004613ce7565b6121c4565b348015610a16575f5ffd5b50600754610471906001600160401b031681565b348015610a35575f5ffd5b50610433610a44366004613ce7565b612226565b348015610a54575f5ffd5b50610433610a633660046142b3565b612288565b348015610a73575f5ffd5b50610a7c6123bd565b60405161040b919061438a565b348015610a94575f5ffd5b506008546103f7906001600160a01b031681565b348015610ab3575f5ffd5b5061043361241d565b348015610ac7575f5ffd5b50610433610ad6366004613ce7565b612425565b348015610ae6575f5ffd5b50610653610af5366004613ce7565b6001600160a01b03165f908152600e6020526040902054600160a81b900460ff1690565b348015610b24575f5ffd5b5061056b606481565b348015610b38575f5ffd5b50610433610b47366004613ce7565b6125c3565b348015610b57575f5ffd5b506103f7610b66366004613ce7565b6001600160a01b039081165f908152600f60205260409020541690565b348015610b8e575f5ffd5b506001546001600160a01b03166103f7565b348015610bab575f5ffd5b50610433610bba3660046143d5565b612759565b348015610bca575f5ffd5b50610a7c612864565b348015610bde575f5ffd5b50610433610bed3660046143fe565b6128c2565b348015610bfd575f5ffd5b50610433610c0c366004613ce7565b612954565b348015610c1c575f5ffd5b50610433610c2b366004613ce7565b6129cc565b348015610c3b575f5ffd5b506105075f81565b5f333014610c645760405163029a949d60e31b815260040160405180910390fd5b604080518082018252600181526001600160401b0386811660208084019182528983165f818152601090925294902092518354915168ffffffffffffffffff1990921690151568ffffffffffffffff001916176101009183169190910217909155600654600160801b90041611610d0757610ce085600161443a565b600660106101000a8154816001600160401b0302191690836001600160401b031602179055505b610d0f612a3c565b60ff8916610d5b574786811015610d485760405163a17e11d560e01b815260048101829052602481018890526044015b60405180910390fd5b610d528888612b55565b5f915050611079565b506001600160a01b038088165f908152600f60209081526040808320548416808452600e83529281902081516080810183529054948516815260ff600160a01b8604811693820193909352600160a81b85048316151591810191909152600160b01b90930416151560608301529081610df25760405163ddef98d760e01b81526001600160a01b038a166004820152602401610d3f565b8960ff16816020015160ff1614610e3e576020810151604051638c826f6b60e01b81526001600160a01b038416600482015260ff9182166024820152908b166044820152606401610d3f565b806040015115610e6c57604051637e4e19fb60e01b81526001600160a01b0383166004820152602401610d3f565b60605f1960ff8c1601610f1b578160600151610ecd576040516001600160a01b038a1660248201526044810189905260640160408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b179052610f14565b6040516001600160a01b038a1660248201526044810189905260640160408051601f198184030181529190526020810180516001600160e01b03166340c10f1960e01b1790525b9050610fba565b8160600151610f75576040513060248201526001600160a01b038a1660448201526064810189905260840160408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b179052610fb7565b88888686604051602401610f8c9493929190614481565b60408051601f198184030181529190526020810180516001600160e01b03166350bb4e7f60e01b1790525b90505b826001600160a01b03163b5f03610fef576040516322a2d07b60e21b81526001600160a01b0384166004820152602401610d3f565b5f5f610ffc855f85612bbe565b915091508161100d57805160208201fd5b60ff8d16600114801561102257508360600151155b801561102e5750805115155b801561104b57508080602001905181019061104991906144b2565b155b1561107457604051635274afe760e01b81526001600160a01b0386166004820152602401610d3f565b505050505b98975050505050505050565b61108d612c6d565b600161109882612c99565b8054911515600160a81b0260ff60a81b199092169190911790556040516001600160a01b038216907fca1b0a14e18ada4c44846768dd186e35630cdc5cfeaca83c404ae4acaafbecd7905f90a250565b5f6110f1612ce3565b6110f9612d0d565b335f611106826002612d31565b9050606084101561112a57604051630603579d60e21b815260040160405180910390fd5b5f80611138868801886144cd565b90925090506001600160a01b0382166111645760405163d92e233d60e01b815260040160405180910390fd5b61117284848b858c86612e42565b50630a85bd0160e11b935050505061118a6001600555565b95945050505050565b5f546001600160a01b031633148015906111b95750335f90815260036020526040902054155b156111d95760405163242e9ab760e01b8152336004820152602401610d3f565b60405134815233907fc753013278ed4f23fc891dab1d808e573ed0c42484fc90893d07096f418184d89060200160405180910390a2565b335f90815260036020526040812054900361124057604051633b63649d60e11b8152336004820152602401610d3f565b604080515f60208201819052918101919091526060810183905261127f9082906080015b60405160208183030381529060405280519060200120612f4a565b156112cc576009829055604080518381526001600160401b03831660208201527f36095df29826e50f9648f85fb87267aa950fdbbd7898d8966c9057916bdda04e91015b60405180910390a15b5050565b80516020808301516040808501516060860151608087015160a088015160c089015160e08a01516101008b01518051908a01206101208c01518051908b012097515f9b61137d9b909a99910160ff9a909a168a5260208a01989098526001600160a01b0396871660408a0152948616606089015292909416608087015260a08601526001600160401b0392831660c086015290911660e08401526101008301526101208201526101400190565b604051602081830303815290604052805190602001209050919050565b6113a2612ce3565b6113aa612d0d565b5f6113b6866002612d31565b90506001600160a01b0385166113df5760405163d92e233d60e01b815260040160405180910390fd5b6040516323b872dd60e01b8152336004820152306024820152604481018590526001600160a01b038716906323b872dd906064015f604051808303815f87803b15801561142a575f5ffd5b505af115801561143c573d5f5f3e3d5ffd5b50505050611483868233888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250612e4292505050565b5061148e6001600555565b5050505050565b61149d612ce3565b6114a5612d0d565b5f6114b1876001612d31565b90506001600160a01b0386166114da5760405163d92e233d60e01b815260040160405180910390fd5b845f036114fa57604051637c946ed760e01b815260040160405180910390fd5b6001600160a01b0387165f908152600a60205260409020548085101561153d57604051631ea9061160e21b81526004810186905260248101829052604401610d3f565b61155e333061154c848a614519565b6001600160a01b038c169291906130db565b6115a28883338a8a868a8a8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061314292505050565b50506115ae6001600555565b505050505050565b6115be612ce3565b335f9081526003602052604081205490036115ee57604051633b63649d60e11b8152336004820152602401610d3f565b80606481111561161b5760405163bb1cb70b60e01b81526004810182905260646024820152604401610d3f565b5f5b818110156116c3575f8484838181106116385761163861452c565b905060200281019061164a9190614540565b6116539061455f565b90505f61165f8261326a565b905080515f146116b957336001600160a01b03168260c001516001600160401b03167fcef81322cf375ac960230d0b10c7dc293c60ce5e786a2b28f76fd3b43e6b29c9836040516116b09190614598565b60405180910390a35b505060010161161d565b50506112cc6001600555565b335f9081526003602052604081205490036116ff57604051633b63649d60e11b8152336004820152602401610d3f565b6001600160a01b038084165f908152600e60209081526040918290208251608081018452905493841680825260ff600160a01b8604811693830193909352600160a81b85048316151593820193909352600160b01b90930416151560608301526117875760405163ddef98d760e01b81526001600160a01b0385166004820152602401610d3f565b602081015160ff166001146117d0576020810151604051638c826f6b60e01b81526001600160a01b038616600482015260ff909116602482015260016044820152606401610d3f565b60408051600160208201526001600160a01b0386169181019190915260608101849052611801908390608001611264565b1561186d576001600160a01b0384165f818152600a602052604090819020859055517f6a91eff89e3ef92a68a1a06533b9f18642d8bb26a562cdd84d033aa59a3753d79061186490869086909182526001600160401b0316602082015260400190565b60405180910390a25b50505050565b61187b612ce3565b611883612d0d565b6001600160a01b0384166118aa5760405163d92e233d60e01b815260040160405180910390fd5b825f036118ca57604051637c946ed760e01b815260040160405180910390fd5b823410156118f45760405163b99e2ab760e01b815234600482015260248101849052604401610d3f565b5f6118ff84346145aa565b6009549091508082101561193057604051631ea9061160e21b81526004810183905260248101829052604401610d3f565b600680545f916001600160a01b0389169133917feff76c36e53fa5ff52f27acc8a34d5047a8246abb07b77b12f1309f71e337f099185918b916001600160401b0316908361197d836145bd565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550878b8b6040516119b6969594939291906145e7565b60405180910390a480156119da576008546119da906001600160a01b0316826134b3565b8082146119f4576119f4336119ef83856145aa565b6134b3565b505061186d6001600555565b611a08612c6d565b6001600160a01b038116611a2f5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381165f9081526003602052604090205415611a70576040516342a8622160e01b81526001600160a01b0382166004820152602401610d3f565b600254602011611a9657604051634cc72ba160e11b815260206004820152602401610d3f565b600280546001810182557f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace0180546001600160a01b0319166001600160a01b03841690811790915590545f828152600360205260408082209290925590517f4d0eb1f4bac8744fd2be119845e23b3befc88094b42bcda1204c65694a00f9e59190a250565b611b23612c6d565b611b2b61353a565b565b611b35612ce3565b335f908152600360205260408120549003611b6557604051633b63649d60e11b8152336004820152602401610d3f565b611c25604051806101400160405280600160ff1681526020018b81526020018a6001600160a01b03168152602001896001600160a01b03168152602001886001600160a01b03168152602001878152602001866001600160401b03168152602001856001600160401b0316815260200160405180602001604052805f815250815260200184848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505091525061358c565b611c2f6001600555565b505050505050505050565b611c42612c6d565b6001600160a01b0382161580611c5f57506001600160a01b038116155b15611c7d5760405163d92e233d60e01b815260040160405180910390fd5b816001600160a01b03163b5f03611cb2576040516322a2d07b60e21b81526001600160a01b0383166004820152602401610d3f565b6001600160a01b038281165f908152600e602052604090205416151580611cf157506001600160a01b038181165f908152600f60205260409020541615155b15611d2257604051634c99c27560e01b81526001600160a01b03808416600483015282166024820152604401610d3f565b5f611d34836380ac58cd60e01b6135a8565b611d3f576001611d42565b60025b604080516080810182526001600160a01b0385811680835260ff85811660208086018281525f878901818152606089018281528e8916808452600e86528b84209a518b549551935192511515600160b01b0260ff60b01b19931515600160a81b029390931661ffff60a81b1994909916600160a01b026001600160a81b03199096169a169990991793909317169490941717909555828252600f855285822080546001600160a01b03199081168617909155600c80546001810182557fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c7018054909216861790915554848352600d865291869020919091559351938452939450917f0103f8026567c8396aa1dcd479b6c7d0eaab4b19f5d3d83adc242716987d6d0a910160405180910390a3505050565b5f600160ff83161115611e9e57604051632081b22360e01b815260ff83166004820152602401610d3f565b5060ff9081165f908152600b60205260409020541690565b611ebe612c6d565b611b2b5f6135c3565b6001600160401b0382165f9081525f5160206148db5f395f51905f5260205260408120611ef490836135dc565b90505b92915050565b60015433906001600160a01b03168114611f355760405163118cdaa760e01b81526001600160a01b0382166004820152602401610d3f565b611f3e816135c3565b50565b611f49612c6d565b611b2b613646565b5f611f5a612ce3565b611f62612d0d565b335f611f6f826001612d31565b90506080841015611f9357604051630603579d60e21b815260040160405180910390fd5b5f8080611fa28789018961461e565b919450925090506001600160a01b038316611fd05760405163d92e233d60e01b815260040160405180910390fd5b818911611ffa5760405163be811a8760e01b8152600481018a905260248101839052604401610d3f565b6001600160a01b0385165f908152600a60205260409020548083101561203d57604051631ea9061160e21b81526004810184905260248101829052604401610d3f565b808314612063576120638b61205283866145aa565b6001600160a01b0389169190613683565b61207d86868d87878f61207691906145aa565b8688613142565b50632229f29760e21b9550505050505061118a6001600555565b61209f612c6d565b806120a983612c99565b8054911515600160b01b0260ff60b01b1990921691909117905560405181151581526001600160a01b038316907f75a57daab2bc8724bccad88144be7cec7695122a61f4bf3ad07bac13d3209f269060200160405180910390a25050565b6001600160401b0382165f908152601060209081526040808320545f5160206148db5f395f51905f5283528184206001600160a01b038616855290925282205460ff9091169181158015929190819061218a576001600160401b0387165f9081525f5160206148db5f395f51905f526020526040902061218790846135dc565b91505b505f8052600b6020527fdf7de25b7f1fd6d0b5205f0e18f1f35bd7b8d84cce336588d184533ce43a6f765493969295509093509160ff1690565b6121cc612c6d565b5f6121d682612c99565b8054911515600160a81b0260ff60a81b199092169190911790556040516001600160a01b038216907f81ec08d3372506e176c49e626d8beb7e091712ef92908a130f4ccc6524fe2eec905f90a250565b61222e612c6d565b6007805468010000000000000000600160e01b031916600160401b6001600160a01b038416908102919091179091556040517f03461fa9b770412ae6f0763db8338a5ae7b6db78a6150d16d170c23bd838cf41905f90a250565b612290612ce3565b335f9081526003602052604081205490036122c057604051633b63649d60e11b8152336004820152602401610d3f565b6123a6604051806101400160405280600260ff1681526020018d81526020018c6001600160a01b031681526020018b6001600160a01b031681526020018a6001600160a01b03168152602001898152602001886001600160401b03168152602001876001600160401b0316815260200186868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505090825250604080516020601f8701819004810282018101909252858152918101919086908690819084018382808284375f92019190915250505091525061358c565b6123b06001600555565b5050505050505050505050565b6060600280548060200260200160405190810160405280929190818152602001828054801561241357602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116123f5575b5050505050905090565b611b2b612a3c565b61242d612c6d565b6001600160a01b0381165f908152600d6020526040812054908190036124715760405163ddef98d760e01b81526001600160a01b0383166004820152602401610d3f565b6001600160a01b038083165f908152600e6020526040812054600c80549190931692906124a0906001906145aa565b815481106124b0576124b061452c565b5f918252602090912001546001600160a01b0316905080600c6124d46001866145aa565b815481106124e4576124e461452c565b5f91825260208083209190910180546001600160a01b0319166001600160a01b039485161790559183168152600d90915260409020839055600c80548061252d5761252d614672565b5f828152602080822083015f1990810180546001600160a01b031990811690915593019093556001600160a01b03878116808352600d85526040808420849055600e865280842080546001600160b81b0319169055918716808452600f9095528183208054909416909355517fa785319dae49924059865d6acbf4be423369a28126bbefb05c9f903c8f81cc979190a350505050565b6125cb612c6d565b6001600160a01b0381165f908152600360205260408120549081900361260f57604051633b63649d60e11b81526001600160a01b0383166004820152602401610d3f565b6002545f90612620906001906145aa565b90505f61262b6136b4565b90508060ff1682101561265d576040516319355c0560e21b815260ff8216600482015260248101839052604401610d3f565b5f600283815481106126715761267161452c565b5f918252602090912001546001600160a01b031690508060026126956001876145aa565b815481106126a5576126a561452c565b5f91825260208083209190910180546001600160a01b0319166001600160a01b03948516179055918316815260039091526040902084905560028054806126ee576126ee614672565b5f828152602080822083015f1990810180546001600160a01b03191690559092019092556001600160a01b038716808352600390915260408083208390555190917f6dd4ca66565fb3dee8076c654634c6c4ad949022d809d0394308617d6791218d91a25050505050565b612761612ce3565b335f90815260036020526040812054900361279157604051633b63649d60e11b8152336004820152602401610d3f565b6128506040518061014001604052805f60ff1681526020018a8152602001896001600160a01b03168152602001886001600160a01b031681526020015f6001600160a01b03168152602001878152602001866001600160401b03168152602001856001600160401b0316815260200160405180602001604052805f815250815260200184848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505091525061358c565b61285a6001600555565b5050505050505050565b6060600c80548060200260200160405190810160405280929190818152602001828054801561241357602002820191905f5260205f209081546001600160a01b031681526001909101906020018083116123f5575050505050905090565b6128ca612c6d565b600160ff831611156128f457604051632081b22360e01b815260ff83166004820152602401610d3f565b6128fd81613722565b60ff8281165f818152600b6020908152604091829020805460ff1916948616948517905581519283528201929092527fde3cd2be7e9ae1f7a2ad70ecd7323f887351d2a90eb1bd60f406f9f76b9de9c091016112c3565b61295c612c6d565b6001600160a01b0381166129835760405163d92e233d60e01b815260040160405180910390fd5b600880546001600160a01b0319166001600160a01b0383169081179091556040517f647672599d3468abcfa241a13c9e3d34383caadb5cc80fb67c3cdfcd5f786059905f90a250565b6129d4612c6d565b600180546001600160a01b0383166001600160a01b03199091168117909155612a045f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b600654600160401b90046001600160401b03165f612a5b60648361443a565b600654909150600160c01b90046001600160401b0316825b826001600160401b0316846001600160401b03161015612aeb576001600160401b038085165f9081526010602090815260409182902082518084019093525460ff811615158084526101009091049093169082015290612ad35750612aeb565b60208101519250612ae3856145bd565b945050612a73565b806001600160401b0316846001600160401b03161461186d57506006805477ffffffffffffffff0000000000000000ffffffffffffffff16600160401b6001600160401b03958616026001600160c01b031617600160c01b92909416919091029290921790915550565b5f5a90505f5f5f5f5f86885af190508061186d57612b74603f83614686565b5a11612b93576040516307099c5360e21b815260040160405180910390fd5b60405163296c17bb60e21b81526001600160a01b038516600482015260248101849052604401610d3f565b5f60605f5a9050856001600160a01b03168585604051612bde91906146a5565b5f6040518083038185875af1925050503d805f8114612c18576040519150601f19603f3d011682016040523d82523d5f602084013e612c1d565b606091505b50909350915082158015612c3057508151155b8015612c465750612c42603f82614686565b5a11155b15612c64576040516307099c5360e21b815260040160405180910390fd5b50935093915050565b5f546001600160a01b03163314611b2b5760405163118cdaa760e01b8152336004820152602401610d3f565b6001600160a01b038082165f908152600e602052604090208054909116612cde5760405163ddef98d760e01b81526001600160a01b0383166004820152602401610d3f565b919050565b600260055403612d0657604051633ee5aeb560e01b815260040160405180910390fd5b6002600555565b60045460ff1615611b2b5760405163d93c066560e01b815260040160405180910390fd5b6001600160a01b038083165f908152600e602090815260408083208151608081018352905494851680825260ff600160a01b8704811694830194909452600160a81b86048416151592820192909252600160b01b90940490911615156060840152909190612dbd5760405163ddef98d760e01b81526001600160a01b0385166004820152602401610d3f565b8260ff16816020015160ff1614612e09576020810151604051638c826f6b60e01b81526001600160a01b038616600482015260ff91821660248201529084166044820152606401610d3f565b806040015115612e3757604051637e4e19fb60e01b81526001600160a01b0385166004820152602401610d3f565b606001519392505050565b5f612e4d8784613764565b90508515612eab57604051630852cd8d60e31b8152600481018490526001600160a01b038816906342966c68906024015f604051808303815f87803b158015612e94575f5ffd5b505af1158015612ea6573d5f5f3e3d5ffd5b505050505b600680546001600160a01b03808a169287821692918916917fd877478140c2c964aae8c748c33e494e87bb4a992f671cee5d89e5ffb3ea6f3c9160029189916001600160401b03909116905f612f00836145bd565b91906101000a8154816001600160401b0302191690836001600160401b031602179055505f8989604051612f39969594939291906146bb565b60405180910390a450505050505050565b6007545f906001600160401b039081169084168114612f8f57604051630dc3976f60e21b81526001600160401b03808616600483015282166024820152604401610d3f565b7f72c6bfb7988af3a1efa6568f02a999bc52252641c659d85961ca3d372b57d5cf546001600160401b0385165f9081527f17bc176d2408558f6e4111feebc3cab4e16b63e967be91cde721f4c8a488b5526020526040812060ff909216918190612ff990876137ea565b9150915080801561300c57508260ff1682105b1561303b57604051631c9bf28b60e31b81526001600160401b0388166004820152336024820152604401610d3f565b336001600160401b0388167f7d176d31d29eefc5a125c16ca1264448e54ad606a945ac89a0387e712f9a4c238861307186613825565b6040805192835260ff90911660208301520160405180910390a38260ff1682106130cf576130a084600161443a565b6007805467ffffffffffffffff19166001600160401b03929092169190911790555060019350611ef792505050565b505f9695505050505050565b6040516001600160a01b03848116602483015283811660448301526064820183905261186d9186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061383c565b825f0361316257604051637c946ed760e01b815260040160405180910390fd5b811561318257600854613182906001600160a01b03898116911684613683565b85156131de57604051630852cd8d60e31b8152600481018490526001600160a01b038816906342966c68906024015f604051808303815f87803b1580156131c7575f5ffd5b505af11580156131d9573d5f5f3e3d5ffd5b505050505b600680546001600160a01b03808a169287821692918916917feff76c36e53fa5ff52f27acc8a34d5047a8246abb07b77b12f1309f71e337f099160019189916001600160401b03909116905f613233836145bd565b91906101000a8154816001600160401b0302191690836001600160401b031602179055508888604051612f39959493929190614710565b60c08101516001600160401b0381165f908152601060205260409020546060919060ff16156132eb576040516001600160401b038216602482015263ba9abdc160e01b906044015b60408051601f198184030181529190526020810180516001600160e01b03166001600160e01b0319909316929092179091529392505050565b8251600260ff909116118061330b575060608301516001600160a01b0316155b8061333e5750825160ff1615801561333e575060808301516001600160a01b031615158061333e57506101008301515115155b15613366576040516001600160401b038216602482015263f2c8f62960e01b906044016132b2565b5f613370846112d0565b7fdf7de25b7f1fd6d0b5205f0e18f1f35bd7b8d84cce336588d184533ce43a6f76546001600160401b0384165f9081525f5160206148db5f395f51905f526020526040812092935060ff9091169181906133ca90856137ea565b915091508080156133dd57508260ff1682105b15613436575050604080516001600160401b0394909416602485015233604480860191909152815180860390910181526064909401905250506020810180516001600160e01b0316631c9bf28b60e31b17905292915050565b336001600160401b0386167f16877b339913d1aa04a3225275647d79ee8d2c97458208bc17aed93de2e1c3e38661346c86613825565b6040805192835260ff90911660208301520160405180910390a38260ff16821061349a5761349a87856138a8565b505060408051602081019091525f815295945050505050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f81146134fc576040519150601f19603f3d011682016040523d82523d5f602084013e613501565b606091505b50509050806135355760405163296c17bb60e21b81526001600160a01b038416600482015260248101839052604401610d3f565b505050565b613542613a97565b6004805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f6135968261326a565b905080515f146112cc57805160208201fd5b5f6135b283613aba565b8015611ef45750611ef48383613aec565b600180546001600160a01b0319169055611f3e81613b72565b6002545f90815b8181101561363e5783855f600284815481106136015761360161452c565b5f9182526020808320909101546001600160a01b03168352820192909252604001902054036136365761363383614746565b92505b6001016135e3565b505092915050565b61364e612d0d565b6004805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25861356f3390565b6040516001600160a01b0383811660248301526044820183905261353591859182169063a9059cbb90606401613110565b600b6020527fdf7de25b7f1fd6d0b5205f0e18f1f35bd7b8d84cce336588d184533ce43a6f765460015f9081527f72c6bfb7988af3a1efa6568f02a999bc52252641c659d85961ca3d372b57d5cf54909160ff9081169116808211613719578061371b565b815b9250505090565b60ff81161580613736575060025460ff8216115b15611f3e576002546040516319355c0560e21b815260ff831660048201526024810191909152604401610d3f565b60405163c87b56dd60e01b8152600481018290526060906001600160a01b0384169063c87b56dd906024015f60405180830381865afa9250505080156137cb57506040513d5f823e601f3d908101601f191682016040526137c8919081019061475e565b60015b6137e3575060408051602081019091525f8152611ef7565b9050611ef7565b335f9081526020839052604081205482148061381257335f9081526020859052604090208390555b61381c84846135dc565b91509250929050565b5f60ff82116138345781611ef7565b60ff92915050565b5f5f60205f8451602086015f885af18061385b576040513d5f823e3d81fd5b50505f513d9150811561387257806001141561387f565b6001600160a01b0384163b155b1561186d57604051635274afe760e01b81526001600160a01b0385166004820152602401610d3f565b5f5a9050306001600160a01b0316630aab71db845f0151856080015186606001518760a001518860c001518960e001518a61010001516040518863ffffffff1660e01b815260040161390097969594939291906147d2565b6020604051808303815f875af192505050801561393a575060408051601f3d908101601f1916820190925261393791810190614824565b60015b613a01573d808015613967576040519150601f19603f3d011682016040523d82523d5f602084013e61396c565b606091505b50805115613995576307099c5360e21b6139858261483f565b6001600160e01b031916146139a4565b6139a0603f83614686565b5a11155b156139c2576040516307099c5360e21b815260040160405180910390fd5b8360c001516001600160401b03167f22b21da82068f70f5c5c1933ceca5d9b14070059dbe07f473bf9dc7b50a29e98848360405161186492919061487d565b806001600160a01b031684606001516001600160a01b031685604001516001600160a01b03167f12b02f226d965a2881e0e8ffed6c421803a22d57ad91f9ef996fe0748ea101758760200151885f01518960a001518a60c00151600660089054906101000a90046001600160401b03168c6101200151604051613a8996959493929190614895565b60405180910390a450505050565b60045460ff16611b2b57604051638dfc202b60e01b815260040160405180910390fd5b5f613acc826301ffc9a760e01b613aec565b8015611ef75750613ae5826001600160e01b0319613aec565b1592915050565b6040516001600160e01b0319821660248201525f90819060440160408051601f19818403018152919052602080820180516001600160e01b03166301ffc9a760e01b17815282519293505f9283928392909183918a617530fa92503d91505f519050828015613b5c575060208210155b8015613b6757505f81115b979650505050505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b803560ff81168114612cde575f5ffd5b6001600160a01b0381168114611f3e575f5ffd5b8035612cde81613bd1565b80356001600160401b0381168114612cde575f5ffd5b5f5f83601f840112613c16575f5ffd5b5081356001600160401b03811115613c2c575f5ffd5b602083019150836020828501011115613c43575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f60e0898b031215613c61575f5ffd5b613c6a89613bc1565b97506020890135613c7a81613bd1565b96506040890135613c8a81613bd1565b955060608901359450613c9f60808a01613bf0565b9350613cad60a08a01613bf0565b925060c08901356001600160401b03811115613cc7575f5ffd5b613cd38b828c01613c06565b999c989b5096995094979396929594505050565b5f60208284031215613cf7575f5ffd5b8135613d0281613bd1565b9392505050565b5f60208284031215613d19575f5ffd5b611ef482613bf0565b5f5f5f5f5f60808688031215613d36575f5ffd5b8535613d4181613bd1565b94506020860135613d5181613bd1565b93506040860135925060608601356001600160401b03811115613d72575f5ffd5b613d7e88828901613c06565b969995985093965092949392505050565b5f5f60408385031215613da0575f5ffd5b82359150613db060208401613bf0565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b60405161014081016001600160401b0381118282101715613df057613df0613db9565b60405290565b604051601f8201601f191681016001600160401b0381118282101715613e1e57613e1e613db9565b604052919050565b5f6001600160401b03821115613e3e57613e3e613db9565b50601f01601f191660200190565b5f82601f830112613e5b575f5ffd5b8135602083015f613e73613e6e84613e26565b613df6565b9050828152858383011115613e86575f5ffd5b828260208301375f92810160200192909252509392505050565b5f6101408284031215613eb1575f5ffd5b613eb9613dcd565b9050613ec482613bc1565b815260208281013590820152613edc60408301613be5565b6040820152613eed60608301613be5565b6060820152613efe60808301613be5565b608082015260a08281013590820152613f1960c08301613bf0565b60c0820152613f2a60e08301613bf0565b60e08201526101008201356001600160401b03811115613f48575f5ffd5b613f5484828501613e4c565b610100830152506101208201356001600160401b03811115613f74575f5ffd5b613f8084828501613e4c565b6101208301525092915050565b5f60208284031215613f9d575f5ffd5b81356001600160401b03811115613fb2575f5ffd5b613fbe84828501613ea0565b949350505050565b5f5f5f5f5f5f60a08789031215613fdb575f5ffd5b8635613fe681613bd1565b95506020870135613ff681613bd1565b9450604087013593506060870135925060808701356001600160401b0381111561401e575f5ffd5b61402a89828a01613c06565b979a9699509497509295939492505050565b5f5f6020838503121561404d575f5ffd5b82356001600160401b03811115614062575f5ffd5b8301601f81018513614072575f5ffd5b80356001600160401b03811115614087575f5ffd5b8560208260051b840101111561409b575f5ffd5b6020919091019590945092505050565b5f5f5f606084860312156140bd575f5ffd5b83356140c881613bd1565b9250602084013591506140dd60408501613bf0565b90509250925092565b5f5f5f5f606085870312156140f9575f5ffd5b843561410481613bd1565b93506020850135925060408501356001600160401b03811115614125575f5ffd5b61413187828801613c06565b95989497509550505050565b5f5f5f5f5f5f5f5f5f6101008a8c031215614156575f5ffd5b8935985060208a013561416881613bd1565b975060408a013561417881613bd1565b965060608a013561418881613bd1565b955060808a0135945061419d60a08b01613bf0565b93506141ab60c08b01613bf0565b925060e08a01356001600160401b038111156141c5575f5ffd5b6141d18c828d01613c06565b915080935050809150509295985092959850929598565b5f5f604083850312156141f9575f5ffd5b823561420481613bd1565b9150602083013561421481613bd1565b809150509250929050565b5f6020828403121561422f575f5ffd5b611ef482613bc1565b5f5f60408385031215614249575f5ffd5b61425283613bf0565b946020939093013593505050565b8015158114611f3e575f5ffd5b5f5f6040838503121561427e575f5ffd5b823561428981613bd1565b9150602083013561421481614260565b5f5f604083850312156142aa575f5ffd5b61420483613bf0565b5f5f5f5f5f5f5f5f5f5f5f6101208c8e0312156142ce575f5ffd5b8b359a5060208c01356142e081613bd1565b99506142ee60408d01613be5565b98506142fc60608d01613be5565b975060808c0135965061431160a08d01613bf0565b955061431f60c08d01613bf0565b945060e08c01356001600160401b03811115614339575f5ffd5b6143458e828f01613c06565b9095509350506101008c01356001600160401b03811115614364575f5ffd5b6143708e828f01613c06565b915080935050809150509295989b509295989b9093969950565b602080825282518282018190525f918401906040840190835b818110156143ca5783516001600160a01b03168352602093840193909201916001016143a3565b509095945050505050565b5f5f5f5f5f5f5f5f60e0898b0312156143ec575f5ffd5b883597506020890135613c7a81613bd1565b5f5f6040838503121561440f575f5ffd5b61441883613bc1565b9150613db060208401613bc1565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115611ef757611ef7614426565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b0385168152836020820152606060408201525f6144a8606083018486614459565b9695505050505050565b5f602082840312156144c2575f5ffd5b8151613d0281614260565b5f5f604083850312156144de575f5ffd5b82356144e981613bd1565b915060208301356001600160401b03811115614503575f5ffd5b61450f85828601613e4c565b9150509250929050565b80820180821115611ef757611ef7614426565b634e487b7160e01b5f52603260045260245ffd5b5f823561013e19833603018112614555575f5ffd5b9190910192915050565b5f611ef73683613ea0565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f611ef4602083018461456a565b81810381811115611ef757611ef7614426565b5f6001600160401b0382166001600160401b0381036145de576145de614426565b60010192915050565b60ff871681528560208201526001600160401b038516604082015283606082015260a060808201525f61107960a083018486614459565b5f5f5f60608486031215614630575f5ffd5b833561463b81613bd1565b92506020840135915060408401356001600160401b0381111561465c575f5ffd5b61466886828701613e4c565b9150509250925092565b634e487b7160e01b5f52603160045260245ffd5b5f826146a057634e487b7160e01b5f52601260045260245ffd5b500490565b5f82518060208501845e5f920191825250919050565b60ff871681528560208201526001600160401b038516604082015283606082015260c060808201525f6146f160c083018561456a565b82810360a0840152614703818561456a565b9998505050505050505050565b60ff861681528460208201526001600160401b038416604082015282606082015260a060808201525f613b6760a083018461456a565b5f6001820161475757614757614426565b5060010190565b5f6020828403121561476e575f5ffd5b81516001600160401b03811115614783575f5ffd5b8201601f81018413614793575f5ffd5b80516147a1613e6e82613e26565b8181528560208385010111156147b5575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b60ff881681526001600160a01b03878116602083015286166040820152606081018590526001600160401b038481166080830152831660a082015260e060c082018190525f906147039083018461456a565b5f60208284031215614834575f5ffd5b8151613d0281613bd1565b805160208201516001600160e01b0319811691906004821015614876576001600160e01b0319600483900360031b81901b82161692505b5050919050565b828152604060208201525f613fbe604083018461456a565b86815260ff861660208201528460408201526001600160401b03841660608201526001600160401b038316608082015260c060a08201525f61107960c083018461456a56fe4ad3b33220dddc71b994a52d72c06b10862965f7d926534c05c00fb7e819e7b7",
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
// Solidity: constructor(address initialOwner) returns()
func (bridge *Bridge) PackConstructor(initialOwner common.Address) []byte {
	enc, err := bridge.abi.Pack("", initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
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

// PackExecutePayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aab71db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executePayout(uint8 tokenType, address sourceToken, address to, uint256 valueOrTokenId, uint64 nonce, uint64 requestBlockNumber, string tokenURI) returns(address local)
func (bridge *Bridge) PackExecutePayout(tokenType uint8, sourceToken common.Address, to common.Address, valueOrTokenId *big.Int, nonce uint64, requestBlockNumber uint64, tokenURI string) []byte {
	enc, err := bridge.abi.Pack("executePayout", tokenType, sourceToken, to, valueOrTokenId, nonce, requestBlockNumber, tokenURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecutePayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aab71db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executePayout(uint8 tokenType, address sourceToken, address to, uint256 valueOrTokenId, uint64 nonce, uint64 requestBlockNumber, string tokenURI) returns(address local)
func (bridge *Bridge) TryPackExecutePayout(tokenType uint8, sourceToken common.Address, to common.Address, valueOrTokenId *big.Int, nonce uint64, requestBlockNumber uint64, tokenURI string) ([]byte, error) {
	return bridge.abi.Pack("executePayout", tokenType, sourceToken, to, valueOrTokenId, nonce, requestBlockNumber, tokenURI)
}

// UnpackExecutePayout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0aab71db.
//
// Solidity: function executePayout(uint8 tokenType, address sourceToken, address to, uint256 valueOrTokenId, uint64 nonce, uint64 requestBlockNumber, string tokenURI) returns(address local)
func (bridge *Bridge) UnpackExecutePayout(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("executePayout", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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

// PackHandleStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x910cd82e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function handleStatus(uint64 requestNonce, address operator) view returns(bool handled, bool voted, bytes32 votedKey, uint8 votesForKey, uint8 threshold)
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
// Solidity: function handleStatus(uint64 requestNonce, address operator) view returns(bool handled, bool voted, bytes32 votedKey, uint8 votesForKey, uint8 threshold)
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
}

// UnpackHandleStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x910cd82e.
//
// Solidity: function handleStatus(uint64 requestNonce, address operator) view returns(bool handled, bool voted, bytes32 votedKey, uint8 votesForKey, uint8 threshold)
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
	return *outstruct, nil
}

// PackHandleVoteKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d7f98e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function handleVoteKey((uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes) c) pure returns(bytes32)
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
// Solidity: function handleVoteKey((uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes) c) pure returns(bytes32)
func (bridge *Bridge) TryPackHandleVoteKey(c BridgeHandleCall) ([]byte, error) {
	return bridge.abi.Pack("handleVoteKey", c)
}

// UnpackHandleVoteKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d7f98e6.
//
// Solidity: function handleVoteKey((uint8,bytes32,address,address,address,uint256,uint64,uint64,string,bytes) c) pure returns(bytes32)
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
// Solidity: function renounceOwnership() returns()
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
// Solidity: function renounceOwnership() returns()
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
// Solidity: event HandleValueTransfer(bytes32 requestTxHash, uint8 tokenType, address indexed from, address indexed to, address indexed token, uint256 valueOrTokenId, uint64 handleNonce, uint64 lowerHandleNonce, bytes extraData)
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
	if bytes.Equal(raw[:4], bridge.abi.Errors["BatchTooLarge"].ID.Bytes()[:4]) {
		return bridge.UnpackBatchTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["DirectTransferRefused"].ID.Bytes()[:4]) {
		return bridge.UnpackDirectTransferRefusedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return bridge.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return bridge.UnpackExpectedPauseError(raw[4:])
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
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidConfigurationNonce"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidConfigurationNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidHandleCall"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidHandleCallError(raw[4:])
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
	if bytes.Equal(raw[:4], bridge.abi.Errors["NativeTransferFailed"].ID.Bytes()[:4]) {
		return bridge.UnpackNativeTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NonceAlreadyHandled"].ID.Bytes()[:4]) {
		return bridge.UnpackNonceAlreadyHandledError(raw[4:])
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
	if bytes.Equal(raw[:4], bridge.abi.Errors["OnlySelf"].ID.Bytes()[:4]) {
		return bridge.UnpackOnlySelfError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return bridge.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return bridge.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return bridge.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return bridge.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["TokenAlreadyRegistered"].ID.Bytes()[:4]) {
		return bridge.UnpackTokenAlreadyRegisteredError(raw[4:])
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

// BridgeOnlySelf represents a OnlySelf error raised by the Bridge contract.
type BridgeOnlySelf struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlySelf()
func BridgeOnlySelfErrorID() common.Hash {
	return common.HexToHash("0x14d4a4e8a5140da60b7a280478fb427da973ca582a83cf5dbad8c5f2abee9ba4")
}

// UnpackOnlySelfError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlySelf()
func (bridge *Bridge) UnpackOnlySelfError(raw []byte) (*BridgeOnlySelf, error) {
	out := new(BridgeOnlySelf)
	if err := bridge.abi.UnpackIntoInterface(out, "OnlySelf", raw); err != nil {
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
