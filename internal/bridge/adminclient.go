package bridge

import (
	"github.com/servicechain/servicechain/internal/config"
	"github.com/servicechain/servicechain/internal/input"
	"github.com/servicechain/servicechain/internal/node"
)

// AdminTarget resolves where `servicechain bridge status` asks and with
// which bearer token: admin (host:port or URL) when given, with the token of
// tokenFile ("" for none); otherwise the admin address of the node whose
// bridge.toml is configFile (its endpoints.json when it listens on port 0)
// and the token of tokenFile, else <datadir>/admin.token. Errors: neither
// admin nor configFile (a usage error); an unreadable config or token file
// (a token file readable by others is refused, naming it and its mode).
func AdminTarget(admin, configFile, tokenFile string) (addr, token string, err error) {
	if admin != "" {
		if tokenFile != "" {
			token, err = node.ReadAdminTokenFile(tokenFile)
		}
		return admin, token, err
	}
	if configFile == "" {
		return "", "", input.Errorf("give --admin HOST:PORT or --config FILE (the node's bridge.toml)")
	}
	cfg, err := config.Load(configFile)
	if err != nil {
		return "", "", err
	}
	return node.AdminEndpoint(cfg.Admin.Listen, cfg.Node.DataDir, tokenFile)
}
