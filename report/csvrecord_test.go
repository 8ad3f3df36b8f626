package report

import (
	"bytes"
	"encoding/csv"
	"testing"
)

// csvRef is what encoding/csv writes for rec.
func csvRef(t *testing.T, rec []string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	if err := w.Write(rec); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	return b.Bytes()
}

// TestAppendCSVRecord checks that appendCSVRecord writes what encoding/csv
// writes.
func TestAppendCSVRecord(t *testing.T) {
	for _, rec := range [][]string{
		{""}, {"", ""}, {"a", "b,c"}, {`say "no"`}, {"line\nbreak", "cr\rhere", "crlf\r\n"},
		{" lead", "\tlead", "\u00a0nbsp", "\u2028sep"}, {`\.`, `\.x`}, {"“curly”", "’s"}, {`"`, `""`, `a"`},
		{"'=SUM(A1)", "-0.250", "12"},
	} {
		if got, want := appendCSVRecord(nil, rec), csvRef(t, rec); !bytes.Equal(got, want) {
			t.Errorf("appendCSVRecord(%q) = %q, want %q", rec, got, want)
		}
	}
}

func FuzzAppendCSVRecord(f *testing.F) {
	f.Add("a", "b,c\n\"d\"")
	f.Add(" x", `\.`)
	f.Fuzz(func(t *testing.T, a, b string) {
		rec := []string{a, b}
		if got, want := appendCSVRecord([]byte("x"), rec), append([]byte("x"), csvRef(t, rec)...); !bytes.Equal(got, want) {
			t.Fatalf("appendCSVRecord(%q) = %q, want %q", rec, got, want)
		}
	})
}
