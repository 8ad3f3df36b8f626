package polnear

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ErrNoShared is returned by FindShared when no ../shared directory with
// PolNeAR data sits beside the module root.
var ErrNoShared = errors.New("../shared/data/polnear not found beside the module root (the PolNeAR data is not in the repository; put it at ../shared or pass -shared)")

// Document is one PolNeAR article with its gold attributions.
type Document struct {
	Name         string // the article file name without .txt
	Publisher    string // from metadata.tsv; "" when unknown
	Annotator    string // the annotator whose .ann file was used
	Text         string
	Attributions []Attribution
	Quotes       *QuoteMap // tokens and quoted regions of Text
}

// ModuleRoot walks up from dir to the nearest directory holding go.mod.
func ModuleRoot(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no go.mod in %s or above it; run inside the quotelens module", abs)
		}
	}
}

// FindShared walks up from dir to the directory holding go.mod and returns
// its sibling ../shared when that contains data/polnear. It returns
// ErrNoShared otherwise.
func FindShared(dir string) (string, error) {
	root, err := ModuleRoot(dir)
	if err != nil {
		return "", ErrNoShared
	}
	shared := filepath.Join(filepath.Dir(root), "shared")
	if fi, err := os.Stat(filepath.Join(shared, "data", "polnear")); err == nil && fi.IsDir() {
		return shared, nil
	}
	return "", ErrNoShared
}

// LoadSplit reads every article of a split ("train" or "dev") from
// shared/data/polnear. When an article has several annotators' files the
// first by file name is used, so results are deterministic.
func LoadSplit(shared, split string) ([]*Document, error) {
	root := filepath.Join(shared, "data", "polnear")
	textDir := filepath.Join(root, split, "text")
	entries, err := os.ReadDir(textDir)
	if err != nil {
		return nil, fmt.Errorf("reading split %q: %w (expected %s with one .txt per article)", split, err, textDir)
	}
	pubs, err := readPublishers(filepath.Join(root, "metadata.tsv"))
	if err != nil {
		return nil, err
	}
	annDir := filepath.Join(root, split, "attributions")
	annEntries, err := os.ReadDir(annDir)
	if err != nil {
		return nil, fmt.Errorf("reading split %q: %w", split, err)
	}
	var annNames []string
	for _, e := range annEntries {
		if strings.HasSuffix(e.Name(), ".ann") {
			annNames = append(annNames, e.Name())
		}
	}
	sort.Strings(annNames)
	var docs []*Document
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".txt")
		if !ok {
			continue
		}
		var annName string
		for _, a := range annNames {
			if rest, ok := strings.CutPrefix(a, name+"_"); ok && !strings.Contains(rest, "_") {
				annName = a
				break
			}
		}
		if annName == "" {
			return nil, fmt.Errorf("%s: no %s_<annotator>.ann in %s", filepath.Join(textDir, e.Name()), name, annDir)
		}
		doc, err := LoadDocument(filepath.Join(textDir, e.Name()), filepath.Join(annDir, annName))
		if err != nil {
			return nil, err
		}
		doc.Publisher = pubs[name]
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("split %q: no articles in %s", split, textDir)
	}
	return docs, nil
}

// LoadDocument reads one article and one brat file.
func LoadDocument(textPath, annPath string) (*Document, error) {
	text, err := os.ReadFile(textPath)
	if err != nil {
		return nil, err
	}
	ann, err := os.ReadFile(annPath)
	if err != nil {
		return nil, err
	}
	parsed, err := ParseAnn(annPath, ann, string(text))
	if err != nil {
		return nil, err
	}
	name := strings.TrimSuffix(filepath.Base(textPath), ".txt")
	annotator := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(annPath), name+"_"), ".ann")
	doc := &Document{Name: name, Annotator: annotator, Text: string(text)}
	doc.Quotes = NewQuoteMap(doc.Text)
	doc.Attributions = parsed.Attributions(doc.Text, doc.Quotes)
	return doc, nil
}

// readPublishers maps article file names to publishers from metadata.tsv.
// A missing file yields an empty map.
func readPublishers(path string) (map[string]string, error) {
	out := map[string]string{}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	fileCol, pubCol := -1, -1
	for line := 1; sc.Scan(); line++ {
		cols := strings.Split(sc.Text(), "\t")
		if line == 1 {
			for i, c := range cols {
				switch c {
				case "filename":
					fileCol = i
				case "publisher":
					pubCol = i
				}
			}
			if fileCol < 0 || pubCol < 0 {
				return nil, fmt.Errorf("%s:1: header lacks filename and publisher columns", path)
			}
			continue
		}
		if len(cols) > fileCol && len(cols) > pubCol {
			out[cols[fileCol]] = cols[pubCol]
		}
	}
	return out, sc.Err()
}
