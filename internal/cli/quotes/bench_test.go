package quotes

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/config"
	"github.com/quotelens/quotelens/internal/cli/cmdutil"
	"github.com/quotelens/quotelens/internal/iostreams"
	"github.com/quotelens/quotelens/trace"
)

// polnearArticles analyses PolNeAR's train texts once, or skips.
func polnearArticles(b *testing.B) []*analysis.Article {
	dir := filepath.Join("..", "..", "..", "..", "shared", "data", "polnear", "train", "text")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("PolNeAR texts not found at %s: %v", dir, err)
	}
	ios, _, _, _ := iostreams.Test()
	s, err := cmdutil.NewSession(ios, &config.Config{Jobs: 1, MaxSize: 16 << 20, Quiet: true}, []string{dir})
	if err != nil {
		b.Fatal(err)
	}
	var arts []*analysis.Article
	if err := s.Analyze(context.Background(), func(a *analysis.Article) error { arts = append(arts, a); return nil }); err != nil {
		b.Fatal(err)
	}
	return arts
}

// BenchmarkWriterPolNeAR measures the quotes command's own work on
// PolNeAR train's analysed articles: the signatures (prepare), the
// signatures then the quotation index (add: Add releases what Prepare
// computed, so each pass prepares again) and the CSV rows (csv).
func BenchmarkWriterPolNeAR(b *testing.B) {
	arts := polnearArticles(b)
	b.Run("prepare", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			prepareAll(arts)
		}
	})
	b.Run("add", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			addAll(arts)
		}
	})
	b.Run("csv", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := writeAll(arts); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// prepareAll, addAll and writeAll are the three parts of the benchmark,
// named so that a profile tells them apart.
//
//go:noinline
func prepareAll(arts []*analysis.Article) {
	for _, a := range arts {
		trace.Prepare(a)
	}
}

//go:noinline
func addAll(arts []*analysis.Article) {
	ix := trace.NewIndex(trace.Options{IDsOnly: true, MaxQuotations: maxQuotations})
	for _, a := range arts {
		trace.Prepare(a)
		ix.Add(a)
	}
}

//go:noinline
func writeAll(arts []*analysis.Article) error {
	w, err := NewWriter(io.Discard, "csv", false)
	if err != nil {
		return err
	}
	for _, a := range arts {
		if err := w.w.Write(a); err != nil {
			return err
		}
	}
	return nil
}
