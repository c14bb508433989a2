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
	Bin: "0x60806040523461033f576118148038038061001981610343565b92833981019060608183031261033f5780516001600160401b03811161033f5782610045918301610368565b60208201519092906001600160401b03811161033f57604091610069918401610368565b9101516001600160a01b038116810361033f5782516001600160401b038111610253575f54600181811c91168015610335575b602082101461023557601f81116102d3575b506020601f821160011461027257819293945f92610267575b50508160011b915f199060031b1c1916175f555b8151916001600160401b03831161025357600154600181811c91168015610249575b602082101461023557601f81116101d2575b50602090601f841160011461016a5761014f93915f918361015f575b50508160011b915f199060031b1c1916176001555b610149816103b9565b5061042f565b506040516112f190816104c38239f35b015190505f8061012b565b90601f1984169160015f52815f20925f5b8181106101ba575091600193918661014f9794106101a2575b505050811b01600155610140565b01515f1960f88460031b161c191690555f8080610194565b9293602060018192878601518155019501930161017b565b60015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6601f850160051c8101916020861061022b575b601f0160051c01905b818110610220575061010f565b5f8155600101610213565b909150819061020a565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100fd565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100c7565b601f198216905f8052805f20915f5b8181106102bb575095836001959697106102a3575b505050811b015f556100db565b01515f1960f88460031b161c191690555f8080610296565b9192602060018192868b015181550194019201610281565b5f80527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563601f830160051c8101916020841061032b575b601f0160051c01905b81811061032057506100ae565b5f8155600101610313565b909150819061030a565b90607f169061009c565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761025357604052565b81601f8201121561033f578051906001600160401b03821161025357610397601f8301601f1916602001610343565b928284526020838301011161033f57815f9260208093018386015e8301015290565b6001600160a01b0381165f9081525f5160206117d45f395f51905f52602052604090205460ff1661042a576001600160a01b03165f8181525f5160206117d45f395f51905f5260205260408120805460ff191660011790553391905f5160206117b45f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f5160206117f45f395f51905f52602052604090205460ff1661042a576001600160a01b03165f8181525f5160206117f45f395f51905f5260205260408120805460ff191660011790553391907f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6905f5160206117b45f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714610add5750806306fdde0314610a3b578063081812fc146109ff578063095ea7b31461091557806323b872dd146108fe578063248a9ca3146108cb5780632f2ff15d1461088d57806336568abe1461084957806342842e0e1461082057806342966c681461080357806350bb4e7f146104c85780636352211e1461049857806370a082311461044757806391d14854146103fe57806395d89b4114610334578063a217fddf1461031a578063a22cb4651461027f578063b88d4fde1461021f578063c87b56dd146101e8578063d5391393146101ae578063d547741f146101695763e985e9c51461010e575f80fd5b3461016557604036600319011261016557610127610ba0565b61012f610bb6565b9060018060a01b03165f52600560205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b5f80fd5b34610165576040366003190112610165576101ac600435610188610bb6565b906101a76101a2825f526007602052600160405f20015490565b6110e2565b6111a8565b005b34610165575f3660031901126101655760206040517f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68152f35b346101655760203660031901126101655761021b61020760043561122c565b604051918291602083526020830190610b7c565b0390f35b3461016557608036600319011261016557610238610ba0565b610240610bb6565b6064359167ffffffffffffffff83116101655736602384011215610165576102756101ac933690602481600401359101610c44565b9160443591610e3f565b3461016557604036600319011261016557610298610ba0565b60243590811515809203610165576001600160a01b031690811561030757335f52600560205260405f20825f5260205260405f2060ff1981541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b50630b61174360e31b5f5260045260245ffd5b34610165575f3660031901126101655760206040515f8152f35b34610165575f366003190112610165576040515f60015461035481610c7a565b80845290600181169081156103da575060011461037c575b61021b8361020781850382610c06565b91905060015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f905b8082106103c05750909150810160200161020761036c565b9192600181602092548385880101520191019092916103a8565b60ff191660208086019190915291151560051b84019091019150610207905061036c565b3461016557604036600319011261016557610417610bb6565b6004355f52600760205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610165576020366003190112610165576001600160a01b03610468610ba0565b168015610485575f526003602052602060405f2054604051908152f35b6322718ad960e21b5f525f60045260245ffd5b346101655760203660031901126101655760206104b6600435610f7f565b6040516001600160a01b039091168152f35b34610165576060366003190112610165576104e1610ba0565b6024359060443567ffffffffffffffff811161016557366023820112156101655780600401359167ffffffffffffffff831161016557366024848401011161016557335f9081527fa4bfd7afe708e2e87e7f0e2ad9b4d545417e0f795f57b5c5ab5d799c565a04f4602052604090205460ff16156107cc576001600160a01b031680156107b9575f848152600260205260409020546001600160a01b031680151591859083610786575b805f52600360205260405f2060018154019055815f52600260205260405f20816bffffffffffffffffffffffff60a01b825416179055827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a450610773576105f9916024369201610c44565b815f52600660205260405f209080519067ffffffffffffffff821161075f576106228354610c7a565b601f811161071a575b50602090601f8311600114610692579180602094927ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce796945f92610687575b50508160011b915f199060031b1c19161790555b604051908152a1005b01519050868061066a565b90601f19831691845f52815f20925f5b81811061070257509260019285927ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce7989660209896106106ea575b505050811b01905561067e565b01515f1960f88460031b161c191690558680806106dd565b929360206001819287860151815501950193016106a2565b835f5260205f20601f840160051c81019160208510610755575b601f0160051c01905b81811061074a575061062b565b5f815560010161073d565b9091508190610734565b634e487b7160e01b5f52604160045260245ffd5b6339e3563760e11b5f525f60045260245ffd5b5f82815260046020526040902080546001600160a01b0319169055825f52600360205260405f205f19815401905561058b565b633250574960e11b5f525f60045260245ffd5b63e2517d3f60e01b5f52336004527f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a660245260445ffd5b34610165576020366003190112610165576101ac33600435610fb3565b34610165576101ac61083136610bcc565b9060405192610841602085610c06565b5f8452610e3f565b3461016557604036600319011261016557610862610bb6565b336001600160a01b0382160361087e576101ac906004356111a8565b63334bd91960e11b5f5260045ffd5b34610165576040366003190112610165576101ac6004356108ac610bb6565b906108c66101a2825f526007602052600160405f20015490565b61111c565b346101655760203660031901126101655760206108f66004355f526007602052600160405f20015490565b604051908152f35b34610165576101ac61090f36610bcc565b91610cb2565b346101655760403660031901126101655761092e610ba0565b60243561093a81610f7f565b331515806109ec575b806109bf575b6109ac5781906001600160a01b0384811691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f90815260046020526040902080546001600160a01b0319166001600160a01b03909216919091179055005b63a9fbf51f60e01b5f523360045260245ffd5b506001600160a01b0381165f90815260056020908152604080832033845290915290205460ff1615610949565b506001600160a01b038116331415610943565b3461016557602036600319011261016557600435610a1c81610f7f565b505f526004602052602060018060a01b0360405f205416604051908152f35b34610165575f366003190112610165576040515f5f54610a5a81610c7a565b80845290600181169081156103da5750600114610a815761021b8361020781850382610c06565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210610ac35750909150810160200161020761036c565b919260018160209254838588010152019101909291610aab565b34610165576020366003190112610165576004359063ffffffff60e01b821680920361016557602091637965db0b60e01b8114908115610b1f575b5015158152f35b632483248360e11b811491508115610b39575b5083610b18565b6380ac58cd60e01b811491508115610b6b575b8115610b5a575b5083610b32565b6301ffc9a760e01b14905083610b53565b635b5e139f60e01b81149150610b4c565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361016557565b602435906001600160a01b038216820361016557565b6060906003190112610165576004356001600160a01b038116810361016557906024356001600160a01b0381168103610165579060443590565b90601f8019910116810190811067ffffffffffffffff82111761075f57604052565b67ffffffffffffffff811161075f57601f01601f191660200190565b929192610c5082610c28565b91610c5e6040519384610c06565b829481845281830111610165578281602093845f960137010152565b90600182811c92168015610ca8575b6020831014610c9457565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610c89565b6001600160a01b03909116919082156107b9575f828152600260205260409020546001600160a01b031692829033151580610daa575b5084610d77575b805f52600360205260405f2060018154019055815f52600260205260405f20816bffffffffffffffffffffffff60a01b825416179055847fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a46001600160a01b0316808303610d5f57505050565b6364283d7b60e01b5f5260045260245260445260645ffd5b5f82815260046020526040902080546001600160a01b0319169055845f52600360205260405f205f198154019055610cef565b90915080610dee575b15610dc05782905f610ce8565b8284610dd857637e27328960e01b5f5260045260245ffd5b63177e802f60e01b5f523360045260245260445ffd5b503384148015610e1d575b80610db357505f838152600460205260409020546001600160a01b03163314610db3565b505f84815260056020908152604080832033845290915290205460ff16610df9565b9291610e4c818386610cb2565b813b610e59575b50505050565b604051630a85bd0160e11b81523360048201526001600160a01b0394851660248201526044810191909152608060648201529216919060209082908190610ea4906084830190610b7c565b03815f865af15f9181610f3a575b50610f0757503d15610f00573d610ec881610c28565b90610ed66040519283610c06565b81523d5f602083013e5b80519081610efb5782633250574960e11b5f5260045260245ffd5b602001fd5b6060610ee0565b6001600160e01b03191663757a42ff60e11b01610f2857505f808080610e53565b633250574960e11b5f5260045260245ffd5b9091506020813d602011610f77575b81610f5660209383610c06565b8101031261016557516001600160e01b03198116810361016557905f610eb2565b3d9150610f49565b5f818152600260205260409020546001600160a01b0316908115610fa1575090565b637e27328960e01b5f5260045260245ffd5b5f818152600260205260409020546001600160a01b03908116921680151580611055575b505081611022575b5f81815260026020526040812080546001600160a01b0319169055827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8280a490565b5f81815260046020526040902080546001600160a01b0319169055815f52600360205260405f205f198154019055610fdf565b80611093575b156110665780610fd7565b8261107e5750637e27328960e01b5f5260045260245ffd5b63177e802f60e01b5f5260045260245260445ffd5b5080831480156110c2575b8061105b57505f828152600460205260409020546001600160a01b0316811461105b565b50825f52600560205260405f20815f5260205260ff60405f20541661109e565b5f81815260076020908152604080832033845290915290205460ff16156111065750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f8181526007602090815260408083206001600160a01b038616845290915290205460ff166111a2575f8181526007602090815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f8181526007602090815260408083206001600160a01b038616845290915290205460ff16156111a2575f8181526007602090815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b61123581610f7f565b505f52600660205260405f2060405190815f82549261125384610c7a565b80845293600181169081156112cf575060011461128b575b5061127892500382610c06565b5f604051611287602082610c06565b5290565b90505f9291925260205f20905f915b8183106112b3575050906020611278928201015f61126b565b602091935080600191548385880101520191019091839261129a565b90506020925061127894915060ff191682840152151560051b8201015f61126b562f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d6d5257204ebe7d88fd91ae87941cb2dd9d8062b64ae5a2bd2d28ec40b9fbf6dfa4bfd7afe708e2e87e7f0e2ad9b4d545417e0f795f57b5c5ab5d799c565a04f4",
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
