// Package polnear evaluates quote attribution against PolNeAR, the Political
// News Attribution Relations corpus (brat standoff annotations of US
// election news), kept at ../shared/data/polnear beside the module root.
//
// It parses brat files (T and E records, discontinuous spans, offsets in
// Unicode code points converted to byte offsets), classifies every content by
// its quotation marks (quoted, mixed, unquoted), matches predicted contents to
// gold ones (a match shares at least half of the longer one's tokens; greedy,
// one to one) and reports precision, recall and F1 overall and by kind, plus
// speaker accuracy on matched quotes whose gold source is a name.
package polnear
