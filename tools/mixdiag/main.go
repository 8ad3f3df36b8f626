// Command mixdiag classifies the mixed-quote golds the extractor misses on a
// PolNeAR split by the prediction that overlaps them most: none, a direct
// quote inside them (shorter-q), one that ends early (shorter-end), starts
// late (shorter-start) or both (shorter-both), one that runs past both ends
// (longer) or one that overlaps only in part (partial). It prints each miss
// with its sentence and the counts; -cue or -content instead list every gold
// content (of any kind) whose cue or text matches a regular expression, with
// whether it was matched.
//
//	go run ./tools/mixdiag [-split train|dev] [-kind KIND] [-class CLASS] [-n N]
//	go run ./tools/mixdiag [-split train|dev] -cue REGEXP | -content REGEXP
package main

import (
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/internal/polnear"
)

func main() {
	split := flag.String("split", "train", "PolNeAR split: train or dev")
	class := flag.String("class", "", "only list misses of this class")
	n := flag.Int("n", 1000, "list at most N misses")
	cue := flag.String("cue", "", "list the gold contents whose cue matches this regexp")
	content := flag.String("content", "", "list the gold contents whose text matches this regexp")
	kind := flag.String("kind", string(polnear.MixedKind), "classify the misses of this gold kind: quoted, mixed or unquoted")
	sameCue := flag.Bool("samecue", false, "list only the misses a prediction of the gold's own cue overlaps, with the words it has too many or too few at either end")
	flag.Parse()
	dir, err := polnear.FindShared(".")
	if err != nil {
		fmt.Fprintln(os.Stderr, "mixdiag:", err)
		os.Exit(2)
	}
	docs, err := polnear.LoadSplit(dir, *split)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mixdiag:", err)
		os.Exit(1)
	}
	res := polnear.Evaluate(docs, attribution.New(nil).Extract)
	switch {
	case *cue != "":
		grep(res, regexp.MustCompile(*cue), true)
	case *content != "":
		grep(res, regexp.MustCompile(*content), false)
	default:
		misses(res, polnear.Kind(*kind), *class, *n, *sameCue)
	}
}

// misses prints up to n misses of the gold kind and the class (all classes
// when it is empty) and the count of each class.
func misses(res *polnear.Result, kind polnear.Kind, class string, n int, sameCue bool) {
	counts := map[string]int{}
	listed := 0
	for _, dr := range res.Docs {
		text := dr.Doc.Text
		for _, g := range dr.Misses {
			if g.Kind != kind {
				continue
			}
			gs, ge := g.Content[0].Start, g.Content[len(g.Content)-1].End
			best := bestOverlap(dr.Predictions, gs, ge)
			if sameCue {
				if best = ownCue(dr.Predictions, g, gs, ge); best == nil {
					continue
				}
			}
			c := classOf(best, gs, ge)
			counts[c]++
			if class != "" && c != class || listed >= n {
				continue
			}
			listed++
			fmt.Printf("== %s %s [%s] source=%q cue=%q\n", c, dr.Doc.Name, g.ID, g.SourceText, g.CueText)
			fmt.Printf("  S: %s\n", sentence(text, gs, ge))
			fmt.Printf("  G: %s\n", text[gs:ge])
			if best != nil {
				fmt.Printf("  P: %s (%s, speaker=%q cue=%q)\n", text[best.Start:best.End], best.Kind, best.Speaker, best.Cue)
				if sameCue {
					fmt.Printf("  ends: %s\n", ends(text, best, gs, ge))
				}
			}
		}
	}
	var ks []string
	for k := range counts {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Printf("%s %d\n", k, counts[k])
	}
}

// bestOverlap returns the prediction that shares most bytes with gs..ge.
func bestOverlap(ps []*polnear.Prediction, gs, ge int) *polnear.Prediction {
	var best *polnear.Prediction
	most := 0
	for _, p := range ps {
		if ov := min(ge, p.End) - max(gs, p.Start); ov > most {
			best, most = p, ov
		}
	}
	return best
}

// ownCue returns the prediction whose cue lies in the gold g's cue and
// which overlaps its content gs..ge, nil when there is none.
func ownCue(ps []*polnear.Prediction, g *polnear.Attribution, gs, ge int) *polnear.Prediction {
	for _, p := range ps {
		if p.End <= gs || p.Start >= ge {
			continue
		}
		for _, c := range g.Cue {
			if p.CueStart >= c.Start && p.CueStart < c.End {
				return p
			}
		}
	}
	return nil
}

// ends describes how the prediction p's ends stand to the gold content
// gs..ge: the text it has too much ("+") or too little ("-") at the start
// and at the end.
func ends(text string, p *polnear.Prediction, gs, ge int) string {
	show := func(a, b int) string {
		if b-a > 80 {
			return text[a:a+38] + "…" + text[b-38:b]
		}
		return text[a:b]
	}
	var out []string
	switch {
	case p.Start < gs:
		out = append(out, fmt.Sprintf("start +%q", show(p.Start, gs)))
	case p.Start > gs:
		out = append(out, fmt.Sprintf("start -%q", show(gs, p.Start)))
	}
	switch {
	case p.End > ge:
		out = append(out, fmt.Sprintf("end +%q", show(ge, p.End)))
	case p.End < ge:
		out = append(out, fmt.Sprintf("end -%q", show(p.End, ge)))
	}
	return strings.Join(out, "; ")
}

// classOf names how the prediction p stands to the gold content gs..ge.
func classOf(p *polnear.Prediction, gs, ge int) string {
	switch {
	case p == nil:
		return "none"
	case p.Start >= gs && p.End <= ge && p.Kind == polnear.Quoted:
		return "shorter-q"
	case p.Start >= gs && p.End <= ge && p.Start-gs < 4:
		return "shorter-end"
	case p.Start >= gs && p.End <= ge && ge-p.End < 4:
		return "shorter-start"
	case p.Start >= gs && p.End <= ge:
		return "shorter-both"
	case p.Start <= gs && p.End >= ge:
		return "longer"
	}
	return "partial"
}

// sentence returns the text around gs..ge: from the line or sentence start
// before it to the line end after it (at most 600 bytes).
func sentence(text string, gs, ge int) string {
	ss := strings.LastIndexByte(text[:gs], '\n') + 1
	if k := strings.LastIndex(text[ss:gs], ". "); k >= 0 {
		ss += k + 2
	}
	se := ge + strings.IndexByte(text[ge:]+"\n", '\n')
	return strings.TrimSpace(text[ss:min(se, ss+600)])
}

// grep lists the gold contents whose cue (or, with !byCue, text) matches
// re, with their status, and the counts by status and kind.
func grep(res *polnear.Result, re *regexp.Regexp, byCue bool) {
	n := map[string]int{}
	for _, dr := range res.Docs {
		text := dr.Doc.Text
		matched := map[*polnear.Attribution]bool{}
		for _, m := range dr.Matches {
			matched[m.Gold] = true
		}
		for i := range dr.Doc.Attributions {
			g := &dr.Doc.Attributions[i]
			if len(g.Content) == 0 {
				continue
			}
			gs, ge := g.Content[0].Start, g.Content[len(g.Content)-1].End
			if byCue && !re.MatchString(g.CueText) || !byCue && !re.MatchString(text[gs:ge]) {
				continue
			}
			st := "MISS"
			if matched[g] {
				st = "HIT"
			}
			n[st+" "+string(g.Kind)]++
			fmt.Printf("%s %s cue=%q: %s⟦%s⟧\n", st, g.Kind, g.CueText, text[max(0, gs-60):gs], text[gs:ge])
		}
	}
	fmt.Println(n)
}
