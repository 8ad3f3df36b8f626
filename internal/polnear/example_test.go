package polnear_test

import (
	"fmt"

	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/internal/polnear"
)

func ExampleParseAnn() {
	text := "“We will win,” Trump said."
	ann := "T1\tContent 0 14\t“We will win,”\nT2\tCue 21 25\tsaid\nT3\tSource 15 20\tTrump\n" +
		"E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3\n"
	parsed, err := polnear.ParseAnn("example.ann", []byte(ann), text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range parsed.Attributions(text, polnear.NewQuoteMap(text)) {
		c := a.Content[0]
		fmt.Printf("%s %q by %s (bytes %d-%d)\n", a.Kind, text[c.Start:c.End], a.SourceText, c.Start, c.End)
	}
	// Output:
	// quoted "“We will win,”" by Trump (bytes 0-18)
}

func ExampleEvaluateDocument() {
	text := "Trump said the polls were rigged. “Not true,” Clinton replied."
	doc := &polnear.Document{Name: "example", Text: text, Attributions: []polnear.Attribution{
		{Content: []polnear.Span{{Start: 11, End: 32}}, Source: []polnear.Span{{Start: 0, End: 5}}, SourceText: "Trump"},
	}}
	predicted := []attribution.Quote{
		{Start: 11, End: 32, Speaker: "Donald Trump", MentionStart: -1},
		{Start: 34, End: 47, Speaker: "Hillary Clinton", MentionStart: -1},
	}
	dr := polnear.EvaluateDocument(doc, predicted)
	fmt.Println("matched:", len(dr.Matches), "speaker right:", dr.Matches[0].SpeakerOK)
	fmt.Println("false positives:", len(dr.FalsePositives), dr.FalsePositives[0].Kind)
	// Output:
	// matched: 1 speaker right: true
	// false positives: 1 quoted
}
