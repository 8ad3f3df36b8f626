package polnear

import (
	"sort"
	"strings"
	"unicode"

	"github.com/quotelens/quotelens/attribution"
)

// Predictor extracts quotes from an article text; offsets in the returned
// quotes are byte offsets into text. (*attribution.Extractor).Extract has
// this shape.
type Predictor func(text string) []attribution.Quote

// Counts holds matching counts for one slice of the evaluation.
type Counts struct {
	Gold     int // gold contents
	Pred     int // predicted contents
	MatchedG int // gold contents matched (recall numerator)
	MatchedP int // predicted contents matched (precision numerator)
}

// Precision is MatchedP/Pred (0 when nothing was predicted).
func (c Counts) Precision() float64 { return ratio(c.MatchedP, c.Pred) }

// Recall is MatchedG/Gold (0 when there is no gold content).
func (c Counts) Recall() float64 { return ratio(c.MatchedG, c.Gold) }

// F1 is the harmonic mean of Precision and Recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Prediction is one predicted quote with its kind under the same
// quotation-mark rule as the gold.
type Prediction struct {
	attribution.Quote
	Kind Kind
}

// Match pairs a gold attribution with the prediction that matched it.
type Match struct {
	Gold    *Attribution
	Pred    *Prediction
	Overlap int // shared tokens
	// Named reports whether the gold source is a name (not a pronoun or an
	// empty/description source); only these count for speaker accuracy.
	Named bool
	// SpeakerOK reports whether the predicted speaker agrees with the gold
	// source (meaningful when Named).
	SpeakerOK bool
	// Contained reports a sample-gold piece found inside a longer predicted
	// quote of the same speaker rather than by the one-to-one matching (see
	// EvaluateSample); PolNeAR matching never sets it.
	Contained bool
}

// DocResult is the evaluation of one article.
type DocResult struct {
	Doc            *Document
	Predictions    []*Prediction
	Matches        []Match
	Misses         []*Attribution // gold contents no prediction matched
	FalsePositives []*Prediction  // predictions that matched no gold content
}

// Result is the evaluation of a whole split.
type Result struct {
	Overall Counts
	ByKind  map[Kind]Counts
	// SpeakerTotal counts matched pairs whose gold source is a name;
	// SpeakerCorrect those of them the predicted speaker agrees with.
	SpeakerTotal   int
	SpeakerCorrect int
	// SkippedGold counts gold contents with no tokens (punctuation only),
	// which are left out of every count.
	SkippedGold int
	Docs        []*DocResult
}

// SpeakerAccuracy is SpeakerCorrect/SpeakerTotal.
func (r *Result) SpeakerAccuracy() float64 { return ratio(r.SpeakerCorrect, r.SpeakerTotal) }

// Evaluate runs predict over every document and matches its predicted
// contents against the gold ones: a pair matches when the two share at least
// half of the longer one's tokens; pairs are chosen greedily by overlap, one
// to one.
func Evaluate(docs []*Document, predict Predictor) *Result {
	res := &Result{ByKind: map[Kind]Counts{}}
	for _, d := range docs {
		dr := EvaluateDocument(d, predict(d.Text))
		res.add(dr)
	}
	return res
}

// Subset recomputes the figures over the documents keep accepts (one
// publisher, say).
func (r *Result) Subset(keep func(*Document) bool) *Result {
	sub := &Result{ByKind: map[Kind]Counts{}}
	for _, dr := range r.Docs {
		if keep(dr.Doc) {
			sub.add(dr)
		}
	}
	return sub
}

func (r *Result) add(dr *DocResult) {
	r.Docs = append(r.Docs, dr)
	bump := func(k Kind, f func(*Counts)) {
		c := r.ByKind[k]
		f(&c)
		r.ByKind[k] = c
		f(&r.Overall)
	}
	matchedG := map[*Attribution]bool{}
	matchedP := map[*Prediction]bool{}
	for _, m := range dr.Matches {
		matchedG[m.Gold] = true
		matchedP[m.Pred] = true
		if m.Named {
			r.SpeakerTotal++
			if m.SpeakerOK {
				r.SpeakerCorrect++
			}
		}
	}
	for i := range dr.Doc.Attributions {
		g := &dr.Doc.Attributions[i]
		if len(dr.Doc.Quotes.TokenSet(g.Content)) == 0 {
			r.SkippedGold++
			continue
		}
		bump(g.Kind, func(c *Counts) {
			c.Gold++
			if matchedG[g] {
				c.MatchedG++
			}
		})
	}
	for _, p := range dr.Predictions {
		bump(p.Kind, func(c *Counts) {
			c.Pred++
			if matchedP[p] {
				c.MatchedP++
			}
		})
	}
}

// EvaluateDocument matches predicted quotes against one document's gold.
// Predictions with offsets outside the text are ignored.
func EvaluateDocument(d *Document, quotes []attribution.Quote) *DocResult {
	q := d.Quotes
	if q == nil {
		q = NewQuoteMap(d.Text)
		d.Quotes = q
	}
	dr := &DocResult{Doc: d}
	var predToks [][]int
	for _, qt := range quotes {
		if qt.Start < 0 || qt.End > len(d.Text) || qt.Start >= qt.End {
			continue
		}
		toks := q.TokenSet([]Span{{qt.Start, qt.End}})
		p := &Prediction{Quote: qt, Kind: q.classifyTokens(toks)}
		dr.Predictions = append(dr.Predictions, p)
		predToks = append(predToks, toks)
	}
	var goldIdx []int
	var goldToks [][]int
	for i := range d.Attributions {
		toks := q.TokenSet(d.Attributions[i].Content)
		if len(toks) == 0 {
			continue
		}
		goldIdx = append(goldIdx, i)
		goldToks = append(goldToks, toks)
	}
	type cand struct{ g, p, ov, diff int }
	var cands []cand
	for gi, gt := range goldToks {
		for pi, pt := range predToks {
			ov := intersect(gt, pt)
			longer := max(len(gt), len(pt))
			if ov == 0 || 2*ov < longer {
				continue
			}
			cands = append(cands, cand{gi, pi, ov, abs(len(gt) - len(pt))})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].ov != cands[j].ov {
			return cands[i].ov > cands[j].ov
		}
		return cands[i].diff < cands[j].diff
	})
	usedG := make([]bool, len(goldToks))
	usedP := make([]bool, len(predToks))
	for _, c := range cands {
		if usedG[c.g] || usedP[c.p] {
			continue
		}
		usedG[c.g], usedP[c.p] = true, true
		g := &d.Attributions[goldIdx[c.g]]
		p := dr.Predictions[c.p]
		m := Match{Gold: g, Pred: p, Overlap: c.ov, Named: IsNamedSource(d.Text, g.Source)}
		m.SpeakerOK = SpeakerAgrees(d.Text, g.Source, p.Quote)
		dr.Matches = append(dr.Matches, m)
	}
	sort.Slice(dr.Matches, func(i, j int) bool { return dr.Matches[i].Gold.Content[0].Start < dr.Matches[j].Gold.Content[0].Start })
	for gi := range goldToks {
		if !usedG[gi] {
			dr.Misses = append(dr.Misses, &d.Attributions[goldIdx[gi]])
		}
	}
	sort.Slice(dr.Misses, func(i, j int) bool { return dr.Misses[i].Content[0].Start < dr.Misses[j].Content[0].Start })
	for pi := range predToks {
		if !usedP[pi] {
			dr.FalsePositives = append(dr.FalsePositives, dr.Predictions[pi])
		}
	}
	return dr
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// intersect counts the common elements of two sorted int slices.
func intersect(a, b []int) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// pronouns are sources that are not names.
var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"him": true, "her": true, "them": true, "his": true, "their": true, "its": true,
	"who": true, "us": true, "me": true, "our": true, "my": true, "your": true,
	"himself": true, "herself": true, "themselves": true, "itself": true, "one": true,
}

// notNames are capitalised words that do not make a source a name:
// determiners, quantifiers and other words that are capitalised only because
// they start a sentence.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"some": true, "many": true, "most": true, "several": true, "other": true, "others": true,
	"both": true, "all": true, "each": true, "every": true, "any": true, "few": true, "no": true,
	"one": true, "two": true, "three": true, "such": true, "another": true, "neither": true, "either": true,
	"more": true, "much": true, "according": true, "but": true, "and": true, "or": true, "as": true,
	"which": true, "whose": true, "whom": true, "what": true, "someone": true, "somebody": true,
	"everyone": true, "nobody": true, "people": true, "critics": true, "experts": true,
	"officials": true, "analysts": true, "supporters": true, "observers": true, "sources": true,
	"voters": true, "polls": true, "reports": true, "aides": true, "advisers": true,
}

// titles are capitalised words that a name may carry but that do not
// identify anyone: sharing "President" is no evidence of the same speaker.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sen": true, "senator": true,
	"rep": true, "representative": true, "gov": true, "governor": true, "president": true,
	"vice": true, "secretary": true, "gen": true, "general": true, "judge": true, "justice": true,
	"rev": true, "prof": true, "professor": true, "chairman": true, "chairwoman": true, "speaker": true,
	"leader": true, "minister": true, "prime": true, "mayor": true, "former": true, "candidate": true,
	"nominee": true, "republican": true, "democratic": true, "democrat": true, "state": true,
	"press": true, "spokesman": true, "spokeswoman": true, "house": true, "white": true,
	"campaign": true, "party": true, "department": true, "jr": true, "sr": true,
}

// NameTokens returns the capitalised words of s that identify a name: not
// pronouns, determiners, titles or single letters. Possessors ("Putin" in "Putin's press
// secretary Dmitry Peskov") are left out when other name words remain, since
// the source is then someone else.
func NameTokens(s string) []string {
	var names, possessors []string
	for _, t := range Tokens(s) {
		w := s[t.Start:t.End]
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			continue
		}
		lw := strings.ToLower(w)
		if len(r) == 1 || pronouns[lw] || notNames[lw] || titles[lw] {
			continue
		}
		if rest := s[t.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			possessors = append(possessors, lw)
			continue
		}
		names = append(names, lw)
	}
	if len(names) == 0 {
		return possessors
	}
	return names
}

// IsNamedSource reports whether a gold source is a name rather than a
// pronoun, a description ("the newspaper", "officials", "the president") or
// empty: it holds a capitalised word that is not a pronoun, a determiner or
// a title (see NameTokens).
func IsNamedSource(text string, source []Span) bool {
	return len(source) > 0 && len(NameTokens(spanText(text, source))) > 0
}

// SpeakerAgrees reports whether a predicted quote's speaker agrees with a
// gold source: the predicted mention span overlaps the source span, or the
// predicted canonical speaker or mention shares a name token with the source
// text (case-insensitively: "Trump" agrees with "Donald Trump").
func SpeakerAgrees(text string, source []Span, q attribution.Quote) bool {
	if len(source) == 0 {
		return false
	}
	if q.MentionStart >= 0 && q.MentionEnd > q.MentionStart {
		m := Span{q.MentionStart, q.MentionEnd}
		for _, s := range source {
			if s.Overlaps(m) {
				return true
			}
		}
	}
	gold := map[string]bool{}
	for _, w := range NameTokens(spanText(text, source)) {
		gold[w] = true
	}
	if len(gold) == 0 {
		return false
	}
	for _, cand := range []string{q.Speaker, q.Mention} {
		for _, t := range Tokens(cand) {
			if gold[strings.ToLower(cand[t.Start:t.End])] {
				return true
			}
		}
	}
	return false
}
