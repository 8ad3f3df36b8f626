// Package sentiment scores the stance of a quote: a number in [-1, 1], a
// label and a confidence, overall or towards a named target.
//
// Scoring is built to run on every quote of a corpus: ScoreQuote reads a
// quote once (tokens, each token's word-table entry, the untargeted lexicon
// and VADER scores) and shares that with the overall score and every target
// mentioned; VADER's compound score is computed on the tokens, bit for bit
// govader's; a call's buffers (tokens, features, VADER's words, the bytes
// of lower-cased words) are one pooled value, so a quote allocates little
// beyond the target mentions it returns.
package sentiment
