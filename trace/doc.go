// Package trace groups quotes by the same speaker that say the same thing
// into quotations, and follows each quotation across articles and outlets.
//
// Wordings are compared after normalisation (see Tokens): lowercase,
// diacritics folded, curly apostrophes straightened, contractions expanded
// ("We'll" → "we will"), punctuation and function words dropped, a light
// stemmer ("supplied" → "supply"), irregular past forms ("said" → "say")
// and a small table of generic English near-synonyms ("haste" → "hurry",
// "supply" → "provide", "address" → "discuss"). Similarity combines the
// containment of the smaller token set in the larger (so a wording that
// carries only the first sentence of a quote still matches the full quote)
// with the Jaccard index of two-word shingles (word order); see Similarity.
//
// An Index never compares every pair of quotes: quotes are blocked by
// speaker (quotes without a speaker are not grouped), and within a speaker
// an inverted index from token to quotation finds the candidates that share
// at least two words with a new quote (a speaker with a few quotations is
// searched by merging token lists instead); an upper bound skips candidates
// that cannot reach the threshold. Each quotation keeps one compact signature
// (hashes of the tokens and shingles of its fullest wording); members keep
// their wording for output only. Ids ("Q1", "Q2", …) follow the order of
// Add calls, so the same input gives the same ids.
//
// A writer of quote rows needs only the ids: an Index made with
// Options.IDsOnly keeps no wordings, and with Options.MaxQuotations it
// forgets the quotations joined least recently, so its memory is bounded
// by that number rather than by the corpus.
package trace
