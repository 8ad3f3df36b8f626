package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/trace"
)

// TraceTable returns the traced quotations as a table, one row per
// quotation: its id, speaker, canonical wording, the number of articles
// carrying it, each outlet carrying it with how faithfully it does so, and
// the documents. An outlet reads "AFP 0.87 quoted; Reuters 0.52 paraphrased":
// the outlet's mean similarity to the canonical wording in [0, 1] and
// whether it quoted it directly, paraphrased it, partly quoted it, or a mix
// of these across its articles.
func TraceTable(qs []trace.Quotation) Table {
	t := Table{
		Name:    "trace",
		Title:   "Quotations carried by several articles",
		Header:  []string{"id", "speaker", "quotation", "articles", "outlets", "documents"},
		Numeric: []bool{false, false, false, true, false, false},
	}
	for _, q := range qs {
		var parts []string
		for _, f := range Faithfulness(q) {
			parts = append(parts, fmt.Sprintf("%s %.2f %s", f.Outlet, f.Similarity, f.How))
		}
		t.Rows = append(t.Rows, []string{q.ID, q.Speaker, q.Canonical, strconv.Itoa(len(q.Documents)),
			strings.Join(parts, "; "), strings.Join(q.Documents, "; ")})
	}
	return t
}

// OutletWording summarises how one outlet carries a quotation.
type OutletWording struct {
	Outlet     string
	Similarity float64 // mean similarity of its wordings to the canonical one
	// How says how it carries it: "quoted" (direct), "paraphrased"
	// (indirect), "partly quoted" (mixed), or several of these joined by
	// "+" when its articles differ.
	How      string
	Wordings int
}

// HowQuoted names a quote type for readers: quoted, paraphrased, partly
// quoted.
func HowQuoted(t attribution.Type) string {
	switch t {
	case attribution.Direct:
		return "quoted"
	case attribution.Indirect:
		return "paraphrased"
	case attribution.Mixed:
		return "partly quoted"
	}
	return string(t)
}

// Faithfulness returns, for each outlet carrying q in the order of
// q.Outlets (then any outlet only the wordings name), how faithfully it
// carries it.
func Faithfulness(q trace.Quotation) []OutletWording {
	type acc struct {
		sum  float64
		n    int
		hows []string
	}
	accs := map[string]*acc{}
	order := append([]string(nil), q.Outlets...)
	for _, o := range q.Outlets {
		accs[o] = &acc{}
	}
	for _, w := range q.Wordings {
		a := accs[w.Outlet]
		if a == nil {
			a = &acc{}
			accs[w.Outlet] = a
			order = append(order, w.Outlet)
		}
		a.sum += w.Similarity
		a.n++
		how := HowQuoted(w.Type)
		if !slices.Contains(a.hows, how) {
			a.hows = append(a.hows, how)
		}
	}
	var out []OutletWording
	for _, o := range order {
		a := accs[o]
		if a.n == 0 {
			continue
		}
		out = append(out, OutletWording{Outlet: o, Similarity: a.sum / float64(a.n), How: strings.Join(a.hows, "+"), Wordings: a.n})
	}
	return out
}
