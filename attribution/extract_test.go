package attribution

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkSpans asserts the documented invariants of Extract's result.
func checkSpans(t testing.TB, text string, qs []Quote) {
	t.Helper()
	for i, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
			t.Fatalf("quote %d: bad span [%d,%d) in %d bytes", i, q.Start, q.End, len(text))
		}
		if !utf8.RuneStart(text[q.Start]) || (q.End < len(text) && !utf8.RuneStart(text[q.End])) {
			t.Fatalf("quote %d: span [%d,%d) not on rune boundaries", i, q.Start, q.End)
		}
		if q.Content != text[q.Start:q.End] {
			t.Fatalf("quote %d: Content %q != text[Start:End] %q", i, q.Content, text[q.Start:q.End])
		}
		if i > 0 && qs[i-1].Start > q.Start {
			t.Fatalf("quote %d: not in text order", i)
		}
		if q.Paragraph < 1 {
			t.Fatalf("quote %d: paragraph %d", i, q.Paragraph)
		}
		if q.SpeakerKind == "" {
			t.Fatalf("quote %d (%q): no speaker kind; a quote with no speaker is %q", i, q.Content, Unknown)
		}
	}
}

func TestConstructions(t *testing.T) {
	speakers := []Speaker{{Name: "Jane Roe", Aliases: []string{"the finance minister"}}}
	tests := []struct {
		name, text       string
		typ              Type
		content, speaker string
		kind             SpeakerKind
		role, via        string
	}{
		{"after", `“The budget is balanced and ready,” Roe said.`, Direct, "The budget is balanced and ready", "Jane Roe", Person, "", ""},
		{"before comma", `Tom Baker stated, “We are going to win this race.”`, Direct, "We are going to win this race", "Tom Baker", Person, "", ""},
		{"colon", `Tom Baker replied: "We will look at every option."`, Direct, "We will look at every option", "Tom Baker", Person, "", ""},
		{"inverted", `"Prices will fall next year," said Anna Berg.`, Direct, "Prices will fall next year", "Anna Berg", Person, "", ""},
		{"indirect that", `Anna Berg warned that prices would rise sharply next year.`, Indirect, "that prices would rise sharply next year", "Anna Berg", Person, "", ""},
		{"indirect after", `Prices would rise sharply next year, Anna Berg said.`, Indirect, "Prices would rise sharply next year", "Anna Berg", Person, "", ""},
		{"according to", `The plant will close in March, according to Anna Berg.`, Indirect, "The plant will close in March", "Anna Berg", Person, "", ""},
		{"title role", `Finance Minister Anna Berg said the plant will close in March.`, Indirect, "the plant will close in March", "Anna Berg", Person, "Finance Minister", ""},
		{"told channel", `The plant will close in March, Anna Berg told Reuters.`, Indirect, "The plant will close in March", "Anna Berg", Person, "", "Reuters"},
		{"told audience", `Anna Berg told a news briefing that the plant will close in March.`, Indirect, "that the plant will close in March", "Anna Berg", Person, "", ""},
		{"mixed", `Anna Berg said the plan was "dead on arrival" and would fail.`, Mixed, `the plan was "dead on arrival" and would fail`, "Anna Berg", Person, "", ""},
		{"organisation", `The flight was delayed by fog, the Transport Ministry said.`, Indirect, "The flight was delayed by fog", "Transport Ministry", Organisation, "", ""},
		{"military as a speaker", `The ship fired two shells into the bay, the navy’s military said.`, Indirect, "The ship fired two shells into the bay", "navy’s military", Organisation, "", ""},
		{"noun phrase after the speaker", `The ship fired two shells into the bay on Monday, the coast guard said, the third such test this year.`, Indirect, "The ship fired two shells into the bay on Monday", "coast guard", Organisation, "", ""},
		{"group", `The flight was delayed by fog, officials said.`, Indirect, "The flight was delayed by fog", "officials", Group, "", ""},
		{"possessive", `Berg's deputy Karl Olsen said the plant will close in March.`, Indirect, "the plant will close in March", "Karl Olsen", Person, "Berg's deputy", ""},
		{"alias", `Jane Roe arrived. The plant will close in March, the finance minister said.`, Indirect, "The plant will close in March", "Jane Roe", Person, "", ""},
		{"appositive", `The plant will close in March, Karl Olsen, an analyst at Fitch, told AFP.`, Indirect, "The plant will close in March", "Karl Olsen", Person, "an analyst at Fitch", "AFP"},
		{"pronoun", "Karl Olsen spoke on Monday.\n“We have no money left for the plant,” he said.", Direct, "We have no money left for the plant", "Karl Olsen", Person, "", ""},
		{"clause before a colon", `Karl Olsen then turned to the crowd: “We will not close the plant.”`, Direct, "We will not close the plant", "Karl Olsen", Person, "", ""},
		{"clause before a colon after an opening phrase", `In a radio interview on Friday, Karl Olsen went further: “If the plant closes, the town dies with it.”`, Direct, "If the plant closes, the town dies with it", "Karl Olsen", Person, "", ""},
		{"clause and comma before a quotation", `During the debate, Jane Roe cracked, “I am a builder who likes to get things done.”`, Direct, "I am a builder who likes to get things done", "Jane Roe", Person, "", ""},
		{"as X put it", `As Karl Olsen put it, “The council has lost its way on this bill.”`, Direct, "The council has lost its way on this bill", "Karl Olsen", Person, "", ""},
		{"quotation then a speaker and any verb", `“The mayor is not a crook, friends,” Karl Olsen assured the crowd at the rally.`, Direct, "The mayor is not a crook, friends", "Karl Olsen", Person, "", ""},
		{"quotation then an inverted verb", `“Our ideas of success are different,” agrees Jane Roe, 30, of Dayton.`, Direct, "Our ideas of success are different", "Jane Roe", Person, "", ""},
		{"conjunction before a colon clause", `And Karl Olsen gloated: “I told you the bridge would not be ready.”`, Direct, "I told you the bridge would not be ready", "Karl Olsen", Person, "", ""},
		{"entity marks", `&ldquo;We have no money left for the plant,&rdquo; Karl Olsen said.`, Direct, "We have no money left for the plant", "Karl Olsen", Person, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := New(speakers).Extract(tc.text)
			checkSpans(t, tc.text, qs)
			for _, q := range qs {
				if q.Content == tc.content {
					if q.Type != tc.typ || q.Speaker != tc.speaker || q.SpeakerKind != tc.kind || q.Role != tc.role || q.Via != tc.via {
						t.Errorf("got %s %q %s role %q via %q, want %s %q %s role %q via %q",
							q.Type, q.Speaker, q.SpeakerKind, q.Role, q.Via, tc.typ, tc.speaker, tc.kind, tc.role, tc.via)
					}
					return
				}
			}
			t.Errorf("no quote %q in %+v", tc.content, qs)
		})
	}
}

func TestSplitAndContinued(t *testing.T) {
	text := "“The first part is here,” Anna Berg said. “The second part follows.”\n\n" +
		"“It opens here and does not close\n\n“but goes on in the next paragraph.”\n\n" +
		"“A follow-on paragraph that is only a quote.”\n\nThe word “pariah” alone is not a quote.\n\n" +
		"“Another voice entirely,” Karl Olsen said."
	qs := New(nil).Extract(text)
	checkSpans(t, text, qs)
	// The pieces of one speaker's quotation are one quote (PolNeAR's convention).
	if len(qs) != 2 {
		t.Fatalf("got %d quotes %+v, want 2", len(qs), qs)
	}
	first := qs[0]
	if !strings.HasPrefix(first.Content, "The first part is here") || !strings.HasSuffix(first.Content, "only a quote") ||
		first.Speaker != "Anna Berg" || first.Type != Direct || first.Paragraph != 1 {
		t.Errorf("first quote %q by %q (%s, paragraph %d)", first.Content, first.Speaker, first.Type, first.Paragraph)
	}
	if strings.Contains(first.Content, "pariah") {
		t.Errorf("scare quote paragraph joined: %q", first.Content)
	}
	if qs[1].Content != "Another voice entirely" || qs[1].Speaker != "Karl Olsen" || qs[1].Paragraph != 6 {
		t.Errorf("second quote %q by %q, paragraph %d", qs[1].Content, qs[1].Speaker, qs[1].Paragraph)
	}
}

func TestUnclosedRunsToParagraphEnd(t *testing.T) {
	text := "Karl Olsen said: “We will not close the plant\n\nand we will hire more workers.”"
	qs := New(nil).Extract(text)
	checkSpans(t, text, qs)
	if len(qs) != 1 || !strings.HasSuffix(qs[0].Content, "hire more workers") || qs[0].Speaker != "Karl Olsen" {
		t.Fatalf("got %+v", qs)
	}
}

func TestHostile(t *testing.T) {
	inputs := map[string]string{
		"unbalanced": strings.Repeat("“", 100000),
		"straight":   strings.Repeat(`word " `, 100000),
		"everyword":  strings.Repeat(`"word" said `, 50000),
		"nested":     strings.Repeat("“", 20000) + "deep" + strings.Repeat("”", 20000),
		"noline":     strings.Repeat("Anna Berg said the plan, officials said, would fail and ", 200000),
		"cr":         strings.Repeat("He said \"x y z\"\r", 20000),
	}
	for name, text := range inputs {
		t.Run(name, func(t *testing.T) {
			qs := New(nil).Extract(text)
			checkSpans(t, text, qs)
			if len(qs) > len(text)/4+1 {
				t.Errorf("%d quotes from %d bytes", len(qs), len(text))
			}
		})
	}
}

func sampleTexts(tb testing.TB) []string {
	files, _ := filepath.Glob(filepath.Join("..", "corpus", "sample", "*.txt"))
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func TestSampleSpeakers(t *testing.T) {
	texts := sampleTexts(t)
	if len(texts) == 0 {
		t.Skip("no sample corpus at ../corpus/sample")
	}
	seen := map[string]bool{}
	for _, text := range texts {
		qs := New(nil).Extract(text)
		checkSpans(t, text, qs)
		for _, q := range qs {
			seen[q.Speaker] = true
		}
	}
	for _, s := range []string{"Vladimir Putin", "Kim Jong Un", "Matthew Miller", "Michael Kofman", "Andrei Lankov", "Jeh Sung-Hoon", "Vladimir Tikhonov"} {
		if !seen[s] {
			t.Errorf("speaker %q not found", s)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range sampleTexts(f) {
		f.Add(s)
	}
	f.Add("“a,” b said. “c")
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, New(nil).Extract(text))
	})
}

func polnearTexts(b *testing.B) []string {
	dir, err := filepath.Abs(".")
	if err != nil {
		b.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		up := filepath.Dir(dir)
		if up == dir {
			return nil
		}
		dir = up
	}
	files, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "data", "polnear", "train", "text", "*.txt"))
	var out []string
	for _, f := range files {
		bs, err := os.ReadFile(f)
		if err == nil {
			out = append(out, string(bs))
		}
	}
	return out
}

func benchTexts(b *testing.B, texts []string) {
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	e := New(nil)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			e.Extract(s)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	b.Run("polnear", func(b *testing.B) {
		texts := polnearTexts(b)
		if len(texts) == 0 {
			b.Skip("PolNeAR absent: ../shared/data/polnear/train/text beside the module root")
		}
		benchTexts(b, texts)
	})
	b.Run("sample", func(b *testing.B) {
		texts := sampleTexts(b)
		if len(texts) == 0 {
			b.Skip("no sample corpus")
		}
		benchTexts(b, texts)
	})
}

// TestDetection lists, for short news passages, every content Extract must
// return (in text order), whoever the speaker is.
func TestDetection(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"no-break space ends a sentence", "“We will appeal the ruling,” Karl Olsen said Monday.\u00a0“The court got it wrong.”\n\nThe weather was fine.",
			[]string{"We will appeal the ruling,” Karl Olsen said Monday.\u00a0“The court got it wrong"}},
		{"circumstances after the cue", "“We will appeal the ruling,” Karl Olsen said on Monday during a visit to the plant.",
			[]string{"We will appeal the ruling"}},
		{"adding after a quotation", "“We will appeal the ruling,” Karl Olsen said, adding that the court had been misled.",
			[]string{"We will appeal the ruling", "that the court had been misled"}},
		{"pronoun with no antecedent", "“The court got it wrong,” she said.", []string{"The court got it wrong"}},
		{"doubled single marks", "''We will appeal the ruling,'' Karl Olsen said. ''The court got it wrong.''",
			[]string{"We will appeal the ruling,'' Karl Olsen said. ''The court got it wrong"}},
		{"coordinated cues", "The mayor said the budget was balanced and warned that taxes would rise next year.",
			[]string{"the budget was balanced", "that taxes would rise next year"}},
		{"object cue", "The senator endorsed Karl Olsen last week.", []string{"Karl Olsen"}},
		{"object cue after a comma", "Most voters want a new stadium, according to the survey.",
			[]string{"Most voters want a new stadium"}},
		{"a report inside a content is no report of its own", "Karl Olsen said most voters want a new stadium.",
			[]string{"most voters want a new stadium"}},
		{"speech cue preferred", "Residents who oppose the plan said the council had ignored them.",
			[]string{"the council had ignored them"}},
		{"headline with single marks", "Olsen: ‘We Will Appeal The Ruling’\n\nThe court ruled on Monday.",
			[]string{"We Will Appeal The Ruling"}},
		{"colon introduces a quotation", "The ruling did not surprise analyst Karl Olsen: “Courts have sided with the city for years.”",
			[]string{"Courts have sided with the city for years"}},
		{"apostrophes are no quotation", "The players’ union met. It’s the workers’ choice, the union said.",
			[]string{"It’s the workers’ choice"}},
		{"participle after a report", "The mayor said the budget was balanced, adding that taxes would not rise.",
			[]string{"the budget was balanced", "that taxes would not rise"}},
		{"circumstances before that", "The mayor said on Monday during a visit to the plant that taxes would not rise.",
			[]string{"that taxes would not rise"}},
		{"object cue before a speechless speech cue", "Karl Olsen called the plan “a disaster” and said the council had ignored residents.",
			[]string{"the plan “a disaster", "the council had ignored residents"}},
		{"second verb phrase ends the clause", "Karl Olsen said the plant would close but did not say when.",
			[]string{"the plant would close"}},
		{"party and state after the name", "Sen. Jane Roe (D-Ore.) said the bill would pass.", []string{"the bill would pass"}},
		{"quotation before a nested cue", "Karl Olsen said “the plan is dead” every time he thinks about the vote.",
			[]string{"the plan is dead” every time he thinks about the vote"}},
		{"phrasal cue", "The senator talked about the budget on Monday.", []string{"the budget"}},
		{"stance adjective", "Karl Olsen has been critical of the new stadium, which opened in May.", []string{"the new stadium"}},
		{"asked whether", "A reporter asked the mayor whether taxes would rise.", []string{"whether taxes would rise"}},
		{"asked before the speech cue", "When asked whether taxes would rise, the mayor said the budget was balanced.",
			[]string{"whether taxes would rise", "the budget was balanced"}},
		{"asked a quotation", "Karl Olsen asked the mayor, “Will taxes rise next year?”", []string{"Will taxes rise next year?"}},
		{"quotation left open by mistake", "Karl Olsen wrote: “We can win this.’\n\nThe mayor said the budget was balanced.",
			[]string{"We can win this.’", "the budget was balanced"}},
		{"short fragment inside another clause", "“It works well,” Karl Olsen said of the “new steel plant” near the river.",
			[]string{"It works well"}},
		{"short object", "Karl Olsen praised the deal, which opened in May.", []string{"the deal"}},
		{"called it a short quotation", "Karl Olsen called the ruling “predatory.”", []string{"the ruling “predatory"}},
		{"belief noun", "The council rejected the claim that the plant polluted the river.", []string{"the claim that the plant polluted the river"}},
		{"coordinated speech verb", "The mayor met the families on Monday and said the city would pay for the repairs.",
			[]string{"the city would pay for the repairs"}},
		{"report before the speaker and a participle", "The city will pay for the repairs, the mayor said, adding that work would start soon.",
			[]string{"The city will pay for the repairs", "that work would start soon"}},
		{"signed with a dash", "Readers wrote in.\n\n“The new bridge has changed my commute for the better.” ― Jane Roe “I still take the ferry every day.” ― Karl Olsen",
			[]string{"The new bridge has changed my commute for the better", "I still take the ferry every day"}},
		{"attribution after a quoted end", "The witness said the order was meant to “avoid any delay,” according to the report.",
			[]string{"the order was meant to “avoid any delay"}},
		{"noun readings of cue words", "Voters in five states plan a protest. The report states that turnout fell.",
			[]string{"that turnout fell"}},
		{"follow-on past a report", "“It was very nice to talk with him,” Karl Olsen told reporters when asked if he had met the mayor. “He was very charming and he listened.”",
			[]string{"It was very nice to talk with him,” Karl Olsen told reporters when asked if he had met the mayor. “He was very charming and he listened", "if he had met the mayor"}},
		{"short quotation after the cue", "A man in the crowd yelled “Go home!” as the mayor spoke.", []string{"Go home!"}},
		{"points out", "“We have no money left,” Karl Olsen points out.", []string{"We have no money left"}},
		{"coordinated verb phrase", "Karl Olsen called the mayor “third-rate” and boycotted the debate.",
			[]string{"the mayor “third-rate"}},
		{"channel ends an object", "Karl Olsen praised the new stadium in a tweet on Sunday.", []string{"the new stadium"}},
		{"object cue with a clause", "Karl Olsen vowed that if voters backed him, he would fight for them.",
			[]string{"that if voters backed him, he would fight for them"}},
		{"asked with no question", "Karl Olsen was asked. He declined.", nil},
		{"fronted adjunct is no report", "Last month, most voters said the same.", []string{"the same"}},
		{"headline cue", "Mayor Says Taxes Will Not Rise\n\nThe council met on Monday.", []string{"Taxes Will Not Rise"}},
		{"sentence-initial asked", "Asked whether taxes would rise, the mayor said the budget was balanced.",
			[]string{"whether taxes would rise", "the budget was balanced"}},
		{"participle with its own subject", "The talks ended early, with Karl Olsen saying the plant would stay open.",
			[]string{"the plant would stay open"}},
		{"as reported by", "The plant will close in March, as reported by local media.", nil},
		{"told an addressee a clause", "Karl Olsen told host Jane Roe he would not run again.", []string{"he would not run again"}},
		{"time between speaker and cue", "Sen. Jane Roe (D-Ore.) last week said the bill would pass.", []string{"the bill would pass"}},
		{"curly opening, straight closing", "Karl Olsen said the plan was “dead on arrival\" in the council, as did the mayor.",
			[]string{"the plan was “dead on arrival\" in the council"}},
		{"but and a new subject", "Karl Olsen said the plant would close, but he gave no date.", []string{"the plant would close"}},
		{"fronted report ending in a quotation", "The mayor will play the “budget card,” Karl Olsen said, adding that voters would see through it.",
			[]string{"The mayor will play the “budget card", "that voters would see through it"}},
		{"according to a source that names no speaker", "Turnout was high, according to one global index.", []string{"Turnout was high"}},
		{"according to a document", "The pilot had flown for the airline since 2004, according to his online profile.",
			[]string{"The pilot had flown for the airline since 2004"}},
		{"headline name and colon", "Olsen: Council ‘Ignored Residents’ on Stadium\n\nKarl Olsen spoke on Monday.",
			[]string{"Council ‘Ignored Residents’ on Stadium"}},
		{"transcript line", "Karl Olsen joined the show.\n\nOLSEN: Well, I think the plant will stay open.",
			[]string{"Well, I think the plant will stay open"}},
		{"label and colon", "UPDATE: The plant will stay open until March.", nil},
		{"participle of the sentence's subject", "Karl Olsen spoke for an hour on Monday, calling the plan “a disaster” and he then left the room.",
			[]string{"the plan “a disaster"}},
		{"capital opening a sentence is no name", "Read: How the city paid for the bridge.\n\nRead the report here.", nil},
		{"narration between the pieces: the longer stands", "“We will win,” Karl Olsen said. The town lies far from the nearest city, beyond two rivers and a long range of hills to the north. “It is a long road to travel for every one of the voters here.”",
			[]string{"It is a long road to travel for every one of the voters here"}},
		{"short follow-on after long narration", "“We will win this race in the spring, whatever the polls say now,” Karl Olsen said. The town lies far from the nearest city, beyond two rivers and a long range of hills. “That is all.”",
			[]string{"We will win this race in the spring, whatever the polls say now"}},
		{"sentence-opening capital is no name", "Photographs released by the city on Monday suggested that the mayor had left the building early.", nil},
		{"sentence-opening source noun", "Officials at the city hall on Monday suggested that the mayor had left the building early.",
			[]string{"that the mayor had left the building early"}},
		{"showed him is no finding", "State television showed him stepping off the train in a dark suit.", nil},
		{"showed a finding", "The latest poll showed Karl Olsen leading the race.", []string{"Karl Olsen leading the race"}},
		{"appeared at a place", "The mayor appeared at the rally with her husband.", nil},
		{"verbs inside an opening question", "When asked whom she supported, Jane Roe smiled and said, “I am waiting for the governor to run.”",
			[]string{"whom she supported", "I am waiting for the governor to run"}},
		{"participle after a quotation's comma", "Karl Olsen said the vote “should be over by March,” citing the party’s rules for the spring convention.",
			[]string{"the vote “should be over by March", "the party’s rules for the spring convention"}},
		{"and with a new subject ends the report", "Karl Olsen said the plant would close in March, and he blamed the council for the delay.",
			[]string{"the plant would close in March", "the council for the delay"}},
		{"report inside an opening subordinate clause", "When Karl Olsen said the plant would close in March, the mayor called a meeting of the council.",
			[]string{"the plant would close in March", "a meeting of the council"}},
		{"participle after by", "The mayor ended the meeting by saying the plant would stay open.", []string{"the plant would stay open"}},
		{"adjunct before according to", "In addition, according to the department, nearly nine million workers will get overtime pay.",
			[]string{"nearly nine million workers will get overtime pay"}},
		{"according to opening a bare sentence", "according to", nil},
		{"time ends a sentence", "The polls close at 7 p.m. Karl Olsen said turnout was high.", []string{"turnout was high"}},
		{"attributed quotation ends its sentence", "Karl Olsen said, “The bridge will open in May.” He added, “The ferry will stop running.” The mayor left early.",
			[]string{"The bridge will open in May", "The ferry will stop running"}},
		{"quotation after its cue, then a new sentence", "The mayor told the crowd, “We are ready for winter.” The council met on Friday.",
			[]string{"We are ready for winter"}},
		{"report closed by a short quotation", "The new bridge is “a disaster,” Karl Olsen said.", []string{"The new bridge is “a disaster"}},
		{"report closed by a quotation, speaker after the cue", "The new bridge is “a waste of money,” said Karl Olsen, a member of the council.",
			[]string{"The new bridge is “a waste of money"}},
		{"progressive cue", "The mayor is telling voters in the suburbs that the budget is “in good shape.”",
			[]string{"that the budget is “in good shape"}},
		{"progressive cue with an adverb", "Karl Olsen is now predicting that the plant will stay open.",
			[]string{"that the plant will stay open"}},
		{"telling an audience after a comma", "Karl Olsen spoke on Monday, telling reporters at the plant that it would stay open.",
			[]string{"that it would stay open"}},
		{"participle after an object and an adjunct", "Karl Olsen rejected the offer on Monday, calling it “insulting.”",
			[]string{"the offer", "it “insulting"}},
		{"a noun after and is no second cue", "Karl Olsen said that the “loud” and “rude” comments do not help the council.",
			[]string{"that the “loud” and “rude” comments do not help the council"}},
		{"opening phrase and comma before a quotation", "In the spring of 2012, “the bridge was closed for a month and nobody came.”", nil},
		{"without saying", "The mayor was on a trip to put “the county on a new footing,” the city newspaper reported Monday, without saying where she was headed.",
			[]string{"The mayor was on a trip to put “the county on a new footing"}},
		{"characterized as", "The union characterized the offer as a step back for the workers.", []string{"the offer as a step back for the workers"}},
		{"participle of a characterising verb", "Karl Olsen praised the council, characterizing its vote as a brave choice.",
			[]string{"the council", "its vote as a brave choice"}},
		{"cautioning", "The agency issued a notice last week, cautioning drivers against using the old bridge.",
			[]string{"drivers against using the old bridge"}},
		{"thanked for, despite", "Karl Olsen thanked the mayor for coming, despite her busy schedule.",
			[]string{"the mayor for coming, despite her busy schedule"}},
		{"while and a new subject end a report", "State radio reported the mayor praising the plan, while Karl Olsen, earlier stressing the “real cost” of the bridge, voiced doubts about it.",
			[]string{"the mayor praising the plan", "the “real cost” of the bridge", "doubts about it"}},
		{"participle in an opening participial phrase", "Karl Olsen spoke.\n\nFlanked by two guards, suggesting a tense mood, the mayor is making her first visit to the plant.", nil},
		{"participle after an opening participial phrase and a subject", "Speaking at the plant, the mayor praised the workers, calling them “the best in the state.”",
			[]string{"the workers", "them “the best in the state"}},
		{"asked by an agent", "“We will talk about every issue,” Karl Olsen said, when asked by reporters whether the plant would close.",
			[]string{"We will talk about every issue", "whether the plant would close"}},
		{"raised the possibility", "On Monday, Karl Olsen raised the possibility that the plant would close.", []string{"the possibility that the plant would close"}},
		{"raised taxes is no report", "The council raised taxes on Monday.", nil},
		{"quotation then a noun phrase alone", "“The bridge is closed for good,” the sign on the gate.", nil},
		{"transcript quoted whole", "Karl Olsen spoke to Jane Roe. Partial transcript as follows: \"ROE: Will the bridge open in May?\n\n\"OLSEN: It will open in May, and the ferry will stop.\n\n\"VIDEO: The ferry leaves the pier.\n\n\"ROE: And the cost?\"",
			[]string{"Will the bridge open in May?", "It will open in May, and the ferry will stop.\n\n\"VIDEO: The ferry leaves the pier", "And the cost?"}},
		{"closing marks turned the wrong way", "Readers wrote in.\n\n”The new bridge has changed my commute for the better.” ― Jane Roe ”I still take the ferry every day.” ― Karl Olsen",
			[]string{"The new bridge has changed my commute for the better", "I still take the ferry every day"}},
		{"an opening mark turned the wrong way closes a quotation", "Karl Olsen called the toll “a disgrace“ in a speech on Monday.",
			[]string{"the toll “a disgrace“"}},
		{"a wrong-way close after punctuation ends a full quotation", "“The bridge will open in May,“ Karl Olsen said.\n\n“Is the bridge open?“ he asked.",
			[]string{"The bridge will open in May", "Is the bridge open?"}},
		{"an opening mark before a word still opens a nested quotation", "Karl Olsen said: “The sign read “Closed” all week.”",
			[]string{"The sign read “Closed” all week"}},
		{"object with an adjunct and as a quotation", "Karl Olsen described the council during a radio interview as “a group of amateurs.”",
			[]string{"the council during a radio interview as “a group of amateurs"}},
		{"a title before the speaker is no fronted report", "In an interview on his show “The Town Hour” on Thursday, Karl Olsen said the council is going into “overdrive” to stop the mayor.",
			[]string{"the council is going into “overdrive” to stop the mayor"}},
		{"stance verb with a quoted fragment", "Karl Olsen decried the “rigged” vote on the bridge.", []string{"the “rigged” vote on the bridge"}},
		{"dubbing participle", "Karl Olsen attacked the mayor on Monday, dubbing her “Madam Toll.”", []string{"the mayor", "her “Madam Toll"}},
		{"participle after a carrier noun", "The union issued a statement saying the plant “cannot be saved.”", []string{"the plant “cannot be saved"}},
		{"participle after at one point", "The mayor praised the crew, at one point calling them “heroes of the river.”",
			[]string{"the crew", "them “heroes of the river"}},
		{"bare adjunct after a speech verb", "No deal was signed, as the union had mentioned on the eve of the vote.", nil},
		{"report with an open quotation carried on", "“The bridge is good news,” Karl Olsen said.\n\nThe mayor and the council “may agree on a new toll for the road.\n\n“In the long run, both gain from it.”",
			[]string{"The bridge is good news", "The mayor and the council “may agree on a new toll for the road", "In the long run, both gain from it"}},
		{"and a participle ends the report", "Karl Olsen said the plan was “a mess” and suggesting the council had approved it too fast.",
			[]string{"the plan was “a mess", "the council had approved it too fast"}},
		{"and an irregular past ends the report", "Karl Olsen called the bridge “a triumph” and made no mention of the cost.",
			[]string{"the bridge “a triumph"}},
		{"dash aside after a quotation ends the report", "Karl Olsen said he would meet the “toll king” — a play on the mayor’s nickname — on Friday.",
			[]string{"he would meet the “toll king"}},
		{"short adjunct before the object", "Many readers noted on Twitter the change from the old slogan, “Make the Town Great.”",
			[]string{"the change from the old slogan, “Make the Town Great"}},
		{"before and a participle start a second report", "Karl Olsen said the delay has “kept us safe” on Friday before claiming that open roads are “tearing the town apart.”",
			[]string{"the delay has “kept us safe” on Friday", "that open roads are “tearing the town apart"}},
		{"opening phrase without a comma before a pronoun", "Karl Olsen arrived.\n\nIn an interview he said the bridge was “a mess.”", []string{"the bridge was “a mess"}},
		{"by and a participle in the rest of a sentence", "The mayor responded to a reporter on Monday by saying the toll was a “made-up” issue.",
			[]string{"a reporter", "the toll was a “made-up” issue"}},
		{"markup attribute values are no quotations", "He took the news in stride. <tweet tweet-author=\"@karl\" tweet-date=\"March 4, 2016\">I love the new bridge</tweet>", nil},
		{"title-case headline after the first paragraph", "Karl Olsen spoke.\n\nRetired Judge Reveals Troubling Experience Of Serving Under The Mayor",
			[]string{"Troubling Experience Of Serving Under The Mayor"}},
		{"a list goes on past a comma", "Karl Olsen noted the new bridge, the repaired roads and his work to bring jobs from “Dayton to Toledo.”",
			[]string{"the new bridge, the repaired roads and his work to bring jobs from “Dayton to Toledo"}},
		{"likened", "Karl Olsen likened the new toll to “a tax on breathing.”", []string{"the new toll to “a tax on breathing"}},
		{"encouraging participle", "Karl Olsen spoke at the plant, encouraging workers to “stand firm.”", []string{"workers to “stand firm"}},
		{"assured", "Karl Olsen assured the workers that the plant was “here to stay.”", []string{"the workers that the plant was “here to stay"}},
		{"adding between the pieces", "“The river is clean again,” said Karl Olsen at the time, adding that “the fish have come back to spawn.”",
			[]string{"The river is clean again", "the fish have come back to spawn"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := New(nil).Extract(tc.text)
			checkContents(t, tc.text, qs, tc.want)
		})
	}
}

// checkContents checks the spans of qs and that their contents, in order,
// are want.
func checkContents(t *testing.T, text string, qs []Quote, want []string) {
	t.Helper()
	checkSpans(t, text, qs)
	var got []string
	for _, q := range qs {
		got = append(got, q.Content)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
}
