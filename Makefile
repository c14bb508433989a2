# servicechain build targets. `make test` is the test command of README.md and CI.
GO ?= go
BIN := bin/servicechain

.PHONY: build test test-short lint contracts check-generated e2e e2e-short bench clean

build:
	$(GO) build -o $(BIN) ./cmd/servicechain

# Every package, with the race detector (the bridge node and tx manager are concurrent).
test:
	$(GO) test -race -timeout 40m ./...

test-short:
	$(GO) test -short -timeout 20m ./...

lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); echo "gofmt: files above are not formatted"; exit 1)
	$(GO) vet ./...

# Compile the Solidity sources and regenerate the Go bindings (needs Node.js/npm).
contracts:
	bash contracts/build.sh

# Fails when the committed artifacts or bindings differ from a fresh build.
check-generated:
	bash contracts/check.sh

clean:
	rm -rf bin
