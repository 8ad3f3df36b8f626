package analysis

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotelens/quotelens/attribution"
)

// TestSegments checks that segmentEnd cuts a long body into contiguous
// segments of at most MaxSegment bytes (plus the spaces after a cut), on
// rune boundaries, preferring line breaks, then sentence ends, then
// spaces.
func TestSegments(t *testing.T) {
	for _, tc := range []struct {
		name string
		body string
		cut  func(body string, end int) bool // what must hold at each cut
	}{
		{"lines", strings.Repeat("A line of text.\n", 100000),
			func(b string, e int) bool { return b[e-1] == '\n' }},
		{"CRLF", strings.Repeat("A line of text.\r\n", 100000),
			func(b string, e int) bool { return b[e-2:e] == "\r\n" }},
		{"sentences", strings.Repeat("A sentence ends here. ", 100000),
			func(b string, e int) bool { return b[e-2:e] == ". " }},
		{"words", strings.Repeat("word   ", 200000),
			func(b string, e int) bool { return b[e-1] == ' ' && b[e] != ' ' }},
		{"one word", strings.Repeat("ж", 500000),
			func(b string, e int) bool { return utf8.RuneStart(b[e]) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start, n := 0, 0
			for start < len(tc.body) {
				end := segmentEnd(tc.body, start)
				if end <= start || end-start > MaxSegment+4 {
					t.Fatalf("segment %d: [%d,%d) of %d bytes", n, start, end, len(tc.body))
				}
				if end < len(tc.body) && !tc.cut(tc.body, end) {
					t.Fatalf("segment %d: cut at %d: %q|%q", n, end, tc.body[max(0, end-10):end], tc.body[end:min(len(tc.body), end+10)])
				}
				start, n = end, n+1
			}
			if n < len(tc.body)/MaxSegment {
				t.Errorf("%d segments for %d bytes", n, len(tc.body))
			}
		})
	}
}

// TestLineCounter checks that lines are counted as the extractor counts
// paragraphs: \n, \r and \r\n end a line, white space (Unicode too) is
// blank.
func TestLineCounter(t *testing.T) {
	text := "one\r\ntwo\rthree\n\n \u00a0\u3000\nfour five"
	var c lineCounter
	for _, tc := range []struct {
		pos  int
		done int
		open bool
	}{
		{0, 0, false},
		{2, 0, true},
		{strings.Index(text, "two"), 1, false},
		{strings.Index(text, "three"), 2, false},
		{strings.Index(text, "\u3000"), 3, false},
		{strings.Index(text, "five"), 3, true},
		{len(text), 3, true},
	} {
		done, open := c.advance(text, tc.pos)
		if done != tc.done || open != tc.open {
			t.Errorf("at %d: %d lines, open %v; want %d, %v", tc.pos, done, open, tc.done, tc.open)
		}
	}
}

// TestSegmentedExtraction checks that extracting a long body segment by
// segment gives the quotes, offsets and paragraph numbers extracting it
// whole gives, when the cuts fall between self-contained paragraphs, and
// in a single line with no break.
func TestSegmentedExtraction(t *testing.T) {
	ex := attribution.New(nil)
	an := &Analyzer{Extractor: ex}
	for _, tc := range []struct{ name, unit string }{
		{"paragraphs", "“The plan will fail,” said Anna Berg.\n\n  \n“Prices will rise,” Tom Lee said.\r\n"},
		{"one line", "“The plan will fail,” said Anna Berg. Officials disagreed. “Prices will rise,” Tom Lee said. "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := strings.Repeat(tc.unit, 3*MaxSegment/len(tc.unit))
			want := ex.Extract(body)
			var got []attribution.Quote
			segments := 0
			an.extract(body, func(found []attribution.Quote, start, paragraphs int) {
				segments++
				for _, q := range found {
					shift(&q, start)
					q.Paragraph += paragraphs
					got = append(got, q)
				}
			})
			if segments < 3 {
				t.Fatalf("%d segments for %d bytes", segments, len(body))
			}
			if len(got) != len(want) {
				t.Fatalf("%d quotes segment by segment, %d whole", len(got), len(want))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("quote %d:\nsegmented %+v\n    whole %+v", i, got[i], want[i])
				}
			}
			if !slices.ContainsFunc(got, func(q attribution.Quote) bool { return q.Paragraph > 1 }) && tc.name == "paragraphs" {
				t.Error("no paragraph past the first")
			}
		})
	}
}
