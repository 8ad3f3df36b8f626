package sentiment

import (
	"hash/fnv"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWordSlots checks that the hash table finds every word of the word
// table, and nothing else.
func TestWordSlots(t *testing.T) {
	lookupWord("")
	for w, in := range wordTable {
		if in.uni == 0 {
			t.Fatalf("%q: uni 0, which tells noInfo", w) // wholeWords reads it so
		}
		if got := lookupWord(w); got != in {
			t.Fatalf("lookupWord(%q) = %p, want %p", w, got, in)
		}
		if got := lookupWordBytes([]byte(w)); got != in {
			t.Fatalf("lookupWordBytes(%q) = %p, want %p", w, got, in)
		}
	}
	for _, w := range []string{"", "zzzzqx", "Good", "good ", "quotelens"} {
		if want, ok := wordTable[w]; ok {
			if lookupWord(w) != want {
				t.Errorf("lookupWord(%q) is not the table's", w)
			}
		} else if lookupWord(w) != &noInfo {
			t.Errorf("lookupWord(%q) found a word not in the table", w)
		}
	}
	for _, tc := range []struct{ raw, low string }{
		{"good", "good"}, {"GOOD", "good"}, {"Good", "good"}, {"Zzzqx", "zzzqx"},
		{"won’t", "won't"}, {"Café", "café"}, {"ÉTÉ", "été"},
	} {
		low, in, _ := lowerWord(tc.raw, nil)
		if low != tc.low || in != lookupWord(tc.low) {
			t.Errorf("lowerWord(%q) = %q, %p, want %q, %p", tc.raw, low, in, tc.low, lookupWord(tc.low))
		}
	}
}

// tokenizeRef is tokenize written with unicode's functions on every rune,
// as it was before its ASCII table: FuzzTokenize checks the two agree.
func tokenizeRef(text string) []token {
	var toks []token
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.') && j+n2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			low, info, _ := lowerWord(text[i:j], nil)
			toks = append(toks, tokenFlags(token{raw: text[i:j], low: low, start: i, info: info}))
			i = j
			continue
		}
		if r == utf8.RuneError && n == 1 {
			i++
			continue
		}
		toks = append(toks, tokenFlags(token{raw: text[i : i+n], low: text[i : i+n], start: i, info: punctInfo(text[i : i+n])}))
		i += n
	}
	return toks
}

// tokenFlags sets t's alnum (raw is ASCII letters and digits only), and
// its curly and same as the VADER lower case was computed before the
// flags: raw when raw is low and begins with an ASCII byte, else
// strings.ToLower(raw) when raw holds ’, else low.
func tokenFlags(t token) token {
	t.alnum = t.raw != "" && strings.Trim(t.raw, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == ""
	t.curly = strings.Contains(t.raw, "’")
	vlow := t.low
	if t.low == t.raw && t.raw != "" && t.raw[0] < utf8.RuneSelf {
		vlow = t.raw
	} else if t.curly {
		vlow = strings.ToLower(t.raw)
	}
	t.same = t.raw == vlow
	return t
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "We won’t stop.", "U.S.-led talks\u00a0in Kyiv—“now”", "x\xffy 3.5 e-mail", "ÉTÉ \u2028 ١٢٣ naïve", "\u0085\u1680a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := tokenize(s), tokenizeRef(s); !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q) = %v, want %v", s, got, want)
		}
		if _, _, got := appendTokens(nil, nil, s); got != (asciiPrefix(s) == len(s)) {
			t.Fatalf("appendTokens(%q): textASCII %v", s, got)
		}
	})
}

// TestWordFeatures checks appendWordFeatures against hashSlot, on words
// in the word table (info set) and not (info nil, as wordSeq leaves it).
func TestWordFeatures(t *testing.T) {
	var ws []seqWord
	for _, w := range []string{"the", "xyzzy", "NOT_good", "good", "<e>", "said", "qqq", "a"} {
		in := lookupWord(w)
		if in == &noInfo {
			in = nil
		}
		ws = append(ws, seqWord{word: w, info: in})
	}
	for n := 0; n <= len(ws); n++ {
		var want []Feature
		for i, w := range ws[:n] {
			want = append(want, Feature{hashSlot('u', w.word), uniValue})
			if i+1 < n {
				want = append(want, Feature{hashSlot('b', w.word, " ", ws[i+1].word), biValue})
			}
		}
		if got := appendWordFeatures(nil, ws[:n]); !slices.Equal(got, want) {
			t.Errorf("%d words: %v, want %v", n, got, want)
		}
	}
}

// TestFNVAdd checks fnvAdd against hash/fnv's
// FNV-1a.
func TestFNVAdd(t *testing.T) {
	for _, s := range []string{"", "a", "ab", "abc", "abcd", "abcde", "NOT_condemned", "u.s.", "<t>", "héllo wörld 123"} {
		h := fnv.New32a()
		h.Write([]byte(s))
		if got, want := fnvAdd(fnvOffset, s), h.Sum32(); got != want {
			t.Errorf("fnvAdd(%q) = %#x, want %#x", s, got, want)
		}
		if got, want := fnvAdd(fnvAdd(fnvOffset, "b"), s), wordHash("b"+s); got != want {
			t.Errorf("fnvAdd after b, %q = %#x, want %#x", s, got, want)
		}
	}
}

// TestWholeWords checks wholeWords against the word sequence towards no
// target: its features and the valences of its words that are not 0.
func TestWholeWords(t *testing.T) {
	for _, text := range []string{
		"",
		"good",
		"The talks were a great success, officials said.",
		"They did not support the deal and never praised it.",
		"He would not back Anna Maria Brown or John Smith.", // names in negation scope
		"Critics said Anna Brown and Mr. Jones were not good allies.",
		"“We don’t condemn anyone,” said Lee, “but we are concerned.”",
		"NOT good, not bad; hardly a disaster - not at all",
	} {
		p := &prepared{text: text}
		p.tokenize()
		ws, _ := p.wordSeq(-1, -1)
		want := appendWordFeatures(nil, ws)
		var wantVals []float64
		for _, w := range ws {
			if w.val != 0 {
				wantVals = append(wantVals, w.val)
			}
		}
		f, vals := p.wholeWords()
		if !slices.Equal(f, want) {
			t.Errorf("%q: features %v, want %v", text, f, want)
		}
		if !slices.Equal(vals, wantVals) {
			t.Errorf("%q: valences %v, want %v", text, vals, wantVals)
		}
	}
}

// TestGeneralPunct checks that the runes generalPunct classes as
// punctuation are no space, letter or digit, and that it takes in the
// curly quotation marks and dashes.
func TestGeneralPunct(t *testing.T) {
	for r := rune(0); r <= 0x3000; r++ {
		if generalPunct(r) && (unicode.IsSpace(r) || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			t.Errorf("generalPunct(%U), a space, letter or digit", r)
		}
	}
	for _, r := range "‘’“”–—…" {
		if !generalPunct(r) {
			t.Errorf("generalPunct(%q) is false", r)
		}
	}
}
