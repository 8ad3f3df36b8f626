package polnear

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/attribution"
)

// sharedOrSkip returns ../shared beside the module root or skips the test.
func sharedOrSkip(t testing.TB) string {
	t.Helper()
	shared, err := FindShared(".")
	if err != nil {
		t.Skipf("skipping: %v", err)
	}
	return shared
}

// byteSpan finds sub in text and returns its byte span; it fails the test
// when sub is absent.
func byteSpan(t *testing.T, text, sub string) Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	return Span{i, i + len(sub)}
}

func TestParseAnn(t *testing.T) {
	// Code points: "É" and "“" are one code point each but two and three bytes.
	text := "Élysée said “we will go,” Macron added. Officials fear delays."
	tests := []struct {
		name    string
		ann     string
		want    map[string][]string // T id -> text of each span
		labels  map[string]string
		events  int
		wantErr string
	}{
		{
			name:   "simple spans over multi-byte text",
			ann:    "T1\tSource 0 6\tÉlysée\nT2\tCue 7 11\tsaid\nT3\tContent 12 25\t“we will go,”\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n",
			want:   map[string][]string{"T1": {"Élysée"}, "T2": {"said"}, "T3": {"“we will go,”"}},
			labels: map[string]string{"T1": "Source", "T2": "Cue", "T3": "Content"},
			events: 1,
		},
		{
			name:   "discontinuous span",
			ann:    "T1\tContent 12 25;40 62\t“we will go,” Officials fear delays.\n",
			want:   map[string][]string{"T1": {"“we will go,”", "Officials fear delays."}},
			labels: map[string]string{"T1": "Content"},
		},
		{
			name:   "text field continued on the next line, notes skipped",
			ann:    "T1\tContent 13 39\twe will go,” Macron\nadded.\n#1\tAnnotatorNotes T1\tcheck this\nE1\tAttribution:T1 Content:T1\n",
			want:   map[string][]string{"T1": {"we will go,” Macron added."}},
			labels: map[string]string{"T1": "Content"},
			events: 1,
		},
		{name: "span past the end", ann: "T1\tContent 10 99\tx\n", wantErr: "outside the text"},
		{name: "reversed span", ann: "T1\tContent 10 5\tx\n", wantErr: "outside the text"},
		{name: "non-numeric offsets", ann: "T1\tContent a b\tx\n", wantErr: "non-numeric"},
		{name: "missing offsets", ann: "T1\tContent\tx\n", wantErr: "lacks offsets"},
		{name: "undefined reference", ann: "T1\tCue 7 11\tsaid\nE1\tAttribution:T1 Content:T9\n", wantErr: "not defined"},
		{name: "malformed event argument", ann: "E1\tAttribution\n", wantErr: "malformed event argument"},
		{name: "duplicate id", ann: "T1\tCue 7 11\tsaid\nT1\tCue 7 11\tsaid\n", wantErr: "duplicate annotation id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseAnn("x.ann", []byte(tc.ann), text)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.HasPrefix(err.Error(), "x.ann:") {
					t.Fatalf("error = %v, want one naming x.ann:<line> and containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got.TextBounds) != len(tc.want) {
				t.Fatalf("got %d text bounds, want %d", len(got.TextBounds), len(tc.want))
			}
			for id, wantTexts := range tc.want {
				tb := got.TextBounds[id]
				if tb == nil {
					t.Fatalf("%s missing", id)
				}
				var texts []string
				for _, s := range tb.Spans {
					texts = append(texts, text[s.Start:s.End])
				}
				if !reflect.DeepEqual(texts, wantTexts) {
					t.Errorf("%s spans = %q, want %q", id, texts, wantTexts)
				}
				if tb.Label != tc.labels[id] {
					t.Errorf("%s label = %q, want %q", id, tb.Label, tc.labels[id])
				}
				if norm(tb.Text) != norm(strings.Join(texts, " ")) {
					t.Errorf("%s text field %q disagrees with its spans %q", id, tb.Text, texts)
				}
			}
			if len(got.Events) != tc.events {
				t.Errorf("got %d events, want %d", len(got.Events), tc.events)
			}
		})
	}
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestAttributions(t *testing.T) {
	text := "Trump said “we will win” and “they will lose.” He also believes taxes are too high."
	ann := strings.Join([]string{
		"T1\tSource 0 5\tTrump",
		"T2\tCue 6 10\tsaid",
		"T3\tContent 11 24\t“we will win”",
		"T4\tContent 29 46\t“they will lose.”",
		"T5\tAttribution 6 10\tsaid",
		"E1\tAttribution:T5 Cue:T2 Source:T1 Content:T3 Content2:T4",
		"E2\tAttribution:T5 Cue:T2 Content:T3 Content2:T4", // same content again: counted once
		"T6\tSource 47 49\tHe",
		"T7\tCue 55 63\tbelieves",
		"T8\tContent 64 82\ttaxes are too high",
		"T9\tAttribution 55 63\tbelieves",
		"E3\tAttribution:T9 Cue:T7 Source:T6 Content:T8",
		"T10\tAttribution-no-source 0 5\tTrump",
		"E4\tAttribution-no-source:T10 ", // no content: skipped
	}, "\n")
	parsed, err := ParseAnn("t.ann", []byte(ann), text)
	if err != nil {
		t.Fatal(err)
	}
	got := parsed.Attributions(text, NewQuoteMap(text))
	type row struct {
		content []string
		source  string
		cue     string
		kind    Kind
	}
	want := []row{
		{[]string{"“we will win”", "“they will lose.”"}, "Trump", "said", Quoted},
		{[]string{"taxes are too high"}, "He", "believes", Unquoted},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d attributions, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		var content []string
		for _, s := range got[i].Content {
			content = append(content, text[s.Start:s.End])
		}
		g := row{content, got[i].SourceText, got[i].CueText, got[i].Kind}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("attribution %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name, text, content string
		want                Kind
	}{
		{"curly quoted with marks", "He said “we will win,” loudly.", "“we will win,”", Quoted},
		{"quoted without its marks", "He said “we will win,” loudly.", "we will win", Quoted},
		{"straight quotes", `He said "we will win" loudly.`, `"we will win"`, Quoted},
		{"mixed fragment", "Miller said “pariah” Putin is “traveling across his own country.”", "“pariah” Putin is “traveling across his own country.”", MixedKind},
		{"indirect", "Putin said North Korea was interested in rockets.", "North Korea was interested in rockets", Unquoted},
		{"apostrophes are not quotes", "Clinton’s aides said the candidate's plan isn’t ready.", "the candidate's plan isn’t ready", Unquoted},
		{"single quotes pair", "Voters say it’s ‘in their heads,’ Caddell said.", "it’s ‘in their heads,’", MixedKind},
		{"unclosed paragraph is quoted to its end", "“We will go on and on\n“And on,” he said.", "We will go on and on", Quoted},
		{"closing mark without opening quotes from paragraph start", "He said:\nwe will go on,” he added.", "we will go on", Quoted},
		{"marks do not cross paragraphs", "He said “yes.\nThen voters said no.", "voters said no", Unquoted},
		{"doubled straight singles are double marks", "He said ''we will go on'' and left.", "we will go on", Quoted},
		{"nested single marks in doubled singles", "He said ''all 'significant' units count,'' then left.", "all 'significant' units count,", Quoted},
		{"inch mark is not a quote", `Trump is 6'3" tall and weighs 236 pounds, the letter said.`, "tall and weighs 236 pounds", Unquoted},
		{"guillemets", "Il a dit «nous irons» hier.", "nous irons", Quoted},
		{"multibyte letters", "Él dijo “Ñandú está aquí” ayer.", "Ñandú está aquí", Quoted},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := NewQuoteMap(tc.text)
			if got := q.Classify([]Span{byteSpan(t, tc.text, tc.content)}); got != tc.want {
				t.Errorf("Classify(%q) = %s, want %s", tc.content, got, tc.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	text := "Kim Jong-un’s 2023 visit — “Ça va?”"
	var got []string
	for _, s := range Tokens(text) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"Kim", "Jong", "un", "s", "2023", "visit", "Ça", "va"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
}

// q builds a predicted quote over sub (the n-th occurrence, 0-based) of text.
func pred(t *testing.T, text, sub, speaker string) attribution.Quote {
	t.Helper()
	s := byteSpan(t, text, sub)
	return attribution.Quote{Start: s.Start, End: s.End, Content: sub, Speaker: speaker, MentionStart: -1, MentionEnd: -1}
}

func TestEvaluateDocument(t *testing.T) {
	text := "Donald Trump said “the election is rigged against me, believe me.” " +
		"He added that polls were fake and crooked. Critics said nothing. " +
		"“It is over,” Clinton said."
	mk := func(content, source string) Attribution {
		a := Attribution{Content: []Span{byteSpan(t, text, content)}}
		if source != "" {
			a.Source = []Span{byteSpan(t, text, source)}
			a.SourceText = source
		}
		return a
	}
	gold := []Attribution{
		mk("“the election is rigged against me, believe me.”", "Donald Trump"),
		mk("polls were fake and crooked", "He"),
		mk("“It is over,”", "Clinton"),
	}
	tests := []struct {
		name      string
		preds     []attribution.Quote
		matched   int
		misses    int
		fps       int
		named     int
		speakerOK int
	}{
		{
			name: "exact matches with right speakers",
			preds: []attribution.Quote{
				pred(t, text, "“the election is rigged against me, believe me.”", "Donald Trump"),
				pred(t, text, "polls were fake and crooked", "Donald Trump"),
				pred(t, text, "It is over", "Hillary Clinton"),
			},
			matched: 3, named: 2, speakerOK: 2,
		},
		{
			name: "half the longer one's tokens is enough, less is not",
			preds: []attribution.Quote{
				pred(t, text, "the election is", "Trump"), // 3 of 8 tokens: no match
				pred(t, text, "polls were fake", "Trump"), // 3 of 5: match
			},
			matched: 1, misses: 2, fps: 1,
		},
		{
			name: "one to one: the second overlapping prediction is a false positive",
			preds: []attribution.Quote{
				pred(t, text, "It is over", "Clinton"),
				pred(t, text, "“It is over,” Clinton", "Clinton"),
			},
			matched: 1, misses: 2, fps: 1, named: 1, speakerOK: 1,
		},
		{
			name: "wrong speaker counted on named sources only",
			preds: []attribution.Quote{
				pred(t, text, "“the election is rigged against me, believe me.”", "Hillary Clinton"),
				pred(t, text, "polls were fake and crooked", "Hillary Clinton"),
			},
			matched: 2, misses: 1, named: 1, speakerOK: 0,
		},
		{
			name:   "out of range predictions are ignored",
			preds:  []attribution.Quote{{Start: 5, End: 5000}, {Start: -1, End: 3}},
			misses: 3,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &Document{Name: "d", Text: text, Attributions: append([]Attribution(nil), gold...)}
			dr := EvaluateDocument(d, tc.preds)
			named, ok := 0, 0
			for _, m := range dr.Matches {
				if m.Named {
					named++
					if m.SpeakerOK {
						ok++
					}
				}
			}
			if len(dr.Matches) != tc.matched || len(dr.Misses) != tc.misses || len(dr.FalsePositives) != tc.fps || named != tc.named || ok != tc.speakerOK {
				t.Errorf("matched %d misses %d fps %d named %d speakerOK %d; want %d %d %d %d %d",
					len(dr.Matches), len(dr.Misses), len(dr.FalsePositives), named, ok,
					tc.matched, tc.misses, tc.fps, tc.named, tc.speakerOK)
			}
		})
	}
}

func TestEvaluateCounts(t *testing.T) {
	text := "Miller said “pariah” Putin is “traveling hat in hand.” “We will go,” Kim said. Putin said rockets were ready."
	mk := func(content string) Attribution {
		s := byteSpan(t, text, content)
		return Attribution{Content: []Span{s}}
	}
	d := &Document{Name: "d", Text: text, Quotes: NewQuoteMap(text)}
	for _, c := range []string{"“pariah” Putin is “traveling hat in hand.”", "“We will go,”", "rockets were ready"} {
		a := mk(c)
		a.Kind = d.Quotes.Classify(a.Content)
		d.Attributions = append(d.Attributions, a)
	}
	predict := func(string) []attribution.Quote {
		return []attribution.Quote{
			pred(t, text, "“pariah” Putin is “traveling hat in hand.”", ""),
			pred(t, text, "We will go", ""),
			pred(t, text, "Kim said", ""),
		}
	}
	r := Evaluate([]*Document{d}, predict)
	want := map[Kind]Counts{
		Quoted:    {Gold: 1, Pred: 1, MatchedG: 1, MatchedP: 1},
		MixedKind: {Gold: 1, Pred: 1, MatchedG: 1, MatchedP: 1},
		Unquoted:  {Gold: 1, Pred: 1, MatchedG: 0, MatchedP: 0},
	}
	if !reflect.DeepEqual(r.ByKind, want) {
		t.Errorf("ByKind = %+v, want %+v", r.ByKind, want)
	}
	if o := r.Overall; o.Precision() != 2.0/3 || o.Recall() != 2.0/3 {
		t.Errorf("overall P %.3f R %.3f, want 0.667 0.667", o.Precision(), o.Recall())
	}
}

func TestIsNamedSource(t *testing.T) {
	tests := []struct {
		source string
		want   bool
	}{
		{"Donald Trump", true},
		{"he", false},
		{"He", false},
		{"They", false},
		{"the newspaper", false},
		{"The campaign", false},
		{"Officials", false},
		{"Clinton’s campaign", true},
		{"Sen. Ted Cruz (R-Texas)", true},
		{"who", false},
		{"Republicans", true},
	}
	for _, tc := range tests {
		text := "x " + tc.source + " y"
		if got := IsNamedSource(text, []Span{{2, 2 + len(tc.source)}}); got != tc.want {
			t.Errorf("IsNamedSource(%q) = %v, want %v", tc.source, got, tc.want)
		}
	}
	if IsNamedSource("x", nil) {
		t.Error("empty source counted as a name")
	}
}

func TestSpeakerAgrees(t *testing.T) {
	text := "Donald Trump said so. President Obama said no."
	trump := []Span{{0, 12}}
	obama := []Span{byteSpan(t, text, "President Obama")}
	tests := []struct {
		name   string
		source []Span
		q      attribution.Quote
		want   bool
	}{
		{"surname shared", trump, attribution.Quote{Speaker: "Trump", MentionStart: -1}, true},
		{"case-insensitive", trump, attribution.Quote{Speaker: "DONALD TRUMP", MentionStart: -1}, true},
		{"mention shares the name", trump, attribution.Quote{Speaker: "", Mention: "Mr. Trump", MentionStart: -1}, true},
		{"mention span overlaps", trump, attribution.Quote{Speaker: "someone", MentionStart: 7, MentionEnd: 12}, true},
		{"different person", trump, attribution.Quote{Speaker: "Hillary Clinton", MentionStart: -1}, false},
		{"title alone is no evidence", obama, attribution.Quote{Speaker: "President Putin", MentionStart: -1}, false},
		{"empty prediction", trump, attribution.Quote{MentionStart: -1}, false},
		{"no gold source", nil, attribution.Quote{Speaker: "Trump", MentionStart: -1}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := SpeakerAgrees(text, tc.source, tc.q); got != tc.want {
				t.Errorf("SpeakerAgrees = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestNameTokens(t *testing.T) {
	tests := []struct {
		source string
		want   []string
	}{
		{"Putin's press secretary Dmitry Peskov", []string{"dmitry", "peskov"}},
		{"Clinton’s campaign", []string{"clinton"}},
		{"Sen. Ted Cruz (R-Texas)", []string{"ted", "cruz", "texas"}},
		{"The president", nil},
		{"He", nil},
		{"Republican nominee Donald Trump", []string{"donald", "trump"}},
	}
	for _, tc := range tests {
		if got := NameTokens(tc.source); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("NameTokens(%q) = %q, want %q", tc.source, got, tc.want)
		}
	}
}

func TestFindSharedAbsent(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := FindShared(sub); err != ErrNoShared {
		t.Errorf("FindShared = %v, want ErrNoShared", err)
	}
}

// TestSplitsParse checks every annotation of both splits: each T record's
// text field must equal the text its converted byte spans cover, which
// proves the code-point to byte conversion on the real data.
func TestSplitsParse(t *testing.T) {
	shared := sharedOrSkip(t)
	for _, split := range []string{"dev", "train"} {
		dir := filepath.Join(shared, "data", "polnear", split)
		anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
		if err != nil || len(anns) == 0 {
			t.Fatalf("%s: no .ann files (%v)", dir, err)
		}
		total := 0
		for _, a := range anns {
			base := filepath.Base(a)
			name := base[:strings.LastIndex(base, "_")]
			text, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(a)
			if err != nil {
				t.Fatal(err)
			}
			ann, err := ParseAnn(a, data, string(text))
			if err != nil {
				t.Fatal(err)
			}
			for _, tb := range ann.TextBounds {
				total++
				if got := norm(spanText(string(text), tb.Spans)); got != norm(tb.Text) {
					t.Errorf("%s:%d: %s covers %q, text field says %q", a, tb.Line, tb.ID, got, tb.Text)
				}
			}
		}
		if total < 1000 {
			t.Errorf("%s: only %d text bounds parsed", split, total)
		}
	}
	docs, err := LoadSplit(shared, "dev")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 84 {
		t.Errorf("dev has %d articles, want 84", len(docs))
	}
	kinds := map[Kind]int{}
	for _, d := range docs {
		if d.Publisher == "" {
			t.Errorf("%s: no publisher from metadata.tsv", d.Name)
		}
		for _, a := range d.Attributions {
			kinds[a.Kind]++
		}
	}
	// About two thirds of PolNeAR's contents carry no quotation marks.
	if n := kinds[Quoted] + kinds[MixedKind] + kinds[Unquoted]; kinds[Unquoted]*2 < n || kinds[Quoted] == 0 || kinds[MixedKind] == 0 {
		t.Errorf("implausible kind distribution on dev: %v", kinds)
	}
}

func FuzzParseAnn(f *testing.F) {
	f.Add("T1\tSource 0 6\tÉlysée\nE1\tAttribution:T1 Content:T1\n", "Élysée said “yes.”")
	f.Add("T1\tContent 0 3;5 8\tabc fgh\n#1\tAnnotatorNotes T1\tnote\n", "abcdefgh")
	f.Add("T1\tContent 0 2\tab\ncontinued\nE1\tAttribution:T1 Content:T1 Content2:T1\n", "ab")
	f.Add("T9\tCue 1 0\t\nE\t:\n", "")
	f.Fuzz(func(t *testing.T, ann, text string) {
		parsed, err := ParseAnn("f.ann", []byte(ann), text)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.ann") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		starts := map[int]bool{}
		for _, o := range runeToByte(text) {
			starts[o] = true
		}
		for _, tb := range parsed.TextBounds {
			for _, s := range tb.Spans {
				if s.Start < 0 || s.End < s.Start || s.End > len(text) {
					t.Fatalf("span %v outside text of %d bytes", s, len(text))
				}
				if !starts[s.Start] || !starts[s.End] {
					t.Fatalf("span %v splits a UTF-8 sequence", s)
				}
			}
		}
		q := NewQuoteMap(text)
		for _, a := range parsed.Attributions(text, q) {
			_ = showSpans(text, a.Content, 10)
		}
	})
}

func BenchmarkEvaluateDev(b *testing.B) {
	shared := sharedOrSkip(b)
	docs, err := LoadSplit(shared, "dev")
	if err != nil {
		b.Fatal(err)
	}
	gold := map[string][]attribution.Quote{}
	size := 0
	for _, d := range docs {
		size += len(d.Text)
		for _, a := range d.Attributions {
			gold[d.Text] = append(gold[d.Text], attribution.Quote{Start: a.Content[0].Start, End: a.Content[len(a.Content)-1].End, MentionStart: -1})
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		Evaluate(docs, func(text string) []attribution.Quote { return gold[text] })
	}
}

func BenchmarkParseAnn(b *testing.B) {
	text := strings.Repeat("Trump said “we will win big,” and Clinton replied that polls were fake. ", 200)
	var ann strings.Builder
	for i := 0; i < 200; i++ {
		off := i * 71
		fmt.Fprintf(&ann, "T%d\tSource %d %d\tTrump\nT%d\tContent %d %d;%d %d\tx\nE%d\tAttribution:T%d Content:T%d Source:T%d\n",
			3*i, off, off+5, 3*i+1, off+11, off+29, off+50, off+70, i, 3*i, 3*i+1, 3*i)
	}
	data := []byte(ann.String())
	b.SetBytes(int64(len(data) + len(text)))
	b.ReportAllocs()
	for b.Loop() {
		a, err := ParseAnn("bench.ann", data, text)
		if err != nil {
			b.Fatal(err)
		}
		a.Attributions(text, NewQuoteMap(text))
	}
}
