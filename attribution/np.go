package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file decides whether the words found where a speaker should be form a
// noun phrase (a name, a title and a name, an organisation, a group, a
// pronoun or a description such as "the finance minister"), and trims them
// to it. Temporal and adverbial phrases ("on Monday", "for months"), verb
// phrases and sentence fragments are not speakers.

const (
	weekdayNames = "monday tuesday wednesday thursday friday saturday sunday"
	monthNames   = "january february march april may june july august september october november december"
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

var (
	determiners = wordSet(`the a an this that these those its their his her our my your some many several
	both all each every any no other another such most few various numerous certain`)
	prepositions = wordSet(`of for at in on by with from to into about after before during since under over
	against among between through without within across despite like near per via amid toward towards upon
	following throughout beyond behind beside besides onto off out up down around until till unlike`)
	// subordinators and relatives start a new clause: the subject follows them
	subordinators = wordSet(`who whom whose which that when where while whereas as because if though although
	unless until once whether than so but yet and or nor then however meanwhile also even still now instead after before`)
	auxiliaries = wordSet(`is are was were be been being am has have had having do does did will would shall
	should can could may might must isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't
	won't wouldn't can't cannot couldn't shouldn't mustn't not never`)
	adverbs = wordSet(`also still now then later earlier previously again already once repeatedly reportedly
	recently further too even just often never not only soon meanwhile however instead though yet ago today
	yesterday tonight here there first last long since separately similarly additionally moreover notably
	indeed finally initially ultimately nonetheless nevertheless furthermore subsequently afterwards
	elsewhere together alone privately publicly openly quickly`)
	// lower-case words ending in -ly that are nouns, not adverbs
	lyNouns = wordSet(`family ally assembly rally supply monopoly anomaly reply fly belly bully jelly italy
	july emily kelly holly sally molly lily billy`)
	timeWords = wordSet(weekdayNames + " " + monthNames + ` jan feb mar apr jun jul aug sep sept oct nov dec
	today yesterday tonight tomorrow week weeks month months year years day days decade decades hour hours
	minute minutes morning afternoon evening night weekend last this next past recent earlier later time
	times moment spring summer autumn fall winter season the a an early late several few many recently
	ago meanwhile once`)
	weekdays = wordSet(weekdayNames)
	calendar = wordSet(weekdayNames + " " + monthNames)
	// speakerNouns are the heads of descriptions that can name a source
	// (singular; plurals are derived): people, roles, organisations, media
	// and documents that speak.
	personNouns = wordSet(`leader president minister spokesman spokeswoman spokesperson official expert analyst
	source critic observer diplomat resident witness researcher economist lawmaker senator governor mayor
	secretary ambassador adviser advisor aide director chief executive chairman chairwoman chair professor
	scientist lawyer attorney prosecutor judge general commander officer soldier nominee candidate member
	representative congressman congresswoman politician activist voter supporter opponent campaigner
	strategist historian author writer reporter correspondent journalist editor columnist commentator
	doctor student teacher worker employee manager founder owner investor trader banker consultant host
	pastor priest king queen prince princess premier chancellor envoy negotiator investigator agent detective
	sheriff deputy father mother son daughter wife husband brother sister friend neighbor neighbour man woman
	person people parent victim survivor protester demonstrator defector specialist counsel partner colleague
	insider staffer delegate speaker whip administrator head boss fellow scholar academic physician
	engineer farmer resident citizen official planner regulator auditor inspector monitor pollster
	commissioner coordinator surrogate defender proponent advocate backer ally rival foe detractor skeptic
	sceptic veteran parent nurse officer trooper marine pilot driver owner tenant landlord shopper consumer
	customer patient survivor refugee migrant immigrant mother wife ex-wife husband widow relative cousin
	uncle aunt grandmother grandfather nephew niece child kid teen teenager youth fan viewer reader listener
	audience crowd public electorate respondent participant attendee organizer organiser lobbyist donor
	contributor official diplomat star celebrity`)
	orgNouns = wordSet(`ministry government agency administration department office committee council court
	company firm bank campaign party union board military army navy police media newspaper paper network
	broadcaster channel embassy parliament senate congress assembly commission center centre institute
	university foundation group organisation organization association alliance coalition team club league
	federation authority authorities regime kremlin cabinet presidency service bureau station outlet magazine
	journal website publication corporation studio lab laboratory school college hospital church city county
	country nation side camp delegation command forces guard staff chiefs state tribunal prosecutors
	secretariat headquarters watchdog regulator operator manufacturer maker carrier airline insurer lender
	retailer exchange fund charity museum newsroom white-house pentagon force community industry
	caucus panel jury majority opposition establishment`)
	documentNouns = wordSet(`report statement study poll survey filing complaint lawsuit letter memo document
	release readout communique ruling verdict indictment analysis assessment review estimate forecast
	editorial announcement notice post tweet data statistics figures account record records submission
	testimony transcript interview research findings results projection protocol paper papers summary
	story suit analyses website blog article ad ads advert advertisement commercial message email e-mail
	column op-ed documents page`)
	// quantifierNouns stand for people on their own: "others say", "most agreed"
	quantifierNouns = wordSet(`others some many most all several few both everyone everybody nobody none
	anyone someone somebody one percent majority minority half third quarter`)
)

// lw is the lower-case text of a word.
func lw(w word) string { return w.lower }

// singular strips a regular plural ending.
func singular(s string) string {
	switch {
	case s == "people" || s == "police" || s == "media" || s == "staff" || s == "chiefs" || s == "forces" || s == "authorities":
		return s
	case strings.HasSuffix(s, "men"):
		return s[:len(s)-3] + "man"
	case strings.HasSuffix(s, "women"):
		return s[:len(s)-5] + "woman"
	case strings.HasSuffix(s, "ies") && len(s) > 4:
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "sses") || strings.HasSuffix(s, "shes") || strings.HasSuffix(s, "ches"):
		return s[:len(s)-2]
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") && len(s) > 3:
		return s[:len(s)-1]
	}
	return s
}

// plural reports whether a head noun is plural.
func plural(s string) bool {
	var buf [lowerBufLen]byte
	s = lowerIn(&buf, s)
	if s == "people" || s == "police" || s == "authorities" || s == "forces" || s == "chiefs" {
		return true
	}
	return singular(s) != s && !strings.HasSuffix(s, "ss") && s != "media" && s != "staff"
}

// nounKind says which kind of source a common noun heads, or "" when it is
// not a noun that can name a source ("visit", "photographs").
func nounKind(s string) SpeakerKind {
	lowerCase := isLowerWord(s)
	var buf [lowerBufLen]byte
	s = strings.TrimSuffix(strings.TrimSuffix(lowerIn(&buf, s), "'s"), "’s")
	one := singular(s)
	cs, cone := classes().get(s), classes().get(one) // two lookups for the five sets below
	switch {
	case s == "people" || s == "authorities" || s == "police":
		return Group
	case cone&cPersonNoun != 0:
		if plural(s) {
			return Group
		}
		return Person
	case (cs|cone)&cOrgNoun != 0:
		return Organisation
	case (cs|cone)&cDocumentNoun != 0:
		if plural(s) {
			return Group
		}
		return Organisation
	case cs&cQuantifierNoun != 0:
		if s == "someone" || s == "somebody" || s == "one" {
			return Person
		}
		return Group
	case !lowerCase:
		return ""
	case strings.HasSuffix(one, "man") && len(one) > 5 && cone&cNotAgentive == 0 || strings.HasSuffix(one, "person") && len(one) > 6:
		// "businessman", "congresswoman", "chairperson"
		if plural(s) {
			return Group
		}
		return Person
	case strings.Contains(s, "-"):
		// "ex-wife", "co-founder"
		return nounKind(s[strings.LastIndex(s, "-")+1:])
	case agentive(one):
		if plural(s) {
			return Group
		}
		return Person
	}
	return ""
}

// agentive reports a noun for a person by its ending: -er, -or, -ist, -ian,
// -ant, -ee ("commissioner", "investor", "lobbyist", "historian").
func agentive(s string) bool {
	if len(s) < 5 || classes().get(s)&cNotAgentive != 0 || !isLowerWord(s) { // notAgentive[s], by the cheaper table
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ee"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

var notAgentive = wordSet(`water number matter order letter power border summer winter center quarter chapter
	other either neither rather whether after later under over never ever however together further answer
	corner dinner paper filter shelter silver weather cover manner banner barrier character cancer computer
	computer offer chamber december november october september timber sweater proper tower flower
	floor door factor sector error color colour behavior behaviour favor favour labor labour mirror horror
	terror honor armor tumor vapor rumor major minor motor corridor interior exterior senior junior
	superior inferior prior anchor
	list fist wrist mist twist gist exist assist insist resist against
	plant grant want giant restaurant quadrant significant important relevant vacant constant instant
	pleasant elegant brilliant abundant dominant distant extant arrogant ignorant
	degree agree coffee knee three free tree glee guarantee jubilee german roman woman human`)

func isAdverb(s string) bool {
	c := classes().get(s) // adverbs[s] and lyNouns[s], by the cheaper table
	if c&cAdverb != 0 {
		return true
	}
	return strings.HasSuffix(s, "ly") && len(s) > 4 && c&cLyNoun == 0 && isLowerWord(s)
}

func isLowerWord(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return s[0]-'a' < 26 // unicode.IsLower's answer, inlined
	}
	return firstIs(s, unicode.IsLower)
}

// isAux reports auxiliaries, negations and contracted verbs ("didn't", "You'd").
func isAux(s string) bool {
	if !lowerASCII(s) { // most words are: they need no copy
		s = strings.ReplaceAll(strings.ToLower(s), "’", "'")
	}
	if classes().get(s)&cAuxiliary != 0 { // auxiliaries[s], by the cheaper table
		return true
	}
	return auxSuffix(s)
}

// auxWord is isAux(lw(w)) (and isAux(w.text)), told by the classes the
// word was read with: no look-up and no copy for a word in lower-case ASCII.
func auxWord(w *word) bool {
	if w.lcls&cPlainLower != 0 {
		return w.lcls&cAuxiliary != 0 // as below, for a word with no capital, byte beyond ASCII or apostrophe
	}
	s := w.lower
	quote := false // (lowerASCII's pass tells auxSuffix's first test too)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c-'A' < 26 {
			return isAux(s)
		} else if c == '\'' {
			quote = true
		}
	}
	return w.lcls&cAuxiliary != 0 || quote && auxSuffix(s)
}

// adverbWord is isAdverb(lw(w)), told by the classes the word was read with.
func adverbWord(w *word) bool {
	s := w.lower
	return w.lcls&cAdverb != 0 || strings.HasSuffix(s, "ly") && len(s) > 4 && w.lcls&cLyNoun == 0 && isLowerWord(s)
}

// auxSuffix reports a contracted verb or negation ending s, a word in
// lower case: "didn't", "you'd".
func auxSuffix(s string) bool {
	if strings.IndexByte(s, '\'') < 0 {
		return false // every suffix below has one
	}
	for _, suf := range []string{"n't", "'d", "'ll", "'ve", "'re", "'m"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// lowerASCII reports whether s is ASCII without capitals: its own lower
// case, with no ’ either.
func lowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c-'A' < 26 {
			return false
		}
	}
	return true
}

// isParticiple reports a lower-case -ing or -ed form ("having", "fueling",
// "scrutinized"), which starts a verb phrase rather than a noun phrase.
func isParticiple(s string) bool {
	if !isLowerWord(s) || len(s) < 5 {
		return false
	}
	if strings.HasSuffix(s, "ing") {
		switch s {
		case "king", "spring", "string", "thing", "wing", "ring", "evening", "morning", "meeting", "briefing",
			"building", "hearing", "ruling", "filing", "setting", "training", "funding", "polling", "wedding":
			return false
		}
		return true
	}
	if strings.HasSuffix(s, "ed") {
		switch s {
		case "red", "bed", "seed", "need", "speed", "creed", "greed", "breed", "shed", "hundred":
			return false
		}
		return true
	}
	return false
}

// gapBreaks reports whether the text between two words ends one phrase:
// a quotation between them, or anything but spaces and a few joiners.
func gapBreaks(t string, a, b *word) bool {
	g := t[a.e:b.s]
	k := 0
	for k < len(g) && (g[k] == ' ' || g[k] == '\t') {
		k++
	}
	if k == len(g) {
		return false // the usual gap, spaces or none: decided without Trim
	}
	g = strings.Trim(g, " \t")
	if len(g) > 3 {
		return true
	}
	for i := 0; i < len(g); {
		if w, _ := markAt(g, i); w > 0 {
			return true
		}
		r, w := utf8.DecodeRuneInString(g[i:])
		if r == '—' || r == '–' || r == '\n' || r == '!' || r == '?' {
			return true
		}
		i += w
	}
	return false
}

// timeRun returns how many words from ws[i] form a time expression
// ("Wednesday", "last week", "earlier this month", "2016").
func timeRun(ws []word, i int) int {
	n := 0
	for i+n < len(ws) {
		s := ws[i+n].lower
		if ws[i+n].lowerIs(cTimeWord) || isNumber(s) || s == "p.m" || s == "a.m" {
			n++
			continue
		}
		break
	}
	// a run of determiners alone is no time expression
	for n > 0 && ws[i+n-1].lowerIs(cDeterminer) {
		n--
	}
	return n
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	digit := false
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
		digit = digit || unicode.IsDigit(r)
	}
	return digit
}

// trimNP trims a candidate to the noun phrase it ends with (or, when
// leading, starts with): no quotation or clause boundary inside, no
// leading conjunction, adverb or temporal phrase, no trailing adverb,
// auxiliary or temporal phrase. passive reports a trailing form of "be"
// (the cue is then passive and the phrase is not its speaker).
func trimNP(t string, np []word, leading bool) (out []word, passive bool) {
	// a quotation or dash between words ends the phrase
	if leading {
		for i := 1; i < len(np); i++ {
			if gapBreaks(t, &np[i-1], &np[i]) {
				np = np[:i]
				break
			}
		}
	} else {
		for i := len(np) - 1; i > 0; i-- {
			if gapBreaks(t, &np[i-1], &np[i]) {
				np = np[i:]
				break
			}
		}
	}
	// parenthetical asides and party tags: "Rep. Ann Lee (D-Ohio)", "Ann Lee, D-Ohio,"
	for i := 0; i < len(np); i++ {
		if partyTag(np[i].text) {
			np = append(np[:i:i], np[i+1:]...)
			i--
			continue
		}
		if np[i].text == "(" {
			j := i + 1
			for j < len(np) && np[j].text != ")" {
				j++
			}
			if j < len(np) {
				np = append(np[:i:i], np[j+1:]...)
				i--
			}
		}
	}
	for changed := true; changed && len(np) > 0; {
		changed = false
		lastW := np[len(np)-1]
		last := lw(lastW)
		// a capitalised "Will" or "Jolly" inside a sentence is a name
		lower := isLowerWord(lastW.text) || sentenceInitial(t, lastW.s) && len(np) > 1
		switch {
		case lower && auxWord(&lastW):
			if last == "been" || last == "being" || last == "is" || last == "was" || last == "were" || last == "are" || last == "be" {
				passive = true
			}
			np, changed = np[:len(np)-1], true
		case lower && adverbWord(&lastW):
			np, changed = np[:len(np)-1], true
		case last == "(" || last == ")" || last == ",":
			np, changed = np[:len(np)-1], true
		default:
			// "on Wednesday", "last week", "on Tuesday night"
			for i := len(np) - 1; i >= 0; i-- {
				if n := timeRun(np, i); n > 0 && i+n == len(np) {
					j := i
					if j > 0 && np[j-1].lowerIs(cPreposition) {
						j--
					}
					if j > 0 && (j < i && (!isCap(np[i].text) || np[i].lowerIs(cCalendar)) || !isCap(np[i].text) || np[i].lowerIs(cWeekday)) {
						np, changed = np[:j], true
					}
					break
				}
				if !np[i].lowerIs(cTimeWord) && !isNumber(np[i].lower) {
					break
				}
			}
		}
	}
	// a clause boundary: the subject follows the last one
	if !leading {
		for i := len(np) - 1; i >= 0; i-- {
			s := np[i].lower
			if (isLowerWord(np[i].text) || sentenceInitial(t, np[i].s)) && (np[i].lowerIs(cSubordinator) || auxWord(&np[i])) || np[i].text == ":" || np[i].text == ";" {
				// "both X and Y", "X and its allies": a coordination, not a
				// boundary, unless a verb comes before ("passed and lawmakers")
				if (s == "and" || s == "or") && i > 0 && i+1 < len(np) {
					verb := false
					for _, w := range np[:i] {
						verb = verb || isParticiple(w.text)
					}
					if !verb {
						continue
					}
				}
				np = np[i+1:]
				break
			}
		}
	}
	// leading conjunctions, adverbs and temporal phrases
	for changed := true; changed && len(np) > 0; {
		changed = false
		s := np[0].lower
		switch {
		case s == "(" || s == ")" || s == ",":
			np, changed = np[1:], true
		case np[0].lowerIs(cSubordinator) && s != "that" && s != "both":
			np, changed = np[1:], true
		case adverbWord(&np[0]) && len(np) > 1:
			np, changed = np[1:], true
		case np[0].lowerIs(cPreposition) && len(np) > 1:
			if n := timeRun(np, 1); n > 0 && n+1 < len(np) {
				np, changed = np[1+n:], true
			}
		default:
			if n := timeRun(np, 0); n > 0 && n < len(np) && !(n == 1 && np[0].lowerIs(cDeterminer)) {
				np, changed = np[n:], true
			}
		}
	}
	return np, passive
}

// nounPhrase reports whether words (already trimmed) can be a speaker: not a
// preposition phrase, a verb phrase or a fragment ending in a function word.
func nounPhrase(np []word) bool {
	if len(np) == 0 || len(np) > 10 {
		return false
	}
	first, last := np[0].lower, np[len(np)-1].lower
	fw, lastw := np[0], np[len(np)-1] // their class bits stand for set lookups of first and last
	if fw.lowerIs(cPreposition) {
		return false
	}
	if isParticiple(np[0].text) {
		// "having earlier", "fueling": a verb phrase; "elected officials",
		// "striking workers": an adjective
		if len(np) == 1 {
			return false
		}
		if np[1].lowerIs(cDeterminer|cPreposition) || adverbWord(&np[1]) || np[1].lowerIs(cSubordinator) || auxWord(&np[1]) {
			return false
		}
		if _, ok := pronouns[np[1].text]; ok {
			return false
		}
	}
	if lastw.lowerIs(cDeterminer|cPreposition|cSubordinator) || last == "and" || last == "or" || last == "to" {
		if !lastw.lowerIs(cQuantifierNoun) {
			return false
		}
	}
	for i := range np {
		if w := &np[i]; isLowerWord(w.text) && auxWord(w) || w.text == ":" || w.text == ";" {
			return false
		}
	}
	if len(np) == 1 {
		if _, ok := pronouns[contracted(np[0].text)]; ok {
			return true
		}
		if isCap(np[0].text) {
			// a capitalised function word: "The", "To", "As", "This"
			if fw.lowerIs(cQuantifierNoun) {
				return true
			}
			return !fw.lowerIs(cDeterminer | cPreposition | cSubordinator | cAdverb)
		}
		return nounKind(first) != ""
	}
	if isCap(np[0].text) && len(np) == 2 && lw(np[1]) == "one" && fw.lowerIs(cDeterminer) {
		return true // "No one", "Every one"
	}
	// a participle right before the cue makes the cue a noun ("coincided with
	// reports", "scrutinized reports")
	if isParticiple(np[len(np)-1].text) {
		// "those surveyed", "a survey released": a reduced relative
		prev := lw(np[len(np)-2])
		return prev == "those" || (documentNouns[singular(prev)] || documentNouns[prev]) && isLowerWord(np[len(np)-2].text)
	}
	return true
}

// partyTag reports a party and state tag: "R-Ky", "D-N.Y", "I-Vt".
func partyTag(s string) bool {
	if len(s) < 3 || len(s) > 8 || s[1] != '-' || (s[0] != 'R' && s[0] != 'D' && s[0] != 'I') {
		return false
	}
	if s[2] < 'A' || s[2] > 'Z' {
		return false
	}
	for i := 3; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.') {
			return false
		}
	}
	return true
}
