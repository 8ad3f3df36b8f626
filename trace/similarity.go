package trace

import (
	"slices"
)

// Weights of the two measures combined by Similarity.
const (
	containmentWeight = 0.7
	shingleWeight     = 1 - containmentWeight
	// minSetSize damps containment for very short wordings: a quote of one
	// or two content words contained in a longer one is weak evidence.
	minSetSize = 3
)

// signature is the compact form of a wording that similarity is computed
// on: the sorted distinct hashes of its content tokens and of its
// two-token shingles.
type signature struct {
	tokens   []uint64
	shingles []uint64
}

// hashString is 64-bit FNV-1a.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// newSignature builds the signature of normalised tokens.
func newSignature(toks []string) signature {
	hs := make([]uint64, len(toks))
	for i, t := range toks {
		hs[i] = hashString(t)
	}
	return signatureOfHashes(hs)
}

// signatureOf returns the signature of Tokens(text) and the number of
// tokens, hashing the tokens as they are found with tz's buffers.
func signatureOf(text string, tz *tokenizer) (signature, int) {
	tz.tokens(text)
	return signatureOfHashes(tz.hashes), len(tz.hashes)
}

// signatureOfHashes builds the signature of the token hashes hs, in text
// order, in one allocation; hs is not kept.
func signatureOfHashes(hs []uint64) signature {
	if len(hs) == 0 {
		return signature{}
	}
	return signatureIn(make([]uint64, 2*len(hs)-1), hs)
}

// signatureIn builds the signature of the token hashes hs, at least one,
// in buf, which holds exactly 2*len(hs)-1 hashes; hs is not kept.
func signatureIn(buf, hs []uint64) signature {
	var sig signature
	buf = buf[:len(hs)]
	copy(buf, hs)
	sig.tokens = sortedSet(buf)
	sig.tokens = sig.tokens[:len(sig.tokens):len(sig.tokens)]
	if len(hs) > 1 {
		sh := buf[len(hs):len(hs)]
		for i := 1; i < len(hs); i++ {
			// asymmetric mix so that "a b" and "b a" differ
			sh = append(sh, hs[i-1]*31+hs[i]*1099511628211+0x9e3779b97f4a7c15)
		}
		sig.shingles = sortedSet(sh)
	}
	return sig
}

// sortedSet sorts hs and drops its duplicates, in place, and returns the
// distinct hashes. Short lists, which most wordings have, are sorted by
// insertion, skipping duplicates as they come: for them slices.Sort and
// slices.Compact cost several times more.
func sortedSet(hs []uint64) []uint64 {
	if len(hs) > 32 {
		slices.Sort(hs)
		return slices.Compact(hs)
	}
	n := 0 // hs[:n] is sorted and distinct; hs[i] for i >= n is still to read
	for i, v := range hs {
		h, j := hs[:i+1], min(n, i) // n <= i: the bounds the compiler needs to check no index
		for ; j > 0 && h[j-1] > v; j-- {
			h[j] = h[j-1]
		}
		if j > 0 && h[j-1] == v { // a duplicate: shift back what made room for it
			for ; j < n; j++ {
				h[j] = h[j+1]
			}
			continue
		}
		h[j] = v
		n++
	}
	return hs[:n]
}

// overlap counts the elements common to two sorted distinct slices.
func overlap(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// similarity combines token containment (shared tokens over the size of
// the smaller set, so a truncated wording still matches its full form)
// with the Jaccard index of the shingles (word order). It is symmetric and
// in [0, 1].
func (a signature) similarity(b signature) float64 {
	if len(a.tokens) == 0 || len(b.tokens) == 0 {
		return 0
	}
	small := min(len(a.tokens), len(b.tokens))
	large := max(len(a.tokens), len(b.tokens))
	cont := float64(overlap(a.tokens, b.tokens)) / float64(max(small, min(minSetSize, large)))
	var jac float64
	if len(a.shingles) > 0 && len(b.shingles) > 0 {
		common := overlap(a.shingles, b.shingles)
		jac = float64(common) / float64(len(a.shingles)+len(b.shingles)-common)
	} else if slices.Equal(a.tokens, b.tokens) {
		jac = 1 // two one-word wordings that are the same word
	}
	s := containmentWeight*cont + shingleWeight*jac
	return min(max(s, 0), 1)
}

// Similarity says how close two wordings are in what they say, in [0, 1]:
// 1 for the same words (up to case, punctuation, diacritics, contractions,
// inflection and common synonyms), high when one is a truncation of the
// other, low for different remarks. It is symmetric.
func Similarity(a, b string) float64 {
	return newSignature(Tokens(a)).similarity(newSignature(Tokens(b)))
}

// upperBound bounds a.similarity(b) from above knowing that the two share
// at most n tokens, without merging the shingle lists.
func upperBound(a, b signature, n int) float64 {
	if len(a.tokens) == 0 || len(b.tokens) == 0 {
		return 0
	}
	small := min(len(a.tokens), len(b.tokens))
	large := max(len(a.tokens), len(b.tokens))
	cont := float64(min(n, small)) / float64(max(small, min(minSetSize, large)))
	jac := 1.0
	if sa, sb := len(a.shingles), len(b.shingles); sa > 0 && sb > 0 {
		// the shared shingles are at most the smaller list
		jac = float64(min(sa, sb)) / float64(max(sa, sb))
	}
	return containmentWeight*cont + shingleWeight*jac
}
