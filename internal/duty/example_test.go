package duty_test

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/duty"
)

// Three operators, one designated per slot: slot 4 is B's turn, C is the
// first backup and A the second.
func Example() {
	a, b, c := common.HexToAddress("0xa"), common.HexToAddress("0xb"), common.HexToAddress("0xc")
	name := map[common.Address]string{a: "A", b: "B", c: "C"}
	r := duty.Rotation{Operators: []common.Address{a, b, c}, Threshold: 1}
	for _, op := range r.Order(4) {
		d, _ := r.Delay(4, op, 3*time.Second)
		fmt.Printf("%s waits %s\n", name[op], d)
	}
	// Output:
	// B waits 0s
	// C waits 3s
	// A waits 6s
}
