package corpus

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// ManifestEntry is one row of a manifest.
type ManifestEntry struct {
	File, Outlet, Title, Date, URL string
}

// Manifest maps article file names to their metadata. Rows are matched by
// base name, with or without extension.
type Manifest struct {
	// Name is the manifest's file name, for messages.
	Name    string
	Entries []ManifestEntry
	index   map[string]int
}

// ReadManifest reads a CSV or TSV manifest file (see ParseManifest).
func ReadManifest(name string) (*Manifest, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("manifest %s", pathError(name, err))
	}
	defer f.Close()
	return ParseManifest(name, f)
}

var (
	fileColumns   = []string{"file", "filename", "path", "document"}
	outletColumns = []string{"outlet", "publisher", "source"}
)

// ParseManifest parses a manifest: CSV or TSV (by name's extension, else
// by sniffing the header), with a header naming a file column (file,
// filename, path or document) and an outlet column (outlet, publisher or
// source), and optionally title, date (or publication_date) and url.
// Errors name name:line.
func ParseManifest(name string, r io.Reader) (*Manifest, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	comma := ','
	switch strings.ToLower(filepath.Ext(name)) {
	case ".tsv", ".tab":
		comma = '\t'
	case ".csv":
	default:
		header, _, _ := bytes.Cut(data, []byte("\n"))
		if bytes.Count(header, []byte("\t")) > bytes.Count(header, []byte(",")) {
			comma = '\t'
		}
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = comma == '\t'
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%s:1: empty manifest; give a header row naming the file and outlet columns", name)
	}
	if err != nil {
		return nil, manifestErr(name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	find := func(names ...string) int {
		for _, n := range names {
			if i, ok := col[n]; ok {
				return i
			}
		}
		return -1
	}
	fileCol, outletCol := find(fileColumns...), find(outletColumns...)
	if fileCol < 0 || outletCol < 0 {
		return nil, fmt.Errorf("%s:1: the header must name a file column (%s) and an outlet column (%s); it has %s",
			name, strings.Join(fileColumns, ", "), strings.Join(outletColumns, ", "), strings.Join(header, ", "))
	}
	titleCol, dateCol, urlCol := find("title", "headline"), find("date", "publication_date", "published"), find("url", "link")
	m := &Manifest{Name: name, index: map[string]int{}}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, manifestErr(name, err)
		}
		line, _ := cr.FieldPos(0)
		get := func(i int) string {
			if i < 0 || i >= len(rec) {
				return ""
			}
			return strings.TrimSpace(rec[i])
		}
		if len(rec) == 1 && get(0) == "" {
			continue
		}
		e := ManifestEntry{File: get(fileCol), Outlet: get(outletCol), Title: get(titleCol), Date: get(dateCol), URL: get(urlCol)}
		if e.File == "" {
			return nil, fmt.Errorf("%s:%d: the %s column is empty; give the article's file name", name, line, header[fileCol])
		}
		m.Entries = append(m.Entries, e)
		m.add(e.File, len(m.Entries)-1)
	}
	return m, nil
}

func manifestErr(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d:%d: %v; fix the quoting on that line", name, pe.Line, pe.Column, pe.Err)
	}
	return fmt.Errorf("%s: %v", name, err)
}

func keys(file string) []string {
	base := path.Base(filepath.ToSlash(file))
	k := []string{base}
	if ext := path.Ext(base); ext != "" {
		k = append(k, strings.TrimSuffix(base, ext))
	}
	return k
}

func (m *Manifest) add(file string, i int) {
	for _, k := range keys(file) {
		if _, dup := m.index[k]; !dup {
			m.index[k] = i
		}
	}
}

// Lookup returns the entry for the article document names, matched by base
// name with or without extension.
func (m *Manifest) Lookup(document string) (ManifestEntry, bool) {
	if m == nil {
		return ManifestEntry{}, false
	}
	if m.index == nil {
		m.index = map[string]int{}
		for i, e := range m.Entries {
			m.add(e.File, i)
		}
	}
	for _, k := range keys(document) {
		if i, ok := m.index[k]; ok {
			return m.Entries[i], true
		}
	}
	return ManifestEntry{}, false
}
