package report_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quotelens/quotelens/report"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v; run go test ./report -run %s -update to create it", err, t.Name())
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got); if the change is intended run go test ./report -update:\n%s", path, diff)
	}
}

func fixtureAggregate() *report.Aggregate {
	agg := report.NewAggregate()
	for _, art := range fixture() {
		agg.Add(art)
	}
	return agg
}

func TestTablesGolden(t *testing.T) {
	agg := fixtureAggregate()
	all := []report.Table{agg.Speakers(), agg.Outlets(), agg.Matrix(), agg.Targets(), report.TraceTable(fixtureQuotations())}
	for _, format := range []string{"table", "markdown", "csv", "json"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := report.WriteTables(&buf, format, all...); err != nil {
				t.Fatal(err)
			}
			golden(t, "tables."+format+".golden", buf.Bytes())
		})
	}
	// A single table is plain CSV: no "# name" line.
	var buf bytes.Buffer
	if err := report.WriteTables(&buf, "csv", agg.Speakers()); err != nil {
		t.Fatal(err)
	}
	golden(t, "speakers.csv.golden", buf.Bytes())
}

func TestQuotesGolden(t *testing.T) {
	for _, format := range report.QuoteFormats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			w, err := report.NewQuoteWriter(&buf, format, report.QuoteOptions{Targets: true, Quotation: true})
			if err != nil {
				t.Fatal(err)
			}
			for _, art := range fixture() {
				if err := w.Write(art); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			golden(t, "quotes."+format+".golden", buf.Bytes())
		})
	}
}
