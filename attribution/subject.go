package attribution

import "strings"

// This file looks further for a speaker when the words right before the cue
// are not a noun phrase: past an adverb or aside ("Ann Lee, the mayor,
// forcefully told …", "X, in particular, has criticized …"), to the
// antecedent of a relative pronoun ("…, who said"), to the subject of the
// clause for a participle or a coordinated verb ("…, having stressed …",
// "X bemoaned … and said"), or after the cue ("… , reported Reuters").

// subjectBefore names the speaker of q from the words ws[from:to] before the
// cue ws[ci], looking further when they are not a noun phrase. It reports
// whether the speaker was found after the cue (an inverted attribution).
func (st *state) subjectBefore(q *Quote, ws []word, from, to, ci int) (inverted bool) {
	if ci > 0 && ci < len(ws) && isLowerWord(ws[ci].text) {
		// "the states", "27 states", "two reports": the cue is a noun
		if p := lw(ws[ci-1]); ws[ci-1].lowerIs(cArticle) || isNumber(p) || ws[ci-1].lowerIs(cNumberWord) || strings.Contains(p, "-") && numberWords[p[:strings.Index(p, "-")]] {
			return false
		}
	}
	if ci < len(ws) && !passiveForm(ws[ci].text) {
		// "Ann Lee has been critical of …", "Ann Lee is saying …": a form of
		// "be" before an adjective or a present participle is no passive
		for to > from+1 && isLowerWord(ws[to-1].text) && (auxWord(&ws[to-1]) || adverbWord(&ws[to-1])) {
			to--
		}
	}
	// a restrictive relative clause: "Residents who oppose the plan said"
	for i := from + 1; i < to-1; i++ {
		if lw(ws[i]) != "who" {
			continue
		}
		saved := *q
		if st.speakerFrom(q, ws[from:i], false) && q.Speaker != "" {
			return false
		}
		*q = saved
		break
	}
	if to-from >= 3 && subjectPronoun(ws[to-1].text) && timeOpening(ws[from:to-1]) {
		// "In an interview he said …": an opening phrase, no comma, then
		// the pronoun subject
		if st.speakerFrom(q, ws[to-1:to], false) {
			return false
		}
	}
	if (to == from+1 || to > from+1 && ws[to-2].text == ",") && ci < len(ws) && (ws[ci].is(cSpeechVerb) || ws[ci].is(cParticiple)) {
		// "They've said …", "She'd said …": a pronoun with a contracted
		// auxiliary is the pronoun
		if w, ok := uncontracted(ws[to-1]); ok && st.speakerFrom(q, []word{w}, false) {
			return false
		}
	}
	if st.speakerFrom(q, ws[from:to], false) {
		return false
	}
	// a quotation between the words and the cue: "This is “…,” said X"
	if to > from && to <= ci && quoteBetween(st.text, ws[to-1].e, ws[ci].s) && st.inverted(q, ws, ci) {
		return true
	}
	seg := ws[from:to]
	for len(seg) > 0 && (seg[0].text == "," || seg[0].text == "(" || seg[0].text == ")") {
		seg = seg[1:]
	}
	relative := len(seg) > 0 && (lw(seg[0]) == "who" || lw(seg[0]) == "which" || lw(seg[0]) == "that")
	verbal := len(seg) > 0 && (isParticiple(seg[0].text) || lw(seg[len(seg)-1]) == "and")
	if t, passive := trimNP(st.text, seg, false); passive {
		return false
	} else if len(t) > 0 && !relative && !verbal && !t[0].lowerIs(cPreposition) {
		// a fragment that is neither empty nor an aside: try after the cue
		return st.inverted(q, ws, ci)
	}
	if verbal {
		if lw(seg[len(seg)-1]) == "and" && !isParticiple(seg[0].text) {
			// "The mayor met the families and said": the subject opens the
			// clause, or a clause after "when": "such as when Cruz knocked
			// Rubio on trade and called him …"
			if np := subordinateSubject(seg); np != nil {
				st.speakerFrom(q, np, false)
			}
			if q.Speaker == "" && q.MentionStart < 0 {
				st.clauseSubject(q, ws[:to])
			}
		} else {
			st.clauseSubject(q, ws[:from])
		}
		return false
	}
	// walk left over comma-separated asides to a name, keeping an appositive
	// description as the role
	var desc []word
	end := from
	for n := 0; n < 4 && end > 0 && ws[end-1].text == ","; n++ {
		b := end - 2
		for b >= 0 && ws[b].text != "," {
			b--
		}
		part := ws[b+1 : end-1]
		if len(part) == 0 {
			break
		}
		switch {
		case part[0].lowerIs(cPreposition) || adverbWord(&part[0]):
			// "in particular", "for her part", "now the majority leader"
			if t, _ := trimNP(st.text, part, false); nounPhrase(t) && !t[0].lowerIs(cPreposition) && nounKind(t[len(t)-1].text) != "" && desc == nil {
				desc = t
			}
		case b < 0 && !relative:
			// the clause subject: the whole segment when it is a noun phrase
			// ("A spokeswoman for the airline, for her part, said"), else the
			// one that opens it
			if t, passive := trimNP(st.text, part, false); !passive && len(t) == len(part) {
				st.speakerFrom(q, part, false)
			}
			if q.Speaker == "" {
				q.Mention, q.MentionStart, q.MentionEnd = "", -1, -1
				st.clauseSubject(q, part)
			}
			if q.Speaker != "" && desc != nil && q.SpeakerKind == Person && q.Role == "" {
				q.Role = roleFrom(st.text, desc)
			}
			return false
		default:
			t, _ := trimNP(st.text, part, false)
			if relative && len(part) > 0 && isCap(part[len(part)-1].text) {
				// "… endorsed by Senator Ann Lee, who said": the name before the comma
				t = part
			} else if !nounPhrase(t) {
				return false
			}
			if relative {
				// the antecedent ends the segment: "talks with the union, which"
				for i := len(t) - 1; i > 0; i-- {
					if t[i].lowerIs(cPreposition) && isLowerWord(t[i].text) {
						t = t[i+1:]
						break
					}
				}
			}
			if !isCap(t[len(t)-1].text) {
				if desc != nil || nounKind(t[len(t)-1].text) == "" {
					return false
				}
				desc = t
				break
			}
			if len(t) == len(part) {
				// "…, Senate leader Ann Lee, R-Ohio, said": the whole segment
				st.speakerFrom(q, t, false)
				if q.Speaker != "" {
					if desc != nil && q.SpeakerKind == Person && q.Role == "" {
						q.Role = roleFrom(st.text, desc)
					}
					return false
				}
				q.Mention, q.MentionStart, q.MentionEnd = "", -1, -1
			}
			// the trailing capitalised run: "… with Senator Ann Lee"
			k := len(t) - 1
			for k > 0 && (isCap(t[k-1].text) || lw(t[k-1]) == "of") && !t[k-1].lowerIs(cDeterminer) {
				k--
			}
			for k < len(t)-1 && !isCap(t[k].text) {
				k++ // "mention of Ann Lee": the run starts at a capital
			}
			st.speakerFrom(q, t[k:], false)
			if q.Speaker != "" {
				if desc != nil && q.SpeakerKind == Person && q.Role == "" {
					q.Role = roleFrom(st.text, desc)
				}
				return false
			}
			q.Mention, q.MentionStart, q.MentionEnd = "", -1, -1
			return false
		}
		end = b + 1
	}
	if desc != nil {
		// "the union, which said": a description for antecedent
		st.speakerFrom(q, desc, false)
	}
	return false
}

// inverted names the speaker from the words after the cue up to a comma or
// the end of the sentence ("…, reported Reuters"); it reports success.
func (st *state) inverted(q *Quote, ws []word, ci int) bool {
	m := ci + 1
	for m < len(ws) && ws[m].text != "," {
		m++
	}
	if m == ci+1 || m-ci > 8 {
		return false
	}
	var c Quote
	c.MentionStart, c.MentionEnd = -1, -1
	st.speakerFrom(&c, ws[ci+1:m], true)
	if c.Speaker == "" || !isCap(ws[ci+1].text) && lw(ws[ci+1]) != "the" {
		return false
	}
	q.Speaker, q.SpeakerKind, q.Role, q.Affiliation = c.Speaker, c.SpeakerKind, c.Role, c.Affiliation
	q.Mention, q.MentionStart, q.MentionEnd = c.Mention, c.MentionStart, c.MentionEnd
	return true
}

// clauseSubject names the speaker of q from the subject of the clause in
// ws: the noun phrase opening its first segment that is not an
// introductory phrase ("In 1986, the court ruled …").
func (st *state) clauseSubject(q *Quote, ws []word) {
	for start := 0; start < len(ws); {
		end := start
		for end < len(ws) && ws[end].text != "," {
			end++
		}
		seg := ws[start:end]
		if len(seg) > 1 && (seg[0].text == "And" || seg[0].text == "But" || seg[0].text == "and" || seg[0].text == "but") {
			seg = seg[1:] // "And Smith gloated: …"
		}
		if len(seg) > 0 {
			f := lw(seg[0])
			l := lw(seg[len(seg)-1])
			if len(seg) >= 3 && subjectPronoun(seg[len(seg)-1].text) && timeOpening(seg[:len(seg)-1]) {
				// "A few days ago in an interview he …": an opening phrase
				// with no comma, then the pronoun subject
				st.speakerFrom(q, seg[len(seg)-1:], false)
				return
			}
			intro := seg[0].lowerIs(cPreposition|cSubordinator) || adverbWord(&seg[0]) ||
				isParticiple(f) && (len(seg) == 1 || !isCap(seg[1].text)) ||
				timeRun(seg, 0) > 0 || l == "later" || l == "earlier" || l == "ago"
			if !intro {
				if np := leadingNP(seg); np != nil && !(start == 0 && len(np) == 1 && sentenceCapital(st.text, np[0])) {
					st.speakerFrom(q, np, false)
				}
				return
			}
		}
		start = end + 1
	}
}

// timeOpening reports whether ws, the words before a pronoun subject, are
// an opening phrase with no verb: one that opens with a preposition or a
// time phrase, or ends a time phrase with "ago" ("In an interview", "A
// few days ago in an interview with RT", "Last week").
func timeOpening(ws []word) bool {
	if len(ws) == 0 || hasVerb(ws) {
		return false
	}
	if ws[0].lowerIs(cPreposition) || timeRun(ws, 0) > 0 {
		return true
	}
	for _, w := range ws {
		if w.text == "ago" {
			return true
		}
	}
	return false
}

// sentenceCapital reports whether w, a capitalised word opening a
// sentence, is capitalised only for that: it is no pronoun, no noun that
// names a source, and the article
// never writes it with a capital inside a sentence ("Well", "Photographs",
// "Accurate"), as it does a name.
func sentenceCapital(t string, w word) bool {
	if _, ok := pronouns[w.text]; ok || !isCap(w.text) || nounKind(lw(w)) != "" {
		return false // "Officials", "Critics", "One": sources all the same
	}
	p := w.s
	for p > 0 && (t[p-1] == ' ' || t[p-1] == '"' || t[p-1] == '\'') {
		p--
	}
	for p >= 3 && (t[p-3:p] == "“" || t[p-3:p] == "‘") {
		p -= 3
	}
	if p > 0 && !strings.ContainsRune(".!?:\n", rune(t[p-1])) {
		return false // inside a sentence
	}
	return !namedElsewhere(t, w)
}

// leadingNP returns the noun phrase that opens a clause ("The finance
// ministry", "Democratic nominee Ann Lee"), or nil when the clause does not
// open with one that is followed by its verb.
func leadingNP(ws []word) []word {
	i := 0
	if i < len(ws) {
		if _, ok := pronouns[ws[i].text]; ok {
			return ws[i : i+1]
		}
	}
	j := i
	if j < len(ws) && ws[j].lowerIs(cDeterminer) {
		j++
	}
	capRun := func() {
		for j < len(ws) && (isCap(ws[j].text) || (ws[j].lower == "of" || ws[j].lower == "for") && j > i && j+1 < len(ws) && isCap(ws[j+1].text)) {
			j++
		}
	}
	capRun()
	// lower-case words up to a noun that can name a source
	best := -1
	for k := j; k < len(ws) && k-j < 4; k++ {
		s := ws[k].lower
		if isCap(ws[k].text) || auxWord(&ws[k]) || adverbWord(&ws[k]) || ws[k].lowerIs(cPreposition|cSubordinator|cDeterminer) || ws[k].text == "," {
			break
		}
		if nounKind(s) != "" {
			best = k + 1
		}
	}
	if best > 0 {
		j = best
		capRun()
	}
	if j == i || j == i+1 && ws[i].lowerIs(cDeterminer) {
		return nil
	}
	if j < len(ws) && (isCap(ws[j].text) || ws[j].text == "(" || nounKind(ws[j].text) != "" && !auxWord(&ws[j])) {
		return nil
	}
	return ws[i:j]
}

// participleSpeaker returns the speaker of a participial cue ("…, saying
// …") at ws[at]: the subject of the clause it hangs on, else the last
// speaker.
func (st *state) participleSpeaker(ws []word, at int) Quote {
	var q Quote
	q.MentionStart, q.MentionEnd = -1, -1
	st.clauseSubject(&q, ws[:at])
	if q.Speaker == "" {
		return st.last
	}
	return q
}

// quoteBetween reports a quotation mark in t[a:b].
func quoteBetween(t string, a, b int) bool {
	for i := a; i < b; i++ {
		if w, _ := markAt(t, i); w > 0 {
			return true
		}
	}
	return false
}

// appositiveName names the speaker of q from the segment before an
// appositive ("…, Ann Lee, a senior analyst, said"): only when the whole
// segment is a noun phrase, not the end of a clause ("… is bad news for the
// Republicans, because …, said X").
func (st *state) appositiveName(q *Quote, seg []word) {
	// "It was no accident — Ann Lee, a spokeswoman, said": after the dash
	seg = seg[dashAfter(st.text, seg):]
	for _, w := range seg {
		if s := lw(w); isLowerWord(w.text) && (auxWord(&w) || w.lowerIs(cSubordinator) && s != "and") {
			return
		}
	}
	st.speakerFrom(q, seg, false)
}

// passiveForm reports whether a cue can be a passive participle after a
// form of "be" ("was told", "is expected"); adjectives and present
// participles cannot ("was critical of", "is saying").
func passiveForm(cue string) bool {
	switch cue {
	case "said", "told", "written", "spoken", "known", "thought", "shown", "seen", "heard", "quoted", "given", "made", "taught", "understood", "sworn":
		return true
	}
	return strings.HasSuffix(cue, "ed")
}

// articles are the determiners that never stand alone before a verb.
var articles = wordSet(`the a an its their his her our my your`)

// speechVerbs are the finite verbs of saying whose subject is a source
// whatever noun heads it: "the actress said", "most of the crowd told".
var speechVerbs = wordSet(`said says told tells added adds stated states insisted insists argued argues
	claimed claims explained explains wrote writes noted notes warned warns replied replies responded
	acknowledged acknowledges admitted admits suggested suggests asserted asserts contended contends
	maintained maintains countered recalled recalls predicted predicts announced announces declared
	declares complained complains confirmed confirms reported stressed stresses emphasized observed
	remarked mentioned alleged alleges testified concluded concludes believes believed thinks thought
	knew knows say tell argue claim insist warn note explain suggest believe think know contend maintain
	predict complain acknowledge admit`)

// plainSubject names the speaker of q from the noun phrase np right before
// a speech verb when it is no known kind of source ("The actress said …"):
// the phrase itself, of unknown kind. Phrases that are no noun phrase
// (a verb phrase, a fragment, a passive) are left alone.
func (st *state) plainSubject(q *Quote, np []word) {
	t := st.text
	before := np
	np, passive := trimNP(t, np, false)
	if len(np) <= 1 && len(before) > 0 && isNumber(before[len(before)-1].text) {
		np = before[len(before)-1:] // "41 said": a count of people
	} else if passive || !nounPhrase(np) || len(np) > 6 {
		return
	}
	for _, w := range np {
		if s := lw(w); isLowerWord(w.text) && (w.lowerIs(cSubordinator) || isParticiple(w.text) || w.lowerIs(cPreposition) && s != "of") {
			return
		}
	}
	q.Mention, q.MentionStart, q.MentionEnd = t[np[0].s:np[len(np)-1].e], np[0].s, np[len(np)-1].e
	q.Speaker, q.SpeakerKind = q.Mention, Unknown
}

// contracted strips a contracted verb from a pronoun: "He's" → "He",
// "they're" → "they"; other words are returned as they are.
func contracted(w string) string {
	if i := apostrophe(w); i > 0 {
		if _, ok := pronouns[w[:i]]; ok {
			return w[:i]
		}
	}
	return w
}

// apostrophe returns the offset of the first ' or ’ in w, or -1:
// strings.IndexAny(w, "'’") by bytes (a set beyond ASCII makes IndexAny
// decode every rune and search the set for it).
func apostrophe(w string) int {
	for i := 0; i < len(w); i++ {
		if w[i] == '\'' || w[i] == 0xE2 && strings.HasPrefix(w[i+1:], "\x80\x99") {
			return i
		}
	}
	return -1
}

// dashAfter returns the index of the first word after the last dash between
// the words of ws, or 0 when there is none.
func dashAfter(t string, ws []word) int {
	for i := len(ws) - 1; i > 0; i-- {
		g := t[ws[i-1].e:ws[i].s]
		if strings.Contains(g, "—") || strings.Contains(g, "–") || strings.Contains(g, " - ") {
			return i
		}
	}
	return 0
}

// uncontracted returns w, a subject pronoun with a contracted auxiliary
// ("They've", "she'd", "we'll", "you're"), as the pronoun alone; "'s" is
// left alone (a possessive as often as "is" or "has").
func uncontracted(w word) (word, bool) {
	i := apostrophe(w.text)
	if i <= 0 || len(w.lower) != len(w.text) {
		return w, false // (a lower case of another length has other offsets)
	}
	switch strings.TrimPrefix(strings.TrimPrefix(w.lower[i:], "'"), "’") {
	case "ve", "d", "ll", "re":
	default:
		return w, false
	}
	if l := w.lower[:i]; !subjectPronoun(l) && l != "i" && l != "you" {
		return w, false
	}
	w.text, w.lower, w.e = w.text[:i], w.lower[:i], w.s+i
	w.cls, w.lcls = classes().get(w.text), classes().get(w.lower)
	if isCap(w.text) {
		w.cls |= cCapital
	}
	if plainLower(w.lower) {
		w.lcls |= cPlainLower
	}
	return w, true
}
