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
		{"group", `The flight was delayed by fog, officials said.`, Indirect, "The flight was delayed by fog", "officials", Group, "", ""},
		{"possessive", `Berg's deputy Karl Olsen said the plant will close in March.`, Indirect, "the plant will close in March", "Karl Olsen", Person, "Berg's deputy", ""},
		{"alias", `Jane Roe arrived. The plant will close in March, the finance minister said.`, Indirect, "The plant will close in March", "Jane Roe", Person, "", ""},
		{"appositive", `The plant will close in March, Karl Olsen, an analyst at Fitch, told AFP.`, Indirect, "The plant will close in March", "Karl Olsen", Person, "an analyst at Fitch", "AFP"},
		{"pronoun", "Karl Olsen spoke on Monday.\n“We have no money left for the plant,” he said.", Direct, "We have no money left for the plant", "Karl Olsen", Person, "", ""},
		{"clause before a colon", `Karl Olsen then turned to the crowd: “We will not close the plant.”`, Direct, "We will not close the plant", "Karl Olsen", Person, "", ""},
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := New(nil).Extract(tc.text)
			checkSpans(t, tc.text, qs)
			var got []string
			for _, q := range qs {
				got = append(got, q.Content)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
