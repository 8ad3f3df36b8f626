package quotes_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/config"
	"github.com/quotelens/quotelens/internal/cli/cmdutil"
	"github.com/quotelens/quotelens/internal/cli/quotes"
	clireport "github.com/quotelens/quotelens/internal/cli/report"
	"github.com/quotelens/quotelens/internal/iostreams"
	"github.com/quotelens/quotelens/report"
)

// polnearDir returns the PolNeAR train texts folder and their size, or
// skips.
func polnearDir(b *testing.B) (string, int64) {
	dir := filepath.Join("..", "..", "..", "..", "shared", "data", "polnear", "train", "text")
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Skipf("PolNeAR texts not found at %s (../shared beside the repository): %v", dir, err)
	}
	var size int64
	for _, e := range entries {
		if fi, err := e.Info(); err == nil && strings.HasSuffix(e.Name(), ".txt") {
			size += fi.Size()
		}
	}
	return dir, size
}

// BenchmarkPipeline measures the whole pipeline over PolNeAR's train texts
// in one pass, through the code the commands run: read, attribute and
// score (cmdutil.Session, --jobs GOMAXPROCS), aggregate (what report
// keeps, and its tables written as CSV at the end) and write CSV (what
// quotes --format csv writes, quotation column included) to io.Discard.
// SetBytes makes the figure MB of article text per second. Run it with
// -cpu 1,2 to compare one core (the collector included) with two.
func BenchmarkPipeline(b *testing.B) {
	dir, size := polnearDir(b)
	cfg := &config.Config{Format: "csv", Jobs: runtime.GOMAXPROCS(0), Quiet: true}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		io, _, _, errOut := iostreams.Test()
		s, err := cmdutil.NewSession(io, cfg, []string{dir})
		if err != nil {
			b.Fatal(err)
		}
		out := &countWriter{}
		w, err := quotes.NewWriter(out, cfg.Format, false)
		if err != nil {
			b.Fatal(err)
		}
		s.Prepare = w.Prepare
		agg := report.NewAggregate()
		err = s.Analyze(context.Background(), func(art *analysis.Article) error {
			agg.Add(art)
			return w.Write(art)
		})
		if err == nil {
			err = w.Close()
		}
		if err == nil {
			err = report.WriteTablesWith(out, cfg.Format, report.TableOptions{}, clireport.Tables(agg)...)
		}
		if err == nil {
			err = s.Err()
		}
		if err != nil || out.n == 0 {
			b.Fatalf("%v, %d bytes out: %s", err, out.n, errOut)
		}
	}
}

// countWriter counts what is written and drops it, as io.Discard does.
type countWriter struct{ n int64 }

func (w *countWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)
