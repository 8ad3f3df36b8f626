package attribution

import "strings"

// More reporting words, added to the sets of cues.go and extract.go: verbs
// that characterise or thank ("characterized the visit as …", "thanked
// Smith for …") take an object as their content; participles of warning
// verbs report as "warning" does.
func init() {
	for _, w := range strings.Fields(`characterized characterised characterizes characterises thanked thanks`) {
		objectCues[w] = true
		cues[w] = true
	}
	for _, w := range strings.Fields(`characterizing characterising cautioning thanking`) {
		participles[w] = true
	}
}

// questionWords open the question after "asked": "asked whether …".
var questionWords = wordSet(`whether if how what who whom which when why where to about`)
