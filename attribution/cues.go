package attribution

import "strings"

// objectCues are attitude and stance verbs whose content is their object
// (a noun phrase, an infinitive or a short clause) rather than a whole
// reported sentence: "voters want a change", "she endorsed Smith last week",
// "the poll found that …". Their content ends at the first comma and drops
// trailing time phrases. A sentence's speech cue is preferred to them.
var objectCues = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`want wants wanted support supports supported supporting backs backed backing
	endorse endorses endorsed endorsing oppose opposes opposed opposing favor favors favored prefer prefers
	found finds show shows showed plan plans planned seek seeks sought hope hopes hoped expect expects
	fear fears feared praised praises hailed welcomed condemned condemns criticized criticizes criticised
	blamed blames slammed blasted attacked accused accuses defended defends proposed proposes rejected rejects
	dismissed dismisses denounced denounces urged urges pledged vowed promised promises called calls declined
	refused refuses described describes cited cites questioned questions demanded demands threatened
	touted touts mocked ripped embraced embraces rejected seems seemed appears appeared appear seem
	expressed expresses voiced denied denies deny emphasized emphasised stressed underscored highlighted
	offered offers discussed decried decries assailed likened invoked slams vows ordered
	requested deemed encouraged portrayed applauded approved recommended reiterated
	reiterates mention considered considers named signed charged sees blame praise criticize
	identified nominated listed sounded projected presented
	convince persuade promote forecast attributed remembered refuse unveiled retweeted referenced rebuked
	lambasted celebrated blasts outlined portray vow threaten rebut accuse
	blast slam mock hail condemn denounce decry reject tout lambaste assail rebuke applaud`) {
		objectCues[w] = true
		cues[w] = true
	}
	for _, w := range strings.Fields(`demanded declined cited blamed questioned rejected attacked blasted slammed
	hailed welcomed condemned touted mocked ripped threatened embraced conceded concedes recounted recalls
	wondered acknowledged insist warn claim deny boasted lamented signaled hinted disputed challenged
	found finds show shows showed plans planned seeks favors backs backed backing endorses opposes
	supporting opposing endorsing want read reads wrote barked snapped screamed cried sang sings chants
	declares mused muses laughed sighed boomed beamed whispered replies demands insists notes observes
	recites recited echoed echoes reminded assured acknowledge indicate announce
	declare admit predict reveals hints learned doubt remember remembers recall realized speculated suspected
	informed`) {
		cues[w] = true
	}
	for _, w := range strings.Fields(`describing urging accusing praising blaming declaring vowing predicting
	acknowledging promising recalling writing tweeting joking complaining touting criticizing stressing
	asserting contending conceding admitting warning reminding pledging announcing emphasizing
	emphasising expressing highlighting underscoring denouncing hoping expecting refusing proposing blasting
	questioning defending seeking delivering discussing considering demanding referencing
	threatening dismissing detailing outlining mocking rejecting slamming recognizing mentioning implying
	repeating`) {
		participles[w] = true
	}
}

// days and time adverbs end an object cue's content: "endorsed Smith
// last week", "backed the plan on Monday".
var days = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true, "yesterday": true, "today": true, "tonight": true,
	"earlier": true, "week": true, "month": true, "year": true, "weekend": true, "morning": true, "night": true}

// objectEnd returns where an object cue's content that starts at ws[from]
// ends: at the first comma, semicolon or colon (but not at one before a
// modifier of the object: "a ban, including …", "Jerusalem, captured in
// 1967"), or before a trailing time phrase or adjunct ("after", "during"),
// and never after e.
func objectEnd(ws []word, from, e int) int {
	if from < len(ws) && (ws[from].text == "that" || ws[from].text == "whether") {
		return e // a clause, bounded like a speech verb's: "vowed that if …, he would …"
	}
	for m := from; m < len(ws) && ws[m].s < e; m++ {
		w := ws[m].text
		next := ""
		if m+1 < len(ws) {
			next = ws[m+1].text
		}
		switch {
		case w == "," && (next == "despite" || next == "including" || next == "followed" || next == "such" || isParticiple(next) && strings.HasSuffix(next, "ed") && !ws[m+1].is(cCue)):
			continue // "thanked Smith for coming, despite his busy schedule", "Jerusalem, captured in 1967, …" (not "…, cited his ad": a second report)
		case w == "," && listGoesOn(ws, m+1, e):
			continue // "described families in the park, packed restaurants and a city of …"
		case w == "," || w == ";" || w == ":":
		case m == from:
			continue
		case ws[m].is(cDay) && w != "week" && w != "month" && w != "year":
		case (w == "last" || w == "this" || w == "next" || w == "on" || w == "earlier") && days[next]:
		case w == "after" || w == "before" || w == "during" || w == "amid" || w == "since":
		case (w == "in" || w == "on") && m+2 < len(ws) && ws[m+2].is(cMedia):
			// "… in a tweet", "… on his website"
		default:
			continue
		}
		return ws[m].s
	}
	return e
}

// nounBefore lists words after which a cue word is a noun, an adjective or
// an infinitive rather than a finite reporting verb: "his support", "in 11
// states", "the proposed plan", "a strong showing", "to support".
var nounBefore = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "my": true, "your": true, "this": true, "these": true, "those": true,
	"of": true, "for": true, "in": true, "with": true, "by": true, "from": true, "on": true, "to": true,
	"at": true, "about": true, "into": true, "without": true, "against": true, "under": true, "over": true,
	"no": true, "any": true, "such": true,
	"strong": true, "broad": true, "public": true, "popular": true, "bipartisan": true, "new": true,
	"whose": true, "what": true, "other": true, "growing": true,
	"widespread": true, "financial": true, "political": true, "military": true, "lukewarm": true,
	"full": true, "tepid": true, "early": true, "conservative": true, "evangelical": true, "grassroots": true,
	"key": true, "crucial": true, "critical": true, "big": true, "major": true, "much": true, "phone": true}

// adjectivesBefore are the words of nounBefore that are adjectives or
// nouns ("military support", "phone calls"): they make a cue a noun only
// when it has a noun reading.
var adjectivesBefore = wordSet(`strong broad public popular bipartisan new growing widespread financial
	political military lukewarm full tepid early conservative evangelical grassroots key crucial critical
	big major much phone`)

// quantBefore lists quantifiers that are subjects before a speech verb
// ("many said") but make an object cue a noun ("more support").
var quantBefore = map[string]bool{"some": true, "many": true, "most": true, "few": true, "several": true,
	"all": true, "both": true, "two": true, "three": true, "more": true, "less": true, "much": true}

// cueVerb reports whether ws[i], a cue word, reads as a reporting verb in
// its context: not after a determiner, a possessive, a preposition, a
// number or an adjective that makes it a noun.
func cueVerb(ws []word, i int) bool {
	if ws[i].text[0] == 'r' && raiseWords[ws[i].text] {
		return raisesSpeech(ws, i)
	}
	if ws[i].text[0] == 'r' && ws[i].text == "reported" && i+1 < len(ws) && ws[i+1].text == "from" {
		return false // "Lerer reported from Los Angeles": where a reporter worked, no report
	}
	if ws[i].text[0] == 'c' && ws[i].text == "called" && i > 0 && lw(ws[i-1]) == "so" {
		return false // "the so called “Implementation Initiative”": an adjective
	}
	if namingParticiples[ws[i].text] && passiveBe(ws, i) && nameAfter(ws, i) {
		return false // "the plan has been called “a disaster” by critics": a passive naming (characterisations)
	}
	if ws[i].text[0] == 'c' && ws[i].text == "compared" && i+1 < len(ws) && (ws[i+1].text == "with" || ws[i+1].text == "to") {
		return false // "…, compared with 41 percent": a preposition, not a verb with its object
	}
	if i == 0 || ws[i].s-ws[i-1].e > 4 && ws[i].is(cSpeechVerb) && ws[i-1].text != "(" {
		// (a wide gap holds a quotation the words skip: in "is a “raw
		// time,” said Smith" the "a" before it makes no noun of "said")
		return !ws[i].is(cCueNext)
	}
	if ws[i].is(cCueNext) && !shareBefore(ws[i-1].text) && !pluralSubjectBefore(ws, i) {
		if next := cueNext[ws[i].text]; i+1 >= len(ws) || !next[ws[i+1].text] && !(next["CAP"] && isCap(ws[i+1].text)) {
			return false
		}
	}
	p := ws[i-1].text
	if p == "to" && i > 1 && infinitiveCue(ws, i) {
		return true // "declined to say whether …", "was quick to add that …"
	}
	if w := ws[i].text; (w == "said" || w == "says" || w == "told" || w == "tells" ||
		strings.HasSuffix(w, "ed") && !ws[i].is(cObjectCue)) && adjectivesBefore[p] {
		// "South Korea's military said": a noun before a verb that has no
		// noun reading ("the military support" is a noun phrase)
		return true
	}
	if ws[i-1].lowerIs(cNounBefore) || ws[i].is(cObjectCue) && ws[i-1].lowerIs(cQuantBefore) && !quantSubject(ws, i) || (strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s")) && !hasSpoken(ws, i) || p == "(" {
		return false // a possessive's noun: "the president's statement"
	}
	c := p[0]
	// "nine in 10 said": a past tense of saying is no noun after a number
	return !(c >= '0' && c <= '9') || ws[i].is(cSpeechVerb) && (pastTense(ws[i].text) || inTen(ws, i))
}

// hasSpoken reports a verb of speech after "he's", "she's" or "who's",
// whose "'s" is "has": "he's said he will run", "she's called it a
// “sham”" ("it's said" is a passive, "he's committed to" an adjective).
func hasSpoken(ws []word, i int) bool {
	switch contracted(ws[i-1].lower) {
	case "he", "she", "who":
		return ws[i].is(cSpeechVerb) || ws[i].text == "called"
	}
	return false
}

// pluralSubjectBefore reports whether the word before ws[i], a stance
// verb that is mostly a noun ("support"), is a subject that makes it a
// verb whatever follows: a plural noun, in lower case or a capitalised one
// of its own ("farmers support reforming the board", "most Millennials
// support background checks"), a plural pronoun or a relative word ("they support
// it", "voters who support deportation"). A noun's modifier before
// "support" is singular ("voter support", "public support").
func pluralSubjectBefore(ws []word, i int) bool {
	if ws[i].text != "support" || i == 0 {
		return false
	}
	p := ws[i-1]
	if ws[i].s-p.e != 1 {
		return false // "Americans’ support": a plural possessive (or a mark between)
	}
	switch p.lower {
	case "they", "we", "who", "that", "i", "you":
		return true
	}
	if !isLowerWord(p.text) && i > 1 && isCap(ws[i-2].text) || !strings.HasSuffix(p.lower, "s") || strings.HasSuffix(p.lower, "ss") {
		// (a capitalised plural after a capital is a name's end: "Bernie
		// Sanders support")
		return false
	}
	return !p.is(cNounBefore) && !p.is(cAuxiliary) && !p.is(cSubjectAux) && !p.is(cPreposition) && !p.is(cDeterminer) && !p.is(cQuantBefore) && !p.is(cAdverb)
}

// inTen reports a share "N in 10" right before ws[i]: "4 in 10 say …",
// after which a present tense of saying is a verb, too.
func inTen(ws []word, i int) bool {
	return i >= 3 && ws[i-2].text == "in" && (isNumber(ws[i-3].text) || ws[i-3].lowerIs(cNumberWord))
}

// quantSubject reports whether the quantifier before the cue ws[i] is
// the clause's subject ("Many fear the plan will …", "…, but some worry
// …"), not a noun's determiner ("many fears"): it opens the sentence or
// follows a comma or a conjunction, and the cue has no plural -s.
func quantSubject(ws []word, i int) bool {
	if strings.HasSuffix(ws[i].text, "s") || i+1 >= len(ws) {
		return false
	}
	if i == 1 {
		return true
	}
	p := ws[i-2].text
	return p == "," || p == "and" || p == "but" || p == ";"
}

// pastTense reports a past form of a verb of saying: "said", "argued".
func pastTense(s string) bool {
	return strings.HasSuffix(s, "ed") || s == "said" || s == "told" || s == "thought" || s == "knew" || s == "wrote"
}

// adjunctWords open the circumstances a reporting verb may carry before its
// content: "said on Monday", "said at a rally", "told reporters during …".
var adjunctWords = map[string]bool{"at": true, "during": true, "after": true, "before": true, "while": true,
	"when": true, "as": true, "via": true, "through": true, "in": true, "late": true, "early": true,
	"earlier": true, "later": true, "last": true, "this": true, "again": true, "repeatedly": true,
	"recently": true, "privately": true, "publicly": true, "separately": true, "afterward": true}

// adjunctStart reports whether the words from ws[i] open an adjunct rather
// than the reported clause.
func adjunctStart(ws []word, i int) bool {
	w := ws[i].text
	if w == "on" && i+1 < len(ws) {
		return ws[i+1].is(cDay) || isCap(ws[i+1].text)
	}
	return ws[i].is(cAdjunctWord) || ws[i].is(cDay) && w != "week" && w != "month" && w != "year"
}

// skipAdjunct returns where the reported clause starts after an adjunct at
// ws[i]: at a following "that", or after the comma that closes the adjunct;
// -1 when the words are all circumstance ("said at a rally.").
func skipAdjunct(ws []word, i int) int {
	if n := timeAdjunct(ws, i); n > 0 && i+n < len(ws) && clauseOpens(ws[i+n].text) && !ws[i+n].lowerIs(cPreposition) {
		// "said Wednesday he agrees …", "said on Monday the plan …"
		return ws[i+n].s
	}
	for m := i; m < len(ws) && m-i < 20; m++ {
		if m > i+1 && m <= i+4 && ws[m].is(cDeterminer) && ws[m].text != "that" && (isCap(ws[m-1].text) || ws[m-1].is(cDay) || ws[m-1].is(cMedia)) {
			// "noted on Twitter the change …": a short adjunct, then the object
			return ws[m].s
		}
		switch ws[m].text {
		case "that":
			return ws[m].s
		case ",", ":":
			if m+3 < len(ws) && m-i < 12 {
				return ws[m+1].s
			}
			return -1
		}
	}
	if len(ws)-i < 8 {
		return -1
	}
	return ws[i].s
}

// vpWords open a second verb phrase of the reporting sentence's subject
// after "and" or "but": "said that … but did not say when".
var vpWords = map[string]bool{"did": true, "didn't": true, "didn’t": true, "declined": true, "refused": true,
	"then": true, "later": true}

// phrasal maps reporting and stance words to the prepositions that
// introduce their content: "talked about the economy", "called for a
// ceasefire", "is critical of the plan". The content is the object of the
// preposition, bounded like an object cue's.
var phrasal = map[string]map[string]bool{}

func init() {
	add := func(preps string, words string) {
		for _, w := range strings.Fields(words) {
			if phrasal[w] == nil {
				phrasal[w] = map[string]bool{}
			}
			for _, p := range strings.Fields(preps) {
				phrasal[w][p] = true
			}
		}
	}
	add("about", `talk talks talked talking spoke speak speaks speaking wrote write writes writing
	tweeted complained complains complaining worried worries worry concerned joked jokes bragged boasted
	asked asks asking warned warns warning cautioned lied lies testified commented comments raved
	ranted optimistic pessimistic skeptical sceptical excited enthusiastic nervous upbeat confident
	frank candid open clear adamant unapologetic defensive angry upset thinking thought`)
	add("for", `called calls calling call pushed pushes pushing push argued argues
	arguing advocated advocates advocating pressed presses pressing lobbied lobbies lobbying
	campaigned campaigns campaigning praying prayed rooting rooted pleaded pleads blamed criticized
	criticised praised thanked apologized apologised`)
	add("out", `points pointed pointing`)
	add("back", `shot fired hit`)
	add("to", `referred refers referring responded responds responding objected objects objecting
	pointed points pointing alluded alludes alluding committed opposed open`)
	add("on", `commented comments commenting weighed insisted insists harped
	remarked reported reports reporting reflected reflects reflecting blamed blames blaming elaborated`)
	add("against", `warned warns warning railed rails railing argued argues arguing voted votes voting
	spoke speaks speaking cautioned cautions cautioning campaigned campaigns campaigning lashed`)
	add("with", `agreed agrees agree sided sides disagreed disagrees disagree`)
	add("at", `lashed aimed jabbed swiped poked`)
	add("of", `critical supportive skeptical sceptical wary afraid proud fearful dismissive
	contemptuous respectful tolerant protective appreciative convinced aware`)
	add("in", `believe believes believed believing`)
	add("up", `talked talks talking`)
	add("about", `gushed gushes gushing boast boasts boasting bragging`)
	add("of", `talked talks spoke speaks`)
}

// askCues report a question; their content is the question or request
// after the addressee: "asked Smith whether …", "asked voters to …". A
// later speech cue in the sentence is preferred ("When asked …, she said").
var askCues = map[string]bool{"asked": true, "asks": true, "asking": true, "ask": true, "wondered": true}

func init() {
	for w := range askCues {
		cues[w] = true
		delete(objectCues, w)
	}
}

// askedClause returns where an ask cue's content starts, at a question
// word, an infinitive, "about" or a quotation (at quoteAt, -1 when there is
// none) within a few words of ws[after]; -1 when there is none of them.
func askedClause(ws []word, after, quoteAt int) int {
	for m := after; m < len(ws) && m-after < 10; m++ {
		if quoteAt >= 0 && ws[m].s >= quoteAt {
			return quoteAt
		}
		switch ws[m].text {
		case "whether", "if", "how", "what", "who", "whom", "which", "when", "why", "where", "to", "about":
			return ws[m].s
		case ",", ";", ":":
			if quoteAt >= 0 && (m+1 >= len(ws) || ws[m+1].s >= quoteAt) {
				return quoteAt
			}
			return -1
		}
	}
	if quoteAt >= 0 && (after >= len(ws) || ws[after].s >= quoteAt) {
		return quoteAt
	}
	return -1
}

// nounCues are nouns of speech and belief whose content is a "that"
// clause: "the claim that …", "his belief that …". Unlike verbs they may
// follow a determiner. (Nouns with prepositions, "support for", "concerns
// about", found as many false quotes as true ones; a noun cue that is also
// a verb, "comments", reports before another preposition only as a verb.)
var nounCues = map[string]bool{}

func init() {
	add := func(preps string, words string) {
		for _, w := range strings.Fields(words) {
			nounCues[w] = true
			if phrasal[w] == nil {
				phrasal[w] = map[string]bool{}
			}
			for _, p := range strings.Fields(preps) {
				phrasal[w][p] = true
			}
		}
	}
	add("that", `claim claims belief beliefs suggestion assertion argument warning promise fears fear hope
	hopes assurance assurances insistence allegation allegations view notion remark admission
	contention comment comments conclusion`)
}

// nounReports reports whether the noun cue ws[i] and the "that" after it
// open a reported clause ("her remark that “there's a special place …”",
// "the claim that the plan failed") rather than a relative clause
// ("remarks that were less surprising", "a statement that sought …"): no
// verb or form of "be" follows "that" (see hasVerb), or a quotation or
// nothing does.
func nounReports(t string, ws []word, i int) bool {
	if ws[i+1].text != "that" {
		return true
	}
	return i+2 >= len(ws) || !hasVerb(ws[i+2:i+3]) && !beForm(ws[i+2].text) || quoteBetween(t, ws[i+1].e, ws[i+2].s)
}

// subjectAux end a sentence's subject: "McConnell was quick to …".
var subjectAux = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "could": true, "can": true, "did": true,
	"does": true, "do": true, "may": true, "might": true, "should": true, "must": true}

// attributionAt reports whether ws opens an attribution of what precedes:
// "according to …", "as … reported", or a short subject and a speech cue
// ("he claimed", "the senator said").
func attributionAt(ws []word) bool {
	if len(ws) > 1 && (ws[0].text == "according" && ws[1].text == "to" || ws[0].text == "as") {
		return true
	}
	for i := 0; i < len(ws) && i < 5; i++ {
		w := ws[i].text
		if w == "," || w == ":" || w == ";" {
			return false
		}
		if ws[i].is(cCue) && !ws[i].is(cObjectCue) {
			return true
		}
	}
	return false
}

// cueNext lists cue words that are mostly nouns ("in five states", "a
// campaign plan") with the words after which they report ("CAP": any
// capitalised word).
var cueNext = map[string]map[string]bool{
	"states":    {"that": true},
	"questions": {"whether": true, "if": true, "why": true, "how": true, "what": true},
	"question":  {"whether": true, "if": true, "why": true, "how": true, "what": true},
	"plan":      {"to": true},
	"plans":     {"to": true},
	"planned":   {"to": true},
	"support":   {"CAP": true, "the": true, "a": true, "him": true, "her": true, "them": true, "it": true, "his": true},
}

// media are the channels a stance is voiced in: "called the plan a failure
// in a tweet".
var media = map[string]bool{"tweet": true, "statement": true, "interview": true, "speech": true,
	"letter": true, "post": true, "video": true, "website": true, "op-ed": true, "email": true,
	"release": true, "memo": true, "radio": true, "television": true, "podcast": true, "rally": true}

// withSubject returns the index of "with" when the participle ws[i] has
// its own subject after it ("with Smith saying …", "with officials
// warning …"), or -1.
func withSubject(ws []word, i int) int {
	if !ws[i].is(cParticiple) {
		return -1
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if ws[k].text == "with" {
			for _, w := range ws[k+1 : i] {
				if !isCap(w.text) && !w.is(cPronoun) && !w.is(cGroupWord) && !shareWord(w.text) && !quantityLead[w.text] {
					return -1 // "with Smith saying", "with 22 percent saying"
				}
			}
			return k
		}
	}
	return -1
}

// subjectPronoun reports whether w is a subject pronoun, possibly with a
// contracted verb ("he’s", "they'll"): the start of a clause after an
// addressee ("told reporters she would run").
func subjectPronoun(w string) bool {
	if i := apostrophe(w); i > 0 {
		w = w[:i]
	}
	switch w {
	case "he", "she", "they", "we", "I", "it":
		return true
	}
	return false
}

// objectReport reports whether the object cue ws[i] reports a stance or a
// finding rather than a sight or an appearance: "the photos showed him
// in a suit" and "she appeared at the rally" report nothing; "the poll
// showed Smith ahead" and "he appeared to concede" do.
func objectReport(ws []word, i int) bool {
	if i+1 >= len(ws) {
		return true
	}
	next := ws[i+1].text // lower case: a capital is no pronoun or preposition here
	switch ws[i].text {
	case "show", "shows", "showed":
		return !objectPronouns[next]
	case "appear", "appears", "appeared", "seem", "seems", "seemed":
		return !prepositions[next] || next == "to"
	case "found", "finds", "find":
		// "found itself at the center of …", "found ways to …": no finding
		return !reflexives[next] && next != "ways" && next != "time"
	}
	return true
}

var reflexives = wordSet(`himself herself itself themselves myself ourselves yourself`)

var objectPronouns = wordSet(`him her them me us`)

// reportJoins join a second report to a first one: "…, and most said …",
// "… while others said …".
var reportJoins = wordSet(`and but while whereas`)

// secondReport reports whether a second report with its own subject starts
// at ws[m], a comma or a conjunction inside a reported clause: "said A, and
// more than half said B", "said A while nine in 10 said B". The subject is a
// noun phrase of a few words before a speech verb.
func secondReport(ws []word, m int) bool {
	i := m
	if ws[i].text == "," {
		i++
	}
	if i >= len(ws) || !ws[i].is(cReportJoin) || i == m && ws[i].text != "while" && ws[i].text != "whereas" {
		return false
	}
	i++
	for n := i + 1; n < len(ws) && n-i <= 7; n++ {
		w := ws[n].text
		if w == "," || w == ";" || w == ":" || w == "that" {
			return false
		}
		if ws[n].is(cSpeechVerb) && cueVerb(ws, n) {
			for _, x := range ws[i:n] {
				if isLowerWord(x.text) && (isAux(x.text) || isParticiple(x.text) || x.text == "who" || x.text == "which") {
					return false
				}
			}
			h := ws[n-1].text
			_, pro := pronouns[h]
			return pro || isCap(h) || isNumber(h) || numberWords[h] || quantifierNouns[h] || shareWord(h) || nounKind(h) != ""
		}
	}
	return false
}

// notThatVerbs end in -ed or -s but do not report the "that" clause after
// them: "so that", "provided that", "means that".
var notThatVerbs = wordSet(`provided assuming given means meant is was has does needs needed ensures
	ensured ensure seems seemed appears appeared happens happened`)

// clauseOpeners may open the subject of a "that" clause: determiners,
// pronouns and the like; a verb or an auxiliary right after "that" makes it
// a relative pronoun ("the plan that failed").
func clauseOpens(w string) bool {
	if isCap(w) || determiners[w] || isNumber(w) {
		return true
	}
	if _, ok := pronouns[w]; ok {
		return true
	}
	return subjectPronoun(w) || clauseSubjects[w]
}

// clauseSubjects are other words that open a "that" clause's subject:
// "anticipated that one of the biggest challenges …", "that there is …".
var clauseSubjects = wordSet(`one none nobody nothing everyone everybody someone somebody anyone there you`)

// thatVerb reports whether ws[i] is a finite verb that reports the "that"
// clause after it: a lower-case word ending in -ed or -s, after its subject
// (a noun, a name or a pronoun; an auxiliary or an adverb may come
// between), with "that" and the start of a clause or a quotation after it
// ("projects that “imposing a tax” would …"). Nouns before
// "that" ("the fact that", "reports that") are left to the noun cues.
func thatVerb(t string, ws []word, i int) bool {
	w := ws[i].text
	if ws[i+1].text != "that" || !clauseOpens(ws[i+2].text) && !quoteBetween(t, ws[i+1].e, ws[i+2].s) || !isLowerWord(w) || len(w) < 4 || notThatVerbs[w] {
		return false
	}
	if beliefAdjectives[w] {
		return true // "is confident that …", "were acutely aware that …"
	}
	if !strings.HasSuffix(w, "ed") && !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
		return false
	}
	p := ws[i-1].text
	pl := strings.ToLower(p)
	if nounBefore[pl] || quantBefore[pl] || prepositions[pl] || p == "," || p == "(" || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") {
		return false
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && (isAux(pl) || nounKind(w) != "") {
		return false // "has claims that", "officials that"
	}
	return true
}

// timeAdjunct returns how many words from ws[i] form a short time phrase
// after a cue: "Wednesday", "on Monday", "last week", "this month", "on
// Tuesday night"; 0 when there is none.
func timeAdjunct(ws []word, i int) int {
	n := 0
	if ws[i].text == "on" || ws[i].text == "last" || ws[i].text == "this" || ws[i].text == "earlier" {
		n = 1
	}
	if i+n >= len(ws) || !ws[i+n].is(cDay) {
		return 0
	}
	n++
	if i+n < len(ws) && (ws[i+n].text == "night" || ws[i+n].text == "morning" || ws[i+n].text == "evening" || ws[i+n].text == "afternoon") {
		n++
	}
	return n
}

// splitReport reports whether a reported clause runs on both sides of its
// attribution: "Many of the closures, he said, have involved public
// courses", "The tool was built for crises, a spokeswoman said on Monday,
// and it has been used five times". The words before the comma ws[k] are
// the first part; after the cue (words from ws[after]) an optional adjunct
// and a comma lead to the rest, which is no participle, relative or
// attribution of its own, and the attribution is no relative clause. The
// rest is three words or more, or fewer and a quotation of spans after
// them ("…, he added, amount to “just tinkering …”": the quoted words are
// no part of ws).
func splitReport(ws []word, spans []span, k, after int) bool {
	if countClause(ws[:k]) < 2 || k+1 < len(ws) && (ws[k+1].text == "who" || ws[k+1].text == "which") {
		// (", who said …, closed the shop": a relative clause's report)
		return false
	}
	for i := 0; i < k; i++ {
		if w := ws[i].text; w == "," && i > 0 && nameBetweenCommas(ws, i, k) {
			i += nameLen(ws, i+1) + 1 // "the mayor, Ann Lee, …": an appositive name
			continue
		} else if w == "," || w == ";" || w == ":" {
			return false // "In May, …, he said": leave a long front alone
		}
	}
	m := after
	for m < len(ws) && m-after < 6 && ws[m].text != "," {
		m++
	}
	if m+1 >= len(ws) || ws[m].text != "," || m+3 >= len(ws) && !quoteAfter(spans, ws[m+1].e) {
		return false
	}
	n := ws[m+1].text
	if participles[n] || isParticiple(n) && strings.HasSuffix(n, "ing") || relativeWords[n] || n == "according" || n == "as" || n == "who" || n == "which" {
		return false
	}
	for _, w := range ws[m+1:] {
		if w.is(cCue) && !w.is(cObjectCue) {
			return false
		}
	}
	return true
}

// nameBetweenCommas reports whether the comma ws[i], before ws[k], opens
// an appositive name closed by a comma before ws[k]: one to four
// capitalised words ("the front-runner, Ann Lee, …").
func nameBetweenCommas(ws []word, i, k int) bool {
	n := nameLen(ws, i+1)
	return n > 0 && n <= 4 && i+1+n < k && ws[i+1+n].text == ","
}

// nameLen returns the number of capitalised words from ws[i] on.
func nameLen(ws []word, i int) int {
	n := 0
	for i+n < len(ws) && isCap(ws[i+n].text) && !subjectPronoun(ws[i+n].text) {
		n++
	}
	return n
}

// quoteAfter reports whether a quotation of two words or more opens at or
// after the byte offset at.
func quoteAfter(spans []span, at int) bool {
	for _, sp := range spans {
		if sp.open >= at && sp.words >= 2 {
			return true
		}
	}
	return false
}

// splitLink reports whether the link ws[i], after a report and its
// attribution ("…, the company added, and …"), may carry the report on:
// "because" or "so" ("…, economists say, because there is little
// precedent"), or "and" before no new subject ("…, and had passed all
// checks"; not "…, and Smith disagreed"), right after the comma (no
// quotation between them).
func splitLink(ws []word, i int) bool {
	if i == 0 || ws[i].s-ws[i-1].e > 1 {
		return false
	}
	switch ws[i].text {
	case "because", "so":
		return true
	case "and":
		return i+1 < len(ws) && !isCap(ws[i+1].text) && !subjectPronoun(ws[i+1].text) && !ws[i+1].lowerIs(cDeterminer)
	}
	return false
}

// infinitiveCue reports a base-form verb of saying after "to" and a verb or
// an adjective ("declined to say", "is expected to argue", "was quick to
// add"): the subject of the sentence reports.
func infinitiveCue(ws []word, i int) bool {
	w, b := ws[i].text, ws[i-2].text
	if b == "on" && i > 2 && goForms[ws[i-3].text] {
		b = ws[i-3].text // "went on to say …": the particle of "go on"
	}
	return speechVerbs[w] && !pastTense(w) && !strings.HasSuffix(w, "s") && isLowerWord(b) && !prepositions[b] && !determiners[b]
}

// goForms are the forms of "go", whose "on" before "to" is a particle ("went
// on to say"), not a preposition.
var goForms = wordSet(`go goes going went gone`)

// beliefAdjectives report the "that" clause after them as their subject's
// belief: "is confident that …", "were aware that …".
var beliefAdjectives = wordSet(`aware confident clear sure certain adamant hopeful optimistic pessimistic
	skeptical sceptical afraid worried concerned convinced insistent`)

// closingSpeech returns the index of the verb of speech that closes the
// sentence from ws[k], after a comma: a short subject, the verb, and at
// most a few words more ("…, he added.", "…, Smith told reporters on
// Monday."), or -1. A "that" or a comma after the verb opens a clause of
// its own, and the verb then closes nothing.
func closingSpeech(ws []word, k int) int {
	v := -1
	for i := k; i < len(ws) && i-k <= 5; i++ {
		switch ws[i].text {
		case ",", "as", "and", "but", "or":
			return -1 // (", as reported by …" names a channel; ", and said …" is a second predicate)
		}
		if ws[i].is(cParticiple) {
			return -1
		}
		if ws[i].is(cSpeechVerb) && i > k {
			v = i
			break
		}
	}
	if v < 0 || len(ws)-v > 5 {
		return -1
	}
	switch b := ws[v-1].text; {
	case modals[b], b == "to", b == "not", b == "did", b == "does", b == "do":
		return -1 // "…, Smith will insist on …": a main clause, not a closing attribution
	}
	for _, w := range ws[v+1:] {
		if w.text == "," || w.text == "that" || w.text == "by" || w.is(cCue) || w.is(cParticiple) {
			return -1
		}
	}
	return v
}
