package report

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/sentiment"
)

// Unattributed is the speaker name under which quotes with no speaker are
// counted. It sorts after every named speaker and is not counted as a
// distinct speaker.
const Unattributed = "(unattributed)"

// UnknownOutlet names the outlet of an article whose outlet is empty.
const UnknownOutlet = "unknown"

// Limits of the speaker × outlet table: the most-quoted MatrixSpeakers
// speakers get a row each and the rest share an "(other speakers)" row;
// likewise the MatrixOutlets outlets with the most quotes get a column each.
const (
	MatrixSpeakers = 15
	MatrixOutlets  = 12
)

// TopSpeakers is how many speakers the per-outlet table lists as an
// outlet's most quoted.
const TopSpeakers = 3

// stanceAgg sums stances: their mean and their spread over the labels.
type stanceAgg struct {
	sum           float64
	n             int
	neg, neu, pos int
}

func (s *stanceAgg) add(r sentiment.Result) {
	s.sum += r.Score
	s.n++
	switch labelOf(r) {
	case sentiment.Negative:
		s.neg++
	case sentiment.Positive:
		s.pos++
	default:
		s.neu++
	}
}

// mean is the mean score, 0 when there is none.
func (s *stanceAgg) mean() float64 {
	if s.n == 0 {
		return 0
	}
	return s.sum / float64(s.n)
}

// cells renders the mean and the spread: mean stance, neg, neu, pos.
func (s *stanceAgg) cells() []string {
	if s.n == 0 {
		return []string{"", "0", "0", "0"}
	}
	return []string{formatStance(s.mean()), strconv.Itoa(s.neg), strconv.Itoa(s.neu), strconv.Itoa(s.pos)}
}

// labelOf returns r's label, or the label its score implies when the
// scorer left it empty.
func labelOf(r sentiment.Result) sentiment.Label {
	switch r.Label {
	case sentiment.Negative, sentiment.Neutral, sentiment.Positive:
		return r.Label
	}
	switch {
	case r.Score <= -0.05:
		return sentiment.Negative
	case r.Score >= 0.05:
		return sentiment.Positive
	}
	return sentiment.Neutral
}

// formatStance formats a stance score with three decimals, never "-0.000".
func formatStance(v float64) string {
	var b [24]byte
	return string(appendStance(b[:0], v))
}

// appendStance appends formatStance(v) to b.
func appendStance(b []byte, v float64) []byte {
	n := len(b)
	b = appendFixed3(b, v)
	if string(b[n:]) == "-0.000" {
		b = append(b[:n], "0.000"...)
	}
	return b
}

// appendFixed3 appends strconv.AppendFloat(b, v, 'f', 3, 64) for the
// scores and confidences of every quote: v = mant·2^exp is rounded to
// thousandths in integers, exactly as strconv does (to nearest, ties to
// even), without its general decimal conversion. Values of 2^52 or more
// in magnitude, infinities and NaN go to strconv.
func appendFixed3(b []byte, v float64) []byte {
	bits := math.Float64bits(v)
	mant, exp := bits&(1<<52-1), int(bits>>52&0x7ff)
	if exp >= 1075 { // |v| >= 2^52, Inf, NaN
		return strconv.AppendFloat(b, v, 'f', 3, 64)
	}
	if exp == 0 {
		exp = 1 // subnormal
	} else {
		mant |= 1 << 52
	}
	x, shift := mant*1000, uint(1075-exp) // v·1000 = x / 2^shift, x < 2^63
	var q uint64                          // v·1000 rounded
	if shift < 64 {
		q = x >> shift
		r, half := x&(1<<shift-1), uint64(1)<<(shift-1)
		if r > half || r == half && q&1 == 1 {
			q++
		}
	}
	if bits>>63 != 0 {
		b = append(b, '-')
	}
	if q < 10000 { // scores and confidences: one digit before the point
		b = append(b, byte('0'+q/1000))
	} else {
		b = strconv.AppendUint(b, q/1000, 10)
	}
	f := q % 1000
	return append(b, '.', byte('0'+f/100), byte('0'+f/10%10), byte('0'+f%10))
}

// counted is a string with a count, kept in first-seen order.
type counted struct {
	s string
	n int
}

// bump adds one to s's count in list.
func bump(list []counted, s string) []counted {
	for i := range list {
		if list[i].s == s {
			list[i].n++
			return list
		}
	}
	return append(list, counted{s, 1})
}

// most returns the string with the highest count, the first seen on a tie.
func most(list []counted) string {
	best := counted{}
	for _, c := range list {
		if c.n > best.n {
			best = c
		}
	}
	return best.s
}

type speakerAgg struct {
	name                    string
	first                   int // order of first appearance
	roles                   []counted
	affiliation             string
	quotes                  int
	direct, indirect, mixed int
	outlets                 map[string]struct{}
	stance                  stanceAgg
	targets                 map[string]*stanceAgg
}

type outletAgg struct {
	name     string
	articles int
	quotes   int
	direct   int
	speakers map[string]int // named speakers only
	unattr   int
	stance   stanceAgg
}

// Aggregate accumulates what the tables need from analysed articles:
// per-speaker, per-outlet, speaker × outlet and speaker × target counts,
// sums and stance spreads. It keeps no quote text, so its memory grows with
// the number of distinct speakers, outlets and targets, not with the
// corpus. Add articles in input order; the tables are then deterministic.
// An Aggregate is not safe for concurrent use.
type Aggregate struct {
	speakers    map[string]*speakerAgg
	outlets     map[string]*outletAgg
	targets     []string // in first-seen order
	targetSeen  map[string]bool
	articles    int
	quotes      int
	direct      int
	indirect    int
	mixed       int
	unattr      int
	stance      stanceAgg
	withTargets int // quotes that mention a target
}

// NewAggregate returns an empty Aggregate.
func NewAggregate() *Aggregate {
	return &Aggregate{
		speakers:   map[string]*speakerAgg{},
		outlets:    map[string]*outletAgg{},
		targetSeen: map[string]bool{},
	}
}

// Add counts one analysed article and its quotes. A quote with no speaker
// counts under Unattributed; an article with no outlet under UnknownOutlet.
func (a *Aggregate) Add(art *analysis.Article) {
	outlet := UnknownOutlet
	if art.Article != nil && strings.TrimSpace(art.Outlet) != "" {
		outlet = art.Outlet
	}
	o := a.outlets[outlet]
	if o == nil {
		o = &outletAgg{name: outlet, speakers: map[string]int{}}
		a.outlets[outlet] = o
	}
	o.articles++
	a.articles++
	for i := range art.Quotes {
		q := &art.Quotes[i]
		name := strings.TrimSpace(q.Speaker)
		if name == "" {
			name = Unattributed
		}
		s := a.speakers[name]
		if s == nil {
			s = &speakerAgg{name: name, first: len(a.speakers), outlets: map[string]struct{}{}}
			a.speakers[name] = s
		}
		s.quotes++
		if q.Role != "" {
			s.roles = bump(s.roles, q.Role)
		}
		if s.affiliation == "" {
			s.affiliation = q.Affiliation
		}
		s.outlets[outlet] = struct{}{}
		s.stance.add(q.Stance)
		a.quotes++
		o.quotes++
		switch q.Type {
		case attribution.Direct:
			s.direct++
			o.direct++
			a.direct++
		case attribution.Indirect:
			s.indirect++
			a.indirect++
		case attribution.Mixed:
			s.mixed++
			a.mixed++
		}
		if name == Unattributed {
			o.unattr++
			a.unattr++
		} else {
			o.speakers[name]++
		}
		o.stance.add(q.Stance)
		a.stance.add(q.Stance)
		if len(q.Targets) > 0 {
			a.withTargets++
		}
		for _, t := range q.Targets {
			if t.Target == "" {
				continue
			}
			if !a.targetSeen[t.Target] {
				a.targetSeen[t.Target] = true
				a.targets = append(a.targets, t.Target)
			}
			if s.targets == nil {
				s.targets = map[string]*stanceAgg{}
			}
			ts := s.targets[t.Target]
			if ts == nil {
				ts = &stanceAgg{}
				s.targets[t.Target] = ts
			}
			ts.add(t.Stance)
		}
	}
}

// Summary is the corpus-wide totals of an Aggregate.
type Summary struct {
	Articles     int
	Outlets      int
	Quotes       int
	Speakers     int // distinct named speakers
	Direct       int
	Indirect     int
	Mixed        int
	Unattributed int     // quotes with no speaker
	MeanStance   float64 // over every quote; 0 when there are none
	Negative     int     // quotes labelled negative
	Neutral      int
	Positive     int
	Targets      int // distinct targets mentioned
	WithTargets  int // quotes that mention a target
}

// Summary returns the corpus-wide totals.
func (a *Aggregate) Summary() Summary {
	speakers := len(a.speakers)
	if a.speakers[Unattributed] != nil {
		speakers--
	}
	return Summary{
		Articles: a.articles, Outlets: len(a.outlets), Quotes: a.quotes, Speakers: speakers,
		Direct: a.direct, Indirect: a.indirect, Mixed: a.mixed, Unattributed: a.unattr,
		MeanStance: a.stance.mean(), Negative: a.stance.neg, Neutral: a.stance.neu, Positive: a.stance.pos,
		Targets: len(a.targets), WithTargets: a.withTargets,
	}
}

// sortedSpeakers returns the speakers by quotes, most first, then by name;
// Unattributed comes last.
func (a *Aggregate) sortedSpeakers() []*speakerAgg {
	list := make([]*speakerAgg, 0, len(a.speakers))
	for _, s := range a.speakers {
		list = append(list, s)
	}
	slices.SortFunc(list, func(x, y *speakerAgg) int {
		if (x.name == Unattributed) != (y.name == Unattributed) {
			if x.name == Unattributed {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(y.quotes, x.quotes), strings.Compare(x.name, y.name))
	})
	return list
}

// sortedOutlets returns the outlets by quotes, most first, then by
// articles, then by name.
func (a *Aggregate) sortedOutlets() []*outletAgg {
	list := make([]*outletAgg, 0, len(a.outlets))
	for _, o := range a.outlets {
		list = append(list, o)
	}
	slices.SortFunc(list, func(x, y *outletAgg) int {
		return cmp.Or(cmp.Compare(y.quotes, x.quotes), cmp.Compare(y.articles, x.articles), strings.Compare(x.name, y.name))
	})
	return list
}

// roleOf describes a speaker: the role most often found in the text, and
// the affiliation from the alias file when neither the role nor the name
// already says it ("United States" is not affiliated with itself).
func (s *speakerAgg) roleOf() string {
	role := most(s.roles)
	switch {
	case s.affiliation == "" || strings.Contains(role, s.affiliation) || strings.EqualFold(s.name, s.affiliation):
		return role
	case role == "":
		return s.affiliation
	}
	return role + " (" + s.affiliation + ")"
}

// stanceHeader is the header of the mean stance and spread columns.
var stanceHeader = []string{"mean stance", "neg", "neu", "pos"}

// Speakers returns the per-speaker table: speaker, role or affiliation,
// quotes, direct, indirect and mixed counts, the number of outlets quoting
// them, mean stance and its spread (how many quotes are negative, neutral,
// positive), sorted by quotes, most first, then by name.
func (a *Aggregate) Speakers() Table {
	t := Table{
		Name:   "speakers",
		Title:  "Speakers",
		Header: append([]string{"speaker", "role / affiliation", "quotes", "direct", "indirect", "mixed", "outlets"}, stanceHeader...),
	}
	t.Numeric = numeric(len(t.Header), 2)
	for _, s := range a.sortedSpeakers() {
		row := []string{s.name, s.roleOf(), strconv.Itoa(s.quotes), strconv.Itoa(s.direct),
			strconv.Itoa(s.indirect), strconv.Itoa(s.mixed), strconv.Itoa(len(s.outlets))}
		t.Rows = append(t.Rows, append(row, s.stance.cells()...))
	}
	return t
}

// numeric returns flags for n columns, the ones from first on numeric.
func numeric(n, first int) []bool {
	num := make([]bool, n)
	for i := first; i < n; i++ {
		num[i] = true
	}
	return num
}

// topSpeakers returns an outlet's k most-quoted named speakers, by count
// then name.
func (o *outletAgg) topSpeakers(k int) []counted {
	list := make([]counted, 0, len(o.speakers))
	for name, n := range o.speakers {
		list = append(list, counted{name, n})
	}
	slices.SortFunc(list, func(x, y counted) int {
		return cmp.Or(cmp.Compare(y.n, x.n), strings.Compare(x.s, y.s))
	})
	if len(list) > k {
		list = list[:k]
	}
	return list
}

// Outlets returns the per-outlet table: outlet, articles, quotes, distinct
// named speakers, the percentage of direct quotes, the TopSpeakers most
// quoted speakers with their counts, mean stance and its spread, sorted by
// quotes, most first, then by articles and name.
func (a *Aggregate) Outlets() Table {
	t := Table{
		Name:   "outlets",
		Title:  "Outlets",
		Header: append([]string{"outlet", "articles", "quotes", "speakers", "direct %", "top speakers"}, stanceHeader...),
	}
	t.Numeric = []bool{false, true, true, true, true, false, true, true, true, true}
	for _, o := range a.sortedOutlets() {
		share := ""
		if o.quotes > 0 {
			share = strconv.Itoa(int(float64(o.direct)*100/float64(o.quotes) + 0.5))
		}
		var top []string
		for _, c := range o.topSpeakers(TopSpeakers) {
			top = append(top, fmt.Sprintf("%s (%d)", c.s, c.n))
		}
		row := []string{o.name, strconv.Itoa(o.articles), strconv.Itoa(o.quotes), strconv.Itoa(len(o.speakers)),
			share, strings.Join(top, ", ")}
		t.Rows = append(t.Rows, append(row, o.stance.cells()...))
	}
	return t
}

// Row and column labels of the speaker × outlet table.
const (
	OtherSpeakers = "(other speakers)"
	OtherOutlets  = "(other outlets)"
)

// Matrix returns the speaker × outlet table of quote counts: a row for
// each of the MatrixSpeakers most-quoted speakers, then "(other speakers)"
// for the rest and "(unattributed)" when there are such quotes; a column for
// each of the MatrixOutlets outlets with the most quotes, "(other outlets)"
// for the rest, and the row's total; outlets none of whose articles has a
// quote get no column. Rows and columns sum to the totals of the speakers
// and outlets tables.
func (a *Aggregate) Matrix() Table {
	speakers := a.sortedSpeakers()
	var outlets []*outletAgg // outlets with quotes: the others would be columns of zeros
	for _, o := range a.sortedOutlets() {
		if o.quotes > 0 {
			outlets = append(outlets, o)
		}
	}
	shown := outlets
	if len(shown) > MatrixOutlets {
		shown = shown[:MatrixOutlets]
	}
	t := Table{Name: "matrix", Title: "Quotes by speaker and outlet"}
	t.Header = []string{"speaker"}
	for _, o := range shown {
		t.Header = append(t.Header, o.name)
	}
	if len(outlets) > len(shown) {
		t.Header = append(t.Header, OtherOutlets)
	}
	t.Header = append(t.Header, "total")
	t.Numeric = numeric(len(t.Header), 1)
	t.Keys = append([]string(nil), t.Header...)

	row := func(label string, count func(o *outletAgg) int) {
		r := []string{label}
		total, other := 0, 0
		for i, o := range outlets {
			n := count(o)
			total += n
			if i < len(shown) {
				r = append(r, strconv.Itoa(n))
			} else {
				other += n
			}
		}
		if len(outlets) > len(shown) {
			r = append(r, strconv.Itoa(other))
		}
		t.Rows = append(t.Rows, append(r, strconv.Itoa(total)))
	}
	named := speakers
	var unattributed bool
	if n := len(named); n > 0 && named[n-1].name == Unattributed {
		named, unattributed = named[:n-1], true
	}
	top := named
	if len(top) > MatrixSpeakers {
		top = top[:MatrixSpeakers]
	}
	for _, s := range top {
		row(s.name, func(o *outletAgg) int { return o.speakers[s.name] })
	}
	if rest := named[len(top):]; len(rest) > 0 {
		row(OtherSpeakers, func(o *outletAgg) int {
			n := 0
			for _, s := range rest {
				n += o.speakers[s.name]
			}
			return n
		})
	}
	if unattributed {
		row(Unattributed, func(o *outletAgg) int { return o.unattr })
	}
	return t
}

// Targets returns the speaker × target table (issue 4): for each speaker
// and each target their quotes mention, the number of such quotes, the
// mean stance towards the target and its spread. Speakers come in the
// order of the speakers table; a speaker's targets by quotes, most first,
// then in the order targets were first seen.
func (a *Aggregate) Targets() Table {
	t := Table{
		Name:   "targets",
		Title:  "Stance towards targets",
		Header: append([]string{"speaker", "target", "quotes"}, stanceHeader...),
	}
	t.Numeric = numeric(len(t.Header), 2)
	order := map[string]int{}
	for i, name := range a.targets {
		order[name] = i
	}
	for _, s := range a.sortedSpeakers() {
		if len(s.targets) == 0 {
			continue
		}
		names := make([]string, 0, len(s.targets))
		for name := range s.targets {
			names = append(names, name)
		}
		slices.SortFunc(names, func(x, y string) int {
			return cmp.Or(cmp.Compare(s.targets[y].n, s.targets[x].n), cmp.Compare(order[x], order[y]))
		})
		for _, name := range names {
			ts := s.targets[name]
			row := []string{s.name, name, strconv.Itoa(ts.n)}
			t.Rows = append(t.Rows, append(row, ts.cells()...))
		}
	}
	return t
}
