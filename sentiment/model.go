package sentiment

// The fitted stance model: features, weights file and scoring.

import (
	_ "embed"
	"encoding/binary"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// modelDim is the number of feature slots of the fitted model: a few dense
// features followed by hashed words.
const (
	modelDim   = 1 << 18
	denseFeats = 16
	numClasses = 3 // negative, neutral, positive
)

// modelBin holds the weights fitted on NewsMTSC train by
// `go run ./tools/trainstance`, as EncodeModel writes them.
//
//go:embed model.bin
var modelBin []byte

// modelHeader is the size of the model file's header: the float32 scale.
const modelHeader = 4

// EncodeModel writes weights w (numClasses rows of modelDim, class by class)
// in the model file format: a little-endian float32 scale, then per feature
// slot the numClasses weights as little-endian int16 multiples of scale.
// Weights are read straight from the file, so loading costs nothing.
func EncodeModel(w []float64) []byte {
	var m float64
	for _, v := range w {
		m = math.Max(m, math.Abs(v))
	}
	scale := m / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	buf := make([]byte, modelHeader+2*len(w))
	binary.LittleEndian.PutUint32(buf, math.Float32bits(float32(scale)))
	for c := 0; c < numClasses; c++ {
		for k := 0; k < modelDim; k++ {
			q := int16(math.Round(w[c*modelDim+k] / scale))
			binary.LittleEndian.PutUint16(buf[modelHeader+2*(k*numClasses+c):], uint16(q))
		}
	}
	return buf
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
	p := &prepared{text: text}
	p.tokenize()
	first, last := targetSpan(p.toks, start, end)
	var fs featureSink
	featuresRules(p, first, last, &fs)
	return fs.f
}

// featureSink receives featuresRules' features: with weights w, it sums
// them under w into z, class by class and feature by feature as probsInto
// adds them (the same sums); without, it collects them in f, in order.
type featureSink struct {
	f []Feature
	w [][numClasses]int16
	z [numClasses]float64
}

// add adds the feature of slot i and value v.
func (fs *featureSink) add(i int, v float64) {
	if fs.w == nil {
		fs.f = append(fs.f, Feature{i, v})
		return
	}
	r := &fs.w[i]
	fs.z[0] += float64(r[0]) * v
	fs.z[1] += float64(r[1]) * v
	fs.z[2] += float64(r[2]) * v
}

// addAll adds the features f in order, as add does one by one: the same
// sums, kept in registers rather than in z between features, and each
// feature's row read without a bounds check (every slot is below
// modelDim, so masking it changes none).
func (fs *featureSink) addAll(f []Feature) {
	if fs.w == nil {
		fs.f = append(fs.f, f...)
		return
	}
	w := (*[modelDim][numClasses]int16)(fs.w)
	z0, z1, z2 := fs.z[0], fs.z[1], fs.z[2]
	for _, x := range f {
		r := &w[x.Index&(modelDim-1)]
		z0 += float64(r[0]) * x.Value
		z1 += float64(r[1]) * x.Value
		z2 += float64(r[2]) * x.Value
	}
	fs.z = [numClasses]float64{z0, z1, z2}
}

// scratch holds featuresRules' buffers between calls.
type scratch struct {
	words []Feature // the word features
	vals  []float64 // wholeWords' valences
	w     []float64 // target weights
	win   []token   // the target's window
	ws    []seqWord
	// winUsed and wsUsed are the most of win and ws that a call filled:
	// release clears that much of each (win is filled only towards a
	// target)
	winUsed, wsUsed int
}

// seqWord is a word of featuresRules' word sequence.
type seqWord struct {
	word   string
	info   *wordInfo // the word's entry for its uni and bi, if any: the token's own, targetInfo or entityInfo
	val    float64   // lexicon valence, negation applied
	inq    bool      // inside quotation marks
	entity bool      // word is entityWord
}

// release drops the buffers' references to the text, keeping them.
func (sc *scratch) release() {
	clear(sc.win[:sc.winUsed])
	clear(sc.ws[:sc.wsUsed])
	sc.winUsed, sc.wsUsed = 0, 0
}

// targetSpan returns the indices of the first and last token overlapping
// text[start:end], or -1, -1.
func targetSpan(toks []token, start, end int) (first, last int) {
	first, last = -1, -1
	if start < 0 || end <= start {
		return
	}
	for i, t := range toks {
		if t.start+len(t.raw) > start && t.start < end {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return
}

// appendTargetWeights sets w[:0] to the weight of each token for the
// rules: 0 on the target toks[first:last+1], 1 within targetWindow tokens
// of it, farWeight beyond; nil without a target (first < 0).
func appendTargetWeights(w []float64, toks []token, first, last int) []float64 {
	if first < 0 {
		return nil
	}
	w = append(w[:0], make([]float64, len(toks))...)
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

// hashSlot is the feature slot of prefix and the concatenation of parts
// (32-bit FNV-1a, computed without allocating).
func hashSlot(prefix byte, parts ...string) int { return slotOf(fnvState(prefix, parts...)) }

// fnvState is the FNV-1a state of hashSlot(prefix, parts...) before
// slotOf: hashSlot(prefix, parts..., w) is slotOf(fnvAdd(fnvState(prefix,
// parts...), w)).
func fnvState(prefix byte, parts ...string) uint32 {
	h := fnvStep(fnvOffset, prefix)
	for _, s := range parts {
		h = fnvAdd(h, s)
	}
	return h
}

// Slots and states of featuresRules' hashed features that do not depend on
// a word, computed once: the untargeted valence features, and the states
// of the window words by side ("L", "R") and distance bucket
// (bucketIndex's "1", "3", "6", "10") before the word, and the slots of
// the valence features around a target.
var (
	slotAllPos = hashSlot('v', "all+")
	slotAllNeg = hashSlot('v', "all-")
	winStates  = func() (s [2][4]uint32) {
		for i, side := range [2]string{"L", "R"} {
			for j, b := range [4]string{"1", "3", "6", "10"} {
				s[i][j] = fnvState('w', side, b, " ")
			}
		}
		return
	}()
	sideStates  = [2]uint32{fnvState('s', "L", " "), fnvState('s', "R", " ")}
	clauseState = fnvState('c')
	// valSlots[side][bucket][pol] is hashSlot('v', side, b, " ", pol) for
	// side "L", "R", b bucketIndex's buckets then "far" (farBucket), pol
	// "+", "-"
	valSlots = func() (s [2][farBucket + 1][2]int) {
		for i, side := range [2]string{"L", "R"} {
			for j, b := range [farBucket + 1]string{"1", "3", "6", "10", "far"} {
				for k, pol := range [2]string{"+", "-"} {
					s[i][j][k] = hashSlot('v', side, b, " ", pol)
				}
			}
		}
		return
	}()
	// ownSlots[own][pol] is hashSlot('a', own, " ", pol) for own "own",
	// "other"; quotedSlots the same for "q-same", "q-diff"; clauseSlots
	// hashSlot('v', "clause", " ", pol)
	ownSlots         = polSlots('a', "own", "other")
	quotedSlots      = polSlots('a', "q-same", "q-diff")
	clauseSlots      = polSlots('v', "clause")[0]
	slotPossessive   = hashSlot('k', "<poss>")
	slotTargetQuoted = hashSlot('q', "target quoted")
	// targetInfo and entityInfo hold the unigram and bigram hashes of
	// targetWord and entityWord
	targetInfo = wordInfo{word: targetWord, uni: unigramSlot(targetWord), bi: bigramState(targetWord)}
	entityInfo = wordInfo{word: entityWord, uni: unigramSlot(entityWord), bi: bigramState(entityWord)}
)

// farBucket is the index of "far" (beyond targetWindow) in valSlots.
const farBucket = 4

// polSlots returns hashSlot(prefix, w, " ", pol) for each w of words and
// pol "+", "-".
func polSlots(prefix byte, words ...string) [][2]int {
	s := make([][2]int, len(words))
	for i, w := range words {
		s[i] = [2]int{hashSlot(prefix, w, " ", "+"), hashSlot(prefix, w, " ", "-")}
	}
	return s
}

// bucketIndex buckets the token distance d >= 1 from the target: the
// index in winStates of its bucket, "1", "3", "6" or "10" (the greatest
// distance of the bucket), -1 for none (beyond targetWindow).
func bucketIndex(d int) int {
	switch {
	case d == 1:
		return 0
	case d <= 3:
		return 1
	case d <= 6:
		return 2
	case d <= targetWindow:
		return 3
	}
	return -1
}

// The FNV-1a constants, and the states after the unigram and bigram
// prefixes.
const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
	fnvUni           = uint32(uint64(fnvOffset^'u') * uint64(fnvPrime) & 0xffffffff)
	fnvBi            = uint32(uint64(fnvOffset^'b') * uint64(fnvPrime) & 0xffffffff)
)

// fnvStep is the FNV-1a state h after the byte c.
func fnvStep(h uint32, c byte) uint32 { return (h ^ uint32(c)) * fnvPrime }

// fnvAdd is the FNV-1a state h after the bytes of s.
func fnvAdd(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = fnvStep(h, s[i])
	}
	return h
}

// unigramSlot is hashSlot('u', w).
func unigramSlot(w string) int { return slotOf(fnvAdd(fnvUni, w)) }

// bigramState is the FNV-1a state of hashSlot('b', w, " ", next) before
// next.
func bigramState(w string) uint32 { return fnvStep(fnvAdd(fnvBi, w), ' ') }

// slotOf is the feature slot of FNV-1a state h.
func slotOf(h uint32) int { return denseFeats + int(h%uint32(modelDim-denseFeats)) }

// Placeholder words: the target mention, collapsed to one token, so that the
// model learns the context of a target rather than names.
const (
	targetWord = "<t>"
	entityWord = "<e>"
)

// pronouns are the personal pronouns and determiners a target mention can
// be.
var pronouns = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "him": true, "her": true, "them": true, "his": true,
	"its": true, "their": true, "we": true, "us": true, "our": true, "i": true, "me": true, "my": true,
	"you": true, "your": true, "the": true, "this": true, "that": true, "these": true, "those": true,
}

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isName reports whether toks[i] looks like part of a name: capitalised
// and not sentence-initial.
func isName(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	raw := toks[i].raw
	if raw == "" {
		return false
	}
	if c := raw[0]; c < utf8.RuneSelf {
		// unicode.IsUpper on ASCII
		if c < 'A' || c > 'Z' || raw == "I" {
			return false
		}
	} else if r, _ := utf8.DecodeRuneInString(raw); !unicode.IsUpper(r) {
		return false
	}
	switch toks[i-1].raw {
	case ".", "!", "?", "\"", "“", ":", "(", "—":
		return false
	}
	return true
}

// clauseBreak reports whether the token ends a clause for the model's
// clause features.
func clauseBreak(w string) bool {
	switch w {
	case ",", ";", ":", "(", ")", "\"", "“", "”", "but", "while", "although", "whereas", "though", "—", "–":
		return true
	}
	return false
}

// featuresRules returns the model's features towards the target
// toks[first:last+1] (first < 0: the whole text) and the rules' score and
// confidence, which share the lexicon and VADER work.
//
// The features are: dense scores of the rules (news lexicon and VADER,
// over the text and over the target's window), then hashed words and
// bigrams of the text with the target collapsed to targetWord, other names
// to entityWord and negation scope marked (NOT_); with a target, its
// context: words by side and distance bucket, words of its clause, n-grams
// through it, the valence of the lexicon words around it (by side and
// distance, in its clause or not, whether it or another name is nearer,
// inside the same quotation or not) and the kind of mention it is
// (pronoun, common noun, possessive). Each group was measured by
// cross-validation on NewsMTSC train (tools/trainstance -folds); those that
// did no better (stems, trigrams, length-normalised values, negation scope
// up to punctuation, VADER's pos/neg/neu shares, clause lexicon scores)
// were left out.
// The features go to fs.
func featuresRules(p *prepared, first, last int, fs *featureSink) (rsc, rconf float64) {
	toks := p.toks
	// the word features first, so that their rows of the 1.5 MB weight
	// table (~30 cache misses a quote) are prefetched while the lexicon
	// and VADER work below runs, rather than waited for; they are added
	// in their place, after the dense features
	var ws []seqWord
	var words []Feature
	var vals []float64 // towards no target, the words' valences that are not 0
	tpos := -1
	if first < 0 {
		words, vals = p.wholeWords()
	} else {
		ws, tpos = p.wordSeq(first, last)
		words = appendWordFeatures(p.sc.words[:0], ws)
		p.sc.words = words
	}
	if fs.w != nil {
		prefetchRows(&fs.w[0], words)
	}
	whole, vw := p.untargeted()
	fs.add(0, 1)
	fs.add(1, whole.score)
	fs.add(2, vw)
	if first >= 0 {
		l, vwin := p.targeted(first, last)
		fs.add(3, l.score)
		fs.add(4, vwin)
		rsc, rconf = rulesFrom(l, vwin)
	} else {
		fs.add(3, whole.score)
		fs.add(4, vw)
		rsc, rconf = rulesFrom(whole, vw)
	}
	if whole.hedged {
		fs.add(5, 1)
	}
	fs.add(6, min(float64(whole.hits), 5)/5)
	if whole.hits == 0 {
		fs.add(9, 1)
	}
	if first < 0 {
		fs.add(8, 1)
	}

	fs.addAll(words)
	for _, v := range vals {
		if v > 0 {
			fs.add(slotAllPos, v) // hashSlot('v', "all+")
		} else {
			fs.add(slotAllNeg, -v) // hashSlot('v', "all-")
		}
	}
	if tpos >= 0 {
		// the clause around the target
		lo, hi := tpos, tpos
		for lo > 0 && !clauseBreak(ws[lo-1].word) {
			lo--
		}
		for hi+1 < len(ws) && !clauseBreak(ws[hi+1].word) {
			hi++
		}
		nearVal := 0
		for i := range ws {
			word := ws[i].word
			d := i - tpos
			si := 1 // side: "L", "R"
			if d < 0 {
				si, d = 0, -d
			}
			if d == 0 {
				continue
			}
			bk := bucketIndex(d)
			if bk >= 0 {
				// hashSlot('w', side, bucket, " ", word) and hashSlot('s', side, " ", word)
				fs.add(slotOf(fnvAdd(winStates[si][bk], word)), winValue)
				fs.add(slotOf(fnvAdd(sideStates[si], word)), winValue)
			}
			in := i >= lo && i <= hi
			if in {
				fs.add(slotOf(fnvAdd(clauseState, word)), clauseValue) // hashSlot('c', word)
			}
			if v := ws[i].val; v != 0 {
				if bk >= 0 {
					nearVal++
				} else {
					bk = farBucket
				}
				pol := 0 // "+", "-"
				if v < 0 {
					pol = 1
				}
				fs.add(valSlots[si][bk][pol], math.Abs(v))
				// is the target the nearest name to this stance word?
				own := 0 // "own", "other"
				for k := 1; k < d; k++ {
					if (i-k >= 0 && ws[i-k].entity) || (i+k < len(ws) && ws[i+k].entity) {
						own = 1
						break
					}
				}
				fs.add(ownSlots[own][pol], math.Abs(v))
				qs := 0 // "q-same", "q-diff"
				if ws[i].inq != ws[tpos].inq {
					qs = 1
				}
				fs.add(quotedSlots[qs][pol], math.Abs(v))
				if in {
					fs.add(clauseSlots[pol], math.Abs(v))
				}
			}
		}
		// what kind of mention the target is: a pronoun, a possessive, a
		// common noun phrase
		for i := first; i <= last; i++ {
			if !isUpperStart(toks[i].raw) || toks[i].info.pronoun {
				fs.add(hashSlot('k', toks[i].low), 0.5)
			}
		}
		if l := toks[last].low; strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "s'") || (last+1 < len(toks) && toks[last+1].low == "'") {
			fs.add(slotPossessive, 1)
		}
		if ws[tpos].inq {
			fs.add(slotTargetQuoted, 1)
		}
		if nearVal == 0 {
			fs.add(7, 1)
		}
		// n-grams through the target
		l1, l2, r1, r2 := "^", "^", "$", "$"
		if tpos > 0 {
			l1 = ws[tpos-1].word
		}
		if tpos > 1 {
			l2 = ws[tpos-2].word
		}
		if tpos+1 < len(ws) {
			r1 = ws[tpos+1].word
		}
		if tpos+2 < len(ws) {
			r2 = ws[tpos+2].word
		}
		fs.add(hashSlot('t', l2, " ", l1, " ", "<"), ngValue)
		fs.add(hashSlot('t', r1, " ", r2, " ", ">"), ngValue)
		fs.add(hashSlot('t', l1, " ", r1), ngValue)
		fs.add(hashSlot('t', l1, " ", "<"), ngValue)
		fs.add(hashSlot('t', r1, " ", ">"), ngValue)
	}
	return rsc, rconf
}

// wordSeq returns featuresRules' word sequence towards the target
// toks[first:last+1] (first < 0: none), in p's buffer, and the index of
// the target's targetWord in it (-1 without a target).
func (p *prepared) wordSeq(first, last int) (ws []seqWord, tpos int) {
	// the word sequence with the target collapsed to targetWord and
	// negation scope marked
	toks, sc := p.toks, &p.sc
	ws = sc.ws[:0]
	tpos = -1
	neg := 0
	q := false
	for i := range toks {
		t := &toks[i]
		switch t.raw {
		case "\"":
			q = !q
		case "“":
			q = true
		case "”":
			q = false
		}
		if first >= 0 && i >= first && i <= last {
			if i == first {
				tpos = len(ws)
				ws = append(ws, seqWord{word: targetWord, info: &targetInfo, inq: q})
			}
			continue
		}
		sw := seqWord{word: t.low, info: t.info, val: wordValence(t.info), inq: q}
		// isName, called only for a token that does not begin with an
		// ASCII byte other than a capital
		if c := t.raw[0]; ('A' <= c && c <= 'Z' || c >= utf8.RuneSelf) && isName(toks, i) {
			if len(ws) > 0 && ws[len(ws)-1].entity {
				continue
			}
			sw.word, sw.info, sw.entity = entityWord, &entityInfo, true
		}
		if len(sw.word) == 1 && !isWordByte(sw.word[0]) {
			neg = 0
		} else if !sw.entity && t.info.neg {
			neg = 3
		} else if neg > 0 {
			n := len(p.arena)
			p.arena = append(append(p.arena, "NOT_"...), sw.word...)
			sw.word = unsafe.String(&p.arena[n], len(p.arena)-n) // "NOT_" + word
			sw.info, sw.entity = nil, false
			sw.val = -0.75 * sw.val
			neg--
		}
		if sw.info == &noInfo {
			sw.info = nil
		}
		ws = append(ws, sw)
	}
	sc.ws = ws
	sc.wsUsed = max(sc.wsUsed, len(ws))
	return ws, tpos
}

// wholeWords returns, in p's buffers, the word features of the word
// sequence towards no target, appendWordFeatures(wordSeq(-1, -1)), and the
// valences of its words that are not 0, in order, without building the
// sequence: only the features and valences are needed without a target.
func (p *prepared) wholeWords() (f []Feature, vals []float64) {
	toks, sc := p.toks, &p.sc
	f, sc.vals = sc.words[:0], sc.vals[:0]
	neg := 0
	entity := false // the word before is entityWord
	var prev uint32 // the bigram state of the word before
	for i := range toks {
		// wordSeq's word, info, entity and valence for toks[i]
		t := &toks[i]
		w, in, val := t.low, t.info, wordValence(t.info)
		isEntity, not := false, false
		if c := t.raw[0]; ('A' <= c && c <= 'Z' || c >= utf8.RuneSelf) && isName(toks, i) {
			if entity {
				continue
			}
			w, in, isEntity = entityWord, &entityInfo, true
		}
		if len(w) == 1 && !isWordByte(w[0]) {
			neg = 0
		} else if !isEntity && in.neg {
			neg = 3
		} else if neg > 0 {
			not, isEntity = true, false // "NOT_" + w, in no table
			val = -0.75 * val
			neg--
		}
		entity = isEntity
		if val != 0 {
			sc.vals = append(sc.vals, val) // in sc, not in registers: few words have one
		}
		// appendWordFeatures' hashes of the word
		var pb, b uint32
		var uni int
		// in.uni is a slot, at least denseFeats, in every entry but noInfo's
		// (tested here rather than in != &noInfo: the loop below then keeps
		// its index in a register)
		if !not && in.uni != 0 {
			pb, uni, b = fnvAdd(prev, w), in.uni, in.bi
		} else {
			u, b0 := fnvUni, fnvBi
			pb = prev
			if not {
				u, b0, pb = fnvNotUni, fnvNotBi, fnvAdd(prev, "NOT_")
			}
			b = b0
			for k := 0; k < len(w); k++ {
				c := uint32(w[k])
				pb, u, b = (pb^c)*fnvPrime, (u^c)*fnvPrime, (b^c)*fnvPrime // fnvStep of each
			}
			uni, b = slotOf(u), fnvStep(b, ' ') // unigramSlot, bigramState
		}
		if len(f) > 0 { // a word before this one
			f = append(f, Feature{slotOf(pb), biValue})
		}
		f = append(f, Feature{uni, uniValue})
		prev = b
	}
	sc.words = f
	return f, sc.vals
}

// The unigram and bigram FNV-1a states after "NOT_".
var (
	fnvNotUni = fnvAdd(fnvUni, "NOT_")
	fnvNotBi  = fnvAdd(fnvBi, "NOT_")
)

// appendWordFeatures appends the unigram and bigram features of the word
// sequence ws to f: hashSlot('u', word) of each word, then
// hashSlot('b', word, " ", next) with the next word, if any.
func appendWordFeatures(f []Feature, ws []seqWord) []Feature {
	var prev uint32 // the bigram state of the word before ws[i]
	for i := range ws {
		// the bigram of the word before and ws[i], and ws[i]'s unigram
		// slot and bigram state: from the word table's hashes when it
		// has them, else from one pass over the word for the three
		var pb, b uint32
		var uni int
		if in := ws[i].info; in != nil {
			pb, uni, b = fnvAdd(prev, ws[i].word), in.uni, in.bi
		} else {
			w := ws[i].word
			u := fnvUni
			pb, b = prev, fnvBi
			for k := 0; k < len(w); k++ {
				pb, u, b = fnvStep(pb, w[k]), fnvStep(u, w[k]), fnvStep(b, w[k])
			}
			uni, b = slotOf(u), fnvStep(b, ' ') // unigramSlot(w), bigramState(w)
		}
		if i > 0 {
			f = append(f, Feature{slotOf(pb), biValue})
		}
		f = append(f, Feature{uni, uniValue})
		prev = b
	}
	return f
}

// wordValence is the news lexicon's valence of a word, else VADER's scaled
// to [-1, 1] (0 for masked words).
func wordValence(in *wordInfo) float64 {
	if in.inNews {
		return in.news
	}
	if in.mask {
		return 0
	}
	return in.vader
}

// Feature values of the hashed groups.
const (
	uniValue    = 0.3
	biValue     = 0.3
	winValue    = 0.3
	clauseValue = 0.3
	ngValue     = 0.3
)

// modelWeights returns the embedded model's weights, nil when there is no
// model.
func modelWeights() [][numClasses]int16 {
	modelOnce.Do(decodeModel)
	return modelW
}

// modelProbs turns z, the sums of a featureSink scoring under
// modelWeights, into the class probabilities (negative, neutral, positive).
func modelProbs(z *[numClasses]float64) {
	for c := range z {
		z[c] *= modelScale
	}
	Softmax(z[:])
}

var (
	modelOnce  sync.Once
	modelW     [][numClasses]int16 // modelBin's weights, slot by slot; nil when modelBin is no model
	modelScale float64             // modelBin's scale
)

// decodeModel reads modelBin's weights into modelW once, so that scoring
// indexes them instead of decoding two bytes per weight per feature.
func decodeModel() {
	if len(modelBin) != modelHeader+2*numClasses*modelDim {
		return
	}
	modelScale = float64(math.Float32frombits(binary.LittleEndian.Uint32(modelBin)))
	w := make([][numClasses]int16, modelDim)
	flat := unsafe.Slice(&w[0][0], numClasses*modelDim) // w's weights in a row
	for i := range flat {
		flat[i] = int16(binary.LittleEndian.Uint16(modelBin[modelHeader+2*i:]))
	}
	modelW = w
}

// probs scores features f with the model file bin (see EncodeModel); nil
// when bin is no model.
func probs(bin []byte, f []Feature) []float64 {
	z := new([numClasses]float64)
	if !probsInto(bin, f, z) {
		return nil
	}
	return z[:]
}

// probsInto is probs into z, without allocating.
func probsInto(bin []byte, f []Feature, z *[numClasses]float64) bool {
	if len(bin) != modelHeader+2*numClasses*modelDim {
		return false
	}
	scale := float64(math.Float32frombits(binary.LittleEndian.Uint32(bin)))
	*z = [numClasses]float64{}
	for _, x := range f {
		row := bin[modelHeader+2*numClasses*x.Index:]
		for c := 0; c < numClasses; c++ {
			z[c] += float64(int16(binary.LittleEndian.Uint16(row[2*c:]))) * x.Value
		}
	}
	for c := range z {
		z[c] *= scale
	}
	Softmax(z[:])
	return true
}

// Softmax turns scores into probabilities in place and returns them.
func Softmax(z []float64) []float64 {
	m := math.Inf(-1)
	for _, v := range z {
		m = max(m, v) // math.Max: the same on NaN, infinities and zeros of either sign
	}
	var s float64
	for i, v := range z {
		if d := v - m; d == 0 {
			z[i] = 1 // math.Exp(±0) is 1: the largest score needs no Exp
		} else {
			z[i] = math.Exp(d)
		}
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
