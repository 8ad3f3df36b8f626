package corpus

import (
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// BenchmarkRead reads PolNeAR's training texts from disk: metadata,
// front matter and credit lines included.
func BenchmarkRead(b *testing.B) {
	dir := filepath.Join(sharedDir(b), "data", "polnear", "train", "text")
	srcs := slices.Collect(Sources([]string{dir}, nil, func(err error) { b.Fatal(err) }))
	if len(srcs) == 0 {
		b.Skipf("no texts in %s", dir)
	}
	m, err := ReadManifest(filepath.Join(sharedDir(b), "data", "polnear", "metadata.tsv"))
	if err != nil {
		b.Fatal(err)
	}
	r := &Reader{Manifest: m}
	var total int64
	for _, s := range srcs {
		a, err := r.Read(s)
		if err != nil {
			b.Fatal(err)
		}
		total += int64(len(a.Text))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range srcs {
			if _, err := r.Read(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkReadStream reads a 1 MiB article from a stream of unknown size.
func BenchmarkReadStream(b *testing.B) {
	text := strings.Repeat("WASHINGTON (Reuters) - “We will talk about all issues,” he said.\n", 1<<20/66)
	r := &Reader{}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s := Source{Document: "-", open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(text)), nil }}
		if _, err := r.Read(s); err != nil {
			b.Fatal(err)
		}
	}
}
