package trace_test

import (
	"fmt"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/corpus"
	"github.com/quotelens/quotelens/trace"
)

func ExampleIndex() {
	quote := func(typ attribution.Type, content string) analysis.Quote {
		return analysis.Quote{Quote: attribution.Quote{Type: typ, Speaker: "Vladimir Putin", Content: content}}
	}
	articles := []*analysis.Article{
		{Article: &corpus.Article{Document: "a.txt", Outlet: "Bloomberg"},
			Quotes: []analysis.Quote{quote(attribution.Direct, "We will talk about all issues, without hurry. There is time")}},
		{Article: &corpus.Article{Document: "b.txt", Outlet: "AFP"},
			Quotes: []analysis.Quote{quote(attribution.Direct, "We'll talk about all the issues, without haste. There is time")}},
		{Article: &corpus.Article{Document: "c.txt", Outlet: "Daily"},
			Quotes: []analysis.Quote{quote(attribution.Direct, "We will address all issues")}},
	}
	ix := trace.NewIndex(trace.Options{})
	for _, art := range articles {
		ix.Add(art) // sets art.Quotes[i].Quotation
	}
	for _, q := range ix.Quotations(2) {
		fmt.Printf("%s %s: %q in %v\n", q.ID, q.Speaker, q.Canonical, q.Outlets)
		for _, w := range q.Wordings {
			fmt.Printf("  %-9s %s %.2f %q\n", w.Outlet, w.Type, w.Similarity, w.Text)
		}
	}
	fmt.Println(articles[2].Quotes[0].Quotation)
	fmt.Printf("%.2f\n", trace.Similarity("He provided the shells", "He supplied the shells"))
	// Output:
	// Q1 Vladimir Putin: "We will talk about all issues, without hurry. There is time" in [AFP Bloomberg Daily]
	//   Bloomberg direct 1.00 "We will talk about all issues, without hurry. There is time"
	//   AFP       direct 1.00 "We'll talk about all the issues, without haste. There is time"
	//   Daily     direct 0.54 "We will address all issues"
	// Q1
	// 1.00
}
