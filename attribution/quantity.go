package attribution

import "strings"

// This file recognises the subjects of poll reports: a share of people
// ("85% of Democrats", "about three in 10 voters", "two-thirds",
// "majorities in all five states", "a mere 9 percent") before a verb of
// saying or a stance ("say", "said", "support").

// fractions name a share of a group.
var fractions = wordSet(`half halves third thirds quarter quarters fifth fifths tenth tenths percent
	majority majorities minority minorities plurality pluralities`)

// quantityLead may come before a share: "but about", "more than", "a mere",
// "only".
var quantityLead = wordSet(`and but yet so while whereas about around nearly almost roughly approximately over under only
	just fully some more less fewer than at least a an the mere estimated slightly barely`)

// shareWord reports a word that names a number or a share of people:
// "85", "three", "two-thirds", "percent", "majorities".
func shareWord(s string) bool {
	var buf [lowerBufLen]byte
	return shareLower(lowerIn(&buf, strings.TrimSuffix(s, "%")))
}

// shareLower is shareWord for a word in lower case with no "%" ("85",
// "two-thirds"): a word's lower-case form as it was read, with no copy.
func shareLower(s string) bool {
	c := classes().get(s) // numberWords[s] and fractions[s], by the cheaper table
	if isNumber(s) || c&cNumberWord != 0 && s != "another" || c&cFraction != 0 {
		return true
	}
	if i := strings.IndexByte(s, '-'); i > 0 {
		return (numberWords[s[:i]] || isNumber(s[:i])) && (fractions[s[i+1:]] || numberWords[s[i+1:]])
	}
	return false
}

// shareBefore reports whether the word before a stance cue names a share
// of people, making the cue a verb: "two-thirds support", "9 percent
// oppose", "majorities favor"; not a bare number: "five states".
func shareBefore(p string) bool {
	var buf [lowerBufLen]byte
	s := lowerIn(&buf, p)
	if i := strings.IndexByte(s, '-'); i > 0 {
		s = s[i+1:]
	}
	return fractions[s]
}

// quantitySubject reports the share of people that ws, the words before a
// cue, name, with the index of its first word: "About three in 10 voters",
// "85% of Democrats", "majorities in all five states", "Most Republican
// voters in Alabama". It returns -1 when ws is no such phrase.
func quantitySubject(ws []word) int {
	i := 0
	for i < len(ws) && ws[i].lowerIs(cQuantityLead) && !shareLower(ws[i].lower) {
		i++
	}
	if i >= len(ws) || !(shareLower(ws[i].lower) || lw(ws[i]) == "most") || len(ws)-i > 9 {
		return -1
	}
	// the lead words kept in the mention: "about", "more than", not "but"
	from := i
	for from > 0 && !ws[from-1].lowerIs(cSubordinator) {
		from--
	}
	for _, w := range ws[i+1:] {
		s := lw(w)
		if w.text == "," || w.text == "(" || isLowerWord(w.text) && auxWord(&w) || w.lowerIs(cSubordinator) && s != "than" && s != "and" ||
			isParticiple(w.text) && s != "surveyed" && s != "polled" && s != "asked" && s != "questioned" && s != "interviewed" {
			return -1
		}
		if w.is(cPronoun) { // pronouns[w.text] != ""
			return -1
		}
	}
	return from
}
