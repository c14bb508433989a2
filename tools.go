//go:build tools

// Package tools pins the versions of build tools that are run with `go run`.
package tools

import (
	_ "github.com/ethereum/go-ethereum/cmd/abigen"
	_ "honnef.co/go/tools/cmd/staticcheck"
)
