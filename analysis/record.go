package analysis

import (
	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/corpus"
	"github.com/quotelens/quotelens/sentiment"
)

// TargetStance is the stance of a quote towards one configured target that
// the quote mentions.
type TargetStance struct {
	Target string           // the target's canonical name: "Russia"
	Stance sentiment.Result // the quote's stance towards it
}

// Quote is an attributed quote with its stance.
type Quote struct {
	attribution.Quote
	Stance  sentiment.Result
	Targets []TargetStance // one per configured target the quote mentions, in config order
	// Quotation is the id of the group of quotes that say the same thing
	// (see package trace); "" until a trace index assigns it.
	Quotation string
}

// Article is one analysed article: its metadata, text and quotes in text order.
type Article struct {
	*corpus.Article
	Quotes []Quote
	// Prepared is what Options.Prepare computed for the article on the
	// worker that analysed it, for the consumer (such as the trace
	// package's quote signatures); nil without.
	Prepared any
}
