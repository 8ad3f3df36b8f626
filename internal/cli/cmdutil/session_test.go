package cmdutil

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/config"
	"github.com/quotelens/quotelens/internal/iostreams"
)

// TestProgressBar checks that the progress bar is drawn on standard error
// only when it is a terminal and --quiet is not set, that it redraws one
// line in place and wipes it at the end, and that a warning during the run
// starts on a clean line.
func TestProgressBar(t *testing.T) {
	dir := t.TempDir()
	article := "“We will win,” said Jane Roe.\n"
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(article), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// too large for the 1 KiB limit below: reported during the run
	if err := os.WriteFile(filepath.Join(dir, "big.txt"), []byte(strings.Repeat(article, 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name       string
		tty, quiet bool
		wantBar    bool
	}{
		{"terminal", true, false, true},
		{"terminal quiet", true, true, false},
		{"not a terminal", false, false, false},
		{"not a terminal, quiet", false, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			io, _, _, errOut := iostreams.Test()
			io.ErrTTY = tc.tty
			s, err := NewSession(io, &config.Config{Jobs: 2, MaxSize: 1 << 10, Quiet: tc.quiet}, []string{dir})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			err = s.Analyze(context.Background(), func(*analysis.Article) error {
				n++
				time.Sleep(300 * time.Millisecond) // past the bar's 200 ms refresh
				return nil
			})
			if err != nil || n != 3 {
				t.Fatalf("Analyze: %v after %d articles, want 3", err, n)
			}
			got := errOut.String()
			warning := "quotelens: " + filepath.Join(dir, "big.txt") + ": article too large"
			if !strings.Contains(got, warning) {
				t.Errorf("no size-limit warning in %q", got)
			}
			if !tc.wantBar {
				if got != strings.Split(got, "\n")[0]+"\n" || strings.ContainsAny(got, "\r\x1b") {
					t.Errorf("standard error holds more than the warning: %q", got)
				}
				return
			}
			if !strings.Contains(got, "/4 articles") || !strings.Contains(got, "MiB/s") || !strings.Contains(got, "ETA") {
				t.Errorf("no bar with articles, MiB/s and ETA in %q", got)
			}
			if !strings.Contains(got, "\r\x1b[K"+warning) {
				t.Errorf("the warning does not start on a wiped line: %q", got)
			}
			if strings.Count(got, "\n") != 1 {
				t.Errorf("the bar does not redraw in place (%d line feeds): %q", strings.Count(got, "\n"), got)
			}
			last := got[strings.LastIndex(got[:len(got)-1], "\r"):]
			if last != "\r"+strings.Repeat(" ", len(last)-2)+"\r" {
				t.Errorf("the bar's line is not wiped at the end: ends with %q", last)
			}
		})
	}
}
