package report_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quotelens/quotelens/report"
)

// TestCSVInLibreOffice opens the quotes CSV in LibreOffice Calc (headless:
// CSV → xlsx → CSV with text cells quoted) and checks what the spreadsheet
// holds: every row and column, names and punctuation intact, numbers as
// numbers, and formula-like text as text.
func TestCSVInLibreOffice(t *testing.T) {
	bin := ""
	for _, name := range []string{"libreoffice", "soffice"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui); skipping the spreadsheet check")
	}
	if testing.Short() {
		t.Skip("-short: skipping the spreadsheet check")
	}
	dir := t.TempDir()
	var buf bytes.Buffer
	w, err := report.NewQuoteWriter(&buf, "csv", report.QuoteOptions{BOM: true, Targets: true, Quotation: true})
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
	if err := os.WriteFile(filepath.Join(dir, "quotes.csv"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	profile := "-env:UserInstallation=file://" + filepath.Join(dir, "profile")
	run := func(args ...string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, append([]string{"--headless", profile}, args...)...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("libreoffice %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	// 44,34,76,1: comma-separated, '"' quoted, UTF-8, from line 1.
	run("--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "quotes.csv")
	run("--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", "back", "quotes.xlsx")
	back, err := os.ReadFile(filepath.Join(dir, "back", "quotes.csv"))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(back)).ReadAll()
	if err != nil {
		t.Fatalf("LibreOffice's CSV does not parse: %v\n%s", err, back)
	}
	orig, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(orig) || len(recs[0]) != len(orig[0]) {
		t.Fatalf("spreadsheet has %d rows × %d columns, want %d × %d", len(recs), len(recs[0]), len(orig), len(orig[0]))
	}
	if got := strings.TrimPrefix(recs[0][0], "\uFEFF"); got != "document" {
		t.Errorf("first cell %q, want document (is the BOM read as text?)", recs[0][0])
	}
	// Text cells come back as written (the apostrophe guard included, so
	// nothing ran as a formula); numeric cells come back unquoted.
	lines := strings.Split(strings.TrimSpace(string(back)), "\n")
	for i, rec := range recs[1:] {
		for c, cell := range rec {
			want := orig[i+1][c]
			switch recs[0][c] {
			case "stance", "start", "end", "stance_confidence", "paragraph":
				if strings.Contains(lines[i+1], `"`+want+`"`) && want != "" {
					t.Errorf("row %d %s %q became text", i+1, recs[0][c], want)
				}
				continue
			}
			if cell != want {
				t.Errorf("row %d %s = %q in the spreadsheet, want %q", i+1, recs[0][c], cell, want)
			}
		}
	}
}
