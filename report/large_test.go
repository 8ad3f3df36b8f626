package report_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/corpus"
	"github.com/quotelens/quotelens/report"
	"github.com/quotelens/quotelens/sentiment"
	"github.com/quotelens/quotelens/trace"
)

// largeInput is a PolNeAR-sized report: 924 articles from 9 outlets,
// about 14,000 quotes by 2,500 speakers, 300 traced quotations.
func largeInput() report.HTMLInput {
	in := report.HTMLInput{Title: "large", Agg: report.NewAggregate()}
	types := []attribution.Type{attribution.Direct, attribution.Indirect, attribution.Mixed}
	labels := []sentiment.Label{sentiment.Negative, sentiment.Neutral, sentiment.Positive}
	k := 0
	for a := range 924 {
		art := &analysis.Article{Article: &corpus.Article{
			Document: fmt.Sprintf("polnear/%03d.txt", a), Outlet: fmt.Sprintf("Publisher %d", a%9)}}
		for range 15 {
			k++
			// A Zipf-like spread of speakers: a few are quoted very often.
			sp := (k * 7919) % 2500
			if k%3 == 0 {
				sp = k % 12
			}
			speaker := fmt.Sprintf("Speaker Нет 김 %d", sp)
			if k%17 == 0 {
				speaker = ""
			}
			art.Quotes = append(art.Quotes, analysis.Quote{
				Quote: attribution.Quote{Type: types[k%3], Speaker: speaker, Cue: "said",
					Content: fmt.Sprintf("“Quote %d — with some words to make it as long as a real quote is, roughly,” %d", k, k)},
				Stance: sentiment.Result{Score: float64(k%7-3) / 4, Label: labels[(k%7)*3/7]},
			})
		}
		in.Agg.Add(art)
		in.Quotes = append(in.Quotes, report.HTMLQuotesOf(art)...)
	}
	for i := range 300 {
		in.Quotations = append(in.Quotations, trace.Quotation{
			ID: fmt.Sprintf("q%d", i), Speaker: "Speaker 1", Canonical: "There is time",
			Outlets: []string{"Publisher 1", "Publisher 2"}, Documents: []string{"a", "b"},
			Wordings: []trace.Wording{{Document: "a", Outlet: "Publisher 1", Text: "There is time", Type: attribution.Direct, Similarity: 1},
				{Document: "b", Outlet: "Publisher 2", Text: "there was time", Type: attribution.Indirect, Similarity: 0.7}},
		})
	}
	return in
}

// TestHTMLLarge checks that a PolNeAR-sized report stays usable: charts
// and quotations capped, every quote in the table, a page of a sensible
// size, and (with Chromium) a DOM holding every row.
func TestHTMLLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the large report")
	}
	in := largeInput()
	var buf bytes.Buffer
	if err := report.WriteHTML(&buf, in); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	t.Logf("%d quotes: page of %.1f MB", len(in.Quotes), float64(buf.Len())/1e6)
	if buf.Len() > 1500*len(in.Quotes) {
		t.Errorf("page is %d bytes for %d quotes: more than 1.5 kB a quote", buf.Len(), len(in.Quotes))
	}
	if n := strings.Count(page, `<td class="quote">`); n != len(in.Quotes) {
		t.Errorf("quote table has %d rows, want %d", n, len(in.Quotes))
	}
	if n := strings.Count(page, `<article class="quotation"`); n != report.HTMLQuotations {
		t.Errorf("%d quotations shown, want the cap %d", n, report.HTMLQuotations)
	}
	if !strings.Contains(page, "Showing the first 1000 of") {
		t.Error("the speakers table is not capped with a note")
	}
	if out := os.Getenv("QUOTELENS_LARGE_HTML"); out != "" {
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin := chromium()
	if bin == "" {
		t.Skip("Chromium is not installed (apt-get install chromium); skipping the browser check")
	}
	path := filepath.Join(t.TempDir(), "large.html")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := string(runChromium(t, bin, "--dump-dom", "file://"+path))
	if n := strings.Count(dom, `<td class="quote">`); n != len(in.Quotes) {
		t.Errorf("Chromium's DOM has %d quote rows, want %d", n, len(in.Quotes))
	}
	if !strings.Contains(dom, `id="chart-stance"`) || !strings.Contains(dom, `tabindex="0"`) {
		t.Error("Chromium's DOM lacks the stance chart or the script did not run")
	}
}
