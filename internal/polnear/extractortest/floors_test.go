// Package extractortest holds the accuracy floors of the attribution
// extractor on PolNeAR dev and on the hand-annotated sample corpus. It is a
// separate package so that the harness tests in internal/polnear do not
// depend on the extractor.
//
// The floors live in testdata/floors.json. After an improvement, record new
// ones (0.01–0.02 under the measured figures) with
//
//	go test ./internal/polnear/extractortest -update-floors
package extractortest

import (
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/internal/polnear"
)

var updateFloors = flag.Bool("update-floors", false, "record floors 0.01–0.02 under the figures measured now in testdata/floors.json")

const floorsFile = "testdata/floors.json"

// floors maps a test ("dev", "sample") to figure names and their floors.
type floors map[string]map[string]float64

func readFloors(t *testing.T) floors {
	t.Helper()
	data, err := os.ReadFile(floorsFile)
	if os.IsNotExist(err) {
		return floors{}
	}
	if err != nil {
		t.Fatal(err)
	}
	var f floors
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatalf("%s: %v (fix the file or rewrite it with -update-floors)", floorsFile, err)
	}
	return f
}

// check compares measured figures with the recorded floors of one test, or
// records new floors with -update-floors.
func check(t *testing.T, test string, got map[string]float64) {
	t.Helper()
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	f := readFloors(t)
	if *updateFloors {
		rec := map[string]float64{}
		for _, n := range names {
			rec[n] = math.Max(0, math.Floor((got[n]-0.01)*100)/100)
			t.Logf("%-26s %.3f → floor %.2f", n, got[n], rec[n])
		}
		f[test] = rec
		data, err := json.MarshalIndent(f, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(floorsFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(floorsFile, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	rec, ok := f[test]
	if !ok {
		t.Fatalf("%s has no floors for %q: run go test ./internal/polnear/extractortest -update-floors once the extractor works, and commit the file", floorsFile, test)
	}
	for _, n := range names {
		min, ok := rec[n]
		switch {
		case !ok:
			t.Errorf("%s: no floor for %q; rerun with -update-floors", floorsFile, n)
		case got[n] < min:
			t.Errorf("%s = %.3f, below its floor %.2f: accuracy has fallen (go run ./tools/evalquotes -errors 20 shows the errors)", n, got[n], min)
		default:
			t.Logf("%-26s %.3f (floor %.2f)", n, got[n], min)
		}
	}
}

// TestDevFloors runs the extractor over PolNeAR dev and asserts that no
// figure falls under its floor.
func TestDevFloors(t *testing.T) {
	shared, err := polnear.FindShared(".")
	if err != nil {
		t.Skipf("skipping PolNeAR dev floors: %v", err)
	}
	docs, err := polnear.LoadSplit(shared, "dev")
	if err != nil {
		t.Fatal(err)
	}
	res := polnear.Evaluate(docs, attribution.New(nil).Extract)
	var b strings.Builder
	if err := polnear.WriteSummary(&b, res); err != nil {
		t.Fatal(err)
	}
	t.Logf("PolNeAR dev:\n%s", b.String())
	q, m := res.ByKind[polnear.Quoted], res.ByKind[polnear.MixedKind]
	qm := polnear.Counts{Gold: q.Gold + m.Gold, Pred: q.Pred + m.Pred, MatchedG: q.MatchedG + m.MatchedG, MatchedP: q.MatchedP + m.MatchedP}
	check(t, "dev", map[string]float64{
		"quoted precision":       q.Precision(),
		"quoted recall":          q.Recall(),
		"mixed recall":           m.Recall(),
		"quoted+mixed precision": qm.Precision(),
		"quoted+mixed recall":    qm.Recall(),
		"unquoted recall":        res.ByKind[polnear.Unquoted].Recall(),
		"all precision":          res.Overall.Precision(),
		"all recall":             res.Overall.Recall(),
		"all F1":                 res.Overall.F1(),
		"speaker accuracy":       res.SpeakerAccuracy(),
	})
}

// TestSampleAgainstGold runs the extractor over the sample corpus and scores
// it against the hand annotation in attribution/testdata/sample_gold.yaml,
// logging every miss, false positive and speaker error.
func TestSampleAgainstGold(t *testing.T) {
	root, err := polnear.ModuleRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	g, err := polnear.LoadSampleGold(filepath.Join(root, "attribution", "testdata", "sample_gold.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := polnear.EvaluateSample(g, filepath.Join(root, "corpus", "sample"), attribution.New(nil).Extract)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := polnear.WriteSampleReport(&b, r, true); err != nil {
		t.Fatal(err)
	}
	t.Logf("sample corpus:\n%s", b.String())
	check(t, "sample", map[string]float64{
		"sample recall":           r.Recall(),
		"sample precision":        r.Precision(),
		"sample speaker accuracy": r.SpeakerAccuracy(),
	})
}
