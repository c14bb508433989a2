package timelock

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/servicechain/servicechain/contracts/bindings"
)

// knownABIs are the contracts whose calls Describe decodes, in lookup order.
var knownABIs = []abi.ABI{
	bindings.NewBridge().GetABI(),
	bindings.NewAnchor().GetABI(),
	tl.GetABI(),
	bindings.NewServiceChainToken().GetABI(),
	bindings.NewServiceChainNFT().GetABI(),
}

// roleNames name the roles Describe shows.
var roleNames = map[common.Hash]string{
	ProposerRole: "PROPOSER_ROLE", ExecutorRole: "EXECUTOR_ROLE", CancellerRole: "CANCELLER_ROLE", AdminRole: "DEFAULT_ADMIN_ROLE",
	crypto.Keccak256Hash([]byte("MINTER_ROLE")): "MINTER_ROLE",
}

// Names labels addresses in descriptions ("child bridge", "parent timelock").
type Names map[common.Address]string

func (n Names) label(a common.Address) string {
	if s, ok := n[a]; ok {
		return s + " " + a.Hex()
	}
	return a.Hex()
}

// Describe says what call will do: the decoded function and arguments
// ("registerOperator(operator 0x…) on child bridge 0x…"), and the value it
// sends; a call it cannot decode is shown by selector and length. Vote types
// and roles are named.
func Describe(c Call, names Names) string {
	var what string
	if len(c.Data) < 4 {
		what = fmt.Sprintf("a plain call (%d bytes of data)", len(c.Data))
	} else {
		what = fmt.Sprintf("an unknown function 0x%x (%d bytes of data)", c.Data[:4], len(c.Data))
		for _, a := range knownABIs {
			m, err := a.MethodById(c.Data[:4])
			if err != nil {
				continue
			}
			args, err := m.Inputs.Unpack(c.Data[4:])
			if err != nil {
				what = fmt.Sprintf("%s(<undecodable arguments>)", m.Name)
				break
			}
			parts := make([]string, len(args))
			for i, v := range args {
				parts[i] = m.Inputs[i].Name + " " + formatArg(m.Name, m.Inputs[i].Name, v, names)
			}
			what = m.Name + "(" + strings.Join(parts, ", ") + ")"
			break
		}
	}
	out := what + " on " + names.label(c.Target)
	if c.Value != nil && c.Value.Sign() > 0 {
		out += fmt.Sprintf(", sending %s wei", c.Value)
	}
	return out
}

// DescribeOperation describes every call of o, one per line, numbered when
// there are several.
func DescribeOperation(o Operation, names Names) []string {
	out := make([]string, len(o.Calls))
	for i, c := range o.Calls {
		out[i] = Describe(c, names)
		if len(o.Calls) > 1 {
			out[i] = fmt.Sprintf("%d. %s", i+1, out[i])
		}
	}
	return out
}

func formatArg(method, name string, v any, names Names) string {
	switch x := v.(type) {
	case common.Address:
		return names.label(x)
	case [32]byte:
		if r, ok := roleNames[common.Hash(x)]; ok && strings.Contains(strings.ToLower(method), "role") {
			return r
		}
		return common.Hash(x).Hex()
	case []byte:
		if len(x) > 64 {
			return fmt.Sprintf("0x%x… (%d bytes)", x[:32], len(x))
		}
		return fmt.Sprintf("0x%x", x)
	case uint8:
		if name == "voteType" {
			switch x {
			case bindings.VoteValueTransfer:
				return "0 (value transfer)"
			case bindings.VoteConfiguration:
				return "1 (configuration)"
			}
		}
		return fmt.Sprint(x)
	case *big.Int:
		if method == "updateDelay" {
			return fmt.Sprintf("%s s", x)
		}
		return x.String()
	case string:
		return fmt.Sprintf("%q", x)
	}
	return fmt.Sprint(v)
}
