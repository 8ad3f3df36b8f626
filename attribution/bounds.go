package attribution

import (
	"math"
	"strings"
)

// This file holds rules for where a reported clause that carries a
// quotation ends, when the words after the quotation are the writer's.

// asideAfterQuote reports whether ws[m], the first word after a quotation
// whose comma sits inside its closing mark, opens the writer's aside rather
// than going on with the report: a relative or concessive clause ("… called
// him “well qualified,” which is its highest rating"), a summing-up noun
// phrase ("… the “Charleston loophole,” a flaw in the system") or a
// contrast ("… are “about right,” though voters …"). An aside followed by
// another quotation before the clause end ce (the first of later, the
// sentence's spans after the quotation) may be the report going on, and
// is not cut.
func asideAfterQuote(ws []word, m int, later []span, ce int) bool {
	if len(later) > 0 && later[0].open < ce {
		return false
	}
	switch ws[m].text {
	case "which", "though", "although", "while", "whereas":
		return true
	case "but", "and":
		return m+1 < len(ws) && subjectPronoun(ws[m+1].text) // "… “jobs, jobs, jobs,” but he has …"
	}
	return m > 0 && summaryAppositive(ws, m-1) || writerAppositive(ws, m) && !speechVerbWithin(ws, m, ce)
}

// speechVerbWithin reports whether a reporting verb stands among the sixteen
// words from ws[m] on before ce: the noun phrase after a quotation is then
// the subject of a report of its own ("… “provider,” a study by a
// sociologist, Ann Lee, concluded").
func speechVerbWithin(ws []word, m, ce int) bool {
	for n := m; n < len(ws) && n < m+16 && ws[n].s < ce; n++ {
		if ws[n].is(cCue) && !ws[n].is(cObjectCue) && cueVerb(ws, n) {
			return true
		}
	}
	return false
}

// writerAppositive reports whether ws[m], right after a quotation and its
// comma, opens the writer's noun phrase about what was quoted: an article
// or "another", at most three lower-case words and then a preposition, a
// relative word or a past participle ("the “Charleston loophole,” a flaw in
// the system", "called the remarks “racist,” an extraordinary indictment
// that …", "the words “radical Islam,” another moment seized upon …"), or
// a preposition and "which" ("the loophole called an “inversion,” in which
// a company …").
func writerAppositive(ws []word, m int) bool {
	if m+1 >= len(ws) {
		return false
	}
	switch ws[m].text {
	case "a", "an", "another":
	default:
		return ws[m].is(cPreposition) && (ws[m+1].text == "which" || ws[m+1].text == "whom")
	}
	for n := m + 2; n < len(ws) && n <= m+4; n++ {
		w := ws[n].text
		if !isLowerWord(ws[n-1].text) || ws[n-1].is(cReportJoin) {
			return false // a name, or a list going on: "a “cheat,” a liar and …"
		}
		switch {
		case w == "that" || w == "which" || w == "who" || ws[n].is(cPreposition) && w != "as",
			isLowerWord(w) && pastForm(w):
			return true
		}
	}
	return false
}

// serialList reports whether the comma ws[m] before "and" ends the last
// but one item of a list ("with Chinese, Japanese, and South Korean
// officials"): the words since the comma before it, no earlier than
// ws[first], are one or two and hold no verb.
func serialList(ws []word, first, m int) bool {
	for p := m - 1; p >= first && m-p <= 3; p-- {
		if ws[p].text == "," {
			return m-p > 1 && p > first && !hasVerb(ws[p+1:m])
		}
	}
	return false
}

// finiteReportAfter returns where a participle's report that runs from
// ws[from] to ce ends: before "and" and a finite verb of speech ("…,
// declaring it “another super Tuesday” and said it was …"), which reports
// for the subject again, before "and" or "but" and another participle of
// speech ("saying she's experienced “on paper” but suggesting …"), and
// at a comma before the writer's summing-up ("…, a swipe at …"); "then",
// "also" or an adverb may stand before the second verb (secondVerbAfter).
func finiteReportAfter(ws []word, from, ce int) int {
	for m := from; m+1 < len(ws) && ws[m+1].s < ce; m++ {
		switch {
		case ws[m].text == "and" && ws[m+1].is(cSpeechVerb) && pastTense(ws[m+1].text),
			(ws[m].text == "and" || ws[m].text == "but") && ws[m+1].is(cParticiple) && m > from,
			ws[m].text == "," && summaryAppositive(ws, m),
			m > from && secondVerbAfter(ws, m):
			return ws[m].s
		}
	}
	return ce
}

// dropConjunction returns the end of the content t[cs:ce] without a last
// word "and" or "but", which joined it to the cue after it ("…, declaring
// it “a great day” and said …"), and the space and marks before it.
func dropConjunction(t string, cs, ce int) int {
	if ce <= cs {
		return ce
	}
	c := t[cs:ce]
	if strings.HasSuffix(c, " and") || strings.HasSuffix(c, " but") {
		_, ce = trimSpan(t, cs, ce-4)
	}
	return ce
}

// quotedAfterWhat returns where the content of a relative head's report
// ("what former employees have called a “fraudulent scheme”", "what he
// acknowledged as a news conference-ending “rant”") ends when the head
// t[cs:] is one of relativeHeads and a quotation opens within four words
// after the cue (whose words end before ws[after]) and before e: the cue's
// object, up to the quotation's end, is part of the report; -1 otherwise.
func quotedAfterWhat(ws []word, spans []span, cs, after, e int) int {
	if after >= len(ws) {
		return -1
	}
	b := 0
	for b < len(ws) && ws[b].s < cs {
		b++
	}
	if b >= len(ws) || ws[b].s != cs || !ws[b].lowerIs(cRelativeHead) {
		return -1
	}
	limit := e
	if after+4 < len(ws) {
		limit = ws[after+4].s
	}
	for _, sp := range spans {
		if sp.open >= ws[after-1].e && sp.open < limit && sp.words > 0 {
			return sp.close
		}
	}
	return -1
}

// adjunctComma returns the index of the comma that closes a short adjunct
// of time or place opening at ws[i] ("said Tuesday in Paris, noting …"),
// or -1: at most six words, no verb among them.
func adjunctComma(ws []word, i int) int {
	if i >= len(ws) || !adjunctStart(ws, i) {
		return -1
	}
	for m := i + 1; m < len(ws) && m-i <= 6; m++ {
		if ws[m].text == "," {
			if hasVerb(ws[i:m]) {
				return -1
			}
			return m
		}
	}
	return -1
}

// clauseOpeners open a subordinate clause whose subject may be a cue's
// speaker: "when Cruz knocked Rubio and called him …". They are the
// lower-case openers (extract.go) but for "as", "unless" and "whereas".
var clauseOpeners = wordSet(`when after before while because since once until if although though`)

// subordinateSubject returns the noun phrase after the last clause opener
// of seg, the words from a comma to "and" and a cue, when it leads a verb
// phrase ("when Cruz knocked Rubio on trade and"): the subject of both
// verbs. It returns nil when no opener stands in seg past its first word.
func subordinateSubject(seg []word) []word {
	for i := len(seg) - 3; i >= 1; i-- {
		if clauseOpeners[lw(seg[i])] {
			if np := leadingNP(seg[i+1:]); len(np) > 0 && len(np) < len(seg)-i-2 && isCap(np[0].text) {
				return np
			}
			return nil
		}
	}
	return nil
}

// reportEnd returns where the first indirect or mixed content of out ends,
// math.MaxInt when there is none. The direct quotes after it are
// quotations the clause after the report may hold as its own ("said Trump
// is responsible … and accused him of “inciting violent behavior …”"), so
// nested reads that clause when it is no longer than maxNestedTail bytes
// (a bound that keeps the reading linear in a sentence with no end).
func reportEnd(out []Quote) int {
	end := math.MaxInt
	for i := range out { // (by index: a Quote is large to copy)
		if out[i].Type != Direct {
			end = min(end, out[i].End)
		}
	}
	return end
}

const maxNestedTail = 600

// dropCovered appends the nested quotes more to out, leaving out the
// direct quotes of out that a nested mixed content holds (the quotation is
// then that content's: "accused him of “…”") and the nested direct quotes
// that overlap a quote of out (the same quotation, found again).
func dropCovered(out, more []Quote) []Quote {
	if len(out)*len(more) > 64 {
		return append(out, more...) // a sentence with no end: no quadratic search
	}
	kept := out[:0]
	for _, c := range out {
		covered := false
		for i := range more {
			m := &more[i]
			covered = covered || c.Type == Direct && m.Type == Mixed && m.Start <= c.Start && m.End >= c.End
		}
		if !covered {
			kept = append(kept, c)
		}
	}
	n := len(kept)
	for _, m := range more {
		again := false
		for i := range kept[:n] {
			c := &kept[i]
			again = again || m.Type == Direct && m.Start < c.End && m.End > c.Start
		}
		if !again {
			kept = append(kept, m)
		}
	}
	return kept
}

// relativeAside returns, when seg (the words between two commas before a
// cue) is a relative clause ("which works to alleviate poverty") and a
// comma ws[k3] opens the description before it, the index of the comma
// before that description (-1 at the sentence start), or -2.
func relativeAside(ws, seg []word, k3 int) int {
	if len(seg) == 0 || k3 < 0 || !relativeWords[lw(seg[0])] {
		return -2
	}
	k4 := k3 - 1
	for k4 >= 0 && ws[k4].text != "," {
		k4--
	}
	return k4
}

// pairedDash reports whether the dash at t[at:] (see dashAside), after a
// quotation in the clause t[cs:ce], is one of a pair around an aside in the
// clause's subject, which a verb after the pair goes on with: it closes
// one opened after cs ("that abortion – what her business calls
// “reproductive healthcare” – is “central” to …") or another closes it
// before ce ("that Clinton's call to “make America whole again” — itself
// a rebuttal … — was an inferior slogan"). Only maxDashGap bytes either
// side are looked at.
func pairedDash(t string, cs, at, ce int) bool {
	if dashes(t[max(cs, at-maxDashGap):at])%2 == 1 {
		return verbAfterDash(t, at, ce)
	}
	for j := at + 2; j < min(ce, at+maxDashGap); j++ {
		if t[j] == ' ' && dashAside(t, j) {
			return verbAfterDash(t, j, ce)
		}
	}
	return false
}

// verbAfterDash reports whether the first word after the dash at t[at:]
// and before ce is a verb of the clause: an auxiliary, a form of "be" or a
// past tense ("… – is “central”", "… — was an inferior slogan").
func verbAfterDash(t string, at, ce int) bool {
	i := at + 1
	for i < ce && t[i] != ' ' {
		i++ // the dash
	}
	for i < ce && t[i] == ' ' {
		i++
	}
	j := i
	for j < ce && isWordByte(t[j]) {
		j++
	}
	w := t[i:j]
	return w != "" && isLowerWord(w) && (isAux(w) || beForm(w) || len(w) > 3 && strings.HasSuffix(w, "ed"))
}

const maxDashGap = 300

// dashes counts the spaced dashes of s (see dashAside).
func dashes(s string) int {
	n := 0
	for j := 0; j < len(s); j++ {
		if s[j] == ' ' && dashAside(s, j) {
			n++
		}
	}
	return n
}

// newClauseAfterQuote reports whether "and" or "but" at ws[m], right after
// a quotation, opens a new clause with a pronoun subject and a past tense
// ("decried the “spin masters …,” and he foreshadowed the theme …"): the
// writer's narration goes on, not the report.
func newClauseAfterQuote(t string, ws []word, m int) bool {
	if m < 1 || m+2 >= len(ws) || !subjectPronoun(ws[m+1].text) || !quoteBetween(t, ws[m-1].e, ws[m].s) {
		return false
	}
	w := ws[m+2].text
	return isLowerWord(w) && pastForm(w)
}

// pastForm reports a past form of any verb: a word of four letters or more
// in -ed, or one of irregularPast ("penned", "went").
func pastForm(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "ed") || irregularPast[w]
}

// whileAfterQuote reports whether "while" at ws[m], right after a
// quotation, opens the writer's circumstance: a participle or a new
// subject with a past tense follows ("referred to immigrants as
// “criminals” while calling to erect a wall").
func whileAfterQuote(t string, ws []word, m int) bool {
	if m < 1 || m+1 >= len(ws) || !quoteBetween(t, ws[m-1].e, ws[m].s) {
		return false
	}
	n := ws[m+1]
	if n.is(cParticiple) || isParticiple(n.text) && strings.HasSuffix(n.text, "ing") {
		return true
	}
	if !isCap(n.text) && !subjectPronoun(n.text) && !n.lowerIs(cDeterminer) {
		return false
	}
	// a subject: the writer's when its verb is in the past ("while Fiorina
	// and other leaders penned …"), the report's contrast when in the
	// present ("… “a total lightweight” while Ted Cruz is “a liar”")
	for _, w := range ws[m+2 : min(len(ws), m+8)] {
		if !isLowerWord(w.text) {
			continue
		}
		if isAux(w.text) {
			return false
		}
		if pastForm(w.text) {
			return true
		}
	}
	return false
}

// asAfterQuote reports whether "as" at ws[m], right after a quotation,
// opens the writer's circumstance: a pronoun subject and a verb that is no
// cue follow ("says he's “excited where we stand” as he faces a test").
func asAfterQuote(t string, ws []word, m int) bool {
	return m >= 1 && m+2 < len(ws) && quoteBetween(t, ws[m-1].e, ws[m].s) && subjectPronoun(ws[m+1].text) &&
		isLowerWord(ws[m+2].text) && !ws[m+2].is(cCue) && ws[m+2].text != "put"
}

// quoteCommaBefore returns the close of the first quotation in t[cs:ce]
// whose comma sits inside its closing mark, ce when there is none: a
// report that ends at the first comma ends there too. A quotation that
// another one follows within three words is a list's item ("says he
// “loves China,” and “people from China love me,”"): the list goes on.
func quoteCommaBefore(t string, spans []span, cs, ce int) int {
	for i, sp := range spans {
		if sp.open < cs || sp.close >= ce || sp.close == sp.open || t[sp.close-1] != ',' {
			continue
		}
		if i+1 < len(spans) && spans[i+1].open < ce && countWords(t[sp.close:spans[i+1].open]) <= 3 {
			continue
		}
		return sp.close
	}
	return ce
}

// subjectAfterComma reports whether the last comma among ws[from:ci]
// stands before the subject of the cue ws[ci] rather than right before
// the cue: the clause before it is closed ("When asked by a reporter …,
// Smith said …"), unlike an appositive's ("When the director, Ann Lee,
// said …").
func subjectAfterComma(ws []word, from, ci int) bool {
	for k := ci - 1; k >= from; k-- {
		if ws[k].text == "," {
			return k < ci-1
		}
	}
	return false
}

// dashedAside reports whether a spaced dash before ws[m], inside the
// reported clause t[cs:ce], opens the writer's words rather than the
// report's: a new clause with a pronoun subject after "and" or "but"
// ("… will help “up-skill” workers — and he makes sure …") or the
// writer's noun phrase ("… was “encouraged” by the plan — a modest boost
// for the president", not after an object cue's object, which objectEnd
// bounds), when no other dash near it pairs with it around
// an aside of the clause ("that the majority — a bare majority — know
// better").
func dashedAside(t string, ws []word, m, cs, ce int, obj bool) bool {
	at := ws[m-1].e
	if !dashAside(t, at) {
		return false
	}
	if (ws[m].text == "and" || ws[m].text == "but") && m+1 < len(ws) && subjectPronoun(ws[m+1].text) {
		return true
	}
	return !obj && (summaryAppositive(ws, m-1) || writerAppositive(ws, m)) && dashes(t[max(cs, at-maxDashGap):min(ce, at+maxDashGap)]) == 1 && !speechVerbWithin(ws, m, ce)
}

// secondVerbAfter reports whether "and" or "but" at ws[m] joins a second
// verb of report to a participle's: a participle of speech or a past
// tense of a cue after it, past "then", "also" and adverbs ("calling her
// a “witness,” and then tweeted that …", "saying she is qualified “on
// paper” but suggesting …", "mocking his “Mission Accomplished” moment and
// pointedly saying …").
func secondVerbAfter(ws []word, m int) bool {
	if ws[m].text != "and" && ws[m].text != "but" {
		return false
	}
	n := m + 1
	for n < len(ws) && n < m+3 && (ws[n].text == "then" || ws[n].text == "also" || isAdverb(ws[n].text)) {
		n++
	}
	if n >= len(ws) {
		return false
	}
	w := ws[n]
	return w.is(cParticiple) || w.is(cCue) && !w.is(cObjectCue) && pastForm(w.text) && cueVerb(ws, n)
}

// splitQuoted reports whether a report split by its attribution
// (splitReport: the first part ends at the comma ws[k], the words after
// the cue start at ws[after]) holds quotations as one report does: the
// first part holds no subordinate clause and opens no prepositional or
// participial phrase ("When asked why …, Smith said, “…”", "Soon after
// the vote, Smith wrote …", "At one point, Smith tweeted, …")
// and no time expression ("Six months ago, Smith said, …"), and no quotation opens between the cue and the comma that
// leads to the second part (the quotation right after "said," is the
// report, and its words are no part of ws).
func splitQuoted(ws []word, spans []span, k, after int) bool {
	f := ws[0]
	if f.lowerIs(cPreposition) || f.lowerIs(cAskCue) || isCap(f.text) && isParticiple(lw(f)) || timeRun(ws[:k], 0) > 0 || ws[k-1].text == "ago" {
		return false
	}
	for _, w := range ws[:k] {
		if w.lowerIs(cOpener) {
			return false // "Soon after the vote, Smith wrote …"
		}
	}
	m := after
	for m < len(ws) && ws[m].text != "," {
		m++
	}
	if m >= len(ws) {
		return false
	}
	for _, sp := range spans {
		if sp.open >= ws[after-1].e && sp.open < ws[m].s {
			return false
		}
	}
	return true
}

// secondPredicate reports whether the comma ws[m] inside a reported clause
// that ends at ce opens a second verb phrase of the cue's subject: a past
// tense of a cue, lower case, right after it, and no comma after it
// before ce ("… suggested her tone was harsh, called her “third-rate” and
// boycotted the debate"), when the words of the clause before the comma,
// from ws[first], have a verb of their own: else the comma closes an
// appositive of the clause's subject ("said his partner, a painter, wrote
// the songs"). A participle set off by commas ("the plan, called “Harbour
// First,” failed") is no such verb.
func secondPredicate(ws []word, first, m, ce int) bool {
	if m+2 >= len(ws) || !hasVerb(ws[first:m]) || !ws[m+1].is(cCue) || !isLowerWord(ws[m+1].text) || !pastForm(ws[m+1].text) || !cueVerb(ws, m+1) {
		return false
	}
	for n := m + 2; n+1 < len(ws) && ws[n+1].s < ce; n++ {
		if ws[n].text == "," {
			return false
		}
	}
	return true
}

// namingParticiple returns the bounds of a noun phrase named by a
// participle and the quotation right after it ("set up a website called
// “Cape Breton If Trump Wins” that …", "in the spot titled “Dangerous,”"),
// when the cue ws[ci] is such a participle: a past form of a naming verb
// after a noun, whose determiner, at most five words back, follows a
// lower-case word that is no conjunction, opener or relative word (the
// noun phrase is an object, not the cue's subject: "The mayor called
// “…”", "… and the mayor called “…”"), and a quotation opens right after the cue or
// its article. It returns -1, -1 otherwise.
func namingParticiple(t string, ws []word, spans []span, ci int) (int, int) {
	c := ws[ci]
	if ci < 2 || !namingCues[c.text] && c.text != "titled" && c.text != "named" || !pastForm(c.text) {
		return -1, -1
	}
	p := ws[ci-1]
	if !isLowerWord(p.text) || p.lowerIs(cDeterminer|cPreposition) || isAux(p.text) || isAdverb(p.text) || verbLike(p) || p.is(cPronoun) {
		return -1, -1
	}
	d := -1
	for k := ci - 1; k >= 1 && ci-k <= 5; k-- {
		w := ws[k]
		if w.text == "," || w.is(cCue) || isAux(w.text) || w.is(cPronoun) {
			return -1, -1
		}
		if w.lowerIs(cDeterminer) {
			d = k
			break
		}
	}
	if d < 1 {
		return -1, -1
	}
	if b := ws[d-1]; !isLowerWord(b.text) || b.is(cReportJoin) || b.lowerIs(cOpener) || b.text == "or" || relativeWords[b.text] {
		return -1, -1
	}
	from := c.e
	if ci+1 < len(ws) && ws[ci+1].is(cArticle) {
		from = ws[ci+1].e
	}
	for _, sp := range spans {
		if sp.open >= c.e && sp.words > 0 {
			if strings.Trim(t[from:sp.open], " “‘\"'") != "" {
				return -1, -1
			}
			return ws[d].s, sp.close
		}
	}
	return -1, -1
}

// consequenceAt reports whether ws[m], right after a quotation and its
// comma, is a participle in -ing of no reporting verb, which opens the
// writer's account of what the words led to ("Kelly was “incognito,”
// sparking a storm of speculation").
func consequenceAt(ws []word, m int) bool {
	w := ws[m].text
	return isLowerWord(w) && strings.HasSuffix(w, "ing") && isParticiple(w) && !ws[m].is(cCue) && !ws[m].is(cParticiple)
}

// quoteConsequence returns the close of the first quotation in t[cs:ce]
// that ends with its comma before a consequence (consequenceAt), ce when
// there is none.
func quoteConsequence(t string, ws []word, spans []span, cs, ce int) int {
	for _, sp := range spans {
		if sp.open < cs || sp.close >= ce || sp.close == sp.open || t[sp.close-1] != ',' {
			continue
		}
		if m := wordFrom(ws, 0, sp.close); m < len(ws) && ws[m].s < ce && consequenceAt(ws, m) {
			return sp.close
		}
	}
	return ce
}

// mainClauseComma returns where the comma after which the main clause
// starts stands, among the words from ws[from] in cs..ce, or -1: the
// first comma followed by a subject (no verb, preposition, relative word
// or "that") and then, before the next comma, a verb ("Asked whether Lee,
// the mayor, who quit, would run, Smith demurred" ends before ", Smith").
func mainClauseComma(ws []word, from, cs, ce int) int {
	for m := from; m+1 < len(ws) && ws[m+1].s < ce; m++ {
		if ws[m].text != "," || ws[m].s <= cs {
			continue
		}
		f := ws[m+1]
		if f.is(cPreposition) || f.lowerIs(cPreposition) || relativeWords[lw(f)] || lw(f) == "that" || isAux(lw(f)) || verbLike(f) || f.is(cParticiple) {
			continue
		}
		n := m + 2
		for n < len(ws) && ws[n].s < ce && ws[n].text != "," {
			n++
		}
		if hasVerb(ws[m+1 : n]) {
			return ws[m].s
		}
	}
	return -1
}

// pronounOpens reports whether s opens with a capitalised subject pronoun
// and a space: "He says …", "They were …".
func pronounOpens(s string) bool {
	for _, p := range [...]string{"He ", "She ", "They ", "We ", "It ", "I "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// lastConjunct returns where a report fronted before its cue (t[cs:ce])
// starts when it joins clauses with "and" or "but" and only the last,
// with a subject of its own led by a determiner, holds the quotation:
// after the conjunction ("They ranked their choices, and the group is
// less likely to be “overrun,” Hoover said" reports the group's chances).
// A pronoun subject goes on with the first clause's topic ("The plan
// angered many, and it has used “velvet gloves” …, said Lee"). Else cs.
func lastConjunct(t string, ws []word, spans []span, cs, ce int) int {
	at := cs
	for m := 1; m+1 < len(ws) && ws[m+1].e <= ce; m++ {
		if ws[m].s < cs || ws[m].text != "and" && ws[m].text != "but" {
			continue
		}
		n := ws[m+1]
		if !n.lowerIs(cDeterminer) || spanOpens(spans, cs, ws[m].s) {
			continue
		}
		if hasVerb(ws[wordFrom(ws, 0, cs):m]) {
			at = n.s
		}
	}
	if at > cs && !spanOpens(spans, at, ce) {
		return cs
	}
	return at
}

// spanOpens reports whether a quotation with words opens in t[from:to].
func spanOpens(spans []span, from, to int) bool {
	for _, sp := range spans {
		if sp.open >= from && sp.open < to && sp.words > 0 {
			return true
		}
	}
	return false
}

// frontPhraseReport reports whether the cue ws[ci] stands in a phrase that
// opens the sentence before its main clause: a preposition first ("For
// someone who conceded that …", "Despite her claim that …", "Contrary to
// his claim that …") and no comma before the cue, which would have closed
// the phrase ("For years, Lee said …").
func frontPhraseReport(ws []word, ci int) bool {
	if ci < 2 || !ws[0].lowerIs(cPreposition) && !(ws[1].text == "to" && twoWordPrepositions[ws[0].text]) {
		return false
	}
	for _, w := range ws[1:ci] {
		if w.text == "," || w.text == ";" || w.text == ":" {
			return false
		}
	}
	return true
}

// twoWordPrepositions open a preposition with "to" ("Contrary to …").
var twoWordPrepositions = map[string]bool{"Contrary": true, "Thanks": true, "Due": true, "Prior": true}

// mainClauseAt reports whether the words from ws[m] on, before ce, open a
// clause of their own: a subject, at most eight words with no comma, and a
// finite verb ("…,” there would be …", "…,” Ann Lee had a good night",
// "…,” one of her aides said …").
func mainClauseAt(ws []word, m, ce int) bool {
	if m >= len(ws) || ws[m].s >= ce {
		return false
	}
	f := ws[m]
	if l := lw(f); l == "there" || subjectPronoun(l) && l != "it" {
		return m+1 < len(ws) && mainVerbAt(ws, m+1)
	}
	if !f.is(cCapital) && !f.lowerIs(cDeterminer) && !numberWords[lw(f)] {
		return false
	}
	for n := m + 1; n < len(ws) && n <= m+8 && ws[n].s < ce; n++ {
		w := ws[n]
		if w.text == "," || w.text == ";" || relativeWords[w.text] || w.text == "that" {
			return false
		}
		if mainVerbAt(ws, n) {
			return true
		}
	}
	return false
}

// adjunctOpens reports whether the reported clause from ws[j] (after its
// "that") opens with an adjunct, a preposition or a subordinate clause
// ("that by refusing to say “…,” Democrats are …"): the clause after the
// adjunct's quotation is then the report's own.
func adjunctOpens(ws []word, j int) bool {
	if j < len(ws) && ws[j].text == "that" {
		j++
	}
	return j < len(ws) && (ws[j].lowerIs(cPreposition) || ws[j].lowerIs(cOpener))
}
