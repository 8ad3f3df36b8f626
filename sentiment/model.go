package sentiment

import (
	_ "embed"
	"encoding/binary"
	"hash/fnv"
	"math"
	"sync"
)

// modelDim is the number of feature slots of the fitted model: a few dense
// features followed by hashed words.
const (
	modelDim   = 1 << 16
	denseFeats = 8
	numClasses = 3 // negative, neutral, positive
)

// modelBin holds the weights fitted on NewsMTSC train by
// `go run ./tools/trainstance`: numClasses×modelDim little-endian float32.
//
//go:embed model.bin
var modelBin []byte

var (
	modelOnce sync.Once
	modelW    []float32
)

func weights() []float32 {
	modelOnce.Do(func() {
		if len(modelBin) != numClasses*modelDim*4 {
			return
		}
		modelW = make([]float32, numClasses*modelDim)
		for i := range modelW {
			modelW[i] = math.Float32frombits(binary.LittleEndian.Uint32(modelBin[4*i:]))
		}
	})
	return modelW
}

// Feature is one non-zero feature: slot index and value.
type Feature struct {
	Index int
	Value float64
}

// Features returns the model's features for the stance towards
// text[start:end] (byte offsets; start = end = -1 for the whole text).
// tools/trainstance fits the model on them.
func Features(text string, start, end int) []Feature {
	toks := tokenize(text)
	w := targetWeights(toks, start, end)
	return features(toks, w)
}

func targetWeights(toks []token, start, end int) []float64 {
	if start < 0 || end <= start {
		return nil
	}
	first, last := -1, -1
	for i, t := range toks {
		if t.end > start && t.start < end {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	w := make([]float64, len(toks))
	for i := range toks {
		d := 0
		if i < first {
			d = first - i
		} else if i > last {
			d = i - last
		}
		switch {
		case i >= first && i <= last:
			w[i] = 0
		case d <= targetWindow:
			w[i] = 1
		default:
			w[i] = farWeight
		}
	}
	return w
}

func hashSlot(prefix byte, s string) int {
	h := fnv.New32a()
	h.Write([]byte{prefix})
	h.Write([]byte(s))
	return denseFeats + int(h.Sum32()%uint32(modelDim-denseFeats))
}

func features(toks []token, w []float64) []Feature {
	f, _, _ := featuresRules(toks, w)
	return f
}

// featuresRules returns the model's features and the rules' score and
// confidence, which share the lexicon and VADER work.
func featuresRules(toks []token, w []float64) (f []Feature, rsc, rconf float64) {
	whole := lexiconScore(toks, nil)
	vw := vaderCompound(toks)
	f = make([]Feature, 0, 8+3*len(toks))
	f = append(f, Feature{0, 1}, Feature{1, whole.score}, Feature{2, vw})
	if w != nil {
		l := lexiconScore(toks, w)
		vwin := vaderCompound(window(toks, w))
		f = append(f, Feature{3, l.score}, Feature{4, vwin})
		rsc, rconf = rulesFrom(l, vwin)
	} else {
		f = append(f, Feature{3, whole.score}, Feature{4, vw})
		rsc, rconf = rulesFrom(whole, vw)
	}
	if whole.hedged {
		f = append(f, Feature{5, 1})
	}
	f = append(f, Feature{6, math.Min(float64(whole.hits), 5) / 5})
	neg := 0
	for i, t := range toks {
		if len(t.low) == 1 && !isWordByte(t.low[0]) {
			neg = 0
			continue
		}
		word := t.low
		if negators[word] {
			neg = 3
		} else if neg > 0 {
			word = "NOT_" + word
			neg--
		}
		f = append(f, Feature{hashSlot('u', word), 0.3})
		if w != nil && w[i] >= 1 {
			f = append(f, Feature{hashSlot('w', word), 0.5})
		}
		if i+1 < len(toks) {
			f = append(f, Feature{hashSlot('b', t.low+" "+toks[i+1].low), 0.3})
		}
	}
	return f, rsc, rconf
}

// modelProbs returns class probabilities (negative, neutral, positive), or
// nil when no model is embedded.
func modelProbs(f []Feature) []float64 {
	W := weights()
	if W == nil {
		return nil
	}
	var z [numClasses]float64
	for c := 0; c < numClasses; c++ {
		row := W[c*modelDim : (c+1)*modelDim]
		for _, x := range f {
			z[c] += float64(row[x.Index]) * x.Value
		}
	}
	return Softmax(z[:])
}

// Softmax turns scores into probabilities in place and returns them.
func Softmax(z []float64) []float64 {
	m := math.Inf(-1)
	for _, v := range z {
		m = math.Max(m, v)
	}
	var s float64
	for i, v := range z {
		z[i] = math.Exp(v - m)
		s += z[i]
	}
	for i := range z {
		z[i] /= s
	}
	return z
}

// ModelDim, NumClasses and DenseFeatures describe the model layout for
// tools/trainstance.
const (
	ModelDim   = modelDim
	NumClasses = numClasses
)
