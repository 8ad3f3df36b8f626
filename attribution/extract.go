package attribution

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Extractor finds and attributes quotes. It is immutable after New and safe
// for concurrent use.
type Extractor struct {
	speakers []Speaker
	alias    map[string]int // normalised alias -> index into speakers
	surname  map[string]int // last word of a person's canonical name -> index
}

// New builds an extractor that knows the given speakers (from an alias file;
// may be nil).
func New(speakers []Speaker) *Extractor {
	e := &Extractor{speakers: speakers, alias: map[string]int{}, surname: map[string]int{}}
	for i, s := range speakers {
		if f := strings.Fields(s.Name); len(f) > 1 && (s.Kind == "" || s.Kind == Person) {
			e.surname[f[len(f)-1]] = i
		}
		e.alias[norm(s.Name)] = i
		for _, a := range s.Aliases {
			e.alias[norm(a)] = i
		}
	}
	return e
}

// aliasOf returns the speaker whose alias name is; with no alias file there
// is nothing to look up. The name is normalised into a buffer on the
// stack: no string is built for a lookup (most names are in no file).
func (e *Extractor) aliasOf(name string) (int, bool) {
	if len(e.alias) == 0 {
		return 0, false
	}
	var buf [64]byte
	i, ok := e.alias[string(appendNorm(buf[:0], name))]
	return i, ok
}

// norm is the key of a name in the alias table: lower case, without a
// leading "the", dots and hyphens, with single spaces and ' for ’.
func norm(s string) string { return string(appendNorm(nil, s)) }

// appendNorm appends norm(s) to b.
func appendNorm(b []byte, s string) []byte {
	s = strings.TrimSpace(s)
	if len(s) >= 4 && strings.EqualFold(s[:4], "the ") {
		s = s[4:]
	}
	space := false
	start := len(b)
	for i := 0; i < len(s); {
		c := s[i]
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		i += w
		switch {
		case r == '.':
			continue
		case r == '-' || r == ' ' || r >= 0x09 && r <= 0x0d || r >= utf8.RuneSelf && unicode.IsSpace(r):
			space = len(b) > start
			continue
		case r == '’':
			r = '\''
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		switch {
		case r >= 'A' && r <= 'Z':
			b = append(b, byte(r)+'a'-'A')
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// cues maps reporting words to true when they are speech verbs.
var cues = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`said says say told tells added adds warned warns stated states affirmed
	affirms insisted insists contended contends suggested suggests asserted asserts cautioned cautions
	indicated indicates noted notes argued argues claimed claims denied denies replied replies explained
	explains announced announces declared declares acknowledged acknowledges admitted admits wrote writes
	reported reports confirmed confirms believes believe believed thinks think thought fears feared
	predicted predicts stressed stresses emphasized emphasised underscored urged urges tweeted responded
	recalled observed remarked commented maintained mentioned complained alleged vowed promised
	countered pointed highlighted expects hopes hoped wants wanted worried worries continued
	concluded exclaimed says insisted joked quipped testified accused accuses criticized
	concludes shouted yelled chanted retorted answered answers asks jokes writes posted
	described describes endorsed sought
	defended supports supported proposed agreed refused opposed revealed pledged denounced dismissed
	criticizes warns argue believe fear hope suggest feel
	praised called calls knows knew estimated estimates revealed disclosed`) {
		cues[w] = true
	}
}

var participles = map[string]bool{"saying": true, "calling": true, "citing": true, "referring": true, "suggesting": true, "adding": true, "noting": true, "arguing": true,
	"warning": true, "stating": true, "telling": true, "insisting": true, "explaining": true, "claiming": true}

var pronouns = map[string]SpeakerKind{"he": Person, "she": Person, "they": Group, "it": Organisation,
	"we": Group, "i": Person, "He": Person, "She": Person, "They": Group, "It": Organisation, "We": Group, "I": Person}

var groupWords = map[string]bool{"experts": true, "officials": true, "analysts": true, "sources": true,
	"critics": true, "observers": true, "diplomats": true, "residents": true, "witnesses": true,
	"researchers": true, "economists": true, "lawmakers": true, "people": true, "reports": true, "polls": true}

var orgWords = map[string]bool{"military": true, "ministry": true, "government": true, "agency": true,
	"media": true, "news": true, "kremlin": true, "house": true, "department": true, "office": true,
	"chiefs": true, "staff": true, "korea": true, "korean": true, "studies": true, "university": true,
	"institute": true, "states": true, "union": true, "nations": true, "party": true, "north": true, "south": true, "white": true, "ministry's": true, "agency's": true, "committee": true, "council": true, "campaign": true, "newspaper": true,
	"spokesperson": false}

var mediaNames = map[string]bool{"RIA": true, "TASS": true, "AFP": true, "Interfax": true, "Reuters": true,
	"AP": true, "Bloomberg": true, "Yonhap": true, "KCNA": true, "CNN": true, "BBC": true, "Novosti": true}

var skipBefore = map[string]bool{"has": true, "have": true, "had": true, "also": true, "later": true,
	"previously": true, "would": true, "will": true, "did": true, "then": true, "once": true, "repeatedly": true,
	"publicly": true, "recently": true, "earlier": true, "further": true, "again": true, "had,": true,
	"reportedly": true, "and": false}

// span is a quotation found by the mark scanner.
type span struct {
	open, close int // byte offsets of the content start and end
	words       int
	unclosed    bool
	title       bool // a name in title case ("“Meet the Press”"), not speech: see markTitles
}

// markAt reports whether a quotation mark starts at i: its width and whether
// it opens (1), closes (2) or is ambiguous (3).
func markAt(t string, i int) (w, kind int) {
	// small enough to be inlined: most bytes cannot start a mark, and the
	// scanners ask about every byte
	if markByte[t[i]] {
		w, kind = markAtSlow(t, i)
	}
	return
}

// markByte holds the bytes a quotation mark can start with.
var markByte = [256]bool{'"': true, '\'': true, 0xE2: true, '&': true}

// A byteFinder finds a few bytes in t[:pe], at or after a position that
// the scan moves forward: a vectorised search (strings.IndexByte) for each
// byte, whose answer is kept until the scan has passed it.
type byteFinder struct {
	t     string
	pe    int
	bytes string // at most 4
	next  [4]int // where each byte occurs next at or after lo (pe: nowhere; -1 before the first search)
	lo    [4]int // where its search started
}

func newByteFinder(t string, pe int, bytes string) *byteFinder {
	return &byteFinder{t: t, pe: pe, bytes: bytes, next: [4]int{-1, -1, -1, -1}}
}

// from returns the offset of the first of the bytes at or after i, or pe.
func (f *byteFinder) from(i int) int {
	n := f.pe
	for k := 0; k < len(f.bytes) && k < len(f.next); k++ {
		if f.next[k] < i || i < f.lo[k] {
			f.next[k], f.lo[k] = f.pe, i
			if j := strings.IndexByte(f.t[i:f.pe], f.bytes[k]); j >= 0 {
				f.next[k] = i + j
			}
		}
		n = min(n, f.next[k])
	}
	return n
}

func markAtSlow(t string, i int) (w, kind int) {
	switch t[i] {
	case '"':
		return 1, 3
	case '\'':
		// two straight single marks stand for a double one (''like this'')
		if i+1 < len(t) && t[i+1] == '\'' {
			return 2, 3
		}
	case 0xE2:
		if i+2 < len(t) && t[i+1] == 0x80 {
			switch t[i+2] {
			case 0x9C, 0x9E:
				return 3, 1
			case 0x9D:
				return 3, 2
			}
		}
	case '&':
		rest := t[i:]
		if len(rest) > 8 {
			rest = rest[:8]
		}
		switch {
		case strings.HasPrefix(rest, "&ldquo;"):
			return 7, 1
		case strings.HasPrefix(rest, "&rdquo;"):
			return 7, 2
		case strings.HasPrefix(rest, "&quot;"):
			return 6, 3
		case strings.HasPrefix(rest, "&#8220;"):
			return 7, 1
		case strings.HasPrefix(rest, "&#8221;"):
			return 7, 2
		}
	}
	return 0, 0
}

// state carries what the article has established so far.
type state struct {
	e          *Extractor
	text       string
	persons    []string // full names seen, most recent last
	fulls      map[string]string
	mention    string // last two-word capitalised name outside quotations
	mentionAt  int
	last       Quote // last attributed speaker
	haveLast   bool
	lastPerson Quote
	havePerson bool
	spk        speakerMemory // speaker.go
	retries    int           // cues a sentence has given up for the next (nextCue)
	wbuf       []word        // words read for a while (tempWords), reused
	sent       []word        // the words of the top-level sentence being read, as read (never changed)
	sentS      int           // its byte range
	sentE      int
	wused      int        // the most words wbuf has held in this call: what release clears
	sentUsed   int        // the same for sent
	poutUsed   int        // the same for sc.pout
	lower      *lowerCase // the lower case of the words with ASCII capitals
	sc         *scratch   // buffers borrowed for this call
}

// scratch holds the buffers of one Extract call, pooled across calls so that
// they do not grow afresh for every article (the Extractor itself stays
// immutable and safe for concurrent use).
type scratch struct {
	wbuf   []word
	sent   []word
	people []Quote
	spans  []span  // the current paragraph's quotations
	in     []span  // the current sentence's
	pout   []Quote // the current paragraph's quotes, before extract copies them
	all    []Quote // the article's quotes, before mergeRuns
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release clears the buffers (they must not keep the article alive) and
// returns them to the pool.
func (st *state) release() {
	sc := st.sc
	// (beyond what this call used the buffers were cleared before, or are new)
	sc.wbuf = st.wbuf[:0]
	clear(sc.wbuf[:max(st.wused, len(st.wbuf))])
	sc.sent = st.sent[:0]
	clear(sc.sent[:max(st.sentUsed, len(st.sent))])
	sc.people = st.spk.people[:0]
	clear(sc.people[:cap(sc.people)])
	// (of the quote buffers, only what this call wrote: beyond it they were
	// cleared before, or are new)
	clear(sc.pout[:max(st.poutUsed, len(sc.pout))])
	clear(sc.all)
	scratchPool.Put(sc)
}

// Extract returns the quotes in text, in text order. Offsets are byte
// offsets into text; Content == text[Start:End]. Names, roles and cues are
// given with white space collapsed and invisible format characters
// (zero-width spaces and joiners, directional marks) removed.
func (e *Extractor) Extract(text string) []Quote {
	qs := e.extract(text)
	for i := range qs {
		q := &qs[i]
		q.Cue, q.Speaker, q.Role = cleanName(q.Cue), cleanName(q.Speaker), cleanName(q.Role)
		q.Mention, q.Via, q.Affiliation = cleanName(q.Mention), cleanName(q.Via), cleanName(q.Affiliation)
	}
	return qs
}

// cleanName drops invisible format characters from s and collapses its
// runs of white space to one space.
func cleanName(s string) string {
	// ASCII without tabs, line breaks or two spaces in a row: the usual
	// name, told apart in one pass over its bytes
	plain, prev := true, byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if nameStop[c] || c == ' ' && prev == ' ' {
			plain = false
			break
		}
		prev = c
	}
	if plain {
		return s
	}
	if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\t\n\r\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff") {
		return s
	}
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		switch {
		case r == '\u200c' || r == '\u200d':
			return -1 // joiners shape letters in some scripts: join, don't split
		case unicode.Is(unicode.Cf, r):
			return ' '
		}
		return r
	}, s)), " ")
}

// nameStop holds the bytes that keep cleanName from returning a name as it
// is: tabs, line breaks and the bytes beyond ASCII.
var nameStop = func() (b [256]bool) {
	b['\t'], b['\n'], b['\r'] = true, true, true
	for c := utf8.RuneSelf; c < 256; c++ {
		b[c] = true
	}
	return b
}()

func (e *Extractor) extract(text string) []Quote {
	sc := scratchPool.Get().(*scratch)
	st := &state{e: e, text: text, lower: new(lowerCase), sc: sc, wbuf: sc.wbuf, sent: sc.sent}
	st.spk.people = sc.people
	defer st.release()
	out := sc.all[:0] // the quotes are gathered in a pooled buffer, returned in an exact copy
	para := 0
	carry := false // previous paragraph ended inside an open quotation
	nl := -1       // the next '\n' at or after ls
	for ls := 0; ls < len(text); {
		// the line's end: the first '\n' or '\r' (IndexByte is vectorised;
		// the next '\n' is remembered, for texts whose lines end in '\r')
		if nl < ls {
			nl = len(text)
			if k := strings.IndexByte(text[ls:], '\n'); k >= 0 {
				nl = ls + k
			}
		}
		le := nl
		if k := strings.IndexByte(text[ls:le], '\r'); k >= 0 {
			le = ls + k
		}
		next := le
		if next < len(text) && text[next] == '\r' {
			next++
		}
		if next < len(text) && text[next] == '\n' {
			next++
		}
		if next == le {
			next = le + 1
		}
		if strings.TrimSpace(text[ls:le]) != "" {
			para++
			var qs []Quote
			qs, carry = st.paragraph(ls, le, para, carry)
			out = append(out, qs...)
		}
		ls = next
	}
	sc.all = out
	if len(out) == 0 {
		return nil
	}
	kept := out[:0]
	for _, q := range out {
		if q.End > q.Start {
			if q.SpeakerKind == "" {
				q.SpeakerKind = Unknown // a speakerless clause ("is expected to …") says so like the rest
			}
			kept = append(kept, q)
		}
	}
	merged := mergeRuns(text, kept)
	return append(make([]Quote, 0, len(merged)), merged...)
}

// mergeRuns joins the pieces of one quotation, as news annotators count
// them: a split quote ("“A,” X said. “B”") and the follow-on quotations of
// the same speaker in the same or the next paragraph become one Quote whose
// span runs from the first piece to the last (the attribution between them is
// inside the span).
func mergeRuns(text string, qs []Quote) []Quote {
	if len(qs) < 2 {
		return qs
	}
	out := qs[:1]
	// per output: the paragraph of its last piece, the words of its pieces
	// and of its whole span (counted when needed)
	buf := make([]int, 3*len(qs))
	lastPara, quoted, spanned := buf[:1:len(qs)], buf[len(qs):len(qs)+1:2*len(qs)], buf[2*len(qs):2*len(qs)+1]
	lastPara[0], quoted[0], spanned[0] = qs[0].Paragraph, -1, -1
	for _, q := range qs[1:] {
		merged := false
		// the previous direct quote, past at most two reports in between
		// ("“A,” he told Reuters when asked if …. “B.”")
		for b := len(out) - 1; b >= 0 && b >= len(out)-3 && q.Type == Direct; b-- {
			p := &out[b]
			if p.Type != Direct {
				continue
			}
			if q.Speaker == p.Speaker && q.Speaker != "" && q.Paragraph-lastPara[b] <= 1 &&
				(q.CueStart < 0 || q.CueStart == p.CueStart) && q.Start >= p.End && q.Start-p.End < 200 &&
				!participleBetween(text[p.End:q.Start]) {
				if quoted[b] < 0 {
					quoted[b] = countWords(p.Content)
					spanned[b] = quoted[b]
				}
				qw, gap := countWords(q.Content), countWords(text[p.End:q.Start])
				merged = true
				if spanned[b]+gap+qw > 2*(quoted[b]+qw) {
					// the words between the pieces (attribution, narration)
					// outweigh the quotation's own: one span cannot leave the
					// narration out, so the longer of the pieces stands for
					// the quotation
					if qw > quoted[b] {
						// q moves to the end, keeping the quotes in text order
						out = append(out[:b], out[b+1:]...)
						lastPara = append(lastPara[:b], lastPara[b+1:]...)
						quoted = append(quoted[:b], quoted[b+1:]...)
						spanned = append(spanned[:b], spanned[b+1:]...)
						out, lastPara = append(out, q), append(lastPara, q.Paragraph)
						quoted, spanned = append(quoted, qw), append(spanned, qw)
					}
					break
				}
				p.End = q.End
				p.Content = text[p.Start:p.End]
				lastPara[b] = q.Paragraph
				quoted[b] += qw
				spanned[b] += gap + qw
			}
			break
		}
		if !merged {
			out = append(out, q)
			lastPara = append(lastPara, q.Paragraph)
			quoted, spanned = append(quoted, -1), append(spanned, -1)
		}
	}
	return out
}

// participleAfterComma reports whether ws[i] follows a comma, or a comma
// and an adverb ("…, earlier stressing …").
func participleAfterComma(ws []word, i int) bool {
	if i > 0 && ws[i-1].text == "," {
		return true
	}
	return i > 1 && ws[i-2].text == "," && (ws[i-1].is(cSkipBefore) || adverbWord(&ws[i-1]))
}

// cueLoopWords are the words besides the cues, participles and phrasal
// verbs that the cue loop of sentence stops at ("as Smith put it",
// "according to").
var cueLoopWords = wordSet(`put according According`)

// beWords make a participle after them a progressive verb.
var beWords = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true}

// progressiveAt returns how many words before ws[i] make it a progressive
// verb ("is telling": 1, "is now telling": 2), or 0.
func progressiveAt(ws []word, i int) int {
	switch {
	case i > 0 && beWords[ws[i-1].text]:
		return 1
	case i > 1 && beWords[ws[i-2].text] && (ws[i-1].is(cSkipBefore) || strings.HasSuffix(ws[i-1].text, "ly") || ws[i-1].text == "now" || ws[i-1].text == "still"):
		return 2
	}
	return 0
}

// participleBetween reports whether the words between two quotation pieces
// hold a participial cue after a comma ("…,” Smith said, adding that “…”):
// the piece after it is a report of its own, not the same quotation going on.
func participleBetween(gap string) bool {
	comma := false
	for i := 0; i < len(gap); {
		c := gap[i]
		if !isWordByte(c) {
			if c == ',' {
				comma = true
			} else if c != ' ' {
				comma = false
			}
			i++
			continue
		}
		j := i
		for j < len(gap) && isWordByte(gap[j]) {
			j++
		}
		if comma && gap[i:j] == "adding" {
			return true
		}
		comma = false
		i = j
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// countWords returns the number of words in s: runs of countByte bytes.
// It reads 8 bytes at a time (wordBytes8), the rules count long contents.
func countWords(s string) int {
	n, prev := 0, uint64(0) // prev: the word bit of the byte before i (0x80 or 0)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := wordBytes8(load64(s, i))
		n += bits.OnesCount64(w &^ (w<<8 | prev))
		prev = w >> 56
	}
	in := prev != 0
	for ; i < len(s); i++ {
		w := countByte[s[i]]
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// wordBytes8 returns, for the 8 bytes x, 0x80 in each byte that countByte
// holds (a byte beyond ASCII, an ASCII letter or digit, an apostrophe or
// a hyphen) and 0 in the others. The tests work on the low 7 bits of each
// byte, where an addition cannot carry into the next.
func wordBytes8(x uint64) uint64 {
	const (
		hi  = 0x8080808080808080
		low = 0x7f7f7f7f7f7f7f7f
		one = 0x0101010101010101
	)
	y := x & low
	l := y | 0x20*one // a capital as its small letter
	letter := (l + (0x80-'a')*one) &^ (l + (0x80-'z'-1)*one)
	digit := (y + (0x80-'0')*one) &^ (y + (0x80-'9'-1)*one)
	apos := ^((y ^ '\''*one) + low) // 0x80 where the byte is '
	hyph := ^((y ^ '-'*one) + low)
	return (x | letter | digit | apos | hyph) & hi
}

// hasWords reports whether s holds at least n words (countWords(s) >= n),
// reading no further than the n-th: the rules ask it of whole clauses.
func hasWords(s string, n int) bool {
	if n <= 0 {
		return true
	}
	prev, i := uint64(0), 0 // as in countWords
	for ; i+8 <= len(s); i += 8 {
		w := wordBytes8(load64(s, i))
		if n -= bits.OnesCount64(w &^ (w<<8 | prev)); n <= 0 {
			return true
		}
		prev = w >> 56
	}
	in := prev != 0
	for ; i < len(s); i++ {
		w := countByte[s[i]]
		if w && !in {
			if n--; n == 0 {
				return true
			}
		}
		in = w
	}
	return false
}

// countByte holds the bytes countWords counts as parts of words: word bytes,
// apostrophes and hyphens (a table: countWords runs over every content).
var countByte = func() (b [256]bool) {
	for c := range 256 {
		b[c] = isWordByte(byte(c)) || c == '\'' || c == '-'
	}
	return b
}()

func (st *state) paragraph(ps, pe, para int, carry bool) ([]Quote, bool) {
	t := st.text
	spans := st.sc.spans[:0]
	defer func() { st.sc.spans = spans[:0] }()
	open, depth := -1, 0
	openStraight := false
	if carry {
		// continuation: the paragraph reopens the quote or simply goes on
		i := ps
		for i < pe && (t[i] == ' ' || t[i] == '\t') {
			i++
		}
		if w, k := markAt(t, i); w > 0 && k != 2 {
			open, depth, openStraight = i+w, 1, k == 3
			ps = i + w
		} else if goesOn(t, i, pe) {
			open, depth = i, 1
		} else {
			// the quotation was left open by mistake; this paragraph is new
			carry = false
		}
	}
	sopen := -1                               // content start of an open single quotation (‘like this’), outside double ones
	marks := newByteFinder(t, pe, "\"'\xe2&") // the bytes of markByte
	for i := ps; i < pe; {
		if !markByte[t[i]] {
			i = marks.from(i) // the common case, decided without the checks below: no mark, no apostrophe
			continue
		}
		w, k := markAt(t, i)
		if w == 0 {
			if depth == 0 && (t[i] == '\'' || t[i] == 0xE2) {
				switch singleAt(t, ps, pe, i) {
				case 1:
					if sopen < 0 {
						sopen = i + utf8.RuneLen(rune(t[i]))
						if t[i] == 0xE2 {
							sopen = i + 3
						}
					}
				case 2:
					if sopen >= 0 {
						spans = append(spans, span{open: sopen, close: i, words: countWords(t[sopen:i])})
						sopen = -1
					}
				}
			}
			i++
			continue
		}
		sopen = -1

		switch {
		case k == 1 && depth == 1 && !openStraight && wrongWayCloses(t, pe, i, w):
			// an opening mark turned the wrong way closes the quotation:
			// "an “expedited review“ of …"
			depth = 0
			spans = append(spans, span{open: open, close: i, words: countWords(t[open:i])})
		case k == 1:
			if depth == 0 {
				open, openStraight = i+w, false
			}
			depth++
		case k == 2 || (k == 3 && depth > 0 && (openStraight || depth > 1 || straightCloses(t, i, pe))):
			if depth > 0 {
				depth--
				if depth == 0 {
					spans = append(spans, span{open: open, close: i, words: countWords(t[open:i])})
				}
			} else if wrongWayOpens(t, ps, pe, i, w) {
				// a closing mark turned the wrong way opens a quotation:
				// "”Fear. I am truly afraid …”"
				open, openStraight, depth = i+w, false, 1
			}
		case k == 3:
			if depth == 0 {
				if i > ps && t[i-1] == '=' {
					// markup: <tweet tweet-author="@x">, an attribute value
					w = attrEnd(t, i+w, pe) - i
				} else {
					open, openStraight, depth = i+w, true, 1
				}
			} else {
				depth++
			}
		}
		i += w
	}
	unclosed := false
	if depth > 0 && open >= 0 {
		end := pe
		for end > open && (t[end-1] == ' ' || t[end-1] == '\t') {
			end--
		}
		if end > open {
			spans = append(spans, span{open: open, close: end, words: countWords(t[open:end]), unclosed: true})
			unclosed = true
		}
	}
	stripLabels(t, spans)
	markTitles(t, ps, spans)
	out := st.sc.pout[:0] // extract copies the quotes at once
	// sentences
	si := 0
	start := ps
	prev := pe // the start of the previous sentence
	stops := newByteFinder(t, pe, ".?!")
	for start < pe {
		end := sentenceEnd(t, start, pe, spans, stops)
		for si < len(spans) && spans[si].close <= start {
			si++
		}
		in := st.sc.in[:0]
		for j := si; j < len(spans) && spans[j].open < end; j++ {
			in = append(in, spans[j])
		}
		st.sc.in = in
		n := len(out)
		out = append(out, st.sentence(start, end, para, in, carry && start == ps, 0, nil, -1)...)
		for k := n; k < len(out); k++ {
			if q := &out[k]; q.Type != Direct {
				if de := headlineDash(t, q.Start, q.End); de < q.End {
					*q = st.mk(q.Type, q.Start, de, q.Paragraph, q.CueStart, q.CueEnd, *q)
				}
			}
		}
		if kept, a := st.absoluteReports(out[n:], start, end, para, in); len(a) > 0 {
			out = append(out[:n+len(kept)], a...)
			sortQuotes(out[n:])
		}
		if c := st.characterisations(out[n:], start, end, para, in); len(c) > 0 {
			out = append(out, c...)
			sortQuotes(out[n:])
		}
		if len(out) == n && n > 0 && out[n-1].End > prev {
			if q, ok := st.followOn(out[n-1], start, end, para, in); ok {
				out = append(out, q)
			}
		}
		if len(out) == n {
			out = append(out, st.seemClause(start, end, para, in)...) // expected.go: "the race appears closer"
		}
		prev = start
		start = end
		for start < pe && (t[start] == ' ' || t[start] == '\t') {
			start++
		}
	}
	st.sc.pout = out
	st.poutUsed = max(st.poutUsed, len(out))
	return out, unclosed
}

// linkWords open a line that links to another story: "Read: …", "Watch: …".
var linkWords = wordSet(`Read Watch Listen READ WATCH LISTEN`)

// headlineDash returns where a report in title case ends when a spaced
// dash and a title-case line of the writer's own follow it: "Trump Just
// Announced Who He Would Pick – It May Surprise You" reports up to the
// dash. A quotation after the dash ("… In The Worst Way — ‘Didn’t Lose
// A….’") keeps it in the report; so does a word in lower case on either
// side. It returns e when the content t[s:e] has no such dash.
func headlineDash(t string, s, e int) int {
	c := t[s:e]
	if c == "" || !isCap(c) && !strings.HasPrefix(c, "‘") && !strings.HasPrefix(c, "“") {
		return e // (most reports open in lower case: no search)
	}
	if sp := strings.IndexByte(c, ' '); sp < 0 || !isCap(strings.TrimLeft(c[sp+1:], "‘“\"'")) {
		return e // nor has a second word in lower case
	}
	i := strings.Index(c, " – ")
	if i < 0 {
		if i = strings.Index(c, " — "); i < 0 {
			return e
		}
	}
	if !titleLine(c[:i]) || !titleLine(c[i:]) || strings.ContainsAny(c[i:], "“”‘’\"'") {
		return e
	}
	return s + i
}

// titleLine reports whether every word of four letters or more in s (past
// an opening quotation mark) is capitalised, and there is at least one.
func titleLine(s string) bool {
	n := 0
	for _, f := range strings.Fields(s) {
		if f = strings.TrimLeft(f, "“‘\"'"); len(f) < 4 || !isWordStart(f) {
			continue
		}
		if !isCap(f) {
			return false
		}
		n++
	}
	return n > 0
}

// quoteOpens reports whether a quotation mark opens t at s.
func quoteOpens(t string, s int) bool {
	if s >= len(t) {
		return false
	}
	w, _ := markAt(t, s)
	return w > 0
}

// straightCloses reports whether the straight mark at i closes a quotation
// opened by a curly one (“like this"): it follows a word or punctuation and
// is not followed by a word.
func straightCloses(t string, i, pe int) bool {
	if i == 0 || t[i-1] == ' ' {
		return false
	}
	if i+1 >= pe {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t[i+1:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// goesOn reports whether a paragraph that does not open with a quotation
// mark still continues an open quotation: its first quotation mark closes
// one (a curly closing mark, or one of an odd number of straight marks).
func goesOn(t string, i, pe int) bool {
	straight, first := 0, 0
	for ; i < pe; i++ {
		w, k := markAt(t, i)
		if w == 0 {
			continue
		}
		if first == 0 {
			first = k
		}
		if k == 3 {
			straight++
		}
		i += w - 1
	}
	return first == 2 || first == 3 && straight%2 == 1
}

// singleAt reports whether a single quotation mark at i opens (1) or closes
// (2) a quotation, or is an apostrophe or no mark (0): it opens before a
// word and after a non-word, it closes after a word and before a non-word
// ("the players’ union" closes nothing when nothing is open).
func singleAt(t string, ps, pe, i int) int {
	var r rune
	size := 1
	switch {
	case t[i] == '\'':
		r = '\''
	case strings.HasPrefix(t[i:], "‘"):
		r, size = '‘', 3
	case strings.HasPrefix(t[i:], "’"):
		r, size = '’', 3
	default:
		return 0
	}
	var prev, next rune
	if i > ps {
		prev, _ = utf8.DecodeLastRuneInString(t[ps:i])
	}
	if i+size < pe {
		next, _ = utf8.DecodeRuneInString(t[i+size:])
	}
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	switch {
	case r != '’' && !word(prev) && word(next):
		return 1
	case r != '‘' && !word(next) && prev != 0 && prev != ' ' && next != '\'':
		return 2
	}
	return 0
}

// sentenceEnd finds the end of the sentence starting at s (exclusive).
func sentenceEnd(t string, s, pe int, spans []span, stops *byteFinder) int {
	k := 0
	for i := s; i < pe; i++ {
		if i = stops.from(i); i >= pe { // the next '.', '?' or '!'
			break
		}
		for k < len(spans) && spans[k].close <= i {
			k++
		}
		if k < len(spans) && spans[k].open <= i && spans[k].close != i+1 {
			continue
		}
		// closing is the quotation that this mark ends, if any
		closing := -1
		if k < len(spans) && spans[k].open <= i {
			closing = k
		}
		j := i + 1
		for j < pe {
			if w, k := markAt(t, j); w > 0 && k != 1 {
				j += w
				continue
			}
			if t[j] == ')' {
				j++ // "(She claimed to “retire.”) Then …"
				continue
			}
			break
		}
		if j >= pe {
			return pe
		}
		if spaceAt(t, j) == 0 {
			continue
		}
		k := j
		for k < pe && spaceAt(t, k) > 0 {
			k += spaceAt(t, k)
		}
		if k >= pe {
			return pe
		}
		r, _ := utf8.DecodeRuneInString(t[k:])
		if r == '(' && k+1 < pe {
			r, _ = utf8.DecodeRuneInString(t[k+1:]) // "… job losses. (One exception was …)"
		}
		if j > i+1 && closing >= 0 && unicode.IsUpper(r) && attributionFollows(t, k, pe) && !hasWord(t[s:spans[closing].open]) {
			// "“Is he serious?” Smith asked." is one sentence; not so
			// "Smith said, “It is.” He added, …", whose quotation, not
			// opening the sentence, already has its attribution
			continue
		}
		if w, _ := markAt(t, k); w > 0 || unicode.IsUpper(r) {
			// abbreviations: "Mr.", "U.S." single capital, "Sept."
			ws := i
			for ws > s && t[ws-1] != ' ' {
				ws--
			}
			word := t[ws:i]
			if (classes().get(word)&cAbbrev != 0 || (len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z') || strings.Contains(word, ".") && !decimal(word)) && word != "p.m" && word != "a.m" &&
				!(strings.Contains(word, ".") && pronounOpens(t[k:pe])) {
				continue // (but "… in the U.S. He says …" ends after "U.S.")
			}
			return j
		}
	}
	return pe
}

// attrEnd returns the index after the straight mark that closes a markup
// attribute value opened before i, or i when there is none in t[i:pe].
//
//go:noinline
func attrEnd(t string, i, pe int) int {
	if k := strings.IndexByte(t[i:pe], '"'); k >= 0 {
		return i + k + 1
	}
	return i
}

// stripLabels takes the speaker label off a transcript quoted whole
// ("“SMITH: Well, …"): the name and its colon are no part of the
// quotation, they attribute it.
func stripLabels(t string, spans []span) {
	for i := range spans {
		if n := transcriptLabel(t, spans[i].open, spans[i].close); n > 0 && labelNamed(t, spans[i].open, spans[i].open+n) {
			spans[i].open += n
			spans[i].words = countWords(t[spans[i].open:spans[i].close])
		}
	}
}

// wrongWayOpens reports whether the closing mark at i, with no quotation
// open, is an opening one turned the wrong way: "”Fear. I am truly afraid …”".
//
// It is kept out of line: it runs rarely, and inlined it slows the
// paragraph's per-byte loop.
//
//go:noinline
func wrongWayOpens(t string, ps, pe, i, w int) bool {
	return (i == ps || t[i-1] == ' ') && i+w < pe && isWordByte(t[i+w])
}

// wrongWayCloses reports whether the opening mark at i, inside a quotation,
// is a closing one turned the wrong way: right after a word or its
// punctuation, and before no word ("an “expedited review“ of …", "“no.“").
//
//go:noinline
func wrongWayCloses(t string, pe, i, w int) bool {
	if i == 0 {
		return false
	}
	c := t[i-1]
	return (c < 0x80 && isWordByte(c) || c == '.' || c == ',' || c == '!' || c == '?') && (i+w >= pe || !isWordByte(t[i+w]))
}

// transcriptLabel returns the width of a speaker label opening t[i:e] as a
// transcript prints it, "WALLACE: " or "SEN. JANE ROE: " (capitals, at most
// three words, a colon and a blank), or 0.
func transcriptLabel(t string, i, e int) int {
	j, letters, words := i, 0, 1
	for j < e {
		c := t[j]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == '.' || c == '\'' || c == '-':
		case c == ' ' && letters > 0 && j+1 < e && t[j+1] >= 'A' && t[j+1] <= 'Z' && words < 3:
			words++
		case c == ':' && letters >= 2 && j+1 < e && (t[j+1] == ' ' || t[j+1] == '\t'):
			return j + 2 - i
		default:
			return 0
		}
		j++
	}
	return 0
}

// labelNamed reports whether the transcript label t[i:e] ("WALLACE: ")
// names a speaker, not a part of the broadcast ("VIDEO:", "Q:").
func labelNamed(t string, i, e int) bool {
	e -= 2 // ": "
	b := e
	for b > i && t[b-1] != ' ' && t[b-1] != '.' {
		b--
	}
	return b < e && !formatLabels[t[b:e]]
}

// formatLabels are transcript labels that name no speaker.
var formatLabels = wordSet(`VIDEO AUDIO CLIP SOUNDBITE SOT CROSSTALK Q A NOTE UPDATE BREAKING WATCH READ PHOTO LISTEN MORE END
	BEGIN UNIDENTIFIED APPLAUSE LAUGHTER COMMERCIAL BREAK`)

// endsReport reports whether the quotation sp ends as a fronted report
// does: with a comma, question or exclamation mark inside its closing mark
// (“…,”) or a comma right after it (“…”,), or at the end of its text.
func endsReport(t string, sp span) bool {
	if sp.unclosed || sp.close <= sp.open {
		return true
	}
	switch t[sp.close-1] {
	case ',', '?', '!', '.':
		return true
	}
	w, _ := markAt(t, sp.close)
	if w == 0 {
		return true // no closing mark here: cannot tell
	}
	j := sp.close + w
	return j >= len(t) || t[j] == ',' || t[j] == ' ' && j+1 < len(t) && t[j+1] == '-'
}

// decimal reports a number with a decimal point ("$27.16", "3.5"), which a
// full stop after it ends a sentence with, unlike "U.S." or "a.m.".
func decimal(w string) bool {
	w = strings.TrimLeft(w, "$€£")
	dot := strings.IndexByte(w, '.')
	if dot <= 0 || dot == len(w)-1 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < '0' || c > '9') && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

// attributionFollows reports whether the words at k are a short
// attribution that ends its sentence: "Smith said.", "the senator told
// Reuters,", "asked Jones." (after a quotation that ends with its own
// punctuation).
func attributionFollows(t string, k, pe int) bool {
	cueAt := -1
	for n := 0; n < 7 && k < pe; n++ {
		j := k
		for j < pe && (isWordByte(t[j]) || t[j] == '\'' || t[j] == '-' || t[j] == '.' && j+1 < pe && isWordByte(t[j+1])) {
			j++
		}
		if j == k {
			return false
		}
		w := t[k:j]
		if cueAt >= 0 && n-cueAt > 2 {
			return false
		}
		if cueAt < 0 && (cues[w] || participles[w]) {
			cueAt = n
		}
		if j >= pe || t[j] == '.' || t[j] == ',' || t[j] == ';' {
			if cueAt >= 0 && j < pe && t[j] == ',' {
				// "… change.” She adds, “What …?”": a new sentence that
				// introduces a quotation of its own
				k := j + 1
				for k < pe && spaceAt(t, k) > 0 {
					k += spaceAt(t, k)
				}
				if w, kind := markAt(t, k); w > 0 && kind != 2 && !quoteClosesAt(t, k, pe) {
					return false
				}
			}
			return cueAt >= 0
		}
		if spaceAt(t, j) == 0 {
			return false
		}
		k = j + spaceAt(t, j)
	}
	return false
}

// spaceAt returns the width of the blank (space, tab or no-break space) at
// i, or 0.
func spaceAt(t string, i int) int {
	switch {
	case t[i] == ' ' || t[i] == '\t':
		return 1
	case t[i] == 0xC2 && i+1 < len(t) && t[i+1] == 0xA0:
		return 2
	}
	return 0
}

var abbrev = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Sen": true, "Rep": true,
	"Gov": true, "Gen": true, "Sept": true, "Jan": true, "Feb": true, "Aug": true, "Oct": true, "Nov": true,
	"Dec": true, "St": true, "Jr": true, "Sr": true, "Lt": true, "Col": true, "Prof": true, "No": true, "vs": true}

func inSpan(i int, spans []span) bool {
	for _, s := range spans {
		if i >= s.open && i < s.close {
			return true
		}
		if s.open > i {
			break
		}
	}
	return false
}

// word is a token outside quotations.
type word struct {
	s, e  int
	text  string
	lower string    // strings.ToLower(text), computed once: the rules ask for it again and again
	cls   wordClass // the word sets text is in (wordclass.go)
	lcls  wordClass // the word sets lower is in
}

// A lowerCase holds the lower-case forms of the words with ASCII capitals
// that one Extract call reads, in chunks that are written once: a form is a
// string sharing a chunk's bytes, not an allocation of its own (and the
// text is not copied whole for the few words that need it).
type lowerCase struct {
	buf []byte
	fix [64]fixup // appendWords' list of words to finish, kept here so that no call clears one on its stack
}

// of returns t[i:j], a word with no letter beyond ASCII, with its
// capitals in lower case (strings.ToLower), and the form's key (keyAt),
// made eight bytes at a time (lower8); a nil lowerCase calls
// strings.ToLower.
func (lc *lowerCase) of(t string, i, j int) (string, uint64) {
	n := j - i
	if lc == nil {
		l := strings.ToLower(t[i:j])
		return l, keyOf(l)
	}
	if len(lc.buf)+n+8 > cap(lc.buf) {
		lc.buf = make([]byte, 0, max(4096, n+8)) // a new chunk: the strings of the old one stay
	}
	start := len(lc.buf)
	if n <= 8 && i+8 <= len(t) {
		// the word's 8 bytes from the text, lowered, written at once (the
		// bytes past the word are overwritten by the next form)
		b := lc.buf[start : start+8]
		k := lower8(load64(t, i))
		put64(b, k)
		lc.buf = lc.buf[:start+n]
		return unsafe.String(&b[0], n), k & keyMasks[n&15]
	}
	b := lc.buf[start : start+n+8]
	var k uint64
	switch {
	case n <= 8:
		for m := range n {
			b[m] = t[i+m] | asciiCaseBit[t[i+m]]
		}
		k = keyOf(unsafe.String(unsafe.SliceData(b), n))
	default:
		for m := 0; m < n-8; m += 8 {
			put64(b[m:], lower8(load64(t, i+m)))
		}
		last := lower8(load64(t, j-8))
		put64(b[n-8:], last)
		k = lower8(load64(t, i)) ^ last*keyMix
	}
	lc.buf = lc.buf[:start+n]
	// these bytes are not written again (the next form goes after them)
	return unsafe.String(unsafe.SliceData(b), n), k
}

// put64 writes x to b[:8], little-endian (one store).
func put64(b []byte, x uint64) {
	_ = b[7]
	b[0], b[1], b[2], b[3] = byte(x), byte(x>>8), byte(x>>16), byte(x>>24)
	b[4], b[5], b[6], b[7] = byte(x>>32), byte(x>>40), byte(x>>48), byte(x>>56)
}

// lowerBufLen is the size of the buffers lowerIn writes to.
const lowerBufLen = 32

// lowerIn returns strings.ToLower(s), written to buf when s is ASCII with
// capitals and fits: the rules that lower-case a word only to test it (in
// a map, by a comparison) then allocate nothing. The result must not
// outlive buf, nor be kept.
func lowerIn(buf *[lowerBufLen]byte, s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		upper = upper || asciiCaseBit[c] != 0
	}
	if !upper {
		return s
	}
	if len(s) > len(buf) {
		return strings.ToLower(s)
	}
	b := buf[:len(s)]
	for i := range b {
		b[i] = s[i] | asciiCaseBit[s[i]]
	}
	return unsafe.String(&buf[0], len(s))
}

// lowerWord gives w, read with its text as its lower case, its lower-case
// form and that form's classes (from tab = classes()), with cCapital for
// either that starts with a capital; w is t[w.s:w.e]; lc makes the lower case of words with
// no letter beyond ASCII (or is nil). The scan that found the word tells
// whether it holds an ASCII capital (upper) or a letter beyond ASCII (wide).
func lowerWord(w *word, t string, tab *classMap, lc *lowerCase, upper, wide bool) {
	if isCap(w.text) {
		w.cls |= cCapital
	}
	w.lcls = w.cls
	switch {
	case wide:
		// Unicode case mapping may change the length: the general way
		if w.lower = strings.ToLower(w.text); w.lower != w.text {
			w.lcls = tab.get(w.lower)
			if isCap(w.lower) {
				w.lcls |= cCapital
			}
		}
	case upper:
		var k uint64
		w.lower, k = lc.of(t, w.s, w.e)
		w.lcls = tab.lookup(w.lower, k)
	}
}

// words returns the words of t[s:e] in a new slice.
func words(t string, s, e int, spans []span) []word {
	return appendWords(nil, t, nil, s, e, spans)
}

// words returns the words of the text's t[s:e] in a new slice.
func (st *state) words(s, e int, spans []span) []word {
	return appendWords(nil, st.text, st.lower, s, e, spans)
}

// tempWords returns the words of the text's t[s:e] at the end of the
// state's word buffer, without an allocation; the caller must drop them
// when done (defer st.drop(ws)), after any nested use of the buffer.
func (st *state) tempWords(s, e int, spans []span) []word {
	mark := len(st.wbuf)
	st.wbuf = appendWords(st.wbuf, st.text, st.lower, s, e, spans)
	return st.wbuf[mark:len(st.wbuf):len(st.wbuf)]
}

// sentWords returns the words of t[s:e] (outside the sentence's quotations)
// as a part of the words of the top-level sentence being read, when they
// are the same as reading t[s:e] afresh would give: t[s:e] lies within the
// sentence, no word crosses s or e, and the reading of the whole sentence
// passes s between tokens (not inside a quotation mark or a character).
// The slice must not be changed.
func (st *state) sentWords(s, e int) ([]word, bool) {
	ws := st.sent
	if s < st.sentS || e > st.sentE || st.sentE == st.sentS {
		return nil, false
	}
	if s == st.sentS && e == st.sentE {
		return ws, true // the whole sentence (the searches below would find all of it)
	}
	i := sort.Search(len(ws), func(k int) bool { return ws[k].e > s })
	if i < len(ws) && ws[i].s < s {
		return nil, false // a word crosses s
	}
	j := i + sort.Search(len(ws)-i, func(k int) bool { return ws[i+k].e > e })
	if j < len(ws) && ws[j].s < e {
		return nil, false // a word crosses e
	}
	if s > st.sentS && !readsFrom(st.text, s, st.sentS) {
		return nil, false
	}
	return ws[i:j], true
}

// readsFrom reports whether appendWords, reading t from start on, comes to
// the byte s between words (given that no word crosses s): s starts a
// character, and no quotation mark that begins before s runs past it.
func readsFrom(t string, s, start int) bool {
	if s < len(t) && !utf8.RuneStart(t[s]) {
		return false
	}
	for p := max(start, s-7); p < s; p++ { // marks are at most 7 bytes long
		if w, _ := markAt(t, p); p+w > s {
			return false
		}
	}
	return true
}

// wordFrom returns the index of the first word from ws[m] on that starts at
// or after the offset x (len(ws) when there is none, m when m >= len(ws)).
func wordFrom(ws []word, m, x int) int {
	for m < len(ws) && ws[m].s < x {
		m++
	}
	return m
}

// drop removes ws, the last words tempWords returned, from the buffer.
func (st *state) drop(ws []word) {
	st.wused = max(st.wused, len(st.wbuf))
	st.wbuf = st.wbuf[:len(st.wbuf)-len(ws)]
}

// appendWords appends the words of t[s:e] outside the spans to ws;
// punctuation tokens are one byte. lc makes the lower case of the words
// with no letter beyond ASCII (or is nil: strings.ToLower).
func appendWords(ws []word, t string, lc *lowerCase, s, e int, spans []span) []word {
	tab := classes()
	// the words are read in batches by scanWords, a loop with no call (so
	// that its variables stay in registers), and those it leaves unfinished
	// are finished here
	var fix *[64]fixup
	if lc != nil {
		fix = &lc.fix
	} else {
		fix = new([64]fixup)
	}
	k := 0
	for i := s; i < e; {
		for k < len(spans) && spans[k].close <= i {
			k++
		}
		if k < len(spans) && spans[k].open <= i {
			i = spans[k].close
			continue
		}
		stop := e // the spans are looked at again only from here on
		if k < len(spans) {
			stop = min(e, spans[k].open, spans[k].close)
		}
		// room for a batch: at most 64 words, and no more than bytes left
		base := len(ws)
		room := min(64, e-i)
		ws = slices.Grow(ws, room)
		dst := ws[base : base+room]
		var n, nf int
		if n, nf, i = scanWords(dst, fix, tab, t, i, stop, e); n < len(dst) && i < stop {
			// a byte scanWords leaves to the general reading
			var tk token
			if tk, i = generalToken(t, i, e); tk.e > tk.s {
				text := t[tk.s:tk.e]
				w := &dst[n]
				w.s, w.e, w.text, w.lower, w.cls, w.lcls = tk.s, tk.e, text, text, clsUnknown, clsUnknown
				fix[nf&63] = fixup{m: uint8(n), fl: tk.fl}
				n++
				nf++
			}
		}
		ws = ws[:base+n]
		// then the words whose classes the first slot did not tell, and
		// those that are not their own lower case, the fewer
		for _, f := range fix[:nf] {
			w := &dst[f.m]
			plain := w.lcls & cPlainLower // (kept through the lookups)
			if w.cls == clsUnknown {
				w.cls = tab.lookup(w.text, keyAt(t, w.s, w.e-w.s))
				w.lcls = w.cls
			}
			switch f.fl & (asciiUpper | tokWide) {
			case 0:
			case asciiUpper:
				// lowerWord for the usual word with capitals, inlined
				if isCap(w.text) {
					w.cls |= cCapital
				}
				var k uint64
				w.lower, k = lc.of(t, w.s, w.e)
				w.lcls = tab.lookup(w.lower, k)
			default:
				lowerWord(w, t, tab, lc, f.fl&asciiUpper != 0, f.fl&tokWide != 0)
			}
			if plain == 0 && plainLower(w.lower) {
				plain = cPlainLower // a word that generalToken read, as scanWords would have
			}
			w.lcls |= plain
		}
	}
	return ws
}

// plainLower reports whether s holds ASCII small letters and digits alone
// (cPlainLower).
func plainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if asciiClass[s[i]] != asciiWord {
			return false
		}
	}
	return s != ""
}

// A fixup is a word that scanWords leaves to appendWords to finish: its
// index in the batch and its flags (those of a token).
type fixup struct {
	m, fl uint8
}

// A token is a word or a punctuation token t[s:e] that generalToken found,
// with its asciiClass bits and tokWide for a letter or digit beyond ASCII.
type token struct {
	s, e int
	fl   byte
}

// tokWide marks a token with a letter or digit beyond ASCII, which the
// lower case may change (a bit beside those of asciiClass).
const tokWide = 4

// scanWords reads the words that start in t[i:stop] into dst, as
// appendWords makes them (a word may run on to e), up to a byte it leaves
// to generalToken: one that may start a quotation mark, a byte beyond
// ASCII, or a word whose parts a mark joins ("U.S.", "don't", "1,000"). A
// word gets its classes when the first slot of the table it looks at tells
// them (clsUnknown when not), and its text as its lower case (with
// cPlainLower, as its lower case is plain); a word left
// unfinished so is listed in fix. It returns how many words it read, how
// many of them it listed, and where it stopped (at stop or after, at such
// a byte, or where the next word starts when dst is full).
func scanWords(dst []word, fix *[64]fixup, tab *classMap, t string, i, stop, e int) (int, int, int) {
	n, nf := 0, 0
	u := t[:e]
	for i < stop && n < len(dst) { // (len(dst) <= 64)
		c := u[i]
		if asciiClass[c] != 0 {
			// a word of ASCII letters and digits, the most common token (no
			// such byte starts a mark)
			j, fl := i, byte(0)
			for j < len(u) {
				b := asciiClass[u[j]]
				if b == 0 {
					break
				}
				fl |= b
				j++
			}
			// (one look-up settles the usual end of a word: a space)
			if j < len(u) && joinAfter[u[j]] && (j+1 < len(u) && (u[j] >= utf8.RuneSelf || u[j+1] >= utf8.RuneSelf || asciiClass[u[j+1]] != 0) ||
				j+1 == len(u) && u[j] >= utf8.RuneSelf) {
				break // the word may go on: generalToken reads it
			}
			text := u[i:j]
			cls := clsUnknown
			if l := j - i; l <= 8 && i+8 <= len(u) {
				k := load64(u, i) & keyMasks[l&15] // keyAt, inlined
				m := slotOf(k)
				switch sl := &tab.slots[m]; sl.key {
				case 0:
					cls = 0
				case k:
					if len(tab.strs[m]) == l {
						cls = sl.cls
					}
				}
			}
			w := &dst[n]
			w.s, w.e, w.text, w.lower, w.cls, w.lcls = i, j, text, text, cls, cls|cPlainLower
			if cls == clsUnknown || fl&asciiUpper != 0 {
				fix[nf&63] = fixup{m: uint8(n), fl: fl}
				nf++
			}
			n++
			i = j
			if i < stop && u[i] == ' ' {
				i++ // the usual byte after a word, passed here
			}
			continue
		}
		switch c {
		case ' ':
			i++ // the most common byte outside words: no mark, no word, no token
			continue
		case ',', ':', ';', '(', ')':
			cls := tab.bytes[c]
			w := &dst[n]
			w.s, w.e, w.text, w.lower, w.cls, w.lcls = i, i+1, u[i:i+1], u[i:i+1], cls, cls
			n++
			i++
			continue
		}
		if c >= utf8.RuneSelf || markByte[c] {
			break
		}
		i++ // other punctuation: no token
	}
	return n, nf, i
}

// joinAfter holds the bytes after a word that may join it to more (the
// marks of wordRest, and the bytes beyond ASCII), for scanWords.
var joinAfter = func() (b [256]bool) {
	for c := utf8.RuneSelf; c < 256; c++ {
		b[c] = true
	}
	b['-'], b['.'], b['\''], b[','] = true, true, true, true
	return b
}()

// generalToken reads the token at t[i] (outside the spans, before e), if
// any, the general way; it returns it (empty when there is none) and where
// the reading goes on.
func generalToken(t string, i, e int) (token, int) {
	if w, _ := markAt(t, i); w > 0 {
		return token{}, i + w
	}
	c := t[i]
	if isWordByte(c) || c == '\'' && i+1 < e && isWordByte(t[i+1]) {
		j, fl := wordRest(t[:e], i, i, 0)
		if j <= i {
			_, w := utf8.DecodeRuneInString(t[i:])
			return token{}, i + w
		}
		return token{s: i, e: j, fl: fl}, j
	}
	if c == ',' || c == ':' || c == ';' || c == '(' || c == ')' {
		return token{s: i, e: i + 1}, i + 1
	}
	return token{}, i + 1
}

// wordRest reads on the word that starts at u[i] from u[j], a byte that
// is no ASCII letter or digit: letters beyond ASCII, and the marks that
// join two parts of a word ("U.S.", "mid-term", "don't", "1,000"). It
// returns where the word ends, and its flags (those of a token) so far.
func wordRest(u string, i, j int, fl byte) (int, byte) {
	for j < len(u) {
		c := u[j]
		if b := asciiClass[c]; b != 0 {
			fl |= b
			j++
			continue
		}
		if c < utf8.RuneSelf && c != '-' && c != '.' && c != '\'' && c != ',' {
			break // the usual end of a word: a space or a punctuation mark that joins nothing
		}
		r, w := utf8.DecodeRuneInString(u[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if r >= utf8.RuneSelf {
				fl |= tokWide
			}
			j += w
			continue
		}
		if (r == '-' || r == '.' || r == '\'' || r == '’' || r == ',' && u[j-1] >= '0' && u[j-1] <= '9') && j > i && j+w < len(u) {
			r2, _ := utf8.DecodeRuneInString(u[j+w:])
			if unicode.IsLetter(r2) && r != ',' || unicode.IsDigit(r2) {
				// (a joining ’ is no tokWide: lower-casing leaves it as it is)
				j += w
				continue
			}
		}
		break
	}
	return j, fl
}

// asciiCaseBit holds the bit that turns an ASCII capital into its small
// letter (0 for other bytes); asciiClass is asciiWord for the ASCII letters
// and digits, with asciiUpper for the capitals (0 for other bytes), so that
// the tokeniser tells both with one look-up.
var asciiCaseBit, asciiClass = func() (bit, class [256]byte) {
	for c := range 128 {
		if isWordByte(byte(c)) {
			class[c] = asciiWord
		}
		if c >= 'A' && c <= 'Z' {
			bit[c] = 'a' - 'A'
			class[c] |= asciiUpper
		}
	}
	return bit, class
}()

// The bits of asciiClass.
const (
	asciiWord  = 1
	asciiUpper = 2
)

func isCap(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return s[0]-'A' < 26 // unicode.IsUpper's answer, inlined
	}
	return firstIs(s, unicode.IsUpper)
}

// firstIs reports whether the first rune of s has the property is.
func firstIs(s string, is func(rune) bool) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return is(r)
}

func trimSpan(t string, s, e int) (int, int) {
	for s < e {
		r, w := utf8.DecodeRuneInString(t[s:])
		if unicode.IsSpace(r) || r == ',' || r == ':' || r == '—' || r == '–' || r == '“' || r == '"' {
			s += w
			continue
		}
		break
	}
	for e > s {
		r, w := utf8.DecodeLastRuneInString(t[s:e])
		if unicode.IsSpace(r) || r == ',' || r == '.' || r == ':' || r == ';' || r == '—' || r == '–' || r == '”' || r == '"' || r == '-' ||
			r == ')' && strings.IndexByte(t[s:e], '(') < 0 { // the close of a parenthesis the span is inside
			e -= w
			continue
		}
		break
	}
	return s, e
}

// sentence finds the quotes of the sentence t[s:e]. Nested calls (depth > 0)
// look at a part of a sentence: what comes before the speaker ("When asked
// whether …, Smith said") or the rest after a content ("…, and warned that
// …"); inherit is then the outer quote, whose speaker a coordinated cue
// shares.
//
// force, when not -1, is the byte offset of the cue to use: an object cue
// tried after the sentence's speech cue found no speaker.
func (st *state) sentence(s, e, para int, spans []span, cont bool, depth int, inherit *Quote, force int) []Quote {
	t := st.text
	if depth > 0 {
		var in []span
		for _, sp := range spans {
			if sp.open < e && sp.close > s {
				in = append(in, sp)
			}
		}
		spans = in
	}
	if depth == 0 && force < 0 {
		st.retries = 0
		// a new sentence: its words are read once, and the parts of it that
		// nested calls look at are sliced from them (sentWords)
		st.sent = appendWords(st.sent[:0], t, st.lower, s, e, spans)
		st.sentUsed = max(st.sentUsed, len(st.sent))
		st.sentS, st.sentE = s, e
	}
	// the words: a part of those of the top-level sentence (shared, copied
	// before a rule changes a word: a headline's "Says"), else read afresh
	// into a slice of their own (so that no defer has to free a buffer:
	// sentence has too many returns for an open-coded one)
	var ws []word
	shared := false
	if sub, ok := st.sentWords(s, e); ok {
		ws, shared = sub[:len(sub):len(sub)], true
	} else {
		ws = appendWords(nil, t, st.lower, s, e, spans)
		ws = ws[:len(ws):len(ws)]
	}
	long := func(sp span) bool {
		if sp.title {
			return false
		}
		if sp.words >= 3 || sp.unclosed {
			return true
		}
		// "“Denver,” he answered": a short quotation that opens the sentence
		// and ends with its own punctuation
		if sp.words > 0 && sp.open-s <= 8 && sp.close > sp.open {
			c := t[sp.close-1]
			return c == ',' || c == '!' || c == '?' || c == '.'
		}
		return false
	}
	// remember the last two-word capitalised name as a pronoun antecedent
	// (not in a link to another story, "Read: Kim’s Train Is a Swanky
	// Palace": a headline of the page's, no one in the report)
	link := len(ws) > 2 && ws[1].text == ":" && linkWords[ws[0].text]
	for i := 1; depth == 0 && !link && i+1 < len(ws); i++ {
		if !ws[i+1].is(cCapital) {
			i++ // neither i nor i+1 starts a name (the usual case: two words a step)
			continue
		}
		if ws[i].is(cCapital) && !ws[i-1].is(cCapital) && !ws[i].is(cTitle) {
			j := i + 1
			for j+1 < len(ws) && ws[j+1].is(cCapital) {
				j++
			}
			org := false
			for k := i; k <= j; k++ {
				org = org || ws[k].lowerIs(cOrgWord)
			}
			if !org && j-i < 3 && ws[j].e < len(t) && t[ws[j].e] != '\'' {
				st.mention, st.mentionAt = t[ws[i].s:ws[j].e], ws[i].s
			}
			i = j
		}
	}
	if depth == 0 && !link && len(ws) > 2 && isCap(ws[0].text) && !ws[0].is(cPronoun) && !ws[0].is(cTitle) &&
		!ws[0].lowerIs(cDeterminer|cPreposition|cSubordinator|cAdverb) && isLowerWord(ws[1].text) &&
		(pastTense(ws[1].text) || irregularPast[ws[1].text]) && st.person(ws[0].text) != ws[0].text {
		// "Putin spoke at the forum.": a known person's surname as the
		// subject of a sentence, its past verb after it
		st.mention, st.mentionAt = ws[0].text, ws[0].s
	}
	if len(ws) > 1 && isCap(ws[0].text) && isCap(ws[1].text) && !ws[0].is(cTitle) && depth == 0 && !link {
		if !ws[0].is(cPronoun) && !ws[1].lowerIs(cGroupWord) {
			st.mention, st.mentionAt = t[ws[0].s:ws[1].e], ws[0].s
		}
	}
	// find the cue
	ci, oi := -1, -1
	headline := depth == 0 && para > 1 && titleCase(ws)
	titled := headline || para == 1 && mostlyTitleCase(ws) // once per sentence, not per capitalised word
	phr := -1                                              // a phrasal cue: "talked about", "called for"
	question := false                                      // inside an opening "When asked whom she backed,": its verbs are the question's
	prog := -1                                             // a participle after a form of "be": "are saying"
	put := false                                           // "as Smith put it": the cue is "put it"
	plain := para != 1 && !headline
	for i := 0; i < len(ws); i++ {
		if i > 2 && !question && plain {
			// most words: none of the tests below can hold (skipped in a
			// tight loop of their own)
			for i < len(ws) && ws[i].cls&(cPhrasal|cParticiple|cCue|cCueLoop) == 0 {
				i++
			}
			if i == len(ws) {
				break
			}
		}
		w := &ws[i] // (not a copy of the word: it is large)
		if i > 0 && i <= 2 && askOpens(ws, i-1) {
			question = true
		}
		if question {
			question = w.text != ","
			continue
		}
		if (i == 0 || para == 1 || headline) && w.is(cCapital) && len(w.text) > 2 {
			// "Asked whether …, she said"; headlines: "Smith Says Taxes Will Rise"
			if l := w.lower; i == 0 && w.lowerIs(cAskCue) || (para == 1 || headline) && i > 0 && (l == "says" || l == "warns" || l == "urges" || l == "calls" || l == "slams" || l == "praises" || l == "endorses" || headlineCues[l] || headlineVerb(l, titled) && !pastBeforeBy(l, ws, i) || titled && headlineProgressive(ws, i)) {
				if shared {
					ws, shared = slices.Clone(ws), false
					w = &ws[i]
				}
				w.text, w.cls = l, w.lcls
				for j := i - 1; j > 0 && ws[j].is(cCapital) && (isAdverb(ws[j].lower) || isAux(ws[j].lower)); j-- {
					ws[j].text, ws[j].cls = ws[j].lower, ws[j].lcls // "Trump Just Announced …": no part of the name
				}
			}
		}
		if w.is(cPhrasal) && oi < 0 && i+1 < len(ws) && phrasal[w.text][ws[i+1].text] && (w.is(cNounCue) && ws[i+1].text == "that" && nounReports(t, ws, i) || cueVerb(ws, i)) {
			oi, phr = i, i
			continue
		}
		if i > 0 && (ws[i-1].text == "as" || ws[i-1].text == "As") {
			continue // "as reported by …", "as officials said": the main clause's source
		}
		if ci < 0 && w.text == "put" && asPutIt(ws, i) {
			ci, put = i, true
			break
		}
		if w.is(cParticiple) && prog < 0 && progressive(ws, i) {
			// "Some are quietly saying it is time", "he is not saying what
			// …": a cue when the sentence has no other
			prog = i
		}
		if ci < 0 && w.is(cParticiple) && (progressiveAt(ws, i) > 0 || withSubject(ws, i) >= 0) {
			// "Smith is telling voters that …", "is already predicting …";
			// "with Smith saying …"
			ci = i
			break
		}
		if w.is(cCue) && cueVerb(ws, i) || w.is(cObjectCue) && namingBases[w.text] && namingInfinitive(ws, spans, i) { // the keys are lower case: "Says" in a headline is no cue
			if w.is(cObjectCue) && !objectReport(ws, i) {
				continue
			}
			if w.is(cObjectCue) {
				// a speech cue later in the sentence is preferred
				if oi < 0 {
					oi = i
				}
				continue
			}
			if ci < 0 || ((ws[ci].text == "reported" || ws[ci].is(cAskCue)) && i > 0) {
				ci = i
			}
			if w.text != "reported" && !w.is(cAskCue) {
				break
			}
		}
		if i+1 < len(ws) && (w.text == "according" || w.text == "According") && ws[i+1].text == "to" && (inherit == nil || i == 0) {
			ci = i
			break
		}
		if inherit != nil && w.is(cParticiple) && (i > 0 && (ws[i-1].text == "," || i == 2 && participleAfterComma(ws, i) || i <= 4 && carrierBefore(ws, i) ||
			i == 1 && (ws[0].text == "before" || ws[0].text == "after" || ws[0].text == "while") || ws[i-1].text == "by") ||
			i == 0 && strings.IndexByte(t[s:w.s], ',') >= 0) {
			// (the comma may close a quotation: "… the “king of debt,” noting …")
			// the rest of a sentence: "…, adding that …"
			ci = i
			break
		}
	}
	if (ci >= 0 && !ws[ci].is(cSpeechVerb) || ci < 0 && oi >= 0) && inherit == nil && depth == 0 {
		// "… continued to deliver paid speeches, according to an NBC
		// report": a closing source outranks a stance verb inside its clause
		for i := max(ci, oi) + 2; i+1 < len(ws); i++ {
			if ws[i].text == "according" && ws[i+1].text == "to" && ws[i-1].text == "," {
				ci, oi = i, -1
				break
			}
			// "Russia wants shells, while Pyongyang is seeking help, he
			// added": a closing speaker and verb of speech report the
			// whole clause before them
			if ws[i-1].text == "," && (ci < 0 || withSubject(ws, ci) < 0 && ws[ci].text != "according") {
				if v := closingSpeech(ws, i); v >= 0 {
					ci, oi = v, -1
					break
				}
			}
		}
	}
	if ci < 0 && oi < 0 && prog >= 0 {
		ci = prog
	}
	first := ci // the first cue found, if any
	if first < 0 || oi >= 0 && oi < first {
		first = oi
	}
	if !question && (first < 0 || depth == 0 && inherit == nil && force < 0 && relativeBefore(ws, first)) {
		// no known cue, or only one in a relative clause, which may be
		// part of a "that" clause before it: a verb that takes the clause
		// ("Smith conceded that …", "the group is convinced that …",
		// "Clinton emphasizes that she is a Democrat who wants …")
		to := len(ws)
		if first >= 0 {
			to = first - 1
		}
		for i := 1; i+2 < to; i++ {
			if ws[i+1].text == "that" && thatVerb(t, ws, i) { // (thatVerb's first test, without the call)
				ci = i
				break
			}
		}
	}
	if oi >= 0 && ci > oi {
		// "Smith called the plan “crazy” and said …": both cues share the subject
		j := ci - 1
		for j > oi && ws[j].is(cSkipBefore) {
			j--
		}
		if ws[j].text == "and" || ws[j].text == "but" {
			ci = oi
		}
	}
	if ci < 0 {
		ci = oi
	}
	if force >= 0 {
		for i, w := range ws {
			if w.s == force {
				ci = i
			}
		}
	}
	var longs []span
	for _, sp := range spans {
		if long(sp) && sp.open >= s && sp.close <= e {
			longs = append(longs, sp)
		}
	}
	// participial cue: "…, saying …" belongs to the clause's subject or the last speaker
	if ci < 0 && depth > 0 {
		return nil
	}
	if ci < 0 {
		if out := st.colonQuotes(ws, longs, para); len(out) > 0 {
			return out
		}
		if out := st.dashQuotes(ws, longs, para); len(out) > 0 {
			return out
		}
		if out := st.commaQuotes(ws, longs, e, para); len(out) > 0 {
			return out
		}
		if out := st.quoteThenSpeaker(ws, longs, s, para); len(out) > 0 {
			return out
		}
	}
	if depth == 0 && strings.IndexByte(t[s:e], ':') >= 0 && (ci < 0 || len(ws) > 1 && ws[1].text == ":" || len(ws) > 2 && ws[2].text == ":") {
		if out := st.colonClause(ws, spans, e, para); len(out) > 0 {
			return out
		}
	}
	if ci < 0 {
		for i := range ws {
			w := &ws[i]
			if w.is(cParticiple) && i > 0 && (ws[i-1].text == "," || ws[i-1].text == "by" || inOfSaying(ws, i) || carrierBefore(ws, i) || commaQuoteBetween(t, spans, ws[i-1].e, w.s)) {
				if isCap(ws[0].text) && isParticiple(lw(ws[0])) {
					// "Surrounded by officials, suggesting …, the leader is
					// making …": a participle in an opening participial
					// phrase, before any subject, reports nothing
					sub := Quote{MentionStart: -1, MentionEnd: -1}
					if st.clauseSubject(&sub, ws[:i]); sub.Speaker == "" && sub.MentionStart < 0 {
						break
					}
				}
				q := st.participleSpeaker(ws, i)
				if q.Speaker == "" {
					continue
				}
				q.CueStart, q.CueEnd, q.Cue = w.s, w.e, w.text
				q.MentionStart, q.MentionEnd, q.Mention = -1, -1, ""
				var out []Quote
				ce := e
				// "calling it “absurd” and asserting …", "… and he left": a
				// second participle or a new subject ends the report, and so
				// does a second verb of speech ("calling her “a liar,” and
				// then tweeted …", "saying it was “fine” but suggesting …")
				for m := i + 1; m+1 < len(ws); m++ {
					if ws[m].text == "and" && (ws[m+1].is(cParticiple) || subjectPronoun(ws[m+1].text)) || secondVerbAfter(ws, m) {
						ce = ws[m].s
						break
					}
				}
				from := w.e
				if w.text == "telling" {
					// "telling reporters in May that …": the audience is no
					// part of the report
					for m := i + 1; m < len(ws) && m-i < 12 && ws[m].text != ","; m++ {
						if ws[m].text == "that" {
							from = ws[m].s
							break
						}
					}
				}
				cs, ce := trimSpan(t, from, ce)
				for _, sp := range longs {
					// a quotation that is (nearly) the whole clause is direct
					if sp.open >= w.e && sp.open <= cs+8 && sp.close >= ce-8 {
						out = append(out, st.mk(Direct, sp.open, sp.close, para, w.s, w.e, q))
					}
				}
				if len(out) == 0 && ce > cs {
					typ := Indirect
					for _, sp := range spans {
						if sp.open >= cs && sp.close <= ce+3 {
							typ = Mixed
						}
					}
					// two words do when one is quoted: "calling it “absurd”"
					if n := countWords(t[cs:ce]); n >= 3 || n == 2 && typ == Mixed {
						out = append(out, st.mk(typ, cs, ce, para, w.s, w.e, q))
					}
				}
				return out
			}
		}
	}
	if ci < 0 && len(longs) == 0 {
		// "the vote is expected to be close": an expectation with no verb
		// of saying (expected.go)
		if out := st.expectedClause(ws, spans, e, para); len(out) > 0 {
			return out
		}
		// "Smith leads by nine points in the latest poll" (poll.go)
		if out := st.pollClause(ws, spans, e, para); len(out) > 0 {
			return out
		}
	}
	if ci < 0 {
		// follow-on quotation with no cue: the last speaker
		var out []Quote
		if len(longs) > 0 && len(ws) <= 2 && st.haveLast {
			for _, sp := range longs {
				out = append(out, st.mk(Direct, sp.open, sp.close, para, -1, -1, st.last))
			}
		} else if len(longs) == 1 && longs[0].unclosed && st.haveLast && depth == 0 && len(ws) <= 5 && ws[len(ws)-1].e <= longs[0].open && (s == 0 || t[s-1] == '\n') {
			// "Kim and Putin “may conduct an exchange …" opening a paragraph
			// whose quotation runs on into the next: the last speaker's
			// report, carried on from the paragraph before
			cs, ce := trimSpan(t, s, longs[0].close)
			out = append(out, st.mk(Mixed, cs, ce, para, -1, -1, st.last))
		}
		return out
	}
	cue := ws[ci]
	q := Quote{CueStart: cue.s, CueEnd: cue.e, Cue: cue.text, MentionStart: -1, MentionEnd: -1}
	extra := 0 // words of the cue after ws[ci]
	if ci == phr && ws[ci+1].text != "that" || put && cue.text == "put" {
		extra = 1
		q.CueEnd = ws[ci+1].e
		q.Cue = t[cue.s:q.CueEnd]
	}
	obj := cue.is(cObjectCue) || ci == phr
	var cs, ce int   // reported clause
	relWord := false // the content is a relative clause's report (relativeReport)
	part := -1       // index in ws of a participial cue that introduces the clause
	inverted := false
	if cue.is(cParticiple) && inherit != nil {
		q.Speaker, q.SpeakerKind, q.Role, q.Affiliation = inherit.Speaker, inherit.SpeakerKind, inherit.Role, inherit.Affiliation
		q.Mention, q.MentionStart, q.MentionEnd = inherit.Mention, inherit.MentionStart, inherit.MentionEnd
		after := ci + 1
		for after < len(ws) && (ws[after].text == "," || ws[after].text == ":") {
			after++
		}
		cs, ce = clauseStart(t, ws, after, spans, cue.e), e
		if cs < 0 {
			return nil
		}
		ce = finiteReportAfter(ws, after, ce)
	} else if cue.text == "according" || cue.text == "According" {
		q.Cue = "according to"
		q.CueEnd = ws[ci+1].e
		j := ci + 2
		k := j
		for k < len(ws) && ws[k].text != "," && ws[k].text != "(" && ws[k].text != ";" {
			if k > j && dashAside(t, ws[k-1].e) {
				break // "according to the Tax Policy Center - half a point of …"
			}
			k++
		}
		if j < len(ws) {
			if st.speakerFrom(&q, ws[j:k], false); q.Speaker == "" && q.MentionStart < 0 {
				// "according to the survey", "according to exit polling data": a
				// source all the same, though no speaker can be named from it
				if np, _ := trimNP(t, ws[j:k], true); len(np) > 0 {
					np = np[:min(len(np), 10)] // "a poll of 400 registered voters conducted by …": its head
					q.Mention, q.MentionStart, q.MentionEnd = t[np[0].s:np[len(np)-1].e], np[0].s, np[len(np)-1].e
				}
			}
		}
		switch {
		case (ci == 0 || cue.text == "According" || ws[ci-1].text == ":") && k < len(ws):
			// "According to the poll, …"
			cs, ce = ws[k].e, e
		case ci > 0 && ws[ci-1].text == "," && k < len(ws) && countClause(ws[:ci-1]) < 4:
			// "In addition, according to the poll, …": an adjunct before it
			cs, ce = ws[k].e, e
		case ci > 1 && ws[ci-1].text == "," && k < len(ws) && ws[k].text == "," && clauseLinkBefore(ws, ci):
			// "…, because, according to Smith, the media would …", "While
			// most …, according to an official, two were …": the clause
			// after its source is the report
			cs, ce = ws[k].e, e
		case ci > 0 && ws[ci-1].text == "," && k+1 < len(ws) && ws[k+1].is(cAuxiliary) && !hasVerb(ws[:ci-1]):
			// "Among the precedents at risk, according to Ms. Epstein, are
			// 16 …": one report split by its source, the verb after it
			cs, ce = s, e
		default:
			cs, ce = s, cue.s
		}
		for m := ci - 1; m >= 0; m-- {
			if ws[m].text == ":" && ws[m].e <= cue.s {
				cs = max(cs, ws[m].e)
				break
			}
		}
		if cs > cue.e {
			ce = quoteConsequence(t, ws, spans, cs, ce) // "According to …, Kelly was “incognito,” sparking …"
		}
	} else {
		// speaker before the cue (up to the previous comma) or after it
		j := ci - 1
		for j >= 0 {
			switch {
			case ws[j].is(cSkipBefore):
				j--
				continue
			case j == ci-1 && cue.is(cParticiple) && progressiveAt(ws, ci) > 0:
				j = ci - 1 - progressiveAt(ws, ci) // "Smith is now telling …"
				continue
			case j > 0 && ws[j].is(cDay) && (ws[j-1].text == "last" || ws[j-1].text == "this" || ws[j-1].text == "on" || ws[j-1].text == "earlier"):
				j -= 2 // "Smith last week said"
				continue
			}
			break
		}
		k := j
		frontEnd := -1 // end of a fronted report closed by a quotation: "“… card,” Smith said"
		for k >= 0 && ws[k].text != "," && ws[k].text != ":" && j-k < 12 {
			if k < j && commaQuoteBetween(t, spans, ws[k].e, ws[k+1].s) {
				frontEnd = ws[k+1].s
				break
			}
			k--
		}
		if w := withSubject(ws, ci); w >= 0 {
			k = w
		}
		before := ws[k+1 : j+1]
		frontQuote := false
		if len(before) > 0 && !obj && ci+1 < len(ws) && ws[j].text != "," && commaQuoteBetween(t, spans, ws[j].e, cue.s) && hasWords(t[s:cue.s], 4) {
			// "The plan is “a disaster,” said Smith": a report closed by a
			// quotation and its comma, the speaker after the cue
			m := ci + 1
			for m < len(ws) && ws[m].text != "," {
				m++
			}
			p := q
			if st.speakerFrom(&p, ws[ci+1:m], true); p.Speaker != "" {
				q, inverted, before, k, frontQuote = p, true, nil, -1, true
			}
		}
		if inverted {
			// speaker found after the cue
		} else if f := quantitySubject(before); f >= 0 && !(len(before)-f == 1 && isNumber(before[f].text)) {
			// "About three in 10 voters said …": a share of people (quantity.go)
			np := before[f:]
			if st.speakerFrom(&q, np, false); q.Speaker == "" {
				q.Speaker, q.SpeakerKind = t[np[0].s:np[len(np)-1].e], Group
			}
			q.Mention, q.MentionStart, q.MentionEnd = t[np[0].s:np[len(np)-1].e], np[0].s, np[len(np)-1].e
		} else if len(before) > 0 {
			inverted = st.subjectBefore(&q, ws, k+1, j+1, ci)
			if q.Speaker == "" && q.MentionStart < 0 && !inverted && namingBases[cue.text] && ws[ci-1].text == "to" {
				// "Lee used the speech to call the plan “a disaster”": the
				// naming infinitive's subject opens the clause
				if np := leadingNP(ws[k+1 : ci-1]); np != nil {
					st.speakerFrom(&q, np, false)
				}
			}
			if q.Speaker == "" && q.MentionStart < 0 && !inverted && (!obj && speechVerbs[cue.text] || obj && ci+1 < len(ws) && ws[ci+1].text == "that") {
				// "The actress said …", "Recent polling shows that …"
				st.plainSubject(&q, before)
			}
			if q.Speaker == "" && len(before) > 0 && k >= 0 && ws[k].text == "," {
				// appositive: "Name, a senior fellow at X, said"
				k2 := k - 1
				for k2 >= 0 && ws[k2].text != "," {
					k2--
				}
				_ = k2
			}
		} else if j >= 0 && ws[j].text == "," || j < 0 {
			// "…, Name, a role, told AFP" or "“…,” said Putin"
			if j >= 0 && j == ci-1 && cue.is(cSpeechVerb) && !obj && namedAfter(ws, ci) {
				// "…, said Steve Elmendorf, a strategist": a name after the
				// cue and no verb; the clause before the comma is no subject
				m := ci + 1
				for m < len(ws) && ws[m].text != "," {
					m++
				}
				p := q
				if n := appositiveNameAt(ws, m); n > m {
					// "…, said a former spokesman for the ministry, Oleg
					// Voloshyn, who …": the name after the description
					st.speakerFrom(&p, ws[m+1:n], true)
					if p.Speaker != "" {
						p.Role = roleFrom(t, ws[ci+1:m])
					}
				}
				if p.Speaker == "" {
					st.speakerFrom(&p, ws[ci+1:m], true)
				}
				if p.Speaker != "" {
					q, inverted = p, true
				}
			}
			if j >= 0 && !inverted {
				k2 := j - 1
				for k2 >= 0 && ws[k2].text != "," {
					k2--
				}
				seg := ws[k2+1 : j]
				if len(seg) > 0 && !isCap(seg[0].text) && k2 >= 0 {
					k3 := k2 - 1
					for k3 >= 0 && ws[k3].text != "," {
						k3--
					}
					name := ws[k3+1 : k2]
					if len(name) > 1 && (lw(name[0]) == "while" || lw(name[0]) == "whereas" || lw(name[0]) == "and" || lw(name[0]) == "but") {
						name = name[1:] // "…, while Kim, earlier …, expressed …"
					}
					st.appositiveName(&q, name)
					if q.Speaker != "" {
						q.Role = roleFrom(t, seg)
						k = k3
					} else if k4 := relativeAside(ws, seg, k3); k4 >= -1 {
						// "Scott Morris, a former official at the Center,
						// which works to …, said": the description ends with
						// a relative clause; the name is before it
						if st.appositiveName(&q, ws[k4+1:k3]); q.Speaker != "" {
							q.Role = roleFrom(t, ws[k3+1:k2])
							k = k4
						}
					}
				} else if len(seg) > 0 {
					inverted = st.subjectBefore(&q, ws, k2+1, j, ci)
					k = k2
				}
			}
			if q.Speaker == "" && ci+1 < len(ws) && !obj && !askOpens(ws, ci) {
				m := ci + 1
				for m < len(ws) && ws[m].text != "," {
					m++
				}
				st.speakerFrom(&q, ws[ci+1:m], true)
				if q.Speaker != "" {
					inverted = true
				}
			}
		}
		// clause
		after := ci + 1 + extra
		if inverted {
			after = len(ws)
		}
		if put && cue.text == "put" && lw(ws[0]) == "as" {
			// "As Smith put it in May, the ferry is …": the clause after
			// the comma
			for after < len(ws) && ws[after].text != "," {
				after++
			}
			after++
		}
		if cue.text == "told" || cue.text == "tells" || cue.text == "telling" || cue.text == "tell" {
			// audience: up to "that" or a channel
			m := after
			for m < len(ws) && m-after < 12 && ws[m].text != "that" && ws[m].text != "," && !(m > after && subjectPronoun(ws[m].text)) {
				m++
			}
			if m < len(ws) && (ws[m].text == "that" || subjectPronoun(ws[m].text)) {
				aud := ws[after:m]
				if len(aud) == 1 && aud[0].is(cMediaName) {
					q.Via = aud[0].text
				}
				after = m
			} else if after < len(ws) && isCap(ws[after].text) {
				q.Via = ws[after].text
				after++
				if m >= len(ws) && k >= 0 {
					// "…, a spokesman told The Wall Street Journal.": the
					// channel ends the sentence; the report is before
					n := after
					for n < len(ws) && (isCap(ws[n].text) || ws[n].text == "of") {
						n++
					}
					if n == len(ws) {
						q.Via = t[ws[after-1].s:ws[n-1].e]
						after = len(ws)
					}
				}
			} else if m < len(ws) && m-after < 12 {
				after = m
			} else if m >= len(ws) && m-after < 12 && k >= 0 {
				// "…, he told the court in his filing.": an audience and
				// circumstances, no clause; the report is before
				after = len(ws)
			}
		}
		if after < len(ws) && k >= 0 && countClause(ws[:k]) >= 3 && (ws[after].text == ";" || ws[after].text == "," && after+1 < len(ws) && (clauseLinks[ws[after+1].text] && !(splitLink(ws, after+1) && splitReport(ws, spans, k, after)) || isParticiple(ws[after+1].text) && strings.HasSuffix(ws[after+1].text, "ing") && !ws[after+1].is(cParticiple))) {
			// "…, analysts say; in 2012 …", "…, his team believes, resulting
			// in …": the report is before the speaker, what follows is the
			// writer's (unless the report goes on past its attribution:
			// "…, the company added, and had passed all checks")
			after = len(ws)
			inverted = true
		}
		if n := adjunctComma(ws, after); n > after && k >= 0 && ws[k].text == "," && n+1 < len(ws) && ws[n+1].is(cParticiple) {
			after = n // "…, Hollande said Tuesday in Paris, noting …": the cue's circumstances
		}
		if after < len(ws) && (ws[after].text == "," || ws[after].text == ":") {
			after++
			if after < len(ws) && k >= 0 && ws[k].text == "," && ws[after].lowerIs(cDeterminer) && !ws[after].is(cParticiple) && countClause(ws[:k]) >= 4 &&
				clauseStart(t, ws, after, spans, ws[after-1].e) == ws[after].s && !hasVerb(ws[after:]) {
				// "…, the military said, the latest in a string of tests": a
				// noun phrase after the speaker stands beside the report
				// before it
				after = len(ws)
				inverted = true
			} else if after < len(ws) && ws[after].is(cParticiple) && k >= 0 && countClause(ws[:k]) >= 3 {
				// "…, Smith said, adding …": the report is before the speaker;
				// the participle starts a quote of its own
				after = len(ws)
				inverted = true // no clause after the cue
			}
		}
		clauseAt := -1
		part = -1
		if inverted {
			if after < len(ws) {
				clauseAt = ws[after].s
			}
		} else {
			clauseAt = clauseStart(t, ws, after, spans, cue.e)
		}
		if clauseAt >= 0 && !inverted && quoteBefore(t, ws, longs, cue.s, after) {
			// "“…,” she said on Monday during a visit": after a quotation
			// the words following the cue are circumstances, unless they
			// report more ("said that …", "said, adding that …", "said: “…”")
			quoteAt := clauseStart(t, ws, len(ws), spans, cue.e)
			m := after
			for m < len(ws) && m-after < 12 && ws[m].text != "that" && !(ws[m].is(cParticiple) && ws[m-1].text != "without") && (quoteAt < 0 || ws[m].s < quoteAt) {
				m++ // "without saying where …" reports nothing
			}
			switch {
			case m < len(ws) && (quoteAt < 0 || ws[m].s < quoteAt) && ws[m].text == "that":
				clauseAt = ws[m].s
			case m < len(ws) && (quoteAt < 0 || ws[m].s < quoteAt) && ws[m].is(cParticiple):
				n := m + 1
				for n < len(ws) && (ws[n].text == "," || ws[n].text == ":") {
					n++
				}
				clauseAt = clauseStart(t, ws, n, spans, ws[m].e)
				part = m
			case quoteAt >= 0 && (m == after || ws[m-1].text == "," || ws[m-1].text == ":"):
				clauseAt = quoteAt
			default:
				clauseAt = -1
			}
		}
		if clauseAt >= 0 && !inverted && cue.is(cAskCue) {
			// "asked Smith whether …", "asked the court to …"
			clauseAt = askedClause(ws, after, clauseStart(t, ws, len(ws), spans, cue.e))
		}
		if clauseAt >= 0 && !inverted && !obj && after < len(ws) && ws[after].s == clauseAt && adjunctStart(ws, after) {
			// "said Thursday during a visit that …", "said at a rally, …"
			clauseAt = skipAdjunct(ws, after)
			if clauseAt > ws[after].s && k >= 0 && ws[k].text == "," && countClause(ws[:k]) >= 4 && t[clauseAt:clauseAt+4] != "that" {
				// "The plan failed, the agency said on Monday, two days
				// after …": the report is the fronted clause
				clauseAt = -1
			}
		}
		minWords := 2
		if obj {
			minWords = 1 // "endorsed Smith"
		}
		if clauseAt >= 0 && hasWords(t[clauseAt:e], minWords) && !(!obj && after < len(ws) && clauseAt == ws[after].s && isCap(ws[after].text) && k < 0 && len(ws)-after <= 3 && countClause(ws[after:]) == len(ws)-after && e-ws[len(ws)-1].e < 3) {
			cs, ce = clauseAt, e
			// a report inside an opening subordinate clause ends with it:
			// "When Smith said the plan was “dead,” the mayor left" (unless
			// a comma before the cue's subject closed the clause: "When
			// asked …, Smith said …")
			if f := 0; len(ws) > 2 {
				if ws[f].text == "But" || ws[f].text == "And" || ws[f].text == "Yet" {
					f++ // "But even as Lee said …, Smith …"
				}
				if ws[f].text == "Even" || ws[f].text == "even" {
					f++
				}
				if ws[f].is(cOpener) && f < ci && !subjectAfterComma(ws, f+2, ci) {
					for m := after; m < len(ws); m++ {
						if ws[m].text == "," {
							ce = ws[m].s
							break
						}
					}
					ce = quoteCommaBefore(t, spans, cs, ce) // "While Smith said he has the “best record,” Lee is …"
				}
				if ci == 0 && cue.is(cAskCue) {
					// "Asked if the ferry would “ever” sail, Lee shrugged": an
					// opening question ends before the main clause
					if c := mainClauseComma(ws, after, cs, ce); c >= 0 {
						ce = c
					}
					ce = quoteCommaBefore(t, spans, cs, ce)
				}
			}
			// a following ", Name said" or "as reported by" ends the clause
			for m := after; m < len(ws); m++ {
				if ws[m].s < cs {
					continue // before the clause: "said at the time, explaining …"
				}
				if ws[m].text == "," && m+2 < len(ws) && (ws[m+2].is(cCue) || ws[m+1].is(cParticiple) || ws[m+1].text == "as" && !quoteBetween(t, ws[m+1].e, ws[m+2].s) || ws[m+1].text == "according" ||
					ws[m+1].text == "while" && isCap(ws[m+2].text) ||
					(ws[m+1].text == "but" || ws[m+1].text == "and") && subjectPronoun(ws[m+2].text)) {
					ce = ws[m].s
					break
				}
				if ws[m].s > cs && secondReport(ws, m) {
					ce = ws[m].s
					break
				}
			}
			// … or a dash after a quotation, opening an aside: "… the
			// “anchor (not) baby” — a play on words …"
			for _, sp := range spans {
				if sp.open < cs || sp.close >= ce || sp.close == sp.open {
					continue
				}
				if w, _ := markAt(t, sp.close); w > 0 && dashAside(t, sp.close+w) && !pairedDash(t, cs, sp.close+w, ce) {
					ce = sp.close
					break
				}
			}
			// … or one after a quotation that ends with its comma:
			// "that the order was to “avoid delay,” according to the report"
			for i, sp := range spans {
				if sp.open < cs || sp.close >= ce || sp.close == sp.open || t[sp.close-1] != ',' {
					continue
				}
				m := wordFrom(ws, after, sp.close)
				if m < len(ws) && ws[m].s < ce && (attributionAt(ws[m:]) || ws[m].is(cParticiple) || consequenceAt(ws, m) || asideAfterQuote(ws, m, spans[i+1:], ce) ||
					!obj && inRelativeClause(ws, ci) && mainVerbAt(ws, m) || frontPhraseReport(ws, ci) && !commaQuoteBetween(t, spans, ws[0].s, cue.s) && !adjunctOpens(ws, wordFrom(ws, after, cs)) && mainClauseAt(ws, m, ce)) {
					// ("Lee, who says the fares are “too high,” left early";
					// "Despite her claim that fares are “too high,” Lee …")
					ce = sp.close
					break
				}
			}
		} else if obj && frontEnd >= 0 && ci > 0 && !cue.is(cAskCue) && countWords(t[s:frontEnd]) >= 4 {
			// "Guns are “the ultimate crisis” and “stunt growth,” Dean
			// proclaimed": a stance verb after a report closed by a
			// quotation and its comma reports it as a speech verb would
			cs, ce = s, frontEnd
		} else if obj && findingVerbs[cue.text] && k >= 0 && ws[k].text == "," && clauseAt < 0 && frontEnd < 0 && (q.Speaker != "" || q.MentionStart >= 0) && countClause(ws[:k]) >= 4 && findingSubject(ws[k+1:ci]) {
			// "…, records show.", "…, the poll found.": a verb of finding
			// that closes the sentence reports the clause before it, as a
			// speech verb would
			cs, ce = s, ws[k].s
		} else if obj || cue.is(cAskCue) {
			// what precedes a stance or a question is not its content
			cs, ce = cue.e, cue.e
		} else if k >= 0 {
			cs, ce = s, ws[k].s
			if frontEnd >= 0 {
				ce = frontEnd
			}
			if ws[k].text == ":" {
				cs, ce = ws[k].e, e
			} else if frontEnd < 0 && countClause(ws[:k]) < 4 && (quoteOpens(t, s) || countWords(t[s:ws[k].s]) < 4) || frontEnd >= 0 && countWords(t[s:frontEnd]) < 4 {
				// "Last month, 26 percent said the same": an adjunct, not a
				// report; the quoted words count too ("The plan is “a
				// disaster,” Smith said", "The “plan” is dead, Smith said"),
				// unless a quotation opens the sentence (its own quote)
				cs, ce = cue.e, cue.e
			}
		} else if ci > 0 && isAux(lw(ws[ci-1])) && !frontQuote {
			// "… but did not say when": an auxiliary before the cue makes it
			// a verb phrase, not a report followed by its speaker
			cs, ce = cue.e, cue.e
		} else {
			cs, ce = s, cue.s
		}
		if !inverted && depth == 0 && q.MentionStart >= 0 && q.MentionEnd <= cue.s && !cue.is(cAskCue) {
			if r := relativeReport(ws, q.MentionStart, ci+1+extra); r != nil {
				// "a rule that he said would fail", "everything she said":
				// the report is the relative clause's verb phrase, or the
				// word the relative stands for
				cs, ce = r[0], r[1]
				relWord = true
				if c := quotedAfterWhat(ws, spans, cs, ci+1+extra, e); c > ce {
					ce = c // "what he called a “fraudulent scheme”"
				}
				if cs == q.MentionStart {
					// the mention took the relative word in: name the rest
					m := 0
					for m < ci && ws[m].s <= cs {
						m++
					}
					n := m
					for n < ci && ws[n].e <= q.MentionEnd {
						n++
					}
					if m < n {
						st.speakerFrom(&q, ws[m:n], false)
					}
				}
			}
		}
		if q.MentionStart > cs && q.MentionStart < ce && !relWord {
			ce = q.MentionStart
		}
		split := false
		if !inverted && !obj && depth == 0 && k >= 0 && ws[k].text == "," && splitReport(ws, spans, k, ci+1+extra) && (len(spans) == 0 || splitQuoted(ws, spans, k, ci+1+extra)) {
			// "The tool was built for crises, a spokeswoman said, and it has
			// been used five times": one report split by its attribution
			// (a quotation in its second part is part of it: "The plan,
			// she said, “is a perfect example” of …")
			cs, ce, split = s, e, true
		}
		// a short quotation right after the cue is the content: yelled “Stop!”
		// (and what follows it, circumstances: "… as she left")
		for _, sp := range spans {
			if sp.words > 0 && !sp.title && sp.open >= cue.e && sp.open <= cs+3 && !inverted && !long(sp) {
				longs = append(longs, sp)
				sortSpans(longs)
				m := wordFrom(ws, ci+1, sp.close)
				if m < len(ws) && (ws[m].is(cAdjunctWord) || ws[m].text == "on" || ws[m].text == "to") && ws[m].s < ce && !obj {
					ce = sp.close
				}
			}
		}
		// quotes opening right after the clause start
		fronted := ce <= cue.s && hasWords(t[cs:max(cs, ce)], 3) // "The plan will fail, Smith said"
		for _, sp := range longs {
			if sp.open >= cue.e && (cs <= cue.s && !fronted && !split || sp.open < cs) {
				cs, ce = sp.open, sp.close
			}
		}
		if cs >= cue.e {
			first := wordFrom(ws, ci+1, cs)
			if obj {
				if oe := objectEnd(ws, first, ce); oe < ce {
					// "described the plan during an interview as “…”": a
					// quotation after "as" still completes the object
					for _, sp := range longs {
						if sp.open > oe && sp.close <= ce+3 && sp.open-oe < 80 && !strings.Contains(t[oe:sp.open], ",") && strings.HasSuffix(strings.TrimRight(t[oe:sp.open], " “\"'"), " as") {
							oe = sp.close
							break
						}
					}
					if c := quotedObjectEnd(t, ws, spans, first, oe, ce); c > oe {
						oe = c
					}
					ce = oe
				}
				if c := namedAs(t, cue, ws, spans, first, ce); c < ce {
					ce = c
				}
			}
			// "… and warned that …": a second cue of the same speaker
			rel := !obj && inRelativeClause(ws, ci)
			for m := first; m+1 < len(ws) && ws[m].e <= ce; m++ {
				if (ws[m].text == "before" || ws[m].text == "after" || ws[m].text == "while") && ws[m+1].is(cParticiple) && ws[m].e > cs {
					// "… on Twitter before claiming that …": a second report
					ce = ws[m].s
					break
				}
				if ws[m].text == "," && m > first && m+1 < len(ws) && !obj && (ws[m+1].text == "but" || ws[m+1].text == "and") && m+2 < len(ws) && (subjectPronoun(ws[m+2].text) || isCap(ws[m+2].text) && !serialList(ws, first, m)) {
					// "… said Carter stopped the practice, but Cook did not
					// say when": a contrast or a new clause with a subject of
					// its own is the writer's, not the report's
					ce = ws[m].s
					break
				}
				if ws[m].text == "," && m > first && !obj && secondPredicate(ws, first, m, ce) {
					ce = ws[m].s // "suggested her tone was harsh, called her “third-rate” and boycotted …"
					break
				}
				if m > first && dashedAside(t, ws, m, cs, ce, obj) {
					ce = ws[m-1].e // "… will help “up-skill” workers — and he makes sure …"
					break
				}
				if m > first && rel && relativeClauseEnd(ws, m) {
					ce = ws[m].s // "Barkley, who said he votes Democratic, said …"
					break
				}
				if ws[m].text == ";" && m > first && !obj {
					// "… said they would vote; 62 percent of those …": a
					// semicolon closes the reported clause
					ce = ws[m].s
					break
				}
				if ws[m].text == "," && m > first && m+1 < len(ws) && !obj && (nonRestrictive(ws[m+1].text) || summaryAppositive(ws, m)) && !quoteWithin(spans, ws[m].s, ce) && !embeddedAside(t, ws, m, ce) {
					// "… said the vote was delayed, which angered the town":
					// a relative clause after a comma is the writer's aside
					ce = ws[m].s
					break
				}
				if ws[m].text == "while" && whileAfterQuote(t, ws, m) || ws[m].text == "as" && asAfterQuote(t, ws, m) {
					ce = ws[m].s // "… as “criminals” while calling to erect a wall"
					break
				}
				if ws[m].text != "and" && ws[m].text != "but" {
					continue
				}
				if !obj && m+2 < len(ws) && subjectPronoun(ws[m+1].text) && (ws[m+2].is(cCue) || irregularPast[ws[m+2].text]) && cueVerb(ws, m+2) ||
					newClauseAfterQuote(t, ws, m) {
					// "… said the hackers got in and she accused Smith of …":
					// a new clause with its own subject and report
					ce = ws[m].s
					break
				}
				n := m + 1
				for n < len(ws) && ws[n].is(cSkipBefore) && !ws[n].is(cVPWord) {
					n++
				}
				if n < len(ws) && (ws[n].is(cCue|cVPWord) || n+1 < len(ws) && phrasal[ws[n].text][ws[n+1].text] && !ws[n].is(cNounCue) ||
					obj && len(ws[n].text) > 4 && strings.HasSuffix(ws[n].text, "ed") && !isCap(ws[n].text) ||
					ws[n].is(cParticiple) || irregularPast[ws[n].text]) {
					ce = ws[m].s
					break
				}
			}
		}
	}
	if b := passiveReport(ws, ci); b >= 0 && depth == 0 && !inverted {
		// "O'Malley's move was first reported by MSNBC": the subject is
		// the content, the agent its source
		m := ci + 2
		for m < len(ws) && m-ci < 8 && ws[m].text != "," {
			m++
		}
		p := Quote{MentionStart: -1, MentionEnd: -1}
		if from := clauseOpen(ws, b); from < b && passiveSubject(ws[from:b]) && !cue.is(cAskCue) {
			if st.speakerFrom(&p, ws[ci+2:m], false); p.Speaker != "" || p.MentionStart >= 0 {
				q.Speaker, q.SpeakerKind, q.Role, q.Affiliation = p.Speaker, p.SpeakerKind, p.Role, p.Affiliation
				q.Mention, q.MentionStart, q.MentionEnd = p.Mention, p.MentionStart, p.MentionEnd
				cs, ce = ws[from].s, ws[b].s
			}
		}
	}
	if cue.is(cAskCue) && ci+2 < len(ws) && ws[ci+1].text == "by" {
		// "when asked by reporters whether …": the agent asked
		m := ci + 2
		for m < len(ws) && m-ci < 8 && ws[m].text != "," && !questionWords[ws[m].text] {
			m++
		}
		p := Quote{MentionStart: -1, MentionEnd: -1}
		if st.speakerFrom(&p, ws[ci+2:m], false); p.Speaker != "" || p.MentionStart >= 0 {
			q.Speaker, q.SpeakerKind, q.Role, q.Affiliation = p.Speaker, p.SpeakerKind, p.Role, p.Affiliation
			q.Mention, q.MentionStart, q.MentionEnd = p.Mention, p.MentionStart, p.MentionEnd
		}
	}
	if q.Speaker == "" && q.MentionStart < 0 && inherit != nil {
		q.Speaker, q.SpeakerKind, q.Role, q.Affiliation = inherit.Speaker, inherit.SpeakerKind, inherit.Role, inherit.Affiliation
		q.Mention, q.MentionStart, q.MentionEnd = inherit.Mention, inherit.MentionStart, inherit.MentionEnd
	}
	if q.Speaker == "" {
		if st.haveLast && len(longs) > 0 {
			q.Speaker, q.SpeakerKind, q.Role, q.Affiliation = st.last.Speaker, st.last.SpeakerKind, st.last.Role, st.last.Affiliation
		} else if q.MentionStart < 0 && !askOpens(ws, ci) && !beliefNoun(ws, ci) {
			if force < 0 && oi >= 0 && oi < ci {
				// "Smith called the plan “crazy” and said …": the object cue's subject
				return st.sentence(s, e, para, spans, cont, depth, inherit, ws[oi].s)
			}
			// a speech cue whose words before it are no noun phrase: the
			// subject of the clause, when the report follows the cue and no
			// relative pronoun stands for the subject ("an entourage that
			// suggested …") and no verb makes the cue a noun ("scrutinized
			// reports of …"); a content with a found subject is kept
			if !obj && cs >= cue.e && ci > 1 && lw(ws[ci-1]) == "who" {
				st.antecedent(&q, ws[:ci-1])
			}
			if q.Speaker == "" && q.MentionStart < 0 {
				if obj || cs < cue.e || relativeBefore(ws, ci) || ci > 0 && isParticiple(ws[ci-1].text) {
					return st.nextCue(s, e, para, spans, cont, depth, inherit, ws, ci)
				}
				st.clauseSubject(&q, ws[:ci])
				if q.Speaker == "" && q.MentionStart < 0 {
					return st.nextCue(s, e, para, spans, cont, depth, inherit, ws, ci)
				}
			}
		}
	}
	// Via: "…, RIA reported" after the speaker's own cue
	for m := ci + 1; m+1 < len(ws); m++ {
		if (ws[m+1].text == "reported" || ws[m+1].text == "said") && ws[m].is(cMediaName) {
			from := m
			if m > ci+1 && ws[m-1].is(cMediaName) {
				from = m - 1 // "RIA Novosti reported"
			}
			q.Via = t[ws[from].s:ws[m].e]
			if ce > ws[from].s {
				ce = ws[from].s
			}
		}
		if ws[m].text == "told" && ws[m+1].is(cMediaName) && q.Via == "" {
			q.Via = ws[m+1].text
		}
	}
	if (cue.text == "told" || cue.text == "tells") && cs >= cue.e && ce > cs && len(longs) > 0 && longs[0].close <= cue.s && audienceOnly(ws, ci+1, cs, ce) {
		// "…,” Clinton told union workers in Los Angeles: the audience,
		// not a content
		ce = cs
	}
	cs, ce = st.channel(&q, ws, ci, s, cs, ce) // via.go: "according to RIA", "…, X said, RIA reported"
	if cs == s && ce <= cue.s {
		cs = lastConjunct(t, ws, spans, cs, ce) // "…, and the group is less likely to be “overrun,” Hoover said"
	}
	if d, c := namingParticiple(t, ws, spans, ci); d >= 0 {
		cs, ce = d, c // "set up a website called “Cape Breton If Trump Wins” that …"
	}
	if ce > e {
		ce = e
	}
	if cs < s {
		cs = s
	}
	// the speaker's quotes: every long span in the sentence
	var out []Quote
	cs, ce = trimSpan(t, cs, ce)
	ce = dropConjunction(t, cs, ce)
	// spans inside the clause make it mixed; a clause that is one span is direct
	covering := false
	nin := 0
	for _, sp := range spans {
		if sp.open >= cs && sp.close <= ce+3 {
			nin++
			if sp.open <= cs+8 && sp.close >= ce-8 && !hasWord(t[cs:sp.open]) && !hasWord(t[sp.close:max(ce, sp.close)]) {
				covering = true
			}
		}
	}
	// what follows a participle ("…,” she said, adding, “…”) is its own quote
	cueOf := func(at int) Quote {
		if part >= 0 && at >= ws[part].e {
			p := q
			p.Cue, p.CueStart, p.CueEnd = ws[part].text, ws[part].s, ws[part].e
			return p
		}
		return q
	}
	reportAt := participleAfter(ws, ce) // a participial report after the clause: "…, adding that …"
	for _, sp := range longs {
		inside := sp.open >= cs && sp.close <= ce+3
		if depth > 0 && sp.open < cue.s && !inverted {
			continue // a quotation before a nested cue is the outer quote's
		}
		if sp.words <= 4 && !(inside && !covering) && !introduced(t, s, sp.open, cue.e) {
			continue // a fragment of another clause: “… a great thing”
		}
		if !inside && !covering && part < 0 && depth < 2 && reportAt >= 0 && reportAt < sp.open {
			continue // "…, adding that the way to win “is to attack her record”": the participle's (nested)
		}
		if covering || !inside {
			p := cueOf(sp.open)
			out = append(out, st.mk(Direct, sp.open, sp.close, para, p.CueStart, p.CueEnd, p))
		}
	}
	if !covering && ce > cs && (hasWords(t[cs:ce], 2) || obj && oneWordObject(t[cs:ce]) || relWord) && !(nin == 0 && !obj && cs >= cue.e && adjunctOnly(t, ws, cs, ce)) {
		typ := Indirect
		if nin > 0 {
			typ = Mixed
		}
		p := cueOf(cs)
		out = append(out, st.mk(typ, cs, ce, para, p.CueStart, p.CueEnd, p))
	}
	if depth < 2 {
		out = dropCovered(out, st.nested(out, ws, s, cue.e, e, para, spans, depth, &q))
	}
	if depth == 0 {
		out = append(out, st.appositiveParticiple(ws, out, para, ci)...)
	}
	sortQuotes(out)
	if depth > 0 {
		return out
	}
	st.last, st.haveLast = q, true
	if q.SpeakerKind == Person {
		st.lastPerson, st.havePerson = q, true
	}
	return out
}

// colonQuotes attributes the quotations that follow a colon to the noun
// phrase before it, as headlines and introductions do: "Smith: ‘We Will
// Win’", "Pollster Jane Roe: “…”".
func (st *state) colonQuotes(ws []word, longs []span, para int) []Quote {
	t := st.text
	var out []Quote
	for _, sp := range longs {
		i := sp.open
		for i > 0 {
			r, w := utf8.DecodeLastRuneInString(t[:i])
			if r == '“' || r == '"' || r == '‘' || r == '\'' || unicode.IsSpace(r) {
				i -= w
				continue
			}
			break
		}
		if i == 0 || t[i-1] != ':' || i-1 < sp.open-12 {
			continue
		}
		colon := i - 1
		j := len(ws)
		for j > 0 && ws[j-1].s >= colon {
			j--
		}
		if j > 0 && ws[j-1].text == ":" {
			j--
		}
		k := j
		for k > 0 && j-k < 8 && ws[k-1].text != "," && ws[k-1].text != ":" && ws[k-1].text != ";" {
			if k < j && strings.ContainsAny(t[ws[k-1].e:ws[k].s], "-—–") {
				break
			}
			k--
		}
		if k == j {
			continue
		}
		q := Quote{Cue: ":", CueStart: colon, CueEnd: colon + 1, MentionStart: -1, MentionEnd: -1}
		if k == 0 || j-k < 8 {
			st.speakerFrom(&q, ws[k:j], false)
		}
		if q.Speaker == "" && q.MentionStart < 0 {
			// a clause before the colon: "She then addressed the crowd: “…”",
			// "In an interview, Smith went further: “…”"
			st.clauseSubject(&q, ws[:j])
		}
		if q.Speaker == "" && q.MentionStart < 0 {
			continue
		}
		typ, cs, ce := Direct, sp.open, sp.close
		if m := quoteGoesOn(ws, sp.close); m >= 0 {
			// "Sanders: ‘It Is Not A Radical Idea’ To Ask For A $15 Wage":
			// the words after the quotation finish what was said
			typ, ce = Mixed, ws[len(ws)-1].e
		}
		out = append(out, st.mk(typ, cs, ce, para, q.CueStart, q.CueEnd, q))
		st.last, st.haveLast = q, true
	}
	return out
}

// quoteGoesOn returns the index of the first word after a quotation that
// closes at close when the sentence goes on after it with words of its own
// and no cue (a report of its own) or clause link, or -1.
func quoteGoesOn(ws []word, close int) int {
	m := wordFrom(ws, 0, close)
	if m >= len(ws) || ws[m].text == "," || ws[m].text == ";" || ws[m].text == "(" {
		return -1
	}
	for _, w := range ws[m:] {
		if w.is(cCue|cParticiple|cSubordinator) || w.text == "and" || w.text == "but" {
			return -1
		}
	}
	return m
}

// commaQuotes attributes a quotation that ends the sentence and follows a
// clause and its comma to the clause's subject, as a speech verb would:
// "Jane Roe cracked, “…”", "His friends jeered, “…”", "As Smith put it,
// “…”". The clause has no speech cue (the caller found none); it must
// name its subject.
func (st *state) commaQuotes(ws []word, longs []span, e, para int) []Quote {
	t := st.text
	for _, sp := range longs {
		if sp.words < 4 || sp.unclosed || hasWord(t[sp.close:e]) {
			continue
		}
		i := sp.open
		for i > 0 {
			r, w := utf8.DecodeLastRuneInString(t[:i])
			if r == '“' || r == '"' || r == '\'' || unicode.IsSpace(r) {
				i -= w
				continue
			}
			break
		}
		if i == 0 || t[i-1] != ',' || i-1 < sp.open-12 {
			continue
		}
		j := len(ws)
		for j > 0 && ws[j-1].s >= i-1 {
			j--
		}
		if j < 2 {
			continue
		}
		q := Quote{Cue: ws[j-1].text, CueStart: ws[j-1].s, CueEnd: ws[j-1].e, MentionStart: -1, MentionEnd: -1}
		if j >= 4 && (ws[0].text == "As" || ws[0].text == "as") && ws[j-2].text == "put" && ws[j-1].text == "it" {
			// "As Smith put it, “…”"
			q.Cue, q.CueStart = "put it", ws[j-2].s
			st.speakerFrom(&q, ws[1:j-2], false)
		} else {
			k := 0
			for m := 0; m < j; m++ {
				if ws[m].text == "," {
					k = m + 1
				}
			}
			// the last segment must be a clause of a few words: a subject
			// and its verb, not a noun phrase or an opening phrase alone
			if j-k < 2 || j-k > 8 {
				continue
			}
			st.clauseSubject(&q, ws[:j])
		}
		if q.Speaker == "" && q.MentionStart < 0 {
			continue
		}
		st.last, st.haveLast = q, true
		return []Quote{st.mk(Direct, sp.open, sp.close, para, q.CueStart, q.CueEnd, q)}
	}
	return nil
}

// quoteThenSpeaker attributes a quotation that opens the sentence and ends
// with its own comma, question or exclamation mark to the noun phrase and
// verb that follow it, whatever the verb: "“…,” LeVell assured the crowd",
// "“…,” agrees Jane Roe, 30". (The caller found no speech cue.)
func (st *state) quoteThenSpeaker(ws []word, longs []span, s, para int) []Quote {
	t := st.text
	if len(longs) == 0 || len(ws) < 2 {
		return nil
	}
	sp := longs[0]
	if sp.words < 3 || sp.unclosed || sp.close <= sp.open || hasWord(t[s:sp.open]) {
		return nil
	}
	if c := t[sp.close-1]; c != ',' && c != '?' && c != '!' {
		return nil
	}
	// the words after the quotation, up to a comma or the next quotation
	a := wordFrom(ws, 0, sp.close)
	b := a
	for b < len(ws) && ws[b].text != "," && ws[b].text != ";" && ws[b].text != ":" && !inSpan(ws[b].s, longs) {
		b++
	}
	if b-a < 2 || b-a > 10 {
		return nil
	}
	after := ws[a:b]
	q := Quote{MentionStart: -1, MentionEnd: -1}
	if isLowerWord(after[0].text) && !subjectPronoun(after[0].text) {
		// "agrees Jane Roe": an inverted verb and its subject
		if len(after[0].text) < 4 || determiners[after[0].text] || prepositions[after[0].text] || isAux(after[0].text) {
			return nil
		}
		q.Cue, q.CueStart, q.CueEnd = after[0].text, after[0].s, after[0].e
		st.speakerFrom(&q, after[1:], true)
	} else {
		np := leadingNP(after)
		if np == nil || len(np) >= len(after) {
			return nil
		}
		v := after[len(np)]
		if !isLowerWord(v.text) || len(v.text) < 4 || determiners[v.text] || prepositions[v.text] {
			return nil
		}
		q.Cue, q.CueStart, q.CueEnd = v.text, v.s, v.e
		st.speakerFrom(&q, np, false)
	}
	if q.Speaker == "" && q.MentionStart < 0 {
		return nil
	}
	st.last, st.haveLast = q, true
	return []Quote{st.mk(Direct, sp.open, sp.close, para, q.CueStart, q.CueEnd, q)}
}

// colonClause attributes a sentence opened by a name and a colon, as
// headlines and transcripts print what someone said: "Smith: Taxes Will
// Rise", "SMITH: Well, I think we can win." The words before the colon
// are a capitalised noun phrase of a few words; what follows it is the
// report, mixed when it holds quotations.
func (st *state) colonClause(ws []word, spans []span, e, para int) []Quote {
	t := st.text
	j := 0
	for j < len(ws) && ws[j].text != ":" {
		if j >= 6 || !isCap(ws[j].text) && !colonLinks[ws[j].text] || len(ws[j].text) == 1 && !unicode.IsLetter(rune(ws[j].text[0])) {
			return nil
		}
		j++
	}
	if j == 0 || j >= len(ws) || !isCap(ws[0].text) {
		return nil
	}
	cs, ce := trimSpan(t, ws[j].e, e)
	if ce <= cs || !hasWords(t[cs:ce], 3) {
		return nil
	}
	q := Quote{Cue: ":", CueStart: ws[j].s, CueEnd: ws[j].e, MentionStart: -1, MentionEnd: -1}
	np := ws[:j]
	for m := 1; m < j; m++ {
		if l := ws[m].lower; l == "on" || l == "to" || l == "at" {
			np = ws[:m] // "Obama on Climate Change:", "Smith To Voters:": the name before the topic or the hearers
			break
		}
	}
	st.speakerFrom(&q, np, false)
	if q.Speaker == "" || q.SpeakerKind != Person && q.SpeakerKind != Organisation || ws[0].lowerIs(cArticle) || len(ws[j-1].text) < 2 {
		return nil // "The Latest:", "Q:"
	}
	typ := Indirect
	for _, sp := range spans {
		if sp.open >= cs && sp.close <= ce+3 {
			typ = Mixed
			if sp.open <= cs+3 && sp.close >= ce-3 {
				typ = Direct
			}
		}
	}
	if !namedElsewhere(t, np[len(np)-1]) && !(typ == Mixed && titleLine(t[cs:ce]) && !colonLabels[lw(ws[j-1])]) {
		// a label, not a name: "UPDATE:", "Editor's Note:"; but a
		// headline's quoted words give a name its speech ("Lee:
		// Pilots ‘Waving The Flag’ To The Owners")
		return nil
	}
	st.last, st.haveLast = q, true
	return []Quote{st.mk(typ, cs, ce, para, q.CueStart, q.CueEnd, q)}
}

// colonLabels are the labels a line may open with before a colon, no
// speaker's name: "UPDATE:", "Editor's Note:", "WATCH:".
var colonLabels = wordSet(`update updated note watch breaking exclusive read related correction clarification
	video photos photo live opinion analysis editorial review poll quiz`)

// namedElsewhere reports whether the word w occurs as a whole word
// elsewhere in t, inside a sentence: a speaker named in a headline or a
// transcript is named again in the article, a label ("UPDATE", "Note",
// "Read") is not, or only where a capital opens a sentence.
func namedElsewhere(t string, w word) bool {
	if occursElsewhere(t, w.text, w.s) {
		return true
	}
	// a transcript's "SMITH:" is "Smith" in the running text
	if r, n := utf8.DecodeRuneInString(w.text); n < len(w.text) && strings.ToUpper(w.text) == w.text {
		return occursElsewhere(t, string(r)+strings.ToLower(w.text[n:]), -1)
	}
	return false
}

func occursElsewhere(t, name string, at int) bool {
	for i := 0; i < len(t); {
		k := strings.Index(t[i:], name)
		if k < 0 {
			return false
		}
		a := i + k
		b := a + len(name)
		i = b
		if a == at || a > 0 && isWordByte(t[a-1]) || b < len(t) && isWordByte(t[b]) {
			continue
		}
		// only inside a sentence: a capital opening one says nothing ("Read more")
		p := a
		for p > 0 && (t[p-1] == ' ' || t[p-1] == '"') {
			p--
		}
		if p > 0 && !strings.ContainsRune(".!?:\n", rune(t[p-1])) {
			return true
		}
	}
	return false
}

// colonLinks are the lower-case words a name before a headline colon may
// hold: "Clinton to Voters: …", "Smith at the Convention: …".
var colonLinks = map[string]bool{"to": true, "at": true, "of": true, "on": true, "the": true, "and": true}

// dashQuotes attributes the quotations signed with a dash and a name, as
// in lists of readers' or voters' comments: "“…” ― Jane Roe".
func (st *state) dashQuotes(ws []word, longs []span, para int) []Quote {
	t := st.text
	var out []Quote
	for _, sp := range longs {
		i := sp.close
		for i < len(t) {
			if w, _ := markAt(t, i); w > 0 {
				i += w
				continue
			}
			if t[i] == ' ' || t[i] == '.' || t[i] == ',' {
				i++
				continue
			}
			break
		}
		dash := 0
		for _, d := range []string{"―", "—", "–", "-"} {
			if strings.HasPrefix(t[i:], d) {
				dash = len(d)
			}
		}
		if dash == 0 || i-sp.close > 8 {
			continue
		}
		at := i + dash
		j := wordFrom(ws, 0, at)
		k := j
		for k < len(ws) && k-j < 5 && isCap(ws[k].text) && (k == j || ws[k].s-ws[k-1].e <= 2) {
			k++
		}
		if k == j || ws[j].s-at > 3 {
			continue
		}
		q := Quote{Cue: t[i:at], CueStart: i, CueEnd: at, MentionStart: -1, MentionEnd: -1}
		st.speakerFrom(&q, ws[j:k], false)
		if q.Speaker == "" {
			continue
		}
		out = append(out, st.mk(Direct, sp.open, sp.close, para, q.CueStart, q.CueEnd, q))
	}
	return out
}

// askOpens reports whether the ask cue ws[ci] opens its sentence, alone or
// after a subordinator ("Asked whether …, she said", "When asked …"): its
// speaker is the subject of the main clause that follows, not a word before.
func askOpens(ws []word, ci int) bool {
	return ws[ci].is(cAskCue) && (ci == 0 || ci == 1 && ws[0].lowerIs(cSubordinator))
}

// antecedent names the speaker of q from the noun phrase that ends ws,
// before a "who" ("a Republican who said …"); a description in apposition
// to a name stands for the name ("Karl Olsen, a lawyer who said …").
func (st *state) antecedent(q *Quote, ws []word) {
	k := len(ws)
	m := k
	for m > 0 && k-m < 6 && ws[m-1].text != "," && ws[m-1].text != "(" && !isAux(lw(ws[m-1])) && !ws[m-1].lowerIs(cPreposition) && !ws[m-1].is(cCue) {
		m--
	}
	if m == k {
		return
	}
	np := ws[m:k]
	if m > 1 && ws[m-1].text == "," && np[0].lowerIs(cDeterminer) {
		// "Name, a lawyer who …"
		n := m - 1
		for n > 0 && m-1-n < 4 && isCap(ws[n-1].text) {
			n--
		}
		if n < m-1 {
			saved := *q
			if st.speakerFrom(q, ws[n:m-1], false); q.Speaker != "" {
				q.Role = roleFrom(st.text, np)
				return
			}
			*q = saved
		}
	}
	st.speakerFrom(q, np, false)
}

// openers are the subordinators that open a sentence with a clause of
// their own, ended by a comma before the main clause.
var openers = wordSet(`when if after before although though while because as since once unless until whereas
When If After Before Although Though While Because As Since Once Unless Until Whereas`)

// relativeBefore reports a relative pronoun right before the cue ws[ci]:
// the subject is its antecedent, not the clause's subject.
func relativeBefore(ws []word, ci int) bool {
	if ci == 0 {
		return false
	}
	p := lw(ws[ci-1])
	return p == "that" || p == "which" || p == "who"
}

// beliefNoun reports whether the cue ws[ci] is a noun of speech or belief
// after a determiner ("the claim that …"): its holder is often unnamed, and
// the content is reported all the same.
func beliefNoun(ws []word, ci int) bool {
	return ws[ci].is(cNounCue) && ci > 0 && ws[ci-1].lowerIs(cDeterminer) && ci+1 < len(ws) && ws[ci+1].text == "that"
}

// nested finds the further quotes of a sentence whose first cue gave out:
// those before the speaker and those after the last content. The state's
// last speakers are left as they were.
func (st *state) nested(out []Quote, ws []word, s, cueEnd, e, para int, spans []span, depth int, q *Quote) []Quote {
	last, haveLast, lastPerson, havePerson := st.last, st.haveLast, st.lastPerson, st.havePerson
	var more []Quote
	// what comes before the speaker: "When asked whether …, Smith said …"
	pe := q.CueStart
	if q.MentionStart >= s && q.MentionStart < pe {
		pe = q.MentionStart
	}
	for i := range out { // (by index: a Quote is large to copy)
		pe = min(pe, out[i].Start)
	}
	if pe-s > 12 {
		more = append(more, st.sentence(s, pe, para, spans, false, depth+1, nil, -1)...)
	}
	// a participle in an apposition between the speaker and the cue: "Kim,
	// earlier stressing the “importance” of …, thanked …"
	if q.MentionStart >= s && q.MentionEnd < q.CueStart && strings.IndexByte(st.text[q.MentionEnd:q.CueStart], ',') >= 0 {
		for i := 1; i < len(ws) && ws[i].s < q.CueStart; i++ {
			if ws[i].s > q.MentionEnd && ws[i].is(cParticiple) && participleAfterComma(ws, i) {
				more = append(more, st.sentence(q.MentionEnd, q.CueStart, para, spans, false, depth+1, q, -1)...)
				break
			}
		}
	}
	if q.MentionStart >= s && q.MentionEnd < q.CueStart && relativeBetween(ws, q.MentionEnd, q.CueStart) {
		more = append(more, st.sentence(q.MentionEnd, q.CueStart, para, spans, false, depth+1, q, -1)...)
	}
	// a report inside a content ("said voters want …", "said he believes
	// …") is that content's, not one of its own: PolNeAR annotates few of
	// them, and reporting them cost more precision than it found
	end := cueEnd
	if q.MentionStart >= cueEnd {
		end = max(end, q.MentionEnd) // "“…,” said Smith, adding …": past the speaker
	}
	firstEnd := reportEnd(out)
	for i := range out {
		if c := &out[i]; c.Type != Direct || c.Start < firstEnd || e-firstEnd > maxNestedTail {
			end = max(end, c.End)
		}
	}
	if e-end > 12 {
		more = append(more, st.sentence(end, e, para, spans, false, depth+1, q, -1)...)
	}
	st.last, st.haveLast, st.lastPerson, st.havePerson = last, haveLast, lastPerson, havePerson
	// inside a report, plans, wants, findings and what someone would say
	// are no statements of their own: "Putin said Moscow plans to help …",
	// "experts say Russia will seek …", "Peskov said the two would talk about …"
	kept := more[:0]
	for _, m := range more {
		if m.CueStart >= 0 && (intentionCues[m.Cue] || modalBefore(st.text, m.CueStart)) && m.Type != Direct {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// modalBefore reports whether the word before the cue at i is a modal
// ("would talk", "will seek").
func modalBefore(t string, i int) bool {
	e := i
	for e > 0 && t[e-1] == ' ' {
		e--
	}
	b := e
	for b > 0 && isWordByte(t[b-1]) {
		b--
	}
	return modals[t[b:e]]
}

// introduced reports whether the quotation whose content opens at open
// stands on its own: at the start of the sentence s, or after a comma, a
// colon, a dash or the cue ending at cueEnd, not inside a clause ("can “…”").
func introduced(t string, s, open, cueEnd int) bool {
	i := open
	for i > s {
		r, w := utf8.DecodeLastRuneInString(t[:i])
		if unicode.IsSpace(r) || r == '“' || r == '"' || r == '‘' || r == '\'' || r == '(' {
			i -= w
			continue
		}
		if i == cueEnd {
			return true
		}
		return r == ',' || r == ':' || r == ';' || r == '—' || r == '–' || r == '-' || r == '.' || r == '?' || r == '!' || r == '”'
	}
	return true
}

// clauseStart returns where a reported clause starts: at word ws[after] or
// at the opening mark of an earlier quotation that opens after from; -1
// when there is neither.
func clauseStart(t string, ws []word, after int, spans []span, from int) int {
	at := -1
	if after < len(ws) {
		at = ws[after].s
	}
	for _, sp := range spans {
		if sp.title {
			continue // a name, not the start of what was said: "told CNN's “State of the Union” that …"
		}
		if sp.open >= from && (at < 0 || sp.open < at) {
			at = sp.open
			for at > from {
				if w, _ := markAt(t, at-1); w > 0 {
					at--
					continue
				}
				if r, w := utf8.DecodeLastRuneInString(t[:at]); r == '“' {
					at -= w
				}
				break
			}
			break
		}
	}
	return at
}

// clauseLinks join a new clause to a quotation before it.
// findingVerbs are the stance verbs of records, polls and studies that may
// follow what they report: "…, records show", "…, the study found".
var findingVerbs = wordSet(`show shows showed found finds`)

// findingSubject reports whether seg, the words between a comma and a
// verb of finding that closes the sentence, is a plain subject ("court
// records", "a study by the board") and not a phrase the verb is a noun
// of ("…, perhaps the most famous graduate of Smith's reality television
// show", "…, careening from speeches to talk shows"): no verb, no opening
// adverb, participle or preposition, no possessive.
func findingSubject(seg []word) bool {
	if len(seg) == 0 || isAdverb(lw(seg[0])) || seg[0].lowerIs(cPreposition) {
		return false
	}
	if isParticiple(seg[0].text) && (len(seg) == 1 || seg[1].lowerIs(cPreposition) || seg[1].lowerIs(cDeterminer)) {
		return false // "careening from …" (not "fundraising documents")
	}
	for _, w := range seg {
		if strings.HasSuffix(w.text, "'s") || strings.HasSuffix(w.text, "’s") ||
			isLowerWord(w.text) && (isAux(w.text) || w.is(cCue) && !w.is(cGroupWord) || len(w.text) > 3 && strings.HasSuffix(w.text, "ed")) {
			return false // a verb ("reports" is the noun of "the reports show")
		}
	}
	return true
}

var clauseLinks = wordSet(`but and while when because although though yet so`)

// quoteBefore reports whether a long quotation ends shortly before the cue
// at cueAt, with only the speaker between ("“…,” the minister said").
func quoteBefore(t string, ws []word, longs []span, cueAt, after int) bool {
	for i := len(longs) - 1; i >= 0; i-- {
		sp := longs[i]
		if sp.close > cueAt {
			continue
		}
		if !endsReport(t, sp) && after < len(ws) && leadingNP(ws[after:]) != nil {
			// "on his podcast “The Axe Files” out Thursday, Smith said her
			// union …": a title, not a report closed by its punctuation, and
			// a clause after the cue
			return false
		}
		n := 0
		for _, w := range ws {
			if w.s >= sp.close && w.e <= cueAt {
				n++
				if clauseLinks[w.text] {
					return false // "… “a feat” - but he said …": a clause of its own
				}
			}
		}
		return n <= 12
	}
	return false
}

func sortSpans(s []span) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].open < s[j-1].open; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// commaQuoteBetween reports whether a quotation ending with a comma
// ("“… card,”") closes between a and b: the end of a fronted report.
func commaQuoteBetween(t string, spans []span, a, b int) bool {
	for _, sp := range spans {
		if sp.close >= a && sp.close <= b && sp.close > sp.open && t[sp.close-1] == ',' {
			return true
		}
	}
	return false
}

// hasWord reports whether s holds a letter or a digit outside quotation
// marks (“&ldquo;” is a mark).
func hasWord(s string) bool {
	for i := 0; i < len(s); {
		if w, _ := markAt(s, i); w > 0 {
			i += w
			continue
		}
		if s[i] == '&' {
			// an entity cut short by trimming: "&rdquo"
			i++
			for i < len(s) && (isWordByte(s[i]) && s[i] < 0x80 || s[i] == '#') {
				i++
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		i += w
	}
	return false
}

func countClause(ws []word) int {
	n := 0
	for i := range ws { // (by index: a word is large to copy)
		if len(ws[i].text) > 1 || isWordByte(ws[i].text[0]) {
			n++
		}
	}
	return n
}

func sortQuotes(qs []Quote) {
	for i := 1; i < len(qs); i++ {
		for j := i; j > 0 && qs[j].Start < qs[j-1].Start; j-- {
			qs[j], qs[j-1] = qs[j-1], qs[j]
		}
	}
}

func (st *state) mk(typ Type, s, e, para, cs, ce int, q Quote) Quote {
	if typ == Direct {
		s, e = trimSpan(st.text, s, e)
	}
	for s < e && !utf8.RuneStart(st.text[s]) {
		s++
	}
	for e > s && e < len(st.text) && !utf8.RuneStart(st.text[e]) {
		e--
	}
	if e <= s {
		e = s
	}
	q.Type, q.Start, q.End, q.Content, q.Paragraph = typ, s, e, st.text[s:e], para
	q.CueStart, q.CueEnd = cs, ce
	if cs < 0 {
		q.Cue, q.CueEnd = "", -1
	}
	return q
}

// hasVerb reports whether the words look like a clause rather than a noun
// phrase: they hold an auxiliary, a speech cue or a past-tense word.
func hasVerb(ws []word) bool {
	for _, w := range ws {
		if isLowerWord(w.text) && (isAux(w.text) || w.is(cCue) || len(w.text) > 3 && strings.HasSuffix(w.text, "ed")) {
			return true
		}
	}
	return false
}

// nextCue reads the sentence again with its next cue after ws[ci]
// (within 40 words, twice a sentence at most), whose own report found no
// speaker: "Users who have continued posting were suspended, experts said"
// reports what the experts said.
func (st *state) nextCue(s, e, para int, spans []span, cont bool, depth int, inherit *Quote, ws []word, ci int) []Quote {
	if depth > 0 || st.retries >= 2 {
		return nil
	}
	st.retries++
	for i := ci + 1; i < len(ws) && i-ci <= 40; i++ {
		if w := &ws[i]; w.is(cCue) && (!w.is(cObjectCue) || objectReport(ws, i)) && !w.is(cAskCue) && cueVerb(ws, i) { // (class bits: cues[w.text], …)
			return st.sentence(s, e, para, spans, cont, depth, inherit, ws[i].s)
		}
	}
	return nil
}

// oneWordObject reports whether a one-word content of an object cue is a
// name ("endorsed Cruz", "praised Putin"), not a pronoun or a common word
// ("backed it", "opposed abortion", which annotators count less often).
func oneWordObject(c string) bool {
	var buf [lowerBufLen]byte
	return isCap(c) && !determiners[lowerIn(&buf, c)] && pronouns[c] == ""
}

// headlineVerb reports a cue in the present tense, as a headline writes it
// ("Clinton Wants …", "Maher Tells Guest …"): a verb in -s of the cue sets
// that is no noun of speech ("Claims", "Reports"); in a title-case line
// also "Said", "Say", "Show", "Want", "Think" and the other past forms
// ("Smith Explained Why …", "Lee Told A Reporter …").
func headlineVerb(l string, title bool) bool {
	// (cues[l], objectCues[l], nounCues[l], cueNext[l], by the cheaper table)
	if c := classes().get(l); c&(cCue|cObjectCue) == 0 || c&(cNounCue|cCueNext) != 0 || l == "reports" || l == "questions" || l == "states" {
		return false
	}
	// in a title-case line, any tense: "Trump Said …", "New Polls Show …"
	return strings.HasSuffix(l, "s") || title && (l == "said" || l == "say" || l == "show" || l == "want" || l == "think" ||
		strings.HasSuffix(l, "ed") || l == "told" || irregularPast[l])
}

// clauseLinkBefore reports whether the comma before "according to" at
// ws[ci] follows a subordinator or "but" or "so" ("because, according to
// …"; after "that" and "and" a cue before may still own the clause), or ends a subordinate clause that opens the sentence ("While most
// …, according to …"): either way the report is the clause after the
// source, not the words before it.
func clauseLinkBefore(ws []word, ci int) bool {
	switch ws[ci-2].lower {
	case "because", "but", "so", "if", "when", "since", "while", "although", "though":
		return true
	}
	switch ws[0].lower {
	case "while", "although", "though", "because", "since", "if", "when", "as":
		for _, w := range ws[1 : ci-1] {
			if w.text == "," || w.text == ";" {
				return false
			}
		}
		return true
	}
	return false
}

// headlineProgressive reports a participle of the cue sets after a
// capitalised "Is" or "Are", an adverb between optional, as a title-case
// headline writes it: "Smith Is Now Calling Jones A ‘Fraud’".
func headlineProgressive(ws []word, i int) bool {
	if !ws[i].lowerIs(cParticiple) || !strings.HasSuffix(ws[i].lower, "ing") {
		return false
	}
	b := i - 1
	if b > 1 && isAdverb(ws[b].lower) {
		b--
	}
	return b > 0 && (ws[b].text == "Is" || ws[b].text == "Are")
}

// pastBeforeBy reports a headline's past form l (ws[i]) that "By" or "To"
// follows: a passive ("Suspect Named By Police") or a response ("Smith
// Responded To …"), no report of speech.
func pastBeforeBy(l string, ws []word, i int) bool {
	return strings.HasSuffix(l, "ed") && i+1 < len(ws) && (ws[i+1].text == "By" || ws[i+1].text == "To")
}

// mostlyTitleCase reports a line whose longer words are mostly
// capitalised, as headlines are (titleCase asks for all of them).
func mostlyTitleCase(ws []word) bool {
	n, c := 0, 0
	for _, w := range ws {
		if len(w.text) > 3 {
			n++
			if isCap(w.text) {
				c++
			}
		}
	}
	return n >= 3 && 4*c >= 3*n
}

// appositiveParticiple reports the participial phrase set off by commas
// after a sentence's subject, before its cue at ws[ci]: "Smith, delivering
// the keynote, asked …", "Ann Lee, citing the budget, voted no". Its
// speaker is the subject; no content found so far may overlap it.
func (st *state) appositiveParticiple(ws []word, out []Quote, para, ci int) []Quote {
	c1 := -1
	for i := 1; i < len(ws) && i <= 6 && i < ci; i++ {
		if ws[i].text == "," {
			c1 = i
			break
		}
	}
	if c1 < 0 || c1+2 >= ci || !ws[c1+1].is(cParticiple) {
		return nil
	}
	c2 := -1
	for i := c1 + 2; i < ci; i++ {
		if ws[i].text == "," {
			c2 = i
			break
		}
	}
	if c2 < 0 || c2-c1 < 3 {
		return nil
	}
	cs, ce := ws[c1+2].s, ws[c2-1].e
	for i := range out {
		if out[i].Start < ce && out[i].End > cs {
			return nil
		}
	}
	q := Quote{Cue: ws[c1+1].text, CueStart: ws[c1+1].s, CueEnd: ws[c1+1].e, MentionStart: -1, MentionEnd: -1}
	last, haveLast := st.last, st.haveLast
	st.speakerFrom(&q, ws[:c1], false)
	st.last, st.haveLast = last, haveLast
	if q.Speaker == "" {
		return nil
	}
	return []Quote{st.mk(Indirect, cs, ce, para, q.CueStart, q.CueEnd, q)}
}

// relativeReport returns the content of a report in a relative clause whose
// subject starts at mentionStart and whose cue ends before ws[after]: "a
// rule change that he said would make it harder" → "would make it
// harder"; "everything he said", "what she believes" → the word before the
// subject. It returns nil when no relative word opens the subject.
func relativeReport(ws []word, mentionStart, after int) []int {
	b := -1
	for i := range ws {
		if ws[i].s == mentionStart {
			b = i - 1
			break
		}
	}
	if b+1 < len(ws) && ws[b+1].lowerIs(cRelativeHead) { // relativeHeads[lw(ws[b+1])]
		b++ // "what she believes": the mention took the relative word in
	} else if b < 0 {
		return nil
	}
	r := lw(ws[b])
	switch r {
	case "that", "which":
		if after < len(ws) && isLowerWord(ws[after].text) && isAux(ws[after].text) {
			e := after
			for e < len(ws) && ws[e].text != "," && ws[e].text != ";" {
				e++
			}
			return []int{ws[after].s, ws[e-1].e}
		}
	default:
		if ws[b].lowerIs(cRelativeHead) { // relativeHeads[r]
			return []int{ws[b].s, ws[b].e}
		}
	}
	return nil
}

// relativeHeads stand for what a relative clause's subject said or believes:
// "everything he said", "what she believes".
var relativeHeads = wordSet(`what everything anything something nothing whatever`)

// progressive reports a form of "be" before the participle ws[i], with at
// most adverbs and "not" between: "are saying", "is not saying", "was
// quietly warning".
func progressive(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := lw(ws[k]); {
		case w == "is" || w == "are" || w == "was" || w == "were" || w == "been" || w == "'s" || w == "’s":
			return k >= 1 // a subject before the verb
		case w == "not" || isAdverb(w):
		case (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'re") || strings.HasSuffix(w, "’re")) && contracted(ws[k].text) != ws[k].text:
			return true // "she's saying", "they're warning"
		default:
			return false
		}
	}
	return false
}

// quoteClosesAt reports whether the mark at k closes a quotation rather than
// opening one: it is followed by a space or the end of the paragraph.
func quoteClosesAt(t string, k, pe int) bool {
	w, _ := markAt(t, k)
	return k+w >= pe || spaceAt(t, k+w) > 0
}

// nonRestrictive reports whether w opens, after a comma, the writer's aside
// to a report rather than the report going on: a relative clause ("…, which
// …") or a comparison or concession ("…, compared with …", "…, although …",
// "…, even as …", "…, despite …").
func nonRestrictive(w string) bool {
	switch w {
	case "which", "who", "where", "compared", "although", "even", "despite":
		return true
	}
	return false
}

// passiveReport returns the index of the form of "be" that makes the cue
// ws[ci] a passive report with its agent after "by" ("was first reported
// by MSNBC", "were announced by the party"), or -1.
func passiveReport(ws []word, ci int) int {
	if ci < 2 || ci+2 >= len(ws) || ws[ci+1].text != "by" || !pastTense(ws[ci].text) || !speechVerbs[ws[ci].text] {
		return -1
	}
	for b := ci - 1; b >= 1 && b >= ci-2; b-- {
		switch ws[b].text {
		case "was", "were", "been", "is", "are":
			return b
		}
		if !isAdverb(ws[b].text) && ws[b].text != "first" {
			return -1
		}
	}
	return -1
}

// passiveSubject reports whether ws, the words before a passive report's
// "be", are a plain subject: no relative or subordinate clause ends in the
// "be" ("…, which was claimed by …", "… when he was accused by …").
func passiveSubject(ws []word) bool {
	for _, w := range ws {
		if w.text == ";" || w.text == "that" || relativeWords[w.text] || w.lowerIs(cSubordinator) {
			return false
		}
	}
	return true
}

// quoteWithin reports whether a quotation of eight words or more opens in
// t[from:to]: an aside that carries one ("…, which is a problem because,
// “…”") is the report's.
func quoteWithin(spans []span, from, to int) bool {
	for _, sp := range spans {
		if sp.open > from && sp.open < to && sp.words >= 8 {
			return true
		}
	}
	return false
}

// audienceOnly reports whether the words of t[cs:ce], from ws[from] on,
// hold no verb and no "that": after "told" they name only the audience
// and the occasion ("told reporters during a call").
func audienceOnly(ws []word, from, cs, ce int) bool {
	for m := from; m < len(ws) && ws[m].s < ce; m++ {
		if ws[m].e <= cs {
			continue
		}
		w := ws[m].text
		if w == "that" || w == "to" || w == "about" || isLowerWord(w) && (isAux(w) || cues[w] || len(w) > 3 && strings.HasSuffix(w, "ed")) {
			return false
		}
	}
	return true
}

// embeddedAside reports whether the aside opening at the comma ws[m] closes
// with a comma before ce and the clause goes on with its verb: "said that
// Gov. Roe, who must decide, has revealed nothing".
func embeddedAside(t string, ws []word, m, ce int) bool {
	for n := m + 2; n+1 < len(ws) && ws[n].e <= ce; n++ {
		if ws[n].text == "," {
			w := ws[n+1].text
			// "…, which is widely supported, “wouldn't go 10 feet”": a
			// quotation after the aside is the clause's predicate; "as"
			// goes on with a description: "praising Smith, who quit, as …";
			// "to" or "for" goes on with the clause: "called him after the
			// vote, which ended it, to thank him …"
			return isLowerWord(w) && (isAux(w) || cues[w] || len(w) > 3 && strings.HasSuffix(w, "ed") || w == "as" || w == "to" || w == "for") || quoteBetween(t, ws[n].e, ws[n+1].s)
		}
	}
	return false
}

// summaryAppositive reports whether the comma ws[m] opens the writer's
// summing-up of a report: "…, a swipe at his rivals", "…, a reference to
// the strike": an article, a noun and a preposition.
func summaryAppositive(ws []word, m int) bool {
	if m+3 >= len(ws) || ws[m+1].text != "a" && ws[m+1].text != "an" || !isLowerWord(ws[m+2].text) {
		return false
	}
	switch ws[m+3].text {
	case "at", "to", "of", "on", "for", "that":
		return true
	}
	return false
}

// inOfSaying reports a participle of speech after "in" or "of" that a
// verb or a noun takes ("erred in saying that …", "made a point of saying
// …"): its report is the clause subject's.
func inOfSaying(ws []word, i int) bool {
	p := ws[i-1].text
	return (p == "in" || p == "of") && i >= 2 && speechParticiples[ws[i].text] && isLowerWord(ws[i-2].text)
}

// speechParticiples are participles of saying that take a clause, not a
// noun ("in declaring victory" reports nothing).
var speechParticiples = wordSet(`saying arguing claiming insisting noting suggesting stating asserting`)
