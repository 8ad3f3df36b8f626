package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/internal/le"
)

// QuoteColumns are the columns every quotes output starts with, in this
// order (the CLI contract): the document, its outlet, the speaker, the kind
// of quote (direct, indirect, mixed), its content, the reporting cue, the
// stance score in [-1, 1] and label, and the byte offsets of the content in
// the document as read.
var QuoteColumns = []string{"document", "outlet", "speaker", "type", "quote", "cue", "stance", "stance_label", "start", "end"}

// QuoteExtraColumns follow QuoteColumns in CSV and JSON output.
var QuoteExtraColumns = []string{"stance_confidence", "speaker_kind", "role", "affiliation", "mention", "via", "paragraph"}

// QuoteFormats lists the formats NewQuoteWriter accepts.
var QuoteFormats = []string{"table", "csv", "json", "jsonl", "markdown"}

// QuoteOptions configures a QuoteWriter.
type QuoteOptions struct {
	// BOM starts CSV output with a UTF-8 byte-order mark, which Excel needs
	// to read the file as UTF-8. Other formats ignore it.
	BOM bool
	// Targets adds the "targets" column: the quote's stance towards each
	// target it mentions, "Russia:-0.420;China:0.100" in CSV and tables, an
	// array of {"target", "stance", "stance_label"} objects in JSON.
	Targets bool
	// Quotation adds the "quotation" column: the id of the quote's group of
	// quotes that say the same thing (package trace), "" when it has none.
	Quotation bool
}

// QuoteWriter writes every quote of each article it is given, one row per
// quote, in the order given. CSV, JSON and JSON lines are written on every
// Write call, so memory does not grow with the corpus; table and markdown
// output is laid out on Close. Close writes what is left; it does not close
// the underlying writer.
type QuoteWriter interface {
	Write(art *analysis.Article) error
	Close() error
}

// NewQuoteWriter returns a QuoteWriter writing to w in format: "csv" (a
// header row then one record per quote, formula-safe, see the package doc),
// "jsonl" (one JSON object per line), "json" (an array of the same objects,
// one per line), "table" or "markdown" (QuoteColumns and the optional
// columns; long quotes wrap). CSV and JSON use the snake_case keys of
// QuoteColumns, QuoteExtraColumns, then "targets" and "quotation" when
// opts asks for them; numbers are numbers (stance with three decimals).
func NewQuoteWriter(w io.Writer, format string, opts QuoteOptions) (QuoteWriter, error) {
	switch format {
	case "csv":
		return newCSVQuotes(w, opts)
	case "jsonl", "json":
		return &jsonQuotes{w: w, opts: opts, array: format == "json"}, nil
	case "table", "markdown":
		t := Table{Name: "quotes", Title: "Quotes", Header: append([]string(nil), QuoteColumns...)}
		t.Header[len(t.Header)-3] = "label"
		if opts.Targets {
			t.Header = append(t.Header, "targets")
		}
		if opts.Quotation {
			t.Header = append(t.Header, "quotation")
		}
		t.Numeric = make([]bool, len(t.Header))
		t.Numeric[6], t.Numeric[8], t.Numeric[9] = true, true, true
		return &tableQuotes{w: w, format: format, opts: opts, t: t}, nil
	}
	return nil, fmt.Errorf("unknown quotes format %q: use one of %s", format, strings.Join(QuoteFormats, ", "))
}

// errClosed is returned by Write after Close.
var errClosed = errors.New("report: write to a closed QuoteWriter")

// outletOf returns an article's outlet, UnknownOutlet when it has none.
func outletOf(art *analysis.Article) string {
	if art.Article == nil || strings.TrimSpace(art.Outlet) == "" {
		return UnknownOutlet
	}
	return art.Outlet
}

func documentOf(art *analysis.Article) string {
	if art.Article == nil {
		return ""
	}
	return art.Document
}

// targetsCell renders a quote's target stances: "Russia:-0.420;China:0.100".
func targetsCell(q *analysis.Quote) string { return string(appendTargets(nil, q)) }

// appendTargets appends targetsCell(q) to b.
func appendTargets(b []byte, q *analysis.Quote) []byte {
	for i, t := range q.Targets {
		if i > 0 {
			b = append(b, ';')
		}
		b = append(b, t.Target...)
		b = appendStance(append(b, ':'), t.Stance.Score)
	}
	return b
}

type csvQuotes struct {
	w      io.Writer
	opts   QuoteOptions
	buf    []byte // an article's rows
	cell   []byte // scratch for the targets cell
	lead   []byte // the document and outlet cells of the article being written
	closed bool
}

func newCSVQuotes(w io.Writer, opts QuoteOptions) (*csvQuotes, error) {
	if opts.BOM {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return nil, err
		}
	}
	head := append(append([]string(nil), QuoteColumns...), QuoteExtraColumns...)
	if opts.Targets {
		head = append(head, "targets")
	}
	if opts.Quotation {
		head = append(head, "quotation")
	}
	c := &csvQuotes{w: w, opts: opts}
	if _, err := w.Write(appendCSVRecord(nil, head)); err != nil {
		return nil, err
	}
	return c, nil
}

// Write writes the rows of art's quotes in one write.
func (c *csvQuotes) Write(art *analysis.Article) error {
	if c.closed {
		return errClosed
	}
	if len(art.Quotes) == 0 {
		return nil
	}
	// the document and outlet cells, the same on every row, made once
	c.lead = appendCSVText(c.lead[:0], documentOf(art))
	c.lead = appendCSVText(append(c.lead, ','), outletOf(art))
	c.buf = c.buf[:0]
	for i := range art.Quotes {
		c.buf = c.appendRow(append(c.buf, c.lead...), &art.Quotes[i])
	}
	if len(c.buf) == 0 {
		return nil
	}
	_, err := c.w.Write(c.buf)
	if cap(c.buf) > 1<<20 {
		c.buf = nil // do not keep a huge article's rows
	}
	return err
}

// appendRow appends the CSV record of q after its document and outlet
// cells: its text cells made CSVSafe, its numbers appended as they are
// formatted, without a string each (a number never needs quotes nor
// CSVSafe).
func (c *csvQuotes) appendRow(b []byte, q *analysis.Quote) []byte {
	text := func(b []byte, s string) []byte { return appendCSVText(append(b, ','), s) }
	b = text(b, q.Speaker)
	b = text(b, string(q.Type))
	b = text(b, q.Content)
	b = text(b, q.Cue)
	b = appendStance(append(b, ','), q.Stance.Score)
	b = text(b, string(labelOf(q.Stance)))
	b = strconv.AppendInt(append(b, ','), int64(q.Start), 10)
	b = strconv.AppendInt(append(b, ','), int64(q.End), 10)
	b = appendFixed3(append(b, ','), q.Stance.Confidence)
	b = text(b, string(q.SpeakerKind))
	b = text(b, q.Role)
	b = text(b, q.Affiliation)
	b = text(b, q.Mention)
	b = text(b, q.Via)
	b = strconv.AppendInt(append(b, ','), int64(q.Paragraph), 10)
	if c.opts.Targets {
		c.cell = appendTargets(c.cell[:0], q)
		b = text(b, unsafe.String(unsafe.SliceData(c.cell), len(c.cell))) // not kept: appended at once
	}
	if c.opts.Quotation {
		b = text(b, q.Quotation)
	}
	return append(b, '\n')
}

func (c *csvQuotes) Close() error {
	c.closed = true
	return nil
}

// appendCSVRecord appends rec as encoding/csv's Writer writes it with its
// defaults (comma, "\n" line ends): the same bytes, without its per-byte
// buffered writes.
func appendCSVRecord(b []byte, rec []string) []byte {
	for n, field := range rec {
		if n > 0 {
			b = append(b, ',')
		}
		b = appendCSVField(b, field)
	}
	return append(b, '\n')
}

// appendCSVText appends appendCSVField(b, CSVSafe(s)), calling neither
// for the empty cells and the cells CSVSafe keeps as they are that most
// are.
func appendCSVText(b []byte, s string) []byte {
	if s == "" {
		return b
	}
	if mayBeFormula(s) {
		s = CSVSafe(s)
	}
	return appendCSVField(b, s)
}

// appendCSVField appends one field of a record as appendCSVRecord writes
// it.
func appendCSVField(b []byte, field string) []byte {
	if !csvNeedsQuotes(field) {
		return append(b, field...)
	}
	b = append(b, '"')
	for len(field) > 0 {
		i := strings.IndexByte(field, '"')
		if i < 0 {
			b = append(b, field...)
			break
		}
		// csv writes \r and \n inside quotes as they are
		b = append(b, field[:i+1]...)
		b = append(b, '"')
		field = field[i+1:]
	}
	return append(b, '"')
}

// csvNeedsQuotes is encoding/csv's fieldNeedsQuotes with a comma.
func csvNeedsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` {
		return true
	}
	switch n := len(field); {
	case n >= 32:
		// four vectorised searches cost less than eight bytes at a time
		// on a long field (a quote's content, a document's path)
		if strings.IndexByte(field, ',') >= 0 || strings.IndexByte(field, '"') >= 0 ||
			strings.IndexByte(field, '\n') >= 0 || strings.IndexByte(field, '\r') >= 0 {
			return true
		}
	case n >= 8:
		// eight bytes at a time, the last eight overlapping the ones before
		for i := 0; i < n-8; i += 8 {
			if hasCSVSpecial(le.Uint64(field[i:])) {
				return true
			}
		}
		if hasCSVSpecial(le.Uint64(field[n-8:])) {
			return true
		}
	case n >= 4: // two overlapping loads of four bytes
		if hasCSVSpecial(uint64(le.Uint32(field)) | uint64(le.Uint32(field[n-4:]))<<32) {
			return true
		}
	default:
		for i := 0; i < n; i++ {
			if csvSpecial[field[i]] {
				return true
			}
		}
	}
	if c := field[0]; c < utf8.RuneSelf {
		return asciiSpace[c] // unicode.IsSpace on an ASCII byte
	}
	r1, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(r1)
}

// csvSpecial marks the bytes that make a CSV field need quotes.
var csvSpecial = [256]bool{'\n': true, '\r': true, '"': true, ',': true}

// asciiSpace marks the ASCII bytes unicode.IsSpace reports as space.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// hasCSVSpecial reports whether one of the 8 bytes of x is a csvSpecial
// byte: x^c has a zero byte where x has c, and v has a zero byte when
// (v-0x01…)&^v has a byte's top bit set.
func hasCSVSpecial(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	zero := func(v uint64) uint64 { return (v - ones) &^ v }
	return (zero(x^','*ones)|zero(x^'"'*ones)|zero(x^'\n'*ones)|zero(x^'\r'*ones))&highs != 0
}

type jsonQuotes struct {
	w      io.Writer
	opts   QuoteOptions
	array  bool // "json": one array; else JSON lines
	n      int  // quotes written
	buf    bytes.Buffer
	closed bool
}

func (j *jsonQuotes) Write(art *analysis.Article) error {
	if j.closed {
		return errClosed
	}
	j.buf.Reset()
	doc, outlet := documentOf(art), outletOf(art)
	for i := range art.Quotes {
		j.writeQuote(doc, outlet, &art.Quotes[i])
	}
	if j.buf.Len() == 0 {
		return nil
	}
	_, err := j.w.Write(j.buf.Bytes())
	return err
}

// writeQuote writes one quote as a JSON object, preceded by the array's
// opening bracket or separator in "json" format.
func (j *jsonQuotes) writeQuote(doc, outlet string, q *analysis.Quote) {
	w := &j.buf
	if j.array {
		if j.n == 0 {
			w.WriteString("[\n")
		} else {
			w.WriteString(",\n")
		}
	}
	j.n++
	field := func(key string) {
		if key != "document" {
			w.WriteString(",")
		}
		writeJSONString(w, key)
		w.WriteString(":")
	}
	str := func(key, v string) { field(key); writeJSONString(w, v) }
	raw := func(key, v string) { field(key); w.WriteString(v) }
	w.WriteString("{")
	str("document", doc)
	str("outlet", outlet)
	str("speaker", q.Speaker)
	str("type", string(q.Type))
	str("quote", q.Content)
	str("cue", q.Cue)
	raw("stance", formatStance(q.Stance.Score))
	str("stance_label", string(labelOf(q.Stance)))
	raw("start", strconv.Itoa(q.Start))
	raw("end", strconv.Itoa(q.End))
	raw("stance_confidence", strconv.FormatFloat(q.Stance.Confidence, 'f', 3, 64))
	str("speaker_kind", string(q.SpeakerKind))
	str("role", q.Role)
	str("affiliation", q.Affiliation)
	str("mention", q.Mention)
	str("via", q.Via)
	raw("paragraph", strconv.Itoa(q.Paragraph))
	if j.opts.Targets {
		field("targets")
		w.WriteString("[")
		for i, t := range q.Targets {
			if i > 0 {
				w.WriteString(",")
			}
			w.WriteString(`{"target":`)
			writeJSONString(w, t.Target)
			w.WriteString(`,"stance":` + formatStance(t.Stance.Score) + `,"stance_label":`)
			writeJSONString(w, string(labelOf(t.Stance)))
			w.WriteString("}")
		}
		w.WriteString("]")
	}
	if j.opts.Quotation {
		str("quotation", q.Quotation)
	}
	w.WriteString("}")
	if !j.array {
		w.WriteString("\n")
	}
}

func (j *jsonQuotes) Close() error {
	if j.closed {
		return nil
	}
	j.closed = true
	if !j.array {
		return nil
	}
	end := "\n]\n"
	if j.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(j.w, end)
	return err
}

type tableQuotes struct {
	w      io.Writer
	format string
	opts   QuoteOptions
	t      Table
	closed bool
}

func (t *tableQuotes) Write(art *analysis.Article) error {
	if t.closed {
		return errClosed
	}
	doc, outlet := documentOf(art), outletOf(art)
	for i := range art.Quotes {
		q := &art.Quotes[i]
		row := []string{doc, outlet, q.Speaker, string(q.Type), q.Content, q.Cue,
			formatStance(q.Stance.Score), string(labelOf(q.Stance)), strconv.Itoa(q.Start), strconv.Itoa(q.End)}
		if t.opts.Targets {
			row = append(row, targetsCell(q))
		}
		if t.opts.Quotation {
			row = append(row, q.Quotation)
		}
		t.t.Rows = append(t.t.Rows, row)
	}
	return nil
}

func (t *tableQuotes) Close() error {
	if t.closed {
		return nil
	}
	t.closed = true
	return WriteTables(t.w, t.format, t.t)
}
