package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzFrontMatter(f *testing.F) {
	f.Add("---\noutlet: The Daily\ntitle: Hi\n---\nBody")
	f.Add("\uFEFF---\r\npublisher: X\r\n---\r\n(Reuters) - text")
	f.Add("---\routlet: Y\r---\r")
	f.Add("---\n---\n")
	f.Add("---")
	f.Add("WASHINGTON (Reuters) - x\n©2023 Bloomberg L.P.")
	for _, s := range Sample() {
		rc, _ := s.Open()
		data := make([]byte, 2048)
		n, _ := rc.Read(data)
		rc.Close()
		f.Add(string(data[:n]))
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		meta := map[string]string{}
		body := parseFrontMatter(text, meta)
		if body < 0 || body > len(text) || !utf8.ValidString(text[body:]) {
			t.Fatalf("body offset %d of %d", body, len(text))
		}
		if body > 0 && len(meta) == 0 && !strings.HasPrefix(text, "\uFEFF") && !strings.HasPrefix(text, "---") {
			t.Fatalf("body offset %d without BOM or front matter", body)
		}
		for k := range meta {
			if k != strings.ToLower(k) {
				t.Fatalf("key %q not lower case", k)
			}
		}
		_ = CreditOutlet(text[body:])
	})
}

func FuzzManifest(f *testing.F) {
	f.Add("m.csv", "file,outlet,title\na.txt,AFP,\"Kim, Putin\"\n")
	f.Add("m.tsv", "filename\tpublisher\nx\tNYT\n")
	f.Add("m", "path\tsource\n\"x\t\"y\n")
	f.Add("m.csv", "file,outlet\n,\n")
	f.Fuzz(func(t *testing.T, name, data string) {
		m, err := ParseManifest(name, strings.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), name+":") {
				t.Fatalf("error %q does not start with the file name", err)
			}
			return
		}
		for _, e := range m.Entries {
			if e.File == "" {
				t.Fatalf("entry without a file: %+v", e)
			}
			if _, ok := m.Lookup(e.File); !ok {
				t.Fatalf("Lookup(%q) failed", e.File)
			}
		}
	})
}

// FuzzCreditOutlet checks outlet detection on any text: the outlet found
// is empty, a canonical agency name, or a piece of a single line of the
// text; and it is found in bounded time (no backtracking blow-up).
func FuzzCreditOutlet(f *testing.F) {
	for _, s := range []string{
		"WASHINGTON (Reuters) - The plan failed.",
		"SEOUL, Sept 13 (Yonhap) -- Text\n\n©2023 Bloomberg L.P.",
		"Copyright 2023 The Associated Press. All rights reserved.",
		"(c) 2020-2023, Some Paper",
		"He told AFP (AFP) nothing",
		strings.Repeat("(A", 1000) + ") - x",
	} {
		f.Add(s)
	}
	canonical := map[string]bool{}
	for _, v := range agencies {
		canonical[v] = true
	}
	f.Fuzz(func(t *testing.T, body string) {
		out := CreditOutlet(body)
		if out == "" || canonical[out] {
			return
		}
		if strings.ContainsAny(out, "\r\n") || !strings.Contains(body, out) {
			t.Fatalf("CreditOutlet(%q) = %q: not a piece of one line of the text", body, out)
		}
	})
}
