package attribution

import (
	"strings"
)

// speakerFrom names the speaker in the words of a noun phrase: the words
// before the cue (inverted false) or after it ("…,” said X": inverted
// true). Words that do not form a noun phrase leave the speaker unknown; so
// does a noun phrase that names no source ("the visit to the plant"), but
// then speakerFrom reports true: the subject was found, it is no speaker.
// The mention is set only with a speaker or a pronoun.
func (st *state) speakerFrom(q *Quote, np []word, inverted bool) (subject bool) {
	np, passive := trimNP(st.text, np, inverted)
	if inverted {
		// "said the company in a statement": the adverbial phrase is no part of it
		for i := 1; i < len(np); i++ {
			if s := np[i].lower; np[i].lowerIs(cPreposition) && s != "of" && s != "for" && s != "de" && s != "von" {
				np = np[:i]
				break
			}
		}
	}
	if passive || !nounPhrase(np) {
		return false
	}
	if inverted && isLowerWord(np[0].text) && strings.HasSuffix(np[0].text, "s") && nounKind(np[0].text) == "" && !np[0].lowerIs(cDeterminer) {
		return false // "said … examines the county": a verb, not a subject
	}
	st.name(q, np)
	if q.Speaker == "" && q.SpeakerKind != Unknown {
		q.Mention, q.MentionStart, q.MentionEnd = "", -1, -1
	}
	return true
}

// speakerMemory is what speaker naming remembers across an article.
type speakerMemory struct {
	people []Quote // persons named as speakers, with their roles, in text order
}

// name sets the speaker of q from a noun phrase.
func (st *state) name(q *Quote, np []word) {
	st.nameNP(q, np)
	if q.SpeakerKind == Person && q.Speaker != "" {
		if len(st.spk.people) >= 64 {
			st.spk.people = append(st.spk.people[:0], st.spk.people[32:]...)
		}
		st.spk.people = append(st.spk.people, *q)
	}
}

func (st *state) nameNP(q *Quote, np []word) {
	t := st.text
	q.Mention, q.MentionStart, q.MentionEnd = t[np[0].s:np[len(np)-1].e], np[0].s, np[len(np)-1].e
	if len(np) == 1 {
		if p := contracted(np[0].text); pronouns[p] != "" {
			// "he", "He's": the mention is the pronoun
			q.Mention, q.MentionEnd = p, np[0].s+len(p)
			st.pronoun(q, np[0], pronouns[p])
			return
		}
	}
	// alias file
	if i, ok := st.e.aliasOf(q.Mention); ok {
		st.known(q, i)
		return
	}
	// "both X and Y", "the two sides": determiners are no part of the name
	body := np
	for len(body) > 1 && body[0].lowerIs(cDeterminer) && !(isCap(body[0].text) && isCap(body[1].text) && len(body[0].text) <= 2) {
		body = body[1:]
	}
	if i, ok := st.e.aliasOf(t[body[0].s:body[len(body)-1].e]); ok {
		st.known(q, i)
		return
	}
	// coordinated names: "Moscow and Seoul", "Smith and Jones"
	for i := 1; i+1 < len(body); i++ {
		if s := lw(body[i]); (s == "and" || s == "or") && isCap(body[i-1].text) && isCap(body[i+1].text) {
			q.Speaker, q.SpeakerKind = t[body[0].s:body[len(body)-1].e], Group
			return
		}
	}
	// the last run of capitalised words is the name; before it, the role
	end := len(np)
	for end > 0 && !isCap(np[end-1].text) {
		end--
	}
	if end == len(np) && end > 0 {
		b := end - 1
		for b > 0 && (isCap(np[b-1].text) || (b > 1 && isCap(np[b-2].text) && (np[b-1].text == "of" || np[b-1].text == "for" || np[b-1].text == "de" || np[b-1].text == "von"))) && !strings.HasSuffix(np[b-1].text, "'s") && !strings.HasSuffix(np[b-1].text, "’s") {
			b--
		}
		// determiners and titles at the start of the run are no part of the name
		for b < end-1 && np[b].lowerIs(cDeterminer) && lw(np[b]) != "an" && lw(np[b]) != "a" {
			b++
		}
		for x := end - 2; x >= b; x-- {
			if titles[strings.TrimSuffix(np[x].text, ".")] {
				b = x + 1
				break
			}
		}
		name := t[np[b].s:np[end-1].e]
		if end-b == 1 && !mediaNames[name] && nounKind(name) != "" && (b == 0 || np[b-1].lowerIs(cDeterminer)) {
			// "Officials", "Experts", "the Kremlin": a description, capitalised
			st.describe(q, np)
			return
		}
		if c, ok := country(name); ok {
			q.Speaker, q.SpeakerKind = c, Organisation
			if i, ok := st.e.aliasOf(c); ok {
				st.known(q, i)
			}
			return
		}
		if end-b == 1 {
			if i, ok := st.e.surname[name]; ok {
				st.known(q, i)
				return
			}
		}
		org := end-b > 1 && np[end-1].lowerIs(cOrgNoun)
		for _, w := range np[b:end] {
			if w.lowerIs(cOrgWord) {
				org = true
			}
		}
		if org {
			from := b
			if b > 0 && isCap(np[b-1].text) && !np[b-1].lowerIs(cDeterminer) {
				from = b - 1
			}
			q.Speaker, q.SpeakerKind = t[np[from].s:np[end-1].e], Organisation
			return
		}
		var buf [lowerBufLen]byte
		if i, ok := st.e.aliasOf(name); ok {
			st.known(q, i)
		} else if end-b == 1 && (mediaNames[name] || orgWords[lowerIn(&buf, name)]) {
			q.Speaker, q.SpeakerKind = name, Organisation
		} else {
			q.Speaker, q.SpeakerKind = st.person(name), Person
			if end-b == 1 && q.Speaker == name && b > 0 && lw(np[b-1]) == "the" {
				// "the Pentagon", "the Vatican"
				q.SpeakerKind = Organisation
			}
		}
		if b > 0 && q.SpeakerKind == Person {
			q.Role = role(t, np[:b])
		}
		return
	}
	st.describe(q, np)
}

// describe names the speaker of a description: "the finance ministry",
// "experts", "a spokesperson for the agency", "the French president".
func (st *state) describe(q *Quote, np []word) {
	t := st.text
	those := lw(np[0]) == "those" && len(np) == 2
	definite := lw(np[0]) == "the"
	for len(np) > 1 && (np[0].lowerIs(cDeterminer) || isNumber(np[0].lower) || np[0].lowerIs(cNumberWord)) && np[1].lower != "of" {
		np = np[1:]
	}
	// the head is the last word before a preposition: "spokesperson for X"
	h := len(np) - 1
	for i := 1; i < len(np); i++ {
		pro := np[i].is(cPronoun) // a key of pronouns
		if np[i].lowerIs(cPreposition) || pro {
			h = i - 1
			break
		}
	}
	// "eight of 10 voters", "some of the experts": the head follows "of"
	if h+1 < len(np) && np[h+1].lower == "of" && (isNumber(np[h].lower) || np[h].lowerIs(cNumberWord|cQuantifierNoun)) && np[h].lower != "percent" {
		h = len(np) - 1
	}
	// "sources close to the campaign": the noun nearest before the preposition
	for k := h; k > 0 && nounKind(np[k].text) == ""; k-- {
		if nounKind(np[k-1].text) != "" && isLowerWord(np[k].text) {
			h = k - 1
			break
		}
	}
	head := np[h].text
	kind := nounKind(head)
	if kind == "" && those {
		kind = Group // "those surveyed"
	}
	if kind == "" {
		return
	}
	// "the official TASS agency": a name before a generic media head
	if h > 0 && isCap(np[h-1].text) && !isCap(head) && (lw(np[h]) == "agency" || lw(np[h]) == "newspaper" || lw(np[h]) == "broadcaster" || lw(np[h]) == "channel") {
		q.Speaker, q.SpeakerKind = np[h-1].text, Organisation
		return
	}
	if kind == Person && h == len(np)-1 && !isCap(head) && definite {
		// "the Russian leader": the most recent person the text calls so
		if p, ok := st.described(np[:h], lw(np[h]), np[0].s); ok {
			q.Speaker, q.SpeakerKind = p.Speaker, Person
			if q.Role == "" {
				q.Role = p.Role
			}
			q.Affiliation = p.Affiliation
			return
		}
	}
	if h == len(np)-1 && lw(np[h]) == "ministry" && h > 0 {
		if m := st.ministryOf(np[h-1]); m != "" {
			q.Speaker, q.SpeakerKind = m, Organisation
			return
		}
	}
	name := t[np[0].s:np[len(np)-1].e]
	// a capital that only starts the sentence is no part of the name, nor
	// is one that a title-case headline gives an anonymous group ("…,
	// Sources Say")
	if isCap(np[0].text) && nounKind(np[0].text) != "" && (sentenceInitial(t, np[0].s) || len(np) == 1 && np[0].lowerIs(cGroupWord)) {
		name = strings.ToLower(name[:1]) + name[1:]
	}
	q.Speaker, q.SpeakerKind = name, kind
}

// ministryOf names the ministry of a possessor ("Lee's ministry") that the
// text has called "<portfolio> minister … Lee": "<portfolio> ministry".
func (st *state) ministryOf(possessor word) string {
	name := strings.TrimSuffix(strings.TrimSuffix(possessor.text, "'s"), "’s")
	if name == possessor.text || !isCap(name) {
		return ""
	}
	t := st.text
	at := strings.Index(t, name)
	for at >= 0 && at < possessor.s {
		ws := st.words(max(0, at-80), at, nil)
		// "… natural resources minister Ann Lee": skip the given names
		k := len(ws) - 1
		for k >= 0 && isCap(ws[k].text) && len(ws)-1-k < 3 {
			k--
		}
		if k >= 0 && lw(ws[k]) == "minister" {
			b := k
			for b > 0 && isLowerWord(ws[b-1].text) && !ws[b-1].lowerIs(cDeterminer|cPreposition|cSubordinator) && !strings.HasSuffix(ws[b-1].text, "'s") && !strings.HasSuffix(ws[b-1].text, "’s") && k-b < 4 {
				b--
			}
			if b < k {
				return t[ws[b].s:ws[k-1].e] + " ministry"
			}
		}
		n := strings.Index(t[at+len(name):], name)
		if n < 0 {
			break
		}
		at += len(name) + n
	}
	return ""
}

// givenNames reports whether rest (" Jong Un") can be the given names that
// follow a surname at its first mention ("leader Kim Jong Un at the
// summit"): capitalised words that name no organisation, place or title,
// preceded and followed by a lower-case word.
func givenNames(before, rest, after string) bool {
	// a lower-case word before: not a title-case headline ("Lee, Park Meet in Rome")
	before = strings.TrimRight(before, " ")
	k := len(before)
	for k > 0 && isWordByte(before[k-1]) {
		k--
	}
	if k == len(before) || !isLowerWord(before[k:]) {
		return false
	}
	var buf [lowerBufLen]byte
	for _, w := range strings.Fields(rest) {
		if l := lowerIn(&buf, w); orgNouns[l] || orgWords[l] || titles[w] || countries[w] || mediaNames[w] {
			return false
		}
	}
	after = strings.TrimLeft(after, " ")
	return after != "" && isLowerWord(after)
}

// sentenceInitial reports whether the word at i starts a sentence.
func sentenceInitial(t string, i int) bool {
	for i > 0 {
		c := t[i-1]
		switch {
		case c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '(':
			i--
		case c == '\n' || c == '.' || c == '!' || c == '?' || c == ':':
			return true
		case c >= 0x80:
			// curly quotation marks and dashes
			if i >= 3 && (t[i-3:i] == "“" || t[i-3:i] == "”" || t[i-3:i] == "‘" || t[i-3:i] == "’") {
				i -= 3
				continue
			}
			return false
		default:
			return false
		}
	}
	return true
}

// role returns the title or description before a name ("State Department
// spokesman", "Berg's deputy"), without determiners; "" when none is left.
func role(t string, ws []word) string {
	for len(ws) > 0 && ws[0].lowerIs(cDeterminer|cSubordinator|cPreposition) {
		ws = ws[1:]
	}
	for len(ws) > 0 && ws[len(ws)-1].lowerIs(cDeterminer|cPreposition) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return ""
	}
	r := t[ws[0].s:ws[len(ws)-1].e]
	if honorific[r] {
		return ""
	}
	return r
}

// roleFrom returns an appositive as a role ("an analyst at Fitch"), or ""
// when the words are not a noun phrase ("for her part", "in turn").
func roleFrom(t string, ws []word) string {
	if len(ws) == 0 || len(ws) > 16 {
		return ""
	}
	if ws[0].lowerIs(cPreposition|cSubordinator) || adverbWord(&ws[0]) || auxWord(&ws[0]) || isParticiple(ws[0].text) {
		return ""
	}
	if len(ws) <= 10 && !nounPhrase(ws) {
		return ""
	}
	return t[ws[0].s:ws[len(ws)-1].e]
}

// pronoun resolves a pronoun: he, she and I to the person the sentence
// starts with or the last person quoted (or, before any quote, the last full
// name mentioned); it and they to the last organisation or group quoted.
func (st *state) pronoun(q *Quote, w word, k SpeakerKind) {
	q.Speaker, q.SpeakerKind = "", Unknown
	switch {
	case k == Person:
		if p, ok := st.personInSentence(w.s); ok {
			q.Speaker, q.SpeakerKind = p, Person
			if st.havePerson && st.lastPerson.Speaker == p {
				q.Role, q.Affiliation = st.lastPerson.Role, st.lastPerson.Affiliation
			}
		} else if m := st.mentionBefore(w.s); m != "" {
			q.Speaker, q.SpeakerKind = st.person(st.nameRunAt(m, st.mentionAt)), Person
		} else if st.havePerson {
			q.Speaker, q.SpeakerKind, q.Role, q.Affiliation = st.lastPerson.Speaker, Person, st.lastPerson.Role, st.lastPerson.Affiliation
		}
	case k == Organisation && st.mediaInSentence(w.s) != "":
		// "Interfax reported …, and …, it said"
		q.Speaker, q.SpeakerKind = st.mediaInSentence(w.s), Organisation
		if i, ok := st.e.aliasOf(q.Speaker); ok {
			st.known(q, i)
		}
	case st.haveLast && st.last.SpeakerKind != Person && st.last.SpeakerKind != Unknown:
		q.Speaker, q.SpeakerKind = st.last.Speaker, st.last.SpeakerKind
	}
}

// mentionBefore returns the pronoun antecedent remembered from the text
// (mentionName(st.mention)) when it comes before i and no person has been
// quoted yet, else "" (the name is cleaned only when it can be used).
func (st *state) mentionBefore(i int) string {
	if st.havePerson || st.mentionAt >= i {
		return ""
	}
	return mentionName(st.mention)
}

// mentionName cleans a capitalised run remembered as a pronoun antecedent:
// no sentence-initial function word ("After Lee's" -> "Lee"), no
// possessive, and something left that can be a person's name.
func mentionName(m string) string {
	f := strings.Fields(m)
	var buf [lowerBufLen]byte
	for len(f) > 0 {
		l := lowerIn(&buf, f[0])
		if !(subordinators[l] || prepositions[l] || determiners[l] || adverbs[l] || timeWords[l] || quantifierNouns[l] || titles[f[0]]) {
			break
		}
		f = f[1:]
	}
	if len(f) == 0 {
		return ""
	}
	last := f[len(f)-1]
	f[len(f)-1] = strings.TrimSuffix(strings.TrimSuffix(last, "'s"), "’s")
	if f[len(f)-1] == "" || nounKind(f[0]) != "" || countries[strings.Join(f, " ")] {
		return ""
	}
	return strings.Join(f, " ")
}

// nameRunAt extends name, found in the text at or after i, with the
// capitalised words that follow it there ("Omar" -> "Omar Diaz").
func (st *state) nameRunAt(name string, i int) string {
	t := st.text
	k := strings.Index(t[i:], name)
	if k < 0 || strings.Contains(name, " ") {
		return name
	}
	ws := st.tempWords(i+k, min(len(t), i+k+len(name)+60), nil)
	defer st.drop(ws)
	if len(ws) == 0 || ws[0].text != name {
		return name
	}
	n := 1
	for n < len(ws) && n < 3 && isCap(ws[n].text) && ws[n].s > ws[n-1].e && strings.TrimLeft(t[ws[n-1].e:ws[n].s], " ") == "" && !ws[n].is(cTitle) && nounKind(ws[n].text) == "" {
		n++
	}
	return strings.TrimSuffix(strings.TrimSuffix(t[ws[0].s:ws[n-1].e], "'s"), "’s")
}

// personInSentence returns the known person named first in the sentence
// holding position i, before i and outside quotation marks ("Smith's reply
// was short: “No,” he said").
func (st *state) personInSentence(i int) (string, bool) {
	t := st.text
	s := i
	for s > 0 && i-s < 400 && !(t[s-1] == '\n' || t[s-1] == '\r' || (s > 1 && t[s-1] == ' ' && (t[s-2] == '.' || t[s-2] == '?' || t[s-2] == '!') && !inQuotes(t, s-2, i))) {
		s--
	}
	if i-s >= 400 {
		return "", false
	}
	ws := st.tempWords(s, i, nil)
	defer st.drop(ws)
	in := false
	for k, w := range ws {
		// track quotation marks between words
		from := s
		if k > 0 {
			from = ws[k-1].e
		}
		for j := from; j < w.s; j++ {
			if mw, kind := markAt(t, j); mw > 0 {
				switch kind {
				case 1:
					in = true
				case 2:
					in = false
				default:
					in = !in
				}
				j += mw - 1
			}
		}
		if in || !isCap(w.text) || w.is(cTitle) {
			continue
		}
		name := strings.TrimSuffix(strings.TrimSuffix(w.text, "'s"), "’s")
		if p, ok := st.knownPerson(name); ok {
			return p, true
		}
		// "Smith's reply": a possessive name the article gave in full before
		if name != w.text && nounKind(name) == "" {
			var buf [lowerBufLen]byte
			if _, c := country(name); !c && !orgWords[lowerIn(&buf, name)] {
				if full := fullBefore(t, strings.Index(t, name), name); strings.Contains(full, " ") {
					return st.person(full), true
				}
			}
		}
	}
	return "", false
}

// mediaInSentence returns the news medium named last in the sentence
// holding position i, before i, or "".
func (st *state) mediaInSentence(i int) string {
	t := st.text
	s := i
	for s > 0 && i-s < 400 && t[s-1] != '\n' && t[s-1] != '\r' && !(s > 1 && t[s-1] == ' ' && (t[s-2] == '.' || t[s-2] == '?' || t[s-2] == '!')) {
		s--
	}
	found := ""
	ws := st.tempWords(s, i, nil)
	defer st.drop(ws)
	for _, w := range ws {
		if w.is(cMediaName) {
			found = w.text
		}
	}
	return found
}

// inQuotes reports whether an odd number of quotation marks lies in t[a:b].
func inQuotes(t string, a, b int) bool {
	n := 0
	for j := a; j < b; j++ {
		if w, _ := markAt(t, j); w > 0 {
			n++
			j += w - 1
		}
	}
	return n%2 == 1
}

// knownPerson returns the full name of a person already quoted, or known to
// the alias file, whose surname or name is w.
func (st *state) knownPerson(w string) (string, bool) {
	for i := len(st.persons) - 1; i >= 0; i-- {
		p := st.persons[i]
		if p == w || spaceThen(p, w) {
			return p, true
		}
	}
	if i, ok := st.e.surname[w]; ok {
		return st.e.speakers[i].Name, true
	}
	return "", false
}

// described returns the person a definite description refers to ("the
// Russian leader"): the last person quoted whose role, or the words just
// before whose name in the text, hold the description's modifiers and its
// head (or a title of the same rank); else the last person quoted.
func (st *state) described(mods []word, head string, before int) (Quote, bool) {
	if !st.havePerson {
		return Quote{}, false
	}
	t := st.text
	want := []string{}
	for _, m := range mods {
		if s := lw(m); !determiners[s] && !isNumber(s) {
			want = append(want, s)
		}
	}
	heads := rankOf[head]
	if heads == nil {
		heads = []string{head}
	}
	best, bestAt := Quote{}, -1
	// the people remembered repeat names: each name is looked for once
	type found struct {
		name   string
		at     int
		before string // " " and the words before the mention, in lower case
	}
	var seen [16]found
	last := seen[:0]
	for i := len(st.spk.people) - 1; i >= 0; i-- {
		p := &st.spk.people[i]
		// the words before the last mention of the name (its last word),
		// and its role
		k := 0
		for k < len(last) && last[k].name != p.Speaker {
			k++
		}
		if k == len(last) {
			sur := p.Speaker
			if f := strings.Fields(sur); len(f) > 1 {
				sur = f[len(f)-1]
			}
			f := found{name: p.Speaker, at: lastIndexFrom(t[:before], sur, max(0, before-4000))}
			if f.at >= 0 {
				f.before = " " + strings.ToLower(t[max(0, f.at-60):f.at])
			}
			last = append(last, f)
		}
		at := last[k].at
		if at <= bestAt {
			continue // no later mention than the best: it cannot win
		}
		ctx := strings.ToLower(p.Role) + last[k].before
		ok := false
		for _, h := range heads {
			ok = ok || strings.Contains(ctx, h)
		}
		for _, m := range want {
			ok = ok && strings.Contains(ctx, m)
		}
		if ok {
			best, bestAt = *p, at
		}
	}
	if bestAt >= 0 {
		return best, true
	}
	if len(want) == 0 {
		return st.lastPerson, true
	}
	return Quote{}, false
}

// lastIndexFrom returns the offset in s of the last sub, found at or after
// from, or -1: strings.LastIndex(s[from:], sub)+from, by forward searches
// (strings.Index is vectorised, LastIndex is not).
func lastIndexFrom(s, sub string, from int) int {
	if sub == "" {
		return len(s)
	}
	at := -1
	for {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return at
		}
		at = from + i
		from = at + 1
	}
}

// rankOf maps a head noun to the titles that fill the same office.
var rankOf = map[string][]string{
	"leader":    {"leader", "president", "prime minister", "premier", "chancellor", "king", "chairman"},
	"president": {"president"},
	"premier":   {"premier", "prime minister"},
}

// country returns the canonical name of a country or a capital used for its
// government ("the U.S." → "US", "Beijing"), and whether name is one.
func country(name string) (string, bool) {
	n := strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	if strings.Contains(n, ".") && strings.ToUpper(n) == n {
		n = strings.ReplaceAll(n, ".", "")
	}
	if countries[n] {
		return n, true
	}
	return "", false
}

var countries = map[string]bool{}

func init() {
	for _, c := range strings.Split(`US|USA|United States|America|UK|Britain|Great Britain|United Kingdom|EU|European Union|UN|United Nations|NATO|China|Russia|Japan|India|France|Germany|Italy|Spain|Canada|Mexico|Brazil|Iran|Iraq|Israel|Syria|Turkey|Ukraine|Poland|North Korea|South Korea|Taiwan|Pakistan|Afghanistan|Saudi Arabia|Egypt|Australia|Venezuela|Cuba|Belarus|Hungary|Sweden|Norway|Finland|Denmark|Netherlands|Belgium|Greece|Austria|Switzerland|Qatar|Jordan|Lebanon|Libya|Yemen|Nigeria|South Africa|Indonesia|Vietnam|Philippines|Thailand|Washington|Moscow|Beijing|Tokyo|Seoul|Pyongyang|Kyiv|Kiev|London|Paris|Berlin|Brussels|Tehran|Ankara|New Delhi|Ottawa|Canberra|Caracas|Havana|Minsk|Warsaw|Budapest|Taipei|Islamabad|Kabul|Riyadh|Cairo|Damascus|Baghdad`, "|") {
		countries[c] = true
	}
}

var numberWords = wordSet(`one two three four five six seven eight nine ten eleven twelve thirteen
	fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred nearly almost about roughly some
	another only just`)

var honorific = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Mr.": true, "Mrs.": true, "Ms.": true, "Dr": true, "Dr.": true}

var titles = map[string]bool{"President": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prime": true,
	"Minister": true, "Senator": true, "Sen": true, "Rep": true, "Gov": true, "Governor": true, "General": true,
	"Gen": true, "Secretary": true, "Leader": true, "Chairman": true, "Professor": true, "Prof": true, "Marshal": true,
	"Director": true, "Spokesman": true, "Spokeswoman": true, "Ambassador": true, "King": true, "Queen": true,
	"Mayor": true, "Judge": true, "Justice": true, "Chancellor": true, "Premier": true, "Commissioner": true,
	"Sheriff": true, "Chief": true, "Rev": true, "Sgt": true, "Lt": true, "Col": true, "Capt": true, "Adm": true,
	"Rabbi": true, "Pope": true, "Prince": true, "Princess": true, "Lord": true, "Lady": true, "Sir": true,
	"Dame": true, "Speaker": true, "Deputy": true, "Vice": true, "Attorney": true}

func (st *state) known(q *Quote, i int) {
	sp := st.e.speakers[i]
	for _, x := range sp.Exclude {
		if strings.EqualFold(x, q.Mention) {
			return
		}
	}
	q.Speaker, q.Affiliation = sp.Name, sp.Affiliation
	q.SpeakerKind = sp.Kind
	if q.SpeakerKind == "" {
		q.SpeakerKind = Person
	}
	if q.Role == "" {
		q.Role = sp.Role
	}
}

// person joins a surname to a full name seen earlier and remembers full names.
func (st *state) person(name string) string {
	if !strings.Contains(name, " ") {
		for i := len(st.persons) - 1; i >= 0; i-- {
			p := st.persons[i]
			if spaceThen(p, name) || len(p) > len(name) && p[len(name)] == ' ' && strings.HasPrefix(p, name) {
				return p
			}
		}
		if full, ok := st.fulls[name]; ok {
			return full
		}
		if st.fulls == nil {
			st.fulls = map[string]string{}
		}
		st.fulls[name] = name
		if i := strings.Index(st.text, name); i >= 0 && len(st.fulls) < 64 {
			// first full mention in the article: "Vladimir Putin"
			if full := fullBefore(st.text, i, name); full != "" {
				st.fulls[name] = full
				return full
			}
		}
		return name
	}
	st.persons = append(st.persons, name)
	return name
}

// spaceThen reports whether p ends in a space and then w:
// strings.HasSuffix(p, " "+w) without building the suffix.
func spaceThen(p, w string) bool {
	return len(p) > len(w) && p[len(p)-len(w)-1] == ' ' && strings.HasSuffix(p, w)
}

// fullBefore returns "First Name" when name at i is preceded by one
// capitalised given name.
func fullBefore(t string, i int, name string) string {
	for n := 0; n < 20 && i >= 0; n++ {
		j := i - 1
		if j > 0 && t[j] == ' ' {
			k := j
			for k > 0 && isWordByte(t[k-1]) {
				k--
			}
			if w := t[k:j]; k < j && isCap(w) && !titles[w] && nounKind(w) == "" {
				var buf [lowerBufLen]byte
				if l := lowerIn(&buf, w); !determiners[l] && !prepositions[l] {
					return t[k:j] + " " + name
				}
			}
		}
		// "Kim Jong Un": the name followed by capitalised words
		j = i + len(name)
		full := name
		for n := 0; n < 2 && j+1 < len(t) && t[j] == ' '; n++ {
			k := j + 1
			for k < len(t) && (isWordByte(t[k]) || t[k] == '-') {
				k++
			}
			if k == j+1 || !isCap(t[j+1:k]) || k < len(t) && t[k] == '\'' {
				break
			}
			full += " " + t[j+1:k]
			j = k
		}
		if full != name && (j < len(t) && t[j] == ',' || strings.Count(t, full) >= 2 || n == 0 && givenNames(t[:i], full[len(name):], t[j:])) {
			return full
		}
		nx := strings.Index(t[i+len(name):], name)
		if nx < 0 {
			return ""
		}
		i = i + len(name) + nx
	}
	return ""
}
