package trace

import (
	"slices"
	"testing"
)

// foldCases are texts whose folding takes each path of foldInto.
var foldCases = []string{
	"",
	"We will talk about all issues",
	"WE WON'T STOP",
	"They won’t stop, she said: “No.”",
	"‘Quoted’ – and — then… more",
	"a\u00a0b",
	"`backtick`",
	"Café déjà vu",
	"e\u0301 combining",
	"İstanbul ΣΊΣΥΦΟΣ",
	"bad \xff byte",
	"the of and it is what it is",
	"should could would these those every",
}

// TestFoldInto checks that the buffer fold and the set and filter lookups
// give what fold and the maps give.
func TestFoldInto(t *testing.T) {
	var buf []byte
	for _, s := range foldCases {
		if got, want := foldInto(s, &buf), fold(s); got != want {
			t.Errorf("foldInto(%q) = %q, want %q", s, got, want)
		}
		var got []string
		eachTokenOf(foldInto(s, &buf), func(t string) { got = append(got, t) })
		if want := Tokens(s); !slices.Equal(got, want) {
			t.Errorf("tokens of foldInto(%q) = %q, want %q", s, got, want)
		}
	}
	for _, w := range []string{"the", "a", "should", "every", "such", "theirs", "x", "", "because", "whomever"} {
		if got, want := stopwordSet.has(w), stopwords[w]; got != want {
			t.Errorf("stopwordSet.has(%q) = %v, want %v", w, got, want)
		}
	}
	for w := range stopwords {
		if !stopwordSet.has(w) {
			t.Errorf("stopwordSet lacks %q", w)
		}
	}
	for w := range irregular {
		if !irregularKeys.mayHold(w) {
			t.Errorf("irregularKeys rules out %q", w)
		}
	}
	for w := range synonyms {
		if !synonymKeys.mayHold(w) {
			t.Errorf("synonymKeys rules out %q", w)
		}
	}
}

func FuzzFoldInto(f *testing.F) {
	for _, s := range foldCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf []byte
		if got, want := foldInto(s, &buf), fold(s); got != want {
			t.Fatalf("foldInto(%q) = %q, want %q", s, got, want)
		}
		var got []string
		eachTokenOf(foldInto(s, &buf), func(t string) { got = append(got, t) })
		if want := Tokens(s); !slices.Equal(got, want) {
			t.Fatalf("tokens of foldInto(%q) = %q, want %q", s, got, want)
		}
	})
}
