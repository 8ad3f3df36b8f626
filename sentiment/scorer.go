package sentiment

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	csent "github.com/cdipaolo/sentiment"
	"github.com/jonreiter/govader"
)

// Options configures a Scorer. The zero value gives the default
// (best-measuring) scorer.
type Options struct {
	// Method is "" or "model" (default: the logistic regression fitted on
	// NewsMTSC train, whose features include the rules' scores),
	// "ensemble" (the model's score averaged with the rules'), "rules"
	// (news lexicon + corrected VADER), "vader" (plain govader), "bayes"
	// (plain cdipaolo/sentiment) or "lexicon" (the news lexicon alone).
	// tools/evalstance measures them on NewsMTSC dev; the default is the
	// best.
	Method string
	// Targets are the targets ScoreTargets looks for; nil means DefaultTargets.
	Targets []Target
}

// Scorer scores the stance of texts. It is safe for concurrent use.
type Scorer struct {
	method  string
	targets []Target
	byFirst *[256][]nameRef // the targetNames of each target by first byte, in target order
	// runs[c] has bit runBit(r.run) set for each name r of byFirst[c]
	// and of byFirst[c] lower-cased: it is 0 for the bytes that begin
	// no name
	runs *[256]uint64
	// alnumNames is whether every name begins with an ASCII letter or
	// digit: a mention then starts a run of them, which tokenMentions
	// finds in the tokens
	alnumNames bool
	// longer[c] has bit runBit(r) set when every name of byFirst[c] (c
	// in either case) whose run has that bit goes on for at least two
	// bytes after its run ("the" of "the kremlin"); next[c] is the set of
	// the second of those bytes over byFirst[c]'s names, by bit: a run
	// whose text is not followed by one of them (after any byte) begins
	// no such name, which tokenMentions tells without looking the names
	// up ("the" before most words)
	longer *[256]uint64
	next   *[256][4]uint64
}

var methods = []string{"model", "ensemble", "rules", "vader", "bayes", "lexicon"}

// Methods lists the supported Options.Method values; the first is the default.
func Methods() []string { return append([]string(nil), methods...) }

// New returns a Scorer. It is cheap: the VADER and Naive Bayes models load
// lazily, once per process, on first use.
func New(opts Options) (*Scorer, error) {
	m := strings.ToLower(strings.TrimSpace(opts.Method))
	if m == "" {
		m = methods[0]
	}
	ok := false
	for _, x := range methods {
		ok = ok || x == m
	}
	if !ok {
		return nil, fmt.Errorf("sentiment: unknown method %q; use one of %s", opts.Method, strings.Join(methods, ", "))
	}
	t := opts.Targets
	if t == nil {
		t = DefaultTargets()
	}
	byFirst := new([256][]nameRef)
	for i, x := range t {
		for _, a := range targetNames(x) {
			run := 0
			for run < len(a) && isASCIIAlnum(a[run]) {
				run++
			}
			byFirst[a[0]] = append(byFirst[a[0]], nameRef{i, a, run})
		}
	}
	runs := new([256]uint64)
	alnumNames := true
	for c := range byFirst {
		alnumNames = alnumNames && (len(byFirst[c]) == 0 || isASCIIAlnum(byte(c)))
		for _, r := range byFirst[c] {
			runs[c] |= runBit(r.run)
			if 'a' <= c && c <= 'z' {
				runs[c-'a'+'A'] |= runBit(r.run)
			}
		}
	}
	longer, next := followers(byFirst)
	return &Scorer{method: m, targets: t, byFirst: byFirst, runs: runs, alnumNames: alnumNames, longer: longer, next: next}, nil
}

// followers returns Scorer.longer and Scorer.next of byFirst.
func followers(byFirst *[256][]nameRef) (longer *[256]uint64, next *[256][4]uint64) {
	longer, next = new([256]uint64), new([256][4]uint64)
	var shorter [256]uint64 // the runs' bits of the names that do not go on for two bytes
	for c := range byFirst {
		for _, r := range byFirst[c] {
			if len(r.name) > r.run+1 {
				longer[c] |= runBit(r.run)
				f := r.name[r.run+1]
				next[c][f/64] |= 1 << (f % 64)
			} else {
				shorter[c] |= runBit(r.run)
			}
		}
	}
	for c := range longer {
		longer[c] &^= shorter[c]
	}
	for c := 'a'; c <= 'z'; c++ {
		longer[c-'a'+'A'], next[c-'a'+'A'] = longer[c], next[c]
	}
	return longer, next
}

var (
	vaderOnce sync.Once
	vader     *govader.SentimentIntensityAnalyzer
	bayesOnce sync.Once
	bayes     csent.Models
	bayesErr  error
)

func vaderModel() *govader.SentimentIntensityAnalyzer {
	vaderOnce.Do(func() { vader = govader.NewSentimentIntensityAnalyzer() })
	return vader
}

// vaderScores runs govader itself on the tokens vaderScratch.compound reads,
// joined by single spaces.
func vaderScores(toks []token) govader.Sentiment {
	var b strings.Builder
	for i, t := range toks {
		if vaderMasked(toks, i) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.raw)
	}
	if b.Len() == 0 {
		return govader.Sentiment{Neutral: 1}
	}
	return vaderModel().PolarityScores(b.String())
}

// bayesPositive returns the cdipaolo/sentiment Naive Bayes probability
// that text is positive, in [0, 1] (0.5 when the model cannot be loaded).
func bayesPositive(text string) float64 {
	bayesOnce.Do(func() { bayes, bayesErr = csent.Restore() })
	if bayesErr != nil || bayes == nil {
		return 0.5
	}
	nb := bayes[csent.English]
	if nb == nil {
		return 0.5
	}
	c, p := nb.Probability(text)
	if math.IsNaN(p) {
		return 0.5
	}
	if c == 1 {
		return p
	}
	return 1 - p
}

// LabelOf maps a score to its label.
func LabelOf(score float64) Label {
	switch {
	case score >= labelThreshold:
		return Positive
	case score <= -labelThreshold:
		return Negative
	}
	return Neutral
}

// labelThreshold is the |score| from which a stance is not neutral.
const labelThreshold = 0.12

// Score returns the stance of the whole text.
func (s *Scorer) Score(text string) Result {
	p := prepare(text)
	defer p.release()
	return s.score(p, -1, -1)
}

// ScoreTarget returns the stance of text towards the mention text[start:end]
// (byte offsets). Out-of-range offsets fall back to Score.
func (s *Scorer) ScoreTarget(text string, start, end int) Result {
	if start < 0 || end > len(text) || start >= end {
		return s.Score(text)
	}
	p := prepare(text)
	defer p.release()
	first, last := targetSpan(p.toks, start, end)
	return s.score(p, first, last)
}

// ScoreQuote returns Score(text) and ScoreTargets(text), reading text once:
// the tokens and the untargeted lexicon and VADER scores are shared by all
// of them.
func (s *Scorer) ScoreQuote(text string) (Result, []TargetMention) {
	p := prepare(text)
	defer p.release()
	return s.score(p, -1, -1), s.scoreTargets(p)
}

// prepared is a text read once for scoring it overall and towards any
// number of targets, with the buffers of that scoring: one pooled value
// per call of the Scorer's methods.
type prepared struct {
	text      string
	toks      []token
	tokenized bool // toks holds text's tokens
	ascii     bool // text is ASCII, once tokenized
	// the lexicon and VADER scores of the whole text, once ready
	ready bool
	whole lexResult
	vw    float64
	// emoji is hasEmoji(text), once emojiKnown
	emoji, emojiKnown bool
	// arena holds the bytes of the lower-cased and NOT_ words that are
	// not substrings of text nor words of the tables: strings point into
	// it until release.
	arena []byte
	sc    scratch      // featuresRules' buffers
	vs    vaderScratch // VADER's buffers
}

var preparedPool = sync.Pool{New: func() any { return new(prepared) }}

// prepare tokenizes text; release gives the prepared text back.
func prepare(text string) *prepared {
	p := preparedPool.Get().(*prepared)
	p.text = text
	p.tokenize()
	return p
}

// tokenize sets p.toks to the tokens of p.text.
func (p *prepared) tokenize() {
	p.toks, p.arena, p.ascii = appendTokens(p.toks[:0], p.arena[:0], p.text)
	p.tokenized = true
}

// release puts p back in the pool, dropping its references to the text;
// p must not be used after.
func (p *prepared) release() {
	clear(p.toks)
	p.sc.release()
	p.vs.release()
	p.text, p.toks, p.tokenized, p.ascii, p.arena = "", p.toks[:0], false, false, p.arena[:0]
	p.ready, p.whole, p.vw = false, lexResult{}, 0
	p.emoji, p.emojiKnown = false, false
	preparedPool.Put(p)
}

// untargeted returns the lexicon and VADER scores of the whole text.
func (p *prepared) untargeted() (lexResult, float64) {
	if !p.ready {
		p.whole, p.vw, p.ready = lexiconScore(p.toks, nil), p.vs.compound(p.toks, p.mayEmoji()), true
	}
	return p.whole, p.vw
}

// mayEmoji reports whether a token of the text may hold an emoji that
// govader spells out: hasEmoji(text), read once.
func (p *prepared) mayEmoji() bool {
	if !p.emojiKnown {
		vaderTables()
		// no need to read an ASCII text again when no emoji is ASCII
		p.emoji, p.emojiKnown = !(p.tokenized && p.ascii && !anyEmojiASCII) && hasEmoji(p.text), true
	}
	return p.emoji
}

const (
	targetWindow = 10
	farWeight    = 0.5
)

func clamp(x, lo, hi float64) float64 {
	if math.IsNaN(x) {
		return 0
	}
	return max(lo, min(hi, x)) // math.Max and math.Min when x is not NaN and lo, hi finite
}

func (s *Scorer) score(pq *prepared, first, last int) Result {
	text, toks := pq.text, pq.toks
	if len(toks) == 0 {
		return Result{Score: 0, Label: Neutral, Confidence: 0}
	}
	var sc, conf float64
	switch s.method {
	case "vader":
		sc = vaderModel().PolarityScores(collapseSpace(text)).Compound
		conf = math.Abs(sc)
	case "bayes":
		sc = 2*bayesPositive(text) - 1
		conf = math.Abs(sc)
	case "lexicon":
		l := lexiconScore(toks, pq.weights(first, last))
		sc, conf = l.score, l.conf
	case "model", "ensemble":
		w := modelWeights()
		if w == nil {
			sc, conf = pq.rules(first, last)
			break
		}
		fs := featureSink{w: w}
		r, rc := featuresRules(pq, first, last, &fs)
		z := fs.z
		modelProbs(&z)
		p := z[:]
		sc = probScore(p)
		conf = max(p[0], p[1], p[2]) // math.Max: probabilities are never infinite
		if s.method == "ensemble" {
			sc = ensembleModel*sc + (1-ensembleModel)*r
			conf = ensembleModel*conf + (1-ensembleModel)*rc
		}
	default:
		sc, conf = pq.rules(first, last)
	}
	sc = clamp(sc, -1, 1)
	return Result{Score: sc, Label: LabelOf(sc), Confidence: clamp(conf, 0, 1)}
}

// probScore maps class probabilities to a score whose LabelOf is the most
// probable class, with p(positive)-p(negative) as its size.
func probScore(p []float64) float64 {
	d := p[2] - p[0]
	switch {
	case p[2] >= p[1] && p[2] >= p[0]:
		return max(d, labelThreshold)
	case p[0] >= p[1]:
		return min(d, -labelThreshold)
	}
	return d * labelThreshold * 0.99
}

// ensembleModel is the fitted model's share of the ensemble score.
const ensembleModel = 0.5

// rules combines the news lexicon with corrected VADER, towards the target
// toks[first:last+1] (first < 0: the whole text).
func (p *prepared) rules(first, last int) (sc, conf float64) {
	if first < 0 {
		return rulesFrom(p.untargeted())
	}
	return rulesFrom(p.targeted(first, last))
}

// targeted returns the lexicon and VADER scores towards the target
// toks[first:last+1] (first >= 0): the lexicon's weighted by
// appendTargetWeights, VADER's on the target's window.
func (p *prepared) targeted(first, last int) (lexResult, float64) {
	w := p.weights(first, last)
	l := lexiconScore(p.toks, w)
	p.sc.win = appendWindow(p.sc.win[:0], p.toks, w)
	p.sc.winUsed = max(p.sc.winUsed, len(p.sc.win))
	return l, p.vs.compound(p.sc.win, p.mayEmoji())
}

// weights is appendTargetWeights on p's tokens, in p's buffer.
func (p *prepared) weights(first, last int) []float64 {
	w := appendTargetWeights(p.sc.w[:0], p.toks, first, last)
	if w != nil {
		p.sc.w = w
	}
	return w
}

// rulesFrom blends a lexicon result with a VADER compound score.
func rulesFrom(l lexResult, v float64) (sc, conf float64) {
	sc = lexWeight*l.score + (1-lexWeight)*v
	conf = l.conf*0.6 + math.Abs(v)*0.4
	if l.hedged {
		conf *= 0.7
	}
	return sc, conf
}

const lexWeight = 0.6

// appendWindow appends to out the target's window: the tokens of toks
// with full weight w.
func appendWindow(out []token, toks []token, w []float64) []token {
	for i, t := range toks {
		if w[i] >= 1 {
			out = append(out, t)
		}
	}
	return out
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// token is a word or punctuation mark with its byte span: start to
// start+len(raw).
type token struct {
	raw, low string
	start    int       // the byte offset of raw in the text
	info     *wordInfo // lookupWord(low)
	// alnum is whether raw is one run of ASCII letters and digits.
	// curly is whether raw holds ’, which low has as ' (a word's VADER
	// lower case, vaderLower, is then not low); same is whether raw is
	// its own VADER lower case
	alnum, curly, same bool
}

// lowerWord returns strings.ToLower(strings.ReplaceAll(raw, "’", "'"))
// and its wordInfo. A lower-cased ASCII word in no table is appended to
// arena, which lowerWord returns, and points into it; otherwise raw is
// ASCII and lower-case or a word of the tables and lowerWord does not
// allocate.
func lowerWord(raw string, arena []byte) (string, *wordInfo, []byte) {
	upper := false
	h := fnvOffset // wordHash of the word lower-cased
	for k := 0; k < len(raw); k++ {
		c := raw[k]
		if c >= utf8.RuneSelf {
			return lowerWordSlow(raw, arena)
		}
		upper = upper || 'A' <= c && c <= 'Z'
		h = fnvStep(h, asciiLowerByte[c])
	}
	return lowerASCIIWord(raw, h, upper, arena)
}

// lowerWordSlow is lowerWord of a word with a byte above ASCII.
func lowerWordSlow(raw string, arena []byte) (string, *wordInfo, []byte) {
	low := strings.ToLower(strings.ReplaceAll(raw, "’", "'"))
	return low, lookupWord(low), arena
}

// lowerCurlyWord is lowerWord of a word raw whose bytes above ASCII are
// all ’ (ok; else it returns ok false and arena as it was), without
// strings.ToLower and strings.ReplaceAll: its lower case is raw's ASCII
// lower-cased and ’ as '. upper is whether raw has an ASCII capital.
func lowerCurlyWord(raw string, arena []byte) (low string, info *wordInfo, upper bool, _ []byte, ok bool) {
	n := len(arena)
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c < utf8.RuneSelf:
			upper = upper || 'A' <= c && c <= 'Z'
			arena = append(arena, asciiLowerByte[c])
			i++
		case strings.HasPrefix(raw[i:], "’"):
			arena = append(arena, '\'')
			i += len("’")
		default:
			return "", nil, false, arena[:n], false
		}
	}
	low = unsafe.String(&arena[n], len(arena)-n)
	if in := lookupWord(low); in != &noInfo {
		return in.word, in, upper, arena[:n], true
	}
	return low, &noInfo, upper, arena, true
}

// lowerASCIIWord is lowerWord of the ASCII word raw, whose lower case has
// the wordHash h; upper is whether raw has an upper-case letter.
func lowerASCIIWord(raw string, h uint32, upper bool, arena []byte) (string, *wordInfo, []byte) {
	if !upper {
		return raw, lookupWordHash(raw, h), arena
	}
	n := len(arena)
	arena = append(arena, raw...)
	b := arena[n:]
	for k, c := range b {
		b[k] = asciiLowerByte[c]
	}
	low := unsafe.String(unsafe.SliceData(b), len(b))
	if in := lookupWordHash(low, h); in != &noInfo {
		return in.word, in, arena[:n]
	}
	return low, &noInfo, arena
}

// asciiAlnumLower maps each ASCII letter and digit to its lower case,
// other bytes to 0.
var asciiAlnumLower = func() (t [256]byte) {
	for c := range t {
		if isASCIIAlnum(byte(c)) {
			t[c] = asciiLowerByte[c]
		}
	}
	return
}()

// asciiLowerByte maps each ASCII byte to its lower case.
var asciiLowerByte = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = lowerASCII(byte(c))
	}
	return
}()

// punctInfo is lookupWord of a punctuation token, from a table for ASCII.
func punctInfo(p string) *wordInfo {
	if len(p) == 1 {
		asciiInfoOnce.Do(func() {
			for c := range asciiInfo {
				asciiInfo[c] = lookupWord(string(rune(c)))
			}
		})
		return asciiInfo[p[0]]
	}
	return lookupWord(p)
}

var (
	asciiInfoOnce sync.Once
	asciiInfo     [utf8.RuneSelf]*wordInfo
)

// tokenize splits text into words (letters, digits, apostrophes, hyphens
// inside words) and single punctuation marks.
func tokenize(text string) []token {
	toks, _, _ := appendTokens(nil, nil, text)
	return toks
}

// ASCII classes for appendTokens: what unicode.IsSpace, IsLetter and
// IsDigit say of each byte below utf8.RuneSelf.
const (
	clSpace = 1 << iota
	clLetter
	clDigit
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		r := rune(c)
		if unicode.IsSpace(r) {
			t[c] |= clSpace
		}
		if unicode.IsLetter(r) {
			t[c] |= clLetter
		}
		if unicode.IsDigit(r) {
			t[c] |= clDigit
		}
	}
	return
}()

// runeAtSlow decodes the rune at text[i], above ASCII: the rune, its size
// and its classes. appendTokens reads ASCII from asciiClass itself.
func runeAtSlow(text string, i int) (rune, int, uint8) {
	r, n := utf8.DecodeRuneInString(text[i:])
	if generalPunct(r) {
		return r, n, 0
	}
	var cl uint8
	switch {
	case unicode.IsSpace(r):
		cl = clSpace
	case unicode.IsLetter(r):
		cl = clLetter
	case unicode.IsDigit(r):
		cl = clDigit
	}
	return r, n, cl
}

// generalPunct reports whether r is one of the General Punctuation
// block's dashes, quotation marks and dots, U+2010 to U+2027 (’, “, ”, —,
// …, common in news), none of which is a space, letter or digit: runeAtSlow
// classes them without the unicode tables.
func generalPunct(r rune) bool { return 0x2010 <= r && r <= 0x2027 }

// appendTokens appends the tokens of text to toks, and the bytes of the
// words lowerWord copies to arena; the tokens' strings point into text,
// the tables and arena. textASCII is whether text is ASCII: every byte
// above ASCII is read by runeAtSlow here or in a word by scanWord.
func appendTokens(toks []token, arena []byte, text string) (_ []token, _ []byte, textASCII bool) {
	textASCII = true
	for i := 0; i < len(text); {
		n, cl := 1, uint8(0)
		if c := text[i]; c < utf8.RuneSelf {
			cl = asciiClass[c]
		} else {
			var r rune
			textASCII = false
			if r, n, cl = runeAtSlow(text, i); r == utf8.RuneError && n == 1 {
				i++
				continue
			}
		}
		if cl&clSpace != 0 {
			i += n
			continue
		}
		if cl&(clLetter|clDigit) != 0 {
			j, h, caps, ascii, alnum := scanWord(text, i)
			textASCII = textASCII && ascii
			upper := caps != 0
			raw := text[i:j]
			var low string
			var info *wordInfo
			if ascii {
				if upper {
					low, info, arena = lowerASCIIWord(raw, h, upper, arena)
				} else {
					low, info = raw, lookupWordHash(raw, h) // lowerASCIIWord's, one call less
				}
				// every field set in place: appending a token literal
				// builds it on the stack and copies it
				if len(toks) == cap(toks) {
					toks = slices.Grow(toks, 1)
				}
				toks = toks[:len(toks)+1]
				t := &toks[len(toks)-1]
				t.raw, t.low, t.start, t.info = raw, low, i, info
				t.alnum, t.curly, t.same = alnum, false, !upper
			} else {
				var curlyOnly bool
				if low, info, upper, arena, curlyOnly = lowerCurlyWord(raw, arena); curlyOnly {
					// its VADER lower case is raw lower-cased in ASCII,
					// which is raw when raw has no capital
					toks = append(toks, token{raw: raw, low: low, start: i, info: info, curly: true, same: !upper})
				} else {
					low, info, arena = lowerWordSlow(raw, arena)
					toks = append(toks, token{raw: raw, low: low, start: i, info: info, curly: strings.Contains(raw, "’")})
					t := &toks[len(toks)-1]
					t.same = raw == vaderLower(t)
				}
			}
			i = j
			if i < len(text) && text[i] == ' ' {
				i++ // the space that mostly follows a word, without a turn of the loop
			}
			continue
		}
		// a punctuation mark is its own low and VADER lower case (see
		// vaderLower)
		p := text[i : i+n]
		toks = append(toks, token{raw: p, low: p, start: i, info: punctInfo(p), curly: n == 3 && p == "’", same: true})
		i += n
	}
	return toks, arena, textASCII
}

// wordJoins holds the bytes that may go on a word after a run of ASCII
// letters and digits, for scanWord: ', -, . and the bytes above ASCII.
var wordJoins = func() (t [256]bool) {
	for c := range t {
		t[c] = c == '\'' || c == '-' || c == '.' || c >= utf8.RuneSelf
	}
	return
}()

// scanWord returns the end j of the word that begins at text[i], a letter
// or digit, and, while it is ASCII (ascii), the wordHash h of its lower
// case and whether it has capitals (caps != 0), as lowerWord computes
// them; alnum is whether the word is one run of ASCII letters and digits.
// It is apart from appendTokens so that its loop keeps its variables in
// registers.
func scanWord(text string, i int) (j int, h uint32, caps byte, ascii, alnum bool) {
	j, h, ascii, alnum = i, fnvOffset, true, true
	for {
		// the run of ASCII letters and digits at j
		for j < len(text) {
			c := text[j]
			lc := asciiAlnumLower[c]
			if lc == 0 {
				break
			}
			caps |= c ^ lc
			h = (h ^ uint32(lc)) * fnvPrime // fnvStep(h, lc), without the inlining mark in the loop
			j++
		}
		if j >= len(text) || !wordJoins[text[j]] {
			return // mostly a space or punctuation mark ends the word
		}
		r2, n2 := rune(text[j]), 1
		if r2 >= utf8.RuneSelf {
			var cl2 uint8
			r2, n2, cl2 = runeAtSlow(text, j)
			if cl2&(clLetter|clDigit) != 0 {
				ascii, alnum = false, false
				j += n2
				continue
			}
		}
		if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.') && j+n2 < len(text) {
			cl3 := uint8(0)
			if c := text[j+n2]; c < utf8.RuneSelf {
				cl3 = asciiClass[c]
			} else {
				_, _, cl3 = runeAtSlow(text, j+n2)
			}
			if cl3&clLetter != 0 {
				if r2 == '’' {
					ascii = false
				} else {
					h = fnvStep(h, byte(r2))
				}
				alnum = false
				j += n2
				continue
			}
		}
		return
	}
}

// DefaultTargets returns the sample corpus's targets with their aliases.
func DefaultTargets() []Target {
	return []Target{
		{Name: "Russia", Aliases: []string{"Russia", "Russian Federation", "Moscow", "the Kremlin", "Kremlin"}},
		{Name: "North Korea", Aliases: []string{"North Korea", "DPRK", "Pyongyang", "Democratic People's Republic of Korea"}},
		{Name: "the United States", Aliases: []string{"the United States", "United States", "the US", "the U.S.", "U.S.", "USA", "Washington", "America"}},
		{Name: "Ukraine", Aliases: []string{"Ukraine", "Kyiv", "Kiev"}},
		{Name: "China", Aliases: []string{"China", "Beijing", "PRC"}},
	}
}

// TargetMention is a configured target found in a text, with the stance
// towards it.
type TargetMention struct {
	Target     string
	Start, End int // byte offsets of the first mention
	Stance     Result
}

// ScoreTargets finds each configured target mentioned in text (first
// mention; aliases matched case-insensitively at word boundaries) and scores
// the stance towards it, in config order.
func (s *Scorer) ScoreTargets(text string) []TargetMention {
	p := preparedPool.Get().(*prepared)
	defer p.release()
	p.text = text
	return s.scoreTargets(p)
}

// scoreTargets is ScoreTargets on p, which it tokenizes when a target is
// mentioned.
func (s *Scorer) scoreTargets(p *prepared) []TargetMention {
	if len(s.targets) == 0 {
		return nil
	}
	var buf [2 * 8]int
	span := buf[:0]
	if len(s.targets) > len(buf)/2 {
		span = make([]int, 0, 2*len(s.targets))
	}
	for range s.targets {
		span = append(span, -1, -1)
	}
	if p.tokenized && s.alnumNames {
		s.tokenMentions(p.text, p.toks, span)
	} else {
		s.mentions(p.text, span)
	}
	var out []TargetMention
	for k, t := range s.targets {
		bs, be := span[2*k], span[2*k+1]
		if bs >= 0 {
			if !p.tokenized {
				p.tokenize()
			}
			first, last := targetSpan(p.toks, bs, be)
			out = append(out, TargetMention{Target: t.Name, Start: bs, End: be, Stance: s.score(p, first, last)})
		}
	}
	return out
}

// mentions sets span[2k], span[2k+1] to the byte offsets of the first
// mention in text of target k (-1, -1 when none): the earliest start of
// one of its names, ASCII case-insensitively and at word boundaries, the
// longest name winning at one start. It reads text once, a run of ASCII
// letters and digits at a time (only its first byte can begin a mention),
// looking names up by their first byte and the length of that run (a
// name that matches at a start with a boundary after it begins with a run
// as long as text's there).
func (s *Scorer) mentions(text string, span []int) {
	left := len(s.targets)
	for i := 0; i < len(text) && left > 0; {
		c := text[i]
		j := i + 1 // the end of the run of ASCII letters and digits at i, if any
		run := 0
		if isASCIIAlnum(c) {
			for j < len(text) && isASCIIAlnum(text[j]) {
				j++
			}
			run = j - i
		}
		if s.runs[c]&runBit(run) != 0 {
			left -= s.mentionsAt(text, i, run, span) // several targets' mentions may start at i
		}
		i = j
	}
}

// tokenMentions is mentions(text, span) read from text's tokens toks, for
// a Scorer whose names all begin with an ASCII letter or digit: such a
// mention begins a run of ASCII letters and digits, which lies within a
// word token (the token itself, for most: token.alnum), so only the runs
// of the tokens are looked at, not every byte.
func (s *Scorer) tokenMentions(text string, toks []token, span []int) {
	left := len(s.targets)
	for k := nextMention(toks, 0, s.runs); k < len(toks); k = nextMention(toks, k+1, s.runs) {
		if t := &toks[k]; t.alnum {
			if c := t.raw[0]; s.longer[c]&runBit(len(t.raw)) != 0 {
				// the names that begin with this run go on for two
				// bytes at least: the second must be one of next[c]
				e := t.start + len(t.raw) + 1
				if e >= len(text) {
					continue
				}
				if f := lowerASCII(text[e]); s.next[c][f/64]&(1<<(f%64)) == 0 {
					continue
				}
			}
			left -= s.mentionsAt(text, t.start, len(t.raw), span)
		} else {
			left -= s.runMentions(text, t, span)
		}
		if left == 0 {
			return
		}
	}
}

// nextMention returns the index of the first token from toks[k] that may
// hold a mention (len(toks) for none): a run of ASCII letters and digits
// that begins a name (runs as Scorer.runs), or a token with other bytes
// and some ASCII byte. A one-byte punctuation mark holds no run, and nor
// does a token of up to four bytes that begins and ends with bytes above
// ASCII: one multi-byte rune ("“", "—"), or two of two bytes each, tokens
// being valid UTF-8. It is apart from tokenMentions so that its loop keeps
// its few variables in registers.
//
//go:noinline
func nextMention(toks []token, k int, runs *[256]uint64) int {
	for ; k < len(toks); k++ {
		if t := &toks[k]; t.alnum {
			if runs[t.raw[0]]&runBit(len(t.raw)) != 0 {
				return k
			}
		} else if n := len(t.raw); n > 4 || n > 1 && (t.raw[0] < utf8.RuneSelf || t.raw[n-1] < utf8.RuneSelf) {
			return k
		}
	}
	return k
}

// runMentions is mentionsAt for each run of ASCII letters and digits
// within a token that is no such run itself: a word with other bytes, or
// none in a punctuation mark.
func (s *Scorer) runMentions(text string, t *token, span []int) int {
	n := 0
	raw := t.raw
	for i := 0; i < len(raw); {
		if !isASCIIAlnum(raw[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(raw) && isASCIIAlnum(raw[j]) {
			j++
		}
		if s.runs[raw[i]]&runBit(j-i) != 0 {
			n += s.mentionsAt(text, t.start+i, j-i, span)
		}
		i = j
	}
	return n
}

// mentionsAt sets the spans of the targets not yet found whose first
// mention starts at text[i], the start of a run of run ASCII letters and
// digits, as mentions does, and returns how many there were.
func (s *Scorer) mentionsAt(text string, i, run int, span []int) int {
	n := 0
	for s.startsMention(text, i, run, span) {
		n++
	}
	return n
}

// startsMention sets the span of the first target, in target order, not
// yet found whose name starts at text[i] (at word boundaries; run is the
// length of the run of ASCII letters and digits at i) and reports whether
// there was one.
func (s *Scorer) startsMention(text string, i, run int, span []int) bool {
	if i > 0 {
		// isBoundary(text, i, true), reading an ASCII byte before i
		// itself
		if prev := text[i-1]; prev < utf8.RuneSelf {
			if isASCIIAlnum(prev) {
				return false
			}
		} else if !isBoundary(text, i, true) {
			return false
		}
	}
	for _, r := range s.byFirst[lowerASCII(text[i])] {
		if r.run != run || span[2*r.target] >= 0 {
			continue
		}
		// the name's last byte first, as hasPrefixFold compares it:
		// names that share their first word ("the …") mostly differ
		// there
		en := i + len(r.name)
		if en > len(text) {
			continue
		}
		if lowerASCII(text[en-1]) != r.name[len(r.name)-1] || !hasPrefixFold(text[i:], r.name) {
			continue
		}
		if isBoundary(text, en, false) {
			span[2*r.target], span[2*r.target+1] = i, en
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether asciiLower(s) begins with the ASCII
// lower-case prefix.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		if lowerASCII(s[k]) != prefix[k] {
			return false
		}
	}
	return true
}

// runBit is the bit of Scorer.runs for a run of length run.
func runBit(run int) uint64 { return 1 << min(run, 63) }

// nameRef is a name of target number target.
type nameRef struct {
	target int
	name   string
	run    int // the length of the run of ASCII letters and digits name begins with
}

// targetNames returns the names of t that ScoreTargets looks for: its name
// and aliases trimmed and ASCII lower-cased, longest first, empty ones
// dropped.
func targetNames(t Target) []string {
	names := append([]string{t.Name}, t.Aliases...)
	sort.SliceStable(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	out := names[:0]
	for _, a := range names {
		if a = asciiLower(strings.TrimSpace(a)); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool { return asciiAlnum[c] }

// asciiAlnum is isASCIIAlnum of each byte.
var asciiAlnum = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return
}()

func isBoundary(s string, i int, before bool) bool {
	var r rune
	if before {
		if i == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(s[:i])
	} else {
		if i >= len(s) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return !(unicode.IsLetter(r) || unicode.IsDigit(r))
}
