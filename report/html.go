package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/corpus"
	"github.com/quotelens/quotelens/sentiment"
	"github.com/quotelens/quotelens/trace"
)

// HTMLInput is what WriteHTML shows.
type HTMLInput struct {
	Title      string            // the page title: "quotelens report"
	Agg        *Aggregate        // the tables and charts; nil: aggregate Quotes
	Quotations []trace.Quotation // traced quotations, in the order to show them
	Quotes     []HTMLQuote       // every quote, for the searchable table
	Generated  string            // when the report was made, shown as is
}

// HTMLQuote is one quote with the article it comes from, a row of the
// HTML report's quote table.
type HTMLQuote struct {
	Document, Outlet string
	Quote            analysis.Quote
}

// HTMLQuotesOf flattens an article's quotes for HTMLInput.Quotes. It keeps
// what the quote table shows and drops the article's text, so a caller
// collecting every quote of a corpus does not hold the corpus.
func HTMLQuotesOf(art *analysis.Article) []HTMLQuote {
	doc, outlet := documentOf(art), outletOf(art)
	out := make([]HTMLQuote, len(art.Quotes))
	for i, q := range art.Quotes {
		q.Targets = append([]analysis.TargetStance(nil), q.Targets...)
		out[i] = HTMLQuote{Document: doc, Outlet: outlet, Quote: q}
	}
	return out
}

// Caps that keep the HTML report usable on large corpora. The quote table
// always holds every quote.
const (
	ChartOutlets   = 12   // outlets in the "who each outlet quotes" chart
	ChartSpeakers  = 8    // speakers with their own colour in that chart
	StanceSpeakers = 15   // speakers in the stance chart
	HTMLTableRows  = 1000 // rows of the speakers and targets tables
	HTMLQuotations = 200  // traced quotations shown
)

// Chart layout, in SVG user units (the charts scale with the page).
const (
	htmlChartWidth  = 800
	htmlLabelWidth  = 190 // room for a 22-rune label at 12px
	htmlRowHeight   = 26
	htmlBarHeight   = 18 // the template draws bars this high
	htmlChartMargin = 8
	htmlLabelRunes  = 22 // longer labels are cut, with the full text as a tooltip
)

//go:embed html.tmpl
var htmlTemplate string

var htmlTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"f1":     f1,
	"f2":     func(v float64) string { return strings.Replace(strconv.FormatFloat(v, 'f', 2, 64), "-0.00", "0.00", 1) },
	"pct":    func(n, of int) string { return percent(n, of) },
	"plural": plural,
	"are": func(n int, thing string) string {
		if n == 1 {
			return "1 " + thing + " is"
		}
		return strconv.Itoa(n) + " " + thing + "s are"
	},
}).Parse(htmlTemplate))

// WriteHTML writes the HTML report: one self-contained page with inline
// CSS, inline SVG charts and a little inline script for searching and
// sorting the tables. It makes no network request at all (its Content
// Security Policy forbids any), reads well at laptop and phone widths,
// and prints sensibly. Its sections: a summary; the per-speaker,
// per-outlet, speaker × outlet and speaker × target tables; a chart of who
// each outlet quotes; a chart of the stance spread and mean per speaker;
// the traced quotations with each outlet's wording side by side; and every
// quote in a searchable, sortable table.
func WriteHTML(w io.Writer, in HTMLInput) error {
	agg := in.Agg
	if agg == nil {
		agg = aggregateQuotes(in.Quotes)
	}
	v := htmlView{
		Title:     in.Title,
		Generated: in.Generated,
		Summary:   agg.Summary(),
	}
	if v.Title == "" {
		v.Title = "quotelens report"
	}
	v.Speakers = newHTMLTable(agg.Speakers(), HTMLTableRows)
	v.Outlets = newHTMLTable(agg.Outlets(), 0)
	v.Matrix = newHTMLTable(agg.Matrix(), 0)
	heat(&v.Matrix)
	v.Targets = newHTMLTable(agg.Targets(), HTMLTableRows)
	v.OutletChart = outletChart(agg)
	v.StanceChart = stanceChart(agg)
	v.QuotationTotal = len(in.Quotations)
	qs := in.Quotations
	if len(qs) > HTMLQuotations {
		qs = qs[:HTMLQuotations]
	}
	shown := map[string]bool{}
	for _, q := range qs {
		v.Quotations = append(v.Quotations, newHTMLQuotation(q))
		shown[q.ID] = true
	}
	v.Quotes = make([]htmlQuoteRow, len(in.Quotes))
	for i := range in.Quotes {
		v.Quotes[i] = newHTMLQuoteRow(&in.Quotes[i])
		v.Quotes[i].Linked = shown[v.Quotes[i].Quotation]
	}
	if err := htmlTmpl.Execute(w, &v); err != nil {
		return fmt.Errorf("writing the HTML report: %w", err)
	}
	return nil
}

// aggregateQuotes aggregates flattened quotes, taking each run of quotes
// from one document as an article (articles without quotes are not
// counted: they are not in the list).
func aggregateQuotes(qs []HTMLQuote) *Aggregate {
	agg := NewAggregate()
	for i := 0; i < len(qs); {
		j := i
		art := &analysis.Article{Article: &corpus.Article{Document: qs[i].Document, Outlet: qs[i].Outlet}}
		for ; j < len(qs) && qs[j].Document == qs[i].Document && qs[j].Outlet == qs[i].Outlet; j++ {
			art.Quotes = append(art.Quotes, qs[j].Quote)
		}
		agg.Add(art)
		i = j
	}
	return agg
}

// htmlView is the template's data.
type htmlView struct {
	Title, Generated string
	Summary          Summary
	Speakers         htmlTable
	Outlets          htmlTable
	Matrix           htmlTable
	Targets          htmlTable
	OutletChart      barChart
	StanceChart      stanceChartView
	Quotations       []htmlQuotation
	QuotationTotal   int
	Quotes           []htmlQuoteRow
}

type htmlCell struct {
	Text string
	Num  bool
	Heat int // 0, or 1–4: how large a count is against the table's largest
}

type htmlTable struct {
	Name, Title string
	Header      []htmlCell
	Rows        [][]htmlCell
	Total       int // rows before the cap
}

// newHTMLTable converts t, keeping at most limit rows (0: all).
func newHTMLTable(t Table, limit int) htmlTable {
	num := t.numericColumns()
	h := htmlTable{Name: t.Name, Title: t.Title, Total: len(t.Rows)}
	for c, s := range t.Header {
		h.Header = append(h.Header, htmlCell{Text: s, Num: num[c]})
	}
	rows := t.Rows
	if limit > 0 && len(rows) > limit {
		rows = rows[:limit]
	}
	for _, row := range rows {
		r := make([]htmlCell, len(t.Header))
		for c := range r {
			r[c] = htmlCell{Text: cell(row, c), Num: num[c]}
		}
		h.Rows = append(h.Rows, r)
	}
	return h
}

// heat shades the count cells of the speaker × outlet table: every column
// but the first (speaker) and last (total).
func heat(t *htmlTable) {
	top := 0
	for _, row := range t.Rows {
		for _, c := range row[1 : len(row)-1] {
			if n, err := strconv.Atoi(c.Text); err == nil {
				top = max(top, n)
			}
		}
	}
	if top == 0 {
		return
	}
	for _, row := range t.Rows {
		for i := 1; i < len(row)-1; i++ {
			if n, err := strconv.Atoi(row[i].Text); err == nil && n > 0 {
				row[i].Heat = 1 + min(3, 4*(n-1)/top)
			}
		}
	}
}

type htmlWording struct {
	Outlet, Document, How, Text string
	Type                        string // direct, indirect, mixed
	Similarity                  float64
	Width                       float64 // similarity bar width in %
}

type htmlQuotation struct {
	ID, Speaker, Canonical string
	Articles               int
	Outlets                []OutletWording
	Wordings               []htmlWording
}

func newHTMLQuotation(q trace.Quotation) htmlQuotation {
	h := htmlQuotation{ID: q.ID, Speaker: q.Speaker, Canonical: q.Canonical, Articles: len(q.Documents), Outlets: Faithfulness(q)}
	if h.Speaker == "" {
		h.Speaker = Unattributed
	}
	for _, w := range q.Wordings {
		sim := min(max(w.Similarity, 0), 1)
		h.Wordings = append(h.Wordings, htmlWording{Outlet: w.Outlet, Document: w.Document, How: HowQuoted(w.Type), Type: string(w.Type),
			Text: w.Text, Similarity: sim, Width: sim * 100})
	}
	return h
}

type htmlQuoteRow struct {
	Document, Outlet, Speaker, Type, Quote, Cue, Stance, Label, Targets string
	Quotation                                                           string
	Unattributed                                                        bool
	Linked                                                              bool // Quotation is shown in the quotations section
}

func newHTMLQuoteRow(q *HTMLQuote) htmlQuoteRow {
	r := htmlQuoteRow{
		Document: q.Document, Outlet: q.Outlet, Speaker: q.Quote.Speaker, Type: string(q.Quote.Type),
		Quote: q.Quote.Content, Cue: q.Quote.Cue, Stance: formatStance(q.Quote.Stance.Score),
		Label: string(labelOf(q.Quote.Stance)), Targets: strings.ReplaceAll(targetsCell(&q.Quote), ";", "; "),
		Quotation: q.Quote.Quotation,
	}
	if r.Outlet == "" {
		r.Outlet = UnknownOutlet
	}
	if r.Speaker == "" {
		r.Speaker, r.Unattributed = Unattributed, true
	}
	return r
}

// f1 formats an SVG coordinate: at most one decimal, no trailing zeros.
func f1(v float64) string {
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

// plural formats a count of things: "1 quote", "3 quotes".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return strconv.Itoa(n) + " " + thing + "s"
}

// light reports whether a "#RRGGBB" colour is light enough that text on it
// must be dark.
func light(colour string) bool {
	v, err := strconv.ParseUint(strings.TrimPrefix(colour, "#"), 16, 32)
	if err != nil || len(colour) != 7 {
		return false
	}
	r, g, b := float64(v>>16&0xff), float64(v>>8&0xff), float64(v&0xff)
	return 0.299*r+0.587*g+0.114*b > 160
}

// percent formats n/of as a whole percentage: "25%".
func percent(n, of int) string {
	if of == 0 {
		return "0%"
	}
	return strconv.Itoa(int(float64(n)*100/float64(of)+0.5)) + "%"
}

// truncate shortens s to at most n runes, ending in "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// Chart colours: the Okabe–Ito palette, readable by colour-blind readers.
var speakerColours = []string{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#7F3C8D", "#B5A300"}

const (
	otherColour  = "#A9A9A9"
	unattrColour = "#DDDDDD"
	negColour    = "#C0392B"
	neuColour    = "#B0B4B9"
	posColour    = "#2E8B57"
)

// segment is one coloured piece of a bar.
type segment struct {
	X, W   float64
	Colour string
	Dark   bool   // the segment is light: label it in dark text
	Label  string // shown inside the segment when it fits
	Tip    string // the segment's tooltip
}

// barRow is one labelled bar of a chart.
type barRow struct {
	Y, TextY   float64
	Label, Tip string // the row's label (truncated) and its full text
	Note       string // shown right of the bar
	Segments   []segment
}

type legendItem struct {
	Colour, Label string
}

// barChart is the "who each outlet quotes" chart: one 100% bar per outlet.
type barChart struct {
	Width, Height     float64
	BarX, BarW, NoteX float64
	Rows              []barRow
	Legend            []legendItem
	Shown, Total      int // outlets shown and in all
}

// outletChart draws, for the ChartOutlets outlets with the most quotes,
// each speaker's share of the outlet's quotes: the ChartSpeakers most
// quoted speakers in their own colours, the others and the unattributed
// quotes in greys.
func outletChart(a *Aggregate) barChart {
	var outlets []*outletAgg
	for _, o := range a.sortedOutlets() {
		if o.quotes > 0 {
			outlets = append(outlets, o)
		}
	}
	c := barChart{Total: len(outlets)}
	if len(outlets) > ChartOutlets {
		outlets = outlets[:ChartOutlets]
	}
	c.Shown = len(outlets)
	var top []string
	for _, s := range a.sortedSpeakers() {
		if s.name == Unattributed || len(top) == ChartSpeakers {
			continue
		}
		top = append(top, s.name)
	}
	for i, name := range top {
		c.Legend = append(c.Legend, legendItem{speakerColours[i%len(speakerColours)], name})
	}
	c.Legend = append(c.Legend, legendItem{otherColour, "other speakers"}, legendItem{unattrColour, Unattributed})
	c.Width = htmlChartWidth
	c.BarX = htmlLabelWidth
	c.BarW = htmlChartWidth - htmlLabelWidth - 90
	c.NoteX = c.BarX + c.BarW + 8
	c.Height = float64(len(outlets)*htmlRowHeight + 2*htmlChartMargin)
	for i, o := range outlets {
		y := float64(htmlChartMargin + i*htmlRowHeight)
		row := barRow{Y: y, TextY: y + htmlBarHeight/2 + 4, Label: truncate(o.name, htmlLabelRunes), Tip: o.name,
			Note: plural(o.quotes, "quote")}
		x := c.BarX
		add := func(n int, colour, who string) {
			if n == 0 {
				return
			}
			w := c.BarW * float64(n) / float64(o.quotes)
			seg := segment{X: x, W: w, Colour: colour, Dark: light(colour),
				Tip: fmt.Sprintf("%s — %s: %s of %d (%s)", o.name, who, plural(n, "quote"), o.quotes, percent(n, o.quotes))}
			if w >= 34 {
				seg.Label = percent(n, o.quotes)
			}
			row.Segments = append(row.Segments, seg)
			x += w
		}
		shown := 0
		for j, name := range top {
			n := o.speakers[name]
			shown += n
			add(n, speakerColours[j%len(speakerColours)], name)
		}
		add(o.quotes-shown-o.unattr, otherColour, "other speakers")
		add(o.unattr, unattrColour, Unattributed)
		c.Rows = append(c.Rows, row)
	}
	return c
}

// stanceRow is one speaker of the stance chart.
type stanceRow struct {
	barRow
	MeanX float64 // the mean's position on the mean axis
	Mean  string
}

// stanceChartView is the stance chart: for each speaker a 100% bar of
// negative, neutral and positive quotes, and the mean stance on a −1…+1
// axis beside it.
type stanceChartView struct {
	Width, Height       float64
	BarX, BarW          float64
	AxisX, AxisW, Zero  float64
	AxisEnd             float64 // AxisX + AxisW: +1
	AxisTop, AxisBottom float64
	NoteX               float64
	Rows                []stanceRow
	Shown, Total        int
}

func stanceChart(a *Aggregate) stanceChartView {
	var speakers []*speakerAgg
	for _, s := range a.sortedSpeakers() {
		if s.name != Unattributed {
			speakers = append(speakers, s)
		}
	}
	c := stanceChartView{Total: len(speakers)}
	if len(speakers) > StanceSpeakers {
		speakers = speakers[:StanceSpeakers]
	}
	c.Shown = len(speakers)
	c.Width = htmlChartWidth
	c.BarX = htmlLabelWidth
	c.BarW = 270
	c.AxisX = c.BarX + c.BarW + 30
	c.AxisW = 220
	c.Zero = c.AxisX + c.AxisW/2
	c.AxisEnd = c.AxisX + c.AxisW
	c.NoteX = c.AxisEnd + 10
	top := float64(htmlChartMargin + 16) // room for the column headings
	c.AxisTop = top
	c.AxisBottom = top + float64(len(speakers)*htmlRowHeight)
	c.Height = c.AxisBottom + 22
	for i, s := range speakers {
		y := top + float64(i*htmlRowHeight)
		st := s.stance
		row := stanceRow{barRow: barRow{Y: y, TextY: y + htmlBarHeight/2 + 4, Label: truncate(s.name, htmlLabelRunes), Tip: s.name,
			Note: strconv.Itoa(st.n)}}
		x := c.BarX
		for _, part := range []struct {
			n      int
			colour string
			label  sentiment.Label
		}{{st.neg, negColour, sentiment.Negative}, {st.neu, neuColour, sentiment.Neutral}, {st.pos, posColour, sentiment.Positive}} {
			if part.n == 0 || st.n == 0 {
				continue
			}
			w := c.BarW * float64(part.n) / float64(st.n)
			seg := segment{X: x, W: w, Colour: part.colour, Dark: light(part.colour),
				Tip: fmt.Sprintf("%s: %d of %s %s (%s)", s.name, part.n, plural(st.n, "quote"), part.label, percent(part.n, st.n))}
			if w >= 30 {
				seg.Label = strconv.Itoa(part.n)
			}
			row.Segments = append(row.Segments, seg)
			x += w
		}
		mean := min(max(st.mean(), -1), 1)
		row.MeanX = c.Zero + mean*c.AxisW/2
		row.Mean = formatStance(mean)
		row.Tip = fmt.Sprintf("%s: mean stance %s over %s (%d negative, %d neutral, %d positive)",
			s.name, formatStance(mean), plural(st.n, "quote"), st.neg, st.neu, st.pos)
		c.Rows = append(c.Rows, row)
	}
	return c
}
