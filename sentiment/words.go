package sentiment

import (
	"strings"
	"sync"
)

// wordInfo is what the scorer's word tables say about one lower-cased
// word, looked up once per token (tokenize) rather than once per table and
// per target.
type wordInfo struct {
	word     string  // the word
	news     float64 // newsLexicon valence, if inNews
	vader    float64 // VADER lexicon valence scaled to [-1, 1], if inVader
	intens   float64 // intensifiers factor, if inIntens
	vaderRaw float64 // VADER lexicon valence, if inVader
	boost    float64 // VADER booster value, if inBoost
	inBoost  bool
	idiom    bool // a word of one of VADER's multi-word idioms or boosters
	inNews   bool
	inVader  bool
	inIntens bool
	mask     bool // vaderMaskWords
	neg      bool // negators
	hedge    bool // hedges
	pronoun  bool // pronouns
	phrase   bool // first word of one of the phrases
}

// noInfo is the wordInfo of words in no table.
var noInfo wordInfo

var (
	wordTableOnce sync.Once
	wordTable     map[string]*wordInfo
)

// lookupWord returns the wordInfo of the lower-cased word w.
func lookupWord(w string) *wordInfo {
	wordTableOnce.Do(buildWordTable)
	if in, ok := wordTable[w]; ok {
		return in
	}
	return &noInfo
}

// lookupWordBytes is lookupWord(string(w)), without the copy.
func lookupWordBytes(w []byte) *wordInfo {
	wordTableOnce.Do(buildWordTable)
	if in, ok := wordTable[string(w)]; ok {
		return in
	}
	return &noInfo
}

func buildWordTable() {
	lex := vaderModel().Lexicon
	t := make(map[string]*wordInfo, len(lex)+len(newsLexicon))
	get := func(w string) *wordInfo {
		in := t[w]
		if in == nil {
			in = &wordInfo{word: w}
			t[w] = in
		}
		return in
	}
	for w, v := range lex {
		in := get(w)
		in.vader, in.vaderRaw, in.inVader = v/4, v, true
	}
	for w, v := range vaderModel().Constants.BoosterDict {
		in := get(w)
		in.boost, in.inBoost = v, true
	}
	for _, m := range []map[string]float64{vaderModel().Constants.BoosterDict, vaderModel().Constants.SpecialCaseIdioms} {
		for k := range m {
			if ws := strings.Fields(k); len(ws) > 1 {
				for _, w := range ws {
					get(w).idiom = true
				}
			}
		}
	}
	for w, v := range newsLexicon {
		in := get(w)
		in.news, in.inNews = v, true
	}
	for w, m := range intensifiers {
		in := get(w)
		in.intens, in.inIntens = m, true
	}
	for w, ok := range vaderMaskWords {
		get(w).mask = ok
	}
	for w, ok := range negators {
		get(w).neg = ok
	}
	for w, ok := range hedges {
		get(w).hedge = ok
	}
	for w, ok := range pronouns {
		get(w).pronoun = ok
	}
	for _, p := range phrases {
		get(p.words[0]).phrase = true
	}
	wordTable = t
}
