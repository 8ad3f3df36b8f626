package sentiment

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jonreiter/govader"
)

// This file computes VADER's compound score (Hutto & Gilbert, 2014) on the
// scorer's own tokens, with govader's lexicon, booster and negation tables
// read from govader at start-up. The steps (boosters, negation, idioms,
// "but", capitals, punctuation emphasis) and their order of floating-point
// operations match govader's PolarityScores, so that the scores are bit for
// bit govader's (TestVaderMatchesGovader, FuzzVader) without its per-call
// regular expressions, string copies and joins. Text holding an emoji that
// govader would spell out goes to govader itself.

// govader's constants (vader.go, constants.go).
const (
	vIncr       = 0.733 // cINCR
	vNScalar    = -0.74 // nSCALAR
	vAlpha      = 15
	vScale1     = 0.95
	vScale2     = 0.9
	vEPScale    = 0.292
	vQMScale    = 0.18
	vMaxEP      = 4
	vMaxQM      = 0.96
	vNegScale   = 1.25
	vButScale   = 0.5
	maxVaderKey = 64
)

var (
	vaderTablesOnce sync.Once
	emojiRunes      map[rune]bool
	emojiASCII      [utf8.RuneSelf]bool
	anyEmojiASCII   bool // some emojiASCII[c]
	punctEmoji      bool // some emojiRunes[r] with generalPunct(r)
)

func vaderTables() {
	vaderTablesOnce.Do(func() {
		m := vaderModel()
		emojiRunes = make(map[rune]bool)
		for k := range m.EmojiDict {
			r, n := utf8.DecodeRuneInString(k)
			if n != len(k) {
				continue // govader looks emoji up rune by rune
			}
			if r < utf8.RuneSelf {
				emojiASCII[r], anyEmojiASCII = true, true
			} else {
				emojiRunes[r] = true
				punctEmoji = punctEmoji || generalPunct(r)
			}
		}
		idiomKeysCanonical = true
		for _, d := range []map[string]float64{m.Constants.SpecialCaseIdioms, m.Constants.BoosterDict} {
			for k := range d {
				if k != strings.Join(strings.Fields(k), " ") {
					idiomKeysCanonical = false
				}
			}
		}
	})
}

// idiomKeysCanonical is set when every key of VADER's idiom and booster
// dictionaries is its words joined by single spaces: a join of tokens
// (which hold no space) can then only be a multi-word key when each token
// is one of the key's words.
var idiomKeysCanonical bool

// hasEmoji reports whether govader would replace a rune of s by an emoji
// description.
func hasEmoji(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if emojiASCII[c] {
				return true
			}
			if anyEmojiASCII {
				i++
			} else {
				i += asciiPrefix(s[i:])
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (punctEmoji || !generalPunct(r)) && emojiRunes[r] {
			return true // ’, “, ” and the like are looked up only if one is an emoji
		}
		i += n
	}
	return false
}

// asciiPrefix returns the length of the longest prefix of s that is ASCII,
// reading eight bytes at a time.
func asciiPrefix(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if x&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// vaderScratch holds compound's buffers.
type vaderScratch struct {
	// words are VADER's words: tokens whose low, info and same are those
	// of their VADER lower case (vaderLower), pointing to the tokens
	// themselves (not copies of them) or, for a word with ’, to its copy
	// in curly
	words []*token
	curly []token
	// the most words and curly a call filled: release clears that much
	used, curlyUsed int
}

// release drops the buffers' references to the text, keeping them.
func (sc *vaderScratch) release() {
	clear(sc.words[:sc.used])
	clear(sc.curly[:sc.curlyUsed])
	sc.used, sc.curlyUsed = 0, 0
}

// compound is VADER's compound score of toks with govader's bugs worked
// around: the tokens are VADER's words (govader splits on ' ' only) and
// words that VADER misreads in news (see vaderMasked) are dropped from its
// input. mayEmoji is false when no token holds an emoji that govader
// spells out (hasEmoji of the text).
func (sc *vaderScratch) compound(toks []token, mayEmoji bool) float64 {
	vaderTables()
	words, curly := sc.words[:0], sc.curly[:0]
	if cap(curly) < len(toks) {
		// room for every token: curly's words do not move while words
		// points to them
		curly = make([]token, 0, len(toks))
	}
	defer func() {
		sc.words, sc.curly = words, curly
		sc.used, sc.curlyUsed = max(sc.used, len(words)), max(sc.curlyUsed, len(curly))
	}()
	lexWords := false // some word is in VADER's lexicon
	for i := range toks {
		t := &toks[i]
		if vaderMasked(toks, i) {
			continue
		}
		if mayEmoji && hasEmoji(t.raw) {
			return vaderScores(toks).Compound
		}
		if t.curly {
			curly = append(curly, *t)
			t = &curly[len(curly)-1]
			t.low = vaderLower(t)
			t.info = lookupWord(t.low)
		}
		lexWords = lexWords || t.info.inVader
		words = append(words, t)
	}
	if !lexWords {
		// every word's sentiment is 0 (vaderWords gives one only to a
		// word of the lexicon), and so is their sum, which punctuation
		// emphasis leaves 0: the compound score is 0
		return 0
	}
	return vaderWords(vaderModel(), words)
}

// vaderLower is the lower case of t that VADER reads: strings.ToLower of
// a word with ’ (raw itself when t.same says so), else low (which is
// strings.ToLower(raw) for a word, and raw for a punctuation mark).
func vaderLower(t *token) string {
	if t.curly {
		if t.same {
			return t.raw
		}
		return strings.ToLower(t.raw)
	}
	return t.low
}

// isAllCaps is govader's stringIsUpper: no ASCII lower-case letter and at
// least one ASCII capital.
func isAllCaps(s string) bool {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			return false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	return upper
}

// vaderWords is govader's PolarityScores(...).Compound of the words' raw
// joined by single spaces; they are tokens (see appendTokens) that need
// no punctuation stripping and hold no emoji, with their VADER lower case
// as low, its lookupWord as info and same set when raw is low.
func vaderWords(m *govader.SentimentIntensityAnalyzer, words []*token) float64 {
	n := len(words)
	if n == 0 {
		return 0
	}
	caps := 0
	ep, qm := 0, 0
	but := -1 // the first "but"
	for i := range words {
		if but < 0 && words[i].low == "but" {
			but = i
		}
		w := words[i].raw
		// words are tokens: '!' and '?' are one-byte tokens, and a longer
		// word that its lower-casing leaves unchanged has no ASCII capital
		switch {
		case len(w) == 1:
			switch c := w[0]; {
			case 'A' <= c && c <= 'Z':
				caps++
			case c == '!':
				ep++
			case c == '?':
				qm++
			}
			continue
		case words[i].same:
			continue
		}
		lowc, upc := false, false
		for k := 0; k < len(w); k++ {
			switch c := w[k]; {
			case 'a' <= c && c <= 'z':
				lowc = true
			case 'A' <= c && c <= 'Z':
				upc = true
			case c == '!':
				ep++
			case c == '?':
				qm++
			}
		}
		if upc && !lowc { // isAllCaps
			caps++
		}
	}
	capDiff := 0 < n-caps && n-caps < n
	lex := m.Lexicon
	// inLex reports whether words[j].raw, as written, is in the lexicon.
	inLex := func(j int) bool {
		if words[j].same {
			return words[j].info.inVader
		}
		_, ok := lex[words[j].raw]
		return ok
	}
	// the sum of the words' sentiments, each added as it is found,
	// weighed by butWeight: the additions of govader's sum of its
	// sentiments list, in its order
	var sum float64
	for i := range words {
		in := words[i].info
		if !in.inVader {
			// a word not in the lexicon (most words: in no table) has
			// the sentiment 0, as below for boosters and "kind" before
			// "of"; the sum starts at +0 and so is never -0, which
			// adding 0 leaves as it is: such a word is not added
			continue
		}
		item := words[i].raw
		lw := words[i].low
		if in.inBoost || i < n-1 && lw == "kind" && words[i+1].low == "of" {
			continue // a sentiment of 0, as above
		}
		lv := in.vaderRaw
		v := lv
		if lw == "no" && i+1 < n && words[i+1].info.inVader {
			v = 0
		}
		if (i > 0 && words[i-1].low == "no") || (i > 1 && words[i-2].low == "no") ||
			(i > 2 && words[i-3].low == "no" && (words[i-1].low == "or" || words[i-1].low == "nor")) {
			v = lv * vNScalar
		}
		if isAllCaps(item) && capDiff {
			if v > 0 {
				v += vIncr
			} else {
				v -= vIncr
			}
		}
		for startI := 0; startI < 3; startI++ {
			if j := i - (startI + 1); i > startI {
				if inLex(j) {
					continue
				}
				s := 0.0
				if words[j].info.inBoost {
					s = words[j].info.boost
					if v < 0 {
						s *= -1
					}
					if isAllCaps(words[j].raw) && capDiff {
						if v > 0 {
							s += vIncr
						} else {
							s -= vIncr
						}
					}
				}
				if startI == 1 && s != 0 {
					s = s * vScale1
				}
				if startI == 2 && s != 0 {
					s = s * vScale2
				}
				v = v + s
				v = vaderNegation(v, words, startI, i)
				if startI == 2 && idiomNear(words, i) {
					v = vaderIdioms(m, v, words, i)
				}
			}
		}
		// govader's leastCheck, on the words as written
		if i > 1 && !inLex(i-1) && words[i-1].raw == "least" {
			if words[i-2].raw != "at" && words[i-2].raw != "very" {
				v = v * vNScalar
			}
		} else if i > 0 && !inLex(i-1) && words[i-1].raw == "least" {
			v = v * vNScalar
		}
		sum += butWeight(v, i, but)
	}
	if ep > vMaxEP {
		ep = vMaxEP
	}
	amp := float64(ep) * vEPScale
	if qm > 1 {
		if qm <= 3 {
			amp += float64(qm) * vQMScale
		} else {
			amp += vMaxQM
		}
	}
	if sum > 0 {
		sum += amp
	} else if sum < 0 {
		sum -= amp
	}
	c := sum / math.Sqrt((sum*sum)+vAlpha)
	if c < -1.0 {
		return -1.0
	} else if c > 1.0 {
		return 1.0
	}
	return c
}

// butWeight is v, the sentiment of word i, as VADER weighs it when word
// but is the first "but" (-1: none): down before it, up after it.
func butWeight(v float64, i, but int) float64 {
	if but >= 0 {
		if i < but {
			return (1 - vButScale) * v
		}
		if i > but {
			return (1 + vButScale) * v
		}
	}
	return v
}

// idiomNear reports whether one of the words vaderIdioms reads around
// word i (i-3 to i+2) is a word of an idiom: when none is, no idiom
// matches.
func idiomNear(words []*token, i int) bool {
	for j := i - 3; j <= i+2 && j < len(words); j++ {
		if words[j].info.idiom {
			return true
		}
	}
	return false
}

// vaderNegated is govader's negated on one word, from the word table
// when the word is in it.
func vaderNegated(w *token) bool {
	if in := w.info; in != &noInfo {
		return in.vneg
	}
	return strings.Contains(w.low, "n't")
}

// vaderNegation is govader's negationCheck.
func vaderNegation(v float64, words []*token, startI, i int) float64 {
	so := func(w string) bool { return w == "so" || w == "this" }
	switch startI {
	case 0:
		if vaderNegated(words[i-1]) {
			return v * vNScalar
		}
	case 1:
		switch {
		case words[i-2].low == "never" && so(words[i-1].low):
			return v * vNegScale
		case words[i-2].low == "without" && words[i-1].low == "doubt":
			return v
		case vaderNegated(words[i-2]):
			return v * vNScalar
		}
	case 2:
		switch {
		case words[i-3].low == "never" && (so(words[i-2].low) || so(words[i-1].low)):
			return v * vNegScale
		case words[i-3].low == "without" && (words[i-2].low == "doubt" || words[i-1].low == "doubt"):
			return v
		case vaderNegated(words[i-3]):
			return v * vNScalar
		}
	}
	return v
}

// vaderIdioms is govader's specialIdiomsCheck (i >= 3). A sequence of
// words is only looked up when each of its words is a word of a
// multi-word idiom or booster (wordInfo.idiom): the dictionaries' keys are
// their words joined by single spaces (checked in vaderTables), so no
// other sequence can be one.
func vaderIdioms(m *govader.SentimentIntensityAnalyzer, v float64, words []*token, i int) float64 {
	special := m.Constants.SpecialCaseIdioms
	var buf [maxVaderKey]byte
	// may reports whether the words of seq can make a key
	may := func(seq [3]int) bool {
		if !idiomKeysCanonical {
			return true
		}
		for _, k := range seq {
			if k < 0 {
				break
			}
			if !words[k].info.idiom {
				return false
			}
		}
		return true
	}
	for _, seq := range [...][3]int{{i - 1, i, -1}, {i - 2, i - 1, i}, {i - 2, i - 1, -1}, {i - 3, i - 2, i - 1}, {i - 3, i - 2, -1}} {
		if !may(seq) {
			continue
		}
		if x, ok := special[string(joinKey(buf[:0], words, seq))]; ok {
			v = x
			break
		}
	}
	if len(words)-1 > i && may([3]int{i, i + 1, -1}) {
		if x, ok := special[string(joinKey(buf[:0], words, [3]int{i, i + 1, -1}))]; ok {
			v = x
		}
	}
	if len(words)-1 > i+1 && may([3]int{i, i + 1, i + 2}) {
		if x, ok := special[string(joinKey(buf[:0], words, [3]int{i, i + 1, i + 2}))]; ok {
			v = x
		}
	}
	boost := m.Constants.BoosterDict
	for _, seq := range [...][3]int{{i - 3, i - 2, i - 1}, {i - 3, i - 2, -1}, {i - 2, i - 1, -1}} {
		if !may(seq) {
			continue
		}
		if x, ok := boost[string(joinKey(buf[:0], words, seq))]; ok {
			v = v + x
		}
	}
	return v
}

// joinKey appends the lower-cased words[k].low of seq (-1 ends it)
// joined by spaces.
func joinKey(b []byte, words []*token, seq [3]int) []byte {
	for n, k := range seq {
		if k < 0 {
			break
		}
		if n > 0 {
			b = append(b, ' ')
		}
		b = append(b, words[k].low...)
	}
	return b
}
