package analysis_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/corpus"
	"github.com/quotelens/quotelens/sentiment"
)

func newAnalyzer(t testing.TB) *analysis.Analyzer {
	t.Helper()
	scorer, err := sentiment.New(sentiment.Options{Targets: sentiment.DefaultTargets()})
	if err != nil {
		t.Fatal(err)
	}
	return &analysis.Analyzer{Extractor: attribution.New(nil), Scorer: scorer}
}

// summary is what a run emitted, in order, in a comparable form.
func summary(t *testing.T, an *analysis.Analyzer, sources []corpus.Source, jobs int) []string {
	t.Helper()
	var got []string
	err := analysis.Run(context.Background(), slices.Values(sources), analysis.Options{
		Analyzer: an,
		Reader:   &corpus.Reader{Manifest: corpus.SampleManifest()},
		Jobs:     jobs,
		OnError:  func(src corpus.Source, err error) { got = append(got, "error "+src.Document) },
	}, func(art *analysis.Article) error {
		for _, q := range art.Quotes {
			if q.Content != art.Text[q.Start:q.End] {
				t.Errorf("%s: content %q is not text[%d:%d]", art.Document, q.Content, q.Start, q.End)
			}
			got = append(got, fmt.Sprintf("%s %d-%d %s %s %.3f", art.Document, q.Start, q.End, q.Speaker, q.Type, q.Stance.Score))
		}
		got = append(got, "end "+art.Document)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestRunOrder checks that the output is the same, in input order, whatever
// the number of jobs.
func TestRunOrder(t *testing.T) {
	an := newAnalyzer(t)
	var sources []corpus.Source
	for range 5 {
		sources = append(sources, corpus.Sample()...)
	}
	want := summary(t, an, sources, 1)
	if len(want) <= 5*len(corpus.Sample()) {
		t.Fatalf("the sample corpus gave no quotes: %q", want)
	}
	for _, jobs := range []int{2, 3, 8} {
		if got := summary(t, an, sources, jobs); !slices.Equal(got, want) {
			t.Errorf("jobs=%d: output differs from jobs=1", jobs)
		}
	}
}

// TestRunOffsetsAfterFrontMatter checks that offsets count into the whole
// document, front matter included.
func TestRunOffsetsAfterFrontMatter(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	text := "---\noutlet: Example News\n---\n“We will win,” said Jane Roe.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var arts []*analysis.Article
	err := analysis.Run(context.Background(), corpus.Sources([]string{path}, nil, func(err error) { t.Error(err) }),
		analysis.Options{Analyzer: newAnalyzer(t), Reader: &corpus.Reader{}},
		func(a *analysis.Article) error { arts = append(arts, a); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || len(arts[0].Quotes) == 0 {
		t.Fatalf("want one article with a quote, got %+v", arts)
	}
	q := arts[0].Quotes[0]
	if got := text[q.Start:q.End]; got != "We will win," && got != "We will win" {
		t.Errorf("content at %d-%d = %q", q.Start, q.End, got)
	}
	if arts[0].Outlet != "Example News" {
		t.Errorf("outlet = %q", arts[0].Outlet)
	}
}

// TestRunStops checks that an error from emit stops the run and is returned,
// and that a cancelled context stops it too.
func TestRunStops(t *testing.T) {
	an := newAnalyzer(t)
	stop := errors.New("stop")
	n := 0
	endless := iter.Seq[corpus.Source](func(yield func(corpus.Source) bool) {
		for {
			for _, s := range corpus.Sample() {
				if !yield(s) {
					return
				}
			}
		}
	})
	err := analysis.Run(context.Background(), endless, analysis.Options{Analyzer: an, Reader: &corpus.Reader{}, Jobs: 2},
		func(*analysis.Article) error {
			if n++; n == 7 {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) || n != 7 {
		t.Errorf("err = %v after %d articles, want stop after 7", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = analysis.Run(ctx, endless, analysis.Options{Analyzer: an, Reader: &corpus.Reader{}, Jobs: 2},
		func(*analysis.Article) error {
			if n++; n == 3 {
				cancel()
			}
			return nil
		})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// polnearTexts returns the PolNeAR train texts, or skips.
func polnearTexts(b *testing.B) []corpus.Source {
	dir := filepath.Join("..", "..", "shared", "data", "polnear", "train", "text")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("PolNeAR texts not found at %s (../shared beside the repository): %v", dir, err)
	}
	return slices.Collect(corpus.Sources([]string{dir}, nil, func(err error) { b.Fatal(err) }))
}

// BenchmarkPipeline measures read + attribute + score over PolNeAR's train
// texts with GOMAXPROCS jobs; SetBytes makes the MB/s figure. Run it with
// -cpu 1,2 to compare one core (the collector included) with two.
func BenchmarkPipeline(b *testing.B) {
	sources := polnearTexts(b)
	var size int64
	for _, s := range sources {
		fi, err := os.Stat(s.Path)
		if err != nil {
			b.Fatal(err)
		}
		size += fi.Size()
	}
	an := newAnalyzer(b)
	jobs := runtime.GOMAXPROCS(0)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		quotes := 0
		err := analysis.Run(context.Background(), slices.Values(sources),
			analysis.Options{Analyzer: an, Reader: &corpus.Reader{}, Jobs: jobs},
			func(a *analysis.Article) error { quotes += len(a.Quotes); return nil })
		if err != nil || quotes == 0 {
			b.Fatalf("err %v, %d quotes", err, quotes)
		}
	}
}

// TestRunWindow checks that reading does not run ahead of a slow consumer
// by more than a few articles per job: memory is bounded by the window,
// not by the corpus.
func TestRunWindow(t *testing.T) {
	an := newAnalyzer(t)
	for _, jobs := range []int{1, 2, 4} {
		var pulled atomic.Int64
		sources := iter.Seq[corpus.Source](func(yield func(corpus.Source) bool) {
			for range 40 {
				for _, s := range corpus.Sample() {
					pulled.Add(1)
					if !yield(s) {
						return
					}
				}
			}
		})
		first := true
		var ahead int64
		err := analysis.Run(context.Background(), sources, analysis.Options{Analyzer: an, Reader: &corpus.Reader{}, Jobs: jobs},
			func(*analysis.Article) error {
				if first {
					first = false
					ahead = settled(&pulled)
				}
				return nil
			})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("jobs=%d: %d articles read ahead", jobs, ahead)
		// the window (WindowPerJob per job), one article per job in the
		// workers' hands and one held by the producer waiting for room
		if limit := int64((analysis.WindowPerJob+1)*jobs + 2); ahead > limit || ahead < int64(jobs) {
			t.Errorf("jobs=%d: %d articles read while the first was not consumed, want %d..%d", jobs, ahead, jobs, limit)
		}
		if n := pulled.Load(); n != 40*int64(len(corpus.Sample())) {
			t.Errorf("jobs=%d: %d articles read in all, want %d", jobs, n, 40*len(corpus.Sample()))
		}
	}
}

// TestRunWindowBytes checks that reading runs ahead of emitting by at most
// WindowBytes of large articles, whatever the article count allows, and
// that an article larger than the whole window is still read.
func TestRunWindowBytes(t *testing.T) {
	an := newAnalyzer(t)
	dir := t.TempDir()
	const window = 2 << 20
	const size = window / 4 // 4 fit in the window at once
	big := make([]byte, size)
	for i := range big {
		big[i] = "The mayor said the bridge would open. "[i%38]
	}
	var sources []corpus.Source
	for i := range 12 {
		name := filepath.Join(dir, fmt.Sprintf("a%02d.txt", i))
		data := big
		if i == 6 {
			data = bytes.Repeat(big, 5) // larger than the window
		}
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for src := range corpus.Sources([]string{dir}, nil, func(err error) { t.Error(err) }) {
		sources = append(sources, src)
	}
	var pulled atomic.Int64
	seq := iter.Seq[corpus.Source](func(yield func(corpus.Source) bool) {
		for _, s := range sources {
			pulled.Add(1)
			if !yield(s) {
				return
			}
		}
	})
	first, emitted := true, 0
	var ahead int64
	err := analysis.Run(context.Background(), seq, analysis.Options{Analyzer: an, Reader: &corpus.Reader{}, Jobs: 8, WindowBytes: window},
		func(*analysis.Article) error {
			emitted++
			if first {
				first = false
				ahead = settled(&pulled)
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	// the first (whose room is given back as it is emitted), 4 in the
	// window and one pulled by the producer waiting for room; the article
	// count alone would allow 8 jobs × WindowPerJob
	if ahead > 6 || ahead < 1 {
		t.Errorf("%d articles of %d KB read while the first was not consumed, want 1..6", ahead, size>>10)
	}
	if emitted != len(sources) {
		t.Errorf("%d articles emitted, want %d", emitted, len(sources))
	}
}

// settled waits until the count of articles pulled stops moving (the
// producer is waiting for room) and returns it: how far reading got ahead.
func settled(pulled *atomic.Int64) int64 {
	last := int64(-1)
	for n := pulled.Load(); n != last; n = pulled.Load() {
		last = n
		time.Sleep(200 * time.Millisecond)
	}
	return last
}
