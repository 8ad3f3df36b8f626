package trace

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// foldCases are texts whose tokens take each path of the tokenizer.
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
	"That’s O’Neill’s ‘rock ’n’ roll’, I’M SURE it`S",
	"'quoted' '' don't can't Won't let's y'all",
	"Studies studied STOPPING hopped buses boxes Russian",
	"“Nobody—nobody…” 2016’s 9/11",
}

// TestTokenizer checks that the tokenizer, reading the text word by word,
// looking words up in the word tables and reusing its buffers, gives what
// folding the whole text and looking words up in the maps gives.
func TestTokenizer(t *testing.T) {
	var tz tokenizer
	for _, s := range foldCases {
		checkTokens(t, &tz, s)
	}
}

// TestWordTable checks the tables' lookups against the maps they are made
// of, on every key and on words of every length that are not keys.
func TestWordTable(t *testing.T) {
	tables := []struct {
		name  string
		table *wordTable
		m     map[string]string
	}{
		{"lexicon", lexicon, lexiconOf(stopwords, irregular)},
		{"irregular", irregularTable, irregular},
		{"synonyms", synonymTable, synonyms},
	}
	others := []string{"", "x", "th", "thE", "the!", "every1", "shoulda", "becausee", "understoo",
		"understoodx", "significance", "demonstrating", "fifteen-bytes!!", "sixteen-bytes!!!"}
	for _, tt := range tables {
		for w, v := range tt.m {
			if got, ok := tt.table.get(w); !ok || got != v {
				t.Errorf("%s: get(%q) = %q, %v, want %q, true", tt.name, w, got, ok, v)
			}
			others = append(others, w[:len(w)-1], w+"s", "a"+w)
		}
	}
	for _, tt := range tables {
		for _, w := range others {
			want, wantOK := tt.m[w]
			if got, ok := tt.table.get(w); ok != wantOK || got != want {
				t.Errorf("%s: get(%q) = %q, %v, want %q, %v", tt.name, w, got, ok, want, wantOK)
			}
		}
	}
	for _, w := range []string{"the", "The", "THE", "EVERY", "Whom", "should", "Shoulda", "theirs", "x", "", "@", "`", "Because", "whomever", "said", "Said", "SAID", "Understood", "TOLD", "tolD", "Saids"} {
		lw := strings.ToLower(w)
		want, wantOK := irregular[lw]
		if stopwords[lw] {
			want, wantOK = "", true
		}
		if got, ok := lexicon.getFolded(w); ok != wantOK || got != want {
			t.Errorf("lexicon: getFolded(%q) = %q, %v, want %q, %v", w, got, ok, want, wantOK)
		}
	}
}

// TestStem checks stem against its first form, refStem, on the words of
// the tables and on words that end like the suffixes it strips.
func TestStem(t *testing.T) {
	words := strings.Fields(`ies dies flies studies ied tied spied studied ing king sing stopping
	ringing hopping ed bed red fled stopped added kissed es uses buses boxes fizzes taxes goes
	s is us ss yes gas bus kiss chaos status crisis bias news this e be see free tree code cease
	ian Ian Asian russian Russian Christian ys ds gs 3s 1990s 2016`)
	for _, g := range synonymGroups {
		words = append(words, g...)
	}
	for k, v := range irregular {
		words = append(words, k, v)
	}
	for _, w := range words {
		if got, want := stem(w), refStem(w); got != want {
			t.Errorf("stem(%q) = %q, want %q", w, got, want)
		}
	}
}

// checkTokens fails t when the tokens of s, from Tokens and from the
// reused tokenizer tz, differ from refTokens(s).
func checkTokens(t *testing.T, tz *tokenizer, s string) {
	t.Helper()
	want := refTokens(s)
	if got := Tokens(s); !slices.Equal(got, want) {
		t.Errorf("Tokens(%q) = %q, want %q", s, got, want)
	}
	// the hashes, from a tokenizer that read other texts before
	tz.tokens(s)
	hashes := make([]uint64, len(want))
	for i, w := range want {
		hashes[i] = hashString(w)
	}
	if got := tz.hashes; !slices.Equal(got, hashes) {
		t.Errorf("token hashes of %q = %x, want %x (of %q)", s, got, hashes, want)
	}
}

func FuzzTokenizer(f *testing.F) {
	for _, s := range foldCases {
		f.Add(s)
	}
	var tz tokenizer
	f.Fuzz(func(t *testing.T, s string) { checkTokens(t, &tz, s) })
}

// TestTokenizerMemo checks a tokenizer whose word memo has seen far more
// words than it has slots: words of every length up to 16 bytes, in
// every case, with apostrophes, among function words, irregular forms and
// contractions, read again after other words took their slots.
func TestTokenizerMemo(t *testing.T) {
	var tz tokenizer
	words := []string{"The", "SAID", "don't", "Korea's", "needn't", "WON'T", "y'all", "'quoted'", "it`s", "Sixteen-bytes!!!",
		// curly apostrophes: remembered as the word folded
		"don’t", "Korea’s", "KOREA’S", "needn’t", "WON’T", "y’all", "‘quoted’", "it’s", "’", "‘’", "internationally’s", "governments’"}
	for w := range lexiconOf(stopwords, irregular) {
		words = append(words, w, strings.ToUpper(w[:1])+w[1:])
	}
	r := rand.New(rand.NewPCG(1, 2))
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789''"
	for range 3 << memoBits {
		b := make([]byte, 1+r.IntN(16))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		words = append(words, string(b))
	}
	for range 3 {
		for i := 0; i < len(words); i += 7 {
			checkTokens(t, &tz, strings.Join(words[i:min(i+7, len(words))], " "))
		}
		r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	}
}
