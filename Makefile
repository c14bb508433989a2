# servicechain build targets. `make test` is the test command of README.md and CI.
GO ?= go
BIN := bin/servicechain

.PHONY: build test test-short lint fuzz contracts check-generated e2e e2e-short bench clean

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
	$(GO) vet -tags e2e ./e2e/...
	$(GO) run honnef.co/go/tools/cmd/staticcheck ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck -tags e2e ./e2e/...

# Fuzz the bridge node's decoding of logs and receipts (issue 12), each
# target for FUZZTIME (go test -fuzz takes one target per run). CI runs it.
# FUZZMINIMIZE is -fuzzminimizetime, the time (or Nx: calls) spent minimizing
# each input that found new coverage before fuzzing goes on. Go's default,
# 60 s, ate the whole run: minimizing a byte input costs up to about n^2/2
# calls, at about 0.7 ms a call in this package (every dependency, go-ethereum
# included, is coverage-instrumented), so FuzzReceipt counted 8 executions in
# 20 s. With 0 (no minimization, crashers are reported as found) it ran 16,858
# in 15 s (1,400/s) and found 84 new inputs; `make fuzz FUZZMINIMIZE=60s` to
# get a crasher minimized. FUZZPARALLEL fuzz workers (the machine has 2 cores).
FUZZTIME ?= 30s
FUZZMINIMIZE ?= 0
FUZZPARALLEL ?= 1
FUZZ_TARGETS := FuzzRequestLog FuzzReceipt

fuzz:
	@for f in $(FUZZ_TARGETS); do \
		echo "fuzz $$f for $(FUZZTIME)"; \
		$(GO) test -run '^$$' -fuzz "^$$f\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) -parallel $(FUZZPARALLEL) ./internal/bridge/ || exit 1; \
	done

# Compile the Solidity sources and regenerate the Go bindings (needs Node.js/npm).
contracts:
	bash contracts/build.sh

# Fails when the committed artifacts or bindings differ from a fresh build.
check-generated:
	bash contracts/check.sh

# Multi-process end-to-end scenarios (issue 6): geth v1.16.7 processes, servicechain
# bridge nodes as processes, ethers v6 client. The geth binary is built once into
# $${SERVICECHAIN_CACHE:-~/.cache/servicechain}.
E2E_SHORT ?= TestHarness|TestScenario|TestBenchmark

e2e:
	bash e2e/scripts/build-geth.sh
	$(GO) test -tags e2e -count=1 -v -timeout 60m ./e2e/

# The CI profile: a subset of the scenarios with short durations.
e2e-short:
	bash e2e/scripts/build-geth.sh
	E2E_PROFILE=short $(GO) test -tags e2e -count=1 -v -timeout 20m -run '$(E2E_SHORT)' ./e2e/

clean:
	rm -rf bin
