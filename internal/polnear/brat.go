package polnear

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into an article's text.
type Span struct {
	Start int
	End   int
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// TextBound is one brat "T" annotation: a label over one or more
// (possibly discontinuous) spans, with its offsets already converted from
// Unicode code points to byte offsets.
type TextBound struct {
	ID    string
	Label string
	Spans []Span // byte spans, in file order
	Text  string // the text field of the .ann line (fragments joined by a space)
	Line  int    // 1-based line number in the .ann file
}

// Event is one brat "E" line: a trigger and its role arguments.
type Event struct {
	ID      string
	Trigger string            // the trigger's role name: "Attribution" or "Attribution-no-source"
	Args    map[string]string // role name ("Content", "Cue", "Source", "Content2") -> T id
	Line    int
}

// Ann is a parsed brat standoff file.
type Ann struct {
	TextBounds map[string]*TextBound
	Events     []Event
}

// Attribution is one gold attribution relation: content, cue and optional
// source, each a list of byte spans into the article text.
type Attribution struct {
	ID         string // the E id in the .ann file
	Content    []Span // sorted, non-overlapping
	Cue        []Span
	Source     []Span // nil when the attribution has no source
	SourceText string // the source as written ("he", "Donald Trump"), fragments joined by a space
	CueText    string
	Kind       Kind // quoted, mixed or unquoted, from the article's quotation marks
}

// runeToByte returns, for every code point index i in text (0..runes), the
// byte offset at which that code point starts; index runes maps to len(text).
func runeToByte(text string) []int {
	offs := make([]int, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	return append(offs, len(text))
}

// isRecordStart reports whether line begins a brat record ("T12\t", "E3\t",
// "#1\t", …). Other lines continue the text field of the previous record
// (PolNeAR text fields may contain newlines).
func isRecordStart(line string) bool {
	tab := strings.IndexByte(line, '\t')
	if tab < 1 {
		return false
	}
	if !strings.ContainsRune("TERAMN#*", rune(line[0])) {
		return false
	}
	for _, c := range line[1:tab] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// ParseAnn parses a brat standoff file whose offsets count Unicode code
// points into text, converting them to byte offsets. name is used in error
// messages (a path, usually). Only T and E records are interpreted; notes and
// other record types are skipped.
func ParseAnn(name string, ann []byte, text string) (*Ann, error) {
	offs := runeToByte(text)
	nRunes := len(offs) - 1
	out := &Ann{TextBounds: map[string]*TextBound{}}
	sc := bufio.NewScanner(bytes.NewReader(ann))
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var last *TextBound
	for lineNo := 1; sc.Scan(); lineNo++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if !isRecordStart(line) {
			if last != nil {
				last.Text += "\n" + line
			}
			continue
		}
		last = nil
		fields := strings.SplitN(line, "\t", 3)
		id := fields[0]
		switch id[0] {
		case 'T':
			if len(fields) < 2 {
				return nil, fmt.Errorf("%s:%d: T record %q has no label and offsets; expected ID<TAB>Label START END[;START END]<TAB>text", name, lineNo, id)
			}
			tb, err := parseTextBound(fields, offs, nRunes)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, lineNo, err)
			}
			tb.Line = lineNo
			if _, dup := out.TextBounds[id]; dup {
				return nil, fmt.Errorf("%s:%d: duplicate annotation id %s; fix or remove one of them", name, lineNo, id)
			}
			out.TextBounds[id] = tb
			last = tb
		case 'E':
			if len(fields) < 2 {
				return nil, fmt.Errorf("%s:%d: E record %q has no arguments; expected ID<TAB>Trigger:Tn Role:Tn …", name, lineNo, id)
			}
			ev := Event{ID: id, Args: map[string]string{}, Line: lineNo}
			for i, arg := range strings.Fields(fields[1]) {
				role, ref, ok := strings.Cut(arg, ":")
				if !ok || role == "" || ref == "" {
					return nil, fmt.Errorf("%s:%d: malformed event argument %q; expected Role:Tn", name, lineNo, arg)
				}
				if i == 0 {
					ev.Trigger = role
				}
				if _, dup := ev.Args[role]; dup {
					// A repeated role keeps its first argument, as brat numbers repeats (Content2).
					continue
				}
				ev.Args[role] = ref
			}
			out.Events = append(out.Events, ev)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	for _, ev := range out.Events {
		for role, ref := range ev.Args {
			if _, ok := out.TextBounds[ref]; !ok {
				return nil, fmt.Errorf("%s:%d: event %s refers to %s (%s) which is not defined in the file", name, ev.Line, ev.ID, ref, role)
			}
		}
	}
	return out, nil
}

func parseTextBound(fields []string, offs []int, nRunes int) (*TextBound, error) {
	tb := &TextBound{ID: fields[0]}
	if len(fields) == 3 {
		tb.Text = fields[2]
	}
	label, rest, ok := strings.Cut(fields[1], " ")
	if !ok || label == "" {
		return nil, fmt.Errorf("T record %s: %q lacks offsets; expected Label START END[;START END]", fields[0], fields[1])
	}
	tb.Label = label
	for _, frag := range strings.Split(rest, ";") {
		a, b, ok := strings.Cut(strings.TrimSpace(frag), " ")
		if !ok {
			return nil, fmt.Errorf("T record %s: fragment %q is not START END", tb.ID, frag)
		}
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(strings.TrimSpace(b))
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("T record %s: fragment %q has non-numeric offsets", tb.ID, frag)
		}
		if start < 0 || end < start || end > nRunes {
			return nil, fmt.Errorf("T record %s: span %d-%d is outside the text (%d code points); is the .ann file for this text?", tb.ID, start, end, nRunes)
		}
		tb.Spans = append(tb.Spans, Span{offs[start], offs[end]})
	}
	return tb, nil
}

// normalizeSpans sorts spans, drops empty ones and merges overlapping or
// touching ones.
func normalizeSpans(in []Span) []Span {
	var s []Span
	for _, sp := range in {
		if sp.End > sp.Start {
			s = append(s, sp)
		}
	}
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start })
	var out []Span
	for _, sp := range s {
		if n := len(out); n > 0 && sp.Start <= out[n-1].End {
			if sp.End > out[n-1].End {
				out[n-1].End = sp.End
			}
			continue
		}
		out = append(out, sp)
	}
	return out
}

// spanText joins the text of spans with single spaces.
func spanText(text string, spans []Span) string {
	parts := make([]string, 0, len(spans))
	for _, s := range spans {
		parts = append(parts, text[s.Start:s.End])
	}
	return strings.Join(parts, " ")
}

// Attributions turns the events of a parsed file into gold attributions
// over text. Events without a Content argument are skipped; when several
// events share the same content spans only the first is kept, so every
// content is counted once.
func (a *Ann) Attributions(text string, q *QuoteMap) []Attribution {
	var out []Attribution
	seen := map[string]bool{}
	for _, ev := range a.Events {
		cid, ok := ev.Args["Content"]
		if !ok {
			continue
		}
		content := append([]Span(nil), a.TextBounds[cid].Spans...)
		for role, ref := range ev.Args {
			if strings.HasPrefix(role, "Content") && role != "Content" {
				content = append(content, a.TextBounds[ref].Spans...)
			}
		}
		content = normalizeSpans(content)
		if len(content) == 0 {
			continue
		}
		key := fmt.Sprint(content)
		if seen[key] {
			continue
		}
		seen[key] = true
		at := Attribution{ID: ev.ID, Content: content}
		if ref, ok := ev.Args["Cue"]; ok {
			at.Cue = normalizeSpans(a.TextBounds[ref].Spans)
			at.CueText = spanText(text, at.Cue)
		}
		if ref, ok := ev.Args["Source"]; ok {
			at.Source = normalizeSpans(a.TextBounds[ref].Spans)
			at.SourceText = spanText(text, at.Source)
		}
		if q != nil {
			at.Kind = q.Classify(content)
		}
		out = append(out, at)
	}
	return out
}
