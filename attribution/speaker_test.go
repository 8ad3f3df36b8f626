package attribution

import (
	"strings"
	"testing"
)

// TestSpeakerRules checks each speaker-naming rule on sentences written for
// the test: the quote whose content contains content must have the given
// speaker, kind and role; speaker "-" means no quote may contain content.
func TestSpeakerRules(t *testing.T) {
	tests := []struct {
		rule, text, content string
		speaker             string
		kind                SpeakerKind
		role                string
	}{
		// invisible format characters and doubled spaces neither split nor join names
		{"zero-width space in a name", "“We will win,” said Jane\u200b Roe.", "We will win", "Jane Roe", Person, ""},
		{"zero-width space as the only gap", "Jane\u200bRoe said the plan would fail.", "plan would fail", "Jane Roe", Person, ""},
		{"directional marks around a name", "\u202aJane Roe\u202c said the plan would fail.", "plan would fail", "Jane Roe", Person, ""},
		{"doubled space in a name", "“We will win,” said Jane  Roe.", "We will win", "Jane Roe", Person, ""},
		// a headline's title-case capital is no part of an anonymous group's name
		{"group in a title-case headline", "The port reopened.\n\nHarbour Dredging Will Resume in May, Experts Say\n\nThe port reopened on Monday.", "Harbour Dredging", "experts", Group, ""},
		// a link line's title-case headline names no antecedent
		{"a link line before a pronoun", "Ann Lee spoke at the fair.\n\nRead: The Harbour Swap Is a Bold Bet\n\nShe used the speech to call the fees “theft.”", "the fees", "Ann Lee", Person, ""},
		{"a known surname opening a sentence before a pronoun", "Mayor Ann Lee opened the fair.\n\nCrowds came from Port Talbot.\n\nLee spoke at the pier. She used the speech to call the fees “theft.”", "the fees", "Ann Lee", Person, ""},
		{"group at the start of a sentence", "Sources told the paper that the talks had failed.", "talks had failed", "sources", Group, ""},
		// temporal and adverbial phrases are no part of the speaker
		{"leading temporal phrase", "On Tuesday the city council said the bridge would reopen in May.", "bridge would reopen", "city council", Organisation, ""},
		{"leading duration", "For weeks the ministry has insisted that the water was safe to drink.", "water was safe", "ministry", Organisation, ""},
		{"trailing temporal phrase", "Finance Minister Lena Park on Monday said the budget would be cut.", "budget would be cut", "Lena Park", Person, "Finance Minister"},
		{"trailing adverb", "Omar Diaz angrily denied that he had taken the money.", "he had taken the money", "Omar Diaz", Person, ""},
		// a clause boundary: the subject follows the relative or conjunction
		{"relative clause", "The port was expanded last year, which the government said would double its capacity.", "double its capacity", "government", Organisation, ""},
		{"subordinate clause", "Prices rose again after the central bank warned that inflation was sticky.", "inflation was sticky", "central bank", Organisation, ""},
		{"who after a description", "He is a popular local farmer who said the new road would ruin his fields.", "road would ruin his fields", "popular local farmer", Person, ""},
		// fragments, verb phrases and passives are not speakers
		{"not a source noun", "The visit to the plant underscored the risks facing the company.", "risks facing the company", "-", "", ""},
		{"passive cue", "The mayor was criticized by residents for the slow repairs.", "slow repairs", "-", "", ""},
		{"noun cue after a number", "Twenty-seven states sued the agency over the rules on emissions.", "agency over the rules", "-", "", ""},
		{"noun cue after a verb", "The senator scrutinized reports of waste in the programme.", "waste in the programme", "-", "", ""},
		// looking further: the clause subject, an aside, the inverted subject
		{"participle after clause", "“We will vote on Monday,” Tom Reed said.\nThe union rejected the offer, saying it did not cover pensions.", "did not cover pensions", "union", Organisation, ""},
		{"participle after a time phrase", "“We will vote on Monday,” Tom Reed said.\nHours later, the union rejected the offer, saying it did not cover pensions.", "did not cover pensions", "union", Organisation, ""},
		{"participle in an apposition", "State radio reported the mayor praising the plan, while Karl Olsen, earlier stressing the “real cost” of the bridge, voiced doubts about it.", "real cost", "Karl Olsen", Person, ""},
		{"subject after while", "State radio reported the mayor praising the plan, while Karl Olsen, earlier stressing the “real cost” of the bridge, voiced doubts about it.", "doubts about it", "Karl Olsen", Person, ""},
		{"agent of asked", "“We will talk about every issue,” Karl Olsen said, when asked by reporters whether the plant would close.", "whether the plant would close", "reporters", Group, ""},
		{"having + participle", "Mayor Ana Soto thanked the volunteers, having earlier praised the fire service as heroic.", "fire service as heroic", "Ana Soto", Person, "Mayor"},
		{"adverb after appositive", "Ruth Gale, the head of the nurses union, forcefully told reporters that staff were exhausted.", "staff were exhausted", "Ruth Gale", Person, "the head of the nurses union"},
		{"prepositional aside", "Senator Omar Diaz, in particular, has sharply criticized the plan as reckless.", "the plan as reckless", "Omar Diaz", Person, "Senator"},
		{"aside is no role", "A spokeswoman for the airline, for her part, said the flights would resume on Friday.", "flights would resume", "spokeswoman for the airline", Person, ""},
		{"copula before a stance adjective", "Omar Diaz has been critical of the new stadium.", "the new stadium", "Omar Diaz", Person, ""},
		{"restrictive relative clause", "Nurses who staff the night shift said the wards were understaffed.", "wards were understaffed", "nurses", Group, ""},
		{"coordinated cue without a comma", "The mayor met the families on Monday and said the city would pay for the repairs.", "city would pay", "mayor", Person, ""},
		{"clause subject past a long aside", "Jane Roe, 54, a nurse from Ohio who voted for him twice, said she would stay home.", "she would stay home", "Jane Roe", Person, ""},
		{"inverted after a fragment", "This is “the coldest winter in a decade,” reported the Weather Service.", "coldest winter in a decade", "Weather Service", Organisation, ""},
		// names: parentheses, names that look like adverbs or verbs
		{"party affiliation", "Rep. Ann Lee (D-Ohio) said the bill was dead.", "bill was dead", "Ann Lee", Person, "Rep"},
		{"name like an adverb", "Rep. Paul Kelly said the vote would be close.", "vote would be close", "Paul Kelly", Person, "Rep"},
		{"name like a verb", "The columnist George Will said the speech fell flat with voters.", "speech fell flat", "George Will", Person, "columnist"},
		{"party tag after a name", "The bill will pass, Senate leader Ann Lee, R-Ohio, said on Tuesday.", "bill will pass", "Ann Lee", Person, "Senate leader"},
		{"relative pronoun: the name before", "The plan was backed by Senator Omar Diaz, who said it would save money.", "would save money", "Omar Diaz", Person, "Senator"},
		{"relative pronoun: a description", "Talks stalled with the dockworkers union, which said the offer was an insult.", "offer was an insult", "dockworkers union", Organisation, ""},
		{"clause end is no appositive name", "Lower rates are good news for the Treasury, because borrowing gets cheaper, said Ruth Gale.", "borrowing gets cheaper", "Ruth Gale", Person, ""},
		// organisations, groups and their canonical names
		{"country abbreviation", "The U.S. has said the sanctions will stay in place.", "sanctions will stay", "US", Organisation, ""},
		{"capital for government", "The deal was signed, although Washington has warned that sanctions would follow.", "sanctions would follow", "Washington", Organisation, ""},
		{"sentence-initial group", "Experts said the drought would last into the autumn.", "drought would last", "experts", Group, ""},
		{"quantifier", "Most agreed that the plan was too costly for the town.", "plan was too costly", "most", Group, ""},
		{"poll share", "Twelve percent said they were not sure who to vote for.", "not sure who to vote", "percent", Group, ""},
		{"coordinated names", "Moscow and Beijing have denied the reports of an arms deal.", "reports of an arms deal", "Moscow and Beijing", Group, ""},
		{"possessive head", "The governor's office said the roads were closed until Sunday.", "roads were closed", "governor's office", Organisation, ""},
		{"surname first: given names at first mention", "Talks began after regional leader Park Ji Won arrived on Monday. The deal is near, Park said.", "deal is near", "Park Ji Won", Person, ""},
		{"title-case headline is no full name", "Park, Lee Meet in Seoul\nThe deal is near, Lee said.", "deal is near", "Lee", Person, ""},
		{"possessive of a minister", "The country's energy minister Karl Olsen opened the plant. The grid is stable, Olsen's ministry said.", "grid is stable", "energy ministry", Organisation, ""},
		{"possessive name", "Ann Lee's deputy Karl Olsen said the plant would close.", "plant would close", "Karl Olsen", Person, "Ann Lee's deputy"},
		// pronouns and descriptions resolve to earlier speakers
		{"pronoun: person named in the sentence", "“We will build it,” Tom Reed said.\nAsked about the costs, Lena Park's reply was short: “Not this year, perhaps next year,” she said.", "Not this year", "Lena Park", Person, ""},
		{"pronoun: antecedent without its adverb", "Later Omar Diaz left the hall.\n“It was a long night for all of us,” he said.", "long night", "Omar Diaz", Person, ""},
		{"pronoun it: medium in the sentence", "The ministry said the talks had failed.\nThe ferry left at noon, Reuters reported, and the crew was safe, it said.", "the crew was safe", "Reuters", Organisation, ""},
		{"pronoun it: organisation", "The ministry said the talks had failed. It said a new round would start in June.", "new round would start", "ministry", Organisation, ""},
		{"definite description: matching person", "German Chancellor Eva Lang spoke first. “We will act,” Lang said.\nLater, French President Marc Aubert arrived. “We agree,” Aubert said.\nThe deal is close, the German leader said.", "deal is close", "Eva Lang", Person, ""},
		{"indefinite description is not a known person", "“We will act,” Eva Lang said.\nA spokesman said the office was closed.", "office was closed", "spokesman", Person, ""},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			qs := New(nil).Extract(tc.text)
			checkSpans(t, tc.text, qs)
			for _, q := range qs {
				if !strings.Contains(q.Content, tc.content) {
					continue
				}
				if tc.speaker == "-" {
					t.Fatalf("got a quote %q by %q (mention %q), want none", q.Content, q.Speaker, q.Mention)
				}
				if q.Speaker != tc.speaker || q.SpeakerKind != tc.kind || q.Role != tc.role {
					t.Errorf("speaker %q %s role %q (mention %q), want %q %s role %q", q.Speaker, q.SpeakerKind, q.Role, q.Mention, tc.speaker, tc.kind, tc.role)
				}
				return
			}
			if tc.speaker != "-" {
				t.Errorf("no quote containing %q in %+v", tc.content, qs)
			}
		})
	}
}

// TestChannel checks that the channel a named speaker's words came through
// goes to Via, not to the speaker.
func TestChannel(t *testing.T) {
	tests := []struct{ name, text, content, speaker, via string }{
		{"according to after the cue", "Lena Park said the mine would reopen, according to Reuters, a news agency.", "mine would reopen", "Lena Park", "Reuters"},
		{"as reported by", "Omar Diaz said the border would stay shut, as reported by local news agencies.", "border would stay shut", "Omar Diaz", "local news agencies"},
		{"broadcast on", "“We have not given up,” Ana Soto said in remarks broadcast on TV from the hospital.", "We have not given up", "Ana Soto", "TV"},
		{"footage broadcast on", "“The talks went well,” Marc Aubert said, according to footage broadcast on state television.", "The talks went well", "Marc Aubert", "state television"},
		{"told", "The port will reopen in March, Karl Olsen told AFP.", "port will reopen", "Karl Olsen", "AFP"},
		{"two-word agency name", "The port is open, with Karl Olsen saying the ships were chosen with care, RIA Novosti reported.", "ships were chosen", "Karl Olsen", "RIA Novosti"},
		{"said, X reported", "The port will reopen in March, Karl Olsen said, Reuters and AFP reported.", "port will reopen in March", "Karl Olsen", "Reuters and AFP"},
		{"according to as the cue is the source", "The plant will close, according to the official news agency.", "plant will close", "official news agency", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := New(nil).Extract(tc.text)
			for _, q := range qs {
				if strings.Contains(q.Content, tc.content) {
					if q.Speaker != tc.speaker || q.Via != tc.via {
						t.Errorf("speaker %q via %q, want %q via %q", q.Speaker, q.Via, tc.speaker, tc.via)
					}
					return
				}
			}
			t.Errorf("no quote containing %q in %+v", tc.content, qs)
		})
	}
	// the channel phrase itself is no reported clause
	for _, text := range []string{
		"“The talks went well,” Marc Aubert said, according to footage broadcast on state television.",
		"“We have not given up,” Ana Soto said in remarks broadcast on TV.",
	} {
		for _, q := range New(nil).Extract(text) {
			if q.Type != Direct {
				t.Errorf("%q: quote %s %q, want only the direct quote", text, q.Type, q.Content)
			}
		}
	}
}

// FuzzSpeakerFrom feeds arbitrary words to the noun-phrase checks and the
// speaker naming, in both directions, and checks that the mention, when
// set, is the text at its offsets and that the speaker is set only with a
// kind.
func FuzzSpeakerFrom(f *testing.F) {
	for _, s := range []string{
		"On Wednesday North Korean leader Ann Lee",
		"which the US",
		"Rep. Ann Lee (D-Ohio)",
		"“A,” the official TASS agency",
		"having earlier",
		"Both Moscow and Seoul",
		"Nearly eight of 10 voters",
		"Olsen's ministry",
		"( ) , ' ’s —",
	} {
		f.Add("Karl Olsen, the energy minister, spoke. "+s, s)
	}
	f.Fuzz(func(t *testing.T, text, phrase string) {
		full := text + " " + phrase
		st := &state{e: New([]Speaker{{Name: "Ann Lee", Aliases: []string{"the finance minister"}}}), text: full}
		ws := words(full, len(text), len(full), nil)
		for _, inverted := range []bool{false, true} {
			q := Quote{MentionStart: -1, MentionEnd: -1}
			st.speakerFrom(&q, ws, inverted)
			if q.MentionStart >= 0 && full[q.MentionStart:q.MentionEnd] != q.Mention {
				t.Fatalf("mention %q at [%d,%d) is %q", q.Mention, q.MentionStart, q.MentionEnd, full[q.MentionStart:q.MentionEnd])
			}
			if q.Speaker != "" && (q.SpeakerKind == "" || q.SpeakerKind == Unknown) {
				t.Fatalf("speaker %q with kind %q", q.Speaker, q.SpeakerKind)
			}
		}
		q := Quote{MentionStart: -1, MentionEnd: -1}
		if len(ws) > 0 {
			st.subjectBefore(&q, ws, 0, len(ws), len(ws)-1)
			st.participleSpeaker(ws, len(ws)-1)
			st.channel(&q, ws, 0, 0, 0, 0)
		}
	})
}
