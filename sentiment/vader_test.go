package sentiment

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// vaderCases exercise each of VADER's rules.
var vaderCases = []string{
	"",
	"The plan is GOOD but the team is TERRIBLE!!!",
	"It was kind of good, sort of bad and just enough fun",
	"There is no good answer, no love, no hope or joy",
	"I have never been so happy. Without doubt the best, without any doubt great",
	"Not the least bit happy; at least they won. Very least happy",
	"He said it was the bomb and to die for, yeah right, the kiss of death",
	"Is this great??? Really??",
	"They aren't happy, they don’t like it, it isn't nice, nope, uh-uh good",
	"EXTREMELY good and VERY bad, AMAZINGLY awful",
	"ALL CAPS GOOD TEXT",
	"she wasn't sure; it was hardly too happy; barely good",
	"I love it 😀 and hate it 😡 :) :(",
	"Ⓜ Ⓐ © ® good",
	"\xff\xfe bad \u2019 good's",
	"The minister will visit Kyiv on Monday!!! Why??? Who???", // no word of the lexicon
	"Like the others, we support them and care!!!",            // lexicon words only among the masked ones
}

// TestVaderMatchesGovader checks vaderScratch.compound against govader itself on
// the same words, bit for bit.
func TestVaderMatchesGovader(t *testing.T) {
	texts := append([]string(nil), vaderCases...)
	for _, q := range sampleQuotes {
		texts = append(texts, q.quote)
	}
	for _, text := range texts {
		toks := tokenize(text)
		got, want := new(vaderScratch).compound(toks, true), vaderScores(toks).Compound
		if math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("%q: compound %v, govader %v", text, got, want)
		}
		checkUnmasked(t, text)
	}
}

// checkUnmasked compares vaderWords with govader on all the words of text
// (compound masks negators and news words, which VADER's rules read).
func checkUnmasked(t *testing.T, text string) {
	var words []*token
	var raws []string
	for _, tk := range tokenize(text) {
		if hasEmoji(tk.raw) {
			return
		}
		low := vaderLower(&tk)
		words = append(words, &token{raw: tk.raw, low: low, info: lookupWord(low), same: tk.raw == low})
		raws = append(raws, tk.raw)
	}
	got := vaderWords(vaderModel(), words)
	want := 0.0
	if len(words) > 0 {
		want = vaderModel().PolarityScores(strings.Join(raws, " ")).Compound
	}
	if math.Float64bits(got) != math.Float64bits(want) {
		t.Errorf("%q unmasked: vaderWords %v, govader %v", text, got, want)
	}
}

func FuzzVader(f *testing.F) {
	for _, c := range vaderCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := tokenize(text)
		got, want := new(vaderScratch).compound(toks, true), vaderScores(toks).Compound
		if math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("%q: compound %v, govader %v", text, got, want)
		}
		checkUnmasked(t, text)
	})
}

func TestASCIIPrefix(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"", 0}, {"abc", 3}, {"abcdefgh", 8}, {"abcdefghij", 10}, {"é", 0}, {"abcé", 3},
		{"abcdefgé", 7}, {"abcdefghé", 8}, {"abcdefghijklmnopé", 16}, {"a\x80", 1}, {"\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f", 9},
	} {
		if got := asciiPrefix(c.s); got != c.want {
			t.Errorf("asciiPrefix(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestHasEmoji checks hasEmoji, which skips ASCII runs, against a rune by
// rune reading.
func TestHasEmoji(t *testing.T) {
	vaderTables()
	ref := func(s string) bool {
		for _, r := range s {
			if r < utf8.RuneSelf && emojiASCII[r] || r >= utf8.RuneSelf && emojiRunes[r] {
				return true
			}
		}
		return false
	}
	for _, s := range []string{"", "plain ascii text", "“quoted” — dash", "smile 😀 here", "😀", "long ascii prefix before the emoji ❤", "bad \xff\xfe bytes", "x’y’z ‼"} {
		if got, want := hasEmoji(s), ref(s); got != want {
			t.Errorf("hasEmoji(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestVaderLower checks vaderLower against strings.ToLower of the raw
// word for words with ’, lower-cased or not, and low for the others.
func TestVaderLower(t *testing.T) {
	for _, text := range []string{"don’t", "Don’t", "DON’T", "it’s Trump’s", "’", "rock’n’roll", "Müller’s", "plain Words"} {
		for _, tk := range tokenize(text) {
			want := tk.low
			if tk.curly {
				want = strings.ToLower(tk.raw)
			}
			if got := vaderLower(&tk); got != want {
				t.Errorf("%q: vaderLower(%q) = %q, want %q", text, tk.raw, got, want)
			}
		}
	}
}
