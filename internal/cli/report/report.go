// Package report implements the report, speakers and outlets commands:
// tables aggregated over every quote of a corpus.
package report

import (
	"time"

	"github.com/spf13/cobra"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/internal/cli/cmdutil"
	rep "github.com/quotelens/quotelens/report"
	"github.com/quotelens/quotelens/trace"
)

// Options are the inputs of one report, speakers or outlets run.
type Options struct {
	Factory *cmdutil.Factory
	Paths   []string
	// Tables picks the tables to print from the aggregate.
	Tables func(*rep.Aggregate) []rep.Table
	// Formats lists the --format values the command accepts.
	Formats []string
}

// NewCmdReport returns the report command: per-speaker, per-outlet,
// speaker × outlet and speaker × target tables, or the HTML report.
func NewCmdReport(f *cmdutil.Factory) *cobra.Command {
	return newCmd(f, &cobra.Command{
		Use:   "report [PATH...]",
		Short: "Per-speaker, per-outlet and speaker × outlet tables (or an HTML report)",
		Example: `  quotelens report
  quotelens report articles/ --manifest articles/metadata.tsv
  quotelens report --format html -o report.html articles/`,
	}, Tables, "table", "csv", "json", "markdown", "html")
}

// Tables returns the tables the report command prints: per speaker, per
// outlet, speaker × outlet and speaker × target.
func Tables(a *rep.Aggregate) []rep.Table {
	return []rep.Table{a.Speakers(), a.Outlets(), a.Matrix(), a.Targets()}
}

// NewCmdSpeakers returns the speakers command: the per-speaker table.
func NewCmdSpeakers(f *cmdutil.Factory) *cobra.Command {
	return newCmd(f, &cobra.Command{
		Use:   "speakers [PATH...]",
		Short: "Who is quoted: quotes, kinds, outlets and stance per speaker",
	}, func(a *rep.Aggregate) []rep.Table { return []rep.Table{a.Speakers()} },
		"table", "csv", "json", "markdown")
}

// NewCmdOutlets returns the outlets command: the per-outlet table.
func NewCmdOutlets(f *cmdutil.Factory) *cobra.Command {
	return newCmd(f, &cobra.Command{
		Use:   "outlets [PATH...]",
		Short: "Who quotes: articles, quotes, speakers and stance per outlet",
	}, func(a *rep.Aggregate) []rep.Table { return []rep.Table{a.Outlets()} },
		"table", "csv", "json", "markdown")
}

func newCmd(f *cmdutil.Factory, cmd *cobra.Command, tables func(*rep.Aggregate) []rep.Table, formats ...string) *cobra.Command {
	cmd.Args = cobra.ArbitraryArgs
	cmd.RunE = func(c *cobra.Command, args []string) error {
		return run(c, &Options{Factory: f, Paths: args, Tables: tables, Formats: formats})
	}
	return cmd
}

func run(cmd *cobra.Command, opts *Options) error {
	f := opts.Factory
	cfg, err := f.LoadConfig(cmd)
	if err != nil {
		return err
	}
	if err := cmdutil.CheckFormat(cfg.Format, opts.Formats...); err != nil {
		return err
	}
	s, err := cmdutil.NewSession(f.IO, cfg, opts.Paths)
	if err != nil {
		return err
	}
	html := cfg.Format == "html"
	agg := rep.NewAggregate()
	var (
		index  *trace.Index
		quotes []rep.HTMLQuote
	)
	if html {
		index = trace.NewIndex(trace.Options{})
		s.Prepare = trace.Prepare
	}
	err = s.Analyze(cmd.Context(), func(art *analysis.Article) error {
		agg.Add(art)
		if html {
			index.Add(art)
			quotes = append(quotes, rep.HTMLQuotesOf(art)...)
		}
		return nil
	})
	if err != nil {
		return err
	}
	out, err := cmdutil.OpenOutput(cfg.Output, f.IO.Out)
	if err != nil {
		return err
	}
	defer out.Abort()
	if html {
		err = rep.WriteHTML(out, rep.HTMLInput{
			Title:      "quotelens report",
			Agg:        agg,
			Quotations: index.Quotations(2),
			Quotes:     quotes,
			Generated:  time.Now().UTC().Format("2006-01-02 15:04 MST"),
		})
	} else {
		err = rep.WriteTablesWith(out, cfg.Format, rep.TableOptions{BOM: cfg.BOM}, opts.Tables(agg)...)
	}
	if err != nil {
		return err
	}
	if err := out.Commit(); err != nil {
		return err
	}
	return s.Err()
}
