package polnear

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/attribution"
)

// moduleRoot returns the module root above the package directory.
func moduleRoot(t testing.TB) string {
	t.Helper()
	root, err := ModuleRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func sampleGold(t testing.TB) (*SampleGold, string) {
	t.Helper()
	root := moduleRoot(t)
	g, err := LoadSampleGold(filepath.Join(root, "attribution", "testdata", "sample_gold.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return g, filepath.Join(root, "corpus", "sample")
}

// TestSampleGoldOracle checks the hand annotation itself: every content is
// found in its article, every article of the sample is annotated, and a
// predictor that returns exactly the gold quotes scores 1 everywhere.
func TestSampleGoldOracle(t *testing.T) {
	g, dir := sampleGold(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	annotated := map[string]bool{}
	for _, d := range g.Documents {
		annotated[d.File] = true
	}
	for _, f := range files {
		if !annotated[filepath.Base(f)] {
			t.Errorf("%s has no entry in sample_gold.yaml", f)
		}
	}
	byText := map[string][]attribution.Quote{}
	for _, d := range g.Documents {
		data, err := os.ReadFile(filepath.Join(dir, d.File))
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		for _, q := range d.Quotes {
			s, err := locate(text, q)
			if err != nil {
				t.Fatalf("%s: %v", d.File, err)
			}
			if q.Optional {
				continue
			}
			byText[text] = append(byText[text], attribution.Quote{
				Type: attribution.Type(q.Type), Start: s.Start, End: s.End, Content: q.Content,
				Speaker: q.Speaker, Via: q.Via, MentionStart: -1,
			})
		}
	}
	r, err := EvaluateSample(g, dir, func(text string) []attribution.Quote { return byText[text] })
	if err != nil {
		t.Fatal(err)
	}
	if r.Recall() != 1 || r.Precision() != 1 || r.SpeakerAccuracy() != 1 || r.TypeCorrect != r.Found || r.ViaCorrect != r.ViaTotal {
		var b strings.Builder
		WriteSampleReport(&b, r, true)
		t.Errorf("oracle does not score 1:\n%s", b.String())
	}
	if r.Required < 80 {
		t.Errorf("only %d required quotes annotated", r.Required)
	}
}

func TestNormalizeName(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Kim Jong-un", "Kim Jong Un"},
		{"the White House", "White House"},
		{"South Korea’s military", "South Korea's military"},
		{"U.S.", "US"},
	}
	for _, tc := range tests {
		if NormalizeName(tc.a) != NormalizeName(tc.b) {
			t.Errorf("NormalizeName(%q) = %q, NormalizeName(%q) = %q; want equal", tc.a, NormalizeName(tc.a), tc.b, NormalizeName(tc.b))
		}
	}
	if NormalizeName("Kim Yo-jong") == NormalizeName("Kim Jong Un") {
		t.Error("Kim Yo-jong and Kim Jong Un fold together")
	}
}

func TestLoadSampleGoldErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"unknown field", "documents:\n  - file: a.txt\n    quotes:\n      - content: x\n        typ: direct\n", "typ"},
		{"bad type", "documents:\n  - file: a.txt\n    quotes:\n      - content: x\n        type: quoted\n", "not direct, indirect or mixed"},
		{"unlisted speaker", "documents:\n  - file: a.txt\n    quotes:\n      - content: x\n        type: direct\n        speaker: Nobody\n", "not listed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "g.yaml")
			if err := os.WriteFile(p, []byte(tc.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadSampleGold(p)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), p) {
				t.Errorf("error = %v, want one naming %s and containing %q", err, p, tc.want)
			}
		})
	}
}

// TestSampleMergedPieces checks the containment rule of EvaluateSample: the
// gold lists the pieces of a split quote and a follow-on paragraph one by
// one, the predictor returns them merged into one quote; each piece is found
// only when the merged quote names an accepted speaker for it.
func TestSampleMergedPieces(t *testing.T) {
	dir := t.TempDir()
	text := "“The harbour will reopen in spring,” the mayor, Ana Ruiz, said. “Boats will come back.”\n“Trade will follow,” she added.\nThe council said repairs were late.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	g := &SampleGold{
		Speakers: map[string]SampleSpeaker{"Ana Ruiz": {Kind: "person"}, "council": {Kind: "organisation"}},
		Documents: []SampleDocument{{File: "a.txt", Quotes: []SampleQuote{
			{Content: "The harbour will reopen in spring,", Type: "direct", Speaker: "Ana Ruiz"},
			{Content: "Boats will come back.", Type: "direct", Speaker: "Ana Ruiz"},
			{Content: "Trade will follow,", Type: "direct", Speaker: "Ana Ruiz"},
			{Content: "repairs were late", Type: "indirect", Speaker: "council"},
		}}},
	}
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	merged := func(speaker string) Predictor {
		return func(string) []attribution.Quote {
			s, _ := at("The harbour")
			_, e := at("Trade will follow")
			rs, re := at("repairs were late")
			return []attribution.Quote{
				{Type: attribution.Direct, Start: s, End: e, Content: text[s:e], Speaker: speaker, MentionStart: -1},
				{Type: attribution.Indirect, Start: rs, End: re, Content: text[rs:re], Speaker: "council", MentionStart: -1},
			}
		}
	}
	tests := []struct {
		speaker          string
		found, predicted int
		correct          int
	}{
		{"Ana Ruiz", 4, 2, 2},
		{"ana ruiz", 4, 2, 2},
		// a wrong speaker: no piece is found (the merged quote is too long
		// to match any one of them) and the merged quote is a false positive
		{"Harbour Board", 1, 2, 1},
	}
	for _, tc := range tests {
		r, err := EvaluateSample(g, dir, merged(tc.speaker))
		if err != nil {
			t.Fatal(err)
		}
		if r.Found != tc.found || r.Predicted != tc.predicted || r.Correct != tc.correct {
			var b strings.Builder
			WriteSampleReport(&b, r, true)
			t.Errorf("speaker %q: found %d, predicted %d, correct %d; want %d, %d, %d\n%s", tc.speaker, r.Found, r.Predicted, r.Correct, tc.found, tc.predicted, tc.correct, b.String())
		}
	}
}
