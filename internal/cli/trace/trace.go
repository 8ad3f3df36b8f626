// Package trace implements the trace command: each quotation carried by two
// or more articles, with every outlet's wording.
package trace

import (
	"github.com/spf13/cobra"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/internal/cli/cmdutil"
	"github.com/quotelens/quotelens/report"
	"github.com/quotelens/quotelens/trace"
)

// NewCmdTrace returns the trace command.
func NewCmdTrace(f *cmdutil.Factory) *cobra.Command {
	var minArticles int
	cmd := &cobra.Command{
		Use:   "trace [PATH...]",
		Short: "Follow each quotation across articles and outlets",
		Long: `Groups quotes by the same speaker that say the same thing (allowing for
contractions, synonyms, truncation and paraphrase) and lists every quotation
carried by two or more articles: its speaker, canonical wording, the outlets and
documents carrying it and how faithful each outlet's wording is.`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if minArticles < 1 {
				return cmdutil.Usagef("--min-articles %d: must be at least 1", minArticles)
			}
			cfg, err := f.LoadConfig(cmd)
			if err != nil {
				return err
			}
			if err := cmdutil.CheckFormat(cfg.Format, "table", "csv", "json", "markdown"); err != nil {
				return err
			}
			s, err := cmdutil.NewSession(f.IO, cfg, args)
			if err != nil {
				return err
			}
			index := trace.NewIndex(trace.Options{})
			s.Prepare = trace.Prepare
			err = s.Analyze(cmd.Context(), func(art *analysis.Article) error {
				index.Add(art)
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
			if err := report.WriteTablesWith(out, cfg.Format, report.TableOptions{BOM: cfg.BOM}, report.TraceTable(index.Quotations(minArticles))); err != nil {
				return err
			}
			if err := out.Commit(); err != nil {
				return err
			}
			return s.Err()
		},
	}
	cmd.Flags().IntVar(&minArticles, "min-articles", 2, "list quotations carried by at least this many articles")
	return cmd
}
