package corpus_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/quotelens/quotelens/corpus"
)

func ExampleReader_Read() {
	dir, _ := os.MkdirTemp("", "corpus-example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "summit.txt")
	os.WriteFile(path, []byte("---\noutlet: The Daily\ntitle: Summit\n---\nSEOUL (Yonhap) -- Kim met Putin.\n"), 0o644)

	r := &corpus.Reader{}
	for src := range corpus.Sources([]string{path}, nil, func(err error) { fmt.Println(err) }) {
		art, err := r.Read(src)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s from %s, %q: %q\n", art.Outlet, art.OutletFrom, art.Title, art.BodyText())
	}
	// Output:
	// The Daily from front-matter, "Summit": "SEOUL (Yonhap) -- Kim met Putin.\n"
}

func ExampleCreditOutlet() {
	fmt.Println(corpus.CreditOutlet("WASHINGTON (Reuters) - The U.S. said on Wednesday..."))
	fmt.Println(corpus.CreditOutlet("(AP) — Text.\n\nCopyright 2023 The Associated Press."))
	fmt.Printf("%q\n", corpus.CreditOutlet("Kim is risking Beijing's displeasure, an expert told AFP."))
	// Output:
	// Reuters
	// Associated Press
	// ""
}

func ExampleParseManifest() {
	m, err := corpus.ParseManifest("metadata.tsv", strings.NewReader("filename\tpublisher\nnyt_2016-09-01_a\tnyt\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	e, ok := m.Lookup("articles/nyt_2016-09-01_a.txt")
	fmt.Println(e.Outlet, ok)
	// Output:
	// nyt true
}

func ExampleSample() {
	r := &corpus.Reader{Manifest: corpus.SampleManifest()}
	art, _ := r.Read(corpus.Sample()[0])
	fmt.Println(art.Document, art.Outlet)
	// Output:
	// sample/000_8195ea7ce51b6e68.txt Bloomberg
}

func ExampleParseSize() {
	for _, s := range []string{"16MB", "512KiB", "1048576"} {
		n, _ := corpus.ParseSize(s)
		fmt.Println(n, corpus.FormatSize(n))
	}
	// Output:
	// 16777216 16 MiB
	// 524288 512 KiB
	// 1048576 1 MiB
}
