package attribution

// Type is the kind of a quote.
type Type string

// The kinds of quote.
const (
	// Direct: the content is wholly inside quotation marks.
	Direct Type = "direct"
	// Indirect: reported speech with no quotation marks.
	Indirect Type = "indirect"
	// Mixed: reported speech that carries quoted fragments.
	Mixed Type = "mixed"
)

// SpeakerKind says what sort of source a speaker is.
type SpeakerKind string

// The kinds of speaker.
const (
	Person       SpeakerKind = "person"
	Organisation SpeakerKind = "organisation" // governments, companies, media, institutions
	Group        SpeakerKind = "group"        // anonymous or collective sources: "experts", "officials"
	Unknown      SpeakerKind = "unknown"
)

// Quote is one attributed quote. All offsets are byte offsets into the text
// given to Extract; Start < End, both on UTF-8 boundaries.
type Quote struct {
	Type    Type
	Content string // the quoted or reported content, text[Start:End]
	Start   int
	End     int

	Cue      string // the reporting verb or phrase: "said", "told AFP", "according to"
	CueStart int    // -1 when there is no cue in the text
	CueEnd   int

	Speaker      string      // canonical name: "Kim Jong Un", "South Korea's military"; "" if unknown
	SpeakerKind  SpeakerKind // person, organisation, group or unknown
	Role         string      // title or role found in the text: "State Department spokesman"
	Affiliation  string      // group from the alias file, when known
	Mention      string      // the speaker as written where the quote is attributed: "he", "Mr. Kim"
	MentionStart int         // -1 when the speaker is not mentioned near the quote
	MentionEnd   int

	Via       string // the channel the quote came through: "RIA", "AFP", "TASS"
	Paragraph int    // 1-based paragraph number of Start
}

// Speaker is a known speaker: one entry of an alias file.
type Speaker struct {
	Name        string      `yaml:"name" json:"name"`                           // canonical name
	Aliases     []string    `yaml:"aliases,omitempty" json:"aliases,omitempty"` // other names: "Kim Jong-un", "Mr. Kim", "the North Korean leader"
	Affiliation string      `yaml:"group,omitempty" json:"group,omitempty"`     // group or affiliation: "North Korea"
	Role        string      `yaml:"role,omitempty" json:"role,omitempty"`       // default role: "Supreme Leader of North Korea"
	Kind        SpeakerKind `yaml:"kind,omitempty" json:"kind,omitempty"`       // person (default), organisation, group
	Exclude     []string    `yaml:"exclude,omitempty" json:"exclude,omitempty"` // names that must not match: "Kim Yo-jong"
}
