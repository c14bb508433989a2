package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/servicechain/servicechain/internal/keys"
)

var (
	keystoreFlag     = &cli.StringFlag{Name: "keystore", Usage: "keystore `DIR` (created if missing)"}
	passwordFileFlag = &cli.StringFlag{Name: "password-file", Usage: "read the keystore password from `FILE` (one trailing newline is removed)"}
	passwordEnvFlag  = &cli.StringFlag{Name: "password-env", Usage: "read the keystore password from environment variable `VAR`"}
	lightFlag        = &cli.BoolFlag{Name: "light", Usage: "use light scrypt parameters (fast, weak: devnets and tests only)"}
)

// accountCommand is `servicechain account new|import|list`: operator keys in
// go-ethereum keystore files.
var accountCommand = &cli.Command{
	Name:  "account",
	Usage: "create, import and list operator keys (go-ethereum keystore files)",
	Subcommands: []*cli.Command{
		{
			Name:      "new",
			Usage:     "create a new random key in the keystore",
			ArgsUsage: " ",
			Flags:     []cli.Flag{keystoreFlag, passwordFileFlag, passwordEnvFlag, lightFlag},
			Action:    func(c *cli.Context) error { return accountAdd(c, false) },
		},
		{
			Name:        "import",
			Usage:       "import a hex private key (from --key-file, else from standard input)",
			ArgsUsage:   " ",
			Description: "The key is 64 hex digits, with or without 0x; surrounding white space is ignored.",
			Flags: []cli.Flag{keystoreFlag, passwordFileFlag, passwordEnvFlag, lightFlag,
				&cli.StringFlag{Name: "key-file", Usage: "read the hex private key from `FILE` instead of standard input"}},
			Action: func(c *cli.Context) error { return accountAdd(c, true) },
		},
		{
			Name:      "list",
			Usage:     "list the keys in the keystore (address and file)",
			ArgsUsage: " ",
			Flags:     []cli.Flag{keystoreFlag},
			Action:    accountList,
		},
	},
}

// accountArgs checks the flags every account command needs and returns the
// keystore directory and, unless list, the password.
func accountArgs(c *cli.Context) (dir, password string, err error) {
	if c.NArg() > 0 {
		return "", "", usageErrorf("account %s: unexpected argument %q", c.Command.Name, c.Args().First())
	}
	if dir = c.String("keystore"); dir == "" {
		return "", "", usageErrorf("account %s: --keystore DIR is required", c.Command.Name)
	}
	if c.Command.Name != "list" {
		password, err = keys.OptionPassword("account "+c.Command.Name, c.String("password-file"), c.String("password-env"))
	}
	return dir, password, err
}

// accountAdd is `account new` and, with importKey, `account import`.
func accountAdd(c *cli.Context, importKey bool) error {
	dir, pw, err := accountArgs(c)
	if err != nil {
		return err
	}
	var a keys.Account
	if !importKey {
		a, err = keys.NewAccount(dir, pw, c.Bool("light"))
	} else if hexKey, kerr := keys.KeyText("account import", c.String("key-file"), c.App.Reader); kerr != nil {
		err = kerr
	} else {
		a, err = keys.Import(dir, hexKey, pw, c.Bool("light"))
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "address: %s\nfile:    %s\n", a.Address.Hex(), a.Path)
	return nil
}

func accountList(c *cli.Context) error {
	dir, _, err := accountArgs(c)
	if err != nil {
		return err
	}
	list, err := keys.List(dir)
	if err != nil {
		return err
	}
	if len(list) == 0 {
		fmt.Fprintf(c.App.ErrWriter, "no keys in %s\n", dir)
	}
	for _, a := range list {
		fmt.Fprintf(c.App.Writer, "%s  %s\n", a.Address.Hex(), a.Path)
	}
	return nil
}
