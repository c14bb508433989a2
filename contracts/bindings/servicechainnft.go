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

// ServiceChainNFTMetaData contains all meta data concerning the ServiceChainNFT contract.
var ServiceChainNFTMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_fromTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_toTokenId\",\"type\":\"uint256\"}],\"name\":\"BatchMetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"}],\"name\":\"MetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"mintWithTokenURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ServiceChainNFT",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161193e38038061193e83398101604081905261002e916101d5565b82825f61003b83826102de565b50600161004882826102de565b5061005791505f90508261008b565b506100827f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68261008b565b50505050610398565b5f8281526007602090815260408083206001600160a01b038516845290915281205460ff1661012f575f8381526007602090815260408083206001600160a01b03861684529091529020805460ff191660011790556100e73390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610132565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261015b575f5ffd5b81516001600160401b0381111561017457610174610138565b604051601f8201601f19908116603f011681016001600160401b03811182821017156101a2576101a2610138565b6040528181528382016020018510156101b9575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f606084860312156101e7575f5ffd5b83516001600160401b038111156101fc575f5ffd5b6102088682870161014c565b602086015190945090506001600160401b03811115610225575f5ffd5b6102318682870161014c565b604086015190935090506001600160a01b038116811461024f575f5ffd5b809150509250925092565b600181811c9082168061026e57607f821691505b60208210810361028c57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156102d957805f5260205f20601f840160051c810160208510156102b75750805b601f840160051c820191505b818110156102d6575f81556001016102c3565b50505b505050565b81516001600160401b038111156102f7576102f7610138565b61030b81610305845461025a565b84610292565b6020601f82116001811461033d575f83156103265750848201515b5f19600385901b1c1916600184901b1784556102d6565b5f84815260208120601f198516915b8281101561036c578785015182556020948501946001909201910161034c565b508482101561038957868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b611599806103a55f395ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c80636352211e116100b4578063a22cb46511610079578063a22cb465146102a8578063b88d4fde146102bb578063c87b56dd146102ce578063d5391393146102e1578063d547741f14610308578063e985e9c51461031b575f5ffd5b80636352211e1461026057806370a082311461027357806391d148541461028657806395d89b4114610299578063a217fddf146102a1575f5ffd5b8063248a9ca311610105578063248a9ca3146101d15780632f2ff15d1461020157806336568abe1461021457806342842e0e1461022757806342966c681461023a57806350bb4e7f1461024d575f5ffd5b806301ffc9a71461014157806306fdde0314610169578063081812fc1461017e578063095ea7b3146101a957806323b872dd146101be575b5f5ffd5b61015461014f3660046110d9565b61032e565b60405190151581526020015b60405180910390f35b61017161033e565b6040516101609190611122565b61019161018c366004611134565b6103cd565b6040516001600160a01b039091168152602001610160565b6101bc6101b7366004611166565b6103f4565b005b6101bc6101cc36600461118e565b610403565b6101f36101df366004611134565b5f9081526007602052604090206001015490565b604051908152602001610160565b6101bc61020f3660046111c8565b610491565b6101bc6102223660046111c8565b6104b5565b6101bc61023536600461118e565b6104ed565b6101bc610248366004611134565b610507565b6101bc61025b3660046111f2565b610512565b61019161026e366004611134565b61058c565b6101f3610281366004611275565b610596565b6101546102943660046111c8565b6105db565b610171610605565b6101f35f81565b6101bc6102b636600461128e565b610614565b6101bc6102c93660046112db565b61061f565b6101716102dc366004611134565b610637565b6101f37f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b6101bc6103163660046111c8565b610642565b6101546103293660046113b8565b610666565b5f61033882610693565b92915050565b60605f805461034c906113e0565b80601f0160208091040260200160405190810160405280929190818152602001828054610378906113e0565b80156103c35780601f1061039a576101008083540402835291602001916103c3565b820191905f5260205f20905b8154815290600101906020018083116103a657829003601f168201915b5050505050905090565b5f6103d7826106b7565b505f828152600460205260409020546001600160a01b0316610338565b6103ff8282336106ef565b5050565b6001600160a01b03821661043157604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f61043d8383336106fc565b9050836001600160a01b0316816001600160a01b03161461048b576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610428565b50505050565b5f828152600760205260409020600101546104ab816107ee565b61048b83836107fb565b6001600160a01b03811633146104de5760405163334bd91960e11b815260040160405180910390fd5b6104e8828261088c565b505050565b6104e883838360405180602001604052805f81525061061f565b6103ff5f82336106fc565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a661053c816107ee565b61054685856108f7565b6105858484848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061095892505050565b5050505050565b5f610338826106b7565b5f6001600160a01b0382166105c0576040516322718ad960e21b81525f6004820152602401610428565b506001600160a01b03165f9081526003602052604090205490565b5f9182526007602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60606001805461034c906113e0565b6103ff3383836109a7565b61062a848484610403565b61048b3385858585610a45565b606061033882610b6c565b5f8281526007602052604090206001015461065c816107ee565b61048b838361088c565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f6001600160e01b03198216637965db0b60e01b1480610338575061033882610c77565b5f818152600260205260408120546001600160a01b03168061033857604051637e27328960e01b815260048101849052602401610428565b6104e88383836001610c9b565b5f828152600260205260408120546001600160a01b039081169083161561072857610728818486610d9f565b6001600160a01b03811615610762576107435f855f5f610c9b565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615610790576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b6107f88133610e03565b50565b5f61080683836105db565b610885575f8381526007602090815260408083206001600160a01b03861684529091529020805460ff1916600117905561083d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610338565b505f610338565b5f61089783836105db565b15610885575f8381526007602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610338565b6001600160a01b03821661092057604051633250574960e11b81525f6004820152602401610428565b5f61092c83835f6106fc565b90506001600160a01b038116156104e8576040516339e3563760e11b81525f6004820152602401610428565b5f82815260066020526040902061096f828261145c565b506040518281527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a15050565b6001600160a01b0382166109d957604051630b61174360e31b81526001600160a01b0383166004820152602401610428565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b1561058557604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290610a87908890889087908790600401611517565b6020604051808303815f875af1925050508015610ac1575060408051601f3d908101601f19168201909252610abe91810190611553565b60015b610b28573d808015610aee576040519150601f19603f3d011682016040523d82523d5f602084013e610af3565b606091505b5080515f03610b2057604051633250574960e11b81526001600160a01b0385166004820152602401610428565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14610b6457604051633250574960e11b81526001600160a01b0385166004820152602401610428565b505050505050565b6060610b77826106b7565b505f8281526006602052604081208054610b90906113e0565b80601f0160208091040260200160405190810160405280929190818152602001828054610bbc906113e0565b8015610c075780601f10610bde57610100808354040283529160200191610c07565b820191905f5260205f20905b815481529060010190602001808311610bea57829003601f168201915b505050505090505f610c2360408051602081019091525f815290565b905080515f03610c34575092915050565b815115610c66578082604051602001610c4e929190611585565b60405160208183030381529060405292505050919050565b610c6f84610e3c565b949350505050565b5f6001600160e01b03198216632483248360e11b1480610338575061033882610ead565b8080610caf57506001600160a01b03821615155b15610d70575f610cbe846106b7565b90506001600160a01b03831615801590610cea5750826001600160a01b0316816001600160a01b031614155b8015610cfd5750610cfb8184610666565b155b15610d265760405163a9fbf51f60e01b81526001600160a01b0384166004820152602401610428565b8115610d6e5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b610daa838383610efc565b6104e8576001600160a01b038316610dd857604051637e27328960e01b815260048101829052602401610428565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401610428565b610e0d82826105db565b6103ff5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610428565b6060610e47826106b7565b505f610e5d60408051602081019091525f815290565b90505f815111610e7b5760405180602001604052805f815250610ea6565b80610e8584610f5d565b604051602001610e96929190611585565b6040516020818303038152906040525b9392505050565b5f6001600160e01b031982166380ac58cd60e01b1480610edd57506001600160e01b03198216635b5e139f60e01b145b8061033857506301ffc9a760e01b6001600160e01b0319831614610338565b5f6001600160a01b03831615801590610c6f5750826001600160a01b0316846001600160a01b03161480610f355750610f358484610666565b80610c6f5750505f908152600460205260409020546001600160a01b03908116911614919050565b60605f610f6983610fed565b60010190505f8167ffffffffffffffff811115610f8857610f886112c7565b6040519080825280601f01601f191660200182016040528015610fb2576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084610fbc57509392505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b831061102b5772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611057576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061107557662386f26fc10000830492506010015b6305f5e100831061108d576305f5e100830492506008015b61271083106110a157612710830492506004015b606483106110b3576064830492506002015b600a83106103385760010192915050565b6001600160e01b0319811681146107f8575f5ffd5b5f602082840312156110e9575f5ffd5b8135610ea6816110c4565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610ea660208301846110f4565b5f60208284031215611144575f5ffd5b5035919050565b80356001600160a01b0381168114611161575f5ffd5b919050565b5f5f60408385031215611177575f5ffd5b6111808361114b565b946020939093013593505050565b5f5f5f606084860312156111a0575f5ffd5b6111a98461114b565b92506111b76020850161114b565b929592945050506040919091013590565b5f5f604083850312156111d9575f5ffd5b823591506111e96020840161114b565b90509250929050565b5f5f5f5f60608587031215611205575f5ffd5b61120e8561114b565b935060208501359250604085013567ffffffffffffffff811115611230575f5ffd5b8501601f81018713611240575f5ffd5b803567ffffffffffffffff811115611256575f5ffd5b876020828401011115611267575f5ffd5b949793965060200194505050565b5f60208284031215611285575f5ffd5b610ea68261114b565b5f5f6040838503121561129f575f5ffd5b6112a88361114b565b9150602083013580151581146112bc575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f608085870312156112ee575f5ffd5b6112f78561114b565b93506113056020860161114b565b925060408501359150606085013567ffffffffffffffff811115611327575f5ffd5b8501601f81018713611337575f5ffd5b803567ffffffffffffffff811115611351576113516112c7565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715611380576113806112c7565b604052818152828201602001891015611397575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f604083850312156113c9575f5ffd5b6113d28361114b565b91506111e96020840161114b565b600181811c908216806113f457607f821691505b60208210810361141257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104e857805f5260205f20601f840160051c8101602085101561143d5750805b601f840160051c820191505b81811015610585575f8155600101611449565b815167ffffffffffffffff811115611476576114766112c7565b61148a8161148484546113e0565b84611418565b6020601f8211600181146114bc575f83156114a55750848201515b5f19600385901b1c1916600184901b178455610585565b5f84815260208120601f198516915b828110156114eb57878501518255602094850194600190920191016114cb565b508482101561150857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90611549908301846110f4565b9695505050505050565b5f60208284031215611563575f5ffd5b8151610ea6816110c4565b5f81518060208401855e5f93019283525090919050565b5f610c6f611593838661156e565b8461156e56",
}

// ServiceChainNFT is an auto generated Go binding around an Ethereum contract.
type ServiceChainNFT struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ServiceChainNFT) GetABI() abi.ABI {
	return c.abi
}

// NewServiceChainNFT creates a new instance of ServiceChainNFT.
func NewServiceChainNFT() *ServiceChainNFT {
	parsed, err := ServiceChainNFTMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ServiceChainNFT{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ServiceChainNFT) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address admin) returns()
func (serviceChainNFT *ServiceChainNFT) PackConstructor(name_ string, symbol_ string, admin common.Address) []byte {
	enc, err := serviceChainNFT.abi.Pack("", name_, symbol_, admin)
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
func (serviceChainNFT *ServiceChainNFT) PackDEFAULTADMINROLE() []byte {
	enc, err := serviceChainNFT.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (serviceChainNFT *ServiceChainNFT) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return serviceChainNFT.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (serviceChainNFT *ServiceChainNFT) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := serviceChainNFT.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (serviceChainNFT *ServiceChainNFT) PackMINTERROLE() []byte {
	enc, err := serviceChainNFT.abi.Pack("MINTER_ROLE")
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
func (serviceChainNFT *ServiceChainNFT) TryPackMINTERROLE() ([]byte, error) {
	return serviceChainNFT.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (serviceChainNFT *ServiceChainNFT) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := serviceChainNFT.abi.Unpack("MINTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (serviceChainNFT *ServiceChainNFT) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := serviceChainNFT.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (serviceChainNFT *ServiceChainNFT) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return serviceChainNFT.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (serviceChainNFT *ServiceChainNFT) PackBalanceOf(owner common.Address) []byte {
	enc, err := serviceChainNFT.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (serviceChainNFT *ServiceChainNFT) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return serviceChainNFT.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (serviceChainNFT *ServiceChainNFT) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := serviceChainNFT.abi.Unpack("balanceOf", data)
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
// Solidity: function burn(uint256 tokenId) returns()
func (serviceChainNFT *ServiceChainNFT) PackBurn(tokenId *big.Int) []byte {
	enc, err := serviceChainNFT.abi.Pack("burn", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 tokenId) returns()
func (serviceChainNFT *ServiceChainNFT) TryPackBurn(tokenId *big.Int) ([]byte, error) {
	return serviceChainNFT.abi.Pack("burn", tokenId)
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (serviceChainNFT *ServiceChainNFT) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := serviceChainNFT.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (serviceChainNFT *ServiceChainNFT) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return serviceChainNFT.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (serviceChainNFT *ServiceChainNFT) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := serviceChainNFT.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (serviceChainNFT *ServiceChainNFT) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := serviceChainNFT.abi.Pack("getRoleAdmin", role)
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
func (serviceChainNFT *ServiceChainNFT) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return serviceChainNFT.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (serviceChainNFT *ServiceChainNFT) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := serviceChainNFT.abi.Unpack("getRoleAdmin", data)
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
func (serviceChainNFT *ServiceChainNFT) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := serviceChainNFT.abi.Pack("grantRole", role, account)
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
func (serviceChainNFT *ServiceChainNFT) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return serviceChainNFT.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (serviceChainNFT *ServiceChainNFT) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := serviceChainNFT.abi.Pack("hasRole", role, account)
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
func (serviceChainNFT *ServiceChainNFT) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return serviceChainNFT.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (serviceChainNFT *ServiceChainNFT) UnpackHasRole(data []byte) (bool, error) {
	out, err := serviceChainNFT.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (serviceChainNFT *ServiceChainNFT) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := serviceChainNFT.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (serviceChainNFT *ServiceChainNFT) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return serviceChainNFT.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (serviceChainNFT *ServiceChainNFT) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := serviceChainNFT.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMintWithTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50bb4e7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintWithTokenURI(address to, uint256 tokenId, string uri) returns()
func (serviceChainNFT *ServiceChainNFT) PackMintWithTokenURI(to common.Address, tokenId *big.Int, uri string) []byte {
	enc, err := serviceChainNFT.abi.Pack("mintWithTokenURI", to, tokenId, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintWithTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50bb4e7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintWithTokenURI(address to, uint256 tokenId, string uri) returns()
func (serviceChainNFT *ServiceChainNFT) TryPackMintWithTokenURI(to common.Address, tokenId *big.Int, uri string) ([]byte, error) {
	return serviceChainNFT.abi.Pack("mintWithTokenURI", to, tokenId, uri)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (serviceChainNFT *ServiceChainNFT) PackName() []byte {
	enc, err := serviceChainNFT.abi.Pack("name")
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
func (serviceChainNFT *ServiceChainNFT) TryPackName() ([]byte, error) {
	return serviceChainNFT.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (serviceChainNFT *ServiceChainNFT) UnpackName(data []byte) (string, error) {
	out, err := serviceChainNFT.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (serviceChainNFT *ServiceChainNFT) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := serviceChainNFT.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (serviceChainNFT *ServiceChainNFT) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return serviceChainNFT.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (serviceChainNFT *ServiceChainNFT) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := serviceChainNFT.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (serviceChainNFT *ServiceChainNFT) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := serviceChainNFT.abi.Pack("renounceRole", role, callerConfirmation)
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
func (serviceChainNFT *ServiceChainNFT) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return serviceChainNFT.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (serviceChainNFT *ServiceChainNFT) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := serviceChainNFT.abi.Pack("revokeRole", role, account)
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
func (serviceChainNFT *ServiceChainNFT) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return serviceChainNFT.abi.Pack("revokeRole", role, account)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (serviceChainNFT *ServiceChainNFT) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := serviceChainNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (serviceChainNFT *ServiceChainNFT) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return serviceChainNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (serviceChainNFT *ServiceChainNFT) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := serviceChainNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (serviceChainNFT *ServiceChainNFT) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return serviceChainNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (serviceChainNFT *ServiceChainNFT) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := serviceChainNFT.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (serviceChainNFT *ServiceChainNFT) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return serviceChainNFT.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (serviceChainNFT *ServiceChainNFT) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := serviceChainNFT.abi.Pack("supportsInterface", interfaceId)
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
func (serviceChainNFT *ServiceChainNFT) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return serviceChainNFT.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (serviceChainNFT *ServiceChainNFT) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := serviceChainNFT.abi.Unpack("supportsInterface", data)
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
func (serviceChainNFT *ServiceChainNFT) PackSymbol() []byte {
	enc, err := serviceChainNFT.abi.Pack("symbol")
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
func (serviceChainNFT *ServiceChainNFT) TryPackSymbol() ([]byte, error) {
	return serviceChainNFT.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (serviceChainNFT *ServiceChainNFT) UnpackSymbol(data []byte) (string, error) {
	out, err := serviceChainNFT.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (serviceChainNFT *ServiceChainNFT) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := serviceChainNFT.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (serviceChainNFT *ServiceChainNFT) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return serviceChainNFT.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (serviceChainNFT *ServiceChainNFT) UnpackTokenURI(data []byte) (string, error) {
	out, err := serviceChainNFT.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (serviceChainNFT *ServiceChainNFT) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := serviceChainNFT.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (serviceChainNFT *ServiceChainNFT) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return serviceChainNFT.abi.Pack("transferFrom", from, to, tokenId)
}

// ServiceChainNFTApproval represents a Approval event raised by the ServiceChainNFT contract.
type ServiceChainNFTApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ServiceChainNFTApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ServiceChainNFTApproval) ContractEventName() string {
	return ServiceChainNFTApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (serviceChainNFT *ServiceChainNFT) UnpackApprovalEvent(log *types.Log) (*ServiceChainNFTApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceChainNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceChainNFTApproval)
	if len(log.Data) > 0 {
		if err := serviceChainNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceChainNFT.abi.Events[event].Inputs {
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

// ServiceChainNFTApprovalForAll represents a ApprovalForAll event raised by the ServiceChainNFT contract.
type ServiceChainNFTApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const ServiceChainNFTApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (ServiceChainNFTApprovalForAll) ContractEventName() string {
	return ServiceChainNFTApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (serviceChainNFT *ServiceChainNFT) UnpackApprovalForAllEvent(log *types.Log) (*ServiceChainNFTApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceChainNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceChainNFTApprovalForAll)
	if len(log.Data) > 0 {
		if err := serviceChainNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceChainNFT.abi.Events[event].Inputs {
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

// ServiceChainNFTBatchMetadataUpdate represents a BatchMetadataUpdate event raised by the ServiceChainNFT contract.
type ServiceChainNFTBatchMetadataUpdate struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ServiceChainNFTBatchMetadataUpdateEventName = "BatchMetadataUpdate"

// ContractEventName returns the user-defined event name.
func (ServiceChainNFTBatchMetadataUpdate) ContractEventName() string {
	return ServiceChainNFTBatchMetadataUpdateEventName
}

// UnpackBatchMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchMetadataUpdate(uint256 _fromTokenId, uint256 _toTokenId)
func (serviceChainNFT *ServiceChainNFT) UnpackBatchMetadataUpdateEvent(log *types.Log) (*ServiceChainNFTBatchMetadataUpdate, error) {
	event := "BatchMetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceChainNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceChainNFTBatchMetadataUpdate)
	if len(log.Data) > 0 {
		if err := serviceChainNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceChainNFT.abi.Events[event].Inputs {
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

// ServiceChainNFTMetadataUpdate represents a MetadataUpdate event raised by the ServiceChainNFT contract.
type ServiceChainNFTMetadataUpdate struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ServiceChainNFTMetadataUpdateEventName = "MetadataUpdate"

// ContractEventName returns the user-defined event name.
func (ServiceChainNFTMetadataUpdate) ContractEventName() string {
	return ServiceChainNFTMetadataUpdateEventName
}

// UnpackMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdate(uint256 _tokenId)
func (serviceChainNFT *ServiceChainNFT) UnpackMetadataUpdateEvent(log *types.Log) (*ServiceChainNFTMetadataUpdate, error) {
	event := "MetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceChainNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceChainNFTMetadataUpdate)
	if len(log.Data) > 0 {
		if err := serviceChainNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceChainNFT.abi.Events[event].Inputs {
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

// ServiceChainNFTRoleAdminChanged represents a RoleAdminChanged event raised by the ServiceChainNFT contract.
type ServiceChainNFTRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ServiceChainNFTRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ServiceChainNFTRoleAdminChanged) ContractEventName() string {
	return ServiceChainNFTRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (serviceChainNFT *ServiceChainNFT) UnpackRoleAdminChangedEvent(log *types.Log) (*ServiceChainNFTRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceChainNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceChainNFTRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := serviceChainNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceChainNFT.abi.Events[event].Inputs {
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

// ServiceChainNFTRoleGranted represents a RoleGranted event raised by the ServiceChainNFT contract.
type ServiceChainNFTRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ServiceChainNFTRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ServiceChainNFTRoleGranted) ContractEventName() string {
	return ServiceChainNFTRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (serviceChainNFT *ServiceChainNFT) UnpackRoleGrantedEvent(log *types.Log) (*ServiceChainNFTRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceChainNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceChainNFTRoleGranted)
	if len(log.Data) > 0 {
		if err := serviceChainNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceChainNFT.abi.Events[event].Inputs {
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

// ServiceChainNFTRoleRevoked represents a RoleRevoked event raised by the ServiceChainNFT contract.
type ServiceChainNFTRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ServiceChainNFTRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ServiceChainNFTRoleRevoked) ContractEventName() string {
	return ServiceChainNFTRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (serviceChainNFT *ServiceChainNFT) UnpackRoleRevokedEvent(log *types.Log) (*ServiceChainNFTRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceChainNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceChainNFTRoleRevoked)
	if len(log.Data) > 0 {
		if err := serviceChainNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceChainNFT.abi.Events[event].Inputs {
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

// ServiceChainNFTTransfer represents a Transfer event raised by the ServiceChainNFT contract.
type ServiceChainNFTTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ServiceChainNFTTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ServiceChainNFTTransfer) ContractEventName() string {
	return ServiceChainNFTTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (serviceChainNFT *ServiceChainNFT) UnpackTransferEvent(log *types.Log) (*ServiceChainNFTTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceChainNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceChainNFTTransfer)
	if len(log.Data) > 0 {
		if err := serviceChainNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceChainNFT.abi.Events[event].Inputs {
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
func (serviceChainNFT *ServiceChainNFT) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], serviceChainNFT.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return serviceChainNFT.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainNFT.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return serviceChainNFT.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainNFT.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return serviceChainNFT.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainNFT.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return serviceChainNFT.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainNFT.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return serviceChainNFT.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainNFT.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return serviceChainNFT.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainNFT.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return serviceChainNFT.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainNFT.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return serviceChainNFT.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainNFT.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return serviceChainNFT.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceChainNFT.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return serviceChainNFT.UnpackERC721NonexistentTokenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ServiceChainNFTAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ServiceChainNFT contract.
type ServiceChainNFTAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ServiceChainNFTAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (serviceChainNFT *ServiceChainNFT) UnpackAccessControlBadConfirmationError(raw []byte) (*ServiceChainNFTAccessControlBadConfirmation, error) {
	out := new(ServiceChainNFTAccessControlBadConfirmation)
	if err := serviceChainNFT.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainNFTAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ServiceChainNFT contract.
type ServiceChainNFTAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ServiceChainNFTAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (serviceChainNFT *ServiceChainNFT) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ServiceChainNFTAccessControlUnauthorizedAccount, error) {
	out := new(ServiceChainNFTAccessControlUnauthorizedAccount)
	if err := serviceChainNFT.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainNFTERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the ServiceChainNFT contract.
type ServiceChainNFTERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func ServiceChainNFTERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (serviceChainNFT *ServiceChainNFT) UnpackERC721IncorrectOwnerError(raw []byte) (*ServiceChainNFTERC721IncorrectOwner, error) {
	out := new(ServiceChainNFTERC721IncorrectOwner)
	if err := serviceChainNFT.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainNFTERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the ServiceChainNFT contract.
type ServiceChainNFTERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func ServiceChainNFTERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (serviceChainNFT *ServiceChainNFT) UnpackERC721InsufficientApprovalError(raw []byte) (*ServiceChainNFTERC721InsufficientApproval, error) {
	out := new(ServiceChainNFTERC721InsufficientApproval)
	if err := serviceChainNFT.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainNFTERC721InvalidApprover represents a ERC721InvalidApprover error raised by the ServiceChainNFT contract.
type ServiceChainNFTERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func ServiceChainNFTERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (serviceChainNFT *ServiceChainNFT) UnpackERC721InvalidApproverError(raw []byte) (*ServiceChainNFTERC721InvalidApprover, error) {
	out := new(ServiceChainNFTERC721InvalidApprover)
	if err := serviceChainNFT.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainNFTERC721InvalidOperator represents a ERC721InvalidOperator error raised by the ServiceChainNFT contract.
type ServiceChainNFTERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func ServiceChainNFTERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (serviceChainNFT *ServiceChainNFT) UnpackERC721InvalidOperatorError(raw []byte) (*ServiceChainNFTERC721InvalidOperator, error) {
	out := new(ServiceChainNFTERC721InvalidOperator)
	if err := serviceChainNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainNFTERC721InvalidOwner represents a ERC721InvalidOwner error raised by the ServiceChainNFT contract.
type ServiceChainNFTERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func ServiceChainNFTERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (serviceChainNFT *ServiceChainNFT) UnpackERC721InvalidOwnerError(raw []byte) (*ServiceChainNFTERC721InvalidOwner, error) {
	out := new(ServiceChainNFTERC721InvalidOwner)
	if err := serviceChainNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainNFTERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the ServiceChainNFT contract.
type ServiceChainNFTERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func ServiceChainNFTERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (serviceChainNFT *ServiceChainNFT) UnpackERC721InvalidReceiverError(raw []byte) (*ServiceChainNFTERC721InvalidReceiver, error) {
	out := new(ServiceChainNFTERC721InvalidReceiver)
	if err := serviceChainNFT.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainNFTERC721InvalidSender represents a ERC721InvalidSender error raised by the ServiceChainNFT contract.
type ServiceChainNFTERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func ServiceChainNFTERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (serviceChainNFT *ServiceChainNFT) UnpackERC721InvalidSenderError(raw []byte) (*ServiceChainNFTERC721InvalidSender, error) {
	out := new(ServiceChainNFTERC721InvalidSender)
	if err := serviceChainNFT.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceChainNFTERC721NonexistentToken represents a ERC721NonexistentToken error raised by the ServiceChainNFT contract.
type ServiceChainNFTERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func ServiceChainNFTERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (serviceChainNFT *ServiceChainNFT) UnpackERC721NonexistentTokenError(raw []byte) (*ServiceChainNFTERC721NonexistentToken, error) {
	out := new(ServiceChainNFTERC721NonexistentToken)
	if err := serviceChainNFT.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}
