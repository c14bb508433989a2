package main

import (
	"fmt"
	"io"
	"os"
	"strings"

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
			Action:    accountNew,
		},
		{
			Name:        "import",
			Usage:       "import a hex private key (from --key-file, else from standard input)",
			ArgsUsage:   " ",
			Description: "The key is 64 hex digits, with or without 0x; surrounding white space is ignored.",
			Flags: []cli.Flag{keystoreFlag, passwordFileFlag, passwordEnvFlag, lightFlag,
				&cli.StringFlag{Name: "key-file", Usage: "read the hex private key from `FILE` instead of standard input"}},
			Action: accountImport,
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
// keystore directory.
func accountArgs(c *cli.Context) (string, error) {
	if c.NArg() > 0 {
		return "", usageErrorf("account %s: unexpected argument %q", c.Command.Name, c.Args().First())
	}
	dir := c.String("keystore")
	if dir == "" {
		return "", usageErrorf("account %s: --keystore DIR is required", c.Command.Name)
	}
	return dir, nil
}

func accountPassword(c *cli.Context) (string, error) {
	if c.String("password-file") != "" && c.String("password-env") != "" {
		return "", usageErrorf("account %s: give only one of --password-file and --password-env", c.Command.Name)
	}
	if c.String("password-file") == "" && c.String("password-env") == "" {
		return "", usageErrorf("account %s: the keystore password is needed: give --password-file FILE or --password-env VAR", c.Command.Name)
	}
	return keys.ReadPassword(c.String("password-file"), c.String("password-env"))
}

func printAccount(w io.Writer, a keys.Account) {
	fmt.Fprintf(w, "address: %s\nfile:    %s\n", a.Address.Hex(), a.Path)
}

func accountNew(c *cli.Context) error {
	dir, err := accountArgs(c)
	if err != nil {
		return err
	}
	pw, err := accountPassword(c)
	if err != nil {
		return err
	}
	a, err := keys.NewAccount(dir, pw, c.Bool("light"))
	if err != nil {
		return err
	}
	printAccount(c.App.Writer, a)
	return nil
}

func accountImport(c *cli.Context) error {
	dir, err := accountArgs(c)
	if err != nil {
		return err
	}
	pw, err := accountPassword(c)
	if err != nil {
		return err
	}
	var hexKey []byte
	if f := c.String("key-file"); f != "" {
		if hexKey, err = os.ReadFile(f); err != nil {
			return fmt.Errorf("key file: %w", err)
		}
	} else {
		// A key is 66 bytes at most; read a little more to notice junk.
		if hexKey, err = io.ReadAll(io.LimitReader(c.App.Reader, 4096)); err != nil {
			return fmt.Errorf("reading the key from standard input: %w", err)
		}
		if strings.TrimSpace(string(hexKey)) == "" {
			return usageErrorf("account import: no key on standard input (or give --key-file FILE)")
		}
	}
	a, err := keys.Import(dir, string(hexKey), pw, c.Bool("light"))
	if err != nil {
		return err
	}
	printAccount(c.App.Writer, a)
	return nil
}

func accountList(c *cli.Context) error {
	dir, err := accountArgs(c)
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
