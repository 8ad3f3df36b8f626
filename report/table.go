package report

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// Table is a render-agnostic table: a header and rows of cells, all strings.
// Numbers are formatted by whoever builds the table; the renderers align
// them right in terminal tables and write them as JSON numbers.
type Table struct {
	// Name identifies the table: "speakers", "outlets", "matrix", "targets",
	// "quotes", "trace". It keys the table in JSON and labels it in CSV.
	Name string
	// Title is the human heading: "Speakers".
	Title string
	// Header names the columns for people ("mean stance"); JSON keys and
	// CSV headers are their snake_case forms ("mean_stance", see Key).
	Header []string
	// Rows holds the cells; a row shorter than Header is padded with "".
	Rows [][]string
	// Keys, when set, are the column keys of CSV headers and JSON objects
	// instead of the snake_case forms of Header; the speaker × outlet
	// table keys its columns by outlet name as written.
	Keys []string
	// Numeric marks the columns whose cells are numbers (an empty cell is
	// a missing number: null in JSON). When nil, a column is numeric when
	// every non-empty cell is a plain decimal number and one cell is.
	Numeric []bool
}

// Formats lists the formats WriteTables accepts.
var Formats = []string{"table", "markdown", "csv", "json"}

// WriteTables renders tables to w in format:
//
//   - "table": boxed terminal tables, each under a title line, separated by
//     a blank line; long cells wrap at 48 columns.
//   - "markdown": a "### Title" heading and a GitHub-flavoured markdown table
//     for each; "|" in cells is escaped and line breaks become spaces.
//   - "csv": one table is plain CSV with a snake_case header row. Several
//     tables are written one after another, each preceded by a line
//     "# <name>" and separated by a blank line, so a spreadsheet shows
//     them as blocks one below the other (and a script can split on the
//     "# " lines). Text cells are made formula-safe (see the package doc).
//   - "json": an object keyed by table name; each table is an array of
//     objects keyed by the snake_case column names, numbers as numbers.
//
// Any other format is an error naming the accepted ones.
func WriteTables(w io.Writer, format string, tables ...Table) error {
	return WriteTablesWith(w, format, TableOptions{}, tables...)
}

// TableOptions configures WriteTablesWith.
type TableOptions struct {
	// BOM starts CSV output with a UTF-8 byte-order mark, which Excel needs
	// to read the file as UTF-8 (the CLI's --bom). Other formats ignore it.
	BOM bool
}

// WriteTablesWith is WriteTables with options.
func WriteTablesWith(w io.Writer, format string, opts TableOptions, tables ...Table) error {
	bw := bufio.NewWriter(w)
	if opts.BOM && format == "csv" {
		bw.WriteString("\uFEFF")
	}
	var err error
	switch format {
	case "table":
		err = writeBoxes(bw, tables)
	case "markdown":
		err = writeMarkdown(bw, tables)
	case "csv":
		err = writeCSVTables(bw, tables)
	case "json":
		err = writeJSONTables(bw, tables)
	default:
		return fmt.Errorf("unknown table format %q: use one of %s", format, strings.Join(Formats, ", "))
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

// Key returns the snake_case key of a column header: lower case, "%" as
// "pct", every run of other non-alphanumeric characters as one "_".
// "mean stance" → "mean_stance", "direct %" → "direct_pct".
func Key(header string) string {
	var b strings.Builder
	sep := false
	for _, r := range strings.ToLower(header) {
		switch {
		case r == '%':
			if b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteString("pct")
			sep = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			b.WriteRune(r)
		default:
			sep = true
		}
	}
	return b.String()
}

// keys returns the column keys: Keys, else the snake_case headers. A key
// that repeats an earlier one gets a suffix "_2", "_3"… so JSON objects
// never have duplicate keys.
func (t Table) keys() []string {
	keys := make([]string, len(t.Header))
	seen := map[string]int{}
	for c, h := range t.Header {
		k := Key(h)
		if c < len(t.Keys) {
			k = t.Keys[c]
		}
		seen[k]++
		if n := seen[k]; n > 1 {
			k += "_" + strconv.Itoa(n)
		}
		keys[c] = k
	}
	return keys
}

// numericColumns reports which columns of t hold numbers.
func (t Table) numericColumns() []bool {
	num := make([]bool, len(t.Header))
	if t.Numeric != nil {
		copy(num, t.Numeric)
		return num
	}
	for c := range t.Header {
		seen := false
		num[c] = true
		for _, row := range t.Rows {
			if c >= len(row) || row[c] == "" {
				continue
			}
			if !isNumber(row[c]) {
				num[c] = false
				break
			}
			seen = true
		}
		num[c] = num[c] && seen
	}
	return num
}

// cell returns row[c], or "" past the end of a short row.
func cell(row []string, c int) string {
	if c < len(row) {
		return row[c]
	}
	return ""
}

// isNumber reports whether s is a plain decimal number: an optional sign,
// digits, and an optional fraction ("-0.250", "12", "+3.5").
func isNumber(s string) bool {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	digits, dot := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && digits > 0 && i+1 < len(s):
			dot = true
		default:
			return false
		}
	}
	return digits > 0
}

// oneLine turns line breaks and tabs into spaces, for cells of line-based
// formats.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func writeBoxes(w *bufio.Writer, tables []Table) error {
	for i, t := range tables {
		if i > 0 {
			w.WriteByte('\n')
		}
		if t.Title != "" {
			fmt.Fprintln(w, t.Title)
		}
		if err := writeBox(w, t); err != nil {
			return fmt.Errorf("rendering table %s: %w", t.Name, err)
		}
	}
	return nil
}

// maxCell is the width at which terminal table cells wrap.
const maxCell = 48

func writeBox(w io.Writer, t Table) error {
	num := t.numericColumns()
	aligns := make([]tw.Align, len(t.Header))
	for c := range aligns {
		aligns[c] = tw.AlignLeft
		if num[c] {
			aligns[c] = tw.AlignRight
		}
	}
	cfg := tablewriter.NewConfigBuilder().Build()
	cfg.Row.Alignment.PerColumn = aligns
	cfg.Row.ColMaxWidths.Global = maxCell
	cfg.Row.Formatting.AutoWrap = tw.WrapNormal
	cfg.Header.ColMaxWidths.Global = maxCell
	cfg.Header.Formatting.AutoFormat = tw.Off // keep outlet names as they are
	tab := tablewriter.NewTable(w, tablewriter.WithConfig(cfg))
	header := make([]any, len(t.Header))
	for i, h := range t.Header {
		header[i] = h
	}
	tab.Header(header...)
	if len(t.Rows) == 0 {
		empty := make([]string, len(t.Header))
		if len(empty) > 0 {
			empty[0] = "(none)"
		}
		if err := tab.Append(empty); err != nil {
			return err
		}
	}
	for _, row := range t.Rows {
		cells := make([]string, len(t.Header))
		for c := range cells {
			cells[c] = oneLine(cell(row, c))
		}
		if err := tab.Append(cells); err != nil {
			return err
		}
	}
	return tab.Render()
}

func writeMarkdown(w *bufio.Writer, tables []Table) error {
	for i, t := range tables {
		if i > 0 {
			w.WriteByte('\n')
		}
		if t.Title != "" {
			fmt.Fprintf(w, "### %s\n\n", mdCell(t.Title))
		}
		writeMarkdownTable(w, t)
	}
	return nil
}

// mdCell makes s safe inside a markdown table cell.
func mdCell(s string) string {
	s = oneLine(s)
	s = strings.ReplaceAll(s, `\`, `\\`)
	return strings.ReplaceAll(s, "|", `\|`)
}

// writeMarkdownTable writes t as a GitHub-flavoured markdown table whose
// columns are padded to their display width, numbers aligned right.
func writeMarkdownTable(w *bufio.Writer, t Table) {
	num := t.numericColumns()
	cells := make([][]string, 0, len(t.Rows)+1)
	head := make([]string, len(t.Header))
	for c, h := range t.Header {
		head[c] = mdCell(h)
	}
	cells = append(cells, head)
	for _, row := range t.Rows {
		r := make([]string, len(t.Header))
		for c := range r {
			r[c] = mdCell(cell(row, c))
		}
		cells = append(cells, r)
	}
	width := make([]int, len(t.Header))
	for c := range width {
		width[c] = 3
		for _, r := range cells {
			width[c] = max(width[c], runewidth.StringWidth(r[c]))
		}
	}
	line := func(r []string) {
		w.WriteByte('|')
		for c, s := range r {
			pad := strings.Repeat(" ", width[c]-runewidth.StringWidth(s))
			w.WriteByte(' ')
			if num[c] {
				w.WriteString(pad + s)
			} else {
				w.WriteString(s + pad)
			}
			w.WriteString(" |")
		}
		w.WriteByte('\n')
	}
	line(cells[0])
	w.WriteByte('|')
	for c := range width {
		if num[c] {
			w.WriteString(" " + strings.Repeat("-", width[c]-1) + ": |")
		} else {
			w.WriteString(" " + strings.Repeat("-", width[c]) + " |")
		}
	}
	w.WriteByte('\n')
	for _, r := range cells[1:] {
		line(r)
	}
}

func writeCSVTables(w *bufio.Writer, tables []Table) error {
	for i, t := range tables {
		if len(tables) > 1 {
			if i > 0 {
				w.WriteByte('\n')
			}
			fmt.Fprintf(w, "# %s\n", t.Name)
		}
		if err := writeCSVTable(w, t); err != nil {
			return err
		}
	}
	return nil
}

func writeCSVTable(w io.Writer, t Table) error {
	cw := csv.NewWriter(w)
	head := t.keys()
	for c, k := range head {
		head[c] = CSVSafe(k)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	num := t.numericColumns()
	rec := make([]string, len(t.Header))
	for _, row := range t.Rows {
		for c := range rec {
			s := cell(row, c)
			if !num[c] {
				s = CSVSafe(s)
			}
			rec[c] = s
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func writeJSONTables(w *bufio.Writer, tables []Table) error {
	w.WriteString("{")
	for i, t := range tables {
		if i > 0 {
			w.WriteString(",")
		}
		w.WriteString("\n  ")
		writeJSONString(w, t.Name)
		w.WriteString(": [")
		keys := t.keys()
		num := t.numericColumns()
		for r, row := range t.Rows {
			if r > 0 {
				w.WriteString(",")
			}
			w.WriteString("\n    {")
			for c, k := range keys {
				if c > 0 {
					w.WriteString(", ")
				}
				writeJSONString(w, k)
				w.WriteString(": ")
				writeJSONValue(w, cell(row, c), num[c])
			}
			w.WriteString("}")
		}
		if len(t.Rows) > 0 {
			w.WriteString("\n  ")
		}
		w.WriteString("]")
	}
	if len(tables) > 0 {
		w.WriteString("\n")
	}
	w.WriteString("}\n")
	return nil
}

// writeJSONValue writes s as a JSON number when the column is numeric (an
// empty cell as null), else as a string.
func writeJSONValue(w stringWriter, s string, numeric bool) {
	if !numeric {
		writeJSONString(w, s)
		return
	}
	if s == "" {
		w.WriteString("null")
		return
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || !isNumber(s) {
		writeJSONString(w, s)
		return
	}
	w.WriteString(strconv.FormatFloat(v, 'f', -1, 64))
}

// stringWriter is what the JSON helpers write to: a *bufio.Writer or a
// *bytes.Buffer.
type stringWriter interface {
	WriteString(s string) (int, error)
	WriteByte(c byte) error
}

// writeJSONString writes s as a JSON string, as encoding/json would but
// without HTML escaping, so that "<" and "&" stay readable: quotes,
// backslashes and control characters escaped, U+2028 and U+2029 escaped,
// invalid UTF-8 replaced by U+FFFD.
func writeJSONString(w stringWriter, s string) {
	const hex = "0123456789abcdef"
	w.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			w.WriteString(s[start:i])
			switch c {
			case '"', '\\':
				w.WriteByte('\\')
				w.WriteByte(c)
			case '\n':
				w.WriteString(`\n`)
			case '\r':
				w.WriteString(`\r`)
			case '\t':
				w.WriteString(`\t`)
			default:
				w.WriteString(`\u00`)
				w.WriteByte(hex[c>>4])
				w.WriteByte(hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			w.WriteString(s[start:i])
			w.WriteString(`\ufffd`)
		case r == '\u2028' || r == '\u2029':
			w.WriteString(s[start:i])
			w.WriteString(`\u202`)
			w.WriteByte(hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	w.WriteString(s[start:])
	w.WriteByte('"')
}
