// Command points is the br2k example: a replicated loyalty-points service
// whose redeem route pays ERC-20 tokens on the service chain exactly once.
//
//	points setup --devnet DIR | --rpc URL --key HEX [--out points.json]   deploy the token and the ServiceRegistry
//	points run   [--config points.json] [--replicas 3 | --id r1 --etcd URL] ...
//
// See README.md for the quick start against `servicechain devnet`.
package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/tls"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.etcd.io/etcd/client/pkg/v3/transport"

	"github.com/servicechain/servicechain/br2k"
	"github.com/servicechain/servicechain/br2k/sqlstore/mysql"
	"github.com/servicechain/servicechain/br2k/sqlstore/sqlite"
	"github.com/servicechain/servicechain/contracts/bindings"
	"github.com/servicechain/servicechain/examples/points/app"
	"github.com/servicechain/servicechain/internal/devnet"
	"github.com/servicechain/servicechain/internal/etcdembed"
)

// serviceAccount is the devnet dev account the service uses (public key:
// dev only).
const serviceAccount = 2

// chainFile is what `points setup` writes and `points run --config` reads.
type chainFile struct {
	RPC        string         `json:"rpc"`
	ChainID    uint64         `json:"chainId"`
	Token      common.Address `json:"token"`
	Registry   common.Address `json:"registry"`
	Service    string         `json:"service"`
	ServiceKey string         `json:"serviceKey"` // hex; devnet keys are public
	// Etcd are the devnet's etcd client URLs (from its devnet.json), when it
	// lists an embedded etcd.
	Etcd []string `json:"etcd,omitempty"`
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: points setup|run [flags] (see points run -h)")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "setup":
		err = setup(os.Args[2:])
	case "run":
		err = run(os.Args[2:])
	default:
		fmt.Fprintf(os.Stderr, "points: unknown command %q: expected setup or run\n", os.Args[1])
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "points:", err)
		os.Exit(1)
	}
}

func setup(args []string) error {
	fs := flag.NewFlagSet("setup", flag.ExitOnError)
	dir := fs.String("devnet", "", "data directory of a running `servicechain devnet --datadir DIR`")
	rpcURL := fs.String("rpc", "", "service chain JSON-RPC URL (instead of --devnet)")
	keyHex := fs.String("key", "", "hex private key of the service account (with --rpc; it deploys and holds the tokens)")
	out := fs.String("out", "points.json", "file to write the chain settings to")
	service := fs.String("service", "points", "br2k service id to register")
	fs.Parse(args)
	var key *ecdsa.PrivateKey
	var etcd []string
	switch {
	case *dir != "" && *rpcURL != "":
		return errors.New("setup: give --devnet DIR or --rpc URL, not both")
	case *dir != "":
		info, err := devnet.ReadInfo(*dir)
		if err != nil {
			return err
		}
		*rpcURL, key = info.Child.HTTP, devnet.AccountKey(serviceAccount)
		if etcd, err = devnetEtcd(*dir); err != nil {
			return err
		}
	case *rpcURL != "":
		var err error
		if key, err = crypto.HexToECDSA(strings.TrimPrefix(*keyHex, "0x")); err != nil {
			return fmt.Errorf("setup: --key: %w (expected the hex private key of the service account)", err)
		}
	default:
		return errors.New("setup: --devnet DIR (or --rpc URL --key HEX) is required")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cli, err := ethclient.DialContext(ctx, *rpcURL)
	if err != nil {
		return fmt.Errorf("setup: service chain %s: %w", *rpcURL, err)
	}
	defer cli.Close()
	chainID, err := cli.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("setup: service chain %s: chain id: %w", *rpcURL, err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	opts := bind.NewKeyedTransactor(key, chainID)
	opts.Context = ctx
	tok := bindings.NewServiceChainToken()
	supply := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	tokenAddr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.ServiceChainTokenMetaData.Bin), cli,
		tok.PackConstructor("Points Token", "PTS", addr, supply))
	if err != nil {
		return fmt.Errorf("setup: deploying the token: %w", err)
	}
	if _, err := bind.WaitDeployed(ctx, cli, tx.Hash()); err != nil {
		return fmt.Errorf("setup: deploying the token: %w", err)
	}
	regAddr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.ServiceRegistryMetaData.Bin), cli, nil)
	if err != nil {
		return fmt.Errorf("setup: deploying the registry: %w", err)
	}
	if _, err := bind.WaitDeployed(ctx, cli, tx.Hash()); err != nil {
		return fmt.Errorf("setup: deploying the registry: %w", err)
	}
	reg := bindings.NewServiceRegistry()
	tx, err = bind.Transact(bind.NewBoundContract(regAddr, abi.ABI{}, cli, cli, cli), opts, reg.PackRegisterService(*service))
	if err == nil {
		_, err = bind.WaitMined(ctx, cli, tx.Hash())
	}
	if err != nil {
		return fmt.Errorf("setup: registering %q: %w", *service, err)
	}
	cf := chainFile{RPC: *rpcURL, ChainID: chainID.Uint64(), Token: tokenAddr, Registry: regAddr, Service: *service,
		ServiceKey: common.Bytes2Hex(crypto.FromECDSA(key)), Etcd: etcd}
	b, _ := json.MarshalIndent(cf, "", "  ")
	if err := os.WriteFile(*out, append(b, '\n'), 0o600); err != nil {
		return err
	}
	fmt.Printf("token %s (1,000,000 PTS held by the service account %s)\nregistry %s (service %q)\nwritten to %s\n",
		tokenAddr, addr, regAddr, *service, *out)
	return nil
}

// devnetEtcd returns the etcd client URLs listed in a devnet's devnet.json
// (its embedded etcd), or none when it lists no etcd. It reads the entry
// "etcd" as a URL, a list of URLs, or an object with "endpoints" (or
// "clientURLs", "url", "endpoint").
func devnetEtcd(dir string) ([]string, error) {
	b, err := os.ReadFile(filepath.Join(dir, devnet.InfoFile))
	if err != nil {
		return nil, err
	}
	var info struct {
		Etcd json.RawMessage `json:"etcd"`
	}
	if err := json.Unmarshal(b, &info); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, devnet.InfoFile), err)
	}
	return parseEtcdEntry(info.Etcd)
}

func parseEtcdEntry(raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return splitList(one), nil
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return list, nil
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		return nil, fmt.Errorf("devnet.json: etcd entry %s: expected a URL, a list of URLs or an object with endpoints", raw)
	}
	for _, k := range []string{"endpoints", "clientURLs", "clientUrls", "urls", "url", "endpoint"} {
		if v, ok := obj[k]; ok {
			return parseEtcdEntry(v)
		}
	}
	return nil, fmt.Errorf("devnet.json: etcd entry %s: no endpoints in it", raw)
}

func run(args []string) error {
	fs := flag.NewFlagSet("run", flag.ExitOnError)
	config := fs.String("config", "", "chain settings from `points setup` (without it /redeem is off)")
	id := fs.String("id", "r1", "replica id (with --replicas N: r1..rN)")
	replicas := fs.Int("replicas", 1, "replicas to run in this process (a demo cluster)")
	listen := fs.String("listen", "127.0.0.1:8081", "HTTP address of the routes of the first replica (the others take the next ports)")
	advertise := fs.String("advertise", "", "URL the other replicas reach this one at (default http://<listen>)")
	metricsListen := fs.String("metrics-listen", "127.0.0.1:0", "address of /metrics, /healthz and /readyz (the host's; next ports for the other replicas; \"\" disables)")
	adminListen := fs.String("admin-listen", "127.0.0.1:0", "address of the admin JSON-RPC (br2k_status, br2k_snapshot, ...; loopback only, no authentication; \"\" disables)")
	etcdURLs := fs.String("etcd", "", "etcd client URLs, comma-separated (default: the etcd in --config, else an embedded etcd in --datadir)")
	etcdCA := fs.String("etcd-cacert", "", "CA bundle to verify the etcd servers (TLS)")
	etcdCert := fs.String("etcd-cert", "", "client certificate for etcd (TLS)")
	etcdKey := fs.String("etcd-key", "", "client key for etcd (TLS)")
	datadir := fs.String("datadir", "points-data", "directory for the embedded etcd, the SQLite snapshot store and each replica's endpoints.json")
	mysqlDSN := fs.String("mysql", "", "store snapshots in MySQL/MariaDB (go-sql-driver DSN) instead of SQLite")
	every := fs.Uint64("snapshot-every", br2k.DefaultSnapshotEvery, "entries between snapshots (version-up-size)")
	keep := fs.Int("max-state-version", br2k.DefaultMaxSnapshots, "snapshot versions kept")
	catchUp := fs.Uint64("catch-up-entries", br2k.DefaultCatchUpEntries, "log entries kept below the newest snapshot")
	maxKeys := fs.Int("max-idempotency-keys", br2k.DefaultMaxIdempotencyKeys, "stored answers kept for Idempotency-Key retries (also bounded by 24 h)")
	ttl := fs.Duration("ttl", br2k.DefaultSessionTTL, "etcd session TTL (whole seconds)")
	fs.Parse(args)
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := os.MkdirAll(*datadir, 0o700); err != nil {
		return err
	}
	var cc *app.ChainConfig
	service := "points"
	endpoints := splitList(*etcdURLs)
	if *config != "" {
		cf, err := readChainFile(*config)
		if err != nil {
			return err
		}
		if cc, err = chainConfig(ctx, *config, cf); err != nil {
			return err
		}
		service = cf.Service
		if len(endpoints) == 0 {
			endpoints = cf.Etcd
		}
	}
	var etcdTLS *tls.Config
	if *etcdCA != "" || *etcdCert != "" || *etcdKey != "" {
		var err error
		if etcdTLS, err = (transport.TLSInfo{TrustedCAFile: *etcdCA, CertFile: *etcdCert, KeyFile: *etcdKey}).ClientConfig(); err != nil {
			return fmt.Errorf("etcd TLS: %w", err)
		}
	}
	if len(endpoints) == 0 {
		e, err := etcdembed.Start(etcdembed.Config{Dir: filepath.Join(*datadir, "etcd")})
		if err != nil {
			return err
		}
		defer e.Close()
		endpoints = e.Endpoints()
		log.Info("embedded etcd", "endpoints", endpoints)
	}
	var store br2k.SnapshotStore
	if *mysqlDSN != "" {
		s, err := mysql.Open(ctx, *mysqlDSN)
		if err != nil {
			return err
		}
		defer s.DB().Close()
		store = s
	} else {
		s, err := sqlite.Open(ctx, filepath.Join(*datadir, "snapshots.db"))
		if err != nil {
			return err
		}
		defer s.DB().Close()
		store = s
	}
	var servers []*app.Server
	defer func() {
		for _, s := range servers {
			s.Close()
		}
	}()
	for i := range *replicas {
		rid, adv := *id, *advertise
		if *replicas > 1 {
			rid, adv = fmt.Sprintf("r%d", i+1), ""
		}
		addr, err := nthAddr(*listen, i)
		if err != nil {
			return fmt.Errorf("--listen: %w", err)
		}
		maddr, err := nthAddr(*metricsListen, i)
		if err != nil {
			return fmt.Errorf("--metrics-listen: %w", err)
		}
		aaddr, err := nthAddr(*adminListen, i)
		if err != nil {
			return fmt.Errorf("--admin-listen: %w", err)
		}
		hostDir := filepath.Join(*datadir, rid)
		if err := os.MkdirAll(hostDir, 0o700); err != nil {
			return err
		}
		s, err := app.Start(app.ServerConfig{Service: service, ID: rid, Listen: addr, Advertise: adv, Etcd: endpoints, EtcdTLS: etcdTLS,
			SessionTTL: *ttl, SnapshotEvery: *every, MaxSnapshots: *keep, CatchUpEntries: *catchUp, MaxIdempotencyKeys: *maxKeys,
			Snapshots: store, Chain: cc, Logger: log},
			app.HostConfig{MetricsListen: maddr, AdminListen: aaddr, DataDir: hostDir})
		if err != nil {
			return err
		}
		servers = append(servers, s)
		fmt.Printf("replica %s serving %s (metrics http://%s, admin http://%s)\n", rid, s.URL, s.Host.MetricsAddr(), s.Host.AdminAddr())
	}
	fmt.Printf("etcd %s; service %q; Ctrl-C stops\n", strings.Join(endpoints, ","), service)
	failed := make(chan error, len(servers))
	for _, s := range servers {
		go func() {
			if err := <-s.Done(); err != nil {
				failed <- fmt.Errorf("replica %s: %w", s.Replica.ID(), err)
			}
		}()
	}
	select {
	case <-ctx.Done():
		return nil
	case err := <-failed:
		return err
	}
}

// nthAddr returns the address of the i-th replica: addr with its port + i
// (port 0 stays 0; "" stays "").
func nthAddr(addr string, i int) (string, error) {
	if addr == "" || i == 0 {
		return addr, nil
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", err
	}
	p, err := strconv.Atoi(port)
	if err != nil {
		return "", fmt.Errorf("port %q: %w", port, err)
	}
	if p == 0 {
		return addr, nil
	}
	return net.JoinHostPort(host, strconv.Itoa(p+i)), nil
}

func readChainFile(path string) (*chainFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cf chainFile
	if err := json.Unmarshal(b, &cf); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &cf, nil
}

func chainConfig(ctx context.Context, path string, cf *chainFile) (*app.ChainConfig, error) {
	if k := os.Getenv("POINTS_SERVICE_KEY"); k != "" {
		cf.ServiceKey = k
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(cf.ServiceKey, "0x"))
	if err != nil {
		return nil, fmt.Errorf("%s: serviceKey (or POINTS_SERVICE_KEY): %w", path, err)
	}
	cli, err := ethclient.DialContext(ctx, cf.RPC)
	if err != nil {
		return nil, fmt.Errorf("service chain %s: %w", cf.RPC, err)
	}
	return &app.ChainConfig{Backend: cli, Key: key, ChainID: new(big.Int).SetUint64(cf.ChainID), Token: cf.Token, Registry: cf.Registry}, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
