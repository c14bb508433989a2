package config

import (
	"math/big"
	"strconv"

	"github.com/servicechain/servicechain/internal/units"
)

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// decimalToWei converts a non-negative decimal string ("500", "0.01") in a
// unit of 10^decimals wei into wei (units.Parse).
func decimalToWei(s string, decimals int) (*big.Int, error) { return units.Parse(s, decimals) }

// weiToDecimal formats wei in units of 10^decimals wei, without trailing
// zeros ("0.01", "500"); "missing" for nil.
func weiToDecimal(w *big.Int, decimals int) string {
	if w == nil {
		return "missing"
	}
	return units.Format(w, decimals)
}

// GweiToWei converts a decimal number of gwei ("1.5") into wei.
func GweiToWei(gwei string) (*big.Int, error) { return decimalToWei(gwei, units.Gwei) }

// EtherToWei converts a decimal number of ether ("0.01") into wei.
func EtherToWei(eth string) (*big.Int, error) { return decimalToWei(eth, units.Ether) }

// WeiToGwei formats wei as a decimal number of gwei ("1.5").
func WeiToGwei(wei *big.Int) string { return weiToDecimal(wei, units.Gwei) }

// WeiToEther formats wei as a decimal number of ether ("0.01").
func WeiToEther(wei *big.Int) string { return weiToDecimal(wei, units.Ether) }
