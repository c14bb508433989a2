package main

import (
	"context"
	"crypto/tls"
	"fmt"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"go.etcd.io/etcd/client/pkg/v3/transport"
	clientv3 "go.etcd.io/etcd/client/v3"
	"go.uber.org/zap"

	"github.com/servicechain/servicechain/br2k"
)

// br2kCommand is `servicechain br2k`: replicated application servers (seed 004).
var br2kCommand = &cli.Command{
	Name:  "br2k",
	Usage: "replicated application servers (br2k): status",
	Subcommands: []*cli.Command{{
		Name:      "status",
		Usage:     "show a br2k service: replicas, leader, epoch, applied index per replica, snapshot versions",
		ArgsUsage: " ",
		Description: `Reads the service's keys in etcd (/br2k/<service>/...); no replica is needed.

   servicechain br2k status --etcd http://127.0.0.1:2379 --service points [--json]`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "etcd", Required: true, Usage: "etcd client `URLS`, comma-separated"},
			&cli.StringFlag{Name: "service", Required: true, Usage: "br2k service `ID`"},
			&cli.StringFlag{Name: "etcd-cacert", Usage: "CA bundle `FILE` to verify the etcd servers (TLS)"},
			&cli.StringFlag{Name: "etcd-cert", Usage: "client certificate `FILE` for etcd (TLS)"},
			&cli.StringFlag{Name: "etcd-key", Usage: "client key `FILE` for etcd (TLS)"},
			&cli.BoolFlag{Name: "json", Usage: "print JSON"},
			&cli.DurationFlag{Name: "timeout", Value: 10 * time.Second, Usage: "give up after this `DURATION`"},
		},
		Action: br2kStatusRun,
	}},
}

func br2kStatusRun(c *cli.Context) error {
	var endpoints []string
	for _, e := range strings.Split(c.String("etcd"), ",") {
		if e = strings.TrimSpace(e); e != "" {
			endpoints = append(endpoints, e)
		}
	}
	if len(endpoints) == 0 {
		return usageErrorf("br2k status: --etcd is empty: expected etcd client URLs")
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	var tlsCfg *tls.Config
	if ti := (transport.TLSInfo{TrustedCAFile: c.String("etcd-cacert"), CertFile: c.String("etcd-cert"), KeyFile: c.String("etcd-key")}); !ti.Empty() || ti.TrustedCAFile != "" {
		var err error
		if tlsCfg, err = ti.ClientConfig(); err != nil {
			return usageErrorf("br2k status: etcd TLS: %v", err)
		}
	}
	cli, err := clientv3.New(clientv3.Config{Endpoints: endpoints, TLS: tlsCfg, DialTimeout: 5 * time.Second, Logger: zap.NewNop(), Context: ctx})
	if err != nil {
		return fmt.Errorf("br2k status: etcd %v: %w", endpoints, err)
	}
	defer cli.Close()
	st, err := br2k.ReadStatus(ctx, cli, c.String("service"))
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return writeJSON(c.App.Writer, st)
	}
	return st.WriteText(c.App.Writer)
}
