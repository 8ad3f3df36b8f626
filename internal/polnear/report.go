package polnear

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// WriteSummary prints precision, recall and F1 overall and by kind, and the
// speaker accuracy, as an aligned table.
func WriteSummary(w io.Writer, r *Result) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "kind\tgold\tpred\tP\tR\tF1\t")
	row := func(name string, c Counts) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", name, c.Gold, c.Pred, c.Precision(), c.Recall(), c.F1())
	}
	for _, k := range Kinds {
		row(string(k), r.ByKind[k])
	}
	q := r.ByKind[Quoted]
	m := r.ByKind[MixedKind]
	row("quoted+mixed", Counts{
		Gold: q.Gold + m.Gold, Pred: q.Pred + m.Pred,
		MatchedG: q.MatchedG + m.MatchedG, MatchedP: q.MatchedP + m.MatchedP,
	})
	row("all", r.Overall)
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "speaker accuracy (named gold sources): %.3f (%d/%d)\n", r.SpeakerAccuracy(), r.SpeakerCorrect, r.SpeakerTotal)
	return err
}

// WritePublishers prints precision, recall and F1 of all contents and of
// quoted+mixed ones, and speaker accuracy, per publisher.
func WritePublishers(w io.Writer, r *Result) error {
	pubs := map[string]bool{}
	for _, dr := range r.Docs {
		pubs[dr.Doc.Publisher] = true
	}
	names := make([]string, 0, len(pubs))
	for p := range pubs {
		names = append(names, p)
	}
	sort.Strings(names)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "publisher\tdocs\tgold\tP\tR\tF1\tquoted+mixed F1\tspeaker\t")
	for _, p := range names {
		sub := r.Subset(func(d *Document) bool { return d.Publisher == p })
		q, m := sub.ByKind[Quoted], sub.ByKind[MixedKind]
		qm := Counts{Gold: q.Gold + m.Gold, Pred: q.Pred + m.Pred, MatchedG: q.MatchedG + m.MatchedG, MatchedP: q.MatchedP + m.MatchedP}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", orNone(p), len(sub.Docs), sub.Overall.Gold,
			sub.Overall.Precision(), sub.Overall.Recall(), sub.Overall.F1(), qm.F1(), sub.SpeakerAccuracy())
	}
	return tw.Flush()
}

// ErrorFilter selects which errors WriteErrors prints.
type ErrorFilter struct {
	Max      int    // at most this many of each sort (misses, false positives, speaker errors); 0 means none
	Doc      string // only documents whose name contains this; "" for all
	Kind     Kind   // only errors of this kind; "" for all
	Context  int    // bytes of context shown each side; 0 means 60
	Speakers bool   // also list speaker errors
}

// WriteErrors prints, per article, the gold contents that were missed, the
// predictions that matched nothing and (with f.Speakers) the matched quotes
// whose speaker disagrees with a named gold source.
func WriteErrors(w io.Writer, r *Result, f ErrorFilter) error {
	ctx := f.Context
	if ctx <= 0 {
		ctx = 60
	}
	misses, fps, spk := 0, 0, 0
	for _, dr := range r.Docs {
		if f.Doc != "" && !strings.Contains(dr.Doc.Name, f.Doc) {
			continue
		}
		var b strings.Builder
		for _, g := range dr.Misses {
			if misses >= f.Max || (f.Kind != "" && g.Kind != f.Kind) {
				continue
			}
			misses++
			fmt.Fprintf(&b, "  MISS [%s] %s\n", g.Kind, showSpans(dr.Doc.Text, g.Content, ctx))
			fmt.Fprintf(&b, "       source=%q cue=%q\n", g.SourceText, g.CueText)
		}
		for _, p := range dr.FalsePositives {
			if fps >= f.Max || (f.Kind != "" && p.Kind != f.Kind) {
				continue
			}
			fps++
			fmt.Fprintf(&b, "  FP   [%s/%s] %s\n", p.Kind, p.Type, showSpans(dr.Doc.Text, []Span{{p.Start, p.End}}, ctx))
			fmt.Fprintf(&b, "       speaker=%q mention=%q cue=%q\n", p.Speaker, p.Mention, p.Cue)
		}
		if f.Speakers {
			for _, m := range dr.Matches {
				if !m.Named || m.SpeakerOK || spk >= f.Max || (f.Kind != "" && m.Gold.Kind != f.Kind) {
					continue
				}
				spk++
				fmt.Fprintf(&b, "  SPKR [%s] %s\n", m.Gold.Kind, showSpans(dr.Doc.Text, m.Gold.Content, 0))
				fmt.Fprintf(&b, "       gold source=%q predicted speaker=%q mention=%q\n", m.Gold.SourceText, m.Pred.Speaker, m.Pred.Mention)
			}
		}
		if b.Len() > 0 {
			if _, err := fmt.Fprintf(w, "== %s (%s)\n%s", dr.Doc.Name, dr.Doc.Publisher, b.String()); err != nil {
				return err
			}
		}
	}
	return nil
}

// showSpans renders spans of text in context as «…» marks around each span,
// on one line.
func showSpans(text string, spans []Span, ctx int) string {
	if len(spans) == 0 {
		return ""
	}
	start := max(0, spans[0].Start-ctx)
	end := min(len(text), spans[len(spans)-1].End+ctx)
	for start > 0 && !isBoundary(text, start) {
		start--
	}
	for end < len(text) && !isBoundary(text, end) {
		end++
	}
	var b strings.Builder
	pos := start
	for _, s := range spans {
		b.WriteString(text[pos:s.Start])
		b.WriteString("⟦")
		b.WriteString(text[s.Start:s.End])
		b.WriteString("⟧")
		pos = s.End
	}
	b.WriteString(text[pos:end])
	return strings.Join(strings.Fields(b.String()), " ")
}

func isBoundary(s string, i int) bool { return i == len(s) || s[i]&0xC0 != 0x80 }
