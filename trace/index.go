package trace

import (
	"slices"
	"strconv"
	"strings"

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
	members []member
}

// block holds one speaker's quotations and an inverted index from token
// hash to those quotations, so a new quote is only compared with the
// quotations of its speaker that share words with it.
type block struct {
	groups   []int32            // indexes into Index.groups of this speaker's quotations
	postings map[uint64][]int32 // token → indexes into groups
}

// Index groups quotes into quotations as articles are added. It is not
// safe for concurrent use; add articles from one goroutine, in input
// order, for deterministic ids.
type Index struct {
	threshold float64
	groups    []*group
	blocks    map[string]*block
	counts    []int32 // scratch: local candidate → shared tokens
	touched   []int32 // scratch: local candidates with counts > 0
	outlets   map[string]string
}

// NewIndex returns an empty index.
func NewIndex(opts Options) *Index {
	t := opts.Threshold
	if t <= 0 {
		t = DefaultThreshold
	}
	return &Index{
		threshold: t,
		blocks:    map[string]*block{},
		outlets:   map[string]string{},
	}
}

// Add assigns each quote of art, in order, to a quotation: the existing
// quotation by the same speaker whose fullest wording is most similar to
// the quote's content, when that similarity reaches the threshold, or
// else a new quotation. It sets each quote's Quotation to the id ("Q1",
// "Q2", … in order of creation). Quotes with no speaker or no content
// words get no quotation ("").
func (ix *Index) Add(art *analysis.Article) {
	doc, outlet := "", ""
	if art.Article != nil {
		doc, outlet = art.Document, art.Outlet
	}
	doc, outlet = ix.intern(doc), ix.intern(outlet)
	for i := range art.Quotes {
		q := &art.Quotes[i]
		q.Quotation = ""
		if strings.TrimSpace(q.Speaker) == "" {
			continue
		}
		toks := Tokens(q.Content)
		if len(toks) == 0 {
			continue
		}
		sig := newSignature(toks)
		m := member{doc: doc, outlet: outlet, text: strings.Clone(q.Content), typ: q.Type, ntok: len(toks)}
		q.Quotation = ix.place(q.Speaker, sig, m)
	}
}

// intern returns one shared copy of s, so members do not keep article
// texts alive.
func (ix *Index) intern(s string) string {
	if v, ok := ix.outlets[s]; ok {
		return v
	}
	c := strings.Clone(s)
	ix.outlets[c] = c
	return c
}

// place finds or creates the quotation for a quote and returns its id.
func (ix *Index) place(speaker string, sig signature, m member) string {
	blk := ix.blocks[speaker]
	if blk == nil {
		blk = &block{postings: map[uint64][]int32{}}
		ix.blocks[ix.intern(speaker)] = blk
	}
	if cap(ix.counts) < len(blk.groups) {
		ix.counts = make([]int32, len(blk.groups), 2*len(blk.groups))
	}
	counts := ix.counts[:len(blk.groups)]
	ix.touched = ix.touched[:0]
	skipped := false
	for _, t := range sig.tokens {
		post := blk.postings[t]
		if len(post) > maxPosting {
			skipped = true
			continue
		}
		for _, l := range post {
			if counts[l] == 0 {
				ix.touched = append(ix.touched, l)
			}
			counts[l]++
		}
	}
	need := int32(min(2, len(sig.tokens)))
	best, bestSim := int32(-1), 0.0
	for _, l := range ix.touched {
		n := counts[l]
		counts[l] = 0
		if n < need {
			continue
		}
		g := ix.groups[blk.groups[l]]
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
		g := ix.groups[blk.groups[best]]
		g.members = append(g.members, m)
		if len(sig.tokens) > len(g.rep.tokens) {
			for _, t := range sig.tokens {
				if _, found := slices.BinarySearch(g.rep.tokens, t); !found {
					blk.postings[t] = append(blk.postings[t], best)
				}
			}
			g.rep = sig
		}
		return g.id
	}
	gi := int32(len(ix.groups))
	g := &group{id: "Q" + strconv.Itoa(len(ix.groups)+1), speaker: ix.intern(speaker), rep: sig, members: []member{m}}
	ix.groups = append(ix.groups, g)
	local := int32(len(blk.groups))
	blk.groups = append(blk.groups, gi)
	for _, t := range sig.tokens {
		blk.postings[t] = append(blk.postings[t], local)
	}
	return g.id
}

// Len returns the number of quotations, including those carried by one
// article only.
func (ix *Index) Len() int { return len(ix.groups) }

// Quotations returns the quotations carried by at least minArticles
// distinct documents (minArticles < 1 counts as 1), in order of first
// appearance. Each has its canonical wording — the wording most members
// share (after normalisation), ties going to the fullest, then to a direct
// quote, then to the first — its distinct outlets sorted, its documents in
// input order, and one Wording per member with its similarity to the
// canonical wording.
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
