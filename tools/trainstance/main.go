// Command trainstance fits the stance model of package sentiment
// (multinomial logistic regression over sentiment.Features) on NewsMTSC
// train and writes its weights to sentiment/model.bin, which the package
// embeds.
//
//	go run ./tools/trainstance [-epochs 12] [-l2 1e-5] [-o sentiment/model.bin]
package main

import (
	"encoding/binary"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"

	"github.com/quotelens/quotelens/internal/newsmtsc"
	"github.com/quotelens/quotelens/sentiment"
)

func main() {
	epochs := flag.Int("epochs", 12, "passes over the training data")
	lr := flag.Float64("lr", 0.2, "learning rate")
	l2 := flag.Float64("l2", 1e-5, "L2 penalty per step")
	holdout := flag.Float64("holdout", 0, "fraction of train held out to measure (for choosing -epochs/-l2; 0 fits on all of train)")
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
		switch it.Gold {
		case sentiment.Negative:
			y[i] = 0
		case sentiment.Neutral:
			y[i] = 1
		default:
			y[i] = 2
		}
	}
	W := make([]float64, sentiment.NumClasses*sentiment.ModelDim)
	rng := rand.New(rand.NewPCG(1, 2))
	order := rng.Perm(len(items))
	var held []int
	if *holdout > 0 {
		k := int(float64(len(order)) * *holdout)
		held, order = order[:k], order[k:]
	}
	for e := 0; e < *epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		step := *lr / (1 + float64(e)*0.5)
		var loss float64
		for _, i := range order {
			z := make([]float64, sentiment.NumClasses)
			for c := range z {
				for _, f := range X[i] {
					z[c] += W[c*sentiment.ModelDim+f.Index] * f.Value
				}
			}
			p := sentiment.Softmax(z)
			loss -= math.Log(p[y[i]] + 1e-12)
			for c := range p {
				g := p[c]
				if c == y[i] {
					g--
				}
				for _, f := range X[i] {
					k := c*sentiment.ModelDim + f.Index
					W[k] -= step * (g*f.Value + *l2*W[k])
				}
			}
		}
		fmt.Fprintf(os.Stderr, "epoch %d: mean loss %.4f\n", e+1, loss/float64(len(items)))
	}
	if len(held) > 0 {
		var hi []newsmtsc.Item
		for _, i := range held {
			hi = append(hi, items[i])
		}
		labels := []sentiment.Label{sentiment.Negative, sentiment.Neutral, sentiment.Positive}
		k := 0
		m := newsmtsc.Evaluate(hi, func(newsmtsc.Item) sentiment.Label {
			i := held[k]
			k++
			z := make([]float64, sentiment.NumClasses)
			for c := range z {
				for _, f := range X[i] {
					z[c] += W[c*sentiment.ModelDim+f.Index] * f.Value
				}
			}
			best := 0
			for c := range z {
				if z[c] > z[best] {
					best = c
				}
			}
			return labels[best]
		})
		fmt.Printf("held-out train (%d): accuracy %.3f macro-F1 %.3f\n", len(held), m.Accuracy, m.MacroF1)
	}
	buf := make([]byte, 4*len(W))
	for i, v := range W {
		binary.LittleEndian.PutUint32(buf[4*i:], math.Float32bits(float32(v)))
	}
	if err := os.WriteFile(*out, buf, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "trainstance:", err)
		os.Exit(1)
	}
	fmt.Printf("trained on %d targets; wrote %s (%d bytes)\n", len(items), *out, len(buf))
}
