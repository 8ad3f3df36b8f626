package analysis

import (
	"context"
	"iter"
	"runtime"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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

// MaxScored is the most bytes of a quote's content that stance scoring
// reads. Real quotes are far shorter (the longest of PolNeAR's 11,651 is
// under 11 KB); a "quote" of megabytes is a quote mark never closed in
// text with no sentence end, and is scored on its beginning so that
// scoring stays bounded in time and memory.
const MaxScored = 64 << 10

// scored returns the part of content that stance scoring reads: all of
// it, or its first MaxScored bytes cut at the last white space in their
// second half (or on a rune boundary when there is none).
func scored(content string) string {
	if len(content) <= MaxScored {
		return content
	}
	i := MaxScored
	for i > 0 && !utf8.RuneStart(content[i]) {
		i--
	}
	if j := strings.LastIndexAny(content[:i], " \t\r\n"); j > MaxScored/2 {
		i = j
	}
	return content[:i]
}

// Analyze extracts the quotes of art's body, shifts their offsets so they
// count into art.Text, and scores each quote's stance overall and towards
// every configured target it mentions (on its first MaxScored bytes).
func (an *Analyzer) Analyze(art *corpus.Article) *Article {
	out := &Article{Article: art}
	an.extract(art.BodyText(), func(found []attribution.Quote, start, paragraphs int) {
		if out.Quotes == nil {
			out.Quotes = make([]Quote, 0, len(found))
		}
		for _, q := range found {
			shift(&q, art.Body+start)
			q.Paragraph += paragraphs
			text := scored(q.Content)
			stance, targets := an.Scorer.ScoreQuote(text)
			aq := Quote{Quote: q, Stance: stance}
			for _, m := range targets {
				aq.Targets = append(aq.Targets, TargetStance{Target: m.Target, Stance: m.Stance})
			}
			out.Quotes = append(out.Quotes, aq)
		}
	})
	if out.Quotes == nil {
		out.Quotes = []Quote{}
	}
	return out
}

// MaxSegment is the most bytes of an article's body the extractor is
// given at once. A longer body is cut into segments, at a line break in
// the second half of the segment when there is one, else after a sentence
// end or a space, and each is extracted on its own; offsets and paragraph
// numbers are those of the whole body. Extraction's memory grows with the
// length of what it is given, so this bounds it for a 16 MB article or a
// 50 MB line with no line break. A quote that spans a cut is found in two
// pieces; articles up to MaxSegment are not cut (PolNeAR's largest is
// 34 KB).
const MaxSegment = 256 << 10

// extract extracts the quotes of body segment by segment and hands each
// segment's quotes to add, with the segment's offset in body and the
// number of paragraphs before it.
func (an *Analyzer) extract(body string, add func(found []attribution.Quote, start, paragraphs int)) {
	if len(body) <= MaxSegment {
		add(an.Extractor.Extract(body), 0, 0)
		return
	}
	var lines lineCounter
	for start := 0; start < len(body); {
		end := segmentEnd(body, start)
		// The extractor numbers the non-blank lines of the segment from 1.
		// The non-blank lines ended before the segment come first. A line
		// cut by the segment's start counts once: as the segment's first
		// line when its part in the segment holds text, else (when only
		// its part before the cut does) before the segment.
		before, open := lines.advance(body, start)
		if open && blankToLineEnd(body[start:end]) {
			before++
		}
		add(an.Extractor.Extract(body[start:end]), start, before)
		start = end
	}
}

// lineCounter counts the non-blank lines of a text as the extractor does
// (lines end at \n, \r or \r\n; a line of white space is blank), reading
// the text once however often it is asked.
type lineCounter struct {
	pos  int  // bytes read
	done int  // non-blank lines ended before pos
	open bool // the line pos is in holds text before pos
}

// advance reads text up to pos and returns the number of non-blank lines
// ended before it and whether the line pos falls in holds text before it.
func (c *lineCounter) advance(text string, pos int) (int, bool) {
	for c.pos < pos {
		r, n := utf8.DecodeRuneInString(text[c.pos:])
		switch {
		case r == '\n' || r == '\r':
			if c.open {
				c.done++
			}
			c.open = false
		case !unicode.IsSpace(r):
			c.open = true
		}
		c.pos += n
	}
	return c.done, c.open
}

// blankToLineEnd reports whether s holds only white space up to its first
// line break (or its end).
func blankToLineEnd(s string) bool {
	for _, r := range s {
		if r == '\n' || r == '\r' {
			return true
		}
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// segmentEnd returns where the segment of body starting at start ends.
func segmentEnd(body string, start int) int {
	if len(body)-start <= MaxSegment {
		return len(body)
	}
	lo, hi := start+MaxSegment/2, start+MaxSegment
	window := body[lo:hi]
	if j := strings.LastIndexAny(window, "\n\r"); j >= 0 {
		end := lo + j + 1
		if body[end-1] == '\r' && end < len(body) && body[end] == '\n' {
			end++
		}
		return end
	}
	j := strings.LastIndex(window, ". ")
	if j >= 0 {
		j++
	} else {
		j = strings.LastIndexAny(window, " \t")
	}
	if j >= 0 {
		end := lo + j + 1
		for end < len(body) && (body[end] == ' ' || body[end] == '\t') {
			end++
		}
		return end
	}
	end := hi
	for end > lo && !utf8.RuneStart(body[end]) {
		end--
	}
	return end
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

// WindowPerJob is how many articles per job Run lets reading run ahead of
// emitting, as long as they fit in Options.WindowBytes.
const WindowPerJob = 16

// DefaultWindowBytes is the default of Options.WindowBytes: room for
// WindowPerJob articles per job of a few KB each, but not for as many of
// megabytes.
const DefaultWindowBytes = 32 << 20

// windowUnit is the granularity of the byte budget.
const windowUnit = 64 << 10

// windowCost returns the units of a byte budget of units units that an
// article of size bytes takes: its size rounded up to whole units, at least
// one (also for an unknown size, -1) and at most the whole budget, so that
// an article larger than the window is read when it is the only one.
func windowCost(size int64, units int) int {
	n := int((size + windowUnit - 1) / windowUnit)
	return min(max(n, 1), units)
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
	// Prepare, when set, is called with each analysed article on the
	// worker goroutine that analysed it, before the article is emitted:
	// per-article work the consumer needs (see trace.Prepare) then runs on
	// all cores rather than on the consumer's. It must only read and set
	// the article it is given.
	Prepare func(*Article)
	// WindowBytes bounds the bytes of article text (by file size) that
	// reading may run ahead of emitting; 0 means DefaultWindowBytes.
	WindowBytes int64
}

// Run reads and analyses the sources on opts.Jobs goroutines and calls emit
// with each analysed article in input order, so the output is the same
// whatever the number of jobs. At most WindowPerJob articles per job, and
// opts.WindowBytes of them (plus one per job being read), are held in
// memory at a time. Run stops at the first error emit returns, or when ctx
// is cancelled, and returns that error.
func Run(ctx context.Context, sources iter.Seq[corpus.Source], opts Options, emit func(*Article) error) error {
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	type result struct {
		src   corpus.Source
		art   *Article
		err   error
		units int // of budget, released when the article is emitted
	}
	type job struct {
		src   corpus.Source
		out   chan result
		units int
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	work := make(chan job)
	// pending holds one future per article in input order; its capacity
	// bounds how far reading may run ahead of emitting, in articles, and
	// budget bounds it in bytes. A window of many articles keeps the
	// workers busy while the consumer waits for a long article ahead of
	// short ones; the byte budget keeps it from holding as many long ones.
	pending := make(chan chan result, WindowPerJob*jobs)
	units := int(max(opts.WindowBytes, 0) / windowUnit)
	if opts.WindowBytes == 0 {
		units = DefaultWindowBytes / windowUnit
	}
	units = max(units, 1)
	budget := make(chan struct{}, units)

	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				art, err := opts.Reader.Read(j.src)
				r := result{src: j.src, err: err, units: j.units}
				if err == nil {
					r.art = opts.Analyzer.Analyze(art)
					if opts.Prepare != nil {
						opts.Prepare(r.art)
					}
				}
				j.out <- r
			}
		}()
	}
	go func() {
		defer close(pending)
		defer close(work)
		for src := range sources {
			cost := windowCost(src.Size(), units)
			for range cost {
				select {
				case budget <- struct{}{}:
				case <-ctx.Done():
					return
				}
			}
			out := make(chan result, 1)
			select {
			case pending <- out:
			case <-ctx.Done():
				return
			}
			select {
			case work <- job{src, out, cost}:
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
		for range r.units {
			<-budget
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
	// The producer closes pending when it sees ctx cancelled: the loop then
	// ends without having seen the cancellation itself.
	if err == nil && ctx.Err() != nil {
		err = ctx.Err()
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
