package attribution

// This file reports what a poll shows with no verb of saying: "Trump leads
// Cruz by nine points in the latest Fox News poll", "In a CNN survey, Smith
// trails by two", which news annotators count as an attribution to the poll.

// pollNouns name a poll; a phrase "in …" ending in one is a source.
var pollNouns = wordSet(`poll polls survey surveys`)

// pollPhrase returns the index after the poll noun of a phrase "in <a few
// words> poll" opening at ws[i] ("in the latest CNN/ORC poll"), or -1: the
// poll noun comes within six words, with no comma or clause word before it.
// named tells whether the phrase names a poll or one in particular ("the
// latest CNN poll", "a survey") rather than "the polls".
func pollPhrase(ws []word, i int) (k int, named bool) {
	if lw(ws[i]) != "in" {
		return -1, false
	}
	for k := i + 1; k < len(ws) && k <= i+7; k++ {
		w := ws[k].text
		if ws[k].is(cPollNoun) {
			named = w == "poll" || w == "survey"
			for _, n := range ws[i+1 : k] {
				named = named || isCap(n.text)
			}
			return k + 1, named
		}
		if w == "," || w == ";" || w == ":" || w == "that" || ws[k].is(cRelativeWord) || ws[k].is(cCue) {
			return -1, false
		}
	}
	return -1, false
}

// pollClause reports the clause of a sentence with no cue that a poll
// phrase frames: the clause before "in … poll", from its subject, or the
// clause after an opening "In … poll,". The mention is the poll phrase.
func (st *state) pollClause(ws []word, spans []span, e, para int) []Quote {
	t := st.text
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].text[0] != 'i' && ws[i].text[0] != 'I' {
			continue
		}
		k, named := pollPhrase(ws, i)
		if k < 0 {
			continue
		}
		q := Quote{Cue: "in", CueStart: ws[i].s, CueEnd: ws[i].e}
		q.Mention, q.MentionStart, q.MentionEnd = t[ws[i+1].s:ws[k-1].e], ws[i+1].s, ws[k-1].e
		var cs, ce int
		switch {
		case i == 0 && k < len(ws) && ws[k].text == "," && named:
			// "In a CNN survey, Smith trails by two"
			if k+3 >= len(ws) {
				return nil
			}
			cs, ce = ws[k+1].s, e
		case i >= 3:
			from := clauseOpen(ws, i)
			if f := lw(ws[from]); i-from < 3 || subordinators[f] || prepositions[f] || isParticiple(f) {
				return nil
			}
			if !named && !pollStanding(ws[from:i]) {
				// not a candidate's standing "in the polls" unless the
				// clause tells it: "Trump is ahead in the polls"
				return nil
			}
			cs, ce = ws[from].s, ws[i].s
		default:
			return nil
		}
		cs, ce = trimSpan(t, cs, ce)
		if ce <= cs {
			return nil
		}
		return []Quote{st.mk(typeOf(spans, cs, ce), cs, ce, para, q.CueStart, q.CueEnd, q)}
	}
	return nil
}

// standingWords tell a candidate's place in the polls.
var standingWords = wordSet(`lead leads led leading ahead behind trail trails trailed trailing`)

// pollStanding reports whether the clause ws tells a candidate's standing:
// "has a decisive lead", "is ahead", "continues to lead".
func pollStanding(ws []word) bool {
	for _, w := range ws {
		if standingWords[w.text] {
			return true
		}
	}
	return false
}
