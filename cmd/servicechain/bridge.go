package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/bridge"
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/keys"
)

// bridgeCommand is `servicechain bridge`: run one bridge node (one operator)
// and look at a running one.
var bridgeCommand = &cli.Command{
	Name:  "bridge",
	Usage: "run a bridge node (one operator) or inspect a running one",
	Subcommands: []*cli.Command{
		{
			Name:      "run",
			Usage:     "run a bridge node until SIGINT/SIGTERM",
			ArgsUsage: " ",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "bridge.toml `FILE`", Required: true},
			},
			Action: bridgeRun,
		},
		{
			Name:  "status",
			Usage: "print a running node's status (chains, operators, directions)",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "bridge.toml `FILE` of the node (its admin address is read from the node's datadir)"},
				&cli.StringFlag{Name: "admin", Usage: "admin JSON-RPC address `HOST:PORT` of the node"},
				&cli.BoolFlag{Name: "json", Usage: "print JSON"},
			},
			Action: bridgeStatus,
		},
		bridgeInitCommand,
	},
}

// RuntimeFile is written into node.datadir while a node runs: the addresses
// it actually listens on (useful when the config asks for port 0).
const RuntimeFile = "endpoints.json"

// runtimeInfo is the content of RuntimeFile.
type runtimeInfo struct {
	PID     int    `json:"pid"`
	Metrics string `json:"metrics"`
	Admin   string `json:"admin"`
}

func bridgeRun(c *cli.Context) error {
	cfg, err := config.Load(c.String("config"))
	if err != nil {
		return err
	}
	log := newLogger(c, cfg.Node.LogLevel, cfg.Node.LogFormat)
	parentKey, err := loadOperatorKey("parent", &cfg.Parent)
	if err != nil {
		return err
	}
	childKey, err := loadOperatorKey("child", &cfg.Child)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.Node.DataDir, 0o700); err != nil {
		return fmt.Errorf("node.datadir %q: %w", cfg.Node.DataDir, err)
	}
	node, err := bridge.New(bridge.Options{Config: cfg, ParentKey: parentKey, ChildKey: childKey, Logger: log})
	if err != nil {
		return err
	}
	if err := addServices(node); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- node.Run(ctx) }()
	select {
	case err := <-errc:
		return err
	case <-node.Started():
	}
	info := runtimeInfo{PID: os.Getpid(), Metrics: node.MetricsAddr(), Admin: node.AdminAddr()}
	runtimePath := filepath.Join(cfg.Node.DataDir, RuntimeFile)
	if b, err := json.MarshalIndent(info, "", "  "); err == nil {
		if err := os.WriteFile(runtimePath, b, 0o600); err != nil {
			log.Warn("could not write runtime file", "path", runtimePath, "err", err)
		}
	}
	err = <-errc
	os.Remove(runtimePath)
	return err
}

// addServices plugs optional loops (anchoring) into a node; it is replaced by
// the anchoring package's registration when anchoring is built in.
var addServices = func(*bridge.Node) error { return nil }

// loadOperatorKey decrypts the keystore file of one chain's operator key with
// the password from password_file or password_env (never from the config).
func loadOperatorKey(chainName string, c *config.ChainConfig) (*ecdsa.PrivateKey, error) {
	pw, err := keys.ReadPassword(c.PasswordFile, c.PasswordEnv)
	if err != nil {
		return nil, fmt.Errorf("%s operator key: %w", chainName, err)
	}
	k, err := keys.Load(c.Keystore, pw)
	if err != nil {
		return nil, fmt.Errorf("%s operator key: %w", chainName, err)
	}
	return k, nil
}

func bridgeStatus(c *cli.Context) error {
	addr := c.String("admin")
	if addr == "" {
		if c.String("config") == "" {
			return cli.Exit("servicechain: bridge status needs --admin HOST:PORT or --config FILE", 2)
		}
		cfg, err := config.Load(c.String("config"))
		if err != nil {
			return err
		}
		addr, err = adminAddrOf(cfg)
		if err != nil {
			return err
		}
	}
	ctx, cancel := context.WithTimeout(c.Context, 10*time.Second)
	defer cancel()
	client, err := bridge.DialAdmin(ctx, addr)
	if err != nil {
		return fmt.Errorf("admin endpoint %s: %w", addr, err)
	}
	defer client.Close()
	var st bridge.Status
	if err := client.CallContext(ctx, &st, bridge.AdminNamespace+"_status"); err != nil {
		return fmt.Errorf("admin endpoint %s: %w", addr, err)
	}
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	printStatus(c.App.Writer, &st)
	return nil
}

// adminAddrOf finds a node's admin address: the configured one, or, when the
// config asks for port 0, the one the running node wrote to its runtime file.
func adminAddrOf(cfg *config.Config) (string, error) {
	if cfg.Admin.Listen != "" && !strings.HasSuffix(cfg.Admin.Listen, ":0") {
		return cfg.Admin.Listen, nil
	}
	path := filepath.Join(cfg.Node.DataDir, RuntimeFile)
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("admin.listen is %q and %s is not readable (is the node running?): %w", cfg.Admin.Listen, path, err)
	}
	var info runtimeInfo
	if err := json.Unmarshal(b, &info); err != nil || info.Admin == "" {
		return "", fmt.Errorf("%s: no admin address in it", path)
	}
	return info.Admin, nil
}

func printStatus(w io.Writer, st *bridge.Status) {
	ready := "ready"
	if !st.Ready {
		ready = "NOT READY: " + strings.Join(st.NotReady, "; ")
	}
	fmt.Fprintf(w, "node %s: %s", st.Node, ready)
	if st.VotingPaused {
		fmt.Fprint(w, " (voting paused)")
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CHAIN\tHEAD\tHEAD AGE\tOPERATOR\tBALANCE (wei)\tFUNDED\tPENDING TXS\tENDPOINTS")
	for _, c := range st.Chains {
		var eps []string
		for _, e := range c.Endpoints {
			mark := "down"
			if e.Healthy {
				mark = "ok"
			}
			if e.Active {
				mark += ",active"
			}
			eps = append(eps, fmt.Sprintf("%s(%s)", e.URL, mark))
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%v\t%d\t%s\n", c.Name, c.Head, c.HeadAge.Round(time.Second), c.Operator.Hex(), c.Balance, c.Funded, c.PendingTxs, strings.Join(eps, " "))
	}
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DIRECTION\tSAFE HEAD\tCURSOR\tREQUEST NONCE\tLOWER HANDLE NONCE\tOPEN\tOLDEST OPEN")
	for _, d := range st.Directions {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%s\n", d.Name, d.SafeHead, d.Cursor, d.RequestNonce, d.LowerHandleNonce, d.OpenRequests, d.OldestOpenAge.Round(time.Second))
	}
	tw.Flush()
}
