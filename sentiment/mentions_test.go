package sentiment

import (
	"slices"
	"strings"
	"testing"
)

// firstMention is the plain statement of what Scorer.mentions finds for
// one target: the earliest start of one of its names in asciiLower(text)
// at word boundaries, the longest name winning at one start.
func firstMention(text string, t Target) (int, int) {
	low := asciiLower(text)
	bs, be := -1, -1
	for _, a := range targetNames(t) {
		for off := 0; off <= len(low); {
			k := strings.Index(low[off:], a)
			if k < 0 {
				break
			}
			st, en := off+k, off+k+len(a)
			if isBoundary(low, st, true) && isBoundary(low, en, false) {
				if bs < 0 || st < bs {
					bs, be = st, en
				}
				break
			}
			off = st + 1
		}
	}
	return bs, be
}

var mentionTargets = append(DefaultTargets(),
	Target{Name: "Kim", Aliases: []string{"Kim Jong Un", "kim jong", " ", "Ünal", "the", "Café", "the café"}},
	Target{Name: "US", Aliases: []string{"U.S", "u.s."}},
)

func checkMentions(t *testing.T, text string) {
	s, err := New(Options{Targets: mentionTargets})
	if err != nil {
		t.Fatal(err)
	}
	span := make([]int, 2*len(mentionTargets))
	for i := range span {
		span[i] = -1
	}
	s.mentions(text, span)
	for k, tg := range mentionTargets {
		bs, be := firstMention(text, tg)
		if span[2*k] != bs || span[2*k+1] != be {
			t.Errorf("%q, %s: mentions %d-%d, want %d-%d", text, tg.Name, span[2*k], span[2*k+1], bs, be)
		}
	}
}

// alnumTargets are mentionTargets without the names that do not begin
// with an ASCII letter or digit, for tokenMentions.
var alnumTargets = append(DefaultTargets(),
	Target{Name: "Kim", Aliases: []string{"Kim Jong Un", "kim jong", "the"}},
	Target{Name: "US", Aliases: []string{"U.S", "u.s.", "1st"}},
)

// checkTokenMentions checks that tokenMentions finds what mentions finds,
// with alnumTargets and with DefaultTargets (whose names that begin with
// "the" all go on: Scorer.longer).
func checkTokenMentions(t *testing.T, text string) {
	checkTokenMentionsOf(t, text, alnumTargets)
	checkTokenMentionsOf(t, text, DefaultTargets())
}

func checkTokenMentionsOf(t *testing.T, text string, targets []Target) {
	s, err := New(Options{Targets: targets})
	if err != nil {
		t.Fatal(err)
	}
	if !s.alnumNames {
		t.Fatal("alnumNames not set")
	}
	want, got := make([]int, 2*len(targets)), make([]int, 2*len(targets))
	for i := range want {
		want[i], got[i] = -1, -1
	}
	s.mentions(text, want)
	s.tokenMentions(text, tokenize(text), got)
	if !slices.Equal(got, want) {
		t.Errorf("%q: tokenMentions %v, mentions %v", text, got, want)
	}
}

func TestMentions(t *testing.T) {
	for _, text := range []string{
		"", "the U.S. and the US, USA", "Kim Jong Un met KIM JONG in Pyongyang", "Russian Federation, russia",
		"Washingtonian America's Ünal ünal", "the the", "X-Kyiv Kyiv1 Kyiv's", "Beijing\u00a0China–PRC",
		"pro-Russia anti-U.S. don’t-Kyiv ÜRussia naïveChina 1st", "“America” the\u2028US",
		"CAFÉ the CAFé café", "THE CAFÉ",
		"“Kyiv”—Russia’s “US—China” ‘PRC’ éé–USA", "Ü\u00a0Kyiv ÜK Kyivé",
		"the talks, the Kremlin said; THE US and the u.s. met", "in the", "in the U", "the Unite", "the K", "the USSR and the UK",
	} {
		checkMentions(t, text)
		checkTokenMentions(t, text)
	}
	if s, _ := New(Options{Targets: mentionTargets}); s.alnumNames {
		t.Error("mentionTargets: alnumNames set")
	}
}

func FuzzMentions(f *testing.F) {
	f.Add("Kim Jong Un met the U.S. in Pyongyang and Moscow")
	f.Add("the talks at the Kremlin, the US said")
	f.Fuzz(func(t *testing.T, text string) {
		checkMentions(t, text)
		checkTokenMentions(t, text)
	})
}
