// Command evalstance prints accuracy and macro-F1 on NewsMTSC (target by
// target) for each stance method of package sentiment.
//
//	go run ./tools/evalstance [-split dev|train]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/quotelens/quotelens/internal/newsmtsc"
	"github.com/quotelens/quotelens/sentiment"
)

func main() {
	split := flag.String("split", "dev", "NewsMTSC split: dev or train")
	dir := flag.String("data", "", "folder with the NewsMTSC jsonl files (default ../shared/data/newsmtsc from the module root)")
	flag.Parse()
	d := *dir
	if d == "" {
		d = newsmtsc.DataDir(".")
	}
	if d == "" {
		fmt.Fprintln(os.Stderr, "evalstance: ../shared/data/newsmtsc not found from the module root; pass -data DIR")
		os.Exit(1)
	}
	items, err := newsmtsc.Load(filepath.Join(d, *split+".jsonl"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalstance:", err)
		os.Exit(1)
	}
	fmt.Printf("NewsMTSC %s: %d targets\n%-28s %8s %8s\n", *split, len(items), "method", "accuracy", "macro-F1")
	for _, m := range sentiment.Methods() {
		s, _ := sentiment.New(sentiment.Options{Method: m})
		name := m
		switch m {
		case "vader":
			name = "vader (plain govader)"
		case "bayes":
			name = "bayes (plain cdipaolo)"
		}
		r := newsmtsc.Evaluate(items, func(it newsmtsc.Item) sentiment.Label {
			if m == "vader" || m == "bayes" {
				return s.Score(it.Text).Label
			}
			return s.ScoreTarget(it.Text, it.Start, it.End).Label
		})
		fmt.Printf("%-28s %8.3f %8.3f\n", name, r.Accuracy, r.MacroF1)
	}
}
