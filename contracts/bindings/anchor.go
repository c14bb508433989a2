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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"AlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"operatorCount\",\"type\":\"uint256\"}],\"name\":\"InvalidThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyOperators\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"recordKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalKey\",\"type\":\"bytes32\"}],\"name\":\"AnchorConflict\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"recordKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"votes\",\"type\":\"uint8\"}],\"name\":\"AnchorVote\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"recordKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"Anchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"ThresholdChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_OPERATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"txCount\",\"type\":\"uint64\"}],\"name\":\"anchor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"txCount\",\"type\":\"uint64\"}],\"name\":\"anchorRecordKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"anchorStatus\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"finalized\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"voted\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"recordKey\",\"type\":\"bytes32\"}],\"name\":\"anchorVotes\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"deregisterOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"finalRecordKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"getAnchor\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"txCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"finalizedBy\",\"type\":\"address\"}],\"internalType\":\"structAnchor.AnchorRecord\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getOperatorList\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isOperator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestAnchoredBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"registerOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"newThreshold\",\"type\":\"uint8\"}],\"name\":\"setThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Anchor",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161133b38038061133b83398101604081905261002e916100e4565b806001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006581610079565b50506004805460ff19166001179055610111565b600180546001600160a01b031916905561009281610095565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f602082840312156100f4575f5ffd5b81516001600160a01b038116811461010a575f5ffd5b9392505050565b61121d8061011e5f395ff3fe608060405234801561000f575f5ffd5b5060043610610127575f3560e01c80637c6f3158116100a9578063e30c39781161006e578063e30c397814610299578063e5a98603146102aa578063ea711a80146102bd578063eef7dc8e146102ed578063f2fde38b14610353575f5ffd5b80637c6f3158146102325780638c8131071461023a5780638da5cb5b1461024d578063b2c0103014610271578063d8cf98ca14610286575f5ffd5b806342cde4e8116100ef57806342cde4e8146101b65780636d70f7ae146101d5578063715018a61461020f57806376ac0f0c1461021757806379ba50971461022a575f5ffd5b806303a1e2871461012b578063048207ae146101665780632b78c9f7146101865780632c7032341461018e5780633682a450146101a3575b5f5ffd5b610153610139366004610f9c565b6001600160401b03165f9081526006602052604090205490565b6040519081526020015b60405180910390f35b610179610174366004610f9c565b610366565b60405161015d9190610fb5565b610153602081565b6101a161019c36600461104d565b61046a565b005b6101a16101b13660046110d2565b610502565b6004546101c39060ff1681565b60405160ff909116815260200161015d565b6101ff6101e33660046110d2565b6001600160a01b03165f90815260036020526040902054151590565b604051901515815260200161015d565b6101a161061d565b6101c36102253660046110eb565b610630565b6101a161065a565b600254610153565b61015361024836600461104d565b61069e565b5f546001600160a01b03165b6040516001600160a01b03909116815260200161015d565b610279610719565b60405161015d9190611113565b6101a16102943660046110d2565b610779565b6001546001600160a01b0316610259565b6101a16102b836600461115e565b610913565b6004546102d59061010090046001600160401b031681565b6040516001600160401b03909116815260200161015d565b61033c6102fb366004611185565b6001600160401b039091165f90815260066020908152604080832054600783528184206001600160a01b039095168452939091529020549015159190151590565b60408051921515835290151560208301520161015d565b6101a16103613660046110d2565b61096c565b6103d06040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160a01b031681525090565b506001600160401b039081165f908152600560208181526040928390208351610120810185528154815260018201549281019290925260028101549382019390935260038301546060820152600483015460808201529082015480841660a0830152680100000000000000008104841660c0830152600160801b900490921660e0830152600601546001600160a01b031661010082015290565b335f90815260036020526040812054900361049f57604051633b63649d60e11b81523360048201526024015b60405180910390fd5b60408051610120810182528881526020810188905290810186905260608101859052608081018490526001600160401b0380841660a0830152821660c08201525f60e082018190526101008201526104f789826109dc565b505050505050505050565b61050a610d6a565b6001600160a01b0381166105315760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381165f9081526003602052604090205415610572576040516342a8622160e01b81526001600160a01b0382166004820152602401610496565b60025460201161059857604051634cc72ba160e11b815260206004820152602401610496565b600280546001810182557f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace0180546001600160a01b0319166001600160a01b03841690811790915590545f828152600360205260408082209290925590517f4d0eb1f4bac8744fd2be119845e23b3befc88094b42bcda1204c65694a00f9e59190a250565b610625610d6a565b61062e5f610d96565b565b6001600160401b0382165f9081526007602052604081206106519083610daf565b90505b92915050565b60015433906001600160a01b031681146106925760405163118cdaa760e01b81526001600160a01b0382166004820152602401610496565b61069b81610d96565b50565b5f61070c896040518061012001604052808b81526020018a8152602001898152602001888152602001878152602001866001600160401b03168152602001856001600160401b031681526020015f6001600160401b031681526020015f6001600160a01b0316815250610e19565b9998505050505050505050565b6060600280548060200260200160405190810160405280929190818152602001828054801561076f57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610751575b5050505050905090565b610781610d6a565b6001600160a01b0381165f90815260036020526040812054908190036107c557604051633b63649d60e11b81526001600160a01b0383166004820152602401610496565b6002545f906107d6906001906111ca565b90505f6107e560045460ff1690565b90508060ff16821015610817576040516319355c0560e21b815260ff8216600482015260248101839052604401610496565b5f6002838154811061082b5761082b6111dd565b5f918252602090912001546001600160a01b0316905080600261084f6001876111ca565b8154811061085f5761085f6111dd565b5f91825260208083209190910180546001600160a01b0319166001600160a01b03948516179055918316815260039091526040902084905560028054806108a8576108a86111f1565b5f828152602080822083015f1990810180546001600160a01b03191690559092019092556001600160a01b038716808352600390915260408083208390555190917f6dd4ca66565fb3dee8076c654634c6c4ad949022d809d0394308617d6791218d91a25050505050565b61091b610d6a565b61092481610eb5565b6004805460ff191660ff83169081179091556040519081527f541ae612d90d592d7865e446bfd28eb8c1de1ced93c6f992a6df36c9e7bd33ff9060200160405180910390a150565b610974610d6a565b600180546001600160a01b0383166001600160a01b031990911681179091556109a45f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f6109e78383610e19565b6001600160401b0384165f908152600660205260409020549091508015610a7f57818103610a335760405163c1d04bb360e01b81526001600160401b0385166004820152602401610496565b604080518381526020810183905233916001600160401b038716917fdcaa465face0f92340d05176e1dac027b3f39e289a358e3f9b7270af57252f16910160405180910390a350505050565b6004546001600160401b0385165f90815260076020526040812060ff909216918190610aab9086610ef7565b91509150808015610abe57508260ff1682105b15610aed57604051631c9bf28b60e31b81526001600160401b0388166004820152336024820152604401610496565b336001600160401b0388167f836126458f5d738e5b1a2034bc2538a46198f0df410cd1c1fec171003f2225308760ff8611610b285785610b2b565b60ff5b6040805192835260ff90911660208301520160405180910390a38260ff16821015610b595750505050505050565b438660e001906001600160401b031690816001600160401b031681525050338661010001906001600160a01b031690816001600160a01b0316815250508560055f896001600160401b03166001600160401b031681526020019081526020015f205f820151815f01556020820151816001015560408201518160020155606082015181600301556080820151816004015560a0820151816005015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060c08201518160050160086101000a8154816001600160401b0302191690836001600160401b0316021790555060e08201518160050160106101000a8154816001600160401b0302191690836001600160401b03160217905550610100820151816006015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055509050508460065f896001600160401b03166001600160401b031681526020019081526020015f2081905550600460019054906101000a90046001600160401b03166001600160401b0316876001600160401b03161115610d19576004805468ffffffffffffffff0019166101006001600160401b038a16021790555b8551604080519182526020820187905233916001600160401b038a16917fce6143423120f17592ed6c6596d57471e07d60878f61e90c2922391f6a993d7b910160405180910390a350505050505050565b5f546001600160a01b0316331461062e5760405163118cdaa760e01b8152336004820152602401610496565b600180546001600160a01b031916905561069b81610f32565b6002545f90815b81811015610e115783855f60028481548110610dd457610dd46111dd565b5f9182526020808320909101546001600160a01b0316835282019290925260400190205403610e0957610e0683611205565b92505b600101610db6565b505092915050565b5f82825f015183602001518460400151856060015186608001518760a001518860c00151604051602001610e979897969594939291906001600160401b039889168152602081019790975260408701959095526060860193909352608085019190915260a0840152831660c083015290911660e08201526101000190565b60405160208183030381529060405280519060200120905092915050565b60ff81161580610ec9575060025460ff8216115b1561069b576002546040516319355c0560e21b815260ff831660048201526024810191909152604401610496565b335f90815260208390526040812054821480610f1f57335f9081526020859052604090208390555b610f298484610daf565b91509250929050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80356001600160401b0381168114610f97575f5ffd5b919050565b5f60208284031215610fac575f5ffd5b61065182610f81565b5f6101208201905082518252602083015160208301526040830151604083015260608301516060830152608083015160808301526001600160401b0360a08401511660a08301526001600160401b0360c08401511660c083015260e083015161102960e08401826001600160401b03169052565b506101008301516110466101008401826001600160a01b03169052565b5092915050565b5f5f5f5f5f5f5f5f610100898b031215611065575f5ffd5b61106e89610f81565b97506020890135965060408901359550606089013594506080890135935060a0890135925061109f60c08a01610f81565b91506110ad60e08a01610f81565b90509295985092959890939650565b80356001600160a01b0381168114610f97575f5ffd5b5f602082840312156110e2575f5ffd5b610651826110bc565b5f5f604083850312156110fc575f5ffd5b61110583610f81565b946020939093013593505050565b602080825282518282018190525f918401906040840190835b818110156111535783516001600160a01b031683526020938401939092019160010161112c565b509095945050505050565b5f6020828403121561116e575f5ffd5b813560ff8116811461117e575f5ffd5b9392505050565b5f5f60408385031215611196575f5ffd5b61119f83610f81565b91506111ad602084016110bc565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610654576106546111b6565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b5f60018201611216576112166111b6565b506001019056",
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
// Solidity: constructor(address initialOwner) returns()
func (anchor *Anchor) PackConstructor(initialOwner common.Address) []byte {
	enc, err := anchor.abi.Pack("", initialOwner)
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
// Solidity: function renounceOwnership() returns()
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
// Solidity: function renounceOwnership() returns()
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
