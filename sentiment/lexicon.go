package sentiment

import (
	"math"
	"strings"
)

// asciiLower lower-cases ASCII letters only, so byte offsets are kept.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lowerASCII(c)
	}
	return string(b)
}

// lowerASCII is the lower case of c when c is an ASCII capital, else c.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

// newsLexicon holds the valence of news words in [-1, 1]: conflict,
// diplomacy and reporting words that general-purpose lexicons miss or misread.
var newsLexicon = map[string]float64{
	// conflict and condemnation
	"slammed": -0.7, "slams": -0.7, "slam": -0.6, "pariah": -0.9, "beg": -0.6, "begging": -0.6, "begged": -0.6,
	"condemn": -0.8, "condemned": -0.8, "condemns": -0.8, "condemnation": -0.8, "denounce": -0.8, "denounced": -0.8,
	"warned": -0.4, "warn": -0.4, "warns": -0.4, "warning": -0.4, "threat": -0.6, "threats": -0.6, "threaten": -0.7,
	"threatened": -0.7, "threatening": -0.7, "damage": -0.6, "irreparable": -0.7, "violate": -0.7, "violates": -0.7,
	"violated": -0.7, "violation": -0.7, "violations": -0.7, "illegal": -0.6, "sanctions": -0.4, "sanction": -0.4,
	"war": -0.5, "invasion": -0.6, "aggression": -0.7, "attack": -0.6, "attacks": -0.6, "killed": -0.7,
	"destabilizing": -0.6, "provocation": -0.6, "provocative": -0.6, "isolated": -0.5, "isolation": -0.5,
	"desperate": -0.6, "desperation": -0.6, "accused": -0.5, "accuse": -0.5, "accuses": -0.5, "blame": -0.5,
	"blamed": -0.5, "criticized": -0.6, "criticised": -0.6, "criticism": -0.5, "criticize": -0.6, "rejected": -0.4,
	"concern": -0.4, "concerns": -0.4, "concerned": -0.4, "worried": -0.5, "worrying": -0.5, "alarming": -0.6,
	"dangerous": -0.7, "reckless": -0.7, "lies": -0.7, "lied": -0.7, "corrupt": -0.8, "corruption": -0.7,
	"scandal": -0.6, "failed": -0.5, "failure": -0.6, "crisis": -0.5, "disaster": -0.8, "weapons": -0.2,
	"missile": -0.2, "missiles": -0.2, "nuclear": -0.2, "hostile": -0.7, "enemy": -0.6, "enemies": -0.6,
	"imperialist": -0.7, "hegemony": -0.6, "brutal": -0.8, "atrocities": -0.9, "crimes": -0.7, "criminal": -0.7,
	"fraud": -0.8, "investigation": -0.2, "impeachment": -0.4, "indicted": -0.6, "attacked": -0.6,
	"undermine": -0.6, "undermines": -0.6, "undermining": -0.6, "unhappy": -0.6, "angry": -0.6, "outrage": -0.8,
	"persecution": -0.8, "persecuted": -0.8, "shortfall": -0.6, "shortfalls": -0.6, "shortage": -0.5,
	"shortages": -0.5, "fear": -0.5, "fears": -0.5, "harm": -0.6, "harmful": -0.6, "risk": -0.3, "risks": -0.3, "deadly": -0.8,
	// support and diplomacy
	"support": 0.5, "supports": 0.5, "supported": 0.5, "supporting": 0.4, "welcome": 0.5, "welcomed": 0.5,
	"welcomes": 0.5, "cooperation": 0.5, "cooperate": 0.4, "friendship": 0.6, "friendly": 0.5, "ally": 0.3,
	"allies": 0.3, "partnership": 0.4, "praised": 0.7, "praise": 0.6, "praises": 0.6, "happy": 0.6, "glad": 0.6,
	"grateful": 0.6, "thank": 0.4, "thanks": 0.4, "agreement": 0.3, "peace": 0.4, "solidarity": 0.5,
	"strengthen": 0.4, "strengthening": 0.4, "success": 0.6, "successful": 0.6, "honor": 0.5, "honour": 0.5,
	"respect": 0.4, "unconditional": 0.2, "victory": 0.5, "hero": 0.6, "heroic": 0.6, "champion": 0.5,
	"important": 0.2, "great": 0.5, "good": 0.4, "best": 0.5, "win": 0.4, "won": 0.4, "hope": 0.3,
	"progress": 0.4, "beneficial": 0.5, "fruitful": 0.6, "productive": 0.5, "trust": 0.4, "pleased": 0.6,
	"legitimate": 0.3, "just": 0.0, "backing": 0.3, "endorsed": 0.5, "endorse": 0.5,
}

// vaderMaskWords are words VADER scores but that carry no stance in news
// ("hand" in "hat in hand", "like" as a preposition, "united" in "United
// States"). They are dropped before VADER sees the text.
var vaderMaskWords = map[string]bool{
	"hand": true, "like": true, "united": true, "party": true, "please": true, "yes": true,
	"justice": true, "ready": true, "care": true, "interest": true, "interested": true, "share": true,
	"dear": true, "top": true, "matter": true, "join": true, "joined": true, "ha": true, "vice": true,
	"leading": true, "heart": true, "sure": true, "fire": true, "well": true,
}

// vaderMasked reports whether toks[i] is dropped from VADER's input: words
// the news lexicon scores itself (VADER would count them twice) and false hits.
func vaderMasked(toks []token, i int) bool {
	// negators are applied by the lexicon over its scope; VADER misreads
	// "hardly too happy" as positive.
	return toks[i].info.vmasked
}

// negators flip the valence of the words in their scope.
var negators = map[string]bool{
	"not": true, "never": true, "no": true, "hardly": true, "scarcely": true, "barely": true, "n't": true,
	"without": true, "nor": true, "neither": true, "nobody": true, "nothing": true, "cannot": true,
	"don't": true, "doesn't": true, "didn't": true, "won't": true, "wouldn't": true, "isn't": true,
	"aren't": true, "wasn't": true, "weren't": true, "can't": true, "couldn't": true, "shouldn't": true,
	"lack": true, "lacks": true, "lacking": true,
}

// intensifiers scale the next stance word.
var intensifiers = map[string]float64{
	"very": 1.4, "extremely": 1.6, "deeply": 1.5, "highly": 1.4, "full": 1.3, "fully": 1.3, "totally": 1.4,
	"completely": 1.4, "utterly": 1.5, "strongly": 1.4, "really": 1.2, "so": 1.2, "too": 1.1, "most": 1.3,
	"absolutely": 1.5, "firmly": 1.3, "unconditional": 1.3, "unconditionally": 1.3, "greatly": 1.4,
	"slightly": 0.6, "somewhat": 0.7, "little": 0.7, "bit": 0.7,
}

// hedges lower confidence: modality and reported speech.
var hedges = map[string]bool{
	"could": true, "may": true, "might": true, "reportedly": true, "allegedly": true, "possibly": true,
	"perhaps": true, "apparently": true, "likely": true, "unlikely": true, "would": true, "seems": true,
	"suggested": true, "suggests": true, "if": true, "whether": true, "maybe": true, "probably": true,
}

// phrases are multi-word expressions scored as one unit; their words are
// not scored again.
var phrases = []struct {
	words []string
	v     float64
}{
	{[]string{"hat", "in", "hand"}, -0.6},
	{[]string{"irreparable", "damage"}, -1.0},
	{[]string{"no", "doubt"}, 0.2},
	{[]string{"dealt", "a", "blow"}, -0.6},
	{[]string{"war", "crimes"}, -1.0},
	{[]string{"human", "rights", "abuses"}, -0.9},
	{[]string{"red", "line"}, -0.4},
	{[]string{"pay", "the", "price"}, -0.7},
	{[]string{"short", "of"}, -0.4},
	{[]string{"stand", "with"}, 0.5},
	{[]string{"stands", "with"}, 0.5},
	{[]string{"axis", "of", "evil"}, -0.9},
}

type lexResult struct {
	score, conf float64
	hits        int
	hedged      bool
}

// lexiconScore scores toks with the news lexicon, negation scope (up to
// three words after a negator, stopped by punctuation), intensifiers and
// hedges. w, if not nil, weights each token (target windows).
func lexiconScore(toks []token, w []float64) lexResult {
	var sum, abs float64
	var r lexResult
	negScope := 0
	boost := 1.0
	skip := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i].low
		in := toks[i].info
		wt := 1.0
		if w != nil {
			wt = w[i]
		}
		if skip > 0 {
			skip--
			continue
		}
		if len(t) == 1 && !isWordByte(t[0]) {
			if t != "-" {
				negScope = 0
			}
			boost = 1
			continue
		}
		if in.uni == 0 { // in is noInfo (see wordInfo.uni)
			// a word in no table: only a negation suffix or the end of a
			// negation scope can be read from it, as below
			if strings.HasSuffix(t, "n't") {
				negScope = 3
			} else if negScope > 0 {
				negScope--
			}
			continue
		}
		if in.hedge && wt > 0 {
			r.hedged = true
		}
		if in.neg || strings.HasSuffix(t, "n't") {
			negScope = 3
			continue
		}
		if in.inIntens && !in.inNews {
			boost *= in.intens
			continue
		}
		v, ok := 0.0, false
		if in.phrase {
			for _, p := range phrases {
				if matchPhrase(toks, i, p.words) {
					v, ok = p.v, true
					skip = len(p.words) - 1
					break
				}
			}
		}
		if !ok {
			v, ok = in.news, in.inNews
			if !ok && in.inVader && !in.mask {
				v, ok = in.vader*0.6, true
			}
		}
		if ok && v != 0 {
			v *= boost
			if negScope > 0 {
				v = -0.75 * v
			}
			sum += v * wt
			abs += math.Abs(v) * wt
			r.hits++
			boost = 1
		}
		if negScope > 0 {
			negScope--
		}
	}
	r.score = math.Tanh(sum * 1.2)
	if abs > 0 {
		r.conf = math.Abs(sum) / abs * min(1, abs)
	}
	if r.hedged {
		r.conf *= 0.7
	}
	return r
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

func matchPhrase(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[i+k].low != w {
			return false
		}
	}
	return true
}
