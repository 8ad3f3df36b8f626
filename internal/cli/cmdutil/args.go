package cmdutil

import "github.com/spf13/cobra"

// MaxArgs is cobra.MaximumNArgs returning a UsageError.
func MaxArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return Usagef("%s takes at most %d argument(s), got %d; run '%s --help'", cmd.CommandPath(), n, len(args), cmd.CommandPath())
		}
		return nil
	}
}
