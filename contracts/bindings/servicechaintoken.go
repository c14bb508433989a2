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
	Bin: "0x6080604052346103e15761161d80380380610019816103e5565b9283398101906080818303126103e15780516001600160401b0381116103e1578261004591830161040a565b602082015190926001600160401b0382116103e15761006591830161040a565b91604082015160018060a01b038116928382036103e15760600151825190926001600160401b0382116102e45760035490600182811c921680156103d7575b60208310146102c65781601f849311610369575b50602090601f8311600114610303575f926102f8575b50508160011b915f199060031b1c1916176003555b83516001600160401b0381116102e457600454600181811c911680156102da575b60208210146102c657601f8111610263575b506020601f82116001146101fa5781906101579495965f926101ef575b50508160011b915f199060031b1c1916176004555b6101518161045b565b506104d1565b508061016d575b60405161105890816105658239f35b81156101dc57600254908082018092116101c85760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a35f8061015e565b634e487b7160e01b5f52601160045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b015190505f80610133565b601f1982169560045f52815f20965f5b81811061024b57509161015795969791846001959410610233575b505050811b01600455610148565b01515f1960f88460031b161c191690555f8080610225565b8383015189556001909801976020938401930161020a565b60045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f830160051c810191602084106102bc575b601f0160051c01905b8181106102b15750610116565b5f81556001016102a4565b909150819061029b565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610104565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100ce565b60035f9081528281209350601f198516905b8181106103515750908460019594939210610339575b505050811b016003556100e3565b01515f1960f88460031b161c191690555f808061032b565b92936020600181928786015181550195019301610315565b60035f529091507fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f840160051c810191602085106103cd575b90601f859493920160051c01905b8181106103bf57506100b8565b5f81558493506001016103b2565b90915081906103a4565b91607f16916100a4565b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102e457604052565b81601f820112156103e1578051906001600160401b0382116102e457610439601f8301601f19166020016103e5565b92828452602083830101116103e157815f9260208093018386015e8301015290565b6001600160a01b0381165f9081525f5160206115fd5f395f51905f52602052604090205460ff166104cc576001600160a01b03165f8181525f5160206115fd5f395f51905f5260205260408120805460ff191660011790553391905f5160206115bd5f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f5160206115dd5f395f51905f52602052604090205460ff166104cc576001600160a01b03165f8181525f5160206115dd5f395f51905f5260205260408120805460ff191660011790553391907f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6905f5160206115bd5f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a7146108835750806306fdde03146107c8578063095ea7b3146107a25780631296ee621461076657806318160ddd1461074957806323b872dd14610727578063248a9ca3146106f45780632f2ff15d146106b6578063313ce5671461069b5780633177029f1461066357806336568abe1461061f5780634000aea0146105fb57806340c10f19146104e957806342966c68146104cc57806370a082311461049557806379cc67901461046557806391d148541461041c57806395d89b4114610310578063a217fddf146102f6578063a9059cbb146102d0578063c1d34b891461027b578063cae9ca5114610258578063d53913931461021e578063d547741f146101d9578063d8fbe9941461018e5763dd62ed3e1461013a575f80fd5b3461018a57604036600319011261018a57610153610914565b61015b61092a565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b5f80fd5b3461018a576101ce61019f36610940565b90604051926101af60208561097a565b5f84526101bd833383610b6b565b6101c8838383610c34565b33610e77565b602060405160018152f35b3461018a57604036600319011261018a5761021c6004356101f861092a565b90610217610212825f526005602052600160405f20015490565b610cde565b610da4565b005b3461018a575f36600319011261018a5760206040517f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68152f35b3461018a57602061027161026b36610a12565b91610a58565b6040519015158152f35b3461018a57608036600319011261018a57610294610914565b61029c61092a565b906044356064359267ffffffffffffffff841161018a576102c46101ce9436906004016109cc565b926101bd833383610b6b565b3461018a57604036600319011261018a576101ce6102ec610914565b6024359033610c34565b3461018a575f36600319011261018a5760206040515f8152f35b3461018a575f36600319011261018a576040515f6004548060011c90600181168015610412575b6020831081146103fe578285529081156103da575060011461037c575b610378836103648185038261097a565b6040519182916020835260208301906108f0565b0390f35b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b8082106103c057509091508101602001610364610354565b9192600181602092548385880101520191019092916103a8565b60ff191660208086019190915291151560051b840190910191506103649050610354565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610337565b3461018a57604036600319011261018a5761043561092a565b6004355f52600560205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b3461018a57604036600319011261018a5761021c610481610914565b60243590610490823383610b6b565b610f71565b3461018a57602036600319011261018a576001600160a01b036104b6610914565b165f525f602052602060405f2054604051908152f35b3461018a57602036600319011261018a5761021c60043533610f71565b3461018a57604036600319011261018a57610502610914565b335f9081527f15a28d26fa1bf736cf7edc9922607171ccb09c3c73b808e7772a3013e068a5226020526040902054602435919060ff16156105c4576001600160a01b03169081156105b1576002549080820180921161059d5760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b63e2517d3f60e01b5f52336004527f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a660245260445ffd5b3461018a576101ce61060c36610a12565b91610618828233610c34565b3333610e77565b3461018a57604036600319011261018a5761063861092a565b336001600160a01b038216036106545761021c90600435610da4565b63334bd91960e11b5f5260045ffd5b3461018a57604036600319011261018a576020610271610681610914565b6040519061068f848361097a565b5f825260243590610a58565b3461018a575f36600319011261018a57602060405160128152f35b3461018a57604036600319011261018a5761021c6004356106d561092a565b906106ef610212825f526005602052600160405f20015490565b610d18565b3461018a57602036600319011261018a57602061071f6004355f526005602052600160405f20015490565b604051908152f35b3461018a576101ce61073836610940565b91610744833383610b6b565b610c34565b3461018a575f36600319011261018a576020600254604051908152f35b3461018a57604036600319011261018a576101ce610782610914565b6024356040519161079460208461097a565b5f8352610618828233610c34565b3461018a57604036600319011261018a576101ce6107be610914565b6024359033610ff5565b3461018a575f36600319011261018a576040515f6003548060011c90600181168015610879575b6020831081146103fe578285529081156103da575060011461081b57610378836103648185038261097a565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b80821061085f57509091508101602001610364610354565b919260018160209254838588010152019101909291610847565b91607f16916107ef565b3461018a57602036600319011261018a576004359063ffffffff60e01b821680920361018a57602091637965db0b60e01b81149081156108c5575b5015158152f35b63b0202a1160e01b8114915081156108df575b50836108be565b6301ffc9a760e01b149050836108d8565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361018a57565b602435906001600160a01b038216820361018a57565b606090600319011261018a576004356001600160a01b038116810361018a57906024356001600160a01b038116810361018a579060443590565b90601f8019910116810190811067ffffffffffffffff82111761099c57604052565b634e487b7160e01b5f52604160045260245ffd5b67ffffffffffffffff811161099c57601f01601f191660200190565b81601f8201121561018a578035906109e3826109b0565b926109f1604051948561097a565b8284526020838301011161018a57815f926020809301838601378301015290565b606060031982011261018a576004356001600160a01b038116810361018a5791602435916044359067ffffffffffffffff821161018a57610a55916004016109cc565b90565b919091610a66838233610ff5565b803b15610b4b576040516307b04a2d60e41b81523360048201526024810193909352606060448401526001600160a01b0316919060209082908190610aaf9060648301906108f0565b03815f865af15f9181610b1a575b50610aeb5750610acb610e48565b80519081610ae6578263deb6d3ed60e01b5f5260045260245ffd5b602001fd5b6001600160e01b03191663084fb5d360e41b01610b085750600190565b63deb6d3ed60e01b5f5260045260245ffd5b610b3d91925060203d602011610b44575b610b35818361097a565b810190610e28565b905f610abd565b503d610b2b565b63deb6d3ed60e01b5f9081526001600160a01b0391909116600452602490fd5b6001600160a01b039081165f818152600160209081526040808320948616835293905291909120549291905f198410610ba5575b50505050565b828410610c11578015610bfe576001600160a01b03821615610beb575f52600160205260405f209060018060a01b03165f5260205260405f20910390555f808080610b9f565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b508290637dc7a0d960e11b5f5260018060a01b031660045260245260445260645ffd5b6001600160a01b0316908115610ccb576001600160a01b03169182156105b157815f525f60205260405f2054818110610cb257817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b8263391434e360e21b5f5260045260245260445260645ffd5b634b637e8f60e11b5f525f60045260245ffd5b5f81815260056020908152604080832033845290915290205460ff1615610d025750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff16610d9e575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff1615610d9e575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b9081602091031261018a57516001600160e01b03198116810361018a5790565b3d15610e72573d90610e59826109b0565b91610e67604051938461097a565b82523d5f602084013e565b606090565b9091803b15610f5157604051632229f29760e21b81526001600160a01b03928316600482015292821660248401526044830193909352608060648301529091169160209082908190610ecd9060848301906108f0565b03815f865af15f9181610f30575b50610f045750610ee9610e48565b80519081610ae657826322a5b36760e21b5f5260045260245ffd5b6001600160e01b031916631dd60d6960e21b01610f1e5750565b6322a5b36760e21b5f5260045260245ffd5b610f4a91925060203d602011610b4457610b35818361097a565b905f610edb565b6322a5b36760e21b5f9081526001600160a01b0391909116600452602490fd5b9091906001600160a01b03168015610ccb57805f525f60205260405f2054838110610fdb576020845f94957fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef938587528684520360408620558060025403600255604051908152a3565b915063391434e360e21b5f5260045260245260445260645ffd5b6001600160a01b0316908115610bfe576001600160a01b0316918215610beb5760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a3562f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d15a28d26fa1bf736cf7edc9922607171ccb09c3c73b808e7772a3013e068a52205b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc",
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
