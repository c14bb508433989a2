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

// ServiceChainTokenMetaData contains all meta data concerning the ServiceChainToken contract.
var ServiceChainTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"initialSupply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ERC1363ApproveFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC1363InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC1363InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ERC1363TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ERC1363TransferFromFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approveAndCall\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"approveAndCall\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"burnFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferAndCall\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"transferAndCall\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"transferFromAndCall\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFromAndCall\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ServiceChainToken",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161175238038061175283398101604081905261002e9161034a565b8383600361003c8382610459565b5060046100498282610459565b5061005891505f90508361009d565b506100837f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68361009d565b50801561009457610094828261014a565b50505050610532565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff16610141575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556100f93390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610144565b505f5b92915050565b6001600160a01b0382166101785760405163ec442f0560e01b81525f60048201526024015b60405180910390fd5b6101835f8383610187565b5050565b6001600160a01b0383166101b1578060025f8282546101a69190610513565b909155506102219050565b6001600160a01b0383165f90815260208190526040902054818110156102035760405163391434e360e21b81526001600160a01b0385166004820152602481018290526044810183905260640161016f565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661023d5760028054829003905561025b565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516102a091815260200190565b60405180910390a3505050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126102d0575f5ffd5b81516001600160401b038111156102e9576102e96102ad565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610317576103176102ad565b60405281815283820160200185101561032e575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f6080858703121561035d575f5ffd5b84516001600160401b03811115610372575f5ffd5b61037e878288016102c1565b602087015190955090506001600160401b0381111561039b575f5ffd5b6103a7878288016102c1565b604087015190945090506001600160a01b03811681146103c5575f5ffd5b6060959095015193969295505050565b600181811c908216806103e957607f821691505b60208210810361040757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561045457805f5260205f20601f840160051c810160208510156104325750805b601f840160051c820191505b81811015610451575f815560010161043e565b50505b505050565b81516001600160401b03811115610472576104726102ad565b6104868161048084546103d5565b8461040d565b6020601f8211600181146104b8575f83156104a15750848201515b5f19600385901b1c1916600184901b178455610451565b5f84815260208120601f198516915b828110156104e757878501518255602094850194600190920191016104c7565b508482101561050457868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8082018082111561014457634e487b7160e01b5f52601160045260245ffd5b6112138061053f5f395ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c806342966c68116100d9578063a9059cbb11610093578063d53913931161006e578063d53913931461034e578063d547741f14610375578063d8fbe99414610388578063dd62ed3e1461039b575f5ffd5b8063a9059cbb14610315578063c1d34b8914610328578063cae9ca511461033b575f5ffd5b806342966c68146102a557806370a08231146102b857806379cc6790146102e057806391d14854146102f357806395d89b4114610306578063a217fddf1461030e575f5ffd5b8063248a9ca3116101445780633177029f1161011f5780633177029f1461025957806336568abe1461026c5780634000aea01461027f57806340c10f1914610292575f5ffd5b8063248a9ca3146102135780632f2ff15d14610235578063313ce5671461024a575f5ffd5b806301ffc9a71461018b57806306fdde03146101b3578063095ea7b3146101c85780631296ee62146101db57806318160ddd146101ee57806323b872dd14610200575b5f5ffd5b61019e610199366004610e86565b6103d3565b60405190151581526020015b60405180910390f35b6101bb6103e3565b6040516101aa9190610ecf565b61019e6101d6366004610efc565b610473565b61019e6101e9366004610efc565b61048a565b6002545b6040519081526020016101aa565b61019e61020e366004610f24565b6104ab565b6101f2610221366004610f5e565b5f9081526005602052604090206001015490565b610248610243366004610f75565b6104ce565b005b604051601281526020016101aa565b61019e610267366004610efc565b6104f8565b61024861027a366004610f75565b610512565b61019e61028d36600461103e565b61054a565b6102486102a0366004610efc565b610596565b6102486102b3366004610f5e565b6105ca565b6101f26102c6366004611091565b6001600160a01b03165f9081526020819052604090205490565b6102486102ee366004610efc565b6105d7565b61019e610301366004610f75565b6105f0565b6101bb61061a565b6101f25f81565b61019e610323366004610efc565b610629565b61019e6103363660046110aa565b610636565b61019e61034936600461103e565b610686565b6101f27f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b610248610383366004610f75565b6106cc565b61019e610396366004610f24565b6106f0565b6101f26103a936600461110e565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b5f6103dd82610713565b92915050565b6060600380546103f290611136565b80601f016020809104026020016040519081016040528092919081815260200182805461041e90611136565b80156104695780601f1061044057610100808354040283529160200191610469565b820191905f5260205f20905b81548152906001019060200180831161044c57829003601f168201915b5050505050905090565b5f33610480818585610737565b5060019392505050565b5f6104a4838360405180602001604052805f81525061054a565b9392505050565b5f336104b8858285610744565b6104c38585856107ba565b506001949350505050565b5f828152600560205260409020600101546104e881610817565b6104f28383610821565b50505050565b5f6104a4838360405180602001604052805f815250610686565b6001600160a01b038116331461053b5760405163334bd91960e11b815260040160405180910390fd5b61054582826108b2565b505050565b5f6105558484610629565b6105895760405163118d81d760e11b81526001600160a01b0385166004820152602481018490526044015b60405180910390fd5b610480333386868661091d565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a66105c081610817565b6105458383610a6a565b6105d43382610a9e565b50565b6105e2823383610744565b6105ec8282610a9e565b5050565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6060600480546103f290611136565b5f336104808185856107ba565b5f6106428585856104ab565b61067957604051635ab42af360e11b81526001600160a01b0380871660048301528516602482015260448101849052606401610580565b6104c3338686868661091d565b5f6106918484610473565b6106c057604051631439557160e21b81526001600160a01b038516600482015260248101849052604401610580565b61048033858585610ad2565b5f828152600560205260409020600101546106e681610817565b6104f283836108b2565b5f61070b84848460405180602001604052805f815250610636565b949350505050565b5f6001600160e01b03198216637965db0b60e01b14806103dd57506103dd82610c0c565b6105458383836001610c40565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156104f257818110156107ac57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610580565b6104f284848484035f610c40565b6001600160a01b0383166107e357604051634b637e8f60e11b81525f6004820152602401610580565b6001600160a01b03821661080c5760405163ec442f0560e01b81525f6004820152602401610580565b610545838383610d12565b6105d48133610e38565b5f61082c83836105f0565b6108ab575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556108633390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103dd565b505f6103dd565b5f6108bd83836105f0565b156108ab575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103dd565b826001600160a01b03163b5f03610952576040516322a5b36760e21b81526001600160a01b0384166004820152602401610580565b604051632229f29760e21b81526001600160a01b038416906388a7ca5c9061098490889088908790879060040161116e565b6020604051808303815f875af19250505080156109be575060408051601f3d908101601f191682019092526109bb918101906111aa565b60015b610a25573d8080156109eb576040519150601f19603f3d011682016040523d82523d5f602084013e6109f0565b606091505b5080515f03610a1d576040516322a5b36760e21b81526001600160a01b0385166004820152602401610580565b805160208201fd5b6001600160e01b03198116632229f29760e21b14610a61576040516322a5b36760e21b81526001600160a01b0385166004820152602401610580565b505b5050505050565b6001600160a01b038216610a935760405163ec442f0560e01b81525f6004820152602401610580565b6105ec5f8383610d12565b6001600160a01b038216610ac757604051634b637e8f60e11b81525f6004820152602401610580565b6105ec825f83610d12565b826001600160a01b03163b5f03610b075760405163deb6d3ed60e01b81526001600160a01b0384166004820152602401610580565b6040516307b04a2d60e41b81526001600160a01b03841690637b04a2d090610b37908790869086906004016111c5565b6020604051808303815f875af1925050508015610b71575060408051601f3d908101601f19168201909252610b6e918101906111aa565b60015b610bd0573d808015610b9e576040519150601f19603f3d011682016040523d82523d5f602084013e610ba3565b606091505b5080515f03610a1d5760405163deb6d3ed60e01b81526001600160a01b0385166004820152602401610580565b6001600160e01b031981166307b04a2d60e41b14610a635760405163deb6d3ed60e01b81526001600160a01b0385166004820152602401610580565b5f6001600160e01b0319821663b0202a1160e01b14806103dd57506301ffc9a760e01b6001600160e01b03198316146103dd565b6001600160a01b038416610c695760405163e602df0560e01b81525f6004820152602401610580565b6001600160a01b038316610c9257604051634a1406b160e11b81525f6004820152602401610580565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156104f257826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610d0491815260200190565b60405180910390a350505050565b6001600160a01b038316610d3c578060025f828254610d3191906111f4565b90915550610dac9050565b6001600160a01b0383165f9081526020819052604090205481811015610d8e5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610580565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610dc857600280548290039055610de6565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610e2b91815260200190565b60405180910390a3505050565b610e4282826105f0565b6105ec5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610580565b6001600160e01b0319811681146105d4575f5ffd5b5f60208284031215610e96575f5ffd5b81356104a481610e71565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6104a46020830184610ea1565b80356001600160a01b0381168114610ef7575f5ffd5b919050565b5f5f60408385031215610f0d575f5ffd5b610f1683610ee1565b946020939093013593505050565b5f5f5f60608486031215610f36575f5ffd5b610f3f84610ee1565b9250610f4d60208501610ee1565b929592945050506040919091013590565b5f60208284031215610f6e575f5ffd5b5035919050565b5f5f60408385031215610f86575f5ffd5b82359150610f9660208401610ee1565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610fc2575f5ffd5b813567ffffffffffffffff811115610fdc57610fdc610f9f565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561100b5761100b610f9f565b604052818152838201602001851015611022575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f60608486031215611050575f5ffd5b61105984610ee1565b925060208401359150604084013567ffffffffffffffff81111561107b575f5ffd5b61108786828701610fb3565b9150509250925092565b5f602082840312156110a1575f5ffd5b6104a482610ee1565b5f5f5f5f608085870312156110bd575f5ffd5b6110c685610ee1565b93506110d460208601610ee1565b925060408501359150606085013567ffffffffffffffff8111156110f6575f5ffd5b61110287828801610fb3565b91505092959194509250565b5f5f6040838503121561111f575f5ffd5b61112883610ee1565b9150610f9660208401610ee1565b600181811c9082168061114a57607f821691505b60208210810361116857634e487b7160e01b5f52602260045260245ffd5b50919050565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f906111a090830184610ea1565b9695505050505050565b5f602082840312156111ba575f5ffd5b81516104a481610e71565b60018060a01b0384168152826020820152606060408201525f6111eb6060830184610ea1565b95945050505050565b808201808211156103dd57634e487b7160e01b5f52601160045260245ffd",
}

// ServiceChainToken is an auto generated Go binding around an Ethereum contract.
type ServiceChainToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ServiceChainToken) GetABI() abi.ABI {
	return c.abi
}

// NewServiceChainToken creates a new instance of ServiceChainToken.
func NewServiceChainToken() *ServiceChainToken {
	parsed, err := ServiceChainTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ServiceChainToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ServiceChainToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address admin, uint256 initialSupply) returns()
func (serviceChainToken *ServiceChainToken) PackConstructor(name_ string, symbol_ string, admin common.Address, initialSupply *big.Int) []byte {
	enc, err := serviceChainToken.abi.Pack("", name_, symbol_, admin, initialSupply)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (serviceChainToken *ServiceChainToken) PackDEFAULTADMINROLE() []byte {
	enc, err := serviceChainToken.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (serviceChainToken *ServiceChainToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return serviceChainToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (serviceChainToken *ServiceChainToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := serviceChainToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (serviceChainToken *ServiceChainToken) PackMINTERROLE() []byte {
	enc, err := serviceChainToken.abi.Pack("MINTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (serviceChainToken *ServiceChainToken) TryPackMINTERROLE() ([]byte, error) {
	return serviceChainToken.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (serviceChainToken *ServiceChainToken) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := serviceChainToken.abi.Unpack("MINTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (serviceChainToken *ServiceChainToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := serviceChainToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (serviceChainToken *ServiceChainToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return serviceChainToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (serviceChainToken *ServiceChainToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := serviceChainToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := serviceChainToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return serviceChainToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) UnpackApprove(data []byte) (bool, error) {
	out, err := serviceChainToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackApproveAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3177029f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveAndCall(address spender, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) PackApproveAndCall(spender common.Address, value *big.Int) []byte {
	enc, err := serviceChainToken.abi.Pack("approveAndCall", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3177029f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveAndCall(address spender, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) TryPackApproveAndCall(spender common.Address, value *big.Int) ([]byte, error) {
	return serviceChainToken.abi.Pack("approveAndCall", spender, value)
}

// UnpackApproveAndCall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3177029f.
//
// Solidity: function approveAndCall(address spender, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) UnpackApproveAndCall(data []byte) (bool, error) {
	out, err := serviceChainToken.abi.Unpack("approveAndCall", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackApproveAndCall0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcae9ca51.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveAndCall(address spender, uint256 value, bytes data) returns(bool)
func (serviceChainToken *ServiceChainToken) PackApproveAndCall0(spender common.Address, value *big.Int, data []byte) []byte {
	enc, err := serviceChainToken.abi.Pack("approveAndCall0", spender, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveAndCall0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcae9ca51.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveAndCall(address spender, uint256 value, bytes data) returns(bool)
func (serviceChainToken *ServiceChainToken) TryPackApproveAndCall0(spender common.Address, value *big.Int, data []byte) ([]byte, error) {
	return serviceChainToken.abi.Pack("approveAndCall0", spender, value, data)
}

// UnpackApproveAndCall0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcae9ca51.
//
// Solidity: function approveAndCall(address spender, uint256 value, bytes data) returns(bool)
func (serviceChainToken *ServiceChainToken) UnpackApproveAndCall0(data []byte) (bool, error) {
	out, err := serviceChainToken.abi.Unpack("approveAndCall0", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (serviceChainToken *ServiceChainToken) PackBalanceOf(account common.Address) []byte {
	enc, err := serviceChainToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (serviceChainToken *ServiceChainToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return serviceChainToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (serviceChainToken *ServiceChainToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := serviceChainToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 value) returns()
func (serviceChainToken *ServiceChainToken) PackBurn(value *big.Int) []byte {
	enc, err := serviceChainToken.abi.Pack("burn", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 value) returns()
func (serviceChainToken *ServiceChainToken) TryPackBurn(value *big.Int) ([]byte, error) {
	return serviceChainToken.abi.Pack("burn", value)
}

// PackBurnFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cc6790.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnFrom(address account, uint256 value) returns()
func (serviceChainToken *ServiceChainToken) PackBurnFrom(account common.Address, value *big.Int) []byte {
	enc, err := serviceChainToken.abi.Pack("burnFrom", account, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cc6790.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnFrom(address account, uint256 value) returns()
func (serviceChainToken *ServiceChainToken) TryPackBurnFrom(account common.Address, value *big.Int) ([]byte, error) {
	return serviceChainToken.abi.Pack("burnFrom", account, value)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (serviceChainToken *ServiceChainToken) PackDecimals() []byte {
	enc, err := serviceChainToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (serviceChainToken *ServiceChainToken) TryPackDecimals() ([]byte, error) {
	return serviceChainToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (serviceChainToken *ServiceChainToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := serviceChainToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (serviceChainToken *ServiceChainToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := serviceChainToken.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (serviceChainToken *ServiceChainToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return serviceChainToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (serviceChainToken *ServiceChainToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := serviceChainToken.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (serviceChainToken *ServiceChainToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := serviceChainToken.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (serviceChainToken *ServiceChainToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return serviceChainToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (serviceChainToken *ServiceChainToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := serviceChainToken.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (serviceChainToken *ServiceChainToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return serviceChainToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (serviceChainToken *ServiceChainToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := serviceChainToken.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (serviceChainToken *ServiceChainToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := serviceChainToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (serviceChainToken *ServiceChainToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return serviceChainToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (serviceChainToken *ServiceChainToken) PackName() []byte {
	enc, err := serviceChainToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (serviceChainToken *ServiceChainToken) TryPackName() ([]byte, error) {
	return serviceChainToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (serviceChainToken *ServiceChainToken) UnpackName(data []byte) (string, error) {
	out, err := serviceChainToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (serviceChainToken *ServiceChainToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := serviceChainToken.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (serviceChainToken *ServiceChainToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return serviceChainToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (serviceChainToken *ServiceChainToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := serviceChainToken.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (serviceChainToken *ServiceChainToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return serviceChainToken.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (serviceChainToken *ServiceChainToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := serviceChainToken.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (serviceChainToken *ServiceChainToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return serviceChainToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (serviceChainToken *ServiceChainToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := serviceChainToken.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (serviceChainToken *ServiceChainToken) PackSymbol() []byte {
	enc, err := serviceChainToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (serviceChainToken *ServiceChainToken) TryPackSymbol() ([]byte, error) {
	return serviceChainToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (serviceChainToken *ServiceChainToken) UnpackSymbol(data []byte) (string, error) {
	out, err := serviceChainToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (serviceChainToken *ServiceChainToken) PackTotalSupply() []byte {
	enc, err := serviceChainToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (serviceChainToken *ServiceChainToken) TryPackTotalSupply() ([]byte, error) {
	return serviceChainToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (serviceChainToken *ServiceChainToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := serviceChainToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := serviceChainToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return serviceChainToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := serviceChainToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1296ee62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferAndCall(address to, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) PackTransferAndCall(to common.Address, value *big.Int) []byte {
	enc, err := serviceChainToken.abi.Pack("transferAndCall", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1296ee62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferAndCall(address to, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) TryPackTransferAndCall(to common.Address, value *big.Int) ([]byte, error) {
	return serviceChainToken.abi.Pack("transferAndCall", to, value)
}

// UnpackTransferAndCall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1296ee62.
//
// Solidity: function transferAndCall(address to, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) UnpackTransferAndCall(data []byte) (bool, error) {
	out, err := serviceChainToken.abi.Unpack("transferAndCall", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferAndCall0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4000aea0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferAndCall(address to, uint256 value, bytes data) returns(bool)
func (serviceChainToken *ServiceChainToken) PackTransferAndCall0(to common.Address, value *big.Int, data []byte) []byte {
	enc, err := serviceChainToken.abi.Pack("transferAndCall0", to, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferAndCall0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4000aea0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferAndCall(address to, uint256 value, bytes data) returns(bool)
func (serviceChainToken *ServiceChainToken) TryPackTransferAndCall0(to common.Address, value *big.Int, data []byte) ([]byte, error) {
	return serviceChainToken.abi.Pack("transferAndCall0", to, value, data)
}

// UnpackTransferAndCall0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4000aea0.
//
// Solidity: function transferAndCall(address to, uint256 value, bytes data) returns(bool)
func (serviceChainToken *ServiceChainToken) UnpackTransferAndCall0(data []byte) (bool, error) {
	out, err := serviceChainToken.abi.Unpack("transferAndCall0", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := serviceChainToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return serviceChainToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := serviceChainToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFromAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1d34b89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFromAndCall(address from, address to, uint256 value, bytes data) returns(bool)
func (serviceChainToken *ServiceChainToken) PackTransferFromAndCall(from common.Address, to common.Address, value *big.Int, data []byte) []byte {
	enc, err := serviceChainToken.abi.Pack("transferFromAndCall", from, to, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFromAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1d34b89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFromAndCall(address from, address to, uint256 value, bytes data) returns(bool)
func (serviceChainToken *ServiceChainToken) TryPackTransferFromAndCall(from common.Address, to common.Address, value *big.Int, data []byte) ([]byte, error) {
	return serviceChainToken.abi.Pack("transferFromAndCall", from, to, value, data)
}

// UnpackTransferFromAndCall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1d34b89.
//
// Solidity: function transferFromAndCall(address from, address to, uint256 value, bytes data) returns(bool)
func (serviceChainToken *ServiceChainToken) UnpackTransferFromAndCall(data []byte) (bool, error) {
	out, err := serviceChainToken.abi.Unpack("transferFromAndCall", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFromAndCall0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8fbe994.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFromAndCall(address from, address to, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) PackTransferFromAndCall0(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := serviceChainToken.abi.Pack("transferFromAndCall0", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFromAndCall0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8fbe994.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFromAndCall(address from, address to, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) TryPackTransferFromAndCall0(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return serviceChainToken.abi.Pack("transferFromAndCall0", from, to, value)
}

// UnpackTransferFromAndCall0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8fbe994.
//
// Solidity: function transferFromAndCall(address from, address to, uint256 value) returns(bool)
func (serviceChainToken *ServiceChainToken) UnpackTransferFromAndCall0(data []byte) (bool, error) {
	out, err := serviceChainToken.abi.Unpack("transferFromAndCall0", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ServiceChainTokenApproval represents a Approval event raised by the ServiceChainToken contract.
type ServiceChainTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ServiceChainTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ServiceChainTokenApproval) ContractEventName() string {
	return ServiceChainTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (serviceChainToken *ServiceChainToken) UnpackApprovalEvent(log *types.Log) (*ServiceChainTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceChainToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceChainTokenApproval)
	if len(log.Data) > 0 {
		if err := serviceChainToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceChainToken.abi.Events[event].Inputs {
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

// ServiceChainTokenRoleAdminChanged represents a RoleAdminChanged event raised by the ServiceChainToken contract.
type ServiceChainTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ServiceChainTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ServiceChainTokenRoleAdminChanged) ContractEventName() string {
	return ServiceChainTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (serviceChainToken *ServiceChainToken) UnpackRoleAdminChangedEvent(log *types.Log) (*ServiceChainTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceChainToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceChainTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := serviceChainToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceChainToken.abi.Events[event].Inputs {
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

// ServiceChainTokenRoleGranted represents a RoleGranted event raised by the ServiceChainToken contract.
type ServiceChainTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ServiceChainTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ServiceChainTokenRoleGranted) ContractEventName() string {
	return ServiceChainTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (serviceChainToken *ServiceChainToken) UnpackRoleGrantedEvent(log *types.Log) (*ServiceChainTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceChainToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceChainTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := serviceChainToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceChainToken.abi.Events[event].Inputs {
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

// ServiceChainTokenRoleRevoked represents a RoleRevoked event raised by the ServiceChainToken contract.
type ServiceChainTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ServiceChainTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ServiceChainTokenRoleRevoked) ContractEventName() string {
	return ServiceChainTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (serviceChainToken *ServiceChainToken) UnpackRoleRevokedEvent(log *types.Log) (*ServiceChainTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceChainToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceChainTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := serviceChainToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceChainToken.abi.Events[event].Inputs {
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

// ServiceChainTokenTransfer represents a Transfer event raised by the ServiceChainToken contract.
type ServiceChainTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ServiceChainTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ServiceChainTokenTransfer) ContractEventName() string {
	return ServiceChainTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (serviceChainToken *ServiceChainToken) UnpackTransferEvent(log *types.Log) (*ServiceChainTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceChainToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceChainTokenTransfer)
	if len(log.Data) > 0 {
		if err := serviceChainToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceChainToken.abi.Events[event].Inputs {
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
func (serviceChainToken *ServiceChainToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], serviceChainToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return serviceChainToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return serviceChainToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainToken.abi.Errors["ERC1363ApproveFailed"].ID.Bytes()[:4]) {
		return serviceChainToken.UnpackERC1363ApproveFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainToken.abi.Errors["ERC1363InvalidReceiver"].ID.Bytes()[:4]) {
		return serviceChainToken.UnpackERC1363InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainToken.abi.Errors["ERC1363InvalidSpender"].ID.Bytes()[:4]) {
		return serviceChainToken.UnpackERC1363InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainToken.abi.Errors["ERC1363TransferFailed"].ID.Bytes()[:4]) {
		return serviceChainToken.UnpackERC1363TransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainToken.abi.Errors["ERC1363TransferFromFailed"].ID.Bytes()[:4]) {
		return serviceChainToken.UnpackERC1363TransferFromFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return serviceChainToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return serviceChainToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return serviceChainToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return serviceChainToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return serviceChainToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return serviceChainToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ServiceChainTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ServiceChainToken contract.
type ServiceChainTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ServiceChainTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (serviceChainToken *ServiceChainToken) UnpackAccessControlBadConfirmationError(raw []byte) (*ServiceChainTokenAccessControlBadConfirmation, error) {
	out := new(ServiceChainTokenAccessControlBadConfirmation)
	if err := serviceChainToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ServiceChainToken contract.
type ServiceChainTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ServiceChainTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (serviceChainToken *ServiceChainToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ServiceChainTokenAccessControlUnauthorizedAccount, error) {
	out := new(ServiceChainTokenAccessControlUnauthorizedAccount)
	if err := serviceChainToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainTokenERC1363ApproveFailed represents a ERC1363ApproveFailed error raised by the ServiceChainToken contract.
type ServiceChainTokenERC1363ApproveFailed struct {
	Spender common.Address
	Value   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1363ApproveFailed(address spender, uint256 value)
func ServiceChainTokenERC1363ApproveFailedErrorID() common.Hash {
	return common.HexToHash("0x50e555c4dddff13ff30dbe54ae3a28130e668ee6eed8bb039a74fffd407a490b")
}

// UnpackERC1363ApproveFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1363ApproveFailed(address spender, uint256 value)
func (serviceChainToken *ServiceChainToken) UnpackERC1363ApproveFailedError(raw []byte) (*ServiceChainTokenERC1363ApproveFailed, error) {
	out := new(ServiceChainTokenERC1363ApproveFailed)
	if err := serviceChainToken.abi.UnpackIntoInterface(out, "ERC1363ApproveFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainTokenERC1363InvalidReceiver represents a ERC1363InvalidReceiver error raised by the ServiceChainToken contract.
type ServiceChainTokenERC1363InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1363InvalidReceiver(address receiver)
func ServiceChainTokenERC1363InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x8a96cd9cdbe4c7400f09928c2ad0cc705eacfcb08e7a1ee2637bbd7d7c9a2e71")
}

// UnpackERC1363InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1363InvalidReceiver(address receiver)
func (serviceChainToken *ServiceChainToken) UnpackERC1363InvalidReceiverError(raw []byte) (*ServiceChainTokenERC1363InvalidReceiver, error) {
	out := new(ServiceChainTokenERC1363InvalidReceiver)
	if err := serviceChainToken.abi.UnpackIntoInterface(out, "ERC1363InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainTokenERC1363InvalidSpender represents a ERC1363InvalidSpender error raised by the ServiceChainToken contract.
type ServiceChainTokenERC1363InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1363InvalidSpender(address spender)
func ServiceChainTokenERC1363InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0xdeb6d3edd553d3f2f498b7c0760945593e1f70901005a8ebfec201cf36d60756")
}

// UnpackERC1363InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1363InvalidSpender(address spender)
func (serviceChainToken *ServiceChainToken) UnpackERC1363InvalidSpenderError(raw []byte) (*ServiceChainTokenERC1363InvalidSpender, error) {
	out := new(ServiceChainTokenERC1363InvalidSpender)
	if err := serviceChainToken.abi.UnpackIntoInterface(out, "ERC1363InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainTokenERC1363TransferFailed represents a ERC1363TransferFailed error raised by the ServiceChainToken contract.
type ServiceChainTokenERC1363TransferFailed struct {
	Receiver common.Address
	Value    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1363TransferFailed(address receiver, uint256 value)
func ServiceChainTokenERC1363TransferFailedErrorID() common.Hash {
	return common.HexToHash("0x231b03aea3deff6bcb604f6edbb43d345173148bbf0c0dac8696fa8a0e12c649")
}

// UnpackERC1363TransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1363TransferFailed(address receiver, uint256 value)
func (serviceChainToken *ServiceChainToken) UnpackERC1363TransferFailedError(raw []byte) (*ServiceChainTokenERC1363TransferFailed, error) {
	out := new(ServiceChainTokenERC1363TransferFailed)
	if err := serviceChainToken.abi.UnpackIntoInterface(out, "ERC1363TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainTokenERC1363TransferFromFailed represents a ERC1363TransferFromFailed error raised by the ServiceChainToken contract.
type ServiceChainTokenERC1363TransferFromFailed struct {
	Sender   common.Address
	Receiver common.Address
	Value    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1363TransferFromFailed(address sender, address receiver, uint256 value)
func ServiceChainTokenERC1363TransferFromFailedErrorID() common.Hash {
	return common.HexToHash("0xb56855e6dc0676c3d4dd01bd25a7d38479fa62d646d465c20d121d8911c8dc00")
}

// UnpackERC1363TransferFromFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1363TransferFromFailed(address sender, address receiver, uint256 value)
func (serviceChainToken *ServiceChainToken) UnpackERC1363TransferFromFailedError(raw []byte) (*ServiceChainTokenERC1363TransferFromFailed, error) {
	out := new(ServiceChainTokenERC1363TransferFromFailed)
	if err := serviceChainToken.abi.UnpackIntoInterface(out, "ERC1363TransferFromFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the ServiceChainToken contract.
type ServiceChainTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func ServiceChainTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (serviceChainToken *ServiceChainToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*ServiceChainTokenERC20InsufficientAllowance, error) {
	out := new(ServiceChainTokenERC20InsufficientAllowance)
	if err := serviceChainToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the ServiceChainToken contract.
type ServiceChainTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func ServiceChainTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (serviceChainToken *ServiceChainToken) UnpackERC20InsufficientBalanceError(raw []byte) (*ServiceChainTokenERC20InsufficientBalance, error) {
	out := new(ServiceChainTokenERC20InsufficientBalance)
	if err := serviceChainToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the ServiceChainToken contract.
type ServiceChainTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func ServiceChainTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (serviceChainToken *ServiceChainToken) UnpackERC20InvalidApproverError(raw []byte) (*ServiceChainTokenERC20InvalidApprover, error) {
	out := new(ServiceChainTokenERC20InvalidApprover)
	if err := serviceChainToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the ServiceChainToken contract.
type ServiceChainTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func ServiceChainTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (serviceChainToken *ServiceChainToken) UnpackERC20InvalidReceiverError(raw []byte) (*ServiceChainTokenERC20InvalidReceiver, error) {
	out := new(ServiceChainTokenERC20InvalidReceiver)
	if err := serviceChainToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the ServiceChainToken contract.
type ServiceChainTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func ServiceChainTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (serviceChainToken *ServiceChainToken) UnpackERC20InvalidSenderError(raw []byte) (*ServiceChainTokenERC20InvalidSender, error) {
	out := new(ServiceChainTokenERC20InvalidSender)
	if err := serviceChainToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the ServiceChainToken contract.
type ServiceChainTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func ServiceChainTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (serviceChainToken *ServiceChainToken) UnpackERC20InvalidSpenderError(raw []byte) (*ServiceChainTokenERC20InvalidSpender, error) {
	out := new(ServiceChainTokenERC20InvalidSpender)
	if err := serviceChainToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
