package attribution

import "testing"

// TestIndirectRules checks the rules for reported speech without quotation
// marks: each case gives the contents and, where it matters, the mention
// of the speaker of the first one.
func TestIndirectRules(t *testing.T) {
	runContentCases(t, []contentCase{
		{"a closing speaker outranks a progressive verb in the clause", "The town wants a bridge, while the county is seeking help with its roads, the mayor added.",
			[]string{"The town wants a bridge, while the county is seeking help with its roads"}, "the mayor"},
		{"a closing speaker with an audience", "The county is seeking help with its roads, the mayor told reporters on Monday.",
			[]string{"The county is seeking help with its roads"}, "the mayor"},
		{"a closing channel after as is no speaker", "The mayor indicated that roads would be mended, as reported by local radio.",
			[]string{"that roads would be mended"}, "The mayor"},
		{"a second predicate after a closing source is no closing speaker", "The nurses toured the ward on Monday, according to their union, and said it was full.",
			[]string{"The nurses toured the ward on Monday", "it was full"}, "their union"},
		{"a modal before the verb makes a main clause", "Whatever the cost, no matter the delay, the mayor will insist on a bridge.",
			nil, ""},
		{"a pronoun with a contracted have", "They've said the ferry will run again in May.",
			[]string{"the ferry will run again in May"}, "They"},
		{"a pronoun with a contracted had and a curly apostrophe", "She’d argued that the toll was unfair.",
			[]string{"that the toll was unfair"}, "She"},
		{"a contracted pronoun before a verb that is no speech verb stays out", "We've asked the baker to cater.", nil, ""},
		{"records that show what precedes them", "The bakery lent the town hundreds of dollars last month, court records show.",
			[]string{"The bakery lent the town hundreds of dollars last month"}, "court records"},
		{"a study that found what precedes it", "The ferry carried fewer riders than in any year since 1990, a study by the harbour board found.",
			[]string{"The ferry carried fewer riders than in any year since 1990"}, "a study by the harbour board"},
		{"a closing show after a possessive is a noun", "The troupe includes such familiar names as Ann Lee, perhaps the best known star of Smith's talk show.", nil, ""},
		{"a closing shows after a participle is a noun", "The mayor has run a busy campaign this spring, careening from rallies to morning shows.", nil, ""},
		{"support after a plural subject before a gerund", "By a wide margin, farmers support reforming the water board.",
			[]string{"reforming the water board"}, "farmers"},
		{"support after a capitalised plural before a bare noun", "On this issue, most Millennials support background checks for all buyers.",
			[]string{"background checks for all buyers"}, ""},
		{"support after a name ending in s is a noun", "Bernie Sanders support grew in the spring among the young.", nil, ""},
		{"support after a plural possessive is a noun", "The board tracks farmers’ support for the dam on a daily basis.", nil, ""},
		{"support after a singular noun is a noun", "Voter support for reforming the water board grew.", nil, ""},
		{"subject of a speech verb of no known kind", "The baker said the new oven would arrive in March.",
			[]string{"the new oven would arrive in March"}, "The baker"},
		{"a verb phrase before a speech verb is no subject", "Photographs taken at the rally said nothing about the crowd size at all.",
			nil, ""},
		{"second report with its own subject", "Most of the farmers said the rain came too late, and nearly 3 in 10 said they would sell their land.",
			[]string{"the rain came too late", "they would sell their land"}, "Most of the farmers"},
		{"second report after while", "Half of the nurses said the hospital was short of staff while a third said pay was the problem.",
			[]string{"the hospital was short of staff", "pay was the problem"}, "Half of the nurses"},
		{"a number before a past speech verb", "In the town survey, 41 said the new road had cut their commute.",
			[]string{"the new road had cut their commute"}, "41"},
		{"and with no second subject stays in the clause", "The baker said the oven was late and the flour had run out.",
			[]string{"the oven was late and the flour had run out"}, "The baker"},
		{"an unlisted verb before a that clause", "The mayor conceded that the budget had grown too fast.",
			[]string{"that the budget had grown too fast"}, "The mayor"},
		{"a relative that is no clause", "The council built the road that failed last year.", nil, ""},
		{"provided that reports nothing", "The money will flow provided that the council agrees.", nil, ""},
		{"a noun before that", "The group has concerns that the land is theirs.", nil, ""},
		{"an expectation is reported", "By March, the new bridge is expected to carry twice the traffic.",
			[]string{"the new bridge is expected to carry twice the traffic"}, ""},
		{"a negated expectation", "The vote is not expected to change the outcome, which was settled in May.",
			[]string{"The vote is not expected to change the outcome"}, ""},
		{"an expectation inside a relative clause is not reported", "The pilots who are expected to fly the route met on Monday.", nil, ""},
		{"how a thing seems is the whole clause", "The music seemed to match the mood of the hall.",
			[]string{"The music seemed to match the mood of the hall"}, ""},
		{"a seeming ends at a comma", "By noon, the harbour appeared calmer, and the boats went out.",
			[]string{"the harbour appeared calmer"}, ""},
		{"a dummy it before seems reports what follows", "It seems the boats went out.",
			[]string{"the boats went out"}, ""},
		{"a seeming that introduces a colon", "The answer seems clear: the harbour must be dredged.", nil, ""},
		{"an appearance at a place is no seeming", "The new mayor appeared at the harbour on Monday.", nil, ""},
		{"a share of people before a speech verb", "In the county, 62% of farmers said the drought had cost them a harvest.",
			[]string{"the drought had cost them a harvest"}, "62% of farmers"},
		{"a share with in", "About four in 10 nurses say they will leave the profession.",
			[]string{"they will leave the profession"}, "About four in 10 nurses"},
		{"a share in 10 before a present tense", "About 4 in 10 say they will leave the profession.",
			[]string{"they will leave the profession"}, "About 4 in 10"},
		{"a number before a present tense is no share", "The bridge opened in 1990 says nothing.", nil, ""},
		{"a fraction before a stance verb", "Two-thirds support building the new bridge.",
			[]string{"building the new bridge"}, "Two-thirds"},
		{"a number before a noun is no share", "The rule applies in all five states that border the lake.", nil, ""},
		{"a report split by its attribution", "Most of the new wells, the engineer said, have run dry within a year.",
			[]string{"Most of the new wells, the engineer said, have run dry within a year"}, "the engineer"},
		{"a split report with an adjunct", "The ferry was built for storms, a spokeswoman said on Friday, and it has sailed through three of them.",
			[]string{"The ferry was built for storms, a spokeswoman said on Friday, and it has sailed through three of them"}, "a spokeswoman"},
		{"a participle after the attribution is no second part", "The ferry was built for storms, a spokeswoman said, adding that it had sailed through three.",
			[]string{"The ferry was built for storms", "that it had sailed through three"}, "a spokeswoman"},
		{"a relative after a comma is no part of the report", "The baker said the oven had arrived late, which annoyed his staff.",
			[]string{"the oven had arrived late"}, "The baker"},
		{"a semicolon closes the report", "Most bakers said the flour had gone up; the millers had run short of grain.",
			[]string{"the flour had gone up"}, "Most bakers"},
		{"a contrast with its own subject after a comma ends the report", "The baker said the oven was fixed, but Tuesday brought no bread either.",
			[]string{"the oven was fixed"}, "The baker"},
		{"a new clause with its own subject after a comma and and ends the report", "The baker said the oven was fixed, and Tuesday brought fresh bread.",
			[]string{"the oven was fixed"}, "The baker"},
		{"a comparison after a comma ends the report", "Most bakers said rye sold well, compared with a poor year for wheat.",
			[]string{"rye sold well"}, "Most bakers"},
		{"a concession after a comma ends the report", "The baker said the shop would open in May, although the roof still leaked.",
			[]string{"the shop would open in May"}, "The baker"},
		{"a closing according to outranks a verb inside its clause", "The old mill continued to grind wheat into the spring, according to the town archivist.",
			[]string{"The old mill continued to grind wheat into the spring"}, "the town archivist"},
		{"a clause framed by a poll phrase", "The mayor leads her rival by six points in the latest Courier poll.",
			[]string{"The mayor leads her rival by six points"}, "the latest Courier poll"},
		{"an opening poll phrase", "In a Courier survey, the mayor leads her rival by six points.",
			[]string{"the mayor leads her rival by six points"}, "a Courier survey"},
		{"a standing in the polls is no poll report", "The mayor has slipped in the polls since May.", nil, ""},
		{"a lead in the polls is reported", "The mayor has a clear lead in the polls this spring.",
			[]string{"The mayor has a clear lead"}, "the polls"},
		{"being ahead in national surveys is reported", "By March, the mayor was ahead in national surveys.",
			[]string{"the mayor was ahead"}, "national surveys"},
		{"an opening unnamed poll phrase is no source", "In the polls, the mayor leads her rival by six points.", nil, ""},
		{"second report with a fraction as its subject", "Most of the bakers said rye sold well this winter, and two-thirds said the wheat had not.",
			[]string{"rye sold well this winter", "the wheat had not"}, "Most of the bakers"},
		{"a reporter's byline place is no report", "Jane Roe reported from the harbour town of Dunmore.", nil, ""},
		{"a passive report: the subject is the content, the agent its source", "The closure of the mill was first reported by the Dunmore Courier.",
			[]string{"The closure of the mill"}, "the Dunmore Courier"},
		{"a passive relative clause is no report", "The mill, which was first reported by the Dunmore Courier, closed.", nil, ""},
		{"an aside carrying a long quotation stays in the report", "The baker said the oven was late again, which was a problem because, “without an oven there is no bread for anyone in this town.”",
			[]string{"the oven was late again, which was a problem because, “without an oven there is no bread for anyone in this town"}, "The baker"},
		{"a report split by according to before its verb", "Among the mills at risk, according to the town archivist, are three built before 1900.",
			[]string{"Among the mills at risk, according to the town archivist, are three built before 1900"}, "the town archivist"},
		{"the audience after told is no content", "“He said, ‘I hope that happens,’” Roe told reporters during Tuesday’s call.",
			[]string{"He said, ‘I hope that happens,’"}, "Roe"},
		{"a relative aside inside the reported clause stays", "The bakers say that the miller, who must decide soon, has no plans to sell the oven.",
			[]string{"that the miller, who must decide soon, has no plans to sell the oven"}, "The bakers"},
		{"the writer's summing-up after a comma ends the report", "The baker said nobody would go hungry this winter, a swipe at the mill owners.",
			[]string{"nobody would go hungry this winter"}, "The baker"},
		{"a time phrase before the clause", "The mayor said Tuesday she would run again.",
			[]string{"she would run again"}, "The mayor"},
		{"a decimal ends a sentence", "The treasurer said the average gift was $27.16. Spending rose in May.",
			[]string{"the average gift was $27.16"}, "The treasurer"},
		{"an object with a modifier after a comma", "The council endorsed a ban on all new towers, including those already planned.",
			[]string{"a ban on all new towers, including those already planned"}, "The council"},
		{"an object ends at a comma before a new phrase", "The council endorsed the plan, and the mayor left.",
			[]string{"the plan"}, "The council"},
		{"a cue in a relative clause gives way to the next", "The new rules could hit farmers who have continued planting rice, experts said.",
			[]string{"The new rules could hit farmers who have continued planting rice"}, "experts"},
		{"a base-form speech verb with a plain subject", "Organic growers say the new rules are too strict.",
			[]string{"the new rules are too strict"}, "Organic growers"},
		{"told with an audience and no clause", "The permit was never valid, the mayor told the council on Monday.",
			[]string{"The permit was never valid"}, "the mayor"},
		{"a quotation before a new clause is no fronted report", "The crew did “a fine job on the bridge” - but the mayor said the road would open late.",
			[]string{"a fine job on the bridge", "the road would open late"}, ""},
		{"a channel ends the sentence after told", "The bridge will reopen in May, a city engineer told The Daily Courier.",
			[]string{"The bridge will reopen in May"}, "a city engineer"},
		{"a semicolon after the cue ends the report", "Rents will keep rising for years, most economists say; in 2019 they fell.",
			[]string{"Rents will keep rising for years"}, "most economists"},
		{"a participle of the writer's after the cue", "The new levy would raise little money, the board believes, leaving the budget short.",
			[]string{"The new levy would raise little money"}, "the board"},
		{"a coordinated -ed verb inside a reported clause", "The mayor said the river rose overnight and flooded the lower town.",
			[]string{"the river rose overnight and flooded the lower town"}, "The mayor"},
		{"a one-word name as an object", "Karl Olsen endorsed Jensen, saying he was the stronger candidate.",
			[]string{"Jensen", "he was the stronger candidate"}, "Karl Olsen"},
		{"a name object at the end of the sentence", "The union endorsed Ann Lee.",
			[]string{"Ann Lee"}, "The union"},
		{"a one-word pronoun object is no content", "The union endorsed him.", nil, ""},
		{"a stance noun before the cue gives way to the verb", "Reading out promises to cut taxes, Ann Lee promised a city of new jobs.",
			[]string{"a city of new jobs"}, "Ann Lee"},
		{"a headline verb in title case", "Mayor Jensen Wants A New Stadium\nThe city council met on Monday.",
			[]string{"A New Stadium"}, "Mayor Jensen"},
		{"a headline noun in -s is no verb", "Jensen Reports From The Coast\nThe city council met on Monday.", nil, ""},
		{"a participle after a quotation's comma", "The mayor mocked the council for calling the plan “a bargain,” noting that it would cost twice as much.",
			[]string{"the council for calling the plan “a bargain", "that it would cost twice as much"}, "The mayor"},
		{"a participle in apposition to the subject", "Ann Lee, citing the cost of the new bridge, voted against the plan.",
			[]string{"the cost of the new bridge", "the plan"}, "Ann Lee"},
		{"a participle after an adjunct of the cue", "“It is too late,” the harbour master said at the time, explaining the harbour closure.",
			[]string{"It is too late", "the harbour closure"}, "the harbour master"},
		{"a participle after an inverted speaker", "“It is too late,” said Karl Olsen, adding that the harbour would stay shut.",
			[]string{"It is too late", "that the harbour would stay shut"}, "Karl Olsen"},
		{"a report in a relative clause", "The council blocked a rule that Karl Olsen said would raise the fees.",
			[]string{"would raise the fees"}, "Karl Olsen"},
		{"what a subject believes", "Ann Lee spoke for an hour, but what Karl Olsen believes remains unclear.",
			[]string{"what"}, "Karl Olsen"},
		{"a progressive participle is a finite cue", "Many farmers are quietly saying the drought will ruin them.",
			[]string{"the drought will ruin them"}, "Many farmers"},
		{"a contracted progressive", "Ann Lee spoke on Monday. She's warning that the dam could fail.",
			[]string{"that the dam could fail"}, "She"},
		{"an infinitive of saying", "The minister is expected to argue that the tax will pay for the new schools.",
			[]string{"that the tax will pay for the new schools"}, "The minister"},
		{"a named speaker after a dash", "It was no accident — Karl Olsen, a spokesman for the port, told the Courier that the cranes had failed.",
			[]string{"that the cranes had failed"}, "Karl Olsen"},
		{"a two-word reported clause", "The mayor says nothing works.",
			[]string{"nothing works"}, "The mayor"},
		{"open to", "The council is open to selling the old harbour.",
			[]string{"selling the old harbour"}, "The council"},
		{"found itself is no finding", "The port authority found itself at the centre of the dispute.", nil, ""},
		{"a poll's finding", "The survey found that most drivers wanted a new road.",
			[]string{"that most drivers wanted a new road"}, "The survey"},
		{"a belief adjective before a that clause", "The growers are confident that the rain will come.",
			[]string{"that the rain will come"}, "The growers"},
		{"a finding's plain subject", "The evidence shows that the mayor has lost ground.",
			[]string{"that the mayor has lost ground"}, "The evidence"},
		{"a share with a participle", "The mayor came second, with 22 percent saying they would vote for her.",
			[]string{"they would vote for her"}, "22 percent"},
		{"an organisation before a headline colon", "Harbour Board: New Cranes Will Arrive In May\nThe Harbour Board met on Monday.",
			[]string{"New Cranes Will Arrive In May"}, "Harbour Board"},
		{"a new sentence introducing its own quotation", "Ann Lee says the dam is “older than the town.” She adds, “Nobody has checked it in years.”",
			[]string{"the dam is “older than the town", "Nobody has checked it in years"}, "Ann Lee"},
		{"a report in a relative clause ends with it", "Ann Lee, who said she usually votes early, said the queue was the longest in years.",
			[]string{"she usually votes early", "the queue was the longest in years"}, "Ann Lee"},
		{"a relative clause report before a main verb of no speech", "The baker, who said the oven was late, closed the shop.",
			[]string{"the oven was late"}, "The baker"},
		{"a relative clause's list goes on to its end", "The baker, who said the bread was warm, fresh and cheap, closed early.",
			[]string{"the bread was warm, fresh and cheap"}, "The baker"},
		{"a relative clause cue between speaker and cue", "Ann Lee, who on Monday endorsed the mayor, said the vote would be close.",
			[]string{"the mayor", "the vote would be close"}, "Ann Lee"},
	})
}

// A contentCase is a text, the contents the extractor must find in it and,
// when not "", the mention of the first quote's speaker.
type contentCase struct {
	name    string
	text    string
	want    []string
	mention string
}

// runContentCases runs the cases as subtests.
func runContentCases(t *testing.T, cases []contentCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			qs := New(nil).Extract(tc.text)
			checkContents(t, tc.text, qs, tc.want)
			if tc.mention != "" && len(qs) > 0 && qs[0].Mention != tc.mention {
				t.Errorf("mention %q, want %q", qs[0].Mention, tc.mention)
			}
		})
	}
}

// TestCueVerbReadings checks words of the cue sets that, in their context,
// are no reporting verb.
func TestCueVerbReadings(t *testing.T) {
	tests := []struct {
		name, text, cue string
		want            bool
	}{
		{"so called is an adjective", "The so called harvest fair opened.", "called", false},
		{"called after a subject is a verb", "The mayor called the fair a success.", "called", true},
		{"compared with is a preposition", "Rye sold well, compared with wheat.", "compared", false},
		{"compared with an object is a verb", "She compared rye with wheat.", "compared", true},
		{"reported from a place is a byline", "Jane Roe reported from Dunmore.", "reported", false},
		{"a passive naming before its name is no report", "The pier has been called “a wreck” by sailors.", "called", false},
		{"a passive naming with as and an article", "The pier was officially named as the “Old Jetty” in May.", "named", false},
		{"a passive with no quotation after it is a verb", "Ann Lee was named last week as a leader of the club.", "named", true},
		{"being called names the caller's words", "Lee spoke about being called “a pirate” by rivals.", "called", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := words(tt.text, 0, len(tt.text), nil)
			for i, w := range ws {
				if w.text == tt.cue {
					if got := cueVerb(ws, i); got != tt.want {
						t.Errorf("cueVerb(%q) = %v, want %v", tt.cue, got, tt.want)
					}
					return
				}
			}
			t.Fatalf("no %q in %q", tt.cue, tt.text)
		})
	}
}
