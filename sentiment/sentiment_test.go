package sentiment

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// sampleQuotes are quotes from the five sample articles (corpus/sample) with
// the label a careful reader accepts.
var sampleQuotes = []struct {
	quote string
	want  Label
	also  Label // a second label a careful reader also accepts, if any
}{
	{"I would like to take this opportunity to reiterate that we have always expressed our full and unconditional support for everything that the Russian government is doing to defend its sovereign rights and its security interests in the face of such regional hegemonic forces", Positive, ""},
	{"traveling across his own country, hat in hand, to beg Kim Jong Un for military assistance", Negative, ""},
	{"pariah", Negative, ""},
	{"We will talk about all issues, without hurry. There is time", Neutral, ""},
	{"I am very happy to see you", Positive, ""},
	{"Russia's important ties to Seoul will be dealt irreparable damage", Negative, ""},
	{"China will be hardly too happy about", Negative, ""},
	{"relations of friendship and cooperation on a fresh higher level", Positive, ""},
	{"We will address all issues", Neutral, ""},
	{"Russia is ramping up production, but it will fall significantly short of its requirements. Therefore, they are likely to seek imports from any source that can help offset the shortfall.", Negative, ""},
	{"I take this opportunity to affirm that we will always be with Russia", Positive, ""},
	{"an unidentified ballistic missile toward the East Sea", Negative, Neutral}, // a factual report of a hostile act
	{"pay the price", Negative, ""},
	{"political persecution", Negative, ""},
	{"relations between these two countries", Neutral, ""},
}

func TestSampleQuotes(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range sampleQuotes {
		if got := s.Score(c.quote); got.Label != c.want && got.Label != c.also {
			t.Errorf("Score(%q) = %+v, want %s", c.quote, got, c.want)
		}
	}
}

func TestWhitespaceInsensitive(t *testing.T) {
	s, _ := New(Options{Method: "ensemble"})
	a := s.Score("a pariah, hat in hand, to beg")
	b := s.Score("a pariah,\nhat  in\thand, to\r\nbeg")
	if a != b {
		t.Errorf("white space changed the score: %+v vs %+v", a, b)
	}
}

func TestScoreTargets(t *testing.T) {
	s, _ := New(Options{})
	text := "The US condemned the deal, while Beijing welcomed it warmly and praised the friendship."
	got := s.ScoreTargets(text)
	if len(got) != 2 || got[0].Target != "the United States" || got[1].Target != "China" {
		t.Fatalf("ScoreTargets = %+v", got)
	}
	if text[got[1].Start:got[1].End] != "Beijing" {
		t.Errorf("China mention = %q", text[got[1].Start:got[1].End])
	}
	if got[1].Stance.Label != Positive {
		t.Errorf("stance towards China = %+v, want positive", got[1].Stance)
	}
	if m := s.ScoreTargets("Russian state media praised USAID"); len(m) != 0 {
		t.Errorf("partial-word matches: %+v", m)
	}
}

func TestNewUnknownMethod(t *testing.T) {
	if _, err := New(Options{Method: "bert"}); err == nil || !strings.Contains(err.Error(), "ensemble") {
		t.Errorf("New(bert) error = %v, want one listing the methods", err)
	}
	for _, m := range Methods() {
		if _, err := New(Options{Method: m}); err != nil {
			t.Errorf("New(%q): %v", m, err)
		}
	}
}

func FuzzScore(f *testing.F) {
	for _, c := range sampleQuotes {
		f.Add(c.quote, 0, 5)
	}
	f.Add("\xff\xfe not", -1, 100)
	s, _ := New(Options{})
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		for _, r := range []Result{s.Score(text), s.ScoreTarget(text, a, b)} {
			if math.IsNaN(r.Score) || r.Score < -1 || r.Score > 1 || math.IsNaN(r.Confidence) || r.Confidence < 0 || r.Confidence > 1 {
				t.Fatalf("bad result %+v for %q", r, text)
			}
			if r.Label != LabelOf(r.Score) {
				t.Fatalf("label %s does not match score %v", r.Label, r.Score)
			}
		}
		for _, m := range s.ScoreTargets(text) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("bad mention %+v", m)
			}
		}
	})
}

// BenchmarkScore1000 scores the sample quotes 1,000 times in all per
// iteration with a fresh Scorer (model loading is once per process).
func BenchmarkScore1000(b *testing.B) {
	bench1000(b, func(s *Scorer, q string) { s.Score(q) })
}

// bench1000 runs score over 1,000 sample quotes per iteration with a fresh
// Scorer, reporting bytes of quote text per second.
func bench1000(b *testing.B, score func(s *Scorer, quote string)) {
	var n int64
	for i := 0; i < 1000; i++ {
		n += int64(len(sampleQuotes[i%len(sampleQuotes)].quote))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s, _ := New(Options{})
		for k := 0; k < 1000; k++ {
			score(s, sampleQuotes[k%len(sampleQuotes)].quote)
		}
	}
}

// BenchmarkNew measures New plus the first score.
func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s, _ := New(Options{})
		s.Score("I am very happy to see you")
	}
}

func TestEncodeModel(t *testing.T) {
	w := make([]float64, numClasses*modelDim)
	w[0*modelDim+0] = 0.5   // negative, bias
	w[1*modelDim+0] = -0.25 // neutral, bias
	w[2*modelDim+9] = 2     // positive, slot 9
	w[0*modelDim+modelDim-1] = -1
	bin := EncodeModel(w)
	if len(bin) != modelHeader+2*numClasses*modelDim {
		t.Fatalf("encoded %d bytes", len(bin))
	}
	for _, c := range []struct {
		f    []Feature
		want [numClasses]float64
	}{
		{[]Feature{{0, 1}}, [numClasses]float64{0.5, -0.25, 0}},
		{[]Feature{{0, 1}, {9, 0.5}}, [numClasses]float64{0.5, -0.25, 1}},
		{[]Feature{{modelDim - 1, 2}}, [numClasses]float64{-2, 0, 0}},
	} {
		z := c.want
		want := Softmax(z[:])
		got := probs(bin, c.f)
		for k := range want {
			if math.Abs(got[k]-want[k]) > 1e-3 {
				t.Errorf("probs(%v) = %v, want %v", c.f, got, want)
				break
			}
		}
	}
	if probs(bin[:10], []Feature{{0, 1}}) != nil {
		t.Error("a truncated model file was used")
	}
}

// TestFeaturesIgnoreNames checks that the model sees the context of the
// target, not its name nor other names.
func TestFeaturesIgnoreNames(t *testing.T) {
	for _, c := range []struct{ a, ta, b, tb string }{
		{"Smith criticized the plan on Monday.", "Smith", "Jones criticized the plan on Monday.", "Jones"},
		{"Critics said the senator Smith was a liar.", "Smith", "Critics said the senator Jones Brown was a liar.", "Jones Brown"},
		{"Smith praised Kowalski warmly.", "Smith", "Smith praised Anna Brown warmly.", "Smith"},
	} {
		ia, ib := strings.Index(c.a, c.ta), strings.Index(c.b, c.tb)
		fa := Features(c.a, ia, ia+len(c.ta))
		fb := Features(c.b, ib, ib+len(c.tb))
		if len(fa) != len(fb) {
			t.Errorf("%q and %q: %d vs %d features", c.a, c.b, len(fa), len(fb))
			continue
		}
		for i := range fa {
			if fa[i] != fb[i] {
				t.Errorf("%q and %q differ at feature %d: %v vs %v", c.a, c.b, i, fa[i], fb[i])
				break
			}
		}
	}
}

// TestScoreTargetDependsOnTarget checks that of two targets of one
// sentence the praised one gets the higher stance score.
func TestScoreTargetDependsOnTarget(t *testing.T) {
	s, _ := New(Options{})
	for _, c := range []struct{ text, better, worse string }{
		{"Critics attacked Smith for the failed policy, while Jones was praised for her leadership.", "Jones", "Smith"},
		{"Jones was praised for her leadership, while critics attacked Smith for the failed policy.", "Jones", "Smith"},
		{"Smith was widely praised, while Jones was accused of fraud.", "Smith", "Jones"},
		{"Jones was accused of fraud, while Smith was widely praised.", "Smith", "Jones"},
	} {
		score := func(name string) float64 {
			i := strings.Index(c.text, name)
			return s.ScoreTarget(c.text, i, i+len(name)).Score
		}
		if b, w := score(c.better), score(c.worse); b <= w {
			t.Errorf("%q: stance towards %s %.2f <= towards %s %.2f", c.text, c.better, b, c.worse, w)
		}
	}
}

// BenchmarkScoreTargets1000 finds and scores the default targets in the
// sample quotes, 1,000 quotes per iteration.
func BenchmarkScoreTargets1000(b *testing.B) {
	bench1000(b, func(s *Scorer, q string) { s.ScoreTargets(q) })
}

// BenchmarkScoreQuote1000 scores the sample quotes overall and towards the
// default targets they mention, as the pipeline does, 1,000 quotes per
// iteration.
func BenchmarkScoreQuote1000(b *testing.B) {
	bench1000(b, func(s *Scorer, q string) { s.ScoreQuote(q) })
}

// TestFeatureSinkMatchesProbs checks that scoring sums the features under
// the model's weights as they are found (featureSink) to the very
// probabilities probs gives for the listed features.
func TestFeatureSinkMatchesProbs(t *testing.T) {
	w := modelWeights()
	if w == nil {
		t.Skip("no model")
	}
	for _, c := range []struct {
		text   string
		target string // "" for the whole text
	}{
		{"We strongly condemn the attack and its reckless authors.", ""},
		{"Critics said Anna Brown was not a good ally, but she won.", "Anna Brown"},
		{"The deal is a great success for both sides, he said.", "he"},
		{"“They lied,” the minister told reporters on Monday.", ""},
	} {
		start, end := -1, -1
		if c.target != "" {
			start = strings.Index(c.text, c.target)
			end = start + len(c.target)
		}
		want := probs(modelBin, Features(c.text, start, end))
		p := &prepared{text: c.text}
		p.tokenize()
		first, last := targetSpan(p.toks, start, end)
		fs := featureSink{w: w}
		featuresRules(p, first, last, &fs)
		z := fs.z
		modelProbs(&z)
		if !slices.Equal(z[:], want) {
			t.Errorf("%q towards %q: %v, want %v", c.text, c.target, z, want)
		}
	}
}

// TestAddAll checks that featureSink.addAll sums features to the very
// sums of add one by one, over slots across the weight table and values
// of either sign.
func TestAddAll(t *testing.T) {
	w := modelWeights()
	if w == nil {
		t.Skip("no model")
	}
	for _, n := range []int{0, 1, 2, 7, 1000} {
		var f []Feature
		for k := 0; k < n; k++ {
			f = append(f, Feature{(k*7919 + 13) % modelDim, []float64{0.3, -0.75, 1, 0.5e-3}[k%4]})
		}
		want, got := featureSink{w: w, z: [numClasses]float64{0.25, -1, 2}}, featureSink{w: w, z: [numClasses]float64{0.25, -1, 2}}
		for _, x := range f {
			want.add(x.Index, x.Value)
		}
		got.addAll(f)
		if got.z != want.z {
			t.Errorf("%d features: addAll %v, add %v", n, got.z, want.z)
		}
	}
}

// TestSoftmax checks Softmax against its definition with math.Max and
// math.Exp, bit for bit, on zeros of either sign, infinities and NaN.
func TestSoftmax(t *testing.T) {
	for _, z := range [][]float64{
		{0, 0, 0},
		{math.Copysign(0, -1), 0, 1},
		{-2.5, 0.75, 3},
		{1, math.Inf(1), 2},
		{math.Inf(-1), -1, math.Inf(-1)},
		{1, math.NaN(), 2},
	} {
		m := math.Inf(-1)
		for _, v := range z {
			m = math.Max(m, v)
		}
		want := make([]float64, len(z))
		var s float64
		for i, v := range z {
			want[i] = math.Exp(v - m)
			s += want[i]
		}
		for i := range want {
			want[i] /= s
		}
		got := Softmax(append([]float64(nil), z...))
		for i := range got {
			if math.Float64bits(got[i]) != math.Float64bits(want[i]) && !(math.IsNaN(got[i]) && math.IsNaN(want[i])) {
				t.Errorf("Softmax(%v) = %v, want %v", z, got, want)
				break
			}
		}
	}
}
