// Package sentiment scores the stance of a quote: a number in [-1, 1], a
// label and a confidence, overall or towards a named target.
package sentiment
