package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// DefaultMaxSize is the per-article size limit used when Reader.MaxSize is 0.
const DefaultMaxSize int64 = 16 << 20

// ErrNotText is wrapped by the error Read returns for a file that is not
// text (it holds a NUL byte).
var ErrNotText = errors.New("not a text file")

// ErrTooLarge is wrapped by the error Read returns for a file larger than
// the size limit.
var ErrTooLarge = errors.New("article too large")

// Reader reads articles and resolves their metadata.
type Reader struct {
	// Manifest gives outlets and other metadata by file name; may be nil.
	Manifest *Manifest
	// MaxSize is the largest article read, in bytes; 0 means DefaultMaxSize.
	MaxSize int64
}

// Read reads the article s names. It reads at most MaxSize+1 bytes: a
// larger file gets an error wrapping ErrTooLarge; a file holding a NUL byte
// gets one wrapping ErrNotText. Invalid UTF-8 is replaced with U+FFFD; an
// empty file is an article with no text.
func (r *Reader) Read(s Source) (*Article, error) {
	limit := r.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	var (
		data []byte
		err  error
	)
	if s.open == nil && s.Path != "" {
		data, err = readFile(s.Document, s.Path, limit)
	} else {
		data, err = readSource(s, limit)
	}
	if err != nil {
		return nil, err
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fmt.Errorf("%s: %w: binary file (NUL byte at offset %d); skipped", s.Document, ErrNotText, i)
	}
	// data is not used again: the text shares its memory instead of
	// copying it, so an article is held once (twice would be 32 MB for
	// one at the default limit).
	text := unsafe.String(unsafe.SliceData(data), len(data))
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	art := &Article{Document: s.Document, Text: text}
	meta := map[string]string{}
	art.Body = parseFrontMatter(text, meta)
	art.Title, art.Date, art.URL = meta["title"], meta["date"], meta["url"]
	switch {
	case meta["outlet"] != "":
		art.Outlet, art.OutletFrom = meta["outlet"], "front-matter"
	}
	if r.Manifest != nil {
		if e, ok := r.Manifest.Lookup(s.Document); ok {
			if art.Outlet == "" && e.Outlet != "" {
				art.Outlet, art.OutletFrom = e.Outlet, "manifest"
			}
			if art.Title == "" {
				art.Title = e.Title
			}
			if art.Date == "" {
				art.Date = e.Date
			}
			if art.URL == "" {
				art.URL = e.URL
			}
		}
	}
	if art.Outlet == "" {
		if o := CreditOutlet(art.BodyText()); o != "" {
			art.Outlet, art.OutletFrom = o, "credit"
		}
	}
	if art.Outlet == "" && s.Path != "" {
		if dir := filepath.Dir(s.Path); dir != "." && dir != string(filepath.Separator) {
			if base := filepath.Base(dir); base != "." && base != ".." && base != string(filepath.Separator) {
				art.Outlet, art.OutletFrom = base, "folder"
			}
		}
	}
	if art.Outlet == "" {
		art.Outlet, art.OutletFrom = "unknown", "unknown"
	}
	if art.Title == "" {
		art.Title = firstLine(art.BodyText())
	}
	return art, nil
}

// readSource reads the content s opens, at most limit bytes: the body of
// Reader.Read, with its errors.
func readSource(s Source, limit int64) ([]byte, error) {
	rc, err := s.Open()
	if err != nil {
		return nil, pathError(s.Document, err)
	}
	defer rc.Close()
	capacity, size := int64(4096), int64(-1)
	if f, ok := rc.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			if fi.Size() > limit {
				return nil, tooLarge(s.Document, fi.Size(), limit)
			}
			capacity, size = fi.Size()+1, fi.Size() // +1 to see EOF without growing
		}
	}
	return readAll(s.Document, rc, limit, capacity, size)
}

// tooLarge is Reader.Read's error for a file of size bytes, over limit.
func tooLarge(doc string, size, limit int64) error {
	return fmt.Errorf("%s: %w: %s is larger than the %s limit; skipped (raise it with --max-size)", doc, ErrTooLarge, FormatSize(size), FormatSize(limit))
}

// readAll reads r with readAtMost, at most limit bytes, and returns
// Reader.Read's errors for what it could not read.
func readAll(doc string, r io.Reader, limit, capacity, size int64) ([]byte, error) {
	data, err := readAtMost(r, limit+1, capacity, size)
	if err != nil {
		return nil, fmt.Errorf("%s: %v; skipped", doc, unwrapPath(err))
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: %w: larger than the %s limit; skipped (raise it with --max-size)", doc, ErrTooLarge, FormatSize(limit))
	}
	return data, nil
}

// readAtMost reads r to its end or to max bytes, starting with a buffer
// of capacity bytes. size is that of the regular file r reads as it was
// opened (-1 when unknown): once size bytes (at least one) are read, it
// stops without the read that would only report the end, a system call per
// article; a file that grows meanwhile is read as it was.
func readAtMost(r io.Reader, max, capacity, size int64) ([]byte, error) {
	if capacity > max {
		capacity = max
	}
	buf := make([]byte, 0, capacity)
	for int64(len(buf)) < max && (size <= 0 || int64(len(buf)) != size) {
		if len(buf) == cap(buf) {
			grow := int64(cap(buf))
			if grow > max-int64(len(buf)) {
				grow = max - int64(len(buf))
			}
			buf = append(buf, make([]byte, grow)...)[:len(buf)]
		}
		room := buf[len(buf):cap(buf)]
		if rest := max - int64(len(buf)); int64(len(room)) > rest {
			room = room[:rest]
		}
		n, err := r.Read(room)
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}

func firstLine(s string) string {
	for len(s) > 0 {
		i := strings.IndexAny(s, "\r\n")
		line := s
		if i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if line = strings.TrimSpace(line); line != "" {
			if len(line) < 200 {
				return line
			}
			return ""
		}
	}
	return ""
}

// parseFrontMatter returns the offset where the body starts in text, after
// a UTF-8 BOM and a front-matter block ("---" line, "key: value" lines,
// "---" line), and stores the block's keys (lower-cased; "publisher" and
// "source" as "outlet") in meta. Text without a block starts after the BOM.
func parseFrontMatter(text string, meta map[string]string) int {
	start := 0
	if strings.HasPrefix(text, "\uFEFF") {
		start = 3
	}
	lines := newLineScanner(text, start)
	line, ok := lines.next()
	if !ok || strings.TrimRight(line, " \t") != "---" {
		return start
	}
	found := map[string]string{}
	for {
		line, ok = lines.next()
		if !ok {
			return start // unterminated: not front matter
		}
		t := strings.TrimSpace(line)
		if t == "---" || t == "..." {
			break
		}
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if len(found) > 0 && (line[0] == ' ' || line[0] == '\t' || strings.HasPrefix(t, "- ") || t == "-") {
			continue // a continuation of the previous key (YAML list or block)
		}
		k, v, ok := strings.Cut(t, ":")
		k = strings.ToLower(strings.TrimSpace(k))
		if !ok || !isKey(k) {
			return start // not key: value; not front matter
		}
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		}
		switch k {
		case "publisher", "source", "outlet":
			if found["outlet"] == "" || k == "outlet" {
				found["outlet"] = v
			}
		default:
			found[k] = v
		}
	}
	for k, v := range found {
		meta[k] = v
	}
	return lines.pos
}

// isKey reports whether k looks like a front-matter key: letters,
// digits, _ and -, at most 40 bytes.
func isKey(k string) bool {
	if k == "" || len(k) > 40 {
		return false
	}
	for _, c := range k {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// lineScanner reads the lines of a text one by one (without their
// endings: \n, \r\n or a lone \r). It finds line ends with a vectorised
// forward search for each of \n and \r, each resumed only once the line
// end it found is passed, so that reading every line is linear in the
// text's length whichever line ends the text has.
type lineScanner struct {
	text   string
	pos    int // where the next line starts
	lf, cr int // the next \n and \r at or after pos, len(text) when there is none; -1 before the first search
}

// newLineScanner returns a lineScanner reading text from pos on.
func newLineScanner(text string, pos int) lineScanner {
	return lineScanner{text: text, pos: pos, lf: -1, cr: -1}
}

// next returns the next line; ok is false at the end.
func (l *lineScanner) next() (line string, ok bool) {
	text, pos := l.text, l.pos
	if pos >= len(text) {
		return "", false
	}
	if l.lf < pos {
		l.lf = indexFrom(text, pos, '\n')
	}
	if l.cr < pos {
		l.cr = indexFrom(text, pos, '\r')
	}
	end := min(l.lf, l.cr)
	switch {
	case end == len(text):
		l.pos = end
	case text[end] == '\r' && end+1 < len(text) && text[end+1] == '\n':
		l.pos = end + 2
	default:
		l.pos = end + 1
	}
	return text[pos:end], true
}

// indexFrom returns the index of the first c in text at or after pos, or
// len(text) when there is none.
func indexFrom(text string, pos int, c byte) int {
	if i := strings.IndexByte(text[pos:], c); i >= 0 {
		return pos + i
	}
	return len(text)
}

// agencies maps agency names as credited to canonical outlet names.
var agencies = map[string]string{
	"afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
	"reuters": "Reuters", "thomson reuters": "Reuters",
	"ap": "Associated Press", "associated press": "Associated Press", "the associated press": "Associated Press",
	"bloomberg": "Bloomberg", "bloomberg l.p.": "Bloomberg", "bloomberg l.p": "Bloomberg", "bloomberg lp": "Bloomberg", "bloomberg news": "Bloomberg",
	"tass": "TASS", "xinhua": "Xinhua", "yonhap": "Yonhap", "dpa": "dpa", "interfax": "Interfax",
	"ria novosti": "RIA Novosti", "kyodo": "Kyodo", "ansa": "ANSA", "efe": "EFE", "upi": "UPI",
	"pti": "PTI", "ani": "ANI", "cnn": "CNN", "bbc": "BBC", "nhk": "NHK", "anadolu": "Anadolu",
}

// canonicalOutlet maps a credited name to its canonical form. The name
// ends at the end of a sentence ("The Associated Press. All rights...").
func canonicalOutlet(name string) string {
	if i := strings.Index(name, ". "); i >= 0 {
		name = name[:i+1]
	}
	name = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(name), ",;:"))
	lower := strings.ToLower(name)
	for _, k := range []string{lower, strings.TrimSuffix(lower, "."), strings.TrimPrefix(strings.TrimSuffix(lower, "."), "the ")} {
		if c, ok := agencies[k]; ok {
			return c
		}
	}
	return strings.TrimSuffix(name, ".")
}

const agencyName = `[A-Z][A-Za-z&.\-]*(?: [A-Z][A-Za-z&.\-]*){0,3}`

var (
	// "(Bloomberg) — text" at the start of a paragraph, optionally after
	// a dateline: "WASHINGTON (Reuters) - ", "SEOUL, Sept 13 (Yonhap) -- ".
	creditParen = regexp.MustCompile(`^(?:[A-Z][A-Z .'\-]{1,40}(?:,[^()\n]{1,40})?\s+)?\((` + agencyName + `)\)\s*(?:[-–—]{1,2}|:)\s*\S`)
	// "©2023 Bloomberg L.P.", "Copyright 2023 The Associated Press."
	creditCopy = regexp.MustCompile(`(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?,?\s*(` + agencyName + `)`)
)

// creditSpan bounds the start of a line that creditParen can match: a
// dateline of at most 41 letters, a comma and 40 more, the parenthesised
// agency of at most four words and the dash after it.
const creditSpan = 400

// CreditOutlet returns the outlet named by a credit line in body: a
// parenthesised agency at the start of a paragraph or after a dateline
// ("(Bloomberg) —", "WASHINGTON (Reuters) -"), or a © / Copyright line
// ("©2023 Bloomberg L.P.", "Copyright 2023 The Associated Press"). It
// returns "" when there is none. A mention in running text ("told AFP") is
// not a credit.
func CreditOutlet(body string) string {
	lines := newLineScanner(body, 0)
	var copyright string
	for n := 0; ; n++ {
		line, ok := lines.next()
		if !ok {
			break
		}
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if n < 400 && strings.IndexByte(t[:min(len(t), creditSpan)], '(') >= 0 {
			// paragraph-start credits sit near the top; the pattern is
			// anchored and bounded, so it reads only the line's start (the
			// matcher's cost grows with the text it is given)
			if m := creditParen.FindStringSubmatch(t[:min(len(t), creditSpan)]); m != nil {
				return canonicalOutlet(m[1])
			}
		}
		if copyright == "" && len(t) < 200 && (strings.HasPrefix(t, "©") || strings.HasPrefix(t, "(c)") || strings.HasPrefix(t, "Copyright")) {
			if m := creditCopy.FindStringSubmatchIndex(t); m != nil && m[0] == 0 {
				copyright = canonicalOutlet(t[m[2]:m[3]])
			}
		}
	}
	return copyright
}
