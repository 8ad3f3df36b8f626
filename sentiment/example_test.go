package sentiment_test

import (
	"fmt"

	"github.com/quotelens/quotelens/sentiment"
)

func ExampleScorer_Score() {
	s, _ := sentiment.New(sentiment.Options{})
	fmt.Println(s.Score("a pariah, traveling hat in hand, to beg for military assistance").Label)
	fmt.Println(s.Score("we have always expressed our full and unconditional support").Label)
	// Output:
	// negative
	// positive
}

func ExampleScorer_ScoreTargets() {
	s, _ := sentiment.New(sentiment.Options{})
	for _, m := range s.ScoreTargets("Pyongyang praised the friendship with Moscow.") {
		fmt.Println(m.Target, m.Stance.Label)
	}
	// Output:
	// Russia positive
	// North Korea positive
}
