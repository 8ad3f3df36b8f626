package report_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/corpus"
	"github.com/quotelens/quotelens/report"
	"github.com/quotelens/quotelens/sentiment"
	"github.com/quotelens/quotelens/trace"
)

// exampleArticle is a small analysed article.
func exampleArticle() *analysis.Article {
	return &analysis.Article{
		Article: &corpus.Article{Document: "summit.txt", Outlet: "Bloomberg"},
		Quotes: []analysis.Quote{
			{
				Quote:  attribution.Quote{Type: attribution.Direct, Content: "full and unconditional support", Speaker: "Kim Jong Un", Cue: "said", Start: 10, End: 40},
				Stance: sentiment.Result{Score: 0.7, Label: sentiment.Positive, Confidence: 0.8},
			},
			{
				Quote:  attribution.Quote{Type: attribution.Mixed, Content: "-5 degrees is “nothing”", Speaker: "Kim Jong Un", Cue: "said", Start: 60, End: 85},
				Stance: sentiment.Result{Score: -0.25, Label: sentiment.Negative, Confidence: 0.4},
			},
		},
	}
}

func ExampleAggregate() {
	agg := report.NewAggregate()
	agg.Add(exampleArticle())
	if err := report.WriteTables(os.Stdout, "csv", agg.Speakers()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// speaker,role_affiliation,quotes,direct,indirect,mixed,outlets,mean_stance,neg,neu,pos
	// Kim Jong Un,,2,1,0,1,1,0.225,1,0,1
}

func ExampleWriteTables() {
	agg := report.NewAggregate()
	agg.Add(exampleArticle())
	if err := report.WriteTables(os.Stdout, "markdown", agg.Outlets()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// ### Outlets
	//
	// | outlet    | articles | quotes | speakers | direct % | top speakers    | mean stance | neg | neu | pos |
	// | --------- | -------: | -----: | -------: | -------: | --------------- | ----------: | --: | --: | --: |
	// | Bloomberg |        1 |      2 |        1 |       50 | Kim Jong Un (2) |       0.225 |   1 |   0 |   1 |
}

func ExampleNewQuoteWriter() {
	w, err := report.NewQuoteWriter(os.Stdout, "csv", report.QuoteOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := w.Write(exampleArticle()); err != nil { // written at once, not buffered
		fmt.Println(err)
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// document,outlet,speaker,type,quote,cue,stance,stance_label,start,end,stance_confidence,speaker_kind,role,affiliation,mention,via,paragraph
	// summit.txt,Bloomberg,Kim Jong Un,direct,full and unconditional support,said,0.700,positive,10,40,0.800,,,,,,0
	// summit.txt,Bloomberg,Kim Jong Un,mixed,'-5 degrees is “nothing”,said,-0.250,negative,60,85,0.400,,,,,,0
}

func ExampleNewQuoteWriter_jsonl() {
	w, _ := report.NewQuoteWriter(os.Stdout, "jsonl", report.QuoteOptions{})
	art := exampleArticle()
	art.Quotes = art.Quotes[:1]
	_ = w.Write(art)
	_ = w.Close()
	// Output:
	// {"document":"summit.txt","outlet":"Bloomberg","speaker":"Kim Jong Un","type":"direct","quote":"full and unconditional support","cue":"said","stance":0.700,"stance_label":"positive","start":10,"end":40,"stance_confidence":0.800,"speaker_kind":"","role":"","affiliation":"","mention":"","via":"","paragraph":0}
}

func ExampleCSVSafe() {
	for _, s := range []string{"=HYPERLINK(\"http://x\")", "-5 degrees", "-0.250", "Kim said"} {
		fmt.Println(report.CSVSafe(s))
	}
	// Output:
	// '=HYPERLINK("http://x")
	// '-5 degrees
	// -0.250
	// Kim said
}

func ExampleTraceTable() {
	q := trace.Quotation{
		ID: "q7", Speaker: "Vladimir Putin", Canonical: "There is time",
		Outlets:   []string{"AFP", "Bloomberg"},
		Documents: []string{"a.txt", "b.txt"},
		Wordings: []trace.Wording{
			{Document: "a.txt", Outlet: "Bloomberg", Text: "There is time", Type: attribution.Direct, Similarity: 1},
			{Document: "b.txt", Outlet: "AFP", Text: "there was time", Type: attribution.Indirect, Similarity: 0.75},
		},
	}
	if err := report.WriteTables(os.Stdout, "csv", report.TraceTable([]trace.Quotation{q})); err != nil {
		fmt.Println(err)
	}
	// Output:
	// id,speaker,quotation,articles,outlets,documents
	// q7,Vladimir Putin,There is time,2,AFP 0.75 paraphrased; Bloomberg 1.00 quoted,a.txt; b.txt
}

func ExampleWriteHTML() {
	art := exampleArticle()
	agg := report.NewAggregate()
	agg.Add(art)
	var page bytes.Buffer
	err := report.WriteHTML(&page, report.HTMLInput{
		Title:  "Summit report",
		Agg:    agg,
		Quotes: report.HTMLQuotesOf(art),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Contains(page.String(), "<svg"), strings.Count(page.String(), `<td class="quote">`))
	// Output:
	// true 2
}
