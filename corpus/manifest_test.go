package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseManifest(t *testing.T) {
	tests := []struct {
		name, file, data string
		lookup           string
		want             ManifestEntry
		err              string
	}{
		{"csv", "m.csv", "file,outlet,title,date,url\na.txt,AFP,T,2023-01-02,http://u\n", "dir/a.txt",
			ManifestEntry{"a.txt", "AFP", "T", "2023-01-02", "http://u"}, ""},
		{"tsv", "m.tsv", "filename\tpublisher\tpublication_date\nart1\tNYT\t2016\n", "art1.txt",
			ManifestEntry{"art1", "NYT", "", "2016", ""}, ""},
		{"sniffed tsv", "m.txt", "path\tsource\nx.md\tBBC\n", "x", ManifestEntry{"x.md", "BBC", "", "", ""}, ""},
		{"case and BOM", "m.csv", "\uFEFFDocument,Outlet\n a.txt , Le Monde \n", "a.txt", ManifestEntry{"a.txt", "Le Monde", "", "", ""}, ""},
		{"quoted comma", "m.csv", "file,outlet,title\na.txt,Bloomberg,\"Kim, Putin\"\n", "a", ManifestEntry{"a.txt", "Bloomberg", "Kim, Putin", "", ""}, ""},
		{"no outlet column", "m.csv", "file,title\na.txt,x\n", "", ManifestEntry{}, "m.csv:1: the header must name"},
		{"empty", "m.csv", "", "", ManifestEntry{}, "m.csv:1: empty manifest"},
		{"empty file cell", "m.csv", "file,outlet\na.txt,A\n,B\n", "", ManifestEntry{}, "m.csv:3: the file column is empty"},
		{"bad quote", "m.csv", "file,outlet\na.txt,A\n\"b.txt,B\n", "", ManifestEntry{}, "m.csv:3:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseManifest(tt.file, strings.NewReader(tt.data))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got, ok := m.Lookup(tt.lookup)
			if !ok || got != tt.want {
				t.Errorf("Lookup(%q) = %+v, %v; want %+v", tt.lookup, got, ok, tt.want)
			}
			if _, ok := m.Lookup("not-there.txt"); ok {
				t.Error("Lookup of an unlisted file succeeded")
			}
		})
	}
}

// sharedDir returns ../shared beside the module root, or skips.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("../shared not found beside the module root (%v); skipping the PolNeAR test", err)
	}
	return shared
}

func TestPolNeARManifest(t *testing.T) {
	path := filepath.Join(sharedDir(t), "data", "polnear", "metadata.tsv")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s absent: %v", path, err)
	}
	m, err := ReadManifest(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Entries) < 100 {
		t.Fatalf("%d entries, want PolNeAR's hundreds", len(m.Entries))
	}
	outlets := map[string]int{}
	for _, e := range m.Entries {
		if e.Outlet == "" {
			t.Errorf("entry %q has no outlet", e.File)
		}
		outlets[e.Outlet]++
		if got, ok := m.Lookup(filepath.Join("some", "dir", e.File+".txt")); !ok || got.Outlet != e.Outlet {
			t.Errorf("Lookup(%s.txt) = %+v, %v", e.File, got, ok)
			break
		}
	}
	if len(outlets) < 3 {
		t.Errorf("outlets = %v, want several publishers", outlets)
	}
}
