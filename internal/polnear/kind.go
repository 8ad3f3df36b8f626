package polnear

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// Kind says how much of a content lies inside quotation marks.
type Kind string

// The kinds of content.
const (
	// Quoted: every token of the content lies inside quotation marks.
	Quoted Kind = "quoted"
	// MixedKind: some tokens are quoted, some are not (reported speech
	// carrying quoted fragments).
	MixedKind Kind = "mixed"
	// Unquoted: no token of the content is inside quotation marks.
	Unquoted Kind = "unquoted"
)

// Kinds lists the kinds in report order.
var Kinds = []Kind{Quoted, MixedKind, Unquoted}

// QuoteMap knows, for one article text, its tokens (maximal runs of letters
// and digits) and which of them lie inside quotation marks.
type QuoteMap struct {
	text   string
	tokens []Span // in text order
	region []int  // region[i]: index of the quoted region holding tokens[i], or -1
}

// NewQuoteMap tokenises text and finds its quoted regions. Double marks
// (“ ” " « » „) are paired within a paragraph; a paragraph that opens a quote
// and never closes it is quoted to its end, and a closing mark with no
// opening one quotes from the paragraph start (a quotation continued from the
// previous paragraph). Outside double quotes, single marks (‘ ’ ') are
// paired when the opening one starts a word and the closing one ends one, so
// apostrophes are not taken for quotation marks.
func NewQuoteMap(text string) *QuoteMap {
	q := &QuoteMap{text: text, tokens: Tokens(text)}
	regions := quotedRegions(text)
	q.region = make([]int, len(q.tokens))
	r := 0
	for i, t := range q.tokens {
		for r < len(regions) && regions[r].End <= t.Start {
			r++
		}
		q.region[i] = -1
		if r < len(regions) && regions[r].Start <= t.Start && t.End <= regions[r].End {
			q.region[i] = r
		}
	}
	return q
}

// Tokens returns the maximal runs of letters and digits in text as byte spans.
func Tokens(text string) []Span {
	var out []Span
	start := -1
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, Span{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, Span{start, len(text)})
	}
	return out
}

// TokenRange returns the indices [lo, hi) of the tokens that overlap span.
func (q *QuoteMap) TokenRange(s Span) (lo, hi int) {
	lo = sort.Search(len(q.tokens), func(i int) bool { return q.tokens[i].End > s.Start })
	hi = sort.Search(len(q.tokens), func(i int) bool { return q.tokens[i].Start >= s.End })
	if hi < lo {
		hi = lo
	}
	return lo, hi
}

// TokenSet returns the sorted indices of the tokens overlapping any of spans.
func (q *QuoteMap) TokenSet(spans []Span) []int {
	var out []int
	last := -1
	for _, s := range normalizeSpans(spans) {
		lo, hi := q.TokenRange(s)
		for i := lo; i < hi; i++ {
			if i > last {
				out = append(out, i)
				last = i
			}
		}
	}
	return out
}

// Classify returns the kind of a content given as byte spans.
func (q *QuoteMap) Classify(spans []Span) Kind {
	return q.classifyTokens(q.TokenSet(spans))
}

// classifyTokens classifies a content by its tokens: quoted when every
// token lies inside quotation marks (its own, or a longer quotation's), mixed
// when some do, unquoted when none does.
func (q *QuoteMap) classifyTokens(toks []int) Kind {
	n := 0
	for _, i := range toks {
		if q.region[i] >= 0 {
			n++
		}
	}
	switch {
	case n == 0:
		return Unquoted
	case n < len(toks):
		return MixedKind
	}
	return Quoted
}

// isInchMark reports whether before ends in a height such as 6'3, so that a
// following straight double mark is an inch sign, not a quotation mark.
func isInchMark(before string) bool {
	n := len(before)
	d := 0
	for d < 2 && n-d-1 >= 0 && before[n-d-1] >= '0' && before[n-d-1] <= '9' {
		d++
	}
	return d > 0 && n-d-2 >= 0 && before[n-d-1] == '\'' && before[n-d-2] >= '0' && before[n-d-2] <= '9'
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// quotedRegions returns the byte spans of text lying between quotation
// marks, sorted and non-overlapping.
func quotedRegions(text string) []Span {
	var out []Span
	paraStart := 0
	for paraStart <= len(text) {
		end := paraStart
		for end < len(text) && text[end] != '\n' {
			end++
		}
		out = append(out, paragraphRegions(text, paraStart, end)...)
		paraStart = end + 1
	}
	return normalizeSpans(out)
}

func paragraphRegions(text string, start, end int) []Span {
	var out []Span
	open := -1 // byte offset just after the opening double mark, or -1
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\'' && i+1 < end && text[i+1] == '\'' {
			// Two straight single marks stand for a double one (''like this'').
			r, size = '"', 2
		}
		if r == '"' && isInchMark(text[start:i]) {
			r = 0 // 6'3" tall
		}
		switch r {
		case '“', '«', '„':
			if open < 0 {
				open = i + size
			}
		case '”', '»':
			if open >= 0 {
				out = append(out, Span{open, i})
				open = -1
			} else {
				out = append(out, Span{start, i})
			}
		case '"':
			if open >= 0 {
				out = append(out, Span{open, i})
				open = -1
			} else {
				open = i + size
			}
		}
		i += size
	}
	if open >= 0 {
		out = append(out, Span{open, end})
	}
	// Single marks, outside double-quoted regions.
	inDouble := func(p int) bool {
		for _, s := range out {
			if s.Start <= p && p < s.End {
				return true
			}
		}
		return false
	}
	var singles []Span
	sOpen := -1
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\'' && i+1 < end && text[i+1] == '\'' {
			i += 2 // a doubled mark, handled as a double quotation mark above
			continue
		}
		if (r == '‘' || r == '’' || r == '\'') && !inDouble(i) {
			var prev, next rune
			if i > start {
				prev, _ = utf8.DecodeLastRuneInString(text[start:i])
			}
			if i+size < end {
				next, _ = utf8.DecodeRuneInString(text[i+size:])
			}
			opens := !isLetterOrDigit(prev) && isLetterOrDigit(next) && r != '’'
			closes := !isLetterOrDigit(next) && prev != 0 && prev != ' ' && r != '‘'
			switch {
			case sOpen < 0 && opens:
				sOpen = i + size
			case sOpen >= 0 && closes:
				singles = append(singles, Span{sOpen, i})
				sOpen = -1
			}
		}
		i += size
	}
	return append(out, singles...)
}
