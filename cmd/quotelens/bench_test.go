package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/internal/cli/cmdutil"
	"github.com/quotelens/quotelens/internal/cli/root"
	"github.com/quotelens/quotelens/internal/iostreams"
)

// polnearDir returns the PolNeAR train texts folder, or skips.
func polnearDir(b *testing.B) (string, int64) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "polnear", "train", "text")
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

// BenchmarkCommand measures whole commands as a user runs them over
// PolNeAR's train texts — read, attribute, score, aggregate and write —
// with --jobs GOMAXPROCS; SetBytes makes the figure MB of article text per
// second. Run it with -cpu 1,2 to compare one core (the collector
// included) with two. bench/bigcorpus.sh measures the same on a large
// corpus, with peak memory.
func BenchmarkCommand(b *testing.B) {
	dir, size := polnearDir(b)
	for _, cmd := range [][]string{
		{"quotes", "--format", "csv"},
		{"quotes", "--format", "jsonl"},
		{"report", "--format", "csv"},
	} {
		{
			jobs := runtime.GOMAXPROCS(0)
			b.Run(cmd[0]+"-"+cmd[2], func(b *testing.B) {
				args := append(append([]string(nil), cmd...), "--quiet", "--jobs", fmt.Sprint(jobs), dir)
				b.SetBytes(size)
				b.ReportAllocs()
				for b.Loop() {
					io, _, _, errOut := iostreams.Test()
					out := &countWriter{}
					io.Out = out
					f := &cmdutil.Factory{IO: io, Env: []string{}, Dir: b.TempDir(), UserConfigDir: b.TempDir()}
					if code := root.Execute(context.Background(), f, args); code != cmdutil.ExitOK || out.n == 0 {
						b.Fatalf("exit %d, %d bytes out: %s", code, out.n, errOut)
					}
				}
			})
		}
	}
}

type countWriter struct{ n int64 }

func (w *countWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)
