package report_test

import (
	"fmt"
	"strings"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/corpus"
	"github.com/quotelens/quotelens/sentiment"
	"github.com/quotelens/quotelens/trace"
)

// The fixture: four articles from three outlets (one with no outlet and no
// quotes), with curly quotes, em dashes, Korean and Russian names, a
// quote with no speaker and fields that look like spreadsheet formulas.

const bloombergText = `Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome — their first summit in four years.

“We will talk about all issues, without hurry. There is time,” Putin said.

Kim pledged “full and unconditional support” for Moscow, calling Russia’s war a “sacred fight.”

State Department spokesman Matthew Miller said Putin was “traveling across his own country, hat in hand, to beg” for help.
`

const afpText = `“We’ll talk about all the issues, without haste. There is time,” Putin told reporters.

Kremlin spokesman Дмитрий Песков said the talks would last several hours.

“Kim Jong Un’s visit shows North Korea is a pariah with nowhere else to go,” said Andrei Lankov, a professor at Kookmin University.

=HYPERLINK("http://evil.example/x","click") was posted below the story, one reader wrote.
`

const yonhapText = `North Korea may have supplied multiple rocket launchers, said 안찬일 (An Chan-il), a defector-turned-scholar.

“-5 degrees is nothing to us — we will fight to the end,” Kim said.

@KCNA reported that the visit was “a milestone” in relations.
`

// qt describes one fixture quote; mk turns it into an analysis.Quote whose
// offsets point at Content in text.
type qt struct {
	typ              attribution.Type
	speaker, content string
	cue, role, affil string
	mention, via     string
	kind             attribution.SpeakerKind
	score, conf      float64
	label            sentiment.Label
	targets          []analysis.TargetStance
	quotation        string
}

func mk(text string, q qt) analysis.Quote {
	start := strings.Index(text, q.content)
	if start < 0 {
		panic(fmt.Sprintf("fixture: %q not in text", q.content))
	}
	kind := q.kind
	if kind == "" {
		kind = attribution.Person
	}
	return analysis.Quote{
		Quote: attribution.Quote{
			Type: q.typ, Content: q.content, Start: start, End: start + len(q.content),
			Cue: q.cue, CueStart: -1, CueEnd: -1,
			Speaker: q.speaker, SpeakerKind: kind, Role: q.role, Affiliation: q.affil,
			Mention: q.mention, MentionStart: -1, MentionEnd: -1, Via: q.via,
			Paragraph: strings.Count(text[:start], "\n\n") + 1,
		},
		Stance:    sentiment.Result{Score: q.score, Label: q.label, Confidence: q.conf},
		Targets:   q.targets,
		Quotation: q.quotation,
	}
}

func ts(target string, score float64, label sentiment.Label) analysis.TargetStance {
	return analysis.TargetStance{Target: target, Stance: sentiment.Result{Score: score, Label: label, Confidence: 0.5}}
}

func article(doc, outlet, text string, qs ...qt) *analysis.Article {
	art := &analysis.Article{Article: &corpus.Article{Document: doc, Outlet: outlet, OutletFrom: "manifest", Text: text}}
	for _, q := range qs {
		art.Quotes = append(art.Quotes, mk(text, q))
	}
	return art
}

const (
	neg = sentiment.Negative
	neu = sentiment.Neutral
	pos = sentiment.Positive
)

// fixture returns the fixture articles in input order.
func fixture() []*analysis.Article {
	return []*analysis.Article{
		article("sample/bloomberg.txt", "Bloomberg", bloombergText,
			qt{typ: attribution.Direct, speaker: "Vladimir Putin", content: "We will talk about all issues, without hurry. There is time",
				cue: "said", role: "President", affil: "Russia", mention: "Putin", score: 0.12, conf: 0.4, label: neu, quotation: "q1"},
			qt{typ: attribution.Mixed, speaker: "Kim Jong Un", content: "“full and unconditional support” for Moscow, calling Russia’s war a “sacred fight.”",
				cue: "pledged", role: "leader", affil: "North Korea", mention: "Kim", score: 0.71, conf: 0.8, label: pos,
				targets: []analysis.TargetStance{ts("Russia", 0.65, pos)}, quotation: "q2"},
			qt{typ: attribution.Mixed, speaker: "Matthew Miller", content: "Putin was “traveling across his own country, hat in hand, to beg” for help",
				cue: "said", role: "State Department spokesman", affil: "United States", mention: "Matthew Miller", score: -0.6, conf: 0.7, label: neg,
				targets: []analysis.TargetStance{ts("Russia", -0.55, neg)}},
		),
		article("afp/summit.txt", "AFP", afpText,
			qt{typ: attribution.Direct, speaker: "Vladimir Putin", content: "We’ll talk about all the issues, without haste. There is time",
				cue: "told reporters", role: "President", affil: "Russia", mention: "Putin", score: 0.05, conf: 0.3, label: neu, quotation: "q1"},
			qt{typ: attribution.Indirect, speaker: "Дмитрий Песков", content: "the talks would last several hours",
				cue: "said", role: "Kremlin spokesman", affil: "Russia", mention: "Kremlin spokesman Дмитрий Песков", score: 0, conf: 0.9, label: neu},
			qt{typ: attribution.Direct, speaker: "Andrei Lankov", content: "Kim Jong Un’s visit shows North Korea is a pariah with nowhere else to go",
				cue: "said", role: "professor at Kookmin University", mention: "Andrei Lankov", score: -0.52, conf: 0.6, label: neg,
				targets: []analysis.TargetStance{ts("North Korea", -0.5, neg)}},
			qt{typ: attribution.Indirect, content: `=HYPERLINK("http://evil.example/x","click") was posted below the story`,
				cue: "wrote", kind: attribution.Unknown, score: 0, conf: 0.2, label: neu},
		),
		article("yonhap/0913.txt", "연합뉴스", yonhapText,
			qt{typ: attribution.Indirect, speaker: "안찬일", content: "North Korea may have supplied multiple rocket launchers",
				cue: "said", role: "defector-turned-scholar", mention: "안찬일 (An Chan-il)", score: -0.21, conf: 0.35, label: neg,
				targets: []analysis.TargetStance{ts("North Korea", -0.3, neg)}},
			qt{typ: attribution.Direct, speaker: "Kim Jong Un", content: "-5 degrees is nothing to us — we will fight to the end",
				cue: "said", affil: "North Korea", mention: "Kim", score: -0.04, conf: 0.25, label: neu},
			qt{typ: attribution.Mixed, speaker: "KCNA", content: "the visit was “a milestone” in relations",
				cue: "reported", mention: "@KCNA", via: "KCNA", kind: attribution.Organisation, score: 0.4, conf: 0.5, label: pos,
				targets: []analysis.TargetStance{ts("Russia", 0.4, pos), ts("North Korea", 0.35, pos)}},
		),
		article("empty.txt", "", ""),
	}
}

// fixtureQuotations returns traced quotations of the fixture.
func fixtureQuotations() []trace.Quotation {
	return []trace.Quotation{
		{
			ID: "q1", Speaker: "Vladimir Putin",
			Canonical: "We will talk about all issues, without hurry. There is time",
			Outlets:   []string{"AFP", "Bloomberg"},
			Documents: []string{"sample/bloomberg.txt", "afp/summit.txt"},
			Wordings: []trace.Wording{
				{Document: "sample/bloomberg.txt", Outlet: "Bloomberg", Text: "We will talk about all issues, without hurry. There is time", Type: attribution.Direct, Similarity: 1},
				{Document: "afp/summit.txt", Outlet: "AFP", Text: "We’ll talk about all the issues, without haste. There is time", Type: attribution.Direct, Similarity: 0.82},
			},
		},
		{
			ID: "q2", Speaker: "Kim Jong Un",
			Canonical: "full and unconditional support",
			Outlets:   []string{"Bloomberg", "연합뉴스"},
			Documents: []string{"sample/bloomberg.txt", "yonhap/0913.txt"},
			Wordings: []trace.Wording{
				{Document: "sample/bloomberg.txt", Outlet: "Bloomberg", Text: "“full and unconditional support” for Moscow", Type: attribution.Mixed, Similarity: 0.9},
				{Document: "yonhap/0913.txt", Outlet: "연합뉴스", Text: "Kim offered Moscow his full support", Type: attribution.Indirect, Similarity: 0.61},
			},
		},
	}
}
