package attribution

// This file reports what no verb of saying introduces: an expectation
// ("the vote is expected to be close"), which news annotators count as an
// attribution with an unnamed source.

// clauseOpen returns the index of the first word of the main clause of ws
// before end: past introductory segments that open with a preposition, a
// subordinator, an adverb or a time phrase and end with a comma ("By
// March, …", "As a result, …").
func clauseOpen(ws []word, end int) int {
	start := 0
	for start < end {
		m := start
		for m < end && ws[m].text != "," {
			m++
		}
		if m >= end {
			return start
		}
		f := lw(ws[start])
		if !(prepositions[f] || subordinators[f] || isAdverb(f) || timeRun(ws[start:m], 0) > 0) {
			return start
		}
		start = m + 1
	}
	return start
}

// expectedClause reports the clause of a sentence with no cue that says
// what is expected ("Turnout is expected to be high"): the whole clause,
// from its subject, up to a relative or participial addition after a comma.
func (st *state) expectedClause(ws []word, spans []span, e, para int) []Quote {
	t := st.text
	for i := 2; i+1 < len(ws); i++ {
		if ws[i].text != "expected" || ws[i+1].text != "to" || !expectedAfter(ws, i) {
			continue
		}
		from := clauseOpen(ws, i)
		if from >= i {
			return nil
		}
		q := Quote{Cue: "expected", CueStart: ws[i].s, CueEnd: ws[i].e, MentionStart: -1, MentionEnd: -1}
		cs, ce := trimSpan(t, ws[from].s, e)
		for m := i + 2; m < len(ws); m++ {
			if ws[m].text == "," && m+1 < len(ws) && (relativeWords[ws[m+1].text] || ws[m+1].is(cParticiple)) {
				ce = ws[m].s
				break
			}
		}
		return []Quote{st.mk(typeOf(spans, cs, ce), cs, ce, para, q.CueStart, q.CueEnd, q)}
	}
	return nil
}

// expectedAfter reports a form of "be" before "expected" at ws[i], with
// at most an adverb or a negation between: "is expected", "are widely
// expected", "is not expected".
func expectedAfter(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := lw(ws[k]); {
		case w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been":
			// "delegates who are expected to …": a relative clause's
			return k > 0 && !relativeWords[lw(ws[k-1])] && lw(ws[k-1]) != "that" && !isAux(lw(ws[k-1]))
		case w == "not" || isAdverb(w):
		default:
			return false
		}
	}
	return false
}

// typeOf is the kind of a reported clause cs..ce: mixed when it holds a
// quotation.
func typeOf(spans []span, cs, ce int) Type {
	for _, sp := range spans {
		if sp.open >= cs && sp.close <= ce+3 {
			return Mixed
		}
	}
	return Indirect
}

// relativeWords open a relative clause: a clause opening with one is no
// main clause, and one after a comma is the writer's own addition.
var relativeWords = wordSet(`which who whom whose`)

// seemVerbs say how something seems, which news annotators count as the
// writer's attribution of the whole clause: "the race appears closer".
var seemVerbs = wordSet(`seem seems seemed appear appears appeared`)

// seemClause reports the clause of a sentence t[s:e] that gave no quote
// and says how its subject seems ("The music seemed to match the mood",
// "New Hampshire seems stable"): the whole clause from its subject, a noun
// phrase of no pronoun "it" or "there", up to the first comma after the
// verb. The words are the sentence's own (st.sent), read by sentence.
func (st *state) seemClause(s, e, para int, spans []span) []Quote {
	if s != st.sentS || e != st.sentE {
		return nil
	}
	ws := st.sent
	for i := 1; i+1 < len(ws); i++ {
		if !ws[i].is(cObjectCue) || !seemVerbs[ws[i].text] { // (the class bit first: a map lookup a word cost 5%)
			continue
		}
		from := clauseOpen(ws, i)
		if from >= i || i-from > 12 || hasVerb(ws[from:i]) || !objectReport(ws, i) || !cueVerb(ws, i) {
			return nil
		}
		switch f := lw(ws[from]); {
		case f == "it" || f == "there" || f == "this" || f == "that" || f == "nothing" || relativeWords[f] || relativeHeads[f],
			prepositions[f] || subordinators[f]: // "In the profile, doctors seemed eager": the clause starts later
			return nil
		}
		ce := e
		for m := i + 1; m < len(ws); m++ {
			if ws[m].text == ":" {
				return nil // "The outline seems clear: …" introduces what follows
			}
			if ws[m].text == "," || ws[m].text == ";" {
				ce = ws[m].s
				break
			}
		}
		cs, ce := trimSpan(st.text, ws[from].s, ce)
		if ce <= cs {
			return nil
		}
		q := Quote{Cue: ws[i].text, CueStart: ws[i].s, CueEnd: ws[i].e, MentionStart: -1, MentionEnd: -1}
		return []Quote{st.mk(typeOf(spans, cs, ce), cs, ce, para, q.CueStart, q.CueEnd, q)}
	}
	return nil
}
