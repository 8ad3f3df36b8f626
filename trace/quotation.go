package trace

import "github.com/quotelens/quotelens/attribution"

// Wording is how one article carries a quotation.
type Wording struct {
	Document string
	Outlet   string
	Text     string           // the quote's content in this article
	Type     attribution.Type // direct, indirect or mixed: quoted or paraphrased
	// Similarity of Text to the quotation's canonical wording, in [0, 1].
	Similarity float64
}

// Quotation is a group of quotes by one speaker that say the same thing.
type Quotation struct {
	ID        string // stable id, also set on each member's analysis.Quote.Quotation
	Speaker   string
	Canonical string    // the most common or fullest wording
	Outlets   []string  // distinct outlets carrying it, sorted
	Documents []string  // distinct documents carrying it, in input order
	Wordings  []Wording // one per member quote, in input order
}
