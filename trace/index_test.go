package trace

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/corpus"
)

// q builds one analysed quote.
func q(typ attribution.Type, speaker, content string) analysis.Quote {
	return analysis.Quote{Quote: attribution.Quote{Type: typ, Speaker: speaker, Content: content}}
}

func article(doc, outlet string, quotes ...analysis.Quote) *analysis.Article {
	return &analysis.Article{Article: &corpus.Article{Document: doc, Outlet: outlet}, Quotes: quotes}
}

// sampleArticles are the quotes of the sample corpus the issue names, as an
// extractor would give them, plus other remarks of the same speakers.
func sampleArticles() []*analysis.Article {
	const D, I, M = attribution.Direct, attribution.Indirect, attribution.Mixed
	return []*analysis.Article{
		article("sample/000", "Bloomberg",
			q(D, "Vladimir Putin", "We will talk about all issues, without hurry. There is time"),
			q(D, "Kim Jong Un", "I would like to take this opportunity to reiterate that we have always expressed our full and unconditional support for everything that the Russian government is doing to defend its sovereign rights and its security interests in the face of such regional hegemonic forces"),
			q(M, "Matthew Miller", "“pariah” Putin is “traveling across his own country, hat in hand, to beg Kim Jong Un for military assistance.”"),
			q(I, "Vladimir Putin", "North Korea was interested in building satellites"),
		),
		article("sample/001", "The Independent",
			q(M, "Matthew Miller", "“pariah” Putin is “traveling across his own country, hat in hand, to beg Kim Jong Un for military assistance.”"),
		),
		article("sample/002", "Unknown Blog",
			q(D, "Vladimir Putin", "We will address all issues"),
			q(D, "Vladimir Putin", "That’s precisely why we are here. The leader of North Korea has demonstrated a keen interest in rocket engineering, as they are actively pursuing advancements in the space domain."),
		),
		article("sample/003", "AFP",
			q(D, "Vladimir Putin", "We'll talk about all the issues, without haste. There is time"),
			q(D, "An Chan-il", "If North Korea's multiple rocket launchers and other artillery shells are provided to Russia in large quantities, it could have a significant impact on the war in Ukraine"),
			q(D, "", "We will talk about all issues, without hurry. There is time"),
		),
		article("sample/004", "Korea Herald",
			q(D, "Kim Jong Un", "Russia is currently facing […] to such hegemonist forces to protect its security interests. We have always expressed our full and unconditional support for all measures taken by the Russian government"),
			q(D, "An Chan-il", "If North Korea’s multiple rocket launchers and other artillery shells are supplied to Russia in large quantities, it could have a significant impact on the war in Ukraine"),
			// same words, other speaker: must not join An Chan-il's quotation
			q(I, "Kim Jong Un", "multiple rocket launchers and other artillery shells are supplied to Russia in large quantities"),
		),
	}
}

func TestIndexSample(t *testing.T) {
	ix := NewIndex(Options{})
	arts := sampleArticles()
	for _, a := range arts {
		ix.Add(a)
	}
	type group struct {
		Speaker string
		Outlets []string
		Docs    []string
	}
	var got []group
	for _, qt := range ix.Quotations(2) {
		got = append(got, group{qt.Speaker, qt.Outlets, qt.Documents})
	}
	want := []group{
		{"Vladimir Putin", []string{"AFP", "Bloomberg", "Unknown Blog"}, []string{"sample/000", "sample/002", "sample/003"}},
		{"Kim Jong Un", []string{"Bloomberg", "Korea Herald"}, []string{"sample/000", "sample/004"}},
		{"Matthew Miller", []string{"Bloomberg", "The Independent"}, []string{"sample/000", "sample/001"}},
		{"An Chan-il", []string{"AFP", "Korea Herald"}, []string{"sample/003", "sample/004"}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("quotations (-want +got):\n%s", d)
	}
	// the ids set on the quotes agree with the quotations
	ids := map[string]bool{}
	for _, qt := range ix.Quotations(2) {
		ids[qt.ID] = true
		for _, w := range qt.Wordings {
			if w.Similarity < 0 || w.Similarity > 1 {
				t.Errorf("%s: similarity %v out of [0,1]", qt.ID, w.Similarity)
			}
		}
		if qt.Canonical == "" {
			t.Errorf("%s: no canonical wording", qt.ID)
		}
	}
	if arts[2].Quotes[0].Quotation != arts[0].Quotes[0].Quotation || !ids[arts[2].Quotes[0].Quotation] {
		t.Errorf("truncated Putin quote in %q, full in %q", arts[2].Quotes[0].Quotation, arts[0].Quotes[0].Quotation)
	}
	if a, b := arts[0].Quotes[0].Quotation, arts[2].Quotes[1].Quotation; a == b {
		t.Errorf("Putin's two remarks share quotation %s", a)
	}
	if a, b := arts[0].Quotes[0].Quotation, arts[0].Quotes[3].Quotation; a == b {
		t.Errorf("Putin's summit and satellite remarks share quotation %s", a)
	}
	if got := arts[3].Quotes[2].Quotation; got != "" {
		t.Errorf("quote with no speaker got quotation %q", got)
	}
	if a, b := arts[4].Quotes[1].Quotation, arts[4].Quotes[2].Quotation; a == b {
		t.Errorf("same words by An Chan-il and Kim Jong Un share quotation %s", a)
	}
	// canonical: the fullest wording when no wording is more common
	putin := ix.Quotations(2)[0]
	if !strings.Contains(putin.Canonical, "There is time") {
		t.Errorf("Putin canonical = %q, want a full wording", putin.Canonical)
	}
	for _, w := range putin.Wordings {
		if w.Text == "We will address all issues" && w.Similarity >= 0.9 {
			t.Errorf("truncated wording similarity %v, want below a full match", w.Similarity)
		}
	}
	if n := len(ix.Quotations(3)); n != 1 {
		t.Errorf("Quotations(3) = %d quotations, want 1 (Putin's)", n)
	}
	if n, all := len(ix.Quotations(1)), ix.Len(); n != all {
		t.Errorf("Quotations(1) = %d, Len = %d", n, all)
	}
}

func TestCanonicalMostCommon(t *testing.T) {
	ix := NewIndex(Options{})
	ix.Add(article("a", "A", q(attribution.Direct, "S", "We are ready to talk to anyone, at any time, about the future of the border region")))
	ix.Add(article("b", "B", q(attribution.Direct, "S", "We are ready to talk to anyone about the border")))
	ix.Add(article("c", "C", q(attribution.Direct, "S", "We’re ready to talk to anyone about the border")))
	qs := ix.Quotations(2)
	if len(qs) != 1 {
		t.Fatalf("got %d quotations, want 1: %+v", len(qs), qs)
	}
	if got, want := qs[0].Canonical, "We are ready to talk to anyone about the border"; got != want {
		t.Errorf("Canonical = %q, want the most common wording %q", got, want)
	}
	if s := qs[0].Wordings[1].Similarity; s != 1 {
		t.Errorf("canonical wording's own similarity = %v, want 1", s)
	}
}

func TestThreshold(t *testing.T) {
	arts := func() []*analysis.Article {
		return []*analysis.Article{
			article("a", "A", q(attribution.Direct, "S", "We will talk about all issues, without hurry. There is time")),
			article("b", "B", q(attribution.Direct, "S", "We will address all issues")),
		}
	}
	for _, tt := range []struct {
		threshold float64
		groups    int
	}{{0, 1}, {0.3, 1}, {0.9, 0}} {
		ix := NewIndex(Options{Threshold: tt.threshold})
		for _, a := range arts() {
			ix.Add(a)
		}
		if got := len(ix.Quotations(2)); got != tt.groups {
			t.Errorf("threshold %v: %d quotations across articles, want %d", tt.threshold, got, tt.groups)
		}
	}
}

func TestDeterministic(t *testing.T) {
	run := func() ([]string, []Quotation) {
		ix := NewIndex(Options{})
		var ids []string
		arts := append(sampleArticles(), synthetic(300, 20, 7)...)
		for _, a := range arts {
			ix.Add(a)
			for _, q := range a.Quotes {
				ids = append(ids, q.Quotation)
			}
		}
		return ids, ix.Quotations(2)
	}
	ids1, qs1 := run()
	for range 3 {
		ids2, qs2 := run()
		if !slices.Equal(ids1, ids2) {
			t.Fatal("quotation ids differ between runs")
		}
		if d := cmp.Diff(qs1, qs2); d != "" {
			t.Fatalf("quotations differ between runs:\n%s", d)
		}
	}
}

// vocabulary for synthetic quotes.
var synthWords = strings.Fields(`government economy border peace talks army missile sanctions election
budget taxes reform minister president parliament court ruling law police protest crisis energy oil gas
prices inflation jobs workers union strike hospital doctors schools teachers students climate emissions
coal solar farmers trade tariffs exports imports allies treaty summit agreement deal negotiations troops
ceasefire refugees aid food water housing rents banks markets investors growth recession debt deficit
corruption investigation vote citizens rights freedom press media security intelligence cyber attack`)

// synthetic builds nArt articles of quotesPer quotes each over ~2,000
// speakers. About a third of the quotes repeat an earlier remark of the
// same speaker, sometimes truncated or with a word changed, the way
// outlets carry the same quotation.
func synthetic(nArt, quotesPer int, seed uint64) []*analysis.Article {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	const speakers = 2000
	// a Zipf-distributed vocabulary of 20,000 words, like real text
	zipf := rand.NewZipf(r, 1.1, 2, 20000-1)
	word := func() string {
		k := int(zipf.Uint64())
		return synthWords[k%len(synthWords)] + strconv.Itoa(k/len(synthWords))
	}
	type remark struct{ speaker, text string }
	var said []remark
	arts := make([]*analysis.Article, nArt)
	for i := range arts {
		a := article(fmt.Sprintf("doc%06d", i), fmt.Sprintf("Outlet %d", r.IntN(300)))
		for range quotesPer {
			var rm remark
			if len(said) > 0 && r.IntN(3) == 0 {
				rm = said[r.IntN(len(said))]
				w := strings.Fields(rm.text)
				switch r.IntN(3) {
				case 0: // truncated
					w = w[:max(4, len(w)*2/3)]
				case 1: // one word changed
					w[r.IntN(len(w))] = word()
				}
				rm.text = strings.Join(w, " ")
			} else {
				n := 8 + r.IntN(20)
				w := make([]string, n)
				for k := range w {
					w[k] = word()
				}
				rm = remark{fmt.Sprintf("Speaker %d", r.IntN(speakers)), strings.Join(w, " ")}
				said = append(said, rm)
			}
			a.Quotes = append(a.Quotes, q(attribution.Direct, rm.speaker, rm.text))
		}
		arts[i] = a
	}
	return arts
}

// TestIndex100k checks that 100,000 quotes over 2,000 speakers group, and
// that repeats found their way into shared quotations. Its speed is
// measured by BenchmarkIndexAdd.
func TestIndex100k(t *testing.T) {
	if testing.Short() {
		t.Skip("100k quotes: skipped with -short")
	}
	arts := synthetic(2500, 40, 1)
	ix := NewIndex(Options{})
	for _, a := range arts {
		ix.Add(a)
	}
	total, grouped := 0, 0
	for _, a := range arts {
		for _, q := range a.Quotes {
			total++
			if q.Quotation == "" {
				t.Fatalf("quote of %s has no quotation", q.Speaker)
			}
		}
	}
	for _, qt := range ix.Quotations(2) {
		grouped += len(qt.Wordings)
	}
	if total != 100000 {
		t.Fatalf("built %d quotes, want 100000", total)
	}
	// about a third of the quotes are repeats; with their originals, more
	// than 40% of all quotes belong to quotations carried by 2+ articles.
	if grouped < total*40/100 {
		t.Errorf("%d of %d quotes in quotations carried by 2+ articles, want at least 40%%", grouped, total)
	}
	if ix.Len() > total*80/100 {
		t.Errorf("%d quotations for %d quotes: repeats were not grouped", ix.Len(), total)
	}
}

func BenchmarkIndexAdd(b *testing.B) {
	arts := synthetic(2500, 40, 1)
	var bytes int64
	for _, a := range arts {
		for _, q := range a.Quotes {
			bytes += int64(len(q.Content))
		}
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	for b.Loop() {
		ix := NewIndex(Options{})
		for _, a := range arts {
			ix.Add(a)
		}
	}
	b.ReportMetric(float64(100000*b.N)/b.Elapsed().Seconds(), "quotes/s")
}

// BenchmarkPrepare measures the signatures of quotes (tokens, hashes,
// shingles), which Prepare computes on the workers: on the synthetic
// quotes of BenchmarkIndexAdd and on the sample quotes, whose English has
// function words, contractions and curly punctuation.
func BenchmarkPrepare(b *testing.B) {
	sample := sampleArticles()
	for range 6 {
		sample = append(sample, sample...) // 320 articles
	}
	for _, bc := range []struct {
		name string
		arts []*analysis.Article
	}{
		{"synthetic", synthetic(500, 40, 1)},
		{"sample", sample},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var bytes int64
			for _, a := range bc.arts {
				for _, q := range a.Quotes {
					bytes += int64(len(q.Content))
				}
			}
			b.SetBytes(bytes)
			b.ReportAllocs()
			for b.Loop() {
				for _, a := range bc.arts {
					Prepare(a)
				}
			}
		})
	}
}

func BenchmarkSimilarity(b *testing.B) {
	x := "If North Korea's multiple rocket launchers and other artillery shells are provided to Russia in large quantities, it could have a significant impact on the war in Ukraine"
	y := "If North Korea’s multiple rocket launchers and other artillery shells are supplied to Russia"
	b.SetBytes(int64(len(x) + len(y)))
	b.ReportAllocs()
	for b.Loop() {
		Similarity(x, y)
	}
}

// ids returns the quotation id of every quote of arts, in order.
func ids(arts []*analysis.Article) []string {
	var out []string
	for _, a := range arts {
		for _, q := range a.Quotes {
			out = append(out, q.Quotation)
		}
	}
	return out
}

// TestIndexIDsOnly checks that an index keeping no wordings assigns the
// same ids as a full one, and that a bound larger than the number of
// quotations changes nothing.
func TestIndexIDsOnly(t *testing.T) {
	run := func(opts Options) ([]string, *Index) {
		arts := synthetic(300, 40, 7)
		ix := NewIndex(opts)
		for _, a := range arts {
			ix.Add(a)
		}
		return ids(arts), ix
	}
	want, full := run(Options{})
	if full.Len() == 0 || len(full.Quotations(2)) == 0 {
		t.Fatalf("the synthetic corpus made %d quotations, none carried twice", full.Len())
	}
	for _, opts := range []Options{{IDsOnly: true}, {MaxQuotations: 1 << 20}, {IDsOnly: true, MaxQuotations: 1 << 20}} {
		got, ix := run(opts)
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%+v: ids differ from the full index:\n%s", opts, d)
		}
		if ix.Len() != full.Len() {
			t.Errorf("%+v: Len = %d, want %d", opts, ix.Len(), full.Len())
		}
		if q := ix.Quotations(1); opts.IDsOnly && q != nil {
			t.Errorf("%+v: Quotations returned %d quotations, want nil", opts, len(q))
		}
	}
}

// TestIndexMaxQuotations checks the bound: a quotation joined recently is
// still found, one not joined while more than MaxQuotations others were
// created is forgotten and its wording starts a new quotation.
func TestIndexMaxQuotations(t *testing.T) {
	const D = attribution.Direct
	ix := NewIndex(Options{IDsOnly: true, MaxQuotations: 3})
	add := func(speaker, text string) string {
		a := article("d", "o", q(D, speaker, text))
		ix.Add(a)
		return a.Quotes[0].Quotation
	}
	keep := add("Ann", "the border talks will resume next week in Geneva")
	drop := add("Bob", "inflation has peaked and prices will fall this winter")
	add("Cid", "our schools need more teachers and better pay")
	if got := add("Ann", "the border talks will resume next week"); got != keep {
		t.Errorf("recent quotation: got %s, want %s", got, keep)
	}
	add("Dee", "farmers cannot survive these tariffs on exports") // 4th: forgets Bob's, least recently joined
	if ix.live != 3 {
		t.Errorf("%d candidate quotations, want 3", ix.live)
	}
	if _, ok := ix.blocks["Bob"]; ok {
		t.Error("Bob's block outlived his only quotation")
	}
	if got := add("Bob", "inflation has peaked and prices will fall this winter"); got == drop || got != "Q5" {
		t.Errorf("forgotten quotation: got %s, want the new Q5 (not %s)", got, drop)
	}
	if got := add("Ann", "the border talks will resume next week in Geneva"); got != keep {
		t.Errorf("after forgetting another: got %s, want %s", got, keep)
	}
}

// TestIndexBoundedMemory checks that with IDsOnly and MaxQuotations the
// index's size does not grow with the number of quotes: slots, postings
// and blocks stay bounded, and the live heap after 4 times as many quotes
// is about the same.
func TestIndexBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("200k quotes: skipped with -short")
	}
	const maxQ = 2000
	size := func(ix *Index) (slots, postings int) {
		for _, b := range ix.blocks {
			slots += len(b.groups)
			for _, p := range b.postings.slots {
				postings += int(p.n)
			}
		}
		return
	}
	heap := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	ix := NewIndex(Options{IDsOnly: true, MaxQuotations: maxQ})
	var heaps []uint64
	for round := range 4 {
		for _, a := range synthetic(1250, 40, uint64(100+round)) { // 50,000 quotes, mostly distinct
			ix.Add(a)
		}
		slots, postings := size(ix)
		if ix.live > maxQ || slots > 2*maxQ+16*len(ix.blocks) || len(ix.blocks) > maxQ {
			t.Fatalf("round %d: %d live, %d slots, %d blocks for MaxQuotations %d", round, ix.live, slots, len(ix.blocks), maxQ)
		}
		if postings > 100*slots {
			t.Fatalf("round %d: %d posting entries for %d slots", round, postings, slots)
		}
		heaps = append(heaps, heap())
	}
	if ix.Len() < 4*maxQ {
		t.Fatalf("only %d quotations created: the test does not exercise forgetting", ix.Len())
	}
	t.Logf("live heap after 50k..200k quotes: %d", heaps)
	if heaps[3] > heaps[0]+heaps[0]/2 {
		t.Errorf("live heap grew from %d to %d bytes between 50k and 200k quotes", heaps[0], heaps[3])
	}
	runtime.KeepAlive(ix)
}

// TestIndexPrepare checks that signatures computed beforehand by Prepare,
// concurrently, give the same ids and quotations as an index computing
// them itself, and that a stale Prepared (its quotes changed since) is
// not used.
func TestIndexPrepare(t *testing.T) {
	for _, opts := range []Options{{}, {IDsOnly: true, MaxQuotations: 64}} {
		plain := synthetic(300, 40, 7)
		prepared := synthetic(300, 40, 7)
		var wg sync.WaitGroup
		for _, a := range prepared {
			wg.Go(func() { Prepare(a) })
		}
		wg.Wait()
		prepared[5].Quotes = prepared[5].Quotes[:1] // stale: recomputed
		plain[5].Quotes = plain[5].Quotes[:1]
		ix, pix := NewIndex(opts), NewIndex(opts)
		for i := range plain {
			ix.Add(plain[i])
			pix.Add(prepared[i])
		}
		if d := cmp.Diff(ids(plain), ids(prepared)); d != "" {
			t.Errorf("%+v: ids differ with Prepare:\n%s", opts, d)
		}
		if d := cmp.Diff(ix.Quotations(1), pix.Quotations(1)); d != "" {
			t.Errorf("%+v: quotations differ with Prepare:\n%s", opts, d)
		}
	}
}

// TestIndexLoneQuotation follows a speaker's block through the states of
// its postings: one quotation, not indexed, joined by shorter and longer
// wordings, then a second quotation, with the ids an index that builds
// every posting gives.
func TestIndexLoneQuotation(t *testing.T) {
	const S = "Speaker"
	tests := []struct {
		name   string
		quotes []string
		want   []string
	}{
		{"one", []string{"rocket launchers artillery shells"}, []string{"Q1"}},
		{"shorter joins", []string{"rocket launchers artillery shells Russia", "rocket launchers artillery shells"}, []string{"Q1", "Q1"}},
		{"longer joins", []string{"rocket launchers artillery", "rocket launchers artillery shells Russia quantities"}, []string{"Q1", "Q1"}},
		{"longer then other", []string{"rocket launchers artillery", "rocket launchers artillery shells Russia", "budget taxes reform deficit"}, []string{"Q1", "Q1", "Q2"}},
		{"other then same", []string{"rocket launchers artillery shells", "budget taxes reform deficit", "rocket launchers artillery shells"}, []string{"Q1", "Q2", "Q1"}},
		{"one shared word", []string{"rocket launchers artillery shells", "rocket budget taxes reform"}, []string{"Q1", "Q2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var quotes []analysis.Quote
			for _, c := range tt.quotes {
				quotes = append(quotes, q(attribution.Direct, S, c))
			}
			a := article("doc", "Outlet", quotes...)
			NewIndex(Options{IDsOnly: true}).Add(a)
			if got := ids([]*analysis.Article{a}); !slices.Equal(got, tt.want) {
				t.Errorf("ids %q, want %q", got, tt.want)
			}
		})
	}
}
