// Command points is the br2k example: a replicated loyalty-points service
// whose redeem route pays ERC-20 tokens on the service chain exactly once.
//
//	points setup --devnet DIR [--out points.json]   deploy the token and the ServiceRegistry
//	points run   [--config points.json] [--replicas 3 | --id r1 --etcd URL] ...
//
// See README.md for the quick start against `servicechain devnet`.
package main

import (
	"context"
	"crypto/ecdsa"
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
	out := fs.String("out", "points.json", "file to write the chain settings to")
	service := fs.String("service", "points", "br2k service id to register")
	fs.Parse(args)
	if *dir == "" {
		return errors.New("setup: --devnet DIR is required")
	}
	info, err := devnet.ReadInfo(*dir)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cli, err := ethclient.DialContext(ctx, info.Child.HTTP)
	if err != nil {
		return fmt.Errorf("setup: service chain %s: %w", info.Child.HTTP, err)
	}
	defer cli.Close()
	key := devnet.AccountKey(serviceAccount)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	opts := bind.NewKeyedTransactor(key, new(big.Int).SetUint64(info.Child.ChainID))
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
	cf := chainFile{RPC: info.Child.HTTP, ChainID: info.Child.ChainID, Token: tokenAddr, Registry: regAddr, Service: *service,
		ServiceKey: common.Bytes2Hex(crypto.FromECDSA(key))}
	b, _ := json.MarshalIndent(cf, "", "  ")
	if err := os.WriteFile(*out, append(b, '\n'), 0o600); err != nil {
		return err
	}
	fmt.Printf("token %s (1,000,000 PTS held by the service account %s)\nregistry %s (service %q)\nwritten to %s\n",
		tokenAddr, addr, regAddr, *service, *out)
	return nil
}

func run(args []string) error {
	fs := flag.NewFlagSet("run", flag.ExitOnError)
	config := fs.String("config", "", "chain settings from `points setup` (without it /redeem is off)")
	id := fs.String("id", "r1", "replica id (with --replicas N: r1..rN)")
	replicas := fs.Int("replicas", 1, "replicas to run in this process (a demo cluster)")
	listen := fs.String("listen", "127.0.0.1:8081", "HTTP address of the first replica (the others take the next ports)")
	advertise := fs.String("advertise", "", "URL the other replicas reach this one at (default http://<listen>)")
	etcdURLs := fs.String("etcd", "", "etcd client URLs, comma-separated (default: an embedded etcd in --datadir)")
	datadir := fs.String("datadir", "points-data", "directory for the embedded etcd and the SQLite snapshot store")
	mysqlDSN := fs.String("mysql", "", "store snapshots in MySQL/MariaDB (go-sql-driver DSN) instead of SQLite")
	every := fs.Uint64("snapshot-every", br2k.DefaultSnapshotEvery, "entries between snapshots (version-up-size)")
	keep := fs.Int("max-state-version", br2k.DefaultMaxSnapshots, "snapshot versions kept")
	ttl := fs.Duration("ttl", br2k.DefaultSessionTTL, "etcd session TTL (whole seconds)")
	fs.Parse(args)
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := os.MkdirAll(*datadir, 0o700); err != nil {
		return err
	}

	endpoints := splitList(*etcdURLs)
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
	var cc *app.ChainConfig
	service := "points"
	if *config != "" {
		var err error
		cc, service, err = readChain(ctx, *config)
		if err != nil {
			return err
		}
	}
	host, port, err := net.SplitHostPort(*listen)
	if err != nil {
		return fmt.Errorf("--listen %q: %w", *listen, err)
	}
	p, _ := strconv.Atoi(port)
	var servers []*app.Server
	for i := range *replicas {
		rid, addr, adv := *id, *listen, *advertise
		if *replicas > 1 {
			rid = fmt.Sprintf("r%d", i+1)
			if p != 0 {
				addr = net.JoinHostPort(host, strconv.Itoa(p+i))
			}
			adv = ""
		}
		s, err := app.Start(app.ServerConfig{Service: service, ID: rid, Listen: addr, Advertise: adv, Etcd: endpoints,
			SessionTTL: *ttl, SnapshotEvery: *every, MaxSnapshots: *keep, Snapshots: store, Chain: cc, Logger: log})
		if err != nil {
			return err
		}
		defer s.Close()
		servers = append(servers, s)
		fmt.Printf("replica %s serving %s\n", rid, s.URL)
	}
	fmt.Printf("etcd %s; service %q; Ctrl-C stops\n", strings.Join(endpoints, ","), service)
	for _, s := range servers {
		go func() {
			if err := <-s.Done(); err != nil {
				log.Error("replica stopped", "replica", s.Replica.ID(), "err", err)
				stop()
			}
		}()
	}
	<-ctx.Done()
	return nil
}

func readChain(ctx context.Context, path string) (*app.ChainConfig, string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	var cf chainFile
	if err := json.Unmarshal(b, &cf); err != nil {
		return nil, "", fmt.Errorf("%s: %w", path, err)
	}
	var key *ecdsa.PrivateKey
	if k := os.Getenv("POINTS_SERVICE_KEY"); k != "" {
		cf.ServiceKey = k
	}
	key, err = crypto.HexToECDSA(strings.TrimPrefix(cf.ServiceKey, "0x"))
	if err != nil {
		return nil, "", fmt.Errorf("%s: serviceKey (or POINTS_SERVICE_KEY): %w", path, err)
	}
	cli, err := ethclient.DialContext(ctx, cf.RPC)
	if err != nil {
		return nil, "", fmt.Errorf("service chain %s: %w", cf.RPC, err)
	}
	return &app.ChainConfig{Backend: cli, Key: key, ChainID: new(big.Int).SetUint64(cf.ChainID), Token: cf.Token, Registry: cf.Registry}, cf.Service, nil
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
