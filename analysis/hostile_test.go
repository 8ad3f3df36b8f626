package analysis_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/corpus"
)

// checkArticle asserts what must hold for any analysed article, however
// hostile its text: every span lies inside the document, after the front
// matter, starts before it ends and falls on UTF-8 boundaries; contents
// are the text they point at; quotes come in text order; stances are
// finite and in range.
func checkArticle(t testing.TB, art *analysis.Article) {
	t.Helper()
	text := art.Text
	if !utf8.ValidString(text) {
		t.Fatalf("%s: text is not valid UTF-8", art.Document)
	}
	boundary := func(i int) bool { return i == len(text) || utf8.RuneStart(text[i]) }
	span := func(what string, i, start, end int, optional bool) {
		if optional && start == -1 && end == -1 {
			return
		}
		if start < art.Body || end > len(text) || start >= end || !boundary(start) || !boundary(end) {
			t.Fatalf("%s: quote %d: %s span [%d,%d) in a %d-byte text whose body starts at %d", art.Document, i, what, start, end, len(text), art.Body)
		}
	}
	stance := func(i int, what string, score, conf float64) {
		if math.IsNaN(score) || score < -1 || score > 1 || math.IsNaN(conf) || conf < 0 || conf > 1 {
			t.Fatalf("%s: quote %d: %s stance %v (confidence %v)", art.Document, i, what, score, conf)
		}
	}
	for i, q := range art.Quotes {
		span("content", i, q.Start, q.End, false)
		if q.Content != text[q.Start:q.End] {
			t.Fatalf("%s: quote %d: content %q is not text[%d:%d]", art.Document, i, q.Content, q.Start, q.End)
		}
		span("cue", i, q.CueStart, q.CueEnd, true)
		span("mention", i, q.MentionStart, q.MentionEnd, true)
		if i > 0 && art.Quotes[i-1].Start > q.Start {
			t.Fatalf("%s: quote %d starts before quote %d", art.Document, i, i-1)
		}
		if q.Paragraph < 1 {
			t.Fatalf("%s: quote %d: paragraph %d", art.Document, i, q.Paragraph)
		}
		if !utf8.ValidString(q.Speaker) {
			t.Fatalf("%s: quote %d: speaker %q is not valid UTF-8", art.Document, i, q.Speaker)
		}
		stance(i, "overall", q.Stance.Score, q.Stance.Confidence)
		for _, ts := range q.Targets {
			stance(i, ts.Target, ts.Stance.Score, ts.Stance.Confidence)
		}
	}
}

// usage is what a run cost: bytes allocated and the largest live heap seen.
type usage struct {
	alloc, peak uint64
}

// measure runs f and samples the heap while it runs.
func measure(f func()) usage {
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	})
	f()
	close(stop)
	wg.Wait()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	return usage{alloc: after.TotalAlloc - before.TotalAlloc, peak: peak - min(peak, before.HeapAlloc)}
}

// runFiles writes each text to its own file and runs the pipeline over
// them with the given size limit. It fails the test if the run does not
// end within a generous deadline (a hang, not a speed measurement: see
// BenchmarkHostile for speeds).
func runFiles(t *testing.T, maxSize int64, texts ...string) (arts []*analysis.Article, errs []error, paths []string) {
	t.Helper()
	dir := t.TempDir()
	for i, text := range texts {
		p := filepath.Join(dir, string(rune('a'+i))+".txt")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	done := make(chan error, 1)
	go func() {
		done <- analysis.Run(context.Background(), slices.Values(sourcesOf(paths)), analysis.Options{
			Analyzer: sharedAnalyzer(t),
			Reader:   &corpus.Reader{MaxSize: maxSize},
			Jobs:     2,
			OnError:  func(_ corpus.Source, err error) { errs = append(errs, err) },
		}, func(a *analysis.Article) error { arts = append(arts, a); return nil })
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(3 * time.Minute):
		t.Fatalf("the pipeline did not finish within 3 minutes on %d bytes", len(strings.Join(texts, "")))
	}
	for _, a := range arts {
		checkArticle(t, a)
	}
	return arts, errs, paths
}

func sourcesOf(paths []string) []corpus.Source {
	var out []corpus.Source
	for _, p := range paths {
		out = append(out, corpus.Source{Document: p, Path: p})
	}
	return out
}

var (
	analyzerOnce sync.Once
	analyzer     *analysis.Analyzer
)

func sharedAnalyzer(t testing.TB) *analysis.Analyzer {
	analyzerOnce.Do(func() { analyzer = newAnalyzer(t) })
	return analyzer
}

// repeatTo repeats s until the result holds at least n bytes.
func repeatTo(s string, n int) string {
	return strings.Repeat(s, (n+len(s)-1)/len(s))
}

// control is a plain article run after each hostile one: the hostile
// input must not stop the run or disturb the next article.
const control = "“We will win,” said Jane Roe.\n"

// noZeroWidth drops zero-width and directional marks.
func noZeroWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e':
			return -1
		}
		return r
	}, s)
}

// quotesOf renders quotes as "content | speaker | type | paragraph".
func quotesOf(a *analysis.Article) []string {
	var out []string
	for _, q := range a.Quotes {
		out = append(out, fmt.Sprintf("%s | %s | %s | %d", noZeroWidth(q.Content), noZeroWidth(q.Speaker), q.Type, q.Paragraph))
	}
	return out
}

// TestHostileInput runs pathological articles through the whole pipeline
// (read, extract, score): each must end, with every span valid (see
// checkArticle), in memory bounded by a small multiple of its size, and
// the plain article after it must come out as usual.
func TestHostileInput(t *testing.T) {
	const reps = 20000
	plain := "“We will win,” said Jane Roe.\n\n“Taxes are too high,” said Bob Smith.\n"
	plainWant := []string{"We will win | Jane Roe | direct | 1", "Taxes are too high | Bob Smith | direct | 2"}
	wantQuotes := func(want ...string) func(*testing.T, *analysis.Article) {
		return func(t *testing.T, a *analysis.Article) {
			if got := quotesOf(a); !slices.Equal(got, want) {
				t.Errorf("quotes:\n got %q\nwant %q", got, want)
			}
		}
	}
	for _, tc := range []struct {
		name    string
		text    string
		maxSize int64 // 0: the default 16 MiB
		long    bool  // skipped with -short
		check   func(*testing.T, *analysis.Article)
	}{
		{name: "50 MB with no line break, sentences", text: repeatTo("“The plan will fail,” said Anna Berg. Officials disagreed. ", 50<<20), maxSize: 64 << 20, long: true,
			check: func(t *testing.T, a *analysis.Article) {
				n := strings.Count(a.Text, "“The plan will fail,”")
				found := 0
				for _, q := range a.Quotes {
					if q.Content == "The plan will fail" && q.Speaker == "Anna Berg" && q.Paragraph == 1 {
						found++
					}
				}
				// a quote cut by a segment boundary may be lost: one per MiB at most
				if found < n-len(a.Text)/analysis.MaxSegment-1 {
					t.Errorf("found %d of the %d quotes", found, n)
				}
			}},
		{name: "50 MB with no line break, no sentence end", text: repeatTo("Anna Berg said the plan, “officials said,” would fail and ", 50<<20), maxSize: 64 << 20, long: true,
			check: func(t *testing.T, a *analysis.Article) {
				// each segment ends mid-sentence: its run-on sentence gives a
				// reported clause and the quotations nested in it, a handful
				// per segment, never one per repetition
				if len(a.Quotes) == 0 || len(a.Quotes) > 8*(len(a.Text)/analysis.MaxSegment+1) {
					t.Errorf("%d quotes, want a handful per segment", len(a.Quotes))
				}
			}},
		{name: "100,000 unbalanced curly quote marks", text: strings.Repeat("“word ", 100000) + "\n\n" + plain,
			check: wantQuotes("We will win | Jane Roe | direct | 2", "Taxes are too high | Bob Smith | direct | 3")},
		{name: "100,000 unbalanced straight quote marks", text: strings.Repeat("word \" ", 100000) + "\n\n" + plain,
			check: func(t *testing.T, a *analysis.Article) {
				if got := quotesOf(a); len(got) < 2 || !slices.Equal(got[len(got)-2:], []string{"We will win | Jane Roe | direct | 2", "Taxes are too high | Bob Smith | direct | 3"}) {
					t.Errorf("the plain paragraphs after the marks: got %q", got)
				}
			}},
		{name: "a quote mark on every word", text: strings.Repeat("“every” “word” “is” “quoted,” said Anna Berg. ", reps) + "\n\n" + plain,
			check: func(t *testing.T, a *analysis.Article) {
				got := quotesOf(a)
				if len(got) < reps || len(got) > 4*reps+2 {
					t.Errorf("%d quotes from %d sentences of 4 quoted words", len(got), reps)
				}
				if len(got) < 2 || got[len(got)-1] != "Taxes are too high | Bob Smith | direct | 3" {
					t.Errorf("last quote %q", got[len(got)-1:])
				}
			}},
		{name: "quoted words, no attribution", text: repeatTo("\"every\" \"word\" \"is\" \"quoted\" ", 1<<20), check: wantQuotes()},
		{name: "deeply nested quotes", text: strings.Repeat("“‘«‹\"'", 5000) + "deep" + strings.Repeat("'\"›»’”", 5000) + " said Anna Berg.\n\n" + plain,
			check: func(t *testing.T, a *analysis.Article) {
				if got := quotesOf(a); len(got) < 2 || !slices.Equal(got[len(got)-2:], []string{"We will win | Jane Roe | direct | 2", "Taxes are too high | Bob Smith | direct | 3"}) {
					t.Errorf("the plain paragraphs after the nest: got %q", got)
				}
			}},
		{name: "only white space", text: repeatTo(" \t\n\u00a0\u3000\u2028\r\n \u2003\n", 1<<20),
			check: func(t *testing.T, a *analysis.Article) {
				wantQuotes()(t, a)
				if a.Title != "" {
					t.Errorf("title %q", a.Title)
				}
			}},
		{name: "right-to-left text", text: "“\u200fשלום לכולם, אנחנו ננצח\u200f,” said Jane Roe.\n\n“مرحبا بالعالم سوف ننتصر,” said Bob Smith.\n",
			check: wantQuotes("שלום לכולם, אנחנו ננצח | Jane Roe | direct | 1", "مرحبا بالعالم سوف ننتصر | Bob Smith | direct | 2")},
		{name: "zero-width and directional marks", text: "“We\u200b will\u200d win\u200c,” said Jane\u200b Roe.\u2060\n\n“\u202eTaxes are too high\u202c,” said Bob Smith.\n",
			check: wantQuotes(plainWant...)},
		{name: "CRLF line ends", text: strings.ReplaceAll(plain, "\n", "\r\n"), check: wantQuotes(plainWant...)},
		{name: "lone CR line ends", text: strings.ReplaceAll(plain, "\n", "\r"), check: wantQuotes(plainWant...)},
		{name: "UTF-8 BOM and front matter", text: "\ufeff---\r\noutlet: Example News\r\n---\r\n" + plain,
			check: func(t *testing.T, a *analysis.Article) {
				wantQuotes(plainWant...)(t, a)
				if a.Outlet != "Example News" || a.Body != len("\ufeff---\r\noutlet: Example News\r\n---\r\n") {
					t.Errorf("outlet %q, body at %d: the front matter after the BOM was not read", a.Outlet, a.Body)
				}
			}},
		{name: "UTF-8 BOM alone", text: "\ufeff" + plain,
			check: func(t *testing.T, a *analysis.Article) {
				wantQuotes(plainWant...)(t, a)
				if a.Body != 3 || len(a.Quotes) == 0 || a.Quotes[0].Start != 3+len("“") {
					t.Errorf("body at %d, first quote at %v: the BOM is not skipped", a.Body, a.Quotes)
				}
			}},
		{name: "HTML entities", text: "&ldquo;We will win,&rdquo; said Jane Roe.\n\n&#8220;Taxes are too high,&#8221; said Bob Smith.\n",
			check: wantQuotes(plainWant...)},
		{name: "invalid UTF-8", text: "“Caf\xe9 prices \xff are up,” said Ann Lee.\n",
			check: wantQuotes("Caf\ufffd prices \ufffd are up | Ann Lee | direct | 1")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.long && testing.Short() {
				t.Skip("50 MB: skipped with -short")
			}
			var arts []*analysis.Article
			var errs []error
			u := measure(func() { arts, errs, _ = runFiles(t, tc.maxSize, tc.text, control) })
			if len(errs) > 0 || len(arts) != 2 {
				t.Fatalf("errors %v, %d articles", errs, len(arts))
			}
			tc.check(t, arts[0])
			if got := quotesOf(arts[1]); !slices.Equal(got, []string{"We will win | Jane Roe | direct | 1"}) {
				t.Errorf("the article after: %q", got)
			}
			// The text (read once), per-job working memory bounded by
			// MaxSegment and MaxScored, and the quotes found: 272 bytes
			// each, doubled by slice growth and again by the collector's
			// headroom (GOGC=100).
			limit := 4*uint64(len(tc.text)) + 96<<20 + 1<<10*uint64(len(arts[0].Quotes))
			if u.peak > limit {
				t.Errorf("peak heap %d MB for %d bytes and %d quotes, want under %d MB", u.peak>>20, len(tc.text), len(arts[0].Quotes), limit>>20)
			}
			t.Logf("%d bytes: %d quotes, allocated %.0f bytes/byte, peak heap %d MB", len(tc.text), len(arts[0].Quotes), float64(u.alloc)/float64(len(tc.text)), u.peak>>20)
		})
	}
}

// TestHostileLinear checks that a line with no break costs the same
// allocation per byte at 4 MB as at 32 MB: work grows linearly with its
// length (allocation counts, unlike timings, do not depend on the load).
func TestHostileLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("36 MB: skipped with -short")
	}
	line := "“The plan will fail,” said Anna Berg, and officials said it would, "
	perByte := func(n int) float64 {
		text := repeatTo(line, n)
		u := measure(func() { runFiles(t, 64<<20, text) })
		return float64(u.alloc) / float64(len(text))
	}
	small, large := perByte(4<<20), perByte(32<<20)
	t.Logf("allocated per byte: %.1f at 4 MB, %.1f at 32 MB", small, large)
	if large > 1.5*small {
		t.Errorf("allocation per byte grows with the length: %.1f at 4 MB, %.1f at 32 MB", small, large)
	}
}

// TestSizeLimit checks that an article over the limit (16 MiB by default,
// or as configured) is reported with its name and skipped, and that the
// run goes on.
func TestSizeLimit(t *testing.T) {
	for _, tc := range []struct {
		name    string
		maxSize int64
		size    int
		skipped bool
	}{
		{"default limit, 1 byte over", 0, 16<<20 + 1, true},
		{"default limit, at it", 0, 16 << 20, false},
		{"1 KiB limit", 1 << 10, 2 << 10, true},
		{"raised limit", 20 << 20, 16<<20 + 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := repeatTo("Plain words and no quote at all.\n", tc.size)[:tc.size]
			arts, errs, paths := runFiles(t, tc.maxSize, text, control)
			if !tc.skipped {
				if len(errs) != 0 || len(arts) != 2 {
					t.Fatalf("errors %v, %d articles; want both read", errs, len(arts))
				}
				return
			}
			if len(errs) != 1 || !errors.Is(errs[0], corpus.ErrTooLarge) || !strings.Contains(errs[0].Error(), paths[0]) || !strings.Contains(errs[0].Error(), "skipped") {
				t.Fatalf("errors %v, want one ErrTooLarge naming %s", errs, paths[0])
			}
			if len(arts) != 1 || arts[0].Document != paths[1] {
				t.Fatalf("%d articles, want only %s", len(arts), paths[1])
			}
		})
	}
}

// FuzzAnalyze runs any bytes through reading, quote detection and
// attribution, and stance scoring: whatever the input, the article's
// spans and stances must be valid (see checkArticle).
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		control,
		"\ufeff---\noutlet: X\n---\r\n“a,” b said.\r“c",
		strings.Repeat("“‘«", 50) + "x" + strings.Repeat("»’”", 50) + " said Anna Berg.",
		"&ldquo;We will win,&rdquo; said Jane Roe. &#8220;No&#8221;",
		"“\u200fשלום\u200f,” said Jane\u200b Roe.",
		"“Caf\xe9,” said Ann Lee.",
		" \t\n\u00a0\u3000",
	} {
		f.Add([]byte(s))
	}
	an := sharedAnalyzer(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		for src := range corpus.Sources([]string{"-"}, bytes.NewReader(data), nil) {
			art, err := (&corpus.Reader{}).Read(src)
			if err != nil {
				if !errors.Is(err, corpus.ErrNotText) {
					t.Fatalf("read: %v", err)
				}
				return
			}
			checkArticle(t, an.Analyze(art))
		}
	})
}

// BenchmarkHostile measures the pipeline's speed on pathological
// articles, in bytes of article per second.
func BenchmarkHostile(b *testing.B) {
	an := sharedAnalyzer(b)
	for _, bc := range []struct{ name, text string }{
		{"noline-sentences-8MB", repeatTo("“The plan will fail,” said Anna Berg. Officials disagreed. ", 8<<20)},
		{"noline-runon-8MB", repeatTo("Anna Berg said the plan, “officials said,” would fail and ", 8<<20)},
		{"unbalanced-100k", strings.Repeat("“word ", 100000)},
		{"everyword-1MB", repeatTo("“every” “word” “is” “quoted,” said Anna Berg. ", 1<<20)},
		{"nested-5000", strings.Repeat("“‘«‹\"'", 5000) + "deep" + strings.Repeat("'\"›»’”", 5000) + " said Anna Berg."},
		{"whitespace-1MB", repeatTo(" \t\n\u00a0\u3000\u2028\r\n \u2003\n", 1<<20)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			art := &corpus.Article{Document: bc.name, Text: bc.text}
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				an.Analyze(art)
			}
		})
	}
}
