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

// TestCSVNeedsQuotes checks csvNeedsQuotes against encoding/csv on fields
// of every length up to 40 bytes with each byte that needs quotes, and
// other bytes near them, at every position, and with each leading space.
func TestCSVNeedsQuotes(t *testing.T) {
	check := func(field string) {
		t.Helper()
		want := csvRef(t, []string{field})[0] == '"'
		if got := csvNeedsQuotes(field); got != want {
			t.Fatalf("csvNeedsQuotes(%q) = %v, want %v", field, got, want)
		}
	}
	const plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN"
	for n := range len(plain) + 1 {
		check(plain[:n])
		for i := range n {
			for _, c := range []byte{',', '"', '\n', '\r', '+', '-', '!', '#', '\t', '\x0b', ' ', 0x8c, 0xa2, 0xad, 0x00} {
				b := []byte(plain[:n])
				b[i] = c
				check(string(b))
			}
		}
		for _, lead := range []string{" ", "\t", "\v", "\f", "\u0085", "\u00a0", "\u2028", "\u3000", "x"} {
			check(lead + plain[:n])
		}
	}
}
