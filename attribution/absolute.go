package attribution

import "strings"

// This file reports the absolute clauses of speech, holding a quotation,
// that a sentence ends with: "…, with the union calling her “the champion
// we need”", "…, with Lee comparing the fares to “highway robbery.”" The
// noun phrase after "with" is the participle's speaker, and the clause is
// no part of the report before it. One with no quotation is as likely a
// deed as words ("with the networks calling the race") and is left alone.

// audienceParticiples take an audience before their content ("telling
// reporters …"): their absolute clauses are left to the other rules.
var audienceParticiples = wordSet(`telling asking informing reminding assuring urging warning`)

// absoluteReports returns the quotes of the absolute clauses of speech of
// the sentence s..e of paragraph para, and out, the sentence's quotes,
// with the reports before such a clause ended before its comma and the
// quotes inside its content dropped.
func (st *state) absoluteReports(out []Quote, s, e, para int, spans []span) ([]Quote, []Quote) {
	t := st.text
	if !strings.Contains(t[s:e], ", with ") {
		return out, nil
	}
	ws, ok := st.sentWords(s, e)
	if !ok {
		ws = st.tempWords(s, e, spans)
		defer st.drop(ws)
	}
	var found []Quote
	for i := 0; i+3 < len(ws) && len(found) < maxAbsolute; i++ {
		if ws[i].text != "," || ws[i+1].text != "with" {
			continue
		}
		np := i + 2
		if w := ws[np].text; !isCap(w) && !articles[lw(ws[np])] {
			continue
		}
		j := np + 1
		for j < len(ws) && j-np <= 6 && ws[j].text != "," && !(isLowerWord(ws[j].text) && strings.HasSuffix(ws[j].text, "ing")) {
			j++
		}
		if j >= len(ws) || j-np > 6 || !ws[j].is(cParticiple) || audienceParticiples[ws[j].text] || j+1 >= len(ws) {
			continue
		}
		if cueTaken(out, ws[j].s) {
			continue // "…, with Putin saying …, RIA reported": the other rules read it
		}
		q := Quote{MentionStart: -1, MentionEnd: -1}
		if st.speakerFrom(&q, ws[np:j], false); q.Speaker == "" {
			continue
		}
		q.Cue, q.CueStart, q.CueEnd = ws[j].text, ws[j].s, ws[j].e
		if j+2 < len(ws) && phrasal[ws[j].text][ws[j+1].text] {
			// "with Lee calling for a ban": the particle is the cue's
			j++
			q.Cue, q.CueEnd = st.text[q.CueStart:ws[j].e], ws[j].e
		}
		// the content: to a second absolute clause ("… and its leader
		// hugging her"), a comma and a participle ("…, meeting him in
		// May"), a semicolon or the sentence's end
		ce := e
		for m := j + 1; m < len(ws) && m-j <= maxAbsoluteWords; m++ {
			if ws[m].text == ";" {
				ce = ws[m].s
				break
			}
			if ws[m].text == "and" && secondAbsolute(ws, m) || ws[m].text == "," && m+1 < len(ws) && isLowerWord(ws[m+1].text) && strings.HasSuffix(ws[m+1].text, "ing") {
				ce = ws[m].s
				break
			}
		}
		cs, ce := trimSpan(t, ws[j+1].s, ce)
		if ce <= cs {
			continue
		}
		if !spanOpens(spans, cs, ce) {
			continue // with no quotation, as likely a deed as words: "with the networks calling the race"
		}
		kept := out[:0]
		for _, o := range out {
			switch {
			case o.Start >= cs && o.End <= ce:
				continue // a quotation of the clause the report before took
			case o.Type != Direct && o.Start < ws[i].s && o.End > ws[i].s && o.CueEnd <= ws[i].s:
				typ := o.Type
				if typ == Mixed && !spanOpens(spans, o.Start, ws[i].s) {
					typ = Indirect
				}
				o = st.mk(typ, o.Start, ws[i].s, o.Paragraph, o.CueStart, o.CueEnd, o)
			}
			kept = append(kept, o)
		}
		out = kept
		found = append(found, st.mk(Mixed, cs, ce, para, q.CueStart, q.CueEnd, q))
	}
	return out, found
}

// maxAbsolute bounds the absolute clauses read in a sentence, and
// maxAbsoluteWords the words looked at for a clause's end (past them it
// runs to the sentence's end): each clause costs a walk over its words
// and the sentence's quotes, and hostile input may repeat them.
const (
	maxAbsolute      = 4
	maxAbsoluteWords = 80
)

// secondAbsolute reports whether the "and" ws[m] opens a second absolute
// clause or participle: a word in -ing within seven words, with no comma
// before it ("… and its leader hugging her", "… and asking …").
func secondAbsolute(ws []word, m int) bool {
	for k := m + 1; k < len(ws) && k-m <= 7; k++ {
		if ws[k].text == "," {
			return false
		}
		if isLowerWord(ws[k].text) && strings.HasSuffix(ws[k].text, "ing") {
			return true
		}
	}
	return false
}

// cueTaken reports whether a quote of out has its cue at cs.
func cueTaken(out []Quote, cs int) bool {
	for _, o := range out {
		if o.CueStart == cs {
			return true
		}
	}
	return false
}
