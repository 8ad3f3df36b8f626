package report_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/corpus"
	"github.com/quotelens/quotelens/report"
	"github.com/quotelens/quotelens/sentiment"
)

func TestCSVSafe(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"plain text", "plain text"},
		{"=SUM(A1:A9)", "'=SUM(A1:A9)"},
		{"+1 555 0100 is the number", "'+1 555 0100 is the number"},
		{"-5 degrees is nothing", "'-5 degrees is nothing"},
		{"@KCNA", "'@KCNA"},
		{"\t=cmd", "'\t=cmd"},
		{"\r=cmd", "'\r=cmd"},
		{"-0.250", "-0.250"}, // a number stays a number
		{"+3", "+3"},
		{"-", "-"},      // standard input's name: a lone dash is no formula
		{"-.5", "'-.5"}, // not a plain number
		{"1-2", "1-2"},
		{"a=b", "a=b"},
		{"“=quoted”", "“=quoted”"},
	} {
		if got := report.CSVSafe(tc.in); got != tc.want {
			t.Errorf("CSVSafe(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"speaker", "speaker"},
		{"mean stance", "mean_stance"},
		{"role / affiliation", "role_affiliation"},
		{"direct %", "direct_pct"},
		{"  Top Speakers ", "top_speakers"},
		{"연합뉴스", "연합뉴스"},
		{"Speaker × outlet", "speaker_outlet"},
	} {
		if got := report.Key(tc.in); got != tc.want {
			t.Errorf("Key(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// column returns the cells of the column named name.
func column(t *testing.T, tab report.Table, name string) []string {
	t.Helper()
	for c, h := range tab.Header {
		if h == name {
			var out []string
			for _, row := range tab.Rows {
				out = append(out, row[c])
			}
			return out
		}
	}
	t.Fatalf("table %s has no column %q: %q", tab.Name, name, tab.Header)
	return nil
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// synthetic returns articles with nSpeakers speakers over nOutlets outlets;
// speaker i is quoted i+1 times in total, stance alternating in sign.
func synthetic(nSpeakers, nOutlets int) []*analysis.Article {
	var arts []*analysis.Article
	for o := range nOutlets {
		arts = append(arts, &analysis.Article{Article: &corpus.Article{
			Document: fmt.Sprintf("o%d.txt", o), Outlet: fmt.Sprintf("Outlet %02d", o)}})
	}
	k := 0
	for s := range nSpeakers {
		for i := 0; i <= s; i++ {
			art := arts[k%nOutlets]
			k++
			score := 0.5
			if i%2 == 1 {
				score = -0.5
			}
			art.Quotes = append(art.Quotes, analysis.Quote{
				Quote:  attribution.Quote{Type: attribution.Direct, Content: "x", Speaker: fmt.Sprintf("Speaker %02d", s)},
				Stance: sentiment.Result{Score: score},
			})
		}
	}
	arts[0].Quotes = append(arts[0].Quotes, analysis.Quote{Quote: attribution.Quote{Type: attribution.Indirect, Content: "y"}})
	return arts
}

func TestAggregateSums(t *testing.T) {
	for _, tc := range []struct{ speakers, outlets int }{{1, 1}, {5, 3}, {20, 4}, {30, 20}} {
		t.Run(fmt.Sprintf("%dx%d", tc.speakers, tc.outlets), func(t *testing.T) {
			agg := report.NewAggregate()
			total := 1 // the unattributed quote
			for _, art := range synthetic(tc.speakers, tc.outlets) {
				agg.Add(art)
			}
			total += tc.speakers * (tc.speakers + 1) / 2
			sum := agg.Summary()
			if sum.Quotes != total || sum.Speakers != tc.speakers || sum.Outlets != tc.outlets || sum.Unattributed != 1 {
				t.Errorf("summary %+v, want %d quotes, %d speakers, %d outlets, 1 unattributed", sum, total, tc.speakers, tc.outlets)
			}
			speakers := agg.Speakers()
			if got := column(t, speakers, "speaker"); got[0] != fmt.Sprintf("Speaker %02d", tc.speakers-1) || got[len(got)-1] != report.Unattributed {
				t.Errorf("speakers in order %q: want the most quoted first and %s last", got, report.Unattributed)
			}
			m := agg.Matrix()
			wantRows := min(tc.speakers, report.MatrixSpeakers) + 1
			if tc.speakers > report.MatrixSpeakers {
				wantRows++
			}
			if len(m.Rows) != wantRows {
				t.Errorf("matrix has %d rows, want %d", len(m.Rows), wantRows)
			}
			wantCols := 1 + min(tc.outlets, report.MatrixOutlets) + 1
			if tc.outlets > report.MatrixOutlets {
				wantCols++
				if m.Header[len(m.Header)-2] != report.OtherOutlets {
					t.Errorf("matrix header %q lacks %q", m.Header, report.OtherOutlets)
				}
			}
			if len(m.Header) != wantCols {
				t.Errorf("matrix has %d columns, want %d", len(m.Header), wantCols)
			}
			// Every row sums to its total and the totals to every quote.
			grand := 0
			for _, row := range m.Rows {
				n := 0
				for _, c := range row[1 : len(row)-1] {
					n += atoi(t, c)
				}
				if tot := atoi(t, row[len(row)-1]); n != tot {
					t.Errorf("matrix row %q sums to %d, total says %d", row, n, tot)
				}
				grand += n
			}
			if grand != total {
				t.Errorf("matrix sums to %d quotes, want %d", grand, total)
			}
			outletQuotes := 0
			for _, c := range column(t, agg.Outlets(), "quotes") {
				outletQuotes += atoi(t, c)
			}
			if outletQuotes != total {
				t.Errorf("outlets table sums to %d quotes, want %d", outletQuotes, total)
			}
		})
	}
}

// TestAggregateDeterministic: the tables do not depend on map order.
func TestAggregateDeterministic(t *testing.T) {
	render := func() string {
		agg := report.NewAggregate()
		for _, art := range synthetic(25, 14) {
			agg.Add(art)
		}
		var buf bytes.Buffer
		if err := report.WriteTables(&buf, "csv", agg.Speakers(), agg.Outlets(), agg.Matrix(), agg.Targets()); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	first := render()
	for range 5 {
		if diff := cmp.Diff(first, render()); diff != "" {
			t.Fatalf("tables differ between runs:\n%s", diff)
		}
	}
}

func TestRoleAffiliation(t *testing.T) {
	for _, tc := range []struct{ speaker, role, affiliation, want string }{
		{"Ann Lee", "", "", ""},
		{"Ann Lee", "Mayor", "", "Mayor"},
		{"Ann Lee", "", "City Council", "City Council"},
		{"Ann Lee", "Mayor", "City Council", "Mayor (City Council)"},
		{"Ann Lee", "City Council member", "City Council", "City Council member"},
		{"United States", "", "United States", ""}, // not affiliated with itself
		{"the Kremlin", "", "Russia", "Russia"},
	} {
		art := &analysis.Article{Article: &corpus.Article{Document: "a", Outlet: "A"}, Quotes: []analysis.Quote{
			{Quote: attribution.Quote{Type: attribution.Direct, Speaker: tc.speaker, Role: tc.role, Affiliation: tc.affiliation}}}}
		agg := report.NewAggregate()
		agg.Add(art)
		if got := column(t, agg.Speakers(), "role / affiliation")[0]; got != tc.want {
			t.Errorf("%s, role %q, affiliation %q: got %q, want %q", tc.speaker, tc.role, tc.affiliation, got, tc.want)
		}
	}
}

func TestStanceSpread(t *testing.T) {
	// Two opposite quotes: mean 0, but the spread shows one each side.
	art := &analysis.Article{Article: &corpus.Article{Document: "a", Outlet: "A"}, Quotes: []analysis.Quote{
		{Quote: attribution.Quote{Type: attribution.Direct, Speaker: "X"}, Stance: sentiment.Result{Score: 0.6, Label: sentiment.Positive},
			Targets: []analysis.TargetStance{{Target: "Russia", Stance: sentiment.Result{Score: 0.4, Label: sentiment.Positive}}}},
		{Quote: attribution.Quote{Type: attribution.Direct, Speaker: "X"}, Stance: sentiment.Result{Score: -0.6, Label: sentiment.Negative},
			Targets: []analysis.TargetStance{{Target: "Russia", Stance: sentiment.Result{Score: -0.8, Label: sentiment.Negative}}}},
		// No label: the score decides.
		{Quote: attribution.Quote{Type: attribution.Mixed, Speaker: "X"}, Stance: sentiment.Result{Score: 0.01}},
	}}
	agg := report.NewAggregate()
	agg.Add(art)
	sp := agg.Speakers()
	want := map[string]string{"mean stance": "0.003", "neg": "1", "neu": "1", "pos": "1", "mixed": "1", "direct": "2"}
	for col, w := range want {
		if got := column(t, sp, col)[0]; got != w {
			t.Errorf("speakers %s = %q, want %q", col, got, w)
		}
	}
	tg := agg.Targets()
	if len(tg.Rows) != 1 {
		t.Fatalf("targets table %q, want one row", tg.Rows)
	}
	if diff := cmp.Diff([]string{"X", "Russia", "2", "-0.200", "1", "0", "1"}, tg.Rows[0]); diff != "" {
		t.Errorf("targets row (-want +got):\n%s", diff)
	}
}

func TestWriteTablesBOM(t *testing.T) {
	tab := report.Table{Name: "t", Header: []string{"a"}, Rows: [][]string{{"x"}}}
	for _, tc := range []struct {
		format string
		bom    bool
		want   string
	}{
		{"csv", true, "\uFEFFa\nx\n"},
		{"csv", false, "a\nx\n"},
		{"json", true, "{\n  \"t\": [\n    {\"a\": \"x\"}\n  ]\n}\n"},
	} {
		var buf bytes.Buffer
		if err := report.WriteTablesWith(&buf, tc.format, report.TableOptions{BOM: tc.bom}, tab); err != nil {
			t.Fatal(err)
		}
		if buf.String() != tc.want {
			t.Errorf("%s BOM=%v: got %q, want %q", tc.format, tc.bom, buf.String(), tc.want)
		}
	}
}

func TestWriteTablesErrors(t *testing.T) {
	var buf bytes.Buffer
	err := report.WriteTables(&buf, "xml", report.Table{Name: "x"})
	if err == nil || !strings.Contains(err.Error(), "table, markdown, csv, json") {
		t.Errorf("unknown format: error %v should name the formats", err)
	}
	if _, err := report.NewQuoteWriter(&buf, "html", report.QuoteOptions{}); err == nil || !strings.Contains(err.Error(), "jsonl") {
		t.Errorf("unknown quotes format: error %v should name the formats", err)
	}
}

func TestWriteTablesEdgeCases(t *testing.T) {
	tab := report.Table{
		Name: "t", Title: "T", Header: []string{"name", "n"},
		Rows: [][]string{{"a|b\nc", "1"}, {"short row"}, {"=1+1", "-2"}},
	}
	for _, tc := range []struct{ format, want string }{
		{"markdown", `| a\|b c    |   1 |`},
		{"markdown", `| short row |     |`},
		{"csv", "'=1+1,-2\n"},
		{"csv", "\"a|b\nc\",1\n"},
		{"json", `{"name": "short row", "n": null}`},
		{"json", `{"name": "=1+1", "n": -2}`},
		{"table", "│ a|b c     │  1 │"},
	} {
		var buf bytes.Buffer
		if err := report.WriteTables(&buf, tc.format, tab); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), tc.want) {
			t.Errorf("%s output lacks %q:\n%s", tc.format, tc.want, buf.String())
		}
	}
	var buf bytes.Buffer
	if err := report.WriteTables(&buf, "json", tab); err != nil {
		t.Fatal(err)
	}
	var v map[string][]map[string]any
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Fatalf("JSON does not parse: %v\n%s", err, buf.String())
	}
}

// TestQuoteWriterStreams checks that CSV and JSON rows are written on each
// Write call, before Close.
func TestQuoteWriterStreams(t *testing.T) {
	arts := fixture()
	for _, format := range []string{"csv", "jsonl", "json"} {
		var buf bytes.Buffer
		w, err := report.NewQuoteWriter(&buf, format, report.QuoteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(arts[0]); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "hat in hand") {
			t.Errorf("%s: the first article's quotes are not written before Close", format)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if err := w.Write(arts[1]); err == nil {
			t.Errorf("%s: Write after Close did not fail", format)
		}
	}
}

func TestQuotesCSV(t *testing.T) {
	for _, opts := range []report.QuoteOptions{{}, {BOM: true}, {Targets: true}, {BOM: true, Targets: true, Quotation: true}} {
		t.Run(fmt.Sprintf("%+v", opts), func(t *testing.T) {
			var buf bytes.Buffer
			w, err := report.NewQuoteWriter(&buf, "csv", opts)
			if err != nil {
				t.Fatal(err)
			}
			arts := fixture()
			for _, art := range arts {
				if err := w.Write(art); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			data := buf.Bytes()
			if hasBOM := bytes.HasPrefix(data, []byte("\uFEFF")); hasBOM != opts.BOM {
				t.Errorf("BOM present %v, want %v", hasBOM, opts.BOM)
			}
			recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			head := strings.Join(recs[0], ",")
			if !strings.HasPrefix(head, "document,outlet,speaker,type,quote,cue,stance,stance_label,start,end,") {
				t.Errorf("header %q does not start with the contract columns", head)
			}
			if strings.Contains(head, "targets") != opts.Targets || strings.Contains(head, "quotation") != opts.Quotation {
				t.Errorf("header %q does not match options %+v", head, opts)
			}
			var quotes []analysis.Quote
			var docs []*corpus.Article
			for _, art := range arts {
				for _, q := range art.Quotes {
					quotes = append(quotes, q)
					docs = append(docs, art.Article)
				}
			}
			if len(recs)-1 != len(quotes) {
				t.Fatalf("%d records, want %d", len(recs)-1, len(quotes))
			}
			for i, rec := range recs[1:] {
				q := quotes[i]
				// Content reads back exactly, less the formula guard.
				content := rec[4]
				if strings.HasPrefix(content, "'") && strings.ContainsAny(q.Content[:1], "=+-@") {
					content = content[1:]
				}
				if content != q.Content {
					t.Errorf("record %d quote %q, want %q", i, content, q.Content)
				}
				// Numbers are numbers: never guarded.
				if v, err := strconv.ParseFloat(rec[6], 64); err != nil || v < -1 || v > 1 {
					t.Errorf("record %d stance %q is not a number in [-1, 1]", i, rec[6])
				}
				if s, e := atoi(t, rec[8]), atoi(t, rec[9]); s != q.Start || e != q.End || docs[i].Text[s:e] != q.Content {
					t.Errorf("record %d offsets %d:%d do not point at the quote", i, s, e)
				}
				for c, f := range rec {
					if report.CSVSafe(f) != f {
						t.Errorf("record %d field %d %q could run as a formula", i, c, f)
					}
				}
			}
		})
	}
}

// FuzzQuotesCSV writes arbitrary quote text through the CSV writer and
// reads it back: the record is intact, formula-safe, and one per quote.
func FuzzQuotesCSV(f *testing.F) {
	for _, s := range []string{"“We will talk,” he said", "=1+1", "-5", "a,b\n\"c\"", "@x", "\t", "안찬일 Песков —"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, content, speaker string) {
		var buf bytes.Buffer
		w, err := report.NewQuoteWriter(&buf, "csv", report.QuoteOptions{Targets: true})
		if err != nil {
			t.Fatal(err)
		}
		art := &analysis.Article{Article: &corpus.Article{Document: "d", Outlet: "o"}, Quotes: []analysis.Quote{
			{Quote: attribution.Quote{Type: attribution.Direct, Content: content, Speaker: speaker},
				Targets: []analysis.TargetStance{{Target: speaker}}},
		}}
		if err := w.Write(art); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatalf("CSV does not read back: %v", err)
		}
		if len(recs) != 2 {
			t.Fatalf("%d records, want header and one quote", len(recs))
		}
		got := recs[1][4]
		if report.CSVSafe(content) != got && strings.ReplaceAll(report.CSVSafe(content), "\r\n", "\n") != got {
			// encoding/csv turns \r\n inside quoted fields into \n on reading.
			t.Errorf("quote read back as %q, want %q", got, report.CSVSafe(content))
		}
		for _, f := range recs[1] {
			if report.CSVSafe(f) != f {
				t.Errorf("field %q could run as a formula", f)
			}
		}
	})
}

// FuzzQuotesJSONL writes arbitrary quote text as JSON lines: every line
// parses and the text reads back as encoding/json would give it.
func FuzzQuotesJSONL(f *testing.F) {
	for _, s := range []string{"“We will talk,” he said", "tab\there", "nul\x00", "bad \xff utf8", "line\u2028sep", `back\slash "q"`, "<b>&</b>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, content string) {
		var buf bytes.Buffer
		w, err := report.NewQuoteWriter(&buf, "jsonl", report.QuoteOptions{Targets: true, Quotation: true})
		if err != nil {
			t.Fatal(err)
		}
		art := &analysis.Article{Article: &corpus.Article{Document: content, Outlet: "o"}, Quotes: []analysis.Quote{
			{Quote: attribution.Quote{Type: attribution.Direct, Content: content, Speaker: content},
				Targets: []analysis.TargetStance{{Target: content}}, Quotation: content},
		}}
		if err := w.Write(art); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if n := bytes.Count(buf.Bytes(), []byte("\n")); n != 1 {
			t.Fatalf("%d lines, want 1: %q", n, buf.Bytes())
		}
		var rec struct {
			Quote   string `json:"quote"`
			Targets []struct {
				Target string  `json:"target"`
				Stance float64 `json:"stance"`
			} `json:"targets"`
		}
		if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
			t.Fatalf("line does not parse: %v\n%s", err, buf.Bytes())
		}
		enc, _ := json.Marshal(content)
		var want string
		if err := json.Unmarshal(enc, &want); err != nil {
			t.Fatal(err)
		}
		if rec.Quote != want || len(rec.Targets) != 1 || rec.Targets[0].Target != want {
			t.Errorf("read back %q (targets %+v), want %q", rec.Quote, rec.Targets, want)
		}
	})
}
