package attribution

import "strings"

// This file reports the quotations a sentence's cues leave out when they
// are a verb's words about its object: characterisations with "as"
// ("heralded the deal as a “breakthrough”", "has been pounding Trump as a
// “con artist”", "summed up Clinton as “terrible”"), a stance verb's
// object linked to a quotation by "for" or "of" ("blasted the media for
// being “dishonest”"), and a reporting or stance verb whose object holds a
// quotation ("denounced the new “profits first” campaign"). News
// annotators count the object and its quoted words as the subject's
// reported speech. Quotations a quote of the sentence already covers are
// left alone.

// characterisations returns the characterisations of the sentence s..e of
// paragraph para whose quotations no quote of out covers.
func (st *state) characterisations(out []Quote, s, e, para int, spans []span) []Quote {
	t := st.text
	if len(spans) > maxCharacterised {
		return nil
	}
	var found []Quote
	var ws []word
	a0 := 0 // the first word after the previous quotation
	for _, sp := range spans {
		if sp.words == 0 || sp.open <= s || sp.close > e || covered(out, sp) || covered(found, sp) {
			continue
		}
		as := asBefore(t, s, sp.open)
		if sp.title && !as {
			continue // a name, unless given as a description: "hailed Smith as “The Comeback Kid”"
		}
		if ws == nil {
			// the sentence's words as sentence() read them, or read afresh
			var ok bool
			if ws, ok = st.sentWords(s, e); !ok {
				ws = st.tempWords(s, e, spans)
				defer st.drop(ws)
			}
		}
		a := a0 // the last word before the quotation
		for a < len(ws) && ws[a].e <= sp.open {
			a++
		}
		a0 = a
		a--
		if a < 0 {
			continue
		}
		v, from := -1, -1 // the verb and the first word of its object
		if as {
			for a >= 0 && ws[a].text != "as" && ws[a].text != "As" {
				a--
			}
			v, from = characterVerb(ws, a, 1)
		} else if c := connectorBefore(ws, a); c >= 0 {
			// "blasted the media for being “dishonest”", "accused the
			// North's leader, Kim Jong Un, of “fanatic recklessness”": a
			// stance verb's
			if v, from = characterVerb(ws, c, 1); v >= 0 && !ws[v].is(cCue) {
				v = -1
			}
		} else if v, from = characterVerb(ws, a+1, 0); v >= 0 && !(ws[v].lowerIs(cCue) || ws[v].lowerIs(cParticiple)) {
			// "denounced the nascent “Neocons for Hillary” movement",
			// "offering “a deep and sincere apology” to …": a reporting
			// or stance verb whose object holds the quotation
			v = -1
		}
		if v < 0 {
			continue
		}
		q := Quote{Cue: ws[v].text, CueStart: ws[v].s, CueEnd: ws[v].e, MentionStart: -1, MentionEnd: -1}
		if v == 0 {
			// an opening participle reports for the subject after its phrase
			c := a + 1
			for c < len(ws) && ws[c].text != "," && ws[c].s < sp.close {
				c++
			}
			if c < len(ws) && ws[c].text == "," {
				c++
			}
			if c < len(ws) {
				st.clauseSubject(&q, ws[c:])
			}
		} else if ws[v].is(cParticiple) || strings.HasSuffix(ws[v].text, "ing") {
			p := st.participleSpeaker(ws, v)
			q.Speaker, q.SpeakerKind, q.Role, q.Affiliation = p.Speaker, p.SpeakerKind, p.Role, p.Affiliation
			q.Mention, q.MentionStart, q.MentionEnd = p.Mention, p.MentionStart, p.MentionEnd
		} else {
			st.clauseSubject(&q, ws[:v])
		}
		if q.Speaker == "" && q.MentionStart < 0 {
			continue
		}
		// the content: the object, its link and the quotation, and what
		// completes the description, up to a comma or an adjunct
		cs := sp.open
		if from < len(ws) {
			cs = min(cs, ws[from].s)
		}
		cs, ce := trimSpan(t, cs, descriptionEnd(t, ws, spans, sp, e))
		found = append(found, st.mk(Mixed, cs, ce, para, q.CueStart, q.CueEnd, q))
	}
	return found
}

// maxCharacterised bounds the quotations of a sentence looked at for
// characterisations: a "sentence" with more is no prose (a list, a
// transcript, hostile input), and each costs a walk over its words.
const maxCharacterised = 64

// descriptionEnd returns where a characterisation whose first quotation
// is sp ends: at the close of the last of the quotations joined to it by
// "and", "or" or a comma ("as “criminals” and “rapists”"), or, when the
// description goes on past the quotation with a word of its own ("as a
// “working-class” rebellion against …"), where objectEnd ends it. A comma
// inside the closing mark, or any other word, ends it at the quotation.
func descriptionEnd(t string, ws []word, spans []span, sp span, e int) int {
	m, n := 0, 0 // the first word and the first quotation after sp: sp only moves on, and so do they
	for {
		if t[sp.close-1] == ',' {
			return sp.close
		}
		for m < len(ws) && ws[m].s < sp.close {
			m++
		}
		if m >= len(ws) || ws[m].s >= e {
			return sp.close
		}
		for n < len(spans) && spans[n].open <= sp.close {
			n++
		}
		next := -1
		if n < len(spans) && spans[n].words > 0 && countWords(t[sp.close:spans[n].open]) <= 3 {
			next = n
		}
		switch w := ws[m].text; {
		case (w == "and" || w == "or" || w == ",") && next >= 0:
			sp = spans[next]
			continue
		case strings.Trim(t[sp.close:ws[m].s], " ”’\"'") != "" || !isLowerWord(w) || ws[m].is(cReportJoin) || w == "or" ||
			ws[m].is(cAdjunctWord) || ws[m].is(cPreposition) && w != "of" && w != "to":
			return sp.close
		}
		return max(sp.close, objectEnd(ws, m, e))
	}
}

// connectorBefore returns the index of "for" or "of" that links the
// quotation after ws[a] to an object before it, past at most four words
// ("for being “…”", "of engaging in a “…”"), or -1. The word before the
// connector must end an object, not be the verb itself.
func connectorBefore(ws []word, a int) int {
	for c := a; c >= 1 && a-c < 5; c-- {
		switch ws[c].text {
		case "for", "of":
			if c >= 2 {
				return c
			}
			return -1
		case ",", ";", ":", "and", "or", "that", "who", "which":
			return -1
		}
	}
	return -1
}

// asBefore reports whether "as", "as a", "as an" or "as the" ends
// t[s:open] before the opening mark of a quotation.
func asBefore(t string, s, open int) bool {
	b := strings.TrimRight(t[max(s, open-32):open], " “\"‘'")
	for _, art := range [...]string{" a", " an", " the"} {
		if strings.HasSuffix(b, art) {
			b = b[:len(b)-len(art)]
			break
		}
	}
	return strings.HasSuffix(b, " as") || strings.HasSuffix(b, " As")
}

// covered reports whether a quote of qs holds the quotation sp.
func covered(qs []Quote, sp span) bool {
	for i := range qs { // (by index: a Quote is large to copy)
		if qs[i].Start <= sp.open && sp.close <= qs[i].End+3 {
			return true
		}
	}
	return false
}

// characterParticles complete a phrasal verb of characterisation: "summed
// up Clinton as …", "went after Trump as …", "referred to him as …".
var characterParticles = wordSet(`up after to on of`)

// characterVerb returns the index of the verb whose object ends before
// ws[a] (an "as", a connector or the word after a quotation) and the index
// of the object's first word: the verb before an object of at least min
// and at most eight words with no comma (a noun phrase, a pronoun or a
// reflexive; a phrasal verb's particle, as in "summed up Clinton as …", is
// no part of it), when it reads as a verb — a known cue, a past tense, a
// participle in -ing or a present tense after its subject. It returns -1,
// -1 for none, and for passive and copular forms ("was known as", "is seen
// as": no speaker), comparisons ("such as", "as well as") and roles
// ("served as", "worked as").
func characterVerb(ws []word, a, min int) (int, int) {
	if a-1-min < 0 || a > len(ws) {
		return -1, -1
	}
	for n := a - 1 - min; n >= 0 && a-n <= 9; n-- {
		w := ws[n]
		if w.text == "," || w.text == ";" || w.text == ":" || w.text == "such" || w.text == "well" {
			return -1, -1
		}
		l := w.text
		if n == 0 && isCap(l) && strings.HasSuffix(l, "ing") && w.lowerIs(cParticiple) {
			// "Bemoaning the “phony system,” Trump …": an opening participle
			return 0, 1
		}
		if !isLowerWord(l) {
			continue
		}
		from := n + 1
		if characterParticles[l] && n > 0 && verbLike(ws[n-1]) {
			n--
			l = ws[n].text
		} else if !verbLike(w) && !presentAfterSubject(ws, n) {
			continue
		}
		if n > 0 && (isAux(lw(ws[n-1])) && !strings.HasSuffix(l, "ing") && beForm(lw(ws[n-1])) || nounBefore[lw(ws[n-1])]) {
			return -1, -1 // "was known as", "the proposed plan"
		}
		if roleVerbs[l] {
			return -1, -1
		}
		return n, from
	}
	return -1, -1
}

// presentAfterSubject reports whether ws[n] is a present tense in -s
// right after its subject, a name or a pronoun, past adverbs: "Trump
// openly admires Putin as …".
func presentAfterSubject(ws []word, n int) bool {
	l := ws[n].text
	if len(l) < 4 || !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") || strings.HasSuffix(l, "ous") {
		return false
	}
	p := n - 1
	for p >= 0 && isLowerWord(ws[p].text) && isAdverb(ws[p].text) {
		p--
	}
	if p < 0 {
		return false
	}
	h := ws[p].text
	return subjectPronoun(h) || isCap(h) && !ws[p].is(cPreposition) && !articles[lw(ws[p])]
}

// verbLike reports whether w, a lower-case word, reads as a verb.
func verbLike(w word) bool {
	l := w.text
	switch {
	case w.is(cCue) || w.is(cParticiple) || irregularPast[l] || l == "gone":
		return true
	case len(l) > 4 && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing")):
		return !w.is(cPreposition)
	}
	return false
}

// beForm reports a form of "be": beWords, the infinitive, "being" and the
// contracted "'s".
func beForm(w string) bool {
	return beWords[w] || w == "be" || w == "being" || w == "'s" || w == "’s"
}

// roleVerbs take "as" with a role, not a description: "served as the
// senator's aide", "worked as a nurse".
var roleVerbs = wordSet(`served serving serves worked working works acted acting acts doubled doubling
	stepped stepping resigned resigning remained remaining joined joining started starting began
	ended ending sworn elected appointed named hired installed dressed dressing posed posing
	disguised masquerading`)

// quotedObjectEnd returns where an object cue's content ends when a
// quotation later in its clause completes it: "blasted the media for
// being “dishonest”", "accused the North's leader, Kim Jong Un, of
// “fanatic recklessness”", "praised Smith, who quit on Monday, as “a
// man who …”". The object as objectEnd bounds it ends at oe; the
// quotation must open within the clause (before ce, no semicolon, no new
// clause with a subject of its own) and close before ce. It returns oe
// when no quotation completes the object.
func quotedObjectEnd(t string, ws []word, spans []span, first, oe, ce int) int {
	best := oe
	for _, sp := range spans {
		if sp.words == 0 || sp.open <= oe || sp.close > ce+3 || sp.open-oe > 160 {
			continue
		}
		gap := t[oe:sp.open]
		if strings.ContainsAny(gap, ";:") {
			continue
		}
		ok := true
		for m := first; m < len(ws) && ws[m].s < sp.open; m++ {
			if ws[m].s < oe {
				continue
			}
			if ws[m].text == "," && m+2 < len(ws) && (ws[m+1].text == "and" || ws[m+1].text == "but") {
				ok = false
				break
			}
			if ws[m].is(cCue) || ws[m].is(cParticiple) || ws[m].text == "by" && m+1 < len(ws) && strings.HasSuffix(ws[m+1].text, "ing") || ws[m-1].text == "," && strings.HasSuffix(ws[m].text, "ing") {
				ok = false // a second report: "…, at one point calling them “…”", "…, having stressed …"
				break
			}
		}
		if ok {
			best = max(best, sp.close)
		}
		break
	}
	return best
}
