package trace

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
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

// keyFilter says quickly that a word is not a key of a map: it holds, per
// first byte, a bit per key length (1 to 63). A word it does not rule out
// is looked up.
type keyFilter [256]uint64

func filterOf[V any](m map[string]V) *keyFilter {
	f := new(keyFilter)
	for k := range m {
		if len(k) > 0 && len(k) < 64 {
			f[k[0]] |= 1 << len(k)
		} else if len(k) > 0 {
			f[k[0]] |= 1 // long keys: every long word is looked up
		}
	}
	return f
}

// mayHold reports whether w may be a key; false means it is not.
func (f *keyFilter) mayHold(w string) bool {
	if len(w) == 0 {
		return false
	}
	if len(w) >= 64 {
		return f[w[0]]&1 != 0
	}
	return f[w[0]]&(1<<len(w)) != 0
}

// shortSet is a set of words of 1 to 7 bytes, each packed into a uint64
// (its bytes, then its length in the top byte), in an open-addressing
// table: a lookup reads no string and calls no map.
type shortSet struct{ slots [512]uint64 } // 0: empty

// pack returns w packed, or 0 when w is empty or longer than 7 bytes.
func pack(w string) uint64 {
	if len(w) == 0 || len(w) > 7 {
		return 0
	}
	k := uint64(len(w)) << 56
	for i := 0; i < len(w); i++ {
		k |= uint64(w[i]) << (8 * i)
	}
	return k
}

func (s *shortSet) slot(k uint64) int { return int((k * 0x9e3779b97f4a7c15) >> 55) } // 9 bits

// shortSetOf returns the set of the keys of m, which must all be 1 to 7
// bytes long and fill at most half of the table.
func shortSetOf(m map[string]bool) *shortSet {
	s := new(shortSet)
	n := 0
	for w, ok := range m {
		k := pack(w)
		if k == 0 || n >= len(s.slots)/2 {
			panic("trace: shortSetOf: " + strconv.Quote(w) + " does not fit")
		}
		if !ok {
			continue
		}
		i := s.slot(k)
		for s.slots[i] != 0 {
			i = (i + 1) % len(s.slots)
		}
		s.slots[i] = k
		n++
	}
	return s
}

// has reports whether w is in the set.
func (s *shortSet) has(w string) bool {
	k := pack(w)
	if k == 0 {
		return false
	}
	for i := s.slot(k); ; i = (i + 1) % len(s.slots) {
		switch s.slots[i] {
		case k:
			return true
		case 0:
			return false
		}
	}
}

var (
	stopwordSet   = shortSetOf(stopwords)
	irregularKeys = filterOf(irregular)
	synonymKeys   = filterOf(synonyms)
)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// asciiFold is foldInto's mapping of ASCII bytes: lower case, and the
// backtick as an apostrophe.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		case c == '`':
			t[c] = '\''
		default:
			t[c] = byte(c)
		}
	}
	return
}()

// asciiWordByte says which ASCII bytes eachTokenOf reads as word bytes:
// letters, digits and the apostrophe.
var asciiWordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '\'' || 'A' <= c && c <= 'Z'
	}
	return
}()

// foldInto is fold(s) for a caller that does not keep the result nor any
// part of it: ASCII text is lower-cased into *buf, which the result then
// shares, instead of into a new string.
func foldInto(s string, buf *[]byte) string {
	// the folded text is never longer than s: ASCII bytes stay one byte,
	// curly apostrophes shrink and the other runes kept are copied
	if cap(*buf) < len(s) {
		*buf = make([]byte, 0, len(s)+len(s)/4)
	}
	b := (*buf)[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, asciiFold[c])
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\u2019', '\u2018':
			// apostrophes, which fold makes straight
			b = append(b, '\'')
		case '\u201c', '\u201d', '\u2013', '\u2014', '\u2026', '\u00a0':
			// quotation marks, dashes, ellipsis, no-break space:
			// their own decomposition and lower case, not marks
			b = append(b, s[i:i+n]...)
		default:
			return fold(s)
		}
		i += n - 1
	}
	*buf = b
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
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
	if irregularKeys.mayHold(w) {
		if b, ok := irregular[w]; ok {
			w = b
		}
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ied"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ing"):
		w = undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed"):
		w = undouble(w[:n-2])
	case n > 4 && strings.HasSuffix(w, "es") && strings.ContainsRune("sxz", rune(w[n-3])):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	switch {
	case len(w) > 3 && strings.HasSuffix(w, "e"):
		w = w[:len(w)-1]
	case len(w) > 5 && strings.HasSuffix(w, "ian"): // demonyms: "Russian" → "Russia"
		w = w[:len(w)-1]
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
	var out []string
	eachToken(text, func(s string) { out = append(out, s) })
	return out
}

// isWordRune reports whether r belongs to a word for Tokens: a letter, a
// digit or an apostrophe.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' }

// eachToken calls yield with each token Tokens(text) returns, in order,
// without building the list: the words are read in place in the folded
// text (as strings.FieldsFunc would split it).
func eachToken(text string, yield func(string)) {
	eachTokenOf(fold(text), yield)
}

// eachTokenOf is eachToken on the folded text f.
func eachTokenOf(f string, yield func(string)) {
	add := func(e string) {
		if e == "" || stopwordSet.has(e) {
			return
		}
		s := stem(e)
		if synonymKeys.mayHold(s) {
			if r, ok := synonyms[s]; ok {
				s = r
			}
		}
		yield(s)
	}
	word := func(w string) {
		if strings.IndexByte(w, '\'') < 0 {
			add(w)
			return
		}
		w = strings.Trim(w, "'")
		for _, e := range strings.Fields(expand(w)) {
			add(strings.ReplaceAll(e, "'", ""))
		}
	}
	start := -1 // start of the current word, -1 between words
	for i := 0; i < len(f); {
		c := f[i]
		in, n := false, 1
		if c < utf8.RuneSelf {
			in = asciiWordByte[c]
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(f[i:])
			in = isWordRune(r)
		}
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			word(f[start:i])
			start = -1
		}
		i += n
	}
	if start >= 0 {
		word(f[start:])
	}
}
