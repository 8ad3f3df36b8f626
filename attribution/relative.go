package attribution

// inRelativeClause reports whether the cue ws[ci] is the verb of a
// non-restrictive relative clause ("Barkley, who said he votes Democratic,
// said …", "the union, which endorsed Sanders, …"): "who" or "which" after a
// comma, at most two words (adverbs, "has") before the cue.
func inRelativeClause(ws []word, ci int) bool {
	for k := ci - 1; k >= 1 && k >= ci-3; k-- {
		if w := ws[k].text; w == "who" || w == "which" {
			return ws[k-1].text == ","
		}
	}
	return false
}

// relativeClauseEnd reports whether the comma ws[m] closes the relative
// clause of an inRelativeClause cue, so that the report ends there: the word
// after it is the main clause's verb ("…, said one candidate …", "…, left
// early", "…, is …").
func relativeClauseEnd(ws []word, m int) bool {
	return ws[m].text == "," && m+1 < len(ws) && mainVerbAt(ws, m+1)
}

// mainVerbAt reports whether ws[m], after the end of a relative clause,
// reads as the main clause's verb: an auxiliary, a past tense or a cue.
func mainVerbAt(ws []word, m int) bool {
	n := ws[m].text
	return isLowerWord(n) && (isAux(n) || pastTense(n) || irregularPast[n] || ws[m].is(cCue) && cueVerb(ws, m))
}

// relativeBetween reports whether a non-restrictive relative clause with a
// cue of its own stands between a speaker mention ending at mentionEnd and
// the main cue at cueStart: "Sanders, who on Tuesday endorsed Clinton, said
// …" reports the endorsement too, for the same speaker.
func relativeBetween(ws []word, mentionEnd, cueStart int) bool {
	for i := 1; i < len(ws) && ws[i].s < cueStart; i++ {
		if ws[i].s < mentionEnd || ws[i].text != "who" && ws[i].text != "which" || ws[i-1].text != "," {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+4 && ws[k].s < cueStart; k++ {
			if ws[k].is(cCue) && cueVerb(ws, k) {
				return true
			}
		}
	}
	return false
}
