// Command trainstance fits the stance model of package sentiment
// (multinomial logistic regression over sentiment.Features) on NewsMTSC
// train and writes its weights to sentiment/model.bin, which the package
// embeds.
//
//	go run ./tools/trainstance [-o sentiment/model.bin]
//
// The defaults are the settings chosen by cross-validation on train. To
// choose settings, measure them on train only: -folds k [-repeats r]
// cross-validates on train (folds grouped by sentence, so that the targets
// of one sentence never straddle training and measurement), reports
// accuracy and macro-F1 (all targets, targets of sentences with several
// targets, whole sentences scored without a target), the confusion matrix
// and the neutral-class bias that maximises macro-F1 out of fold, and
// writes nothing. Check the chosen settings on dev with tools/evalstance.
//
//	go run ./tools/trainstance -folds 5 -repeats 3
package main

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"

	"github.com/quotelens/quotelens/internal/newsmtsc"
	"github.com/quotelens/quotelens/sentiment"
)

type settings struct {
	epochs  int
	lr, l2  float64
	seeds   int
	balance bool
	adagrad bool
	multi   float64   // weight of the targets of sentences with several
	iw      []float64 // per-item weights (from multi)
}

func main() {
	var s settings
	flag.IntVar(&s.epochs, "epochs", 15, "passes over the training data")
	flag.Float64Var(&s.lr, "lr", 0.02, "learning rate")
	flag.Float64Var(&s.l2, "l2", 1e-5, "L2 penalty per step")
	flag.IntVar(&s.seeds, "seeds", 1, "models fitted with different shuffles and averaged")
	flag.BoolVar(&s.adagrad, "adagrad", true, "AdaGrad steps (per-feature learning rates) instead of a decaying learning rate")
	flag.BoolVar(&s.balance, "balance", true, "weight classes inversely to their frequency")
	flag.Float64Var(&s.multi, "multi", 1, "weight of the targets of sentences with several targets")
	whole := flag.Float64("whole", 0.5, "weight of extra training examples scored without a target (whole sentence; sentences with one target only), for Scorer.Score")
	neutral := flag.Float64("neutral", 0, "added to the neutral class's bias weight of the written model")
	folds := flag.Int("folds", 0, "cross-validate on train with this many folds and write nothing")
	repeats := flag.Int("repeats", 1, "with -folds: cross-validation runs with different fold draws, pooled")
	showErrors := flag.Bool("errors", false, "with -folds: print the out-of-fold targets labelled with the opposite polarity")
	out := flag.String("o", "sentiment/model.bin", "weights file to write")
	flag.Parse()
	d := newsmtsc.DataDir(".")
	if d == "" {
		fmt.Fprintln(os.Stderr, "trainstance: ../shared/data/newsmtsc not found from the module root")
		os.Exit(1)
	}
	items, err := newsmtsc.Load(filepath.Join(d, "train.jsonl"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainstance:", err)
		os.Exit(1)
	}
	X := make([][]sentiment.Feature, len(items))
	y := make([]int, len(items))
	for i, it := range items {
		X[i] = sentiment.Features(it.Text, it.Start, it.End)
		y[i] = classOf(it.Gold)
	}
	perText := map[string]int{}
	for _, it := range items {
		perText[it.Text]++
	}
	s.iw = make([]float64, len(items))
	texts := make([]string, len(items))
	for i, it := range items {
		texts[i] = it.Text
		s.iw[i] = 1
		if perText[it.Text] > 1 {
			s.iw[i] = s.multi
		}
	}
	if *whole > 0 {
		for i, it := range items {
			if perText[it.Text] == 1 {
				X = append(X, sentiment.Features(it.Text, -1, -1))
				y = append(y, y[i])
				s.iw = append(s.iw, s.iw[i]**whole)
				texts = append(texts, it.Text)
			}
		}
	}
	if *folds > 1 {
		crossValidate(items, texts, X, y, s, *folds, *repeats, *neutral, *showErrors)
		return
	}
	all := make([]int, len(X))
	for i := range all {
		all[i] = i
	}
	W := fit(X, y, all, s)
	W[1*sentiment.ModelDim] += *neutral
	buf := sentiment.EncodeModel(W)
	if err := os.WriteFile(*out, buf, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "trainstance:", err)
		os.Exit(1)
	}
	fmt.Printf("trained on %d targets; wrote %s (%d bytes)\n", len(items), *out, len(buf))
}

var labels = []sentiment.Label{sentiment.Negative, sentiment.Neutral, sentiment.Positive}

func classOf(l sentiment.Label) int {
	for c, x := range labels {
		if x == l {
			return c
		}
	}
	return 1
}

// crossValidate measures settings s on train by k-fold cross-validation,
// folds grouped by sentence text.
func crossValidate(items []newsmtsc.Item, texts []string, X [][]sentiment.Feature, y []int, s settings, k, repeats int, neutral float64, showErrors bool) {
	n := len(items)
	z := make([][]float64, n*repeats) // out-of-fold scores, repeat by repeat
	perText := map[string]int{}
	for _, it := range items {
		perText[it.Text]++
	}
	// whole-sentence scoring (Scorer.Score) is measured on the sentences
	// with one target
	var wi []int
	var wx [][]sentiment.Feature
	for i, it := range items {
		if perText[it.Text] == 1 {
			wi = append(wi, i)
			wx = append(wx, sentiment.Features(it.Text, -1, -1))
		}
	}
	var wp []int // predicted class, repeat by repeat
	wfold := make([]int, len(wi))
	for r := 0; r < repeats; r++ {
		fold := map[string]int{}
		rng := rand.New(rand.NewPCG(7, uint64(11+r)))
		for _, it := range items {
			if _, ok := fold[it.Text]; !ok {
				fold[it.Text] = rng.IntN(k)
			}
		}
		for f := 0; f < k; f++ {
			var tr []int
			for i, t := range texts {
				if fold[t] != f {
					tr = append(tr, i)
				}
			}
			W := fit(X, y, tr, s)
			for i, it := range items {
				if fold[it.Text] == f {
					z[r*n+i] = scores(W, X[i])
				}
			}
			for j, i := range wi {
				if fold[items[i].Text] == f {
					sc := scores(W, wx[j])
					wfold[j] = argmax(sc[0], sc[1]+neutral, sc[2])
				}
			}
		}
		wp = append(wp, wfold...)
	}
	var wItems []newsmtsc.Item
	for r := 0; r < repeats; r++ {
		for _, i := range wi {
			wItems = append(wItems, items[i])
		}
	}
	wk := 0
	wm := newsmtsc.Evaluate(wItems, func(newsmtsc.Item) sentiment.Label { wk++; return labels[wp[wk-1]] })
	eval := func(b float64, keep func(int) bool) newsmtsc.Metrics {
		var sub []newsmtsc.Item
		var idx []int
		for i := range z {
			if keep(i % n) {
				sub = append(sub, items[i%n])
				idx = append(idx, i)
			}
		}
		j := 0
		return newsmtsc.Evaluate(sub, func(newsmtsc.Item) sentiment.Label {
			i := idx[j]
			j++
			return labels[argmax(z[i][0], z[i][1]+b, z[i][2])]
		})
	}
	all := func(int) bool { return true }
	multi := func(i int) bool { return perText[items[i].Text] > 1 }
	golds := map[string]map[sentiment.Label]bool{}
	for _, it := range items {
		if golds[it.Text] == nil {
			golds[it.Text] = map[sentiment.Label]bool{}
		}
		golds[it.Text][it.Gold] = true
	}
	mixed := func(i int) bool { return len(golds[items[i].Text]) > 1 }
	m := eval(neutral, all)
	mm := eval(neutral, multi)
	mx := eval(neutral, mixed)
	fmt.Printf("%dx %d-fold CV on train (%d targets): accuracy %.3f macro-F1 %.3f (neg %.3f neu %.3f pos %.3f); multi-target sentences: accuracy %.3f macro-F1 %.3f; sentences whose targets differ in label (%d): accuracy %.3f\n",
		repeats, k, len(items), m.Accuracy, m.MacroF1, m.F1[sentiment.Negative], m.F1[sentiment.Neutral], m.F1[sentiment.Positive], mm.Accuracy, mm.MacroF1, mx.N/repeats, mx.Accuracy)
	fmt.Printf("whole sentence without the target (one-target sentences): accuracy %.3f macro-F1 %.3f\n", wm.Accuracy, wm.MacroF1)
	var conf [3][3]int
	for i := range z {
		conf[y[i%n]][argmax(z[i][0], z[i][1]+neutral, z[i][2])]++
	}
	if showErrors {
		for i := 0; i < n; i++ {
			if p := argmax(z[i][0], z[i][1]+neutral, z[i][2]); p != y[i] && (y[i]-p == 2 || p-y[i] == 2) {
				it := items[i]
				fmt.Fprintf(os.Stderr, "gold %s pred %s: %s[[%s]]%s\n", labels[y[i]], labels[p], it.Text[:it.Start], it.Text[it.Start:it.End], it.Text[it.End:])
			}
		}
	}
	fmt.Printf("confusion (rows gold neg/neu/pos, columns predicted): %v\n", conf)
	best, bestF := 0.0, -1.0
	for b := -1.0; b <= 1.0001; b += 0.1 {
		if f := eval(b, all).MacroF1; f > bestF+1e-9 {
			best, bestF = b, f
		}
	}
	fmt.Printf("best neutral bias out of fold: %+.1f (macro-F1 %.3f)\n", best, bestF)
}

func argmax(a, b, c float64) int {
	switch {
	case a >= b && a >= c:
		return 0
	case b >= c:
		return 1
	}
	return 2
}

func scores(W []float64, x []sentiment.Feature) []float64 {
	z := make([]float64, sentiment.NumClasses)
	for c := range z {
		row := W[c*sentiment.ModelDim : (c+1)*sentiment.ModelDim]
		for _, f := range x {
			z[c] += row[f.Index] * f.Value
		}
	}
	return z
}

// fit trains on the items train and returns the weights, averaged over
// s.seeds shuffles.
func fit(X [][]sentiment.Feature, y []int, train []int, s settings) []float64 {
	avg := make([]float64, sentiment.NumClasses*sentiment.ModelDim)
	cw := []float64{1, 1, 1}
	if s.balance {
		var n [3]float64
		for _, i := range train {
			n[y[i]]++
		}
		for c := range cw {
			cw[c] = float64(len(train)) / (3 * math.Max(n[c], 1))
		}
	}
	for seed := 0; seed < s.seeds; seed++ {
		W := make([]float64, len(avg))
		var G []float64
		if s.adagrad {
			G = make([]float64, len(avg))
		}
		rng := rand.New(rand.NewPCG(1, uint64(2+seed)))
		order := append([]int(nil), train...)
		for e := 0; e < s.epochs; e++ {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			step := s.lr / (1 + float64(e)*0.5)
			for _, i := range order {
				p := sentiment.Softmax(scores(W, X[i]))
				for c := range p {
					g := p[c]
					if c == y[i] {
						g--
					}
					g *= cw[y[i]] * s.iw[i]
					for _, f := range X[i] {
						k := c*sentiment.ModelDim + f.Index
						d := g*f.Value + s.l2*W[k]
						if G != nil {
							G[k] += d * d
							W[k] -= s.lr * d / (math.Sqrt(G[k]) + 1e-6)
							continue
						}
						W[k] -= step * d
					}
				}
			}
		}
		for k, v := range W {
			avg[k] += v / float64(s.seeds)
		}
	}
	return avg
}
