package attribution

import "testing"

// TestOpeningClauseBounds checks where a report inside a subordinate clause
// that opens the sentence ends: at the quotation closed by its comma, before
// the main clause.
func TestOpeningClauseBounds(t *testing.T) {
	runContentCases(t, []contentCase{
		{"an opening clause ends at its quotation's comma", "When Ann Lee said the fare was “far too high,” the mayor cut it.",
			[]string{"the fare was “far too high"}, "Ann Lee"},
		{"but and even before the opener", "But even as Ann Lee said the fare was “far too high,” the mayor raised it again.",
			[]string{"the fare was “far too high"}, "Ann Lee"},
		{"and before the opener", "And while Ann Lee said the fare was “far too high,” the mayor raised it again.",
			[]string{"the fare was “far too high"}, "Ann Lee"},
		{"but before a main clause reports on", "But Ann Lee said the fare was “far too high,” and the mayor has cut it since.",
			[]string{"the fare was “far too high,” and the mayor has cut it since"}, "Ann Lee"},
	})
}
