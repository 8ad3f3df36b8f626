package trace

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"We'll talk", []string{"discuss"}},
		{"We will talk", []string{"discuss"}},
		{"They won’t STOP.", []string{"not", "end"}},
		{"Café déjà vu", []string{"caf", "deja", "vu"}},
		{"supplied / provided / provides", []string{"provid", "provid", "provid"}},
		{"", nil},
		{"the of and", nil},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSimilarity(t *testing.T) {
	const (
		bloomberg = "We will talk about all issues, without hurry. There is time"
		afp       = "We'll talk about all the issues, without haste. There is time"
		short     = "We will address all issues"
		kim000    = "I would like to take this opportunity to reiterate that we have always expressed our full and unconditional support for everything that the Russian government is doing to defend its sovereign rights and its security interests in the face of such regional hegemonic forces"
		kim004    = "Russia is currently facing […] to such hegemonist forces to protect its security interests. We have always expressed our full and unconditional support for all measures taken by the Russian government"
		miller    = "traveling across his own country, hat in hand, to beg Kim Jong Un for military assistance."
		an003     = "If North Korea's multiple rocket launchers and other artillery shells are provided to Russia in large quantities, it could have a significant impact on the war in Ukraine"
		an004     = "If North Korea’s multiple rocket launchers and other artillery shells are supplied to Russia in large quantities, it could have a significant impact on the war in Ukraine"
		putinSat  = "That’s precisely why we are here. The leader of North Korea has demonstrated a keen interest in rocket engineering, as they are actively pursuing advancements in the space domain."
	)
	tests := []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"contraction and synonym", bloomberg, afp, 0.95, 1},
		{"truncated with synonym", bloomberg, short, DefaultThreshold, 0.8},
		{"truncated, contracted", afp, short, DefaultThreshold, 0.8},
		{"two cuts of one long quote", kim000, kim004, DefaultThreshold, 0.9},
		{"identical mixed quote", miller, miller, 1, 1},
		{"provided / supplied", an003, an004, 0.95, 1},
		{"curly and straight apostrophes", "It’s the people's choice", "It's the people’s choice", 1, 1},
		{"reporting verb synonyms", "He stated that the plan would fail", "He said that the plan would fail", 1, 1},
		{"case and diacritics", "Zelenskyy met Erdoğan in ANKARA", "zelenskyy met erdogan in Ankara", 1, 1},
		{"own paraphrase, truncated", "The sanctions are hurting ordinary families across the country", "Sanctions hurt ordinary families", DefaultThreshold, 1},
		// negatives: different remarks must stay apart
		{"same speaker, other remark", bloomberg, putinSat, 0, 0.2},
		{"short, other remark", short, "That’s precisely why we are here.", 0, 0.2},
		{"shared topic words only", "Russia will supply shells to the army", "The army says it has no shells left and needs more from its allies", 0, DefaultThreshold - 0.01},
		{"one shared word", "We want peace", "Peace talks collapsed after the attack on the convoy", 0, DefaultThreshold - 0.01},
		{"empty", "", bloomberg, 0, 0},
		{"only stopwords", "it is what it is", "it is what it is", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ab, ba := Similarity(tt.a, tt.b), Similarity(tt.b, tt.a)
			if ab != ba {
				t.Errorf("not symmetric: %v vs %v", ab, ba)
			}
			if ab < tt.min || ab > tt.max {
				t.Errorf("Similarity = %.3f, want in [%.2f, %.2f]\n a: %q\n b: %q", ab, tt.min, tt.max, Tokens(tt.a), Tokens(tt.b))
			}
		})
	}
}

func FuzzSimilarity(f *testing.F) {
	f.Add("We will talk about all issues, without hurry. There is time", "We will address all issues")
	f.Add("won't can't y'all", "’’’ ' ``")
	f.Add("é\u0301\u0301", "\xff\xfe")
	f.Fuzz(func(t *testing.T, a, b string) {
		ab, ba := Similarity(a, b), Similarity(b, a)
		if math.IsNaN(ab) || ab < 0 || ab > 1 {
			t.Fatalf("Similarity(%q, %q) = %v, want in [0,1]", a, b, ab)
		}
		if math.Abs(ab-ba) > 1e-12 {
			t.Fatalf("asymmetric: %v vs %v", ab, ba)
		}
		if aa := Similarity(a, a); len(Tokens(a)) > 0 && aa != 1 {
			t.Fatalf("Similarity(a, a) = %v for %q", aa, a)
		}
	})
}

// TestSortedSet checks sortedSet against slices.Sort and slices.Compact
// on lists of every length up to and past the insertion sort, with and without duplicates,
// and with hashes in one or several of its ranges.
func TestSortedSet(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for n := range 41 {
		for _, draw := range []func() uint64{r.Uint64, func() uint64 { return r.Uint64N(8) }, func() uint64 { return r.Uint64N(8) << 61 }} {
			hs := make([]uint64, n)
			for i := range hs {
				hs[i] = draw()
			}
			want := slices.Compact(slices.Sorted(slices.Values(hs)))
			if got := sortedSet(slices.Clone(hs)); !slices.Equal(got, want) {
				t.Fatalf("sortedSet(%x) = %x, want %x", hs, got, want)
			}
		}
	}
}
