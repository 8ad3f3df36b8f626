package trace

import (
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/quotelens/quotelens/analysis"
	"github.com/quotelens/quotelens/attribution"
)

// DefaultThreshold is the similarity a quote needs with a quotation to
// join it when Options.Threshold is 0.
const DefaultThreshold = 0.5

// maxPosting bounds how many quotations of one speaker a single token is
// looked up in when finding candidates: a token shared by more is too
// common to discriminate, and skipping it keeps Add fast for speakers with
// very many quotes (other, rarer tokens still find the candidates).
const maxPosting = 512

// Options configures an Index.
type Options struct {
	// Threshold is the similarity (see Similarity) a quote needs with a
	// quotation by the same speaker to join it; 0 means DefaultThreshold.
	Threshold float64
	// IDsOnly makes the index assign quotation ids without keeping the
	// quotes' wordings, documents and outlets: Quotations then returns nil.
	// It is for callers that only need the ids, such as a writer of quote
	// rows.
	IDsOnly bool
	// MaxQuotations bounds how many quotations stay candidates for new
	// quotes; 0 means no bound. When a new quotation would pass it, the
	// quotation joined least recently is forgotten: a later quote that
	// says the same thing starts a new quotation, with a new id. With
	// IDsOnly, it bounds the index's memory whatever the corpus size.
	MaxQuotations int
}

// member is one quote of a quotation, kept for output only.
type member struct {
	doc, outlet, text string
	typ               attribution.Type
	ntok              int
}

// group is one quotation being built.
type group struct {
	id      string
	speaker string
	rep     signature // signature of the fullest member: what candidates are compared with
	members []member  // nil with Options.IDsOnly
	blk     *block    // the speaker's block; nil once forgotten
	local   int32     // index in blk.groups
	// prev and next link the candidate quotations, most recently joined
	// first, when Options.MaxQuotations is set.
	prev, next *group
}

// block holds one speaker's quotations and an inverted index from token
// hash to those quotations, so a new quote is only compared with the
// quotations of its speaker that share words with it.
type block struct {
	speaker  string
	groups   []*group  // this speaker's quotations, oldest first; nil once forgotten
	live     int       // groups not forgotten
	postings postTable // token → the groups holding it
	entries  []posting // the postings' lists, in one slice
	// unindexed is set while the block has at most maxUnindexed
	// quotations, none of whose wordings has grown since it was created:
	// their postings, not built, would be one entry for each token of each
	// rep, so their shared tokens with a quote are counted by merging the
	// token lists instead, which costs less than building the postings.
	// Most speakers have a few quotations.
	unindexed bool
	first     [4]*group // groups' first array: room for most speakers' quotations
}

// maxUnindexed is the most quotations an unindexed block holds; it is
// below maxPosting, so that no postings list of such a block would be
// skipped, and below the 16 quotations from which a block is compacted.
const maxUnindexed = 8

// index builds the postings of an unindexed block, with room for extra
// more tokens.
func (b *block) index(extra int) {
	n := extra
	for _, g := range b.groups {
		if g != nil {
			n += len(g.rep.tokens)
		}
	}
	b.postings.reserve(n)
	b.entries = slices.Grow(b.entries, n)
	for l, g := range b.groups {
		if g != nil {
			for _, t := range g.rep.tokens {
				b.add(t, int32(l))
			}
		}
	}
	b.unindexed = false
}

// postings is the list of a token's quotations in a block: its newest
// entry in block.entries and its length.
type postings struct{ last, n int32 }

// posting is one entry of a postings list: a quotation (index into
// block.groups) and the entry added before it to the same list (-1: none).
type posting struct{ group, next int32 }

// add appends quotation l to token t's list.
func (b *block) add(t uint64, l int32) {
	p := b.postings.slot(t)
	if p.n == 0 {
		p.last = -1
	}
	b.entries = append(b.entries, posting{group: l, next: p.last})
	p.last, p.n = int32(len(b.entries)-1), p.n+1
}

// postTable maps token hashes to their postings: an open-addressing hash
// table (linear probing, at most three quarters full) that place and add probe once
// where a Go map would hash twice per added token. A slot whose n is 0 is
// empty. It is never iterated, so its order does not matter.
type postTable struct {
	slots []postSlot
	used  int
	shift uint8 // 64 - log2(len(slots))
}

// postSlot is one slot of a postTable.
type postSlot struct {
	key uint64
	postings
}

// postMix spreads token hashes over the table (Fibonacci hashing).
const postMix = 0x9e3779b97f4a7c15

// get returns t's postings; n is 0 when t has none.
func (pt *postTable) get(t uint64) postings {
	if pt.used == 0 {
		return postings{}
	}
	mask := uint64(len(pt.slots) - 1)
	for i := (t * postMix) >> pt.shift; ; i = (i + 1) & mask {
		if s := &pt.slots[i]; s.n == 0 || s.key == t {
			return s.postings
		}
	}
}

// slot returns t's postings to update, inserting an empty one (n 0) when
// t has none.
func (pt *postTable) slot(t uint64) *postings {
	if 4*(pt.used+1) > 3*len(pt.slots) {
		pt.reserve(2 * (pt.used + 1))
	}
	mask := uint64(len(pt.slots) - 1)
	for i := (t * postMix) >> pt.shift; ; i = (i + 1) & mask {
		s := &pt.slots[i]
		if s.n == 0 {
			s.key = t
			pt.used++
			return &s.postings
		}
		if s.key == t {
			return &s.postings
		}
	}
}

// tableSize returns the size of an open-addressing table of at least n
// slots, a power of two from 8 on, and 64 minus its log2: the shift that
// takes a 64-bit hash's top bits as a slot's index.
func tableSize(n int) (size int, shift uint8) {
	size, shift = 8, 61
	for size < n {
		size, shift = 2*size, shift-1
	}
	return size, shift
}

// reserve makes room for at least n entries at half load, keeping the
// entries.
func (pt *postTable) reserve(n int) {
	if 2*n <= len(pt.slots) {
		return
	}
	size, shift := tableSize(2 * n)
	old := pt.slots
	pt.slots, pt.shift = make([]postSlot, size), shift
	mask := uint64(size - 1)
	for _, s := range old {
		if s.n == 0 {
			continue
		}
		i := (s.key * postMix) >> shift
		for pt.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		pt.slots[i] = s
	}
}

// Index groups quotes into quotations as articles are added. It is not
// safe for concurrent use; add articles from one goroutine, in input
// order, for deterministic ids.
type Index struct {
	threshold float64
	idsOnly   bool
	max       int
	n         int      // quotations created
	groups    []*group // every quotation, in order of creation; nil with IDsOnly
	blocks    map[string]*block
	live      int     // candidate quotations
	lru       group   // sentinel of the most-recently-joined list
	counts    []tally // scratch: local quotation → shared tokens
	round     uint32  // the place call that counts are for
	touched   []int32 // scratch: local quotations sharing enough tokens to be candidates
	strs      map[string]string
	tokens    tokenizer
	groupFree []group // the rest of the chunk newGroup carves groups from
	blockFree []block // the rest of the chunk newBlock carves blocks from
	idFree    []byte  // the chunk newID and keep carve strings from, its free bytes after len
	idDigits  []byte  // the decimal digits of n, once it is not 0
}

// NewIndex returns an empty index.
func NewIndex(opts Options) *Index {
	t := opts.Threshold
	if t <= 0 {
		t = DefaultThreshold
	}
	ix := &Index{
		threshold: t,
		idsOnly:   opts.IDsOnly,
		max:       max(opts.MaxQuotations, 0),
		blocks:    map[string]*block{},
		strs:      map[string]string{},
	}
	ix.lru.prev, ix.lru.next = &ix.lru, &ix.lru
	return ix
}

// Add assigns each quote of art, in order, to a quotation: the existing
// quotation by the same speaker whose fullest wording is most similar to
// the quote's content, when that similarity reaches the threshold, or
// else a new quotation. It sets each quote's Quotation to the id ("Q1",
// "Q2", … in order of creation). Quotes with no speaker or no content
// words get no quotation (""). When Prepare has been called on art since
// its quotes last changed, Add uses the signatures it computed, and
// releases them: it sets art.Prepared to nil.
func (ix *Index) Add(art *analysis.Article) {
	doc, outlet := "", ""
	if art.Article != nil && !ix.idsOnly {
		doc, outlet = ix.intern(art.Document), ix.intern(art.Outlet)
	}
	pre, _ := art.Prepared.(*prepared)
	if pre != nil && len(pre.quotes) != len(art.Quotes) {
		pre = nil
	}
	for i := range art.Quotes {
		q := &art.Quotes[i]
		q.Quotation = ""
		var (
			sig  signature
			ntok int
		)
		if pre != nil {
			sig, ntok = pre.quotes[i].sig, int(pre.quotes[i].ntok)
		} else if strings.TrimSpace(q.Speaker) != "" {
			sig, ntok = signatureOf(q.Content, &ix.tokens)
		}
		if ntok == 0 {
			continue
		}
		m := member{doc: doc, outlet: outlet, typ: q.Type, ntok: ntok}
		if !ix.idsOnly {
			m.text = strings.Clone(q.Content)
		}
		q.Quotation = ix.place(q.Speaker, sig, m)
	}
	if pre != nil {
		// the quotations keep the signatures, not pre: it serves again
		art.Prepared = nil
		clear(pre.quotes)
		preparedFree.Put(pre)
	}
}

// preparedFree holds the prepared that Add is done with, for Prepare to
// reuse: one allocation less per article (the signatures' buffer, which
// quotations keep, is allocated anew).
var preparedFree = sync.Pool{New: func() any { return new(prepared) }}

// prepared holds the signatures Prepare computed for an article's quotes.
type prepared struct {
	quotes []preparedQuote // one per quote, in one allocation
}

// preparedQuote is what Prepare computed for one quote.
type preparedQuote struct {
	sig  signature
	ntok int32 // the quote's tokens; 0 for a quote that gets no quotation
}

// Prepare computes the signatures Index.Add compares art's quotes by, and
// keeps them in art.Prepared for Add. It is safe for concurrent use on
// different articles, so that this work runs where the articles are
// analysed (analysis.Options.Prepare) rather than in the one goroutine
// that adds them in order.
func Prepare(art *analysis.Article) {
	if len(art.Quotes) == 0 {
		art.Prepared = nil // nothing to prepare: no allocation
		return
	}
	p := preparedFree.Get().(*prepared)
	p.quotes = slices.Grow(p.quotes[:0], len(art.Quotes))[:len(art.Quotes)]
	tz := tokenizers.Get().(*tokenizer)
	defer tokenizers.Put(tz)
	// every quote's token hashes first, one after another in tz.all, so
	// that all the signatures share one allocation
	tz.all = tz.all[:0]
	size := 0
	for i := range art.Quotes {
		q := &art.Quotes[i]
		if strings.TrimSpace(q.Speaker) == "" {
			continue
		}
		tz.tokens(q.Content)
		if n := len(tz.hashes); n > 0 {
			p.quotes[i].ntok = int32(n)
			tz.all = append(tz.all, tz.hashes...)
			size += 2*n - 1
		}
	}
	buf, hs := make([]uint64, size), tz.all
	for i := range p.quotes {
		if n := p.quotes[i].ntok; n > 0 {
			p.quotes[i].sig = signatureIn(buf[:2*n-1:2*n-1], hs[:n])
			buf, hs = buf[2*n-1:], hs[n:]
		}
	}
	art.Prepared = p
}

// tokenizers holds the tokenizers of Prepare calls, so that their buffers
// are reused from one article to the next.
var tokenizers = sync.Pool{New: func() any { return new(tokenizer) }}

// intern returns one shared copy of s, so members do not keep article
// texts alive.
func (ix *Index) intern(s string) string {
	if v, ok := ix.strs[s]; ok {
		return v
	}
	c := strings.Clone(s)
	ix.strs[c] = c
	return c
}

// place finds or creates the quotation for a quote and returns its id.
func (ix *Index) place(speaker string, sig signature, m member) string {
	blk := ix.blocks[speaker]
	if blk == nil {
		blk = ix.newBlock(speaker)
		ix.blocks[blk.speaker] = blk
	}
	if cap(ix.counts) < len(blk.groups) {
		ix.counts = make([]tally, len(blk.groups), 2*len(blk.groups))
	}
	counts := ix.counts[:len(blk.groups)]
	if ix.round++; ix.round == 0 { // wrapped: no count may look current
		clear(ix.counts[:cap(ix.counts)])
		ix.round = 1
	}
	ix.touched = ix.touched[:0]
	need := int32(min(2, len(sig.tokens)))
	skipped := false
	if blk.unindexed {
		for l, g := range blk.groups {
			if g == nil {
				continue
			}
			if n := int32(overlap(sig.tokens, g.rep.tokens)); n >= need {
				counts[l] = tally{ix.round, n}
				ix.touched = append(ix.touched, int32(l))
			}
		}
	} else {
		skipped = ix.count(blk, sig, counts, need)
	}
	best, bestSim := int32(-1), 0.0
	for _, l := range ix.touched {
		n := counts[l].n
		g := blk.groups[l]
		if g == nil {
			continue
		}
		if !skipped && upperBound(sig, g.rep, int(n)) < ix.threshold {
			continue
		}
		s := sig.similarity(g.rep)
		// ties go to the older quotation so the choice does not depend on visiting order
		if s > bestSim || (s == bestSim && best >= 0 && l < best) {
			best, bestSim = l, s
		}
	}
	if best >= 0 && bestSim >= ix.threshold {
		g := blk.groups[best]
		if !ix.idsOnly {
			g.members = append(g.members, m)
		}
		if len(sig.tokens) > len(g.rep.tokens) {
			if blk.unindexed {
				blk.index(len(sig.tokens) - len(g.rep.tokens))
			}
			for _, t := range sig.tokens {
				if _, found := slices.BinarySearch(g.rep.tokens, t); !found {
					blk.add(t, best)
				}
			}
			g.rep = sig
		}
		ix.touch(g)
		return g.id
	}
	ix.n++
	g := ix.newGroup()
	*g = group{id: ix.newID(), speaker: blk.speaker, rep: sig, blk: blk, local: int32(len(blk.groups))}
	if !ix.idsOnly {
		g.members = []member{m}
		ix.groups = append(ix.groups, g)
	}
	switch {
	case len(blk.groups) == 0:
		blk.unindexed = true
	case blk.unindexed && len(blk.groups) == maxUnindexed:
		blk.index(len(sig.tokens))
	}
	blk.groups = append(blk.groups, g)
	blk.live++
	if !blk.unindexed {
		// room for every token's entry at once rather than growing entry
		// by entry
		blk.entries = slices.Grow(blk.entries, len(sig.tokens))
		for _, t := range sig.tokens {
			blk.add(t, g.local)
		}
	}
	ix.live++
	ix.touch(g)
	if ix.max > 0 && ix.live > ix.max {
		ix.forget(ix.lru.prev)
	}
	return g.id
}

// groupChunk is how many groups newGroup allocates at once, blockChunk
// how many blocks newBlock does, and idChunk how many bytes of ids and
// speakers newID and keep do.
const groupChunk, blockChunk, idChunk = 64, 32, 1024

// newBlock returns a new block for speaker, carved from a chunk of
// blockChunk, its groups in its own array, and its speaker kept by keep:
// one allocation for many speakers rather than three per speaker. A
// deleted block is cleared, so a chunk kept alive by its other blocks
// costs little.
func (ix *Index) newBlock(speaker string) *block {
	if len(ix.blockFree) == 0 {
		ix.blockFree = make([]block, blockChunk)
	}
	b := &ix.blockFree[0]
	ix.blockFree = ix.blockFree[1:]
	b.speaker = ix.keep(speaker)
	b.groups = b.first[:0]
	return b
}

// keep returns a copy of s, carved (see carve) when s is short.
func (ix *Index) keep(s string) string {
	if len(s) > idChunk/8 {
		return strings.Clone(s)
	}
	b := ix.carve(len(s))
	copy(b, s)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// carve returns n bytes carved from a chunk of idChunk bytes, for newID
// and keep to write once then return as a string: never written again,
// later strings going after them.
func (ix *Index) carve(n int) []byte {
	if cap(ix.idFree)-len(ix.idFree) < n {
		ix.idFree = make([]byte, 0, idChunk)
	}
	start := len(ix.idFree)
	ix.idFree = ix.idFree[:start+n]
	return ix.idFree[start:]
}

// newGroup returns a new zero group, carved from a chunk of groupChunk: one
// allocation for many quotations. A forgotten group holds no signature, so
// a chunk kept alive by its other groups costs little.
func (ix *Index) newGroup() *group {
	if len(ix.groupFree) == 0 {
		ix.groupFree = make([]group, groupChunk)
	}
	g := &ix.groupFree[0]
	ix.groupFree = ix.groupFree[1:]
	return g
}

// newID returns the id of quotation ix.n, "Q" + strconv.Itoa(ix.n), carved
// from a chunk of idChunk bytes: one allocation for many ids. ix.n having
// grown by one since the last id, its digits are incremented in place.
func (ix *Index) newID() string {
	d := ix.idDigits
	i := len(d) - 1
	for ; i >= 0 && d[i] == '9'; i-- {
		d[i] = '0'
	}
	if i >= 0 {
		d[i]++
	} else {
		d = append([]byte{'1'}, d...)
	}
	ix.idDigits = d
	id := ix.carve(1 + len(d))
	id[0] = 'Q'
	copy(id[1:], d)
	return unsafe.String(unsafe.SliceData(id), len(id))
}

// tally is a count of shared tokens, valid in the place call (Index.round)
// that set round: stale ones count as 0, so counts need no clearing.
type tally struct {
	round uint32
	n     int32
}

// count counts in counts[l] the tokens of sig that quotation l of blk
// holds, listing in ix.touched the quotations whose count reaches need. It
// reports whether it skipped a token held by more than maxPosting
// quotations.
func (ix *Index) count(blk *block, sig signature, counts []tally, need int32) (skipped bool) {
	for _, t := range sig.tokens {
		post := blk.postings.get(t)
		if post.n == 0 {
			continue
		}
		if post.n > maxPosting {
			skipped = true
			continue
		}
		for e := post.last; e >= 0; e = blk.entries[e].next {
			c := &counts[blk.entries[e].group]
			if c.round != ix.round {
				*c = tally{ix.round, 0}
			}
			if c.n++; c.n == need {
				ix.touched = append(ix.touched, blk.entries[e].group)
			}
		}
	}
	return skipped
}

// touch moves g to the front of the most-recently-joined list, when
// quotations can be forgotten.
func (ix *Index) touch(g *group) {
	if ix.max == 0 {
		return
	}
	if g.next != nil { // unlink
		g.prev.next, g.next.prev = g.next, g.prev
	}
	g.prev, g.next = &ix.lru, ix.lru.next
	g.next.prev = g
	ix.lru.next = g
}

// forget removes g from the candidates: from the list, from its speaker's
// block (the block goes when it has no quotation left, and is compacted
// when most of its slots are empty). With IDsOnly nothing refers to g
// afterwards.
func (ix *Index) forget(g *group) {
	g.prev.next, g.next.prev = g.next, g.prev
	g.prev, g.next = nil, nil
	blk := g.blk
	blk.groups[g.local] = nil
	blk.live--
	ix.live--
	g.blk, g.rep = nil, signature{}
	switch {
	case blk.live == 0:
		delete(ix.blocks, blk.speaker)
		*blk = block{} // its postings are not kept alive by its chunk
	case len(blk.groups) >= 16 && blk.live < len(blk.groups)/2:
		blk.compact()
	}
}

// compact drops the forgotten quotations' slots from b, keeping the
// order of the others (so ties still go to the older), and rebuilds the
// postings from their signatures.
func (b *block) compact() {
	live := make([]*group, 0, b.live)
	for _, g := range b.groups {
		if g != nil {
			g.local = int32(len(live))
			live = append(live, g)
		}
	}
	b.groups, b.unindexed = live, false
	n := 0
	for _, g := range live {
		n += len(g.rep.tokens)
	}
	b.postings = postTable{}
	b.postings.reserve(n)
	b.entries = make([]posting, 0, n)
	for _, g := range live {
		for _, t := range g.rep.tokens {
			b.add(t, g.local)
		}
	}
}

// Len returns the number of quotations created, including those carried
// by one article only and those forgotten (see Options.MaxQuotations).
func (ix *Index) Len() int { return ix.n }

// Quotations returns the quotations carried by at least minArticles
// distinct documents (minArticles < 1 counts as 1), in order of first
// appearance. Each has its canonical wording — the wording most members
// share (after normalisation), ties going to the fullest, then to a direct
// quote, then to the first — its distinct outlets sorted, its documents in
// input order, and one Wording per member with its similarity to the
// canonical wording. It returns nil for an index made with IDsOnly.
func (ix *Index) Quotations(minArticles int) []Quotation {
	minArticles = max(minArticles, 1)
	var out []Quotation
	for _, g := range ix.groups {
		var docs []string
		seen := map[string]bool{}
		for _, m := range g.members {
			if !seen[m.doc] {
				seen[m.doc] = true
				docs = append(docs, m.doc)
			}
		}
		if len(docs) < minArticles {
			continue
		}
		out = append(out, g.quotation(docs))
	}
	return out
}

// quotation renders a group.
func (g *group) quotation(docs []string) Quotation {
	keys := make([]string, len(g.members))
	count := map[string]int{}
	for i, m := range g.members {
		keys[i] = strings.Join(Tokens(m.text), " ")
		count[keys[i]]++
	}
	canon := 0
	better := func(i, j int) bool { // is member i a better canonical wording than member j?
		if count[keys[i]] != count[keys[j]] {
			return count[keys[i]] > count[keys[j]]
		}
		if g.members[i].ntok != g.members[j].ntok {
			return g.members[i].ntok > g.members[j].ntok
		}
		return g.members[i].typ == attribution.Direct && g.members[j].typ != attribution.Direct
	}
	for i := 1; i < len(g.members); i++ {
		if better(i, canon) {
			canon = i
		}
	}
	q := Quotation{
		ID:        g.id,
		Speaker:   g.speaker,
		Canonical: g.members[canon].text,
		Documents: docs,
	}
	csig := newSignature(Tokens(q.Canonical))
	outlets := map[string]bool{}
	for _, m := range g.members {
		if !outlets[m.outlet] {
			outlets[m.outlet] = true
			q.Outlets = append(q.Outlets, m.outlet)
		}
		q.Wordings = append(q.Wordings, Wording{
			Document:   m.doc,
			Outlet:     m.outlet,
			Text:       m.text,
			Type:       m.typ,
			Similarity: newSignature(Tokens(m.text)).similarity(csig),
		})
	}
	slices.Sort(q.Outlets)
	return q
}
