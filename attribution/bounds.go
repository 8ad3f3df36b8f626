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
	return m > 0 && summaryAppositive(ws, m-1)
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
// at a comma before the writer's summing-up ("…, a swipe at …").
func finiteReportAfter(ws []word, from, ce int) int {
	for m := from; m+1 < len(ws) && ws[m+1].s < ce; m++ {
		switch {
		case ws[m].text == "and" && ws[m+1].is(cSpeechVerb) && pastTense(ws[m+1].text),
			(ws[m].text == "and" || ws[m].text == "but") && ws[m+1].is(cParticiple) && m > from,
			ws[m].text == "," && summaryAppositive(ws, m):
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
