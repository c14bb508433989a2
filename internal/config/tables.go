package config

import "strings"

// NodeTable declares the [node] table that every daemon's file has (n gets
// the values): name (label in logs and metrics, default defaultName),
// datadir (a path, default "data"; datadirComment and datadirDoc say what
// lives there, in the file and in the README), log_level and log_format.
func NodeTable(n *NodeConfig, defaultName, datadirComment, datadirDoc string) *Table {
	return &Table{Name: "node", Keys: []Key{
		String("name", &n.Name, defaultName).Check(func(s string) string {
			if strings.TrimSpace(s) == "" {
				return "expected a non-empty name"
			}
			return ""
		}).Comment("label in logs and metrics").Doc("label in logs and metrics (the `node` label)"),
		Path("datadir", &n.DataDir, "data").Check(func(s string) string {
			if s == "" {
				return "expected a directory path"
			}
			return ""
		}).Comment(datadirComment).Doc(datadirDoc),
		String("log_level", &n.LogLevel, "info").Check(OneOf("debug", "info", "warn", "error")).
			Comment("debug | info | warn | error").Doc("`debug`, `info`, `warn` or `error`"),
		String("log_format", &n.LogFormat, "text").Check(OneOf("text", "json")).
			Comment("text | json").Doc("`text` or `json`"),
	}}
}

// MetricsTable declares the [metrics] table (l gets the values): listen, the
// host:port of the HTTP server with /metrics, /healthz and /readyz (port 0 =
// any free port; "" disables), default def.
func MetricsTable(l *ListenConfig, def string) *Table {
	return &Table{Name: "metrics", Keys: []Key{
		String("listen", &l.Listen, def).Check(func(s string) string {
			if s == "" {
				return ""
			}
			if _, _, err := splitListen(s); err != nil {
				return `expected host:port (port 0 = any free port) or "" to disable`
			}
			return ""
		}).Comment(`Prometheus /metrics, /healthz, /readyz; "" disables`).
			Doc("host:port of `/metrics`, `/healthz`, `/readyz`; `\"\"` disables"),
	}}
}

// AdminTable declares the [admin] table (l gets the values): listen, the
// loopback host:port of the admin JSON-RPC server (port 0 = any free port;
// "" disables), default def. Non-loopback hosts are refused: the admin API
// pauses voting and moves the node's state.
func AdminTable(l *ListenConfig, def string) *Table {
	return &Table{Name: "admin", Keys: []Key{
		String("listen", &l.Listen, def).Check(func(s string) string {
			if s == "" {
				return ""
			}
			if host, _, err := splitListen(s); err != nil || !isLoopback(host) {
				return `expected a loopback host:port such as "127.0.0.1:8650" (port 0 = any free port), or "" to disable`
			}
			return ""
		}).Comment(`admin JSON-RPC; loopback only; "" disables`).
			Doc("host:port of the admin JSON-RPC server, loopback only; `\"\"` disables"),
	}}
}
