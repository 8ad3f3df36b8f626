package trace

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"

	"github.com/quotelens/quotelens/internal/le"
)

// contractions maps contracted forms (after apostrophes are made straight
// and the text lowercased) to their expansions.
var contractions = map[string]string{
	"won't": "will not", "can't": "can not", "cannot": "can not", "shan't": "shall not",
	"ain't": "is not", "let's": "let us", "y'all": "you all",
}

// suffixes maps contraction suffixes to their expansions; "'s" (possessive
// or "is") is dropped.
var suffixes = []struct{ suf, exp string }{
	{"n't", " not"}, {"'ll", " will"}, {"'re", " are"}, {"'ve", " have"},
	{"'m", " am"}, {"'d", " would"}, {"'s", ""},
}

// stopwords are function words that carry no content; negations are kept
// because they change what a remark says.
var stopwords = setOf(`a an the of to in on at for and or but is are was were be been being am
that this these those it its as by with from will would shall should can could may might must do does did
have has had i we you he she they me us him her them my our your his their there here about into than then
so also just very which who whom what when where while if all any some each every such`)

// synonymGroups are generic English near-synonyms; every word of a group
// is replaced by the group's first word. Reporting verbs and common
// paraphrase pairs only: no phrase of any particular article.
var synonymGroups = [][]string{
	{"hurry", "haste", "rush", "hasten"},
	{"provide", "supply", "give", "furnish", "deliver", "send"},
	{"discuss", "talk", "address", "debate", "speak"},
	{"say", "state", "tell", "declare", "affirm", "assert", "claim", "remark"},
	{"issue", "question", "matter", "topic", "problem"},
	{"big", "large", "huge", "great", "major"},
	{"small", "little", "minor"},
	{"help", "assist", "aid", "support"},
	{"buy", "purchase", "acquire"},
	{"begin", "start", "commence", "launch"},
	{"end", "finish", "conclude", "stop"},
	{"protect", "defend", "safeguard", "guard"},
	{"want", "wish", "desire"},
	{"show", "demonstrate", "display", "reveal"},
	{"quick", "fast", "rapid", "swift"},
	{"weapon", "arm", "armament", "weaponry"},
	{"country", "nation", "state"},
	{"meet", "meeting", "summit"},
	{"threat", "menace", "danger"},
	{"important", "significant", "crucial", "key"},
	{"effect", "impact", "consequence"},
	{"aim", "goal", "objective", "purpose"},
	{"now", "currently", "presently"},
	{"try", "attempt", "seek"},
	{"work", "cooperate", "collaborate"},
	{"because", "since", "as"},
	{"near", "close"},
	{"enough", "sufficient"},
	{"many", "multiple", "numerous", "several"},
}

// irregular maps irregular past forms to their base form.
var irregular = map[string]string{
	"said": "say", "told": "tell", "gave": "give", "given": "give", "sent": "send", "spoke": "speak",
	"spoken": "speak", "went": "go", "gone": "go", "made": "make", "took": "take", "taken": "take",
	"thought": "think", "brought": "bring", "bought": "buy", "began": "begin", "begun": "begin",
	"met": "meet", "knew": "know", "known": "know", "saw": "see", "seen": "see", "came": "come",
	"got": "get", "gotten": "get", "felt": "feel", "kept": "keep", "left": "leave", "held": "hold",
	"fought": "fight", "won": "win", "lost": "lose", "paid": "pay", "sold": "sell", "built": "build",
	"meant": "mean", "led": "lead", "stood": "stand", "found": "find", "became": "become", "ran": "run",
	"wrote": "write", "written": "write", "chose": "choose", "chosen": "choose", "broke": "break",
	"broken": "break", "drove": "drive", "driven": "drive", "fell": "fall", "fallen": "fall",
	"grew": "grow", "grown": "grow", "threw": "throw", "thrown": "throw", "struck": "strike",
	"sought": "seek", "taught": "teach", "understood": "understand", "spent": "spend", "lent": "lend",
}

// synonyms maps a stem to its group's representative stem.
var synonyms = func() map[string]string {
	m := map[string]string{}
	for _, g := range synonymGroups {
		head := stem(g[0])
		for _, w := range g {
			s := stem(w)
			if _, dup := m[s]; !dup {
				m[s] = head
			}
		}
	}
	return m
}()

// wordTable maps words of 1 to 15 bytes to strings. Each word is packed
// into two uint64 (see packWord) in an open-addressing table (linear
// probing, at most a quarter full, so that most words, which are not
// keys, are ruled out at the first or second slot): a lookup reads no
// string, hashes no string and calls no map.
type wordTable struct {
	// lengths has, per first byte, a bit per length of the keys that
	// start with it: most words are ruled out without being packed
	lengths [256]uint16
	slots   []wordSlot // a power of two of them
	vals    []string   // the value of each slot's key
	shift   uint8      // 64 - log2(len(slots))
}

// wordSlot is one slot of a wordTable; hi is 0 in an empty one.
type wordSlot struct{ lo, hi uint64 }

// packWord packs w: its bytes in order in lo then hi, and its length in the
// top byte of hi. It returns hi 0 when w is empty or longer than 15 bytes.
// The loads of a short word overlap: the bytes read twice land on
// themselves.
func packWord(w string) (lo, hi uint64) {
	switch n := len(w); {
	case n == 0 || n > 15:
		return 0, 0
	case n >= 8:
		lo, hi = le.Uint64(w), le.Uint64(w[n-8:])>>(8*(16-n)) // a shift by 64 gives 0
	case n >= 4:
		lo = uint64(le.Uint32(w)) | uint64(le.Uint32(w[n-4:]))<<(8*(n-4))
	default:
		lo = uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)) | uint64(w[n-1])<<(8*(n-1))
	}
	return lo, hi | uint64(len(w))<<56
}

// packLower is packWord of w with its ASCII letters in lower case, for a
// w of 1 to 15 ASCII letters, digits, apostrophes and bytes of multi-byte
// runes: packed with the case bit 0x20 set in every byte, which makes
// upper-case letters lower case and changes no other byte of such a w.
func packLower(w string) (lo, hi uint64) {
	switch n := len(w); {
	case n >= 8:
		lo, hi = le.Uint64(w)|caseBits, (le.Uint64(w[n-8:])|caseBits)>>(8*(16-n)) // a shift by 64 gives 0
	case n >= 4:
		lo = uint64(le.Uint32(w)) | uint64(le.Uint32(w[n-4:]))<<(8*(n-4)) | caseBits>>(8*(8-n))
	default:
		lo = uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)) | uint64(w[n-1])<<(8*(n-1)) | caseBits>>(8*(8-n))
	}
	return lo, hi | uint64(len(w))<<56
}

// tableOf returns the table of m, whose keys must be 1 to 15 bytes long.
func tableOf(m map[string]string) *wordTable {
	size, shift := tableSize(4 * len(m))
	t := &wordTable{slots: make([]wordSlot, size), vals: make([]string, size), shift: shift}
	for w, v := range m {
		lo, hi := packWord(w)
		if hi == 0 {
			panic("trace: tableOf: " + strconv.Quote(w) + " does not fit")
		}
		i := t.slot(lo, hi)
		for t.slots[i].hi != 0 {
			i = (i + 1) & (size - 1)
		}
		t.slots[i], t.vals[i] = wordSlot{lo, hi}, v
		t.lengths[w[0]] |= 1 << len(w)
	}
	return t
}

func (t *wordTable) slot(lo, hi uint64) int {
	return int(((lo ^ hi*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9) >> t.shift)
}

// find returns the value of the packed word lo, hi.
func (t *wordTable) find(lo, hi uint64) (string, bool) {
	if hi == 0 {
		return "", false
	}
	mask := len(t.slots) - 1
	for i := t.slot(lo, hi); ; i = (i + 1) & mask {
		switch s := &t.slots[i]; {
		case s.lo == lo && s.hi == hi:
			return t.vals[i], true
		case s.hi == 0:
			return "", false
		}
	}
}

// mayHold reports whether a key has w's first byte and length; false
// means w is not a key.
func (t *wordTable) mayHold(w string) bool {
	return len(w) > 0 && len(w) < 16 && t.lengths[w[0]]&(1<<len(w)) != 0
}

// get returns the value of w and whether w is a key.
func (t *wordTable) get(w string) (string, bool) {
	if !t.mayHold(w) {
		return "", false
	}
	return t.find(packWord(w))
}

// getFolded is get of w with its ASCII letters in lower case, for a w of
// ASCII letters and digits, apostrophes and bytes of multi-byte runes (the
// keys being lower case, it looks w up packed by packLower).
func (t *wordTable) getFolded(w string) (string, bool) {
	if len(w) == 0 || len(w) > 15 || t.lengths[w[0]|0x20]&(1<<len(w)) == 0 {
		return "", false // as mayHold, on the first byte in lower case
	}
	return t.find(packLower(w))
}

var (
	// lexicon maps each stop word to "" and each irregular form to its
	// base form: the two looked up on a word before it is stemmed
	lexicon        = tableOf(lexiconOf(stopwords, irregular))
	irregularTable = tableOf(irregular)
	synonymTable   = tableOf(synonyms)
)

// lexiconOf returns the map of lexicon, from stop words to "" and from
// irregular forms to their base forms, which are never "".
func lexiconOf(stop map[string]bool, irregular map[string]string) map[string]string {
	m := make(map[string]string, len(stop)+len(irregular))
	for w, ok := range stop {
		if ok {
			m[w] = ""
		}
	}
	for w, b := range irregular {
		if _, dup := m[w]; dup || b == "" {
			panic("trace: lexiconOf: " + strconv.Quote(w) + " is a stop word or has no base form")
		}
		m[w] = b
	}
	return m
}

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// Classes of a byte for the tokenizer (see tokenizer.scan), as bits.
const (
	wordByte = 1 << iota // an ASCII letter, digit or apostrophe: part of a word
	foldByte             // a word byte that folding changes (upper case, backtick)
	aposByte             // an apostrophe or a backtick
	highByte             // a byte of a multi-byte rune
)

// byteClass gives the classes of each byte.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = wordByte
		case 'A' <= c && c <= 'Z':
			t[c] = wordByte | foldByte
		case c == '\'':
			t[c] = wordByte | aposByte
		case c == '`':
			t[c] = wordByte | foldByte | aposByte
		case c >= utf8.RuneSelf:
			t[c] = highByte
		}
	}
	return
}()

// foldsAsSeparator reports whether fold keeps r as it is and the tokenizer
// reads it as a separator: quotation marks, dashes, the ellipsis and the
// no-break space. A text whose runes are all ASCII, these or curly
// apostrophes is read without folding it first.
func foldsAsSeparator(r rune) bool {
	switch r {
	case '\u201c', '\u201d', '\u2013', '\u2014', '\u2026', '\u00a0':
		return true
	}
	return false
}

// fold lowercases s, removes diacritics and makes apostrophes straight.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '`' {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '`' || r == '\u00b4':
			r = '\''
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// expand expands one lowercased word that may carry a contraction.
func expand(w string) string {
	if e, ok := contractions[w]; ok {
		return e
	}
	for _, s := range suffixes {
		if len(w) > len(s.suf) && strings.HasSuffix(w, s.suf) {
			return w[:len(w)-len(s.suf)] + s.exp
		}
	}
	return w
}

// stem is a light English suffix stripper: it conflates plurals, past
// tenses, gerunds and final "e" so that "supplied"/"supply" and
// "provided"/"provides" meet.
func stem(w string) string {
	if b, ok := irregularTable.get(w); ok {
		w = b
	}
	return stripSuffixes(w)
}

// stripSuffixes is stem on a word that is not an irregular form.
func stripSuffixes(w string) string {
	if n := len(w); n > 3 {
		// the first rule that applies, in this order: -ies, -ied, -ing,
		// -ed, -es after s, x or z (n > 4), then -s but not -ss, -us, -is
		switch w[n-1] {
		case 's':
			switch {
			case n > 4 && w[n-3:] == "ies":
				w = w[:n-3] + "y"
			case n > 4 && w[n-2] == 'e' && (w[n-3] == 's' || w[n-3] == 'x' || w[n-3] == 'z'):
				w = w[:n-2]
			case w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i':
				w = w[:n-1]
			}
		case 'd':
			switch {
			case n > 4 && w[n-3:] == "ied":
				w = w[:n-3] + "y"
			case n > 4 && w[n-2] == 'e':
				w = undouble(w[:n-2])
			}
		case 'g':
			if n > 4 && w[n-3:] == "ing" {
				w = undouble(w[:n-3])
			}
		}
	}
	switch n := len(w); {
	case n > 3 && w[n-1] == 'e':
		w = w[:n-1]
	case n > 5 && w[n-3:] == "ian": // demonyms: "Russian" → "Russia"
		w = w[:n-1]
	}
	return w
}

// undouble drops one letter of a final doubled consonant ("stopp" → "stop").
func undouble(w string) string {
	n := len(w)
	if n > 2 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

// Tokens returns the normalised content words of text, in order: folded
// to lowercase without diacritics, contractions expanded, punctuation and
// function words removed, stemmed, and near-synonyms replaced by one
// representative.
func Tokens(text string) []string {
	tz := tokenizer{strings: true} // not reused: the tokens may share its buffer
	tz.tokens(text)
	return tz.toks
}

// isWordRune reports whether r belongs to a word for Tokens: a letter, a
// digit or an apostrophe.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' }

// tokenizer finds the tokens of texts, reusing its buffers and its memo of
// words from one text to the next: their hashes (hashString) or, with
// strings set, the tokens.
type tokenizer struct {
	strings bool
	hashes  []uint64  // the current text's token hashes, in text order
	toks    []string  // the current text's tokens when strings is set
	buf     []byte    // the folded forms of the current text's words that folding changes
	memo    *wordMemo // the token hashes of recent words; nil when strings is set
	all     []uint64  // Prepare's scratch: the token hashes of an article's quotes
}

// memoBits is the log2 of the number of slots of a wordMemo: 32,768 slots
// (768 KB), twice the 16,000 distinct words of PolNeAR's quotes, so that
// few words of a news corpus's working vocabulary take each other's slot
// (with 8,192 slots one word in six read missed the memo).
const memoBits = 15

// lowBytes[n] has the low n bytes of a uint64 set.
var lowBytes = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, 0xffffffffffffffff}

// wordMemo remembers the token hashes of recently read ASCII words of up
// to 15 bytes (a word with curly apostrophes as its folded form, "don’t"
// as "don't"), so that a word read again (most are: "Russia", "people")
// is neither looked up in the word tables, stemmed nor hashed again. It
// is direct-mapped: a word takes its slot from the word there before.
type wordMemo [1 << memoBits]memoSlot

// memoSlot is one word of a wordMemo: the word packed by packLower, with
// memoToken set in hi when the word has a token, and the token's hash. A
// word with two tokens ("needn't") is not remembered. hi is 0 in an empty
// slot.
type memoSlot struct{ lo, hi, h uint64 }

// memoToken is the bit of a memoSlot's hi that says the word has a token;
// packLower leaves it 0.
const memoToken = 1 << 63

// slotOf returns the slot of the word packed as lo, hi.
func (m *wordMemo) slotOf(lo, hi uint64) *memoSlot {
	return &m[((lo^hi*0x9e3779b97f4a7c15)*0xbf58476d1ce4e5b9)>>(64-memoBits)]
}

// tokens finds the tokens of text, Tokens(text), leaving their hashes or
// the tokens in tz.hashes or tz.toks. The tokens are valid until the next
// call: they may share tz's buffer.
func (tz *tokenizer) tokens(text string) {
	if tz.memo == nil && !tz.strings {
		tz.memo = new(wordMemo)
	}
	tz.hashes, tz.toks, tz.buf = tz.hashes[:0], tz.toks[:0], tz.buf[:0]
	if !tz.scan(text, false) {
		// a rune that needs fold's decomposition: start again on the
		// folded text
		tz.hashes, tz.toks, tz.buf = tz.hashes[:0], tz.toks[:0], tz.buf[:0]
		tz.scan(fold(text), true)
	}
}

// scan splits s into words, as strings.FieldsFunc would split fold(s) at
// runes that are not isWordRune, and appends their tokens to tz. A
// text s that is not folded is read as if it were, folding each word that
// needs it: scan then returns false, having stopped, at the first rune
// that is not ASCII, a curly apostrophe or foldsAsSeparator.
func (tz *tokenizer) scan(s string, folded bool) bool {
	for i := 0; i < len(s); {
		k := byteClass[s[i]]
		if k == 0 {
			i++ // an ASCII separator
			continue
		}
		start, class := i, k
		if k&wordByte != 0 {
			for i++; i < len(s); i++ {
				if k = byteClass[s[i]]; k&wordByte == 0 {
					break
				}
				class |= k
			}
		}
		// the tokens of an ASCII word depend on its letters in lower case
		// only: packed by packLower, it is its memo's key
		var lo, hi uint64
		switch {
		case k&highByte != 0 || i-start > 15 || tz.memo == nil:
			// a multi-byte rune is in or next to the word, or the word is
			// long, or not to be remembered
			if tz.memo == nil && k&highByte == 0 { // an ASCII word: read once
				tz.word(s[start:i], class)
				continue
			}
			var ok bool
			if start, i, class, ok = tz.slowWord(s, start, folded); !ok {
				return false
			}
			if start < 0 {
				continue
			}
			lo, hi = packLower(s[start:i])
		case start+16 > len(s): // near the end of s: loads within the word
			lo, hi = packLower(s[start:i])
		default:
			// most words: packLower with whole loads of the word's first
			// 16 bytes masked to its length
			n := i - start
			lo, hi = le.Uint64(s[start:])|caseBits, uint64(n)<<56
			if n <= 8 {
				lo &= lowBytes[n]
			} else {
				hi |= (le.Uint64(s[start+8:]) | caseBits) & lowBytes[n-8]
			}
		}
		m := tz.memo.slotOf(lo, hi)
		if m.lo != lo || m.hi&^memoToken != hi {
			tz.remember(m, lo, hi, s[start:i], class)
		} else if m.hi&memoToken != 0 {
			tz.hashes = append(tz.hashes, m.h)
		}
	}
	return true
}

// slowWord reads the word of s that starts at start, where scan finds no
// ASCII separator, as the general case of scan: a word that may hold or
// be next to multi-byte runes, and the separator runes before it. It
// returns the word's bounds and classes when it is an ASCII word of up to
// 15 bytes for scan to look up in the memo, else start -1 having appended
// its tokens itself (through the memo for a word with curly apostrophes);
// and false where scan stops.
func (tz *tokenizer) slowWord(s string, start int, folded bool) (int, int, uint8, bool) {
	i, class := asciiWord(s, start)
	for i < len(s) && s[i] >= utf8.RuneSelf {
		n, k := runeClass(s[i:], folded)
		if k&wordByte == 0 {
			if k&foldByte != 0 {
				return -1, i, 0, false
			}
			if i == start { // a separator rune
				i += n
				start = i
				continue
			}
			break
		}
		var more uint8
		i, more = asciiWord(s, i+n)
		class |= k | more
	}
	switch {
	case i == start:
		return -1, i, 0, true
	case tz.memo != nil && class&highByte != 0 && !folded:
		// ASCII word bytes and curly apostrophes (any other rune stops
		// scan): the word's tokens are those of its folded form, an ASCII
		// word, which the memo can hold
		w := tz.foldWord(s[start:i])
		if len(w) > 15 {
			tz.word(w, wordByte|aposByte)
			return -1, i, 0, true
		}
		lo, hi := packLower(w)
		if m := tz.memo.slotOf(lo, hi); m.lo != lo || m.hi&^memoToken != hi {
			tz.remember(m, lo, hi, w, wordByte|aposByte)
		} else if m.hi&memoToken != 0 {
			tz.hashes = append(tz.hashes, m.h)
		}
		return -1, i, 0, true
	case tz.memo == nil || class&highByte != 0 || i-start > 15:
		tz.word(s[start:i], class)
		return -1, i, 0, true
	}
	return start, i, class, true
}

// caseBits is 0x20 in every byte of a uint64: the bit that upper-case
// ASCII letters lack.
const caseBits = 0x2020202020202020

// asciiWord returns the end of the ASCII word bytes of s from i on and
// their classes.
func asciiWord(s string, i int) (int, uint8) {
	var class uint8
	for ; i < len(s); i++ {
		k := byteClass[s[i]]
		if k&wordByte == 0 {
			break
		}
		class |= k
	}
	return i, class
}

// runeClass returns the length of the multi-byte rune s starts with and
// its classes for scan: wordByte and highByte (with foldByte and aposByte
// for a curly apostrophe) when it belongs to a word, 0 for a separator,
// and foldByte alone when s is not folded and the rune needs fold.
func runeClass(s string, folded bool) (int, uint8) {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case r == '\u2019' || r == '\u2018': // not in folded text
		return n, wordByte | foldByte | aposByte | highByte
	case !folded:
		if foldsAsSeparator(r) {
			return n, 0
		}
		return n, foldByte
	case isWordRune(r):
		return n, wordByte | highByte
	}
	return n, 0
}

// remember appends the token hashes of w, a word whose bytes have the
// classes class, and keeps them in m, its memo slot, with w packed as lo,
// hi.
func (tz *tokenizer) remember(m *memoSlot, lo, hi uint64, w string, class uint8) {
	n := len(tz.hashes)
	tz.word(w, class)
	switch len(tz.hashes) - n {
	case 0:
		*m = memoSlot{lo: lo, hi: hi}
	case 1:
		*m = memoSlot{lo: lo, hi: hi | memoToken, h: tz.hashes[n]}
	}
}

// word appends the tokens (or their hashes) of a word whose bytes have the classes class.
func (tz *tokenizer) word(w string, class uint8) {
	if class&aposByte != 0 {
		if class&foldByte != 0 {
			w = tz.foldWord(w)
		}
		tz.expanded(strings.Trim(w, "'"))
		return
	}
	tz.add(w, class&foldByte != 0)
}

// expanded appends the tokens of the words of expand(w), as word would
// of strings.Fields(expand(w)) with their apostrophes removed, without
// building the expansion (w has no white space, and an expansion is w's
// start then one word).
func (tz *tokenizer) expanded(w string) {
	if e, ok := contractions[w]; ok {
		a, b, _ := strings.Cut(e, " ") // two words without apostrophes
		tz.add(a, false)
		tz.add(b, false)
		return
	}
	for _, s := range suffixes {
		if len(w) > len(s.suf) && strings.HasSuffix(w, s.suf) {
			tz.add(strings.ReplaceAll(w[:len(w)-len(s.suf)], "'", ""), false)
			if s.exp != "" {
				tz.add(s.exp[1:], false) // without its leading space
			}
			return
		}
	}
	tz.add(strings.ReplaceAll(w, "'", ""), false)
}

// add appends the token (or its hash) of a word without apostrophes,
// unless it is empty or a function word; a word that needs folding (ASCII
// upper case) is folded once it is known to be neither a function word
// nor an irregular form.
func (tz *tokenizer) add(e string, fold bool) {
	if e == "" {
		return
	}
	switch base, ok := lexicon.getFolded(e); {
	case ok && base == "": // a stop word
		return
	case ok: // an irregular form: stem(e) is stripSuffixes(base)
		e = base
	case fold:
		e = tz.foldWord(e)
	}
	s := stripSuffixes(e)
	if r, ok := synonymTable.get(s); ok {
		s = r
	}
	if tz.strings {
		tz.toks = append(tz.toks, s)
	} else {
		tz.hashes = append(tz.hashes, hashString(s))
	}
}

// foldWord returns fold(w) for a word of a text that scan reads without
// folding: its ASCII letters in lower case, backticks and curly
// apostrophes made straight. The result is appended to tz.buf, whose
// earlier bytes it never changes.
func (tz *tokenizer) foldWord(w string) string {
	start := len(tz.buf)
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '`':
			c = '\''
		case c >= utf8.RuneSelf: // U+2018 or U+2019, three bytes
			c = '\''
			i += 2
		}
		tz.buf = append(tz.buf, c)
	}
	b := tz.buf[start:]
	return unsafe.String(&b[0], len(b))
}
