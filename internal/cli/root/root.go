// Package root assembles the quotelens command tree and maps its outcome to
// an exit code.
package root

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/quotelens/quotelens/internal/cli/cmdutil"
	"github.com/quotelens/quotelens/internal/cli/quotes"
	"github.com/quotelens/quotelens/internal/cli/report"
	"github.com/quotelens/quotelens/internal/cli/stance"
	"github.com/quotelens/quotelens/internal/cli/trace"
	"github.com/quotelens/quotelens/internal/iostreams"
)

// NewCmdRoot returns the quotelens command. Run bare, it runs report on
// the embedded sample corpus.
func NewCmdRoot(f *cmdutil.Factory) *cobra.Command {
	reportCmd := report.NewCmdReport(f)
	cmd := &cobra.Command{
		Use:   "quotelens",
		Short: "Find, attribute and score the quotes in news articles",
		Long: `quotelens reads news articles, finds every direct, indirect and mixed quote,
attributes each to its speaker, scores its stance and reports who is quoted,
how and by which outlets.

With no PATH, commands run on the embedded sample corpus (five articles on the
September 2023 Putin–Kim summit). PATH may be files, folders (walked for .txt
and .md files) or - for standard input.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return cmdutil.Usagef("unknown command %q; run 'quotelens --help' for the commands, or 'quotelens report %s' to analyse it", args[0], args[0])
			}
			return nil
		},
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return reportCmd.RunE(cmd, args)
		},
	}
	cmdutil.AddGlobalFlags(cmd.PersistentFlags())
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &cmdutil.UsageError{Err: fmt.Errorf("%w\nRun '%s --help' for usage.", err, c.CommandPath())}
	})
	cmd.SetIn(f.IO.In)
	cmd.SetOut(f.IO.Out)
	cmd.SetErr(f.IO.ErrOut)
	cmd.AddCommand(
		reportCmd,
		report.NewCmdSpeakers(f),
		report.NewCmdOutlets(f),
		quotes.NewCmdQuotes(f),
		trace.NewCmdTrace(f),
		stance.NewCmdStance(f),
	)
	return cmd
}

// Main runs quotelens with args on the given streams until it finishes or
// a SIGINT/SIGTERM arrives, prints any error on the error stream, and
// returns the exit code.
func Main(args []string, io *iostreams.IOStreams) cmdutil.ExitCode {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	go func() {
		if s, ok := <-sigs; ok {
			cancel(&cmdutil.Interrupted{Signal: s})
		}
	}()
	return Execute(ctx, &cmdutil.Factory{IO: io}, args)
}

// Execute runs the command tree with args and returns the exit code.
func Execute(ctx context.Context, f *cmdutil.Factory, args []string) cmdutil.ExitCode {
	cmd := NewCmdRoot(f)
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(ctx)
	if err == nil {
		return cmdutil.ExitOK
	}
	var intr *cmdutil.Interrupted
	var usage *cmdutil.UsageError
	switch {
	case errors.As(err, &intr):
		fmt.Fprintf(f.IO.ErrOut, "quotelens: %v; no output written\n", err)
		return intr.Code()
	case errors.Is(err, cmdutil.ErrPartial):
		return cmdutil.ExitError
	case errors.As(err, &usage):
		fmt.Fprintf(f.IO.ErrOut, "quotelens: %v\n", err)
		return cmdutil.ExitUsage
	default:
		fmt.Fprintf(f.IO.ErrOut, "quotelens: %v\n", err)
		return cmdutil.ExitError
	}
}
