package attribution

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestWordClasses checks that a word's classes answer as lookups in the
// word sets do, for its text and its lower-case form.
func TestWordClasses(t *testing.T) {
	for _, cs := range classSets() {
		for w, in := range cs.set {
			ws := words(w, 0, len(w), nil)
			if len(ws) != 1 || ws[0].text != w {
				continue // a key that is no single word ("had,") is never looked up as one
			}
			if ws[0].is(cs.c) != in {
				t.Errorf("%q: class %b is %v, the set says %v", w, cs.c, !in, in)
			}
		}
	}
	tests := []struct {
		text        string
		c           wordClass
		is, lowerIs bool
	}{
		{"said", cCue, true, true},
		{"Said", cCue, false, true},
		{"The", cDeterminer, false, true},
		{"spokesperson", cOrgWord, false, false}, // false in orgWords
		{"and", cSkipBefore, false, false},       // false in skipBefore
		{"He", cPronoun, true, true},
		{"talked", cPhrasal, true, true},
		{"states", cCueNext, true, true},
		{"Kremlin", cOrgWord, false, true},
		{"ÉTAT", cCue, false, false},
	}
	for _, tt := range tests {
		ws := words(tt.text, 0, len(tt.text), nil)
		if len(ws) != 1 {
			t.Fatalf("%q: %d words", tt.text, len(ws))
		}
		if ws[0].is(tt.c) != tt.is || ws[0].lowerIs(tt.c) != tt.lowerIs {
			t.Errorf("%q class %b: is %v lowerIs %v, want %v %v", tt.text, tt.c, ws[0].is(tt.c), ws[0].lowerIs(tt.c), tt.is, tt.lowerIs)
		}
	}
}

// TestNorm checks the alias key of names, and that the buffer form agrees.
func TestNorm(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The White House", "white house"},
		{"Kim Jong-un", "kim jong un"},
		{"  Dmitry   S. Peskov ", "dmitry s peskov"},
		{"O’Brien", "o'brien"},
		{"ÉLYSÉE\u00a0Palace", "élysée palace"},
		{"the", "the"},
		{"", ""},
	} {
		if got := norm(tc.in); got != tc.want {
			t.Errorf("norm(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got := string(appendNorm([]byte("x"), tc.in)); got != "x"+tc.want {
			t.Errorf("appendNorm(x, %q) = %q, want %q", tc.in, got, "x"+tc.want)
		}
	}
}

// TestWordForms checks what the tokeniser's shortcuts must keep: a word's
// lower case is strings.ToLower of its text, its classes are those of the
// table (with cCapital as it starts with a capital), whether the lower case
// is written into a lowerCase or not.
func TestWordForms(t *testing.T) {
	text := `“We will appeal,” Karl Olsen said. Trump’s aides don’t agree; DON’T, O’Neill, ÉLAN and naïve NAÏVE Élan,
the U.S.-led plan cost 1,000 or 2.5 million (PolNeAR) — İstanbul ǅx ϒ. SAYS Says says
Reportedly ACCORDING According didn't Didn’t WON'T`
	tab := classes()
	for _, lc := range []*lowerCase{nil, new(lowerCase)} {
		for _, w := range appendWords(nil, text, lc, 0, len(text), nil) {
			if w.lower != strings.ToLower(w.text) || w.is(cCapital) != isCap(w.text) || w.lowerIs(cCapital) != isCap(w.lower) ||
				w.cls&^cCapital != tab.get(w.text) || w.lcls&^(cCapital|cPlainLower) != tab.get(w.lower) ||
				w.lowerIs(cPlainLower) && strings.ContainsFunc(w.lower, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
				t.Errorf("%q: lower %q, classes %x %x", w.text, w.lower, w.cls, w.lcls)
			}
		}
	}
}

// TestKeys checks the table's keys: a part of a text has the key of the
// same string on its own wherever it lies (near the end of the text, where
// no 8 bytes can be read at once, too), lower8 lowers every byte as
// asciiCaseBit does, and lowerCase.of gives the lower case and its key.
func TestKeys(t *testing.T) {
	for c := range 256 {
		for _, fill := range []uint64{0, 0x4141414141414100, 0xc3c3c3c3c3c3c300} {
			x := fill | uint64(c)
			want := fill | uint64(c|int(asciiCaseBit[c]))
			for k := 1; k < 8; k++ {
				b := byte(fill >> (8 * k))
				want = want&^(0xff<<(8*k)) | uint64(b|asciiCaseBit[b])<<(8*k)
			}
			if got := lower8(x); got != want {
				t.Fatalf("lower8(%#x) = %#x, want %#x", x, got, want)
			}
		}
	}
	for _, text := range []string{
		"Said SAYS a Spokeswoman for the MINISTRY’S Commissioners, INTERNATIONALLY",
		"x", "Ab", "ÉLAN Trump’s",
	} {
		lc := new(lowerCase)
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text); j++ {
				if got, want := keyAt(text, i, j-i), keyOf(strings.Clone(text[i:j])); got != want {
					t.Errorf("keyAt(%q, %d, %d) = %#x, keyOf gives %#x", text, i, j-i, got, want)
				}
				if !utf8.ValidString(text[i:j]) || strings.ContainsRune(text[i:j], 'É') {
					continue // of is for words, with no letter beyond ASCII
				}
				for _, l := range []*lowerCase{nil, lc} {
					low, k := l.of(text, i, j)
					if want := strings.ToLower(text[i:j]); low != want || k != keyOf(want) {
						t.Errorf("of(%q) = %q %#x, want %q %#x", text[i:j], low, k, want, keyOf(want))
					}
				}
			}
		}
	}
}
