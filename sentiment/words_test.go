package sentiment

import "testing"

// TestWordSlots checks that the hash table finds every word of the word
// table, and nothing else.
func TestWordSlots(t *testing.T) {
	lookupWord("")
	for w, in := range wordTable {
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
		low, in := lowerWord(tc.raw)
		if low != tc.low || in != lookupWord(tc.low) {
			t.Errorf("lowerWord(%q) = %q, %p, want %q, %p", tc.raw, low, in, tc.low, lookupWord(tc.low))
		}
	}
}
