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

// AnchorAnchorRecord is an auto generated low-level Go binding around an user-defined struct.
type AnchorAnchorRecord struct {
	BlockHash   [32]byte
	ParentHash  [32]byte
	TxRoot      [32]byte
	ReceiptRoot [32]byte
	StateRoot   [32]byte
	BlockCount  uint64
	TxCount     uint64
	AnchoredAt  uint64
	FinalizedBy common.Address
}

// AnchorMetaData contains all meta data concerning the Anchor contract.
var AnchorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"AlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"operatorCount\",\"type\":\"uint256\"}],\"name\":\"InvalidThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OwnershipRenounceDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyOperators\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"recordKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalKey\",\"type\":\"bytes32\"}],\"name\":\"AnchorConflict\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"recordKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"votes\",\"type\":\"uint8\"}],\"name\":\"AnchorVote\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"recordKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"Anchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"}],\"name\":\"EpochChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"ThresholdChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_OPERATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"txCount\",\"type\":\"uint64\"}],\"name\":\"anchor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"txCount\",\"type\":\"uint64\"}],\"name\":\"anchorRecordKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"anchorStatus\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"finalized\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"voted\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"recordKey\",\"type\":\"bytes32\"}],\"name\":\"anchorVotes\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"deregisterOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"finalRecordKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"getAnchor\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"txCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"finalizedBy\",\"type\":\"address\"}],\"internalType\":\"structAnchor.AnchorRecord\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getOperatorList\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isOperator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestAnchoredBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"registerOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"newThreshold\",\"type\":\"uint8\"}],\"name\":\"setThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Anchor",
	Bin: "0x6080604052346102895761136880380380610019816102b9565b928339810160608282031261028957610031826102de565b60208301519092906001600160401b0381116102895781019180601f84011215610289578251926001600160401b0384116102a5578360051b906020806100798185016102b9565b80978152019282010192831161028957602001905b82821061028d57505050604001519160ff8316809303610289576001600160a01b0316801561027657600180546001600160a01b03199081169091555f8054918216831781556001600160a01b03909116907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a35f5b81518110156101b357600581901b8201602001516001600160a01b03169081156101a457815f52600360205260405f2054610191576020600254101561017d57816101526001936102f2565b507f4d0eb1f4bac8744fd2be119845e23b3befc88094b42bcda1204c65694a00f9e55f80a201610106565b634cc72ba160e11b5f52602060045260245ffd5b506342a8622160e01b5f5260045260245ffd5b63d92e233d60e01b5f5260045ffd5b8260025481158015610263575b61024d577f541ae612d90d592d7865e446bfd28eb8c1de1ced93c6f992a6df36c9e7bd33ff6020836901000000000000000000816cffffffff0000000000000000ff19600454161717600455604051908152a17fa692a48bd2c8d8415c0c1e439dd5fa31f6ef3eb5f270fe7bf7d7f6a7ed90f860602060405160018152a1604051610fe9908161037f8239f35b906319355c0560e21b5f5260045260245260445ffd5b5080151580156101c057508082116101c0565b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b6020809161029a846102de565b81520191019061008e565b634e487b7160e01b5f52604160045260245ffd5b6040519190601f01601f191682016001600160401b038111838210176102a557604052565b51906001600160a01b038216820361028957565b805f52600360205260405f2054155f1461037957600254680100000000000000008110156102a5576001810180600255811015610365577f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace018190556002545f9182526003602052604090912055600190565b634e487b7160e01b5f52603260045260245ffd5b505f9056fe6080806040526004361015610012575f80fd5b5f3560e01c90816303a1e2871461095257508063048207ae146108115780632b78c9f7146107f75780632c703234146107685780633682a450146106b157806342cde4e8146106915780636d70f7ae1461064f578063715018a61461062857806376ac0f0c146105c357806379ba5097146105435780637c6f3158146105265780638c813107146104b75780638da5cb5b14610490578063900cf0cf1461046a578063b2c01030146103ab578063d8cf98ca146102e1578063e30c3978146102b9578063e5a9860314610222578063ea711a80146101f9578063eef7dc8e146101795763f2fde38b14610103575f80fd5b346101755760203660031901126101755761011c6109fb565b610124610d10565b60018060a01b0316806bffffffffffffffffffffffff60a01b600154161760015560018060a01b035f54167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b5f80fd5b3461017557604036600319011261017557610192610986565b6024356001600160a01b0381168103610175576001600160401b036040921690815f526006602052825f20541515915f526007602052825f209060018060a01b03165f52602052815f205460e01c63ffffffff60045460481c161482519182526020820152f35b34610175575f3660031901126101755760206001600160401b0360045460081c16604051908152f35b346101755760203660031901126101755760043560ff811680910361017557610249610d10565b600254811580156102b0575b61029a577f541ae612d90d592d7865e446bfd28eb8c1de1ced93c6f992a6df36c9e7bd33ff6020838060ff196004541617600455604051908152a1610298610d23565b005b906319355c0560e21b5f5260045260245260445ffd5b50808211610255565b34610175575f366003190112610175576001546040516001600160a01b039091168152602090f35b34610175576020366003190112610175576102fa6109fb565b610302610d10565b6001600160a01b03165f8181526003602052604090205415610399576002545f1981019081116103855760ff60045416808210610370578261034381610eb4565b507f6dd4ca66565fb3dee8076c654634c6c4ad949022d809d0394308617d6791218d5f80a2610298610d23565b6319355c0560e21b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b633b63649d60e11b5f5260045260245ffd5b34610175575f366003190112610175576040518060206002549283815201809260025f527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace905f5b8181106104545750505081610409910382610a41565b604051918291602083019060208452518091526040830191905f5b818110610432575050500390f35b82516001600160a01b0316845285945060209384019390920191600101610424565b82548452602090930192600192830192016103f3565b34610175575f36600319011261017557602063ffffffff60045460481c16604051908152f35b34610175575f366003190112610175575f546040516001600160a01b039091168152602090f35b3461017557602061051e6001600160401b03806104d33661099c565b9598969794604094919493929351996104eb8b610a11565b8a528b8a01526040890152606088015260808701521660a08501521660c08301525f60e08301525f610100830152610e20565b604051908152f35b34610175575f366003190112610175576020600254604051908152f35b34610175575f36600319011261017557600154336001600160a01b038216036105b0576001600160a01b03199081166001555f805433928116831782556001600160a01b0316907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09080a3005b63118cdaa760e01b5f523360045260245ffd5b34610175576040366003190112610175576001600160401b036105e4610986565b165f90815260076020908152604090912060045460ff9161061f9160981b6001600160e01b0319166024356001600160e01b03161790610d8f565b16604051908152f35b34610175575f36600319011261017557610640610d10565b631ef88dcb60e11b5f5260045ffd5b346101755760203660031901126101755760206106876001600160a01b036106756109fb565b165f52600360205260405f2054151590565b6040519015158152f35b34610175575f36600319011261017557602060ff60045416604051908152f35b34610175576020366003190112610175576106ca6109fb565b6106d2610d10565b6001600160a01b0316801561075957805f52600360205260405f205461074757602060025410156107335761070681610f8f565b507f4d0eb1f4bac8744fd2be119845e23b3befc88094b42bcda1204c65694a00f9e55f80a2610298610d23565b634cc72ba160e11b5f52602060045260245ffd5b6342a8622160e01b5f5260045260245ffd5b63d92e233d60e01b5f5260045ffd5b34610175576107763661099c565b9296949161078f335f52600360205260405f2054151590565b156107e457610298976001600160401b03958694604051996107b08b610a11565b8a5260208a01526040890152606088015260808701521660a08501521660c08301525f60e08301525f610100830152610a62565b633b63649d60e11b5f523360045260245ffd5b34610175575f366003190112610175576020604051818152f35b34610175576020366003190112610175576001600160401b03610832610986565b5f61010060405161084281610a11565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201520152165f52600560205261012060405f2060405161088c81610a11565b6001600160401b03610100818454948585528185600183015460208201908152600284015460408301908152600385015490606084019182526004860154926080850193845260058701549889978760e060a0890198828c168a528260c082019c60401c168c52019b60801c168b52600660018060a01b03910154169b019a8b526040519b8c525160208c01525160408b01525160608a0152516080890152511660a0870152511660c0850152511660e083015260018060a01b03905116610100820152f35b34610175576020366003190112610175576020906001600160401b03610976610986565b165f526006825260405f20548152f35b600435906001600160401b038216820361017557565b610100906003190112610175576004356001600160401b038116810361017557906024359060443590606435906084359060a4359060c4356001600160401b0381168103610175579060e4356001600160401b03811681036101755790565b600435906001600160a01b038216820361017557565b61012081019081106001600160401b03821117610a2d57604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b03821117610a2d57604052565b610a6c8282610e20565b916001600160401b03821691825f52600660205260405f205480610cc057506004545f848152600760209081526040808320338452918290529091205460ff83169260981b6001600160e01b0319166001600160e01b0388161790811491610ada91908315610caa57610d8f565b9080610ca1575b610c8a5760ff811115610c815760ff5b60ff60405191888352166020820152857f836126458f5d738e5b1a2034bc2538a46198f0df410cd1c1fec171003f22253060403393a310610c7b5760e082016001600160401b03431681526006610100840191338352855f52600560205260405f2090855182556020860151600183015560408601516002830155606086015160038301556080860151600483015560058201906001600160401b0360a088015116908254916fffffffffffffffff000000000000000060c08a015160401b16916001600160401b0360801b905160801b16926001600160401b0360c01b161717179055019060018060a01b039051166bffffffffffffffffffffffff60a01b825416179055825f5260066020528360405f2055600454906001600160401b038260081c168411610c54575b5050519160405192835260208301527fce6143423120f17592ed6c6596d57471e07d60878f61e90c2922391f6a993d7b60403393a3565b68ffffffffffffffff009060081b169068ffffffffffffffff001916176004555f80610c1d565b50505050565b60ff8116610af1565b84631c9bf28b60e31b5f526004523360245260445ffd5b50818110610ae1565b335f908152602082905260409020829055610d8f565b915050828114610cfd5760405192835260208301527fdcaa465face0f92340d05176e1dac027b3f39e289a358e3f9b7270af57252f1660403393a3565b5063c1d04bb360e01b5f5260045260245ffd5b5f546001600160a01b031633036105b057565b600454600163ffffffff8260481c16019063ffffffff8211610385578160209163ffffffff60481b7fa692a48bd2c8d8415c0c1e439dd5fa31f6ef3eb5f270fe7bf7d7f6a7ed90f8609460481b169063ffffffff60481b19161760045563ffffffff60405191168152a1565b6002545f9392909182855b848110610da8575050505050565b81811015610e0c577f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace8101546001600160a01b03165f908152602084905260409020548414610dfa575b600101610d9a565b955f1981146103855760010195610df2565b634e487b7160e01b5f52603260045260245ffd5b90805190602081015190604081015160608201516080830151916001600160401b0360c08160a0870151169501511694604051966001600160401b03602089019916895260408801526060870152608086015260a085015260c084015260e08301526101008201526101008152610e9961012082610a41565b51902090565b8054821015610e0c575f5260205f2001905f90565b5f818152600360205260409020548015610f89575f198101818111610385576002545f1981019190821161038557818103610f3b575b5050506002548015610f27575f1901610f04816002610e9f565b8154905f199060031b1b191690556002555f5260036020525f6040812055600190565b634e487b7160e01b5f52603160045260245ffd5b610f73610f4c610f5d936002610e9f565b90549060031b1c9283926002610e9f565b819391549060031b91821b915f19901b19161790565b90555f52600360205260405f20555f8080610eea565b50505f90565b805f52600360205260405f2054155f14610fe45760025468010000000000000000811015610a2d57610fcd610f5d8260018594016002556002610e9f565b9055600254905f52600360205260405f2055600190565b505f9056",
}

// Anchor is an auto generated Go binding around an Ethereum contract.
type Anchor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Anchor) GetABI() abi.ABI {
	return c.abi
}

// NewAnchor creates a new instance of Anchor.
func NewAnchor() *Anchor {
	parsed, err := AnchorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Anchor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Anchor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner, address[] operators, uint8 threshold_) returns()
func (anchor *Anchor) PackConstructor(initialOwner common.Address, operators []common.Address, threshold_ uint8) []byte {
	enc, err := anchor.abi.Pack("", initialOwner, operators, threshold_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXOPERATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b78c9f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OPERATORS() view returns(uint256)
func (anchor *Anchor) PackMAXOPERATORS() []byte {
	enc, err := anchor.abi.Pack("MAX_OPERATORS")
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
func (anchor *Anchor) TryPackMAXOPERATORS() ([]byte, error) {
	return anchor.abi.Pack("MAX_OPERATORS")
}

// UnpackMAXOPERATORS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b78c9f7.
//
// Solidity: function MAX_OPERATORS() view returns(uint256)
func (anchor *Anchor) UnpackMAXOPERATORS(data []byte) (*big.Int, error) {
	out, err := anchor.abi.Unpack("MAX_OPERATORS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (anchor *Anchor) PackAcceptOwnership() []byte {
	enc, err := anchor.abi.Pack("acceptOwnership")
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
func (anchor *Anchor) TryPackAcceptOwnership() ([]byte, error) {
	return anchor.abi.Pack("acceptOwnership")
}

// PackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c703234.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchor(uint64 blockNumber, bytes32 blockHash, bytes32 parentHash, bytes32 txRoot, bytes32 receiptRoot, bytes32 stateRoot, uint64 blockCount, uint64 txCount) returns()
func (anchor *Anchor) PackAnchor(blockNumber uint64, blockHash [32]byte, parentHash [32]byte, txRoot [32]byte, receiptRoot [32]byte, stateRoot [32]byte, blockCount uint64, txCount uint64) []byte {
	enc, err := anchor.abi.Pack("anchor", blockNumber, blockHash, parentHash, txRoot, receiptRoot, stateRoot, blockCount, txCount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c703234.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchor(uint64 blockNumber, bytes32 blockHash, bytes32 parentHash, bytes32 txRoot, bytes32 receiptRoot, bytes32 stateRoot, uint64 blockCount, uint64 txCount) returns()
func (anchor *Anchor) TryPackAnchor(blockNumber uint64, blockHash [32]byte, parentHash [32]byte, txRoot [32]byte, receiptRoot [32]byte, stateRoot [32]byte, blockCount uint64, txCount uint64) ([]byte, error) {
	return anchor.abi.Pack("anchor", blockNumber, blockHash, parentHash, txRoot, receiptRoot, stateRoot, blockCount, txCount)
}

// PackAnchorRecordKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c813107.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorRecordKey(uint64 blockNumber, bytes32 blockHash, bytes32 parentHash, bytes32 txRoot, bytes32 receiptRoot, bytes32 stateRoot, uint64 blockCount, uint64 txCount) pure returns(bytes32)
func (anchor *Anchor) PackAnchorRecordKey(blockNumber uint64, blockHash [32]byte, parentHash [32]byte, txRoot [32]byte, receiptRoot [32]byte, stateRoot [32]byte, blockCount uint64, txCount uint64) []byte {
	enc, err := anchor.abi.Pack("anchorRecordKey", blockNumber, blockHash, parentHash, txRoot, receiptRoot, stateRoot, blockCount, txCount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorRecordKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c813107.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorRecordKey(uint64 blockNumber, bytes32 blockHash, bytes32 parentHash, bytes32 txRoot, bytes32 receiptRoot, bytes32 stateRoot, uint64 blockCount, uint64 txCount) pure returns(bytes32)
func (anchor *Anchor) TryPackAnchorRecordKey(blockNumber uint64, blockHash [32]byte, parentHash [32]byte, txRoot [32]byte, receiptRoot [32]byte, stateRoot [32]byte, blockCount uint64, txCount uint64) ([]byte, error) {
	return anchor.abi.Pack("anchorRecordKey", blockNumber, blockHash, parentHash, txRoot, receiptRoot, stateRoot, blockCount, txCount)
}

// UnpackAnchorRecordKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c813107.
//
// Solidity: function anchorRecordKey(uint64 blockNumber, bytes32 blockHash, bytes32 parentHash, bytes32 txRoot, bytes32 receiptRoot, bytes32 stateRoot, uint64 blockCount, uint64 txCount) pure returns(bytes32)
func (anchor *Anchor) UnpackAnchorRecordKey(data []byte) ([32]byte, error) {
	out, err := anchor.abi.Unpack("anchorRecordKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAnchorStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeef7dc8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorStatus(uint64 blockNumber, address operator) view returns(bool finalized, bool voted)
func (anchor *Anchor) PackAnchorStatus(blockNumber uint64, operator common.Address) []byte {
	enc, err := anchor.abi.Pack("anchorStatus", blockNumber, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeef7dc8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorStatus(uint64 blockNumber, address operator) view returns(bool finalized, bool voted)
func (anchor *Anchor) TryPackAnchorStatus(blockNumber uint64, operator common.Address) ([]byte, error) {
	return anchor.abi.Pack("anchorStatus", blockNumber, operator)
}

// AnchorStatusOutput serves as a container for the return parameters of contract
// method AnchorStatus.
type AnchorStatusOutput struct {
	Finalized bool
	Voted     bool
}

// UnpackAnchorStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeef7dc8e.
//
// Solidity: function anchorStatus(uint64 blockNumber, address operator) view returns(bool finalized, bool voted)
func (anchor *Anchor) UnpackAnchorStatus(data []byte) (AnchorStatusOutput, error) {
	out, err := anchor.abi.Unpack("anchorStatus", data)
	outstruct := new(AnchorStatusOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Finalized = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Voted = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackAnchorVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76ac0f0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorVotes(uint64 blockNumber, bytes32 recordKey) view returns(uint8)
func (anchor *Anchor) PackAnchorVotes(blockNumber uint64, recordKey [32]byte) []byte {
	enc, err := anchor.abi.Pack("anchorVotes", blockNumber, recordKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76ac0f0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorVotes(uint64 blockNumber, bytes32 recordKey) view returns(uint8)
func (anchor *Anchor) TryPackAnchorVotes(blockNumber uint64, recordKey [32]byte) ([]byte, error) {
	return anchor.abi.Pack("anchorVotes", blockNumber, recordKey)
}

// UnpackAnchorVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76ac0f0c.
//
// Solidity: function anchorVotes(uint64 blockNumber, bytes32 recordKey) view returns(uint8)
func (anchor *Anchor) UnpackAnchorVotes(data []byte) (uint8, error) {
	out, err := anchor.abi.Unpack("anchorVotes", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDeregisterOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8cf98ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deregisterOperator(address operator) returns()
func (anchor *Anchor) PackDeregisterOperator(operator common.Address) []byte {
	enc, err := anchor.abi.Pack("deregisterOperator", operator)
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
func (anchor *Anchor) TryPackDeregisterOperator(operator common.Address) ([]byte, error) {
	return anchor.abi.Pack("deregisterOperator", operator)
}

// PackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epoch() view returns(uint32)
func (anchor *Anchor) PackEpoch() []byte {
	enc, err := anchor.abi.Pack("epoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epoch() view returns(uint32)
func (anchor *Anchor) TryPackEpoch() ([]byte, error) {
	return anchor.abi.Pack("epoch")
}

// UnpackEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900cf0cf.
//
// Solidity: function epoch() view returns(uint32)
func (anchor *Anchor) UnpackEpoch(data []byte) (uint32, error) {
	out, err := anchor.abi.Unpack("epoch", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackFinalRecordKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03a1e287.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalRecordKey(uint64 blockNumber) view returns(bytes32)
func (anchor *Anchor) PackFinalRecordKey(blockNumber uint64) []byte {
	enc, err := anchor.abi.Pack("finalRecordKey", blockNumber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalRecordKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03a1e287.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalRecordKey(uint64 blockNumber) view returns(bytes32)
func (anchor *Anchor) TryPackFinalRecordKey(blockNumber uint64) ([]byte, error) {
	return anchor.abi.Pack("finalRecordKey", blockNumber)
}

// UnpackFinalRecordKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03a1e287.
//
// Solidity: function finalRecordKey(uint64 blockNumber) view returns(bytes32)
func (anchor *Anchor) UnpackFinalRecordKey(data []byte) ([32]byte, error) {
	out, err := anchor.abi.Unpack("finalRecordKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x048207ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAnchor(uint64 blockNumber) view returns((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,address))
func (anchor *Anchor) PackGetAnchor(blockNumber uint64) []byte {
	enc, err := anchor.abi.Pack("getAnchor", blockNumber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x048207ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAnchor(uint64 blockNumber) view returns((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,address))
func (anchor *Anchor) TryPackGetAnchor(blockNumber uint64) ([]byte, error) {
	return anchor.abi.Pack("getAnchor", blockNumber)
}

// UnpackGetAnchor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x048207ae.
//
// Solidity: function getAnchor(uint64 blockNumber) view returns((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,address))
func (anchor *Anchor) UnpackGetAnchor(data []byte) (AnchorAnchorRecord, error) {
	out, err := anchor.abi.Unpack("getAnchor", data)
	if err != nil {
		return *new(AnchorAnchorRecord), err
	}
	out0 := *abi.ConvertType(out[0], new(AnchorAnchorRecord)).(*AnchorAnchorRecord)
	return out0, nil
}

// PackGetOperatorList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2c01030.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOperatorList() view returns(address[])
func (anchor *Anchor) PackGetOperatorList() []byte {
	enc, err := anchor.abi.Pack("getOperatorList")
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
func (anchor *Anchor) TryPackGetOperatorList() ([]byte, error) {
	return anchor.abi.Pack("getOperatorList")
}

// UnpackGetOperatorList is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2c01030.
//
// Solidity: function getOperatorList() view returns(address[])
func (anchor *Anchor) UnpackGetOperatorList(data []byte) ([]common.Address, error) {
	out, err := anchor.abi.Unpack("getOperatorList", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackIsOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d70f7ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperator(address account) view returns(bool)
func (anchor *Anchor) PackIsOperator(account common.Address) []byte {
	enc, err := anchor.abi.Pack("isOperator", account)
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
func (anchor *Anchor) TryPackIsOperator(account common.Address) ([]byte, error) {
	return anchor.abi.Pack("isOperator", account)
}

// UnpackIsOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d70f7ae.
//
// Solidity: function isOperator(address account) view returns(bool)
func (anchor *Anchor) UnpackIsOperator(data []byte) (bool, error) {
	out, err := anchor.abi.Unpack("isOperator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLatestAnchoredBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea711a80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestAnchoredBlock() view returns(uint64)
func (anchor *Anchor) PackLatestAnchoredBlock() []byte {
	enc, err := anchor.abi.Pack("latestAnchoredBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestAnchoredBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea711a80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestAnchoredBlock() view returns(uint64)
func (anchor *Anchor) TryPackLatestAnchoredBlock() ([]byte, error) {
	return anchor.abi.Pack("latestAnchoredBlock")
}

// UnpackLatestAnchoredBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea711a80.
//
// Solidity: function latestAnchoredBlock() view returns(uint64)
func (anchor *Anchor) UnpackLatestAnchoredBlock(data []byte) (uint64, error) {
	out, err := anchor.abi.Unpack("latestAnchoredBlock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOperatorCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c6f3158.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorCount() view returns(uint256)
func (anchor *Anchor) PackOperatorCount() []byte {
	enc, err := anchor.abi.Pack("operatorCount")
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
func (anchor *Anchor) TryPackOperatorCount() ([]byte, error) {
	return anchor.abi.Pack("operatorCount")
}

// UnpackOperatorCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c6f3158.
//
// Solidity: function operatorCount() view returns(uint256)
func (anchor *Anchor) UnpackOperatorCount(data []byte) (*big.Int, error) {
	out, err := anchor.abi.Unpack("operatorCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (anchor *Anchor) PackOwner() []byte {
	enc, err := anchor.abi.Pack("owner")
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
func (anchor *Anchor) TryPackOwner() ([]byte, error) {
	return anchor.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (anchor *Anchor) UnpackOwner(data []byte) (common.Address, error) {
	out, err := anchor.abi.Unpack("owner", data)
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
func (anchor *Anchor) PackPendingOwner() []byte {
	enc, err := anchor.abi.Pack("pendingOwner")
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
func (anchor *Anchor) TryPackPendingOwner() ([]byte, error) {
	return anchor.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (anchor *Anchor) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := anchor.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegisterOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3682a450.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerOperator(address operator) returns()
func (anchor *Anchor) PackRegisterOperator(operator common.Address) []byte {
	enc, err := anchor.abi.Pack("registerOperator", operator)
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
func (anchor *Anchor) TryPackRegisterOperator(operator common.Address) ([]byte, error) {
	return anchor.abi.Pack("registerOperator", operator)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() view returns()
func (anchor *Anchor) PackRenounceOwnership() []byte {
	enc, err := anchor.abi.Pack("renounceOwnership")
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
func (anchor *Anchor) TryPackRenounceOwnership() ([]byte, error) {
	return anchor.abi.Pack("renounceOwnership")
}

// PackSetThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5a98603.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setThreshold(uint8 newThreshold) returns()
func (anchor *Anchor) PackSetThreshold(newThreshold uint8) []byte {
	enc, err := anchor.abi.Pack("setThreshold", newThreshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5a98603.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setThreshold(uint8 newThreshold) returns()
func (anchor *Anchor) TryPackSetThreshold(newThreshold uint8) ([]byte, error) {
	return anchor.abi.Pack("setThreshold", newThreshold)
}

// PackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function threshold() view returns(uint8)
func (anchor *Anchor) PackThreshold() []byte {
	enc, err := anchor.abi.Pack("threshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function threshold() view returns(uint8)
func (anchor *Anchor) TryPackThreshold() ([]byte, error) {
	return anchor.abi.Pack("threshold")
}

// UnpackThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint8)
func (anchor *Anchor) UnpackThreshold(data []byte) (uint8, error) {
	out, err := anchor.abi.Unpack("threshold", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (anchor *Anchor) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := anchor.abi.Pack("transferOwnership", newOwner)
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
func (anchor *Anchor) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return anchor.abi.Pack("transferOwnership", newOwner)
}

// AnchorAnchorConflict represents a AnchorConflict event raised by the Anchor contract.
type AnchorAnchorConflict struct {
	BlockNumber uint64
	Operator    common.Address
	RecordKey   [32]byte
	FinalKey    [32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const AnchorAnchorConflictEventName = "AnchorConflict"

// ContractEventName returns the user-defined event name.
func (AnchorAnchorConflict) ContractEventName() string {
	return AnchorAnchorConflictEventName
}

// UnpackAnchorConflictEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AnchorConflict(uint64 indexed blockNumber, address indexed operator, bytes32 recordKey, bytes32 finalKey)
func (anchor *Anchor) UnpackAnchorConflictEvent(log *types.Log) (*AnchorAnchorConflict, error) {
	event := "AnchorConflict"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchorAnchorConflict)
	if len(log.Data) > 0 {
		if err := anchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchor.abi.Events[event].Inputs {
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

// AnchorAnchorVote represents a AnchorVote event raised by the Anchor contract.
type AnchorAnchorVote struct {
	BlockNumber uint64
	Operator    common.Address
	RecordKey   [32]byte
	Votes       uint8
	Raw         *types.Log // Blockchain specific contextual infos
}

const AnchorAnchorVoteEventName = "AnchorVote"

// ContractEventName returns the user-defined event name.
func (AnchorAnchorVote) ContractEventName() string {
	return AnchorAnchorVoteEventName
}

// UnpackAnchorVoteEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AnchorVote(uint64 indexed blockNumber, address indexed operator, bytes32 recordKey, uint8 votes)
func (anchor *Anchor) UnpackAnchorVoteEvent(log *types.Log) (*AnchorAnchorVote, error) {
	event := "AnchorVote"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchorAnchorVote)
	if len(log.Data) > 0 {
		if err := anchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchor.abi.Events[event].Inputs {
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

// AnchorAnchored represents a Anchored event raised by the Anchor contract.
type AnchorAnchored struct {
	BlockNumber uint64
	BlockHash   [32]byte
	RecordKey   [32]byte
	Operator    common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const AnchorAnchoredEventName = "Anchored"

// ContractEventName returns the user-defined event name.
func (AnchorAnchored) ContractEventName() string {
	return AnchorAnchoredEventName
}

// UnpackAnchoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Anchored(uint64 indexed blockNumber, bytes32 blockHash, bytes32 recordKey, address indexed operator)
func (anchor *Anchor) UnpackAnchoredEvent(log *types.Log) (*AnchorAnchored, error) {
	event := "Anchored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchorAnchored)
	if len(log.Data) > 0 {
		if err := anchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchor.abi.Events[event].Inputs {
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

// AnchorEpochChanged represents a EpochChanged event raised by the Anchor contract.
type AnchorEpochChanged struct {
	Epoch uint32
	Raw   *types.Log // Blockchain specific contextual infos
}

const AnchorEpochChangedEventName = "EpochChanged"

// ContractEventName returns the user-defined event name.
func (AnchorEpochChanged) ContractEventName() string {
	return AnchorEpochChangedEventName
}

// UnpackEpochChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochChanged(uint32 epoch)
func (anchor *Anchor) UnpackEpochChangedEvent(log *types.Log) (*AnchorEpochChanged, error) {
	event := "EpochChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchorEpochChanged)
	if len(log.Data) > 0 {
		if err := anchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchor.abi.Events[event].Inputs {
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

// AnchorOperatorDeregistered represents a OperatorDeregistered event raised by the Anchor contract.
type AnchorOperatorDeregistered struct {
	Operator common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AnchorOperatorDeregisteredEventName = "OperatorDeregistered"

// ContractEventName returns the user-defined event name.
func (AnchorOperatorDeregistered) ContractEventName() string {
	return AnchorOperatorDeregisteredEventName
}

// UnpackOperatorDeregisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorDeregistered(address indexed operator)
func (anchor *Anchor) UnpackOperatorDeregisteredEvent(log *types.Log) (*AnchorOperatorDeregistered, error) {
	event := "OperatorDeregistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchorOperatorDeregistered)
	if len(log.Data) > 0 {
		if err := anchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchor.abi.Events[event].Inputs {
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

// AnchorOperatorRegistered represents a OperatorRegistered event raised by the Anchor contract.
type AnchorOperatorRegistered struct {
	Operator common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AnchorOperatorRegisteredEventName = "OperatorRegistered"

// ContractEventName returns the user-defined event name.
func (AnchorOperatorRegistered) ContractEventName() string {
	return AnchorOperatorRegisteredEventName
}

// UnpackOperatorRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorRegistered(address indexed operator)
func (anchor *Anchor) UnpackOperatorRegisteredEvent(log *types.Log) (*AnchorOperatorRegistered, error) {
	event := "OperatorRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchorOperatorRegistered)
	if len(log.Data) > 0 {
		if err := anchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchor.abi.Events[event].Inputs {
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

// AnchorOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Anchor contract.
type AnchorOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const AnchorOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (AnchorOwnershipTransferStarted) ContractEventName() string {
	return AnchorOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (anchor *Anchor) UnpackOwnershipTransferStartedEvent(log *types.Log) (*AnchorOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchorOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := anchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchor.abi.Events[event].Inputs {
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

// AnchorOwnershipTransferred represents a OwnershipTransferred event raised by the Anchor contract.
type AnchorOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const AnchorOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (AnchorOwnershipTransferred) ContractEventName() string {
	return AnchorOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (anchor *Anchor) UnpackOwnershipTransferredEvent(log *types.Log) (*AnchorOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchorOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := anchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchor.abi.Events[event].Inputs {
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

// AnchorThresholdChanged represents a ThresholdChanged event raised by the Anchor contract.
type AnchorThresholdChanged struct {
	Threshold uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const AnchorThresholdChangedEventName = "ThresholdChanged"

// ContractEventName returns the user-defined event name.
func (AnchorThresholdChanged) ContractEventName() string {
	return AnchorThresholdChangedEventName
}

// UnpackThresholdChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ThresholdChanged(uint8 threshold)
func (anchor *Anchor) UnpackThresholdChangedEvent(log *types.Log) (*AnchorThresholdChanged, error) {
	event := "ThresholdChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchorThresholdChanged)
	if len(log.Data) > 0 {
		if err := anchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchor.abi.Events[event].Inputs {
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
func (anchor *Anchor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], anchor.abi.Errors["AlreadyAnchored"].ID.Bytes()[:4]) {
		return anchor.UnpackAlreadyAnchoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchor.abi.Errors["AlreadyOperator"].ID.Bytes()[:4]) {
		return anchor.UnpackAlreadyOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchor.abi.Errors["AlreadyVoted"].ID.Bytes()[:4]) {
		return anchor.UnpackAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchor.abi.Errors["InvalidThreshold"].ID.Bytes()[:4]) {
		return anchor.UnpackInvalidThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchor.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return anchor.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchor.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return anchor.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchor.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return anchor.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchor.abi.Errors["OwnershipRenounceDisabled"].ID.Bytes()[:4]) {
		return anchor.UnpackOwnershipRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchor.abi.Errors["TooManyOperators"].ID.Bytes()[:4]) {
		return anchor.UnpackTooManyOperatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchor.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return anchor.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AnchorAlreadyAnchored represents a AlreadyAnchored error raised by the Anchor contract.
type AnchorAlreadyAnchored struct {
	BlockNumber uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAnchored(uint64 blockNumber)
func AnchorAlreadyAnchoredErrorID() common.Hash {
	return common.HexToHash("0xc1d04bb3e8fbd17f71ed1794995136482be0707c138ab7a17ae7df8dee40fa18")
}

// UnpackAlreadyAnchoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAnchored(uint64 blockNumber)
func (anchor *Anchor) UnpackAlreadyAnchoredError(raw []byte) (*AnchorAlreadyAnchored, error) {
	out := new(AnchorAlreadyAnchored)
	if err := anchor.abi.UnpackIntoInterface(out, "AlreadyAnchored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchorAlreadyOperator represents a AlreadyOperator error raised by the Anchor contract.
type AnchorAlreadyOperator struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyOperator(address account)
func AnchorAlreadyOperatorErrorID() common.Hash {
	return common.HexToHash("0x42a86221149ac40aeb1734c5eae0f6c427fb132645b4e9e44a2547ae432b6355")
}

// UnpackAlreadyOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyOperator(address account)
func (anchor *Anchor) UnpackAlreadyOperatorError(raw []byte) (*AnchorAlreadyOperator, error) {
	out := new(AnchorAlreadyOperator)
	if err := anchor.abi.UnpackIntoInterface(out, "AlreadyOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchorAlreadyVoted represents a AlreadyVoted error raised by the Anchor contract.
type AnchorAlreadyVoted struct {
	BlockNumber uint64
	Operator    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyVoted(uint64 blockNumber, address operator)
func AnchorAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0xe4df9458dce04a4692596a2c20490c1359a1284cec1357a3aee6fd69d8dad898")
}

// UnpackAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyVoted(uint64 blockNumber, address operator)
func (anchor *Anchor) UnpackAlreadyVotedError(raw []byte) (*AnchorAlreadyVoted, error) {
	out := new(AnchorAlreadyVoted)
	if err := anchor.abi.UnpackIntoInterface(out, "AlreadyVoted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchorInvalidThreshold represents a InvalidThreshold error raised by the Anchor contract.
type AnchorInvalidThreshold struct {
	Threshold     uint8
	OperatorCount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidThreshold(uint8 threshold, uint256 operatorCount)
func AnchorInvalidThresholdErrorID() common.Hash {
	return common.HexToHash("0x64d57014bbd5e82994b8dcd868cf098a4766a4ee4ea5a6bd6185458ed71cf7eb")
}

// UnpackInvalidThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidThreshold(uint8 threshold, uint256 operatorCount)
func (anchor *Anchor) UnpackInvalidThresholdError(raw []byte) (*AnchorInvalidThreshold, error) {
	out := new(AnchorInvalidThreshold)
	if err := anchor.abi.UnpackIntoInterface(out, "InvalidThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchorNotOperator represents a NotOperator error raised by the Anchor contract.
type AnchorNotOperator struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOperator(address account)
func AnchorNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x76c6c93a6423c7e2cef5f93921b1d4d1a5ffb795cd7cfed2df95566b7c7f7c40")
}

// UnpackNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOperator(address account)
func (anchor *Anchor) UnpackNotOperatorError(raw []byte) (*AnchorNotOperator, error) {
	out := new(AnchorNotOperator)
	if err := anchor.abi.UnpackIntoInterface(out, "NotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchorOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Anchor contract.
type AnchorOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func AnchorOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (anchor *Anchor) UnpackOwnableInvalidOwnerError(raw []byte) (*AnchorOwnableInvalidOwner, error) {
	out := new(AnchorOwnableInvalidOwner)
	if err := anchor.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchorOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Anchor contract.
type AnchorOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func AnchorOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (anchor *Anchor) UnpackOwnableUnauthorizedAccountError(raw []byte) (*AnchorOwnableUnauthorizedAccount, error) {
	out := new(AnchorOwnableUnauthorizedAccount)
	if err := anchor.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchorOwnershipRenounceDisabled represents a OwnershipRenounceDisabled error raised by the Anchor contract.
type AnchorOwnershipRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnershipRenounceDisabled()
func AnchorOwnershipRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x3df11b96b71e08006c1d08267bf883c0e6323d9886240f292004a1d24236e3ec")
}

// UnpackOwnershipRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnershipRenounceDisabled()
func (anchor *Anchor) UnpackOwnershipRenounceDisabledError(raw []byte) (*AnchorOwnershipRenounceDisabled, error) {
	out := new(AnchorOwnershipRenounceDisabled)
	if err := anchor.abi.UnpackIntoInterface(out, "OwnershipRenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchorTooManyOperators represents a TooManyOperators error raised by the Anchor contract.
type AnchorTooManyOperators struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyOperators(uint256 max)
func AnchorTooManyOperatorsErrorID() common.Hash {
	return common.HexToHash("0x998e57423b2a305e3690b4fca8942b7e701c7903fd9b0f8072cda70f75344558")
}

// UnpackTooManyOperatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyOperators(uint256 max)
func (anchor *Anchor) UnpackTooManyOperatorsError(raw []byte) (*AnchorTooManyOperators, error) {
	out := new(AnchorTooManyOperators)
	if err := anchor.abi.UnpackIntoInterface(out, "TooManyOperators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchorZeroAddress represents a ZeroAddress error raised by the Anchor contract.
type AnchorZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func AnchorZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (anchor *Anchor) UnpackZeroAddressError(raw []byte) (*AnchorZeroAddress, error) {
	out := new(AnchorZeroAddress)
	if err := anchor.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
