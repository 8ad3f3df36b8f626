package report_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/report"
)

// benchArticles returns the fixture's articles and the bytes of article
// text they hold, so that the benchmarks' MB/s compare with the pipeline's
// (MB of article text per second).
func benchArticles() ([]*analysis.Article, int64) {
	arts := fixture()
	var n int64
	for _, art := range arts {
		n += int64(len(art.Text))
	}
	return arts, n
}

// BenchmarkQuoteWriterCSV measures the quotes CSV writer; bytes are the
// article text whose quotes are written.
func BenchmarkQuoteWriterCSV(b *testing.B) {
	arts, n := benchArticles()
	w, err := report.NewQuoteWriter(io.Discard, "csv", report.QuoteOptions{Targets: true, Quotation: true})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, art := range arts {
			if err := w.Write(art); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkQuoteWriterJSONL measures the JSON lines writer.
func BenchmarkQuoteWriterJSONL(b *testing.B) {
	arts, n := benchArticles()
	w, err := report.NewQuoteWriter(io.Discard, "jsonl", report.QuoteOptions{Targets: true, Quotation: true})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, art := range arts {
			if err := w.Write(art); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkAggregateAdd measures aggregation; bytes are article text.
func BenchmarkAggregateAdd(b *testing.B) {
	arts, n := benchArticles()
	agg := report.NewAggregate()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, art := range arts {
			agg.Add(art)
		}
	}
}

// BenchmarkWriteHTML measures the HTML report for 1,000 articles of the
// fixture's size; bytes are the page written.
func BenchmarkWriteHTML(b *testing.B) {
	in := htmlFixture()
	base := in.Quotes
	for len(in.Quotes) < 10000 {
		in.Quotes = append(in.Quotes, base...)
	}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := report.WriteHTML(&buf, in); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(buf.Len()))
	}
}
