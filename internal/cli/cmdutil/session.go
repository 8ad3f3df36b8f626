package cmdutil

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cheggaaa/pb/v3"
	"github.com/spf13/cobra"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/config"
	"github.com/quotelens/quotelens/corpus"
	"github.com/quotelens/quotelens/internal/iostreams"
	"github.com/quotelens/quotelens/sentiment"
)

// Factory gives commands what they need from the outside world, so tests
// can replace it.
type Factory struct {
	IO *iostreams.IOStreams
	// Env is the environment (KEY=value); nil means os.Environ().
	Env []string
	// Dir is the working folder searched for quotelens.yaml; "" means ".".
	Dir string
	// UserConfigDir replaces os.UserConfigDir() when not empty.
	UserConfigDir string
}

// LoadConfig resolves the configuration for cmd: its flags, the
// environment and the config file. Problems are usage errors.
func (f *Factory) LoadConfig(cmd *cobra.Command) (*config.Config, error) {
	file, _ := cmd.Flags().GetString("config")
	dir := f.Dir
	if dir == "" {
		dir = "."
	}
	cfg, err := config.Load(config.LoadOptions{
		File:          file,
		Dir:           dir,
		Flags:         cmd.Flags(),
		Env:           f.Env,
		UserConfigDir: f.UserConfigDir,
	})
	if err != nil {
		return nil, &UsageError{Err: err}
	}
	return cfg, nil
}

// CheckFormat returns a usage error unless format is one of allowed.
func CheckFormat(format string, allowed ...string) error {
	if slices.Contains(allowed, format) {
		return nil
	}
	return Usagef("--format %q is not supported here; use one of %s", format, strings.Join(allowed, ", "))
}

// Session is one prepared run over a set of articles.
type Session struct {
	IO      *iostreams.IOStreams
	Config  *config.Config
	Paths   []string // as given; empty means the embedded sample corpus
	Targets []sentiment.Target
	// Prepare, when set, is called with each analysed article on the
	// worker that analysed it, before Analyze hands it to emit (see
	// analysis.Options.Prepare).
	Prepare func(*analysis.Article)

	analyzer *analysis.Analyzer
	reader   *corpus.Reader

	mu     sync.Mutex // guards writes to IO.ErrOut and bar
	bar    bool       // a progress bar is drawn on IO.ErrOut
	failed atomic.Bool
}

// NewSession wires a run: speakers, targets and the manifest from cfg (the
// sample corpus's own when cfg has none and paths is empty), the quote
// extractor and the stance scorer.
func NewSession(io *iostreams.IOStreams, cfg *config.Config, paths []string) (*Session, error) {
	speakers, targets := cfg.Speakers, cfg.Targets
	if len(speakers) == 0 || len(targets) == 0 {
		sample, err := config.SampleConfig()
		if err != nil {
			return nil, fmt.Errorf("the built-in sample configuration: %w", err)
		}
		if len(speakers) == 0 {
			speakers = sample.Speakers
		}
		if len(targets) == 0 {
			targets = sample.Targets
		}
	}
	reader := &corpus.Reader{MaxSize: cfg.MaxSize}
	switch {
	case cfg.Manifest != "":
		m, err := corpus.ReadManifest(cfg.Manifest)
		if err != nil {
			return nil, &UsageError{Err: err}
		}
		reader.Manifest = m
	case len(paths) == 0:
		reader.Manifest = corpus.SampleManifest()
	}
	scorer, err := sentiment.New(sentiment.Options{Method: cfg.Scorer, Targets: targets})
	if err != nil {
		return nil, Usagef("--scorer %q: %v; use one of %s", cfg.Scorer, err, strings.Join(sentiment.Methods(), ", "))
	}
	return &Session{
		IO:       io,
		Config:   cfg,
		Paths:    paths,
		Targets:  targets,
		analyzer: &analysis.Analyzer{Extractor: attribution.New(speakers), Scorer: scorer},
		reader:   reader,
	}, nil
}

// Scorer returns the session's stance scorer.
func (s *Session) Scorer() *sentiment.Scorer { return s.analyzer.Scorer }

// Warn prints one message line on standard error and marks the run as
// partly failed.
func (s *Session) Warn(err error) {
	s.failed.Store(true)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bar {
		// wipe the bar's line; the bar redraws below the message
		fmt.Fprint(s.IO.ErrOut, "\r\x1b[K")
	}
	fmt.Fprintf(s.IO.ErrOut, "quotelens: %v\n", err)
}

// Err returns ErrPartial if some input was skipped, else nil.
func (s *Session) Err() error {
	if s.failed.Load() {
		return ErrPartial
	}
	return nil
}

func (s *Session) sources() iter.Seq[corpus.Source] {
	if len(s.Paths) == 0 {
		return slices.Values(corpus.Sample())
	}
	return corpus.Sources(s.Paths, s.IO.In, s.Warn)
}

// measure walks the inputs once, without keeping them, for the progress
// bar's totals: bytes (as far as known) and articles. Problems are
// reported by the walk that reads the articles. It stops early, with what
// it counted so far, when ctx is done.
func (s *Session) measure(ctx context.Context) (total int64, articles int) {
	if len(s.Paths) == 0 {
		for _, src := range corpus.Sample() {
			total += src.Size()
			articles++
		}
		return total, articles
	}
	var paths []string
	for _, p := range s.Paths {
		if p == "-" {
			articles++ // standard input: read once, size unknown
			continue
		}
		paths = append(paths, p)
	}
	for src := range corpus.Sources(paths, nil, nil) {
		if ctx.Err() != nil {
			break
		}
		total += max(src.Size(), 0)
		articles++
	}
	return total, articles
}

// Analyze reads and analyses every article and calls emit with each, in
// input order. Inputs that cannot be read are reported on standard error
// and skipped. A progress bar shows on standard error when it is a
// terminal and --quiet is not set.
func (s *Session) Analyze(ctx context.Context, emit func(*analysis.Article) error) error {
	sources := s.sources()
	var bar *pb.ProgressBar
	if s.IO.ErrTTY && !s.Config.Quiet {
		// The totals are counted by a walk of their own, beside the run
		// rather than before it: analysis starts at once, and the bar shows
		// the totals (and so the ETA) as soon as the walk is done.
		bar = newProgressBar(&lockedWriter{mu: &s.mu, w: s.IO.ErrOut})
		mctx, stop := context.WithCancel(ctx)
		measured := make(chan struct{})
		go func() {
			defer close(measured)
			total, articles := s.measure(mctx)
			if mctx.Err() == nil {
				bar.SetTotal(total)
				bar.Set("of", articles)
			}
		}()
		s.mu.Lock()
		s.bar = true
		s.mu.Unlock()
		bar.Start()
		defer func() {
			stop()
			<-measured
			bar.Finish()
			s.mu.Lock()
			s.bar = false
			s.mu.Unlock()
		}()
	}
	done := 0
	err := analysis.Run(ctx, sources, analysis.Options{
		Analyzer: s.analyzer,
		Reader:   s.reader,
		Jobs:     s.Config.Jobs,
		Prepare:  s.Prepare,
		OnError: func(_ corpus.Source, err error) {
			s.Warn(err)
			if bar != nil {
				done++ // skipped, but done with
				bar.Set("done", done)
			}
		},
	}, func(art *analysis.Article) error {
		if bar != nil {
			done++
			bar.Set("done", done).Add(len(art.Text))
		}
		return emit(art)
	})
	if errors.Is(err, context.Canceled) && ctx.Err() != nil {
		return context.Cause(ctx)
	}
	return err
}

// newProgressBar returns a progress bar of articles done, a bar, MB/s and
// the time left; its totals (bytes with SetTotal, articles as "of") are
// set once known ("?" until then). It redraws one line in place ("\r") and
// wipes it when finished, as w is a terminal (pb cannot tell through a
// wrapped writer).
func newProgressBar(w io.Writer) *pb.ProgressBar {
	bar := pb.New64(0).SetTemplateString(`{{string . "done"}}/{{string . "of"}} articles {{bar . }} {{speed . "%s/s" "? MiB/s"}} {{rtime . "ETA %s" "%s" "ETA ?"}}`)
	bar.Set(pb.Bytes, true).Set(pb.CleanOnFinish, true).Set(pb.Terminal, true).Set(pb.ReturnSymbol, "\r")
	bar.Set("of", "?").Set("done", 0)
	bar.SetWriter(w)
	return bar
}

type lockedWriter struct {
	mu *sync.Mutex
	w  interface{ Write([]byte) (int, error) }
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
