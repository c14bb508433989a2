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
	Bin: "0x6080604052348015600e575f5ffd5b506116e38061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c8063a605aaca1161006e578063a605aaca1461016a578063ba31d8061461017d578063bd792ce114610190578063da8d1680146101a3578063dba6128e146101ce578063e6bfef84146101e1575f5ffd5b80630d6115d0146100b55780632d18cdad146100ca57806358f1b276146100dd57806363a929a91461010657806390874d1714610126578063955cf5ac14610149575b5f5ffd5b6100c86100c336600461108a565b6101f4565b005b6100c86100d83660046110e3565b61033f565b6100f06100eb366004611149565b61042c565b6040516100fd91906111be565b60405180910390f35b61011961011436600461108a565b6105cd565b6040516100fd9190611278565b6101396101343660046112e3565b61075a565b60405190151581526020016100fd565b61015c61015736600461108a565b6107a9565b6040519081526020016100fd565b6100c86101783660046112e3565b6107ca565b61015c61018b36600461108a565b6108a7565b6100f061019e36600461108a565b6108dc565b6101b66101b136600461108a565b610a9d565b6040516001600160a01b0390911681526020016100fd565b6100c86101dc366004611348565b610ad9565b6100c86101ef36600461141e565b610d9c565b5f8190036102365760405163a69290e760e01b81526020600482015260096024820152681cd95c9d9a58d9525960ba1b60448201526064015b60405180910390fd5b5f82826040516102479291906114ca565b60408051918290039091205f8181526020819052919091208054919250906001600160a01b03161561029057838360405163b6832d7760e01b815260040161022d929190611501565b80546001600160a01b0319163390811782555f83815260016020818152604080842085855290915291829020805460ff191690911790555183907ff089c00b7406c5d7c1b24dddeaf3dac80c4fd6ab9f02ef76b77fa3a2a64d04d2906102f99088908890611501565b60405180910390a360405160018152339083907f7b1cfdc6e28483e03f6e64c9d735eeac9630aa7abd046040693275cc7de1e1969060200160405180910390a350505050565b5f5f61034b8686610feb565b805491935091506001600160a01b0316331461037c57604051630bd4212160e11b815233600482015260240161022d565b6001600160a01b0384166103bf5760405163a69290e760e01b8152602060048201526009602482015268383ab13634b9b432b960b91b604482015260640161022d565b5f8281526001602090815260408083206001600160a01b03881680855290835292819020805460ff1916871515908117909155905190815284917f7b1cfdc6e28483e03f6e64c9d735eeac9630aa7abd046040693275cc7de1e196910160405180910390a3505050505050565b60408051610100810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c082015260e081019190915260025f858560405161047e9291906114ca565b604051809103902081526020019081526020015f2082815481106104a4576104a461151c565b5f918252602091829020604080516101008101825260059390930290910180546001600160401b038082168552600160401b808304821696860196909652600160801b909104811692840192909252600181015460608401526002810154918216608084015292900463ffffffff1660a082015260038201805491929160c08401919061053090611530565b80601f016020809104026020016040519081016040528092919081815260200182805461055c90611530565b80156105a75780601f1061057e576101008083540402835291602001916105a7565b820191905f5260205f20905b81548152906001019060200180831161058a57829003601f168201915b5050509183525050600491909101546001600160401b0316602090910152949350505050565b604080516080810182526060808252602082018190525f9282018390528101829052906105fa8484610feb565b915050806001016040518060800160405290815f8201805461061b90611530565b80601f016020809104026020016040519081016040528092919081815260200182805461064790611530565b80156106925780601f1061066957610100808354040283529160200191610692565b820191905f5260205f20905b81548152906001019060200180831161067557829003601f168201915b505050505081526020016001820180546106ab90611530565b80601f01602080910402602001604051908101604052809291908181526020018280546106d790611530565b80156107225780601f106106f957610100808354040283529160200191610722565b820191905f5260205f20905b81548152906001019060200180831161070557829003601f168201915b5050509183525050600291909101546001600160401b038082166020840152600160401b909104166040909101529150505b92915050565b5f60015f858560405161076e9291906114ca565b604080519182900390912082526020808301939093529081015f9081206001600160a01b038616825290925290205460ff1690509392505050565b5f82826040516107ba9291906114ca565b6040518091039020905092915050565b5f5f6107d68585610feb565b805491935091506001600160a01b0316331461080757604051630bd4212160e11b815233600482015260240161022d565b6001600160a01b0383166108495760405163a69290e760e01b81526020600482015260086024820152673732bba0b236b4b760c11b604482015260640161022d565b80546040516001600160a01b0380861692169084907fa0751ba96f4891ec774fc1c75567a02a09fcb509643b1b7b668315b9d53ee4b9905f90a480546001600160a01b0319166001600160a01b039390931692909217909155505050565b5f60025f84846040516108bb9291906114ca565b604051809103902081526020019081526020015f2080549050905092915050565b60408051610100810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c082015260e08101919091525f60025f858560405161092f9291906114ca565b604051809103902081526020019081526020015f2090505f81805490501115610a96578054819061096290600190611568565b815481106109725761097261151c565b5f918252602091829020604080516101008101825260059390930290910180546001600160401b038082168552600160401b808304821696860196909652600160801b909104811692840192909252600181015460608401526002810154918216608084015292900463ffffffff1660a082015260038201805491929160c0840191906109fe90611530565b80601f0160208091040260200160405190810160405280929190818152602001828054610a2a90611530565b8015610a755780601f10610a4c57610100808354040283529160200191610a75565b820191905f5260205f20905b815481529060010190602001808311610a5857829003601f168201915b5050509183525050600491909101546001600160401b031660209091015291505b5092915050565b5f5f5f8484604051610ab09291906114ca565b604080519182900390912082526020820192909252015f20546001600160a01b03169392505050565b5f610ae48b8b610feb565b505f81815260016020908152604080832033845290915290205490915060ff16610b235760405163e35593b560e01b815233600482015260240161022d565b5f818152600260205260408120805490919015610b785781548290610b4a90600190611568565b81548110610b5a57610b5a61151c565b5f9182526020909120600590910201546001600160401b0316610b7a565b5f5b9050806001600160401b03168b6001600160401b031611610bc15760405163487344ab60e11b81526001600160401b03808d1660048301528216602482015260440161022d565b816040518061010001604052808d6001600160401b031681526020018c6001600160401b031681526020018b6001600160401b031681526020018a8152602001896001600160401b031681526020018863ffffffff16815260200187878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509385525050506001600160401b0342811660209384015284546001818101875595835291839020845160059093020180549385015160408601518316600160801b0267ffffffffffffffff60801b19918416600160401b9081026001600160801b0319909716958516959095179590951716939093178355606084015194830194909455608083015160028301805460a086015163ffffffff169093026bffffffffffffffffffffffff1990931691909516171790925560c08101519091906003820190610d1b90826115e7565b5060e091909101516004909101805467ffffffffffffffff19166001600160401b03928316179055604080518c831681528b831660208201529081018a9052908c169084907f50e29e3c959ca54ca1b310db6bf6339426d6b6efca3081e993c27d80a1b19b5a9060600160405180910390a350505050505050505050505050565b5f5f610da88989610feb565b5f828152600160209081526040808320338452909152902054919350915060ff16610de85760405163e35593b560e01b815233600482015260240161022d565b5f869003610e255760405163a69290e760e01b81526020600482015260096024820152681c995c1b1a58d8525960ba1b604482015260640161022d565b5f849003610e5c5760405163a69290e760e01b81526020600482015260036024820152621d5c9b60ea1b604482015260640161022d565b60038101546001600160401b0390811690841611610ea6576003810154604051636742e21160e11b81526001600160401b038086166004830152909116602482015260440161022d565b604051806080016040528088888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505090825250604080516020601f8901819004810282018101909252878152918101919088908890819084018382808284375f920191909152505050908252506001600160401b0380861660208301524216604090910152805160018301908190610f4e90826115e7565b5060208201516001820190610f6390826115e7565b50604082810151600290920180546060909401516001600160401b03908116600160401b026001600160801b03199095169316929092179290921790555182907f15cce3d23b655acb0a943b5ef3ba774bee2b25b1dd56f16f7797dca3770ec5ec90610fd8908a908a908a908a908a906116a1565b60405180910390a2505050505050505050565b5f5f8383604051610ffd9291906114ca565b60408051918290039091205f818152602081905291909120805491935091506001600160a01b03166110465783836040516322eaedd560e11b815260040161022d929190611501565b9250929050565b5f5f83601f84011261105d575f5ffd5b5081356001600160401b03811115611073575f5ffd5b602083019150836020828501011115611046575f5ffd5b5f5f6020838503121561109b575f5ffd5b82356001600160401b038111156110b0575f5ffd5b6110bc8582860161104d565b90969095509350505050565b80356001600160a01b03811681146110de575f5ffd5b919050565b5f5f5f5f606085870312156110f6575f5ffd5b84356001600160401b0381111561110b575f5ffd5b6111178782880161104d565b909550935061112a9050602086016110c8565b91506040850135801515811461113e575f5ffd5b939692955090935050565b5f5f5f6040848603121561115b575f5ffd5b83356001600160401b03811115611170575f5ffd5b61117c8682870161104d565b909790965060209590950135949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081526001600160401b0382511660208201526001600160401b0360208301511660408201525f604083015161120060608401826001600160401b03169052565b5060608301516080830152608083015161122560a08401826001600160401b03169052565b5060a083015163ffffffff811660c08401525060c083015161010060e0840152611253610120840182611190565b905060e08401516112706101008501826001600160401b03169052565b509392505050565b602081525f82516080602084015261129360a0840182611190565b90506020840151601f198483030160408501526112b08282611190565b9150506001600160401b0360408501511660608401526001600160401b0360608501511660808401528091505092915050565b5f5f5f604084860312156112f5575f5ffd5b83356001600160401b0381111561130a575f5ffd5b6113168682870161104d565b90945092506113299050602085016110c8565b90509250925092565b80356001600160401b03811681146110de575f5ffd5b5f5f5f5f5f5f5f5f5f5f6101008b8d031215611362575f5ffd5b8a356001600160401b03811115611377575f5ffd5b6113838d828e0161104d565b909b509950611396905060208c01611332565b97506113a460408c01611332565b96506113b260608c01611332565b955060808b013594506113c760a08c01611332565b935060c08b013563ffffffff811681146113df575f5ffd5b925060e08b01356001600160401b038111156113f9575f5ffd5b6114058d828e0161104d565b915080935050809150509295989b9194979a5092959850565b5f5f5f5f5f5f5f6080888a031215611434575f5ffd5b87356001600160401b03811115611449575f5ffd5b6114558a828b0161104d565b90985096505060208801356001600160401b03811115611473575f5ffd5b61147f8a828b0161104d565b90965094505060408801356001600160401b0381111561149d575f5ffd5b6114a98a828b0161104d565b90945092506114bc905060608901611332565b905092959891949750929550565b818382375f9101908152919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f6115146020830184866114d9565b949350505050565b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061154457607f821691505b60208210810361156257634e487b7160e01b5f52602260045260245ffd5b50919050565b8181038181111561075457634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b601f8211156115e257805f5260205f20601f840160051c810160208510156115c05750805b601f840160051c820191505b818110156115df575f81556001016115cc565b50505b505050565b81516001600160401b0381111561160057611600611587565b6116148161160e8454611530565b8461159b565b6020601f821160018114611646575f831561162f5750848201515b5f19600385901b1c1916600184901b1784556115df565b5f84815260208120601f198516915b828110156116755787850151825560209485019460019092019101611655565b508482101561169257868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b606081525f6116b46060830187896114d9565b82810360208401526116c78186886114d9565b9150506001600160401b0383166040830152969550505050505056",
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
