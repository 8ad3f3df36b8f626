package sentiment

import (
	"strings"
	"sync"
	"unsafe"
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
	mask     bool   // vaderMaskWords
	neg      bool   // negators
	vneg     bool   // VADER's negated: in its negate list or holding "n't"
	vmasked  bool   // vaderMasked: mask || inNews || neg
	hedge    bool   // hedges
	pronoun  bool   // pronouns
	phrase   bool   // first word of one of the phrases
	uni      int    // unigramSlot(word), at least denseFeats: 0 only in noInfo
	bi       uint32 // bigramState(word)
}

// noInfo is the wordInfo of words in no table.
var noInfo wordInfo

var (
	wordTableOnce sync.Once
	wordTable     map[string]*wordInfo
	wordSlots     []wordSlot // wordTable as an open-addressing hash table
	wordMask      uint32     // len(wordSlots)-1
)

// wordBits has bit h>>(32-wordBitsLog) set for the wordHash h of each word
// of wordTable: a word whose bit is clear is in no table, which 16 KB tell
// without a probe of wordSlots (most words of a text; some 6% of the others
// share a bit with a table word).
var wordBits [1 << (wordBitsLog - 6)]uint64

const wordBitsLog = 17

// wordSlot is one slot of wordSlots: a word's wordInfo and the wordHash of
// the word (nil info: empty slot).
type wordSlot struct {
	hash uint32
	info *wordInfo
}

// wordHash is FNV-1a, 32 bits (model.go's fnvAdd from fnvOffset).
func wordHash(w string) uint32 { return fnvAdd(fnvOffset, w) }

// lookupWord returns the wordInfo of the lower-cased word w.
func lookupWord(w string) *wordInfo { return lookupWordHash(w, wordHash(w)) }

// lookupWordBytes is lookupWord(string(w)), without the copy.
func lookupWordBytes(w []byte) *wordInfo {
	return lookupWord(unsafe.String(unsafe.SliceData(w), len(w)))
}

// lookupWordHash is lookupWord(w) for h = wordHash(w). w is not kept.
func lookupWordHash(w string, h uint32) *wordInfo {
	wordTableOnce.Do(buildWordTable)
	if b := h >> (32 - wordBitsLog); wordBits[b/64]&(1<<(b%64)) == 0 {
		return &noInfo // most words: no word of the table has their hash's top bits
	}
	for i := h & wordMask; ; i = (i + 1) & wordMask {
		s := &wordSlots[i]
		if s.info == nil {
			return &noInfo
		}
		if s.hash == h && s.info.word == w {
			return s.info
		}
	}
}

// indexWords builds wordSlots from wordTable, at most half full.
func indexWords() {
	n := 1
	for n < 2*len(wordTable)+1 {
		n *= 2
	}
	wordSlots, wordMask = make([]wordSlot, n), uint32(n-1)
	for w, in := range wordTable {
		h := wordHash(w)
		i := h & wordMask
		for wordSlots[i].info != nil {
			i = (i + 1) & wordMask
		}
		wordSlots[i] = wordSlot{hash: h, info: in}
		b := h >> (32 - wordBitsLog)
		wordBits[b/64] |= 1 << (b % 64)
	}
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
	for _, w := range vaderModel().Constants.NegateList {
		get(w).vneg = true
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
	for w, in := range t {
		in.uni, in.bi = unigramSlot(w), bigramState(w)
		in.vneg = in.vneg || strings.Contains(w, "n't")
		in.vmasked = in.mask || in.inNews || in.neg
	}
	wordTable = t
	indexWords()
}
