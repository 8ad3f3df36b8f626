package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reports the quotations a sentence's cues leave out when they
// are a verb's words about its object: characterisations with "as"
// ("heralded the deal as a “breakthrough”", "has been pounding Trump as a
// “con artist”", "summed up Clinton as “terrible”"), a stance verb's
// object linked to a quotation by "for" or "of" ("blasted the media for
// being “dishonest”", "…, accusing him of acting like a “spoiled
// child”"), and a reporting or stance verb whose object holds a
// quotation ("denounced the new “profits first” campaign"). News
// annotators count the object and its quoted words as the subject's
// reported speech. So do they a name given in the passive, with no one to
// give it ("the island was known as “the Poorhouse”", "what is called a
// “debate”", "the bill, known as the “… Act”"): the subject, the naming and
// the name. A shout participle or noun reports the cry after it ("…,
// chanting “Lock her up”", "chants of “USA!”"). Quotations a quote of the
// sentence already covers are left alone.

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
	for si, sp := range spans {
		if sp.words == 0 || sp.open <= s || sp.close > e || covered(out, sp) || covered(found, sp) {
			continue
		}
		as := asBefore(t, s, sp.open)
		if sp.title && !as && !namingBefore(t, s, sp.open) && !shoutBefore(t, s, sp.open) {
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
		b := passiveNaming(ws, a)
		if b < 0 {
			b = appositiveNaming(ws, a)
		}
		if b >= 0 {
			// "the island was known as “the Poorhouse”", "the bill, known
			// as the “Ferry Act,”": a name the writer reports with no one
			// to give it
			p := b + 1
			for !namingParticiples[ws[p].text] {
				p++
			}
			q := Quote{Cue: ws[p].text, CueStart: ws[p].s, CueEnd: ws[p].e, MentionStart: -1, MentionEnd: -1}
			cs, ce := trimSpan(t, ws[namedSubject(ws, b)].s, namesEnd(t, spans[si+1:], sp))
			st.namingAgent(&q, ws, ce)
			found = append(found, st.mk(Mixed, cs, ce, para, q.CueStart, q.CueEnd, q))
			continue
		}
		if c := shoutAt(ws, a); c >= 0 {
			// "…, chanting “Lock her up”", "chants of “USA! USA!”": the
			// words shouted, with those joined to them
			var q Quote
			if ws[c].text == "of" {
				q = Quote{MentionStart: -1, MentionEnd: -1}
				c--
			} else {
				q = st.participleSpeaker(ws, c)
			}
			q.Cue = ws[c].text
			ce := namesEnd(t, spans[si+1:], sp)
			typ := Direct
			if ce > sp.close {
				typ = Mixed
			}
			found = append(found, st.mk(typ, sp.open, ce, para, ws[c].s, ws[c].e, q))
			continue
		}
		v, from := -1, -1 // the verb and the first word of its object
		if !as && asNear(ws, a) {
			as = true // "shrugging off her opinion as a mere “moan”"
		}
		if as {
			for a >= 0 && ws[a].text != "as" && ws[a].text != "As" {
				a--
			}
			v, from = characterVerb(ws, a, 1)
		} else if c := connectorBefore(ws, a); c >= 0 {
			// "blasted the media for being “dishonest”", "accused the
			// North's leader, Kim Jong Un, of “fanatic recklessness”": a
			// stance verb's
			if v, from = characterVerb(ws, c, 1); v >= 0 && !ws[v].is(cCue) && !ws[v].is(cParticiple) {
				v = -1
			}
		} else if v, from = objectVerb(ws, a); v >= 0 && !(ws[v].lowerIs(cCue) || ws[v].lowerIs(cParticiple)) {
			// "denounced the nascent “Neocons for Hillary” movement",
			// "offering “a deep and sincere apology” to …": a reporting
			// or stance verb whose object holds the quotation
			v = -1
		}
		if v < 0 {
			continue
		}
		q := Quote{Cue: ws[v].text, CueStart: ws[v].s, CueEnd: ws[v].e, MentionStart: -1, MentionEnd: -1}
		if v == 0 || v == 1 && openingGerund(ws, 1) {
			// an opening participle ("Bemoaning …", "In declaring …")
			// reports for the subject after its phrase
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
		if d, c := namingParticiple(t, ws, spans, v); d >= 0 {
			cs, ce = d, c // "set up a website called “…” that …": the named noun phrase
		}
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

// namingParticiples name a thing in the passive: "is known as “…”", "was
// dubbed the “…”", "has been called “…”".
var namingParticiples = wordSet(`known called named dubbed nicknamed labeled labelled titled entitled designated
	branded termed`)

// shoutWords shout, chant or cry out the quotation after them: the
// participles ("…, chanting “…”"; the past forms are cues) and the nouns
// with "of" ("chants of “…”").
var shoutWords = wordSet(`chanting shouting yelling screaming`)

var shoutNouns = wordSet(`chant chants shout shouts`)

// shoutAt returns the index of the shout word a quotation follows, ws[a]
// being the last word before it: a shout participle, past a comma, or
// "of" after a shout noun; or -1.
func shoutAt(ws []word, a int) int {
	switch {
	case a < 0:
		return -1
	case shoutWords[ws[a].text]:
		return a
	case a > 0 && ws[a].text == "," && shoutWords[ws[a-1].text]:
		return a - 1
	case a > 0 && ws[a].text == "of" && shoutNouns[ws[a-1].text]:
		return a
	}
	return -1
}

// shoutBefore reports whether t[s:open], before the opening mark of a
// quotation, ends with a shout word (shoutAt): a title-case quotation
// there is a cry, not a name ("chanting “Dump Trump”").
func shoutBefore(t string, s, open int) bool {
	b := strings.TrimRight(t[max(s, open-24):open], " ,“\"‘'")
	if i := strings.LastIndexByte(b, ' '); i >= 0 {
		if w := b[i+1:]; w == "of" {
			b = b[:i]
		} else {
			return shoutWords[w]
		}
		i = strings.LastIndexByte(b, ' ')
		return shoutNouns[b[i+1:]]
	}
	return false
}

// namingBefore reports whether t[s:open], before the opening mark of a
// quotation, ends with a naming participle, "as" and an article optional:
// "was known as the “Old Pier”" gives a name, title case or not.
func namingBefore(t string, s, open int) bool {
	b := strings.TrimRight(t[max(s, open-24):open], " “\"‘'")
	for _, suf := range [...]string{" a", " an", " the", " as"} {
		b = strings.TrimSuffix(b, suf)
	}
	if i := strings.LastIndexByte(b, ' '); i >= 0 {
		b = b[i+1:]
	}
	return namingParticiples[b]
}

// passiveNaming returns the index of the form of "be" of a passive naming
// ending at ws[a], the last word before a quotation: a form of "be",
// adverbs, a naming participle, and "as" and an article optional ("was
// known as the “…”", "is informally dubbed “…”", "has been called a
// “…”"), or -1. A naming with no "be" is one only when a comma sets it
// off from what it names (appositiveNaming); "a boat called “…”" is a
// writer's label, not a report.
func passiveNaming(ws []word, a int) int {
	i := a
	if i >= 0 && (ws[i].text == "a" || ws[i].text == "an" || ws[i].text == "the") {
		i--
	}
	if i >= 0 && ws[i].text == "as" {
		i--
	}
	if i < 1 || !namingParticiples[ws[i].text] {
		return -1
	}
	i--
	for i >= 0 && isLowerWord(ws[i].text) && isAdverb(ws[i].text) {
		i--
	}
	if i < 0 || !beForm(lw(ws[i])) {
		return -1
	}
	return i
}

// appositiveNaming returns the index of the comma that sets off a naming
// participle from the noun phrase it names, ws[a] being the last word
// before a quotation: a comma, one of appositiveNamings, an adverb, "as"
// and an article optional ("the bill, known as the “…”",
// "Lazar, known online as “…”"), or -1.
func appositiveNaming(ws []word, a int) int {
	i := a
	if i >= 0 && (ws[i].text == "a" || ws[i].text == "an" || ws[i].text == "the") {
		i--
	}
	if i >= 0 && ws[i].text == "as" {
		i--
	}
	if i >= 0 && isLowerWord(ws[i].text) && (isAdverb(ws[i].text) || ws[i].text == "online") {
		i--
	}
	if i < 2 || !appositiveNamings[ws[i].text] || ws[i-1].text != "," {
		return -1
	}
	if i >= 4 && isNumber(ws[i-2].text) && ws[i-3].text == "," {
		return i - 3 // "Ann Lee, 44, known as “…”": the name before the age
	}
	return i - 1
}

// appositiveNamings are the naming participles that, after a comma, name
// the noun phrase before it: "called", "named", "titled" and "entitled"
// there are as often an active past or the title of a work ("…, called
// Smith a “…”", "the ad, titled “…”").
var appositiveNamings = wordSet(`known dubbed nicknamed labeled labelled branded termed`)

// namingAgent names the speaker of a passive naming whose names end at ce
// from its agent, the noun phrase after a "by" right after them ("has been
// called “reckless” by critics"), up to a comma, eight words at most.
func (st *state) namingAgent(q *Quote, ws []word, ce int) {
	m := 0
	for m < len(ws) && ws[m].s < ce {
		m++
	}
	if m+1 >= len(ws) || ws[m].text != "by" || strings.TrimLeft(st.text[ce:ws[m].s], " ”\"’'") != "" {
		return
	}
	n := m + 1
	for n < len(ws) && n-m <= 8 && ws[n].text != "," && ws[n].text != ";" && !(ws[n].is(cPreposition) && ws[n].text != "of") || n == m+1 {
		n++
	}
	p := Quote{MentionStart: -1, MentionEnd: -1}
	if st.speakerFrom(&p, ws[m+1:min(n, len(ws))], false); p.Speaker != "" || p.MentionStart >= 0 {
		q.Speaker, q.SpeakerKind, q.Role, q.Affiliation = p.Speaker, p.SpeakerKind, p.Role, p.Affiliation
		q.Mention, q.MentionStart, q.MentionEnd = p.Mention, p.MentionStart, p.MentionEnd
	}
}

// nameAfter reports whether a quotation opens right after the naming
// participle ws[i], past "as" and an article ("was named “…”", "is known
// as the “…”"): the words skip its mark, so the next word starts more than
// a space after the one before it.
func nameAfter(ws []word, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+3; j++ {
		if ws[j].s-ws[j-1].e > 1 {
			return true
		}
		if w := ws[j].text; !(w == "as" && j == i+1 || w == "a" || w == "an" || w == "the") {
			return false
		}
	}
	return false
}

// passiveBe reports whether ws[i] follows a form of "be" other than
// "being", past adverbs: "has been called", "was officially named" ("about
// being called “…”" names no one's words but the caller's).
func passiveBe(ws []word, i int) bool {
	i--
	for i >= 0 && isLowerWord(ws[i].text) && isAdverb(ws[i].text) {
		i--
	}
	return i >= 0 && beForm(lw(ws[i])) && lw(ws[i]) != "being"
}

// namedSubject returns the index of the first word of the subject of the
// passive whose form of "be" is ws[b]: the words before it back to a
// punctuation mark, a conjunction, a preposition other than "of" or a
// verb in -ed or -ing, to a relative pronoun ("what is called a “…”") or
// to a determiner with no "of" before it, eight words at most, past the
// auxiliaries and adverbs before ws[b].
// It returns b when no word before it is a subject.
func namedSubject(ws []word, b int) int {
	for b > 0 && isLowerWord(ws[b-1].text) && (isAux(lw(ws[b-1])) || isAdverb(ws[b-1].text)) {
		b-- // "had been called", "will informally be dubbed"
	}
	f := b
	for n := b - 1; n >= 0 && b-n <= 8; n-- {
		w := ws[n]
		l := lw(w)
		switch {
		case l == "what" || l == "that" || l == "which" || l == "who":
			return n
		case !isWordStart(w.text) || w.lowerIs(cSubordinator) || w.lowerIs(cPreposition) && l != "of" ||
			isLowerWord(w.text) && (len(l) > 4 && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing")) || isAux(l)):
			return f
		}
		if articles[l] && (n == 0 || lw(ws[n-1]) != "of") {
			return n // "In those years the harbour was …": the subject's determiner, unless "of" goes back
		}
		f = n
	}
	return f
}

// isWordStart reports whether s opens with a letter or a digit.
func isWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// namesEnd returns where the names a passive naming gives (or the cries a
// shout reports) end: at the close of the last of the quotations joined to
// sp by "and", "or" or a comma ("known as “rabbit patches” or “goat
// farms”"). after holds the quotations after sp, in order.
func namesEnd(t string, after []span, sp span) int {
	for _, n := range after {
		if n.open <= sp.close || n.words == 0 {
			continue
		}
		switch strings.Trim(t[sp.close:n.open], " ,“”‘’\"'") {
		case "and", "or", "":
			sp = n
			continue
		}
		break
	}
	return sp.close
}

// objectVerb returns characterVerb's verb and object for a quotation
// after ws[a], past a participle in -ed or -ing of the object's own that
// is no cue ("called undocumented immigrants “rapists”") or of a verb
// joined to it by "and" ("derided and insulted “…”", whose object the
// two share): the first verb back that is a cue, or else the first verb,
// within nine words.
func objectVerb(ws []word, a int) (int, int) {
	v, from := characterVerb(ws, a+1, 0)
	for w := v; w > 0 && !(ws[w].lowerIs(cCue) || ws[w].lowerIs(cParticiple)) && !ws[w-1].lowerIs(cDeterminer); {
		if w, _ = characterVerb(ws, w, 0); w < 0 || a+1-w > 9 {
			break
		}
		if ws[w].lowerIs(cCue) || ws[w].lowerIs(cParticiple) {
			if ws[w+1].text == "and" || ws[w+1].text == "or" {
				return w, from // "derided and insulted “…”": the verbs share the object
			}
			return w, w + 1
		}
	}
	return v, from
}

// asNear reports whether "as" comes at most three words before a
// quotation, ws[a] being the last word before it, with no punctuation,
// verb or clause opener between but "having" and "being": "as a mere
// “moan”", "as having “minimal” impact".
func asNear(ws []word, a int) bool {
	for k := a; k >= 1 && a-k < 4; k-- {
		w := ws[k]
		switch {
		case w.text == "as":
			return k < a
		case w.text == "having" || w.text == "being":
		case !isWordStart(w.text) || w.is(cSubordinator) || w.is(cCue) || w.is(cParticiple) || isAux(lw(w)) || verbLike(w):
			return false
		}
	}
	return false
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
		if n > 0 && (isAux(lw(ws[n-1])) && !strings.HasSuffix(l, "ing") && beForm(lw(ws[n-1])) || nounBefore[lw(ws[n-1])] && !infinitive(ws, n) && !openingGerund(ws, n)) {
			return -1, -1 // "was known as", "the proposed plan"
		}
		if roleVerbs[l] {
			return -1, -1
		}
		return n, from
	}
	return -1, -1
}

// infinitive reports a cue's base form after "to", as a purpose clause
// writes it: "took to Twitter to accuse the council of …" (not "to the
// proposed …", "in response to demands").
func infinitive(ws []word, n int) bool {
	l := ws[n].text
	return ws[n-1].text == "to" && ws[n].is(cCue) && !strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ing") && !strings.HasSuffix(l, "s")
}

// openingGerund reports a gerund right after the preposition that opens
// the sentence: "In declaring Smith's words as “…”, the pope …".
func openingGerund(ws []word, n int) bool {
	return n == 1 && isCap(ws[0].text) && ws[0].lowerIs(cPreposition) && strings.HasSuffix(ws[n].text, "ing")
}

// presentAfterSubject reports whether ws[n] is a present tense in -s
// right after its subject, a name, a pronoun or a singular source noun,
// past adverbs: "Trump openly admires Putin as …", "the page lists him as
// …".
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
	return subjectPronoun(h) || isCap(h) && !ws[p].is(cPreposition) && !articles[lw(ws[p])] ||
		isLowerWord(h) && !plural(h) && nounKind(h) != "" // "the group's page lists him as …"
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
