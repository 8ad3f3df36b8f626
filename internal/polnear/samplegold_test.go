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
