// Package cmdline is the machinery that the commands of cmd/servicechain
// share on top of urfave/cli, so that the command files hold only their
// flags and one call into their domain package each:
//
//   - the application (NewApp: the global --log-level/--log-format options,
//     the logger of NewLogger) and Run, which turns an error into the exit
//     status (0 success, 1 an error, 2 a usage error: an input.Error, a bad
//     flag, an unknown command) and prints it as "servicechain: <message>";
//   - Prepare, which makes flag errors and unknown or missing subcommands
//     usage errors throughout the command tree;
//   - the help format (SetHelpFormat, FlagString): "--datadir DIR  keep ...
//     (default: x)", the placeholder taken from the `backquoted` word of a
//     flag's usage;
//   - the options of every command that talks to a bridge: the network
//     (NetFlags, ResolveNetwork, OpenPair: --devnet DIR or explicit RPC URLs
//     and contract addresses) and a signing key (KeyFlags, KeySource);
//   - small helpers: NoArgs, Given, CmdPath, WriteJSON, Output.
//
// Values are parsed by internal/input (whose errors exit with status 2),
// keys loaded by internal/keys, chains dialled by internal/bridgenet.
package cmdline
