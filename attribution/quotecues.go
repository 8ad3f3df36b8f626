package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// More reporting words, added to the sets of cues.go and extract.go: verbs
// that characterise or thank ("characterized the visit as …", "thanked
// Smith for …") take an object as their content; participles of warning
// verbs report as "warning" does.
func init() {
	for _, w := range strings.Fields(`characterized characterised characterizes characterises thanked thanks`) {
		objectCues[w] = true
		cues[w] = true
	}
	for _, w := range strings.Fields(`characterizing characterising cautioning thanking`) {
		participles[w] = true
	}
	// stance verbs that news quotes with a quoted fragment ("decried the
	// “rigged” system", "dubbing him “Little Marco”")
	for _, w := range strings.Fields(`decried decries implied implies applauded applauds labeled labelled labels
	dubbed dubs branded brands derided derides ridiculed ridicules lamented laments proclaimed proclaims
	vows mocks slams praises blasts hails denounces condemned encouraged encourages exhorted exhorts implored
	implores begged begs likened likens compared compares scolded scolds chided chides lambasted lambasts
	bemoaned bemoans assured assures portrayed portrays pronounced emailed lauded lauds`) {
		objectCues[w] = true
		cues[w] = true
	}
	for _, w := range strings.Fields(`mentioning denouncing naming portraying reciting hailing mocking slamming
	blasting decrying lamenting dismissing rejecting attacking condemning applauding labeling labelling
	dubbing branding deriding ridiculing defending demanding threatening boasting bragging confirming
	denying implying proclaiming repeating echoing encouraging exhorting imploring begging likening comparing
	scolding chiding lambasting bemoaning assuring emailing lauding`) {
		participles[w] = true
	}
}

// questionWords open the question after "asked": "asked whether …".
var questionWords = wordSet(`whether if how what who whom which when why where to about`)

// raiseWords report only with a noun of speech as their object: "raised
// the possibility that …", "raises questions about …" (not "raised taxes").
var raiseWords = wordSet(`raised raises raise raising`)

var raisedNouns = wordSet(`possibility prospect question questions concern concerns idea issue specter spectre alarm doubts`)

func init() {
	for w := range raiseWords {
		objectCues[w] = true
		cues[w] = true
	}
}

// raisesSpeech reports whether the raise word ws[i] has a noun of speech
// as its object, past at most one determiner or adjective.
func raisesSpeech(ws []word, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+3; j++ {
		if raisedNouns[ws[j].text] {
			return true
		}
	}
	return false
}

// intentionCues state a plan, wish or finding rather than something said:
// inside another report they make no quote of their own.
var intentionCues = wordSet(`plan plans planned want wants wanted seek seeks sought hope hopes hoped expect
	expects expected show shows showed found finds`)

// modals before a cue make it what someone would or could say, not what was said.
var modals = wordSet(`would will could may might should must can`)

// carriers are nouns of what carries a statement: "issued a statement
// saying …", "ran ads calling the deal “a mistake”".
var carriers = wordSet(`statement statements ad ads advertisement release tweet tweets letter post message
	email memo video spot column op-ed editorial note petition banner sign signs`)

// carrierBefore reports whether the participle ws[i] follows a carrier noun
// ("a statement saying …") or an "and"/adverb that joins it to a clause
// ("and calling him …", "at one point calling …").
func carrierBefore(ws []word, i int) bool {
	p := ws[i-1].text
	if carriers[p] || p == "and" || p == "also" || p == "point" || p == "repeatedly" || p == "then" {
		return true
	}
	// past a time phrase: "a series of tweets early Friday saying …", "a
	// statement on Monday calling …"
	j := i - 1
	for j > 0 && i-j <= 3 && (ws[j].is(cDay) || ws[j].text == "early" || ws[j].text == "late" || ws[j].text == "on" || ws[j].text == "last") {
		j--
	}
	return j < i-1 && carriers[ws[j].text]
}

// adjunctOnly reports whether the words of ws in [cs, ce) are a bare
// adjunct, a preposition and its noun phrase with no verb ("mentioned on
// the eve of the summit"): circumstances of the cue, not what was said.
func adjunctOnly(t string, ws []word, cs, ce int) bool {
	e := cs
	for e < ce && isWordByte(t[e]) {
		e++
	}
	switch t[cs:e] {
	case "on", "at", "in", "during", "after", "before", "since", "amid", "earlier", "last":
	default:
		return false
	}
	i := 0
	for i < len(ws) && ws[i].s < cs {
		i++
	}
	j := i
	for j < len(ws) && ws[j].e <= ce {
		j++
	}
	if i >= j {
		return false
	}
	switch ws[i].text {
	case "on", "at", "in", "during", "after", "before", "since", "amid", "earlier", "last":
	default:
		return false
	}
	for _, w := range ws[i:j] {
		if w.text == "that" || subjectPronoun(w.text) || w.text == "," {
			return false
		}
	}
	return !hasVerb(ws[i:j])
}

// irregularPast are past-tense verbs that after "and" start a second verb
// phrase of the speaker ("… and made no mention of …").
var irregularPast = wordSet(`made cast gave took went held left sent put set met ran won lost kept brought
	built spent hit drew struck threw wrote spoke sought`)

// dashAside reports whether t at i opens an aside with a spaced dash
// (" — ", " – ", " -- ", " - ").
func dashAside(t string, i int) bool {
	if i >= len(t) || t[i] != ' ' {
		return false
	}
	r := t[i+1:]
	return strings.HasPrefix(r, "— ") || strings.HasPrefix(r, "– ") || strings.HasPrefix(r, "-- ") || strings.HasPrefix(r, "- ")
}

// headlineCues are the verbs a title-case headline reports with ("Black
// Lawmakers Rip …", "Obama Sees …"), besides those of the first paragraph's.
var headlineCues = wordSet(`tells rips reveals blasts accuses defends denies claims admits vows
	insists rejects dismisses questions warns declares`)

func init() {
	for _, w := range strings.Fields(`rips reveals`) {
		objectCues[w] = true
		cues[w] = true
	}
}

// titleCase reports whether a sentence is printed as a headline: at least
// four words, and every word of four letters or more capitalised.
func titleCase(ws []word) bool {
	n := 0
	for i := range ws { // (by index: a word is large to copy)
		w := &ws[i]
		if len(w.text) < 4 || !isWordByte(w.text[0]) {
			continue
		}
		if !isCap(w.text) {
			return false
		}
		n++
	}
	return n >= 4
}

// listGoesOn reports whether the words from ws[i] (before e) continue a
// list begun before a comma: a noun phrase, then later "and" or "or"
// before the end, with no verb, participle or clause opener on the way.
func listGoesOn(ws []word, i, e int) bool {
	if i >= len(ws) || ws[i].is(cParticiple) || ws[i].is(cSubordinator) || subjectPronoun(ws[i].text) {
		return false
	}
	if w := ws[i].text; (w == "and" || w == "or") && i+1 < len(ws) {
		// ", and a city of …": the list's last item, unless a clause
		n := ws[i+1].text
		return !subjectPronoun(n) && !ws[i+1].is(cParticiple|cCue) && !isAux(n) && !isCap(n)
	}
	for m := i; m < len(ws) && ws[m].s < e && m-i < 25; m++ {
		w := ws[m].text
		switch {
		case w == "and" || w == "or":
			return m > i
		case w == ";" || w == ":" || ws[m].is(cCue|cParticiple) || isAux(w):
			return false
		}
	}
	return false
}

// titleSmall are the words a title leaves in lower case: "This Week with
// George Stephanopoulos", "State of the Union".
var titleSmall = wordSet(`a an the of and or nor but for to in on at by with from as vs per into`)

// markTitles flags the quotations of a paragraph starting at ps that are
// names of works, shows or slogans rather than speech: two to eight words,
// inside the paragraph's text rather than opening it, every word
// capitalised but for titleSmall ("appeared on “Meet the Press”",
// "Rand's “Atlas Shrugged”"). A title-case headline paragraph, whose
// quotations are speech in title case, is left alone.
func markTitles(t string, ps int, spans []span) {
	// whether the paragraph so far is in title case, checked a stretch at a
	// time so that a paragraph of many quotations is read once
	headline, words, text, from := true, 0, false, ps
	for i := range spans {
		sp := &spans[i]
		if sp.open > from {
			seg := t[from:sp.open]
			text = text || hasWord(seg)
			if headline {
				ok, n := capitalised(seg, words == 0)
				headline, words = ok, words+n
			}
			from = sp.open
		}
		if sp.unclosed || sp.words < 2 || sp.words > 8 || !text {
			continue
		}
		sp.title = titleWords(t[sp.open:sp.close]) && !(headline && words >= 2) && !speechOpens(t, ps, *sp)
	}
}

// speechOpens reports what makes a title-case quotation speech after all:
// its own exclamation or question mark ("declared “What a Super
// Tuesday!”"), a place at the start of a sentence or after a colon
// ("WSJ editorial: “Deport Nikki Haley.”"), or a cue just before it
// ("chanting “Bernie or Jill, No Hill”"). It reads at most the 64 bytes
// before the quotation.
func speechOpens(t string, ps int, sp span) bool {
	if c := t[sp.close-1]; c == '!' || c == '?' {
		return true
	}
	before := strings.TrimRight(t[max(ps, sp.open-64):sp.open], " \t“\"'‘")
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if strings.ContainsRune(".!?:;”’\"'", r) {
		return true
	}
	prev := before[strings.LastIndexByte(before, ' ')+1:]
	prev = strings.ToLower(prev)
	return cues[prev] || participles[prev]
}

// titleWords reports whether s is a title: two words or more, every one
// capitalised or a titleSmall word, the first capitalised, with no
// sentence ending inside.
func titleWords(s string) bool {
	ok, n := capitalised(s, true)
	return ok && n >= 2
}

// capitalised reports whether every word of s is capitalised, a number or
// (unless it opens s and first is set) a titleSmall word, with no sentence
// ending before the last word ("Deport Nikki Haley. Now."), and counts the
// words. It stops at the first word that is not.
func capitalised(s string, first bool) (bool, int) {
	n := 0
	prev := ""
	for f := range strings.FieldsSeq(s) {
		if len(prev) > 3 && (prev[len(prev)-1] == '.' || prev[len(prev)-1] == '!' || prev[len(prev)-1] == '?') {
			return false, n // a sentence ends inside
		}
		prev = f
		f = trimClosing(f)
		if f == "" {
			continue
		}
		c := rune(f[0])
		if c >= utf8.RuneSelf {
			c, _ = utf8.DecodeRuneInString(f)
		}
		switch {
		case c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf && (unicode.IsUpper(c) || unicode.IsDigit(c)):
		case (n > 0 || !first) && titleSmall[f]:
		default:
			return false, n
		}
		n++
	}
	return true, n
}

// trimClosing is strings.TrimRight(f, ",.!?’'\"”"), the punctuation that
// may close a word of a title, without the general cutset's rune decoding.
func trimClosing(f string) string {
	for len(f) > 0 {
		switch c := f[len(f)-1]; {
		case c == ',' || c == '.' || c == '!' || c == '?' || c == '\'' || c == '"':
			f = f[:len(f)-1]
		case strings.HasSuffix(f, "’") || strings.HasSuffix(f, "”"):
			f = f[:len(f)-len("’")]
		default:
			return f
		}
	}
	return f
}

// namingBases are the base forms of the naming cues, which report only as
// an infinitive that names its object with a quotation ("used the speech
// to call the plan “a disaster”"); elsewhere "call" is a noun or a
// present tense ("a call for help", "friends call him Bud").
var namingBases = wordSet(`call label brand dub term`)

func init() {
	for w := range namingBases {
		objectCues[w] = true // (no cue elsewhere: the sentence's cue loop tests namingInfinitive)
	}
}

// namingInfinitive reports whether ws[i], the base form of a naming cue,
// is an infinitive after "to" whose quotation (one of spans) opens after
// one to twelve words of its object, with no comma or other mark between
// ("to call the cases Trump is facing “persecution”", not "to call a
// meeting").
func namingInfinitive(ws []word, spans []span, i int) bool {
	if i < 2 || ws[i-1].text != "to" || prepositions[ws[i-2].text] || determiners[ws[i-2].text] {
		return false
	}
	for _, sp := range spans {
		if sp.open < ws[i].e {
			continue
		}
		n := 0
		for j := i + 1; j < len(ws) && ws[j].s < sp.open; j++ {
			if !isWordStart(ws[j].text) {
				return false
			}
			n++
		}
		return n >= 1 && n <= 12
	}
	return false
}

// namingCues name or label their object with a quotation: "called the plan
// “a disaster”", "dubbing him “Little Marco”".
var namingCues = wordSet(`call calls called calling dub dubs dubbed dubbing label labels labeled labelled
	labeling labelling brand brands branded branding term terms termed terming`)

// namedAs returns where the content of a naming cue ends: at the close of
// the quotation that names its object when the quotation takes the
// sentence's comma inside its marks ("called inversions “unpatriotic,” and
// his administration …", "called Cruz the “ultimate hypocrite,” linking
// to …") or a second verb phrase follows it ("called her “third-rate” and
// boycotted …"), the quotation opening within a few words of the cue.
// Otherwise it returns ce: what follows a quotation often still belongs to
// the naming ("called the deal “a step forward” in global efforts …").
func namedAs(t string, cue word, ws []word, spans []span, first, ce int) int {
	if !namingCues[cue.text] {
		return ce
	}
	for _, sp := range spans {
		if sp.words == 0 || sp.open <= cue.e || sp.close >= ce {
			continue
		}
		if countWords(t[cue.e:sp.open]) > 6 {
			return ce
		}
		if t[sp.close-1] == ',' {
			for _, nx := range spans {
				if nx.open > sp.close {
					if countWords(t[sp.close:nx.open]) <= 3 {
						return ce // a list of names: "a “nasty guy,” an “anchor baby” and …"
					}
					break
				}
			}
			return sp.close
		}
		m := first
		for m < len(ws) && ws[m].s < sp.close {
			m++
		}
		if m+1 < len(ws) && ws[m+1].s < ce && ws[m].text == "and" {
			if n := ws[m+1].text; len(n) > 4 && strings.HasSuffix(n, "ed") || irregularPast[n] || ws[m+1].is(cCue) {
				return sp.close
			}
		}
		return ce
	}
	return ce
}

// asPutIt reports whether ws[i], "put", is the cue of "as <speaker> put
// it": "it" follows, and "as" opens a noun phrase of at most six words
// before it, with no verb ("…, as a Homeland Security memo put it", "As
// Ann Lee put it in a statement, …").
func asPutIt(ws []word, i int) bool {
	if i+1 >= len(ws) || ws[i+1].text != "it" {
		return false
	}
	for a := i - 2; a >= 0 && i-a <= 7; a-- {
		switch ws[a].text {
		case "as", "As":
			return !hasVerb(ws[a+1 : i])
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// followOn returns the quote of a sentence s..e that has no cue of its own
// but carries a quotation of four words or more, right after a sentence
// whose last quote is prev: the quotation goes on with prev's speaker
// ("“It's an enormous moment,” said Smith. Unless rivals quit, “it's very
// difficult to see how he is stopped.”"). A title or a quotation left
// open is no such quotation.
func (st *state) followOn(prev Quote, s, e, para int, spans []span) (Quote, bool) {
	if prev.Speaker == "" {
		return Quote{}, false
	}
	t := st.text
	for _, sp := range spans {
		if sp.words < 4 || sp.title || sp.unclosed || sp.open < s || sp.close > e {
			continue
		}
		q := Quote{Speaker: prev.Speaker, SpeakerKind: prev.SpeakerKind, Role: prev.Role, Affiliation: prev.Affiliation,
			Via: prev.Via, MentionStart: -1, MentionEnd: -1}
		cs, ce := trimSpan(t, s, e)
		typ := Mixed
		if hasWord(t[cs:sp.open]) || hasWord(t[sp.close:max(ce, sp.close)]) {
			cs, ce = trimSpan(t, min(cs, sp.open), max(ce, sp.close))
		} else {
			typ, cs, ce = Direct, sp.open, sp.close
		}
		return st.mk(typ, cs, ce, para, -1, -1, q), true
	}
	return Quote{}, false
}

// participleAfter returns where the first participial cue after a comma
// ("…, saying …", "…, adding that …", "…, calling him …") at or after ce
// starts, or -1: a quotation after it is that participle's report, not a
// quote of its own.
func participleAfter(ws []word, ce int) int {
	for i := 1; i < len(ws); i++ {
		if ws[i].s >= ce && ws[i].is(cParticiple) && participleAfterComma(ws, i) {
			return ws[i].s
		}
	}
	return -1
}

// namedAfter reports whether the words after the cue ws[ci], up to a comma
// or the end, are a noun phrase that can name a speaker: at most eight
// words with no verb, opening with a capital or a determiner ("…, said
// Steve Elmendorf, a strategist", "…, said a former spokesman for the
// ministry").
func namedAfter(ws []word, ci int) bool {
	m := ci + 1
	for m < len(ws) && ws[m].text != "," {
		m++
	}
	if m == ci+1 || m-ci-1 > 8 || hasVerb(ws[ci+1:m]) {
		return false
	}
	switch ws[ci].text {
	case "told", "tells", "tell", "telling":
		return false // an audience follows: "…, told The Huffington Post"
	}
	f := ws[ci+1]
	if f.is(cDay) || f.lowerIs(cDay) || timeRun(ws[ci+1:m], 0) > 0 {
		return false // "…, said Tuesday"
	}
	return isCap(f.text) && !subjectPronoun(f.text) && !f.lowerIs(cPreposition) || f.lowerIs(cDeterminer)
}

// appositiveNameAt returns the end of a name of two to four capitalised
// words set off by the comma ws[m] and a comma or the end after it ("…, a
// former spokesman, Oleg Voloshyn, who …"), or m when there is none.
func appositiveNameAt(ws []word, m int) int {
	if m >= len(ws) || ws[m].text != "," {
		return m
	}
	n := m + 1
	for n < len(ws) && isCap(ws[n].text) && !ws[n].is(cPronoun) {
		n++
	}
	if k := n - m - 1; k < 2 || k > 4 || n < len(ws) && ws[n].text != "," {
		return m
	}
	return n
}
