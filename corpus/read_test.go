package corpus

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReadOutletAndBody(t *testing.T) {
	manifest, err := ParseManifest("m.csv", strings.NewReader("file,outlet,title\nlisted.txt,Listed Times,A listed title\nboth,Manifest Daily,\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file, text string
		outlet, from     string
		title, date, url string
		body             string // BodyText
	}{
		{"front matter", "a.txt", "---\noutlet: The Daily\ntitle: \"Hello\"\ndate: 2023-09-13\nurl: https://x.example/a\n---\nBody here.\n",
			"The Daily", "front-matter", "Hello", "2023-09-13", "https://x.example/a", "Body here.\n"},
		{"front matter publisher", "a.txt", "---\npublisher: Pub Co\n---\ntext", "Pub Co", "front-matter", "text", "", "", "text"},
		{"front matter CRLF", "a.txt", "---\r\noutlet: CR Post\r\n---\r\nLine one\r\n", "CR Post", "front-matter", "Line one", "", "", "Line one\r\n"},
		{"front matter lone CR", "a.txt", "---\routlet: Mac Post\r---\rLine one\r", "Mac Post", "front-matter", "Line one", "", "", "Line one\r"},
		{"BOM and front matter", "a.txt", "\uFEFF---\noutlet: BOM News\n---\nx", "BOM News", "front-matter", "x", "", "", "x"},
		{"BOM only", "a.txt", "\uFEFFJust text", "unknown", "unknown", "Just text", "", "", "Just text"},
		{"front matter beats manifest", "listed.txt", "---\noutlet: FM\n---\nx", "FM", "front-matter", "A listed title", "", "", "x"},
		{"unterminated front matter is text", "a.txt", "---\noutlet: X\nno end", "unknown", "unknown", "---", "", "", "---\noutlet: X\nno end"},
		{"dashes then prose is text", "a.txt", "---\nThis is a sentence without a colon\n---\n", "unknown", "unknown", "---", "", "", "---\nThis is a sentence without a colon\n---\n"},
		{"front matter with a list", "a.txt", "---\ntitle: T\ntags:\n  - a\n- b\noutlet: O\n---\nx", "O", "front-matter", "T", "", "", "x"},
		{"rule and prose with a colon is text", "a.txt", "---\nNote that: this is prose\n---\n", "unknown", "unknown", "---", "", "", "---\nNote that: this is prose\n---\n"},
		{"manifest", "dir/listed.txt", "Some text", "Listed Times", "manifest", "A listed title", "", "", "Some text"},
		{"manifest without extension", "both.md", "(Reuters) - text", "Manifest Daily", "manifest", "(Reuters) - text", "", "", "(Reuters) - text"},
		{"credit Bloomberg", "a.txt", "Title\n\n(Bloomberg) — North Korean leader spoke.\n", "Bloomberg", "credit", "Title", "", "", "Title\n\n(Bloomberg) — North Korean leader spoke.\n"},
		{"credit dateline Reuters", "a.txt", "WASHINGTON (Reuters) - The U.S. said.\n", "Reuters", "credit", "WASHINGTON (Reuters) - The U.S. said.", "", "", "WASHINGTON (Reuters) - The U.S. said.\n"},
		{"credit dateline with date", "a.txt", "SEOUL, Sept. 13 (Yonhap) -- Text.\n", "Yonhap", "credit", "SEOUL, Sept. 13 (Yonhap) -- Text.", "", "", "SEOUL, Sept. 13 (Yonhap) -- Text.\n"},
		{"credit AP", "a.txt", "Head\n(AP) — Text.\n", "Associated Press", "credit", "Head", "", "", "Head\n(AP) — Text.\n"},
		{"credit AFP en dash", "a.txt", "(AFP) – Text.\n", "AFP", "credit", "(AFP) – Text.", "", "", "(AFP) – Text.\n"},
		{"copyright line", "a.txt", "Text.\n\n©2023 Bloomberg L.P.\n", "Bloomberg", "credit", "Text.", "", "", "Text.\n\n©2023 Bloomberg L.P.\n"},
		{"copyright AP", "a.txt", "Text.\nCopyright 2023 The Associated Press. All rights reserved.\n", "Associated Press", "credit", "Text.", "", "", "Text.\nCopyright 2023 The Associated Press. All rights reserved.\n"},
		{"told AFP is not a credit", "a.txt", "Kim met Putin, an expert told AFP.\n", "unknown", "unknown", "Kim met Putin, an expert told AFP.", "", "", "Kim met Putin, an expert told AFP.\n"},
		{"AFP copy in text is not a credit", "a.txt", "The story ran as (AFP copy) in Kyiv.\n", "unknown", "unknown", "The story ran as (AFP copy) in Kyiv.", "", "", "The story ran as (AFP copy) in Kyiv.\n"},
		{"folder fallback", "news/guardian/a.txt", "Plain text", "guardian", "folder", "Plain text", "", "", "Plain text"},
		{"unknown", "a.txt", "Plain text", "unknown", "unknown", "Plain text", "", "", "Plain text"},
		{"empty", "a.txt", "", "unknown", "unknown", "", "", "", ""},
		{"whitespace only", "a.txt", " \n\t\r\n  ", "unknown", "unknown", "", "", "", " \n\t\r\n  "},
		{"long first line is no title", "a.txt", strings.Repeat("word ", 50), "unknown", "unknown", "", "", "", strings.Repeat("word ", 50)},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, filepath.Join(dir, tt.name, tt.file), tt.text)
			// Document relative to dir/name so that "a.txt" has no folder.
			old, _ := os.Getwd()
			if err := os.Chdir(filepath.Join(dir, tt.name)); err != nil {
				t.Fatal(err)
			}
			defer os.Chdir(old)
			r := &Reader{Manifest: manifest}
			a, err := r.Read(Source{Document: tt.file, Path: tt.file})
			if err != nil {
				t.Fatalf("Read(%s): %v", p, err)
			}
			if a.Outlet != tt.outlet || a.OutletFrom != tt.from {
				t.Errorf("outlet = %q from %q, want %q from %q", a.Outlet, a.OutletFrom, tt.outlet, tt.from)
			}
			if a.Title != tt.title || a.Date != tt.date || a.URL != tt.url {
				t.Errorf("title, date, url = %q, %q, %q; want %q, %q, %q", a.Title, a.Date, a.URL, tt.title, tt.date, tt.url)
			}
			if a.BodyText() != tt.body {
				t.Errorf("body = %q, want %q", a.BodyText(), tt.body)
			}
			if a.Text != tt.text {
				t.Errorf("Text changed: %q", a.Text)
			}
		})
	}
}

func TestReadBadInput(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		content string
		max     int64
		is      error  // wrapped sentinel, nil for success
		msg     string // substring of the error
		text    string // on success
	}{
		{"nul.txt", "abc\x00def", 0, ErrNotText, "binary file (NUL byte at offset 3); skipped", ""},
		{"big.txt", strings.Repeat("x", 101), 100, ErrTooLarge, "--max-size", ""},
		{"big-stream.txt", strings.Repeat("x", 5000), 4096, ErrTooLarge, "larger than the 4 KiB limit", ""},
		{"exact.txt", strings.Repeat("x", 100), 100, nil, "", strings.Repeat("x", 100)},
		{"utf8.txt", "caf\xe9 \xff“ok”", 0, nil, "", "caf\uFFFD \uFFFD“ok”"},
		{"empty.txt", "", 0, nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, filepath.Join(dir, tt.name), tt.content)
			a, err := (&Reader{MaxSize: tt.max}).Read(Source{Document: p, Path: p})
			if tt.is != nil {
				if !errors.Is(err, tt.is) {
					t.Fatalf("err = %v, want %v", err, tt.is)
				}
				if !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), p) {
					t.Errorf("err = %q, want it to name %s and say %q", err, p, tt.msg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.text {
				t.Errorf("Text = %q, want %q", a.Text, tt.text)
			}
		})
	}
	_, err := (&Reader{}).Read(Source{Document: filepath.Join(dir, "missing.txt"), Path: filepath.Join(dir, "missing.txt")})
	if err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file: err = %v", err)
	}
}

// The size limit stops reading: an endless stream is not read into memory.
func TestReadTooLargeStream(t *testing.T) {
	var n int64
	s := Source{Document: "-", open: func() (io.ReadCloser, error) {
		return io.NopCloser(&countingReader{n: &n}), nil
	}}
	_, err := (&Reader{MaxSize: 1 << 10}).Read(s)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "1 KiB") {
		t.Fatalf("err = %v", err)
	}
	if n > 1<<10+1 {
		t.Errorf("read %d bytes of an endless stream, want at most %d", n, 1<<10+1)
	}
}

type countingReader struct{ n *int64 }

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	*r.n += int64(len(p))
	return len(p), nil
}

func TestSample(t *testing.T) {
	r := &Reader{Manifest: SampleManifest()}
	src := Sample()
	if len(src) != 5 {
		t.Fatalf("Sample() has %d articles, want 5", len(src))
	}
	for i, s := range src {
		if !strings.HasPrefix(s.Document, "sample/") || s.Path != "" {
			t.Errorf("source %d = %+v", i, s)
		}
		if i > 0 && src[i-1].Document >= s.Document {
			t.Errorf("not sorted: %s before %s", src[i-1].Document, s.Document)
		}
		a, err := r.Read(s)
		if err != nil {
			t.Fatal(err)
		}
		if a.OutletFrom != "manifest" || a.Outlet == "" || a.Title == "" {
			t.Errorf("%s: outlet %q from %q, title %q", s.Document, a.Outlet, a.OutletFrom, a.Title)
		}
	}
	// Without the manifest the first article's credit line names the outlet.
	a, err := (&Reader{}).Read(src[0])
	if err != nil {
		t.Fatal(err)
	}
	if a.Outlet != "Bloomberg" || a.OutletFrom != "credit" {
		t.Errorf("without manifest: %q from %q", a.Outlet, a.OutletFrom)
	}
	if len(SampleConfig()) == 0 {
		t.Error("SampleConfig is empty")
	}
}

// TestLineScanner checks lineScanner against the plain search it
// replaced, on every kind and mix of line ends, from every start.
func TestLineScanner(t *testing.T) {
	for _, s := range []string{"", "a", "\n", "\r", "\r\n", "\n\r", "a\rb\nc\r\n\r\nd", "---\nx: y\n---", "\n\r\r\n\n", "only\rcarriage\rreturns\r", "x\r\n"} {
		for start := 0; start <= len(s); start++ {
			l, pos := newLineScanner(s, start), start
			for {
				got, ok := l.next()
				if pos >= len(s) {
					if ok {
						t.Fatalf("%q from %d: a line %q past the end", s, start, got)
					}
					break
				}
				end, next := len(s), len(s)
				if i := strings.IndexAny(s[pos:], "\r\n"); i >= 0 {
					end, next = pos+i, pos+i+1
					if s[end] == '\r' && next < len(s) && s[next] == '\n' {
						next++
					}
				}
				if !ok || got != s[pos:end] || l.pos != next {
					t.Fatalf("%q from %d: line %q, %v, next %d; want %q, next %d", s, pos, got, ok, l.pos, s[pos:end], next)
				}
				pos = next
			}
		}
	}
}
