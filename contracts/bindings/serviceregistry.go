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

// ServiceRegistryLeader is an auto generated low-level Go binding around an user-defined struct.
type ServiceRegistryLeader struct {
	ReplicaId string
	Url       string
	Epoch     uint64
	UpdatedAt uint64
}

// ServiceRegistrySnapshotVersion is an auto generated low-level Go binding around an user-defined struct.
type ServiceRegistrySnapshotVersion struct {
	Version     uint64
	LogIndex    uint64
	Epoch       uint64
	Sha256sum   [32]byte
	Size        uint64
	Chunks      uint32
	Location    string
	PublishedAt uint64
}

// ServiceRegistryMetaData contains all meta data concerning the ServiceRegistry contract.
var ServiceRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"EmptyField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPublisher\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"serviceId\",\"type\":\"string\"}],\"name\":\"ServiceExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"}],\"name\":\"StaleEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"latest\",\"type\":\"uint64\"}],\"name\":\"StaleVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"serviceId\",\"type\":\"string\"}],\"name\":\"UnknownService\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"serviceKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousAdmin\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"AdminTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"serviceKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"replicaId\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"url\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"LeaderUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"serviceKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"PublisherSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"serviceKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"serviceId\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"ServiceRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"serviceKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"logIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"sha256sum\",\"type\":\"bytes32\"}],\"name\":\"SnapshotPublished\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"serviceId\",\"type\":\"string\"}],\"name\":\"adminOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"serviceId\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isPublisher\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"serviceId\",\"type\":\"string\"}],\"name\":\"latestSnapshot\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"logIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"sha256sum\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"publishedAt\",\"type\":\"uint64\"}],\"internalType\":\"structServiceRegistry.SnapshotVersion\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"serviceId\",\"type\":\"string\"}],\"name\":\"leader\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"replicaId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"url\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"updatedAt\",\"type\":\"uint64\"}],\"internalType\":\"structServiceRegistry.Leader\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"serviceId\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"logIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"sha256sum\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"}],\"name\":\"publishSnapshot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"serviceId\",\"type\":\"string\"}],\"name\":\"registerService\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"serviceId\",\"type\":\"string\"}],\"name\":\"serviceKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"serviceId\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setPublisher\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"serviceId\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"snapshotAt\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"logIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"sha256sum\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"location\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"publishedAt\",\"type\":\"uint64\"}],\"internalType\":\"structServiceRegistry.SnapshotVersion\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"serviceId\",\"type\":\"string\"}],\"name\":\"snapshotCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"serviceId\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"transferAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"serviceId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"replicaId\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"url\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"updateLeader\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ServiceRegistry",
	Bin: "0x608080604052346015576113c8908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c9081630d6115d014610e5a575080632d18cdad14610d6457806358f1b27614610cf257806363a929a914610bfe57806390874d1714610baf578063955cf5ac14610b6c578063a605aaca14610ab5578063ba31d80614610a65578063bd792ce1146109cb578063da8d16801461096d578063dba6128e1461054f5763e6bfef84146100a0575f80fd5b3461054b57608036600319011261054b576004356001600160401b03811161054b576100d0903690600401610fbe565b906024356001600160401b03811161054b576100f0903690600401610fbe565b604435926001600160401b03841161054b57610113610124943690600401610fbe565b94909561011e6110e7565b92611371565b959094855f52600160205260405f2060018060a01b0333165f5260205260ff60405f205416156105385783156105065780156104da576001870160038801906001600160401b0380835416951694808611156104c4575060405190610188826110fd565b61019336888a611155565b82526101a0368587611155565b99602083019a8b52604083019187835260608401936001600160401b0342168552518051906001600160401b0382116103f9576101dd8354611224565b601f811161047f575b50602090601f8311600114610418576002949392915f918361040d575b50508160011b915f199060031b1c19161790555b019951998a516001600160401b0381116103f9576102358254611224565b601f81116103b4575b506020601f8211600114610313576001600160401b036102fd9897969481947f15cce3d23b655acb0a943b5ef3ba774bee2b25b1dd56f16f7797dca3770ec5ec9e9f948084956102d89a975f92610308575b50508160011b915f199060031b1c19161790555b5116168219845416178355511667ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b6102ef60405196879660608852606088019161119a565b91858303602087015261119a565b9060408301520390a2005b015190505f80610290565b601f1982169c835f52815f209d5f5b8181106103975750946001600160401b03947f15cce3d23b655acb0a943b5ef3ba774bee2b25b1dd56f16f7797dca3770ec5ec9e9f85600191889687966102fd9f9e9d9b996102d89d9a1061037f575b505050811b0190556102a4565b01515f1960f88460031b161c191690555f8080610372565b919e8f60016020928684930151815501940192019e91929e610322565b825f5260205f20601f830160051c810191602084106103ef575b601f0160051c01905b8181106103e4575061023e565b5f81556001016103d7565b90915081906103ce565b634e487b7160e01b5f52604160045260245ffd5b015190505f80610203565b90601f19831691845f52815f20925f5b81811061046757509160019391856002989796941061044f575b505050811b019055610217565b01515f1960f88460031b161c191690555f8080610442565b92936020600181928786015181550195019301610428565b835f5260205f20601f840160051c810191602085106104ba575b601f0160051c01905b8181106104af57506101e6565b5f81556001016104a2565b9091508190610499565b85636742e21160e11b5f5260045260245260445ffd5b60405163a69290e760e01b81526020600482015260036024820152621d5c9b60ea1b6044820152606490fd5b60405163a69290e760e01b81526020600482015260096024820152681c995c1b1a58d8525960ba1b6044820152606490fd5b63e35593b560e01b5f523360045260245ffd5b5f80fd5b3461054b5761010036600319011261054b576004356001600160401b03811161054b57610580903690600401610fbe565b602435916001600160401b03831680930361054b57604435906001600160401b03821680920361054b576105b26110e7565b906084359160a435946001600160401b03861680960361054b5760c43563ffffffff811680910361054b5760e4356001600160401b03811161054b576105ff610607913690600401610fbe565b939095611371565b5096875f52600160205260405f2060018060a01b0333165f5260205260ff60405f2054161561053857875f52600260205260405f209182549384155f14610933576001600160401b035f5b16808c111561091d57506040519561066987611118565b8b8752602087018a81526106a56001600160401b0360408a019316998a845260608a01948c865260808b0197885260a08b019687523691611155565b9560c0890196875260e08901976001600160401b0342168952680100000000000000008110156103f9576106de916001820181556111f7565b98909861090a575188549151925167ffffffffffffffff60801b60809190911b166001600160c01b03199092166001600160401b039182161767ffffffffffffffff60401b604094851b161791909117885591516001880155925160028701805493516bffffffff0000000000000000951b949094169082166bffffffffffffffffffffffff19909316929092179190911790915590518051600385019290919082116103f95761078f8354611224565b601f81116108c5575b50602090601f831160011461082d577f50e29e3c959ca54ca1b310db6bf6339426d6b6efca3081e993c27d80a1b19b5a9896946060989694846001600160401b039560049587955f92610822575b50508160011b915f199060031b1c19161790555b5116920191166001600160401b031982541617905560405192835260208301526040820152a3005b015190508f806107e6565b90601f19831691845f52815f20925f5b8181106108ad5750946001856004956001600160401b0397957f50e29e3c959ca54ca1b310db6bf6339426d6b6efca3081e993c27d80a1b19b5a9e9c9a95899760609f9d9b10610895575b505050811b0190556107fa565b01515f1960f88460031b161c191690558f8080610888565b9293602060018192878601518155019501930161083d565b835f5260205f20601f840160051c81019160208510610900575b601f0160051c01905b8181106108f55750610798565b5f81556001016108e8565b90915081906108df565b634e487b7160e01b5f525f60045260245ffd5b8b63487344ab60e11b5f5260045260245260445ffd5b5f198501858111610959576001600160401b036109518192876111f7565b505416610652565b634e487b7160e01b5f52601160045260245ffd5b3461054b57602036600319011261054b576004356001600160401b03811161054b576109a06109a7913690600401610fbe565b3691611155565b602081519101205f525f602052602060018060a01b0360405f205416604051908152f35b3461054b57602036600319011261054b576004356001600160401b03811161054b576109fe610a10913690600401610fbe565b9190610a086111ba565b923691611155565b602081519101205f52600260205260405f2090815480610a3d575b60405180610a39848261100f565b0390f35b5f1981019150811161095957610a59610a5f91610a39936111f7565b506112fc565b82610a2b565b3461054b57602036600319011261054b576004356001600160401b03811161054b576109a0610a98913690600401610fbe565b602081519101205f526002602052602060405f2054604051908152f35b3461054b57610acd610ac6366110a5565b9291611371565b919060018060a01b0383541691823303610b59576001600160a01b0316918215610b285782917fa0751ba96f4891ec774fc1c75567a02a09fcb509643b1b7b668315b9d53ee4b95f80a481546001600160a01b031916179055005b60405163a69290e760e01b81526020600482015260086024820152673732bba0b236b4b760c11b6044820152606490fd5b630bd4212160e11b5f523360045260245ffd5b3461054b57602036600319011261054b576004356001600160401b03811161054b57610ba16109a06020923690600401610fbe565b818151910120604051908152f35b3461054b57610bca610bc0366110a5565b9291903691611155565b602081519101205f52600160205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b3461054b57602036600319011261054b576004356001600160401b03811161054b57610c5a610c34610ccc923690600401610fbe565b905f6060604051610c44816110fd565b8181528160208201528260408201520152611371565b6040519150610c68826110fd565b610c746001820161125c565b82526001600160401b036003610c8c6002840161125c565b9260208501938452015481610cdf6040860194828416865282606088019460401c1684526040519788976020895251608060208a015260a0890190610feb565b9051878203601f19016040890152610feb565b9351166060850152511660808301520390f35b3461054b57604036600319011261054b576004356001600160401b03811161054b57610d25610d35913690600401610fbe565b610d2d6111ba565b503691611155565b602081519101205f526002602052610a39610d58610a5960243560405f206111f7565b6040519182918261100f565b3461054b57606036600319011261054b576004356001600160401b03811161054b57610d94903690600401610fbe565b6024356001600160a01b038116929083900361054b576044359182151580930361054b57610dc191611371565b549091906001600160a01b03163303610b59578215610e285760207f7b1cfdc6e28483e03f6e64c9d735eeac9630aa7abd046040693275cc7de1e19691835f526001825260405f20855f52825260405f2060ff1981541660ff8316179055604051908152a3005b60405163a69290e760e01b8152602060048201526009602482015268383ab13634b9b432b960b91b6044820152606490fd5b3461054b57602036600319011261054b576004356001600160401b03811161054b57610e8a903690600401610fbe565b90918115610f8f5750610e9e368284611155565b6020815191012091825f525f60205260405f2060018060a01b03815416610f655780546001600160a01b031916339081179091555f848152600160208181526040808420858552825292839020805460ff19169092179091559051818152919385937ff089c00b7406c5d7c1b24dddeaf3dac80c4fd6ab9f02ef76b77fa3a2a64d04d293928392610f32929184019161119a565b0390a360405190600182527f7b1cfdc6e28483e03f6e64c9d735eeac9630aa7abd046040693275cc7de1e19660203393a3005b5060405163b6832d7760e01b815260206004820152918291610f8b91602484019161119a565b0390fd5b63a69290e760e01b81526020600482015260096024820152681cd95c9d9a58d9525960ba1b6044820152606490fd5b9181601f8401121561054b578235916001600160401b03831161054b576020838186019501011161054b57565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b602081526001600160401b0382511660208201526001600160401b0360208301511660408201526001600160401b036040830151166060820152606082015160808201526001600160401b0360808301511660a082015263ffffffff60a08301511660c08201526101006001600160401b0360e061109b60c08601518483870152610120860190610feb565b9401511691015290565b604060031982011261054b57600435906001600160401b03821161054b576110cf91600401610fbe565b90916024356001600160a01b038116810361054b5790565b606435906001600160401b038216820361054b57565b608081019081106001600160401b038211176103f957604052565b61010081019081106001600160401b038211176103f957604052565b90601f801991011681019081106001600160401b038211176103f957604052565b9291926001600160401b0382116103f9576040519161117e601f8201601f191660200184611134565b82948184528183011161054b578281602093845f960137010152565b908060209392818452848401375f828201840152601f01601f1916010190565b604051906111c782611118565b5f60e0838281528260208201528260408201528260608201528260808201528260a0820152606060c08201520152565b8054821015611210575f52600560205f20910201905f90565b634e487b7160e01b5f52603260045260245ffd5b90600182811c92168015611252575b602083101461123e57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611233565b9060405191825f82549261126f84611224565b80845293600181169081156112da5750600114611296575b5061129492500383611134565b565b90505f9291925260205f20905f915b8183106112be575050906020611294928201015f611287565b60209193508060019154838589010152019101909184926112a5565b90506020925061129494915060ff191682840152151560051b8201015f611287565b9060405161130981611118565b60e06001600160401b03600483958281548181168752818160401c16602088015260801c1660408601526001810154606086015263ffffffff6002820154848116608088015260401c1660a08601526113646003820161125c565b60c0860152015416910152565b9161137d368385611155565b6020815191012092835f525f60205260405f209260018060a01b03845416156113a4575050565b610f8b6040519283926322eaedd560e11b845260206004850152602484019161119a56",
}

// ServiceRegistry is an auto generated Go binding around an Ethereum contract.
type ServiceRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ServiceRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewServiceRegistry creates a new instance of ServiceRegistry.
func NewServiceRegistry() *ServiceRegistry {
	parsed, err := ServiceRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ServiceRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ServiceRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAdminOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda8d1680.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function adminOf(string serviceId) view returns(address)
func (serviceRegistry *ServiceRegistry) PackAdminOf(serviceId string) []byte {
	enc, err := serviceRegistry.abi.Pack("adminOf", serviceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdminOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda8d1680.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function adminOf(string serviceId) view returns(address)
func (serviceRegistry *ServiceRegistry) TryPackAdminOf(serviceId string) ([]byte, error) {
	return serviceRegistry.abi.Pack("adminOf", serviceId)
}

// UnpackAdminOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda8d1680.
//
// Solidity: function adminOf(string serviceId) view returns(address)
func (serviceRegistry *ServiceRegistry) UnpackAdminOf(data []byte) (common.Address, error) {
	out, err := serviceRegistry.abi.Unpack("adminOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsPublisher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90874d17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPublisher(string serviceId, address account) view returns(bool)
func (serviceRegistry *ServiceRegistry) PackIsPublisher(serviceId string, account common.Address) []byte {
	enc, err := serviceRegistry.abi.Pack("isPublisher", serviceId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPublisher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90874d17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPublisher(string serviceId, address account) view returns(bool)
func (serviceRegistry *ServiceRegistry) TryPackIsPublisher(serviceId string, account common.Address) ([]byte, error) {
	return serviceRegistry.abi.Pack("isPublisher", serviceId, account)
}

// UnpackIsPublisher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90874d17.
//
// Solidity: function isPublisher(string serviceId, address account) view returns(bool)
func (serviceRegistry *ServiceRegistry) UnpackIsPublisher(data []byte) (bool, error) {
	out, err := serviceRegistry.abi.Unpack("isPublisher", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLatestSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd792ce1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestSnapshot(string serviceId) view returns((uint64,uint64,uint64,bytes32,uint64,uint32,string,uint64) v)
func (serviceRegistry *ServiceRegistry) PackLatestSnapshot(serviceId string) []byte {
	enc, err := serviceRegistry.abi.Pack("latestSnapshot", serviceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd792ce1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestSnapshot(string serviceId) view returns((uint64,uint64,uint64,bytes32,uint64,uint32,string,uint64) v)
func (serviceRegistry *ServiceRegistry) TryPackLatestSnapshot(serviceId string) ([]byte, error) {
	return serviceRegistry.abi.Pack("latestSnapshot", serviceId)
}

// UnpackLatestSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd792ce1.
//
// Solidity: function latestSnapshot(string serviceId) view returns((uint64,uint64,uint64,bytes32,uint64,uint32,string,uint64) v)
func (serviceRegistry *ServiceRegistry) UnpackLatestSnapshot(data []byte) (ServiceRegistrySnapshotVersion, error) {
	out, err := serviceRegistry.abi.Unpack("latestSnapshot", data)
	if err != nil {
		return *new(ServiceRegistrySnapshotVersion), err
	}
	out0 := *abi.ConvertType(out[0], new(ServiceRegistrySnapshotVersion)).(*ServiceRegistrySnapshotVersion)
	return out0, nil
}

// PackLeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63a929a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leader(string serviceId) view returns((string,string,uint64,uint64))
func (serviceRegistry *ServiceRegistry) PackLeader(serviceId string) []byte {
	enc, err := serviceRegistry.abi.Pack("leader", serviceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63a929a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leader(string serviceId) view returns((string,string,uint64,uint64))
func (serviceRegistry *ServiceRegistry) TryPackLeader(serviceId string) ([]byte, error) {
	return serviceRegistry.abi.Pack("leader", serviceId)
}

// UnpackLeader is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63a929a9.
//
// Solidity: function leader(string serviceId) view returns((string,string,uint64,uint64))
func (serviceRegistry *ServiceRegistry) UnpackLeader(data []byte) (ServiceRegistryLeader, error) {
	out, err := serviceRegistry.abi.Unpack("leader", data)
	if err != nil {
		return *new(ServiceRegistryLeader), err
	}
	out0 := *abi.ConvertType(out[0], new(ServiceRegistryLeader)).(*ServiceRegistryLeader)
	return out0, nil
}

// PackPublishSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdba6128e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishSnapshot(string serviceId, uint64 version, uint64 logIndex, uint64 epoch, bytes32 sha256sum, uint64 size, uint32 chunks, string location) returns()
func (serviceRegistry *ServiceRegistry) PackPublishSnapshot(serviceId string, version uint64, logIndex uint64, epoch uint64, sha256sum [32]byte, size uint64, chunks uint32, location string) []byte {
	enc, err := serviceRegistry.abi.Pack("publishSnapshot", serviceId, version, logIndex, epoch, sha256sum, size, chunks, location)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdba6128e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishSnapshot(string serviceId, uint64 version, uint64 logIndex, uint64 epoch, bytes32 sha256sum, uint64 size, uint32 chunks, string location) returns()
func (serviceRegistry *ServiceRegistry) TryPackPublishSnapshot(serviceId string, version uint64, logIndex uint64, epoch uint64, sha256sum [32]byte, size uint64, chunks uint32, location string) ([]byte, error) {
	return serviceRegistry.abi.Pack("publishSnapshot", serviceId, version, logIndex, epoch, sha256sum, size, chunks, location)
}

// PackRegisterService is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d6115d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerService(string serviceId) returns()
func (serviceRegistry *ServiceRegistry) PackRegisterService(serviceId string) []byte {
	enc, err := serviceRegistry.abi.Pack("registerService", serviceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterService is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d6115d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerService(string serviceId) returns()
func (serviceRegistry *ServiceRegistry) TryPackRegisterService(serviceId string) ([]byte, error) {
	return serviceRegistry.abi.Pack("registerService", serviceId)
}

// PackServiceKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x955cf5ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function serviceKey(string serviceId) pure returns(bytes32)
func (serviceRegistry *ServiceRegistry) PackServiceKey(serviceId string) []byte {
	enc, err := serviceRegistry.abi.Pack("serviceKey", serviceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackServiceKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x955cf5ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function serviceKey(string serviceId) pure returns(bytes32)
func (serviceRegistry *ServiceRegistry) TryPackServiceKey(serviceId string) ([]byte, error) {
	return serviceRegistry.abi.Pack("serviceKey", serviceId)
}

// UnpackServiceKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x955cf5ac.
//
// Solidity: function serviceKey(string serviceId) pure returns(bytes32)
func (serviceRegistry *ServiceRegistry) UnpackServiceKey(data []byte) ([32]byte, error) {
	out, err := serviceRegistry.abi.Unpack("serviceKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetPublisher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d18cdad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPublisher(string serviceId, address publisher, bool allowed) returns()
func (serviceRegistry *ServiceRegistry) PackSetPublisher(serviceId string, publisher common.Address, allowed bool) []byte {
	enc, err := serviceRegistry.abi.Pack("setPublisher", serviceId, publisher, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPublisher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d18cdad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPublisher(string serviceId, address publisher, bool allowed) returns()
func (serviceRegistry *ServiceRegistry) TryPackSetPublisher(serviceId string, publisher common.Address, allowed bool) ([]byte, error) {
	return serviceRegistry.abi.Pack("setPublisher", serviceId, publisher, allowed)
}

// PackSnapshotAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58f1b276.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function snapshotAt(string serviceId, uint256 i) view returns((uint64,uint64,uint64,bytes32,uint64,uint32,string,uint64))
func (serviceRegistry *ServiceRegistry) PackSnapshotAt(serviceId string, i *big.Int) []byte {
	enc, err := serviceRegistry.abi.Pack("snapshotAt", serviceId, i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSnapshotAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58f1b276.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function snapshotAt(string serviceId, uint256 i) view returns((uint64,uint64,uint64,bytes32,uint64,uint32,string,uint64))
func (serviceRegistry *ServiceRegistry) TryPackSnapshotAt(serviceId string, i *big.Int) ([]byte, error) {
	return serviceRegistry.abi.Pack("snapshotAt", serviceId, i)
}

// UnpackSnapshotAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58f1b276.
//
// Solidity: function snapshotAt(string serviceId, uint256 i) view returns((uint64,uint64,uint64,bytes32,uint64,uint32,string,uint64))
func (serviceRegistry *ServiceRegistry) UnpackSnapshotAt(data []byte) (ServiceRegistrySnapshotVersion, error) {
	out, err := serviceRegistry.abi.Unpack("snapshotAt", data)
	if err != nil {
		return *new(ServiceRegistrySnapshotVersion), err
	}
	out0 := *abi.ConvertType(out[0], new(ServiceRegistrySnapshotVersion)).(*ServiceRegistrySnapshotVersion)
	return out0, nil
}

// PackSnapshotCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba31d806.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function snapshotCount(string serviceId) view returns(uint256)
func (serviceRegistry *ServiceRegistry) PackSnapshotCount(serviceId string) []byte {
	enc, err := serviceRegistry.abi.Pack("snapshotCount", serviceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSnapshotCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba31d806.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function snapshotCount(string serviceId) view returns(uint256)
func (serviceRegistry *ServiceRegistry) TryPackSnapshotCount(serviceId string) ([]byte, error) {
	return serviceRegistry.abi.Pack("snapshotCount", serviceId)
}

// UnpackSnapshotCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba31d806.
//
// Solidity: function snapshotCount(string serviceId) view returns(uint256)
func (serviceRegistry *ServiceRegistry) UnpackSnapshotCount(data []byte) (*big.Int, error) {
	out, err := serviceRegistry.abi.Unpack("snapshotCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa605aaca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferAdmin(string serviceId, address newAdmin) returns()
func (serviceRegistry *ServiceRegistry) PackTransferAdmin(serviceId string, newAdmin common.Address) []byte {
	enc, err := serviceRegistry.abi.Pack("transferAdmin", serviceId, newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa605aaca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferAdmin(string serviceId, address newAdmin) returns()
func (serviceRegistry *ServiceRegistry) TryPackTransferAdmin(serviceId string, newAdmin common.Address) ([]byte, error) {
	return serviceRegistry.abi.Pack("transferAdmin", serviceId, newAdmin)
}

// PackUpdateLeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6bfef84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateLeader(string serviceId, string replicaId, string url, uint64 epoch) returns()
func (serviceRegistry *ServiceRegistry) PackUpdateLeader(serviceId string, replicaId string, url string, epoch uint64) []byte {
	enc, err := serviceRegistry.abi.Pack("updateLeader", serviceId, replicaId, url, epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateLeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6bfef84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateLeader(string serviceId, string replicaId, string url, uint64 epoch) returns()
func (serviceRegistry *ServiceRegistry) TryPackUpdateLeader(serviceId string, replicaId string, url string, epoch uint64) ([]byte, error) {
	return serviceRegistry.abi.Pack("updateLeader", serviceId, replicaId, url, epoch)
}

// ServiceRegistryAdminTransferred represents a AdminTransferred event raised by the ServiceRegistry contract.
type ServiceRegistryAdminTransferred struct {
	ServiceKey    [32]byte
	PreviousAdmin common.Address
	NewAdmin      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ServiceRegistryAdminTransferredEventName = "AdminTransferred"

// ContractEventName returns the user-defined event name.
func (ServiceRegistryAdminTransferred) ContractEventName() string {
	return ServiceRegistryAdminTransferredEventName
}

// UnpackAdminTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdminTransferred(bytes32 indexed serviceKey, address indexed previousAdmin, address indexed newAdmin)
func (serviceRegistry *ServiceRegistry) UnpackAdminTransferredEvent(log *types.Log) (*ServiceRegistryAdminTransferred, error) {
	event := "AdminTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceRegistryAdminTransferred)
	if len(log.Data) > 0 {
		if err := serviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceRegistry.abi.Events[event].Inputs {
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

// ServiceRegistryLeaderUpdated represents a LeaderUpdated event raised by the ServiceRegistry contract.
type ServiceRegistryLeaderUpdated struct {
	ServiceKey [32]byte
	ReplicaId  string
	Url        string
	Epoch      uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const ServiceRegistryLeaderUpdatedEventName = "LeaderUpdated"

// ContractEventName returns the user-defined event name.
func (ServiceRegistryLeaderUpdated) ContractEventName() string {
	return ServiceRegistryLeaderUpdatedEventName
}

// UnpackLeaderUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeaderUpdated(bytes32 indexed serviceKey, string replicaId, string url, uint64 epoch)
func (serviceRegistry *ServiceRegistry) UnpackLeaderUpdatedEvent(log *types.Log) (*ServiceRegistryLeaderUpdated, error) {
	event := "LeaderUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceRegistryLeaderUpdated)
	if len(log.Data) > 0 {
		if err := serviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceRegistry.abi.Events[event].Inputs {
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

// ServiceRegistryPublisherSet represents a PublisherSet event raised by the ServiceRegistry contract.
type ServiceRegistryPublisherSet struct {
	ServiceKey [32]byte
	Publisher  common.Address
	Allowed    bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const ServiceRegistryPublisherSetEventName = "PublisherSet"

// ContractEventName returns the user-defined event name.
func (ServiceRegistryPublisherSet) ContractEventName() string {
	return ServiceRegistryPublisherSetEventName
}

// UnpackPublisherSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PublisherSet(bytes32 indexed serviceKey, address indexed publisher, bool allowed)
func (serviceRegistry *ServiceRegistry) UnpackPublisherSetEvent(log *types.Log) (*ServiceRegistryPublisherSet, error) {
	event := "PublisherSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceRegistryPublisherSet)
	if len(log.Data) > 0 {
		if err := serviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceRegistry.abi.Events[event].Inputs {
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

// ServiceRegistryServiceRegistered represents a ServiceRegistered event raised by the ServiceRegistry contract.
type ServiceRegistryServiceRegistered struct {
	ServiceKey [32]byte
	ServiceId  string
	Admin      common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const ServiceRegistryServiceRegisteredEventName = "ServiceRegistered"

// ContractEventName returns the user-defined event name.
func (ServiceRegistryServiceRegistered) ContractEventName() string {
	return ServiceRegistryServiceRegisteredEventName
}

// UnpackServiceRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ServiceRegistered(bytes32 indexed serviceKey, string serviceId, address indexed admin)
func (serviceRegistry *ServiceRegistry) UnpackServiceRegisteredEvent(log *types.Log) (*ServiceRegistryServiceRegistered, error) {
	event := "ServiceRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceRegistryServiceRegistered)
	if len(log.Data) > 0 {
		if err := serviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceRegistry.abi.Events[event].Inputs {
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

// ServiceRegistrySnapshotPublished represents a SnapshotPublished event raised by the ServiceRegistry contract.
type ServiceRegistrySnapshotPublished struct {
	ServiceKey [32]byte
	Version    uint64
	LogIndex   uint64
	Epoch      uint64
	Sha256sum  [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const ServiceRegistrySnapshotPublishedEventName = "SnapshotPublished"

// ContractEventName returns the user-defined event name.
func (ServiceRegistrySnapshotPublished) ContractEventName() string {
	return ServiceRegistrySnapshotPublishedEventName
}

// UnpackSnapshotPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SnapshotPublished(bytes32 indexed serviceKey, uint64 indexed version, uint64 logIndex, uint64 epoch, bytes32 sha256sum)
func (serviceRegistry *ServiceRegistry) UnpackSnapshotPublishedEvent(log *types.Log) (*ServiceRegistrySnapshotPublished, error) {
	event := "SnapshotPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceRegistrySnapshotPublished)
	if len(log.Data) > 0 {
		if err := serviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceRegistry.abi.Events[event].Inputs {
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
func (serviceRegistry *ServiceRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], serviceRegistry.abi.Errors["EmptyField"].ID.Bytes()[:4]) {
		return serviceRegistry.UnpackEmptyFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceRegistry.abi.Errors["NotAdmin"].ID.Bytes()[:4]) {
		return serviceRegistry.UnpackNotAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceRegistry.abi.Errors["NotPublisher"].ID.Bytes()[:4]) {
		return serviceRegistry.UnpackNotPublisherError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceRegistry.abi.Errors["ServiceExists"].ID.Bytes()[:4]) {
		return serviceRegistry.UnpackServiceExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceRegistry.abi.Errors["StaleEpoch"].ID.Bytes()[:4]) {
		return serviceRegistry.UnpackStaleEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceRegistry.abi.Errors["StaleVersion"].ID.Bytes()[:4]) {
		return serviceRegistry.UnpackStaleVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceRegistry.abi.Errors["UnknownService"].ID.Bytes()[:4]) {
		return serviceRegistry.UnpackUnknownServiceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ServiceRegistryEmptyField represents a EmptyField error raised by the ServiceRegistry contract.
type ServiceRegistryEmptyField struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyField(string field)
func ServiceRegistryEmptyFieldErrorID() common.Hash {
	return common.HexToHash("0xa69290e7cac040ed0e694b9ddf4f08dea75b8deaa26a26ca604c3dd1384e4e45")
}

// UnpackEmptyFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyField(string field)
func (serviceRegistry *ServiceRegistry) UnpackEmptyFieldError(raw []byte) (*ServiceRegistryEmptyField, error) {
	out := new(ServiceRegistryEmptyField)
	if err := serviceRegistry.abi.UnpackIntoInterface(out, "EmptyField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceRegistryNotAdmin represents a NotAdmin error raised by the ServiceRegistry contract.
type ServiceRegistryNotAdmin struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAdmin(address caller)
func ServiceRegistryNotAdminErrorID() common.Hash {
	return common.HexToHash("0x17a8424239494df835a470bd5e48f10a94b5febfef662a1917fe31decebbedeb")
}

// UnpackNotAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAdmin(address caller)
func (serviceRegistry *ServiceRegistry) UnpackNotAdminError(raw []byte) (*ServiceRegistryNotAdmin, error) {
	out := new(ServiceRegistryNotAdmin)
	if err := serviceRegistry.abi.UnpackIntoInterface(out, "NotAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceRegistryNotPublisher represents a NotPublisher error raised by the ServiceRegistry contract.
type ServiceRegistryNotPublisher struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPublisher(address caller)
func ServiceRegistryNotPublisherErrorID() common.Hash {
	return common.HexToHash("0xe35593b591a96c80d7334157deded924b1ef3d6ded54f820934a20912d1a9d8e")
}

// UnpackNotPublisherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPublisher(address caller)
func (serviceRegistry *ServiceRegistry) UnpackNotPublisherError(raw []byte) (*ServiceRegistryNotPublisher, error) {
	out := new(ServiceRegistryNotPublisher)
	if err := serviceRegistry.abi.UnpackIntoInterface(out, "NotPublisher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceRegistryServiceExists represents a ServiceExists error raised by the ServiceRegistry contract.
type ServiceRegistryServiceExists struct {
	ServiceId string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ServiceExists(string serviceId)
func ServiceRegistryServiceExistsErrorID() common.Hash {
	return common.HexToHash("0xb6832d775d87325e9373a67eca76bed0868a1344d49a51bf67061da9a441fbc8")
}

// UnpackServiceExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ServiceExists(string serviceId)
func (serviceRegistry *ServiceRegistry) UnpackServiceExistsError(raw []byte) (*ServiceRegistryServiceExists, error) {
	out := new(ServiceRegistryServiceExists)
	if err := serviceRegistry.abi.UnpackIntoInterface(out, "ServiceExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceRegistryStaleEpoch represents a StaleEpoch error raised by the ServiceRegistry contract.
type ServiceRegistryStaleEpoch struct {
	Epoch   uint64
	Current uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleEpoch(uint64 epoch, uint64 current)
func ServiceRegistryStaleEpochErrorID() common.Hash {
	return common.HexToHash("0xce85c4225d2813b50103ed0229b2e59cbf35056a7daf864f295bf12a9886a9c5")
}

// UnpackStaleEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleEpoch(uint64 epoch, uint64 current)
func (serviceRegistry *ServiceRegistry) UnpackStaleEpochError(raw []byte) (*ServiceRegistryStaleEpoch, error) {
	out := new(ServiceRegistryStaleEpoch)
	if err := serviceRegistry.abi.UnpackIntoInterface(out, "StaleEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceRegistryStaleVersion represents a StaleVersion error raised by the ServiceRegistry contract.
type ServiceRegistryStaleVersion struct {
	Version uint64
	Latest  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleVersion(uint64 version, uint64 latest)
func ServiceRegistryStaleVersionErrorID() common.Hash {
	return common.HexToHash("0x90e68956dc758cb95d3f307302f4e4e280808ad0559ddca836c773532485d986")
}

// UnpackStaleVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleVersion(uint64 version, uint64 latest)
func (serviceRegistry *ServiceRegistry) UnpackStaleVersionError(raw []byte) (*ServiceRegistryStaleVersion, error) {
	out := new(ServiceRegistryStaleVersion)
	if err := serviceRegistry.abi.UnpackIntoInterface(out, "StaleVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceRegistryUnknownService represents a UnknownService error raised by the ServiceRegistry contract.
type ServiceRegistryUnknownService struct {
	ServiceId string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownService(string serviceId)
func ServiceRegistryUnknownServiceErrorID() common.Hash {
	return common.HexToHash("0x45d5dbaafc3841dac4c6be1dcecbbc555f11cb18ac7321d135fe1000eed26be4")
}

// UnpackUnknownServiceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownService(string serviceId)
func (serviceRegistry *ServiceRegistry) UnpackUnknownServiceError(raw []byte) (*ServiceRegistryUnknownService, error) {
	out := new(ServiceRegistryUnknownService)
	if err := serviceRegistry.abi.UnpackIntoInterface(out, "UnknownService", raw); err != nil {
		return nil, err
	}
	return out, nil
}
