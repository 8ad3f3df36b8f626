package trace

import "strings"

// refTokens is Tokens as first written, kept as the oracle the fast
// tokenizer is checked against: the whole text folded, split into words
// of letters, digits and apostrophes, and each word normalised through
// plain map lookups.
func refTokens(text string) []string {
	var out []string
	add := func(e string) {
		if e == "" || stopwords[e] {
			return
		}
		s := refStem(e)
		if r, ok := synonyms[s]; ok {
			s = r
		}
		out = append(out, s)
	}
	words := strings.FieldsFunc(fold(text), func(r rune) bool { return !isWordRune(r) })
	for _, w := range words {
		if strings.IndexByte(w, '\'') < 0 {
			add(w)
			continue
		}
		w = strings.Trim(w, "'")
		for _, e := range strings.Fields(expand(w)) {
			add(strings.ReplaceAll(e, "'", ""))
		}
	}
	return out
}

// refStem is stem as first written.
func refStem(w string) string {
	if b, ok := irregular[w]; ok {
		w = b
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ied"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ing"):
		w = undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed"):
		w = undouble(w[:n-2])
	case n > 4 && strings.HasSuffix(w, "es") && strings.ContainsRune("sxz", rune(w[n-3])):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	switch {
	case len(w) > 3 && strings.HasSuffix(w, "e"):
		w = w[:len(w)-1]
	case len(w) > 5 && strings.HasSuffix(w, "ian"): // demonyms: "Russian" → "Russia"
		w = w[:len(w)-1]
	}
	return w
}
