// Package analysis runs quote attribution and stance scoring over a stream
// of articles on all cores and hands the results on in input order.
package analysis
