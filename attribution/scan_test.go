package attribution

import (
	"strings"
	"testing"
)

func TestByteFinder(t *testing.T) {
	tests := []struct {
		text, bytes string
		from        []int // queries, in order: mostly forward, as the scans go
	}{
		{"no stop here", ".?!", []int{0, 5, 12}},
		{"One. Two? Three!", ".?!", []int{0, 3, 4, 9, 10, 15, 16}},
		{"a.b.c", ".?!", []int{3, 0, 2, 1}}, // queries before earlier ones
		{`He said "no" and 'yes' &amp; “maybe”`, "\"'\xe2&", []int{0, 9, 12, 18, 24, 25, 30, 33, 40}},
	}
	for _, tt := range tests {
		f := newByteFinder(tt.text, len(tt.text), tt.bytes)
		for _, i := range tt.from {
			want := i
			for want < len(tt.text) && strings.IndexByte(tt.bytes, tt.text[want]) < 0 {
				want++
			}
			if got := f.from(i); got != want {
				t.Errorf("%q: from(%d) = %d, want %d", tt.text, i, got, want)
			}
		}
	}
}

// TestSentWords checks that the words of a part of a sentence, sliced from
// the sentence's words, are those that reading the part afresh gives, and
// that a part whose boundaries cut a word or a mark is read afresh.
func TestSentWords(t *testing.T) {
	text := `Smith, who leads the party's “reform” wing, said on Tuesday: the U.S.-led plan &quot;works&quot; – for now.`
	st := &state{text: text, lower: new(lowerCase)}
	st.sent = appendWords(nil, text, st.lower, 0, len(text), nil)
	st.sentS, st.sentE = 0, len(text)
	cut := 0
	for s := 0; s <= len(text); s++ {
		for e := s; e <= len(text); e++ {
			sub, ok := st.sentWords(s, e)
			if !ok {
				cut++
				continue
			}
			want := appendWords(nil, text, st.lower, s, e, nil)
			if len(sub) != len(want) {
				t.Fatalf("[%d:%d] %q: %d words sliced, %d read", s, e, text[s:e], len(sub), len(want))
			}
			for i := range want {
				if sub[i] != want[i] {
					t.Fatalf("[%d:%d] %q: word %d is %+v, read %+v", s, e, text[s:e], i, sub[i], want[i])
				}
			}
		}
	}
	if cut == 0 {
		t.Error("no part was read afresh")
	}
}

// TestCountWords checks countWords and hasWords, which read 8 bytes at a
// time, against a count byte by byte, for every part of texts whose words
// cross the 8-byte chunks.
func TestCountWords(t *testing.T) {
	slow := func(s string) int {
		n, in := 0, false
		for i := 0; i < len(s); i++ {
			w := countByte[s[i]]
			if w && !in {
				n++
			}
			in = w
		}
		return n
	}
	var all strings.Builder
	for c := range 256 {
		all.WriteByte(byte(c))
		all.WriteByte(' ')
	}
	for _, text := range []string{
		"“We will appeal,” Karl Olsen said. Don't — it's mid-term; 1,000 @ [x] `y` {z} ÉLAN naïve",
		"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 '-'- -- '' @[`{/:",
		all.String(),
	} {
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text) && j <= i+40; j++ {
				want := slow(text[i:j])
				if got := countWords(text[i:j]); got != want {
					t.Fatalf("countWords(%q) = %d, want %d", text[i:j], got, want)
				}
				for n := range want + 2 {
					if got := hasWords(text[i:j], n); got != (want >= n) {
						t.Fatalf("hasWords(%q, %d) = %v, %d words", text[i:j], n, got, want)
					}
				}
			}
		}
	}
}

// TestTrimClosing checks trimClosing against the strings.TrimRight it
// stands for, on words with closing punctuation and broken runes.
func TestTrimClosing(t *testing.T) {
	for _, f := range []string{"", "Press", "Press,”", "Union.’”", "U.S.", "?!", "’", "”", "a\xe2\x80", "a\x99", "a\xe2\xe2\x80\x99",
		"Haley.'\"", "naïve”", "x—", "“Meet"} {
		if got, want := trimClosing(f), strings.TrimRight(f, ",.!?’'\"”"); got != want {
			t.Errorf("trimClosing(%q) = %q, want %q", f, got, want)
		}
	}
}
