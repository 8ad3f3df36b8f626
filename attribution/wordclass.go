package attribution

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/quotelens/quotelens/internal/le"
)

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
	cFraction
	cQuantityLead
	cRelativeHead
	cAbbrev
	cCueLoop
	// cCapital is no set: the tokeniser gives it to a string that starts
	// with a capital (isCap), so that the loops over a sentence's words test
	// a bit instead of calling isCap (too costly to inline into them)
	cCapital
)

// cPlainLower is no set either: the tokeniser gives it to a word whose
// lower-case form holds ASCII small letters and digits alone (no capital,
// no byte beyond ASCII, no apostrophe: plainLower), so that auxWord need
// not read it again.
const cPlainLower wordClass = 1 << 62

// clsUnknown is no set either: the tokeniser marks a word with it whose
// classes it has still to look up (a bit of no class).
const clsUnknown wordClass = 1 << 63

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
		{cPollNoun, pollNouns}, {cRelativeWord, relativeWords}, {cFraction, fractions}, {cQuantityLead, quantityLead},
		{cRelativeHead, relativeHeads}, {cAbbrev, abbrev}, {cCueLoop, cueLoopWords},
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
// one lookup every word of the text costs. A string's key (keyAt) is its
// bytes packed into a uint64 when there are at most 8 of them, which most
// words are: then, as no key of the table holds a zero byte, the key tells
// the string, with no comparison of bytes. A longer string's key mixes its
// first and last 8 bytes, and a slot that matches it is compared whole.
// Most words, found in no set, end at an empty slot (key 0) of a sparse
// table, of a fixed size so that its index needs no bounds check.
type classMap struct {
	slots [classSlots]classSlot
	strs  [classSlots]string // the string of each slot
	bytes [256]wordClass     // the classes of the one-byte strings
}

// classSlots is the size of the table: at least twice the number of
// strings (newClassMap checks); ten times as many (1.6k) keeps most looks
// at one slot, which the tokeniser's loop settles itself.
const (
	classBits  = 14
	classSlots = 1 << classBits
)

// A classSlot holds the key and the classes of one string of the table.
type classSlot struct {
	key uint64
	cls wordClass
}

func newClassMap(m map[string]wordClass) *classMap {
	if 2*len(m) > classSlots {
		panic("attribution: the word sets outgrow the class table: raise classSlots")
	}
	cm := new(classMap)
	// in sorted order: the same table, the same probes, in every run
	for _, k := range slices.Sorted(maps.Keys(m)) {
		c := m[k]
		if k == "" || c == 0 || strings.IndexByte(k, 0) >= 0 {
			continue // never a word; no class
		}
		i := slotOf(keyOf(k))
		for cm.slots[i].key != 0 {
			i = (i + 1) % classSlots
		}
		cm.slots[i], cm.strs[i] = classSlot{key: keyOf(k), cls: c}, k
		if len(k) == 1 {
			cm.bytes[k[0]] = c
		}
	}
	return cm
}

// slotOf returns the first slot to look at for a string whose key is k (a
// multiplicative hash: its high bits).
func slotOf(k uint64) uint64 {
	return k * 0x9e3779b97f4a7c15 >> (64 - classBits) % classSlots
}

// keyMix spreads the last 8 bytes of a string longer than 8 over its key.
const keyMix = 0xff51afd7ed558ccd

// keyOf returns the table's key of s (keyAt).
func keyOf(s string) uint64 { return keyAt(s, 0, len(s)) }

// keyAt returns the key of t[i:i+n]: its bytes, little-endian, when n <= 8
// (read at once when t has 8 bytes from i on); else its first 8 bytes
// and its last 8 mixed.
func keyAt(t string, i, n int) uint64 {
	if n > 8 {
		return load64(t, i) ^ load64(t, i+n-8)*keyMix
	}
	if i+8 <= len(t) {
		return load64(t, i) & keyMasks[n&15]
	}
	// near the end of t (a short string on its own): two loads that
	// overlap, the second shifted into place (the bytes they share are the
	// same in both)
	switch {
	case n >= 4:
		return uint64(load32(t, i)) | uint64(load32(t, i+n-4))<<(8*(n-4)&63)
	case n >= 2:
		return uint64(load16(t, i)) | uint64(load16(t, i+n-2))<<(8*(n-2)&63)
	case n == 1:
		return uint64(t[i])
	}
	return 0
}

// load32 and load16 are load64 for 4 and 2 bytes.
func load32(t string, i int) uint32 { return le.Uint32(t[i:]) }

func load16(t string, i int) uint16 { return le.Uint16(t[i:]) }

// keyMasks[n] keeps the first n bytes of 8, little-endian (n <= 8; the
// array is longer so that an index n&15 needs no bounds check).
var keyMasks = [16]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, 0xffffffffffffffff}

// load64 returns the 8 bytes of t from i on, little-endian (one load).
func load64(t string, i int) uint64 { return le.Uint64(t[i:]) }

// lower8 returns the 8 bytes x with their ASCII capitals in lower case
// (each byte b | asciiCaseBit[b], all at once: a capital is a byte of
// 0x41-0x5a, told by two additions that cannot carry into the next byte).
func lower8(x uint64) uint64 {
	const hi = 0x8080808080808080
	y := x &^ hi
	upper := (y + 0x3f3f3f3f3f3f3f3f) &^ (y + 0x2525252525252525) &^ x & hi
	return x | upper>>2
}

// get returns the classes of s (0 when it is in no set).
func (cm *classMap) get(s string) wordClass { return cm.lookup(s, keyOf(s)) }

// lookup is get for a string whose key, keyOf(s), is known: the tokeniser
// reads it from the text.
func (cm *classMap) lookup(s string, k uint64) wordClass {
	for i := slotOf(k); ; i = (i + 1) % classSlots {
		switch cm.slots[i].key {
		case k:
			// the same bytes when the lengths agree (the keys hold no zero
			// byte), else the same first and last 8
			if n := len(cm.strs[i]); n == len(s) && (n <= 8 || sameLong(cm.strs[i], s)) {
				return cm.slots[i].cls
			}
		case 0:
			return 0
		}
	}
}

// sameLong reports whether a == b, two strings of the same length, more
// than 8 bytes long (a loop, not a call: lookup stays a leaf).
func sameLong(a, b string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// is reports whether the word's text is in the class c, or in one of the
// classes c joins (cDeterminer|cPreposition). (The receivers are pointers:
// a word is too large to be copied at every test.)
func (w *word) is(c wordClass) bool { return w.cls&c != 0 }

// lowerIs reports whether the word's lower-case form is in the class c, or
// in one of the classes c joins.
func (w *word) lowerIs(c wordClass) bool { return w.lcls&c != 0 }

func init() {
	if cCapital >= cPlainLower {
		panic("attribution: too many word classes for a wordClass")
	}
}
