package attribution

import "sync"

// A wordClass is a set of the named word sets (cues, determiners, titles,
// …) a string belongs to, one bit per set. Each word looks its text and its
// lower-case form up once, when it is read (newWord), so that the rules,
// which ask about the same words again and again, test a bit instead of
// hashing the word into one map after another.
//
// The sets stay the definition: the table is derived from them on first use,
// after every init function has filled them, so a word added to a set takes
// effect here too. A set added to the package is used through a class only
// once it has a bit and a line in classSets.
type wordClass uint64

const (
	cCue wordClass = 1 << iota
	cParticiple
	cPronoun // a key of pronouns
	cGroupWord
	cOrgWord
	cMediaName
	cSkipBefore
	cTitle
	cObjectCue
	cAskCue
	cNounCue
	cPhrasal // a key of phrasal
	cCueNext // a key of cueNext
	cDay
	cNounBefore
	cQuantBefore
	cAdjunctWord
	cVPWord
	cMedia
	cSubjectAux
	cDeterminer
	cPreposition
	cSubordinator
	cAuxiliary
	cAdverb
	cLyNoun
	cTimeWord
	cWeekday
	cCalendar
	cPersonNoun
	cOrgNoun
	cDocumentNoun
	cQuantifierNoun
	cNumberWord
	cArticle
	cOpener
	cChannelVerb
	cMediaHead
	cNotAgentive
	cReportJoin
	cSpeechVerb
	cPollNoun
	cRelativeWord
	// cCapital is no set: the tokeniser gives it to a string that starts
	// with a capital (isCap), so that the loops over a sentence's words test
	// a bit instead of calling isCap (too costly to inline into them)
	cCapital
)

// classSets ties each class of a bool-valued set to the set (a key counts
// only with the value true, as in a lookup).
func classSets() []struct {
	c   wordClass
	set map[string]bool
} {
	return []struct {
		c   wordClass
		set map[string]bool
	}{
		{cCue, cues}, {cParticiple, participles}, {cGroupWord, groupWords}, {cOrgWord, orgWords},
		{cMediaName, mediaNames}, {cSkipBefore, skipBefore}, {cTitle, titles}, {cObjectCue, objectCues},
		{cAskCue, askCues}, {cNounCue, nounCues}, {cDay, days}, {cNounBefore, nounBefore},
		{cQuantBefore, quantBefore}, {cAdjunctWord, adjunctWords}, {cVPWord, vpWords}, {cMedia, media},
		{cSubjectAux, subjectAux}, {cDeterminer, determiners}, {cPreposition, prepositions},
		{cSubordinator, subordinators}, {cAuxiliary, auxiliaries}, {cAdverb, adverbs}, {cLyNoun, lyNouns},
		{cTimeWord, timeWords}, {cWeekday, weekdays}, {cCalendar, calendar}, {cPersonNoun, personNouns},
		{cOrgNoun, orgNouns}, {cDocumentNoun, documentNouns}, {cQuantifierNoun, quantifierNouns},
		{cNumberWord, numberWords}, {cArticle, articles}, {cOpener, openers}, {cChannelVerb, channelVerbs},
		{cMediaHead, mediaHeads}, {cNotAgentive, notAgentive}, {cReportJoin, reportJoins}, {cSpeechVerb, speechVerbs},
		{cPollNoun, pollNouns}, {cRelativeWord, relativeWords},
	}
}

var (
	classOnce  sync.Once
	classTable *classMap
)

// classes returns the table from strings to their classes, built on first use.
func classes() *classMap {
	classOnce.Do(func() {
		m := map[string]wordClass{}
		for _, cs := range classSets() {
			for w, ok := range cs.set {
				if ok {
					m[w] |= cs.c
				}
			}
		}
		for w := range pronouns {
			m[w] |= cPronoun
		}
		for w := range phrasal {
			m[w] |= cPhrasal
		}
		for w := range cueNext {
			m[w] |= cCueNext
		}
		classTable = newClassMap(m)
	})
	return classTable
}

// classMap is a read-only hash table from strings to classes, made for the
// one lookup every word of the text costs: a cheaper hash (FNV-1a) than the
// built-in map's, and most words, found in no set, end at an empty slot of
// a sparse table.
type classMap struct {
	keys   []string
	cls    []wordClass
	mask   uint32
	maxLen int // no key is longer
}

func newClassMap(m map[string]wordClass) *classMap {
	n := 16
	for n < 4*len(m) {
		n *= 2
	}
	cm := &classMap{keys: make([]string, n), cls: make([]wordClass, n), mask: uint32(n - 1)}
	for k, c := range m {
		if k == "" {
			continue // never a word
		}
		i := fnv(k) & cm.mask
		for cm.keys[i] != "" {
			i = (i + 1) & cm.mask
		}
		cm.keys[i], cm.cls[i] = k, c
		cm.maxLen = max(cm.maxLen, len(k))
	}
	return cm
}

// The FNV-1a parameters.
const (
	fnvBasis uint32 = 2166136261
	fnvPrime uint32 = 16777619
)

// fnv returns the FNV-1a hash of s.
func fnv(s string) uint32 { return fnvAdd(fnvBasis, s) }

// fnvAdd returns the FNV-1a hash h, of some bytes, extended by those of s.
func fnvAdd(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// get returns the classes of s (0 when it is in no set).
func (cm *classMap) get(s string) wordClass { return cm.getHashed(s, fnv(s)) }

// getHashed is get for a string whose hash, fnv(s), is known: the
// tokeniser computes it as it reads the word.
func (cm *classMap) getHashed(s string, h uint32) wordClass {
	if len(s) > cm.maxLen {
		return 0
	}
	for i := h & cm.mask; ; i = (i + 1) & cm.mask {
		switch cm.keys[i] {
		case s:
			return cm.cls[i]
		case "":
			return 0
		}
	}
}

// is reports whether the word's text is in the class c, or in one of the
// classes c joins (cDeterminer|cPreposition). (The receivers are pointers:
// a word is too large to be copied at every test.)
func (w *word) is(c wordClass) bool { return w.cls&c != 0 }

// lowerIs reports whether the word's lower-case form is in the class c, or
// in one of the classes c joins.
func (w *word) lowerIs(c wordClass) bool { return w.lcls&c != 0 }
