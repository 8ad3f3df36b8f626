package sentiment

// Label is a stance class.
type Label string

// The stance classes.
const (
	Negative Label = "negative"
	Neutral  Label = "neutral"
	Positive Label = "positive"
)

// Result is the stance of one text.
type Result struct {
	Score      float64 // in [-1, 1]
	Label      Label
	Confidence float64 // in [0, 1]
}

// Target is something a stance can be towards: "Russia", "the United States".
type Target struct {
	Name    string   `yaml:"name" json:"name"`
	Aliases []string `yaml:"aliases,omitempty" json:"aliases,omitempty"`
}
