package polnear

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotelens/quotelens/attribution"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// TestReportGolden renders the summary, per-publisher table and error
// listing of a small hand-made evaluation and compares them with
// testdata/report.golden (refresh with go test -run ReportGolden -update).
func TestReportGolden(t *testing.T) {
	mkDoc := func(name, pub, text string, golds ...[2]string) *Document {
		d := &Document{Name: name, Publisher: pub, Text: text, Quotes: NewQuoteMap(text)}
		for _, g := range golds {
			a := Attribution{Content: []Span{byteSpan(t, text, g[0])}}
			if g[1] != "" {
				a.Source = []Span{byteSpan(t, text, g[1])}
				a.SourceText = g[1]
			}
			a.Kind = d.Quotes.Classify(a.Content)
			d.Attributions = append(d.Attributions, a)
		}
		return d
	}
	docs := []*Document{
		mkDoc("a-nyt", "nyt", "“We will win,” Donald Trump said. Aides said the polls were wrong. Clinton called it “a disgrace” on Monday.",
			[2]string{"“We will win,”", "Donald Trump"},
			[2]string{"the polls were wrong", "Aides"},
			[2]string{"it “a disgrace”", "Clinton"}),
		mkDoc("b-politico", "politico", "Pence said the debate was “fair.” The weather was fine, “really,” he added.",
			[2]string{"the debate was “fair.”", "Pence"}),
	}
	predict := func(text string) []attribution.Quote {
		var out []attribution.Quote
		add := func(sub, speaker string) {
			i := bytes.Index([]byte(text), []byte(sub))
			out = append(out, attribution.Quote{Type: attribution.Direct, Start: i, End: i + len(sub), Content: sub, Speaker: speaker, MentionStart: -1})
		}
		switch text[:3] {
		case "“":
			add("We will win,", "Hillary Clinton")
			add("the polls were wrong", "")
		default:
			add("the debate was “fair.”", "Mike Pence")
			add("really,", "Mike Pence")
		}
		return out
	}
	r := Evaluate(docs, predict)
	var b bytes.Buffer
	if err := WriteSummary(&b, r); err != nil {
		t.Fatal(err)
	}
	b.WriteString("\n")
	if err := WritePublishers(&b, r); err != nil {
		t.Fatal(err)
	}
	b.WriteString("\n")
	if err := WriteErrors(&b, r, ErrorFilter{Max: 10, Speakers: true, Context: 20}); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "report.golden")
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (create it with go test -run ReportGolden -update)", err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("report differs from %s (-want +got):\n%s", golden, diff)
	}
}
