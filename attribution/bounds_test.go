package attribution

import "testing"

// TestOpeningClauseBounds checks where a report inside a subordinate clause
// that opens the sentence ends: at the quotation closed by its comma, before
// the main clause.
func TestOpeningClauseBounds(t *testing.T) {
	runContentCases(t, []contentCase{
		{"an opening clause ends at its quotation's comma", "When Ann Lee said the fare was “far too high,” the mayor cut it.",
			[]string{"the fare was “far too high"}, "Ann Lee"},
		{"but and even before the opener", "But even as Ann Lee said the fare was “far too high,” the mayor raised it again.",
			[]string{"the fare was “far too high"}, "Ann Lee"},
		{"and before the opener", "And while Ann Lee said the fare was “far too high,” the mayor raised it again.",
			[]string{"the fare was “far too high"}, "Ann Lee"},
		{"but before a main clause reports on", "But Ann Lee said the fare was “far too high,” and the mayor has cut it since.",
			[]string{"the fare was “far too high,” and the mayor has cut it since"}, "Ann Lee"},
	})
}

// TestFrontPhraseBounds checks a report inside a prepositional phrase that
// opens the sentence: it ends at its quotation's comma when a clause with
// its own subject and verb follows.
func TestFrontPhraseBounds(t *testing.T) {
	runContentCases(t, []contentCase{
		{"a noun cue in an opening phrase", "Despite her claim that fares would “never rise,” the board raised them in May.",
			[]string{"that fares would “never rise"}, ""},
		{"a two-word preposition and there", "Contrary to his claim that the pier was “perfectly safe,” there were cracks in it.",
			[]string{"that the pier was “perfectly safe"}, ""},
		{"a relative clause in an opening phrase", "For a mayor who admitted that she is “no sailor,” Ann Lee steered the ferry well.",
			[]string{"that she is “no sailor"}, ""},
		{"a comma before the cue closed the phrase", "For years, Ann Lee said that fares were “too high,” the board had ignored it.",
			[]string{"that fares were “too high,” the board had ignored it"}, "Ann Lee"},
		{"an adjunct opening the report keeps its subject", "On Monday Ann Lee said that by calling the pier “unsafe,” the board had scared riders away.",
			[]string{"that by calling the pier “unsafe,” the board had scared riders away"}, "Ann Lee"},
	})
}

// TestMainClauseAt checks the reading of the words after a quotation's
// comma as a clause of their own.
func TestMainClauseAt(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"there would be more", true},
		{"Ann Lee had a good night", true},
		{"one of the old ferry pilots said so", true},
		{"they were wrong", true},
		{"a remark that stung", false},
		{"adding that fares would rise", false},
		{"the pier, which was old", false},
		{"the pier in the north of the old town", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ws := words(tt.text, 0, len(tt.text), nil)
			if got := mainClauseAt(ws, 0, len(tt.text)); got != tt.want {
				t.Errorf("mainClauseAt(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestReportPastAttribution checks a report that goes on past its
// attribution after a link that carries it ("…, the company added, and had
// passed …") and one whose words after the attribution are the writer's.
func TestReportPastAttribution(t *testing.T) {
	runContentCases(t, []contentCase{
		{"and with no new subject goes on", "He had no known ties to the union, the company added, and had passed all the checks.",
			[]string{"He had no known ties to the union, the company added, and had passed all the checks"}, ""},
		{"because goes on", "The effects are hard to predict, many economists say, because there is little precedent.",
			[]string{"The effects are hard to predict, many economists say, because there is little precedent"}, ""},
		{"but and a new subject are the writer's", "The ferry was late again, Ann Lee said, but Bo Grant disagreed.",
			[]string{"The ferry was late again"}, "Ann Lee"},
		{"and a new subject is the writer's", "The ferry was late again, Ann Lee said, and the crew went home.",
			[]string{"The ferry was late again"}, "Ann Lee"},
	})
}

// TestSplitReportBounds checks a report split by its attribution whose
// second part is a few words and a quotation, and whose first part holds
// an appositive name between commas.
func TestSplitReportBounds(t *testing.T) {
	runContentCases(t, []contentCase{
		{"a quotation in a short second part", "Plans from the mayor to raise fares, he added, amount to “just tinkering around the edges.”",
			[]string{"Plans from the mayor to raise fares, he added, amount to “just tinkering around the edges"}, ""},
		{"an appositive name in the first part", "Plans from the mayor, Ann Lee, to raise fares, he added, amount to “just tinkering around the edges.”",
			[]string{"Plans from the mayor, Ann Lee, to raise fares, he added, amount to “just tinkering around the edges"}, ""},
		{"a front with an adjunct is left alone", "In May, after the storm, he said, the pier was “simply gone.”",
			[]string{"the pier was “simply gone"}, ""},
	})
}
