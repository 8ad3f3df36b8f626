package corpus

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
)

//go:embed sample/*.txt sample/manifest.csv sample/quotelens.yaml
var sampleFS embed.FS

// Sample returns the embedded sample corpus, sorted by name; each
// Document is "sample/<name>".
func Sample() []Source {
	entries, err := fs.ReadDir(sampleFS, "sample")
	if err != nil {
		panic(err) // embedded at build time
	}
	var out []Source
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		data, err := sampleFS.ReadFile("sample/" + e.Name())
		if err != nil {
			panic(err)
		}
		out = append(out, Source{Document: "sample/" + e.Name(), data: data})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Document < out[j].Document })
	return out
}

// SampleManifest returns the sample corpus's manifest
// (corpus/sample/manifest.csv).
func SampleManifest() *Manifest {
	data, err := sampleFS.ReadFile("sample/manifest.csv")
	if err != nil {
		panic(err)
	}
	m, err := ParseManifest("sample/manifest.csv", strings.NewReader(string(data)))
	if err != nil {
		panic(err)
	}
	return m
}

// SampleConfig returns the sample corpus's configuration file
// (corpus/sample/quotelens.yaml): its speakers and targets.
func SampleConfig() []byte {
	data, err := sampleFS.ReadFile("sample/quotelens.yaml")
	if err != nil {
		panic(err)
	}
	return data
}
