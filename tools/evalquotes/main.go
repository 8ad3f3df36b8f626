// Command evalquotes measures the attribution extractor against PolNeAR.
//
//	go run ./tools/evalquotes [-split dev|train] [-shared ../shared] [-errors N] [-doc substring] [-kind quoted|mixed|unquoted] [-speakers] [-publishers]
//	go run ./tools/evalquotes -sample [-errors 1]
//
// The first form scores quote contents and speakers on a PolNeAR split; the
// second scores the sample corpus against the hand annotation in
// attribution/testdata/sample_gold.yaml (-errors lists every miss, false
// positive and speaker error).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/internal/polnear"
)

func main() {
	split := flag.String("split", "dev", "PolNeAR split to evaluate: dev or train")
	shared := flag.String("shared", "", "directory holding data/polnear (default: ../shared beside the module root)")
	nerr := flag.Int("errors", 0, "print up to N misses and N false positives with context")
	doc := flag.String("doc", "", "only articles whose name contains this substring")
	kind := flag.String("kind", "", "only list errors of this kind: quoted, mixed or unquoted")
	speakers := flag.Bool("speakers", false, "with -errors, also list speaker errors on matched quotes")
	byPub := flag.Bool("publishers", false, "also print the figures per publisher")
	sample := flag.Bool("sample", false, "score the sample corpus against attribution/testdata/sample_gold.yaml instead of PolNeAR")
	flag.Parse()

	if *sample {
		os.Exit(runSample(*nerr > 0))
	}

	dir := *shared
	if dir == "" {
		var err error
		if dir, err = polnear.FindShared("."); err != nil {
			fmt.Fprintln(os.Stderr, "evalquotes:", err)
			os.Exit(2)
		}
	}
	docs, err := polnear.LoadSplit(dir, *split)
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalquotes:", err)
		os.Exit(1)
	}
	if *doc != "" {
		var keep []*polnear.Document
		for _, d := range docs {
			if strings.Contains(d.Name, *doc) {
				keep = append(keep, d)
			}
		}
		docs = keep
	}
	ex := attribution.New(nil)
	res := polnear.Evaluate(docs, ex.Extract)
	fmt.Printf("PolNeAR %s: %d articles\n", *split, len(docs))
	if err := polnear.WriteSummary(os.Stdout, res); err != nil {
		fmt.Fprintln(os.Stderr, "evalquotes:", err)
		os.Exit(1)
	}
	if *byPub {
		fmt.Println()
		if err := polnear.WritePublishers(os.Stdout, res); err != nil {
			fmt.Fprintln(os.Stderr, "evalquotes:", err)
			os.Exit(1)
		}
	}
	if *nerr > 0 {
		fmt.Println()
		f := polnear.ErrorFilter{Max: *nerr, Kind: polnear.Kind(*kind), Speakers: *speakers}
		if err := polnear.WriteErrors(os.Stdout, res, f); err != nil {
			fmt.Fprintln(os.Stderr, "evalquotes:", err)
			os.Exit(1)
		}
	}
}

// runSample scores the extractor on the sample corpus; it returns the exit code.
func runSample(details bool) int {
	root, err := polnear.ModuleRoot(".")
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalquotes:", err)
		return 2
	}
	g, err := polnear.LoadSampleGold(filepath.Join(root, "attribution", "testdata", "sample_gold.yaml"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalquotes:", err)
		return 1
	}
	r, err := polnear.EvaluateSample(g, filepath.Join(root, "corpus", "sample"), attribution.New(nil).Extract)
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalquotes:", err)
		return 1
	}
	if err := polnear.WriteSampleReport(os.Stdout, r, details); err != nil {
		fmt.Fprintln(os.Stderr, "evalquotes:", err)
		return 1
	}
	return 0
}
