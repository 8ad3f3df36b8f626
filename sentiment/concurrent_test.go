package sentiment

import (
	"sync"
	"testing"
)

// TestConcurrentScoring checks that scorers sharing the pooled buffers from
// several goroutines give the scores of one goroutine (run with -race).
func TestConcurrentScoring(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	type scored struct {
		r  Result
		ts []TargetMention
	}
	want := make([]scored, len(sampleQuotes))
	for i, q := range sampleQuotes {
		want[i].r, want[i].ts = s.ScoreQuote(q.quote)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				i := (k + g) % len(sampleQuotes)
				r, ts := s.ScoreQuote(sampleQuotes[i].quote)
				if r != want[i].r || len(ts) != len(want[i].ts) {
					t.Errorf("%q: %v %v, alone %v %v", sampleQuotes[i].quote, r, ts, want[i].r, want[i].ts)
					return
				}
				for j := range ts {
					if ts[j] != want[i].ts[j] {
						t.Errorf("%q: target %v, alone %v", sampleQuotes[i].quote, ts[j], want[i].ts[j])
					}
				}
				if got := s.Score(sampleQuotes[i].quote); got != want[i].r {
					t.Errorf("%q: Score %v, ScoreQuote %v", sampleQuotes[i].quote, got, want[i].r)
				}
				got := s.ScoreTargets(sampleQuotes[i].quote)
				for j := range got {
					if j >= len(ts) || got[j] != ts[j] {
						t.Errorf("%q: ScoreTargets %v, ScoreQuote %v", sampleQuotes[i].quote, got, ts)
						break
					}
				}
			}
		}()
	}
	wg.Wait()
}
