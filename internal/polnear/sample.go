package polnear

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/quotelens/quotelens/attribution"
)

// SampleGold is a hand annotation of every quote in a set of articles
// (attribution/testdata/sample_gold.yaml for the sample corpus).
type SampleGold struct {
	// Speakers maps canonical speaker names to the other names accepted for them.
	Speakers map[string]SampleSpeaker `yaml:"speakers"`
	// Documents lists the annotated articles.
	Documents []SampleDocument `yaml:"documents"`
}

// SampleSpeaker is one canonical speaker of a SampleGold.
type SampleSpeaker struct {
	Kind    string   `yaml:"kind"`
	Aliases []string `yaml:"aliases"`
}

// SampleDocument is the annotation of one article.
type SampleDocument struct {
	File   string        `yaml:"file"` // file name in the sample directory
	Quotes []SampleQuote `yaml:"quotes"`
}

// SampleQuote is one annotated quote.
type SampleQuote struct {
	Content    string   `yaml:"content"`    // exact substring of the article
	Occurrence int      `yaml:"occurrence"` // which occurrence of Content (1-based); required when it repeats
	Type       string   `yaml:"type"`       // direct, indirect or mixed
	Speaker    string   `yaml:"speaker"`    // canonical name; "" when the text names no source
	Also       []string `yaml:"also"`       // other defensible speakers
	Via        string   `yaml:"via"`        // channel named in the text
	Optional   bool     `yaml:"optional"`   // neither a miss when absent nor a false positive when found
	Note       string   `yaml:"note"`
}

// LoadSampleGold reads and checks a sample gold file.
func LoadSampleGold(path string) (*SampleGold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var g SampleGold
	if err := dec.Decode(&g); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	for _, d := range g.Documents {
		for i, q := range d.Quotes {
			where := fmt.Sprintf("%s: %s quote %d (%.40q)", path, d.File, i+1, q.Content)
			switch attribution.Type(q.Type) {
			case attribution.Direct, attribution.Indirect, attribution.Mixed:
			default:
				return nil, fmt.Errorf("%s: type %q is not direct, indirect or mixed", where, q.Type)
			}
			if q.Content == "" {
				return nil, fmt.Errorf("%s: empty content", where)
			}
			for _, s := range append([]string{q.Speaker}, q.Also...) {
				if _, ok := g.Speakers[s]; s != "" && !ok {
					return nil, fmt.Errorf("%s: speaker %q is not listed under speakers:", where, s)
				}
			}
		}
	}
	return &g, nil
}

// NormalizeName folds a speaker name for comparison: lower case, no leading
// "the", hyphens as spaces, no apostrophes or dots, single spaces.
func NormalizeName(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("’", "", "'", "", ".", "", "-", " ", "‐", " ").Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}

// SampleResult is the evaluation of an extractor against a SampleGold.
type SampleResult struct {
	Required       int            // non-optional gold quotes
	Found          int            // of them, matched by a prediction
	RequiredByType map[string]int // non-optional gold quotes by gold type
	FoundByType    map[string]int
	Predicted      int // predictions, less those matched to optional gold quotes
	Correct        int // predictions matched to non-optional gold quotes
	SpeakerTotal   int // matched non-optional gold quotes with a speaker
	SpeakerCorrect int
	TypeCorrect    int // matched non-optional quotes whose predicted type is the gold type
	ViaTotal       int // matched non-optional quotes with a via
	ViaCorrect     int
	Misses         []string // one line per missed gold quote
	FalsePositives []string // one line per unmatched prediction
	SpeakerErrors  []string // one line per wrong speaker
	TypeErrors     []string
	ViaErrors      []string
}

// Recall is Found/Required.
func (r *SampleResult) Recall() float64 { return ratio(r.Found, r.Required) }

// Precision is Correct/Predicted.
func (r *SampleResult) Precision() float64 { return ratio(r.Correct, r.Predicted) }

// SpeakerAccuracy is SpeakerCorrect/SpeakerTotal.
func (r *SampleResult) SpeakerAccuracy() float64 { return ratio(r.SpeakerCorrect, r.SpeakerTotal) }

// EvaluateSample runs predict over every article of g (read from dir) and
// scores it: a prediction matches a gold quote under the same token-overlap
// rule as PolNeAR; the speaker is right when the predicted canonical speaker
// equals the gold one, an alias of it or an accepted alternative (after
// NormalizeName).
//
// The gold lists a split quote ("“A,” X said. “B”") and its follow-on
// paragraphs as one entry per piece, while the extractor, like PolNeAR,
// merges them into one quote. So that the two conventions agree, a gold
// piece left unmatched by the one-to-one matching is also found when a
// prediction contains every one of its tokens and names an accepted speaker
// for it; one prediction may thus cover several pieces, and it is not a false
// positive.
func EvaluateSample(g *SampleGold, dir string, predict Predictor) (*SampleResult, error) {
	r := &SampleResult{RequiredByType: map[string]int{}, FoundByType: map[string]int{}}
	accepted := func(q SampleQuote) map[string]bool {
		m := map[string]bool{}
		for _, s := range append([]string{q.Speaker}, q.Also...) {
			m[NormalizeName(s)] = true
			for _, a := range g.Speakers[s].Aliases {
				m[NormalizeName(a)] = true
			}
		}
		return m
	}
	for _, sd := range g.Documents {
		path := filepath.Join(dir, sd.File)
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		text := string(data)
		doc := &Document{Name: sd.File, Text: text, Quotes: NewQuoteMap(text)}
		for i, q := range sd.Quotes {
			span, err := locate(text, q)
			if err != nil {
				return nil, fmt.Errorf("%s quote %d: %v", path, i+1, err)
			}
			doc.Attributions = append(doc.Attributions, Attribution{
				ID: fmt.Sprint(i), Content: []Span{span}, SourceText: q.Speaker,
				Kind: doc.Quotes.Classify([]Span{span}),
			})
		}
		dr := EvaluateDocument(doc, predict(text))
		matchOf := map[int]*Match{}
		for k := range dr.Matches {
			m := &dr.Matches[k]
			matchOf[indexOf(doc.Attributions, m.Gold)] = m
		}
		// A piece of a split quote (or a follow-on paragraph) that the one-to-one
		// matching left over counts as found when a prediction with an accepted
		// speaker contains all its tokens: the extractor, like PolNeAR, merges
		// the pieces of one quotation into one quote.
		for i, q := range sd.Quotes {
			if matchOf[i] != nil {
				continue
			}
			g := &doc.Attributions[i]
			gt := doc.Quotes.TokenSet(g.Content)
			for _, p := range dr.Predictions {
				pt := doc.Quotes.TokenSet([]Span{{p.Start, p.End}})
				if len(gt) > 0 && intersect(gt, pt) == len(gt) && accepted(q)[NormalizeName(p.Speaker)] && q.Speaker != "" {
					matchOf[i] = &Match{Gold: g, Pred: p, Overlap: len(gt), Contained: true}
					break
				}
			}
		}
		optionalPred := map[*Prediction]bool{}
		for i, q := range sd.Quotes {
			m := matchOf[i]
			if q.Optional {
				if m != nil {
					optionalPred[m.Pred] = true
				}
				continue
			}
			r.Required++
			r.RequiredByType[q.Type]++
			short := fmt.Sprintf("%s [%s] %s: %s", sd.File, q.Type, orNone(q.Speaker), clip(q.Content, 90))
			if m == nil {
				r.Misses = append(r.Misses, short)
				continue
			}
			r.Found++
			r.FoundByType[q.Type]++
			if string(m.Pred.Type) == q.Type {
				r.TypeCorrect++
			} else {
				r.TypeErrors = append(r.TypeErrors, fmt.Sprintf("%s — predicted %s", short, m.Pred.Type))
			}
			if q.Speaker != "" {
				r.SpeakerTotal++
				if accepted(q)[NormalizeName(m.Pred.Speaker)] {
					r.SpeakerCorrect++
				} else {
					r.SpeakerErrors = append(r.SpeakerErrors, fmt.Sprintf("%s — predicted speaker %q (mention %q)", short, m.Pred.Speaker, m.Pred.Mention))
				}
			}
			if q.Via != "" {
				r.ViaTotal++
				if NormalizeName(m.Pred.Via) == NormalizeName(q.Via) {
					r.ViaCorrect++
				} else {
					r.ViaErrors = append(r.ViaErrors, fmt.Sprintf("%s — via %q, predicted %q", short, q.Via, m.Pred.Via))
				}
			}
		}
		matched := map[*Prediction]bool{}
		for _, m := range matchOf {
			matched[m.Pred] = true
		}
		for _, p := range dr.Predictions {
			if optionalPred[p] {
				continue
			}
			r.Predicted++
			if matched[p] {
				r.Correct++
				continue
			}
			r.FalsePositives = append(r.FalsePositives, fmt.Sprintf("%s [%s] %s: %s", sd.File, p.Type, orNone(p.Speaker), clip(p.Content, 90)))
		}
	}
	return r, nil
}

func indexOf(as []Attribution, a *Attribution) int {
	for i := range as {
		if &as[i] == a {
			return i
		}
	}
	return -1
}

func orNone(s string) string {
	if s == "" {
		return "(no speaker)"
	}
	return s
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// locate finds the byte span of q.Content in text.
func locate(text string, q SampleQuote) (Span, error) {
	n := strings.Count(text, q.Content)
	occ := q.Occurrence
	switch {
	case n == 0:
		return Span{}, fmt.Errorf("content %.60q is not in the article; copy it exactly", q.Content)
	case n > 1 && occ == 0:
		return Span{}, fmt.Errorf("content %.60q occurs %d times; say which with occurrence:", q.Content, n)
	case occ > n:
		return Span{}, fmt.Errorf("content %.60q occurs %d times, not %d", q.Content, n, occ)
	}
	occ = max(occ, 1)
	pos := 0
	for k := 1; ; k++ {
		i := strings.Index(text[pos:], q.Content)
		if k == occ {
			return Span{pos + i, pos + i + len(q.Content)}, nil
		}
		pos += i + len(q.Content)
	}
}

// WriteSampleReport prints the sample figures and, with details, every miss,
// false positive and speaker, type and via error.
func WriteSampleReport(w io.Writer, r *SampleResult, details bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "sample: recall %.3f (%d/%d), precision %.3f (%d/%d), speaker accuracy %.3f (%d/%d)\n",
		r.Recall(), r.Found, r.Required, r.Precision(), r.Correct, r.Predicted, r.SpeakerAccuracy(), r.SpeakerCorrect, r.SpeakerTotal)
	types := make([]string, 0, len(r.RequiredByType))
	for t := range r.RequiredByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		fmt.Fprintf(&b, "  %-8s recall %.3f (%d/%d)\n", t, ratio(r.FoundByType[t], r.RequiredByType[t]), r.FoundByType[t], r.RequiredByType[t])
	}
	fmt.Fprintf(&b, "  type agreement %d/%d, via agreement %d/%d\n", r.TypeCorrect, r.Found, r.ViaCorrect, r.ViaTotal)
	if details {
		for _, sec := range []struct {
			name  string
			lines []string
		}{{"MISS", r.Misses}, {"FP", r.FalsePositives}, {"SPEAKER", r.SpeakerErrors}, {"TYPE", r.TypeErrors}, {"VIA", r.ViaErrors}} {
			for _, l := range sec.lines {
				fmt.Fprintf(&b, "%-7s %s\n", sec.name, l)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
