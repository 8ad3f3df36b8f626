package sentiment_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/internal/newsmtsc"
	"github.com/quotelens/quotelens/sentiment"
)

// TestScoresUnchanged guards optimisations of the scorer: with
// STANCE_SCORES=FILE it writes every score of every method on NewsMTSC
// (dev and train; Score, ScoreTarget and ScoreTargets) to FILE when FILE
// does not exist, and otherwise compares them with FILE bit for bit. Run it
// before a change that must not change any score, then after:
//
//	STANCE_SCORES=/tmp/scores.txt go test ./sentiment -run TestScoresUnchanged
func TestScoresUnchanged(t *testing.T) {
	path := os.Getenv("STANCE_SCORES")
	if path == "" {
		t.Skip("set STANCE_SCORES=FILE to write or compare the scores")
	}
	dir := newsmtsc.DataDir("..")
	if dir == "" {
		t.Skip("../shared/data/newsmtsc not found")
	}
	var got []string
	for _, split := range []string{"dev", "train"} {
		items, err := newsmtsc.Load(filepath.Join(dir, split+".jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range sentiment.Methods() {
			s, err := sentiment.New(sentiment.Options{Method: m})
			if err != nil {
				t.Fatal(err)
			}
			for i, it := range items {
				r := fmt.Sprintf("%s %s %d", split, m, i)
				if m != "bayes" && m != "vader" || i%20 == 0 {
					r += " " + result(s.Score(it.Text)) + " " + result(s.ScoreTarget(it.Text, it.Start, it.End))
				}
				if m == "model" || i%10 == 0 {
					for _, tm := range s.ScoreTargets(it.Text) {
						r += fmt.Sprintf(" %s@%d-%d:%s", tm.Target, tm.Start, tm.End, result(tm.Stance))
					}
				}
				if m == "model" {
					// the item's own mention as the only target
					own, _ := sentiment.New(sentiment.Options{Targets: []sentiment.Target{{Name: it.Mention}}})
					for _, tm := range own.ScoreTargets(it.Text) {
						r += fmt.Sprintf(" own@%d-%d:%s", tm.Start, tm.End, result(tm.Stance))
					}
				}
				got = append(got, r)
			}
		}
	}
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		if err := os.WriteFile(path, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d lines to %s", len(got), path)
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n, bad := 0, 0
	for sc.Scan() {
		if n >= len(got) {
			t.Fatalf("%s has more than %d lines", path, len(got))
		}
		if sc.Text() != got[n] {
			if bad++; bad <= 10 {
				t.Errorf("line %d:\n got %s\nwant %s", n+1, got[n], sc.Text())
			}
		}
		n++
	}
	if n != len(got) {
		t.Errorf("%s has %d lines, want %d", path, n, len(got))
	}
	if bad > 0 {
		t.Errorf("%d of %d lines differ", bad, n)
	}
}

// result formats r with its floats exactly.
func result(r sentiment.Result) string {
	return strconv.FormatFloat(r.Score, 'g', -1, 64) + "/" + string(r.Label) + "/" + strconv.FormatFloat(r.Confidence, 'g', -1, 64)
}
