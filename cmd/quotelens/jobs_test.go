package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/quotelens/quotelens/internal/cli/cmdutil"
	"github.com/quotelens/quotelens/internal/cli/root"
	"github.com/quotelens/quotelens/internal/iostreams"
)

// TestOutputSameWhateverJobs checks that every command's output is byte
// for byte the same with 1, 2, 3 and 8 jobs, over a corpus of the sample
// articles copied several times into nested folders.
func TestOutputSameWhateverJobs(t *testing.T) {
	samples, err := filepath.Glob(filepath.Join("..", "..", "corpus", "sample", "*.txt"))
	if err != nil || len(samples) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	dir := t.TempDir()
	for i := range 4 {
		for _, s := range samples {
			data, err := os.ReadFile(s)
			if err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(dir, fmt.Sprintf("copy%d", i), fmt.Sprintf("%d-%s", i, filepath.Base(s)))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	cfg := filepath.Join("..", "..", "corpus", "sample", "quotelens.yaml")
	for _, cmd := range [][]string{
		{"quotes", "--format", "csv"},
		{"quotes", "--format", "jsonl"},
		{"report", "--format", "csv"},
		{"speakers", "--format", "json"},
		{"outlets", "--format", "csv"},
		{"trace", "--format", "csv", "--min-articles", "1"},
	} {
		var want []byte
		for _, jobs := range []int{1, 2, 3, 8} {
			io, _, out, errOut := iostreams.Test()
			f := &cmdutil.Factory{IO: io, Env: []string{}, Dir: t.TempDir(), UserConfigDir: t.TempDir()}
			args := append(append([]string(nil), cmd...), "--quiet", "--config", cfg, "--jobs", fmt.Sprint(jobs), dir)
			if code := root.Execute(context.Background(), f, args); code != cmdutil.ExitOK {
				t.Fatalf("%v: exit %d: %s", args, code, errOut)
			}
			if jobs == 1 {
				want = out.Bytes()
				if bytes.Count(want, []byte("\n")) < 4 {
					t.Fatalf("%v: too little output:\n%s", args, want)
				}
				continue
			}
			if !bytes.Equal(out.Bytes(), want) {
				t.Errorf("%v: output differs from --jobs 1", args)
			}
		}
	}
}
