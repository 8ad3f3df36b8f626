package attribution_test

import (
	"fmt"

	"github.com/quotelens/quotelens/attribution"
)

func ExampleExtractor_Extract() {
	text := "“We will win,” said Anna Berg, the party leader."
	for _, q := range attribution.New(nil).Extract(text) {
		fmt.Printf("%s %q by %s\n", q.Type, q.Content, q.Speaker)
	}
	// Output:
	// direct "We will win" by Anna Berg
}
