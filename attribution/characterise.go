package attribution

import "strings"

// This file reports characterisations: a verb, its object and "as" with a
// quotation ("heralded the deal as a “breakthrough”", "has been pounding
// Trump as a “con artist”", "summed up Clinton as “terrible”"). Whatever
// the verb, the quotation is the subject's words about the object, and news
// annotators count the object and its quoted description as reported
// speech. Sentences whose own cue already reports the quotation are left
// alone.

// characterisations returns the characterisations of the sentence s..e of
// paragraph para whose quotations no quote of out covers.
func (st *state) characterisations(out []Quote, s, e, para int, spans []span) []Quote {
	t := st.text
	var found []Quote
	var ws []word
	for _, sp := range spans {
		if sp.words == 0 || sp.open <= s || sp.close > e || !asBefore(t, s, sp.open) || covered(out, sp) || covered(found, sp) {
			continue
		}
		if ws == nil {
			ws = st.tempWords(s, e, spans)
			defer st.drop(ws)
		}
		a := 0 // the "as" before the quotation
		for a < len(ws) && ws[a].e <= sp.open {
			a++
		}
		a--
		for a >= 0 && ws[a].text != "as" && ws[a].text != "As" {
			a--
		}
		v := characterVerb(ws, a)
		if v < 0 {
			continue
		}
		q := Quote{Cue: ws[v].text, CueStart: ws[v].s, CueEnd: ws[v].e, MentionStart: -1, MentionEnd: -1}
		if ws[v].is(cParticiple) || strings.HasSuffix(ws[v].text, "ing") {
			p := st.participleSpeaker(ws, v)
			q.Speaker, q.SpeakerKind, q.Role, q.Affiliation = p.Speaker, p.SpeakerKind, p.Role, p.Affiliation
			q.Mention, q.MentionStart, q.MentionEnd = p.Mention, p.MentionStart, p.MentionEnd
		} else {
			st.clauseSubject(&q, ws[:v])
		}
		if q.Speaker == "" && q.MentionStart < 0 {
			continue
		}
		// the content: the object, "as" and the quotation, and what
		// completes the description up to a comma or an adjunct
		m := a + 1
		for m < len(ws) && ws[m].s < sp.close {
			m++
		}
		ce := objectEnd(ws, m, e)
		if m < len(ws) && ws[m].s > sp.close+3 {
			ce = sp.close
		}
		cs, ce := trimSpan(t, ws[v+1].s, max(ce, sp.close))
		found = append(found, st.mk(Mixed, cs, ce, para, q.CueStart, q.CueEnd, q))
	}
	return found
}

// asBefore reports whether "as", "as a", "as an" or "as the" ends
// t[s:open] before the opening mark of a quotation.
func asBefore(t string, s, open int) bool {
	b := strings.TrimRight(t[s:open], " “\"‘'")
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
	for _, q := range qs {
		if q.Start <= sp.open && sp.close <= q.End+3 {
			return true
		}
	}
	return false
}

// characterParticles complete a phrasal verb of characterisation: "summed
// up Clinton as …", "went after Trump as …", "referred to him as …".
var characterParticles = wordSet(`up after to on of`)

// characterVerb returns the index of the verb whose object ws[a], an "as",
// completes: the word before an object of one to eight words with no
// comma (a noun phrase, a pronoun or a reflexive), when it reads as a
// verb — a known cue, a past tense or a participle in -ing — or -1. Passive and copular forms ("was known as", "is seen
// as") report no speaker and are left out, as are comparisons ("such
// as", "as well as") and roles ("served as", "worked as").
func characterVerb(ws []word, a int) int {
	if a < 2 {
		return -1
	}
	for n := a - 1; n >= 0 && a-n <= 9; n-- {
		w := ws[n]
		if w.text == "," || w.text == ";" || w.text == ":" || w.text == "such" || w.text == "well" {
			return -1
		}
		if n == a-1 {
			continue // the object has at least one word
		}
		l := w.text
		if !isLowerWord(l) {
			continue
		}
		if characterParticles[l] && n > 0 && verbLike(ws[n-1]) {
			n--
			w, l = ws[n], ws[n].text
		} else if !verbLike(w) && !presentAfterSubject(ws, n) {
			continue
		}
		if n > 0 && (isAux(lw(ws[n-1])) && !strings.HasSuffix(l, "ing") && beForm(lw(ws[n-1])) || nounBefore[lw(ws[n-1])]) {
			return -1 // "was known as", "the proposed plan"
		}
		if roleVerbs[l] {
			return -1
		}
		return n
	}
	return -1
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

func beForm(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "'s", "’s":
		return true
	}
	return false
}

// roleVerbs take "as" with a role, not a description: "served as the
// senator's aide", "worked as a nurse".
var roleVerbs = wordSet(`served serving serves worked working works acted acting acts doubled doubling
	stepped stepping resigned resigning remained remaining joined joining started starting began
	ended ending sworn elected appointed named hired installed dressed dressing posed posing
	disguised masquerading`)
