package analysis

import (
	"context"
	"iter"
	"runtime"
	"sync"

	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/corpus"
	"github.com/quotelens/quotelens/sentiment"
)

// Analyzer turns one article into an analysed article. It is safe for
// concurrent use.
type Analyzer struct {
	Extractor *attribution.Extractor
	Scorer    *sentiment.Scorer
}

// Analyze extracts the quotes of art's body, shifts their offsets so they
// count into art.Text, and scores each quote's stance overall and towards
// every configured target it mentions.
func (an *Analyzer) Analyze(art *corpus.Article) *Article {
	found := an.Extractor.Extract(art.BodyText())
	out := &Article{Article: art, Quotes: make([]Quote, len(found))}
	for i, q := range found {
		shift(&q, art.Body)
		aq := Quote{Quote: q, Stance: an.Scorer.Score(q.Content)}
		for _, m := range an.Scorer.ScoreTargets(q.Content) {
			aq.Targets = append(aq.Targets, TargetStance{Target: m.Target, Stance: m.Stance})
		}
		out.Quotes[i] = aq
	}
	return out
}

// shift moves every offset of q by n bytes; offsets of -1 (absent) stay.
func shift(q *attribution.Quote, n int) {
	if n == 0 {
		return
	}
	q.Start += n
	q.End += n
	for _, p := range []*int{&q.CueStart, &q.CueEnd, &q.MentionStart, &q.MentionEnd} {
		if *p >= 0 {
			*p += n
		}
	}
}

// Options configures Run.
type Options struct {
	Analyzer *Analyzer
	Reader   *corpus.Reader
	// Jobs is the number of articles read and analysed at once; 0 means
	// runtime.NumCPU().
	Jobs int
	// OnError receives each source that could not be read, with why. It is
	// called from the goroutine that called Run, in input order.
	OnError func(src corpus.Source, err error)
}

// Run reads and analyses the sources on opts.Jobs goroutines and calls emit
// with each analysed article in input order, so the output is the same
// whatever the number of jobs. At most a few articles per job are held in
// memory at a time. Run stops at the first error emit returns, or when ctx
// is cancelled, and returns that error.
func Run(ctx context.Context, sources iter.Seq[corpus.Source], opts Options, emit func(*Article) error) error {
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	type result struct {
		src corpus.Source
		art *Article
		err error
	}
	type job struct {
		src corpus.Source
		out chan result
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	work := make(chan job)
	// pending holds one future per article in input order; its capacity
	// bounds how far reading may run ahead of emitting.
	pending := make(chan chan result, 4*jobs)

	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				art, err := opts.Reader.Read(j.src)
				r := result{src: j.src, err: err}
				if err == nil {
					r.art = opts.Analyzer.Analyze(art)
				}
				j.out <- r
			}
		}()
	}
	go func() {
		defer close(pending)
		defer close(work)
		for src := range sources {
			out := make(chan result, 1)
			select {
			case pending <- out:
			case <-ctx.Done():
				return
			}
			select {
			case work <- job{src, out}:
			case <-ctx.Done():
				return
			}
		}
	}()

	var err error
	for out := range pending {
		var r result
		select {
		case r = <-out:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			err = ctx.Err()
			break
		}
		if r.err != nil {
			if opts.OnError != nil {
				opts.OnError(r.src, r.err)
			}
			continue
		}
		if err = emit(r.art); err != nil {
			break
		}
	}
	// Cancelling releases the producer, which closes work and so ends the
	// workers; their result channels are buffered, so none blocks. After an
	// error or a cancellation Run does not wait for them: a worker may be
	// blocked reading a slow input, and finishes on its own.
	cancel()
	if err == nil {
		wg.Wait()
	}
	return err
}
