// Package newsmtsc reads the NewsMTSC target-dependent sentiment data set
// (JSON lines) and measures a stance scorer on it, target by target:
// accuracy and macro-F1 over the three classes.
package newsmtsc

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/quotelens/quotelens/sentiment"
)

// Item is one sentence with one target and its gold label.
type Item struct {
	Text       string
	Start, End int // byte offsets of the target mention in Text
	Mention    string
	Gold       sentiment.Label
}

type line struct {
	Sentence string `json:"sentence_normalized"`
	Targets  []struct {
		From     int     `json:"from"`
		To       int     `json:"to"`
		Mention  string  `json:"mention"`
		Polarity float64 `json:"polarity"`
	} `json:"targets"`
}

// Load reads a NewsMTSC jsonl file. Offsets in the file count code points;
// Load converts them to byte offsets.
func Load(path string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var items []Item
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("%s:%d: %v (is this a NewsMTSC jsonl file?)", path, n, err)
		}
		for _, t := range l.Targets {
			var g sentiment.Label
			switch t.Polarity {
			case 2:
				g = sentiment.Negative
			case 4:
				g = sentiment.Neutral
			case 6:
				g = sentiment.Positive
			default:
				return nil, fmt.Errorf("%s:%d: polarity %v is not 2, 4 or 6", path, n, t.Polarity)
			}
			s, e := byteOffset(l.Sentence, t.From), byteOffset(l.Sentence, t.To)
			if s < 0 || e < s {
				return nil, fmt.Errorf("%s:%d: target %q offsets %d..%d out of range", path, n, t.Mention, t.From, t.To)
			}
			items = append(items, Item{Text: l.Sentence, Start: s, End: e, Mention: t.Mention, Gold: g})
		}
	}
	return items, sc.Err()
}

// byteOffset converts a code-point offset into a byte offset (-1 if beyond).
func byteOffset(s string, cp int) int {
	i := 0
	for k := 0; k < cp; k++ {
		if i >= len(s) {
			return -1
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return i
}

// Metrics are the figures of one scorer on one split.
type Metrics struct {
	N        int
	Accuracy float64
	MacroF1  float64
	F1       map[sentiment.Label]float64
}

// Evaluate labels each item with label and computes the metrics.
func Evaluate(items []Item, label func(Item) sentiment.Label) Metrics {
	classes := []sentiment.Label{sentiment.Negative, sentiment.Neutral, sentiment.Positive}
	tp := map[sentiment.Label]int{}
	pred := map[sentiment.Label]int{}
	gold := map[sentiment.Label]int{}
	correct := 0
	for _, it := range items {
		p := label(it)
		pred[p]++
		gold[it.Gold]++
		if p == it.Gold {
			tp[p]++
			correct++
		}
	}
	m := Metrics{N: len(items), F1: map[sentiment.Label]float64{}}
	if len(items) == 0 {
		return m
	}
	m.Accuracy = float64(correct) / float64(len(items))
	for _, c := range classes {
		var f float64
		if pred[c]+gold[c] > 0 {
			f = 2 * float64(tp[c]) / float64(pred[c]+gold[c])
		}
		m.F1[c] = f
		m.MacroF1 += f / 3
	}
	return m
}

// DataDir finds ../shared/data/newsmtsc by walking up from dir to the module
// root (the folder with go.mod). It returns "" when it is absent.
func DataDir(dir string) string {
	d, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			p := filepath.Join(d, "..", "shared", "data", "newsmtsc")
			if _, err := os.Stat(filepath.Join(p, "dev.jsonl")); err == nil {
				return p
			}
			return ""
		}
		up := filepath.Dir(d)
		if up == d {
			return ""
		}
		d = up
	}
}
