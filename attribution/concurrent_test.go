package attribution

import (
	"fmt"
	"sync"
	"testing"
)

// TestConcurrentExtract checks that one Extractor used from several
// goroutines at once (its buffers come from a pool) gives every caller the
// quotes a lone call gives.
func TestConcurrentExtract(t *testing.T) {
	texts := sampleTexts(t)
	if len(texts) == 0 {
		t.Skip("no sample corpus at ../corpus/sample")
	}
	e := New([]Speaker{{Name: "Vladimir Putin", Aliases: []string{"Putin"}}})
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = fmt.Sprintf("%+v", e.Extract(s))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(texts))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range texts {
				i := (k + g) % len(texts)
				if got := fmt.Sprintf("%+v", e.Extract(texts[i])); got != want[i] {
					errs <- fmt.Sprintf("goroutine %d, text %d: quotes differ from a lone call", g, i)
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
