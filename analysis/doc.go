// Package analysis runs quote attribution and stance scoring over a stream
// of articles on all cores and hands the results on in input order.
//
// Memory is bounded whatever the corpus: Run reads at most a few articles
// per job ahead of the consumer, and work on one article is bounded by
// its size — the extractor is given at most MaxSegment bytes at a time and
// stance scoring at most MaxScored bytes of a quote — so hostile text (a
// 50 MB line, quote marks by the thousand) costs time and memory in
// proportion to its length and its quotes.
package analysis
