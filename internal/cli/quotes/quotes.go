// Package quotes implements the quotes command: every quote, one row each,
// written as articles finish.
package quotes

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/internal/cli/cmdutil"
	"github.com/quotelens/quotelens/report"
	"github.com/quotelens/quotelens/trace"
)

// maxQuotations bounds the quotations the quotation column links new
// quotes to (about 50 MB of index; PolNeAR has about 1,900 quotations per
// MB of text, so about 17 MB of the most recent articles).
const maxQuotations = 1 << 15

// NewCmdQuotes returns the quotes command.
func NewCmdQuotes(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "quotes [PATH...]",
		Short: "Every quote, one row each: speaker, type, content, stance, offsets",
		Long: `Every quote, one row each. CSV and JSON lines are written as articles finish,
so memory stays flat however large the corpus.

CSV columns: document, outlet, speaker, type, quote, cue, stance, stance_label,
start, end, then stance_confidence, speaker_kind, role, affiliation, mention,
via, paragraph, targets and quotation. start/end are byte offsets of the quote's
content in the document as read. quotation links quotes by the same speaker
that say the same thing (as the trace command groups them), among the 32,768
quotations most recently carried, so that memory stays bounded.

A text field that begins with =, +, - or @ is prefixed with an apostrophe so
that a spreadsheet shows it rather than running it as a formula.`,
		Example: `  quotelens quotes --format csv -o quotes.csv articles/
  quotelens quotes --format jsonl - < article.txt`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return run(cmd, f, args)
		},
	}
}

// Writer writes what the quotes command writes: every quote of each
// article it is given, with the quotation column linking it to the recent
// quotes by the same speaker that say the same thing.
type Writer struct {
	index *trace.Index
	w     report.QuoteWriter
}

// NewWriter returns a Writer writing format to out (see
// report.NewQuoteWriter); bom starts CSV with a byte-order mark.
func NewWriter(out io.Writer, format string, bom bool) (*Writer, error) {
	w, err := report.NewQuoteWriter(out, format, report.QuoteOptions{BOM: bom, Targets: true, Quotation: true})
	if err != nil {
		return nil, err
	}
	// Only the ids are written, and only recent quotations are kept as
	// candidates: the index stays bounded on any corpus.
	return &Writer{index: trace.NewIndex(trace.Options{IDsOnly: true, MaxQuotations: maxQuotations}), w: w}, nil
}

// Prepare does the part of Write's work that needs no other article (the
// quotes' trace signatures). It is safe for concurrent use, for
// cmdutil.Session.Prepare: it then runs on the workers.
func (w *Writer) Prepare(art *analysis.Article) { trace.Prepare(art) }

// Write writes the quotes of art.
func (w *Writer) Write(art *analysis.Article) error {
	w.index.Add(art)
	return w.w.Write(art)
}

// Close writes what is left; it does not close the underlying writer.
func (w *Writer) Close() error { return w.w.Close() }

func run(cmd *cobra.Command, f *cmdutil.Factory, paths []string) error {
	cfg, err := f.LoadConfig(cmd)
	if err != nil {
		return err
	}
	if err := cmdutil.CheckFormat(cfg.Format, "table", "csv", "json", "jsonl", "markdown"); err != nil {
		return err
	}
	s, err := cmdutil.NewSession(f.IO, cfg, paths)
	if err != nil {
		return err
	}
	out, err := cmdutil.OpenOutput(cfg.Output, f.IO.Out)
	if err != nil {
		return err
	}
	defer out.Abort()
	w, err := NewWriter(out, cfg.Format, cfg.BOM)
	if err != nil {
		return err
	}
	s.Prepare = w.Prepare
	if err := s.Analyze(cmd.Context(), w.Write); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	if err := out.Commit(); err != nil {
		return err
	}
	return s.Err()
}
