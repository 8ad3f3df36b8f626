// Package stance implements the stance command: the stance of arbitrary
// texts, overall or towards a target, for users and for measurement.
package stance

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/quotelens/quotelens/internal/cli/cmdutil"
	"github.com/quotelens/quotelens/report"
	"github.com/quotelens/quotelens/sentiment"
)

// NewCmdStance returns the stance command.
func NewCmdStance(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "stance [FILE|-]",
		Short: "Score the stance of texts: one per line, or JSON lines with text and target",
		Long: `Scores the stance of each input text: a score in [-1, 1], a label (negative,
neutral, positive) and a confidence.

Input (FILE, or standard input when FILE is - or missing): one text per line, or
JSON lines with "text" and an optional "target" (a mention in the text, such as
"Russia"); with a target, the stance is the text's stance towards it. Output
(--format jsonl, csv or table) repeats the input fields and adds stance, label
and confidence.`,
		Example: `  echo 'China will be hardly too happy about it' | quotelens stance --format jsonl
  quotelens stance --format csv texts.jsonl`,
		Args: cmdutil.MaxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return run(cmd, f, args)
		},
	}
}

type item struct {
	line   int
	text   string
	target string
	extra  map[string]json.RawMessage // other JSON fields, kept in the output
	result sentiment.Result
	found  bool // the target was found in the text
}

func run(cmd *cobra.Command, f *cmdutil.Factory, args []string) error {
	cfg, err := f.LoadConfig(cmd)
	if err != nil {
		return err
	}
	if err := cmdutil.CheckFormat(cfg.Format, "jsonl", "csv", "table", "markdown", "json"); err != nil {
		return err
	}
	scorer, err := sentiment.New(sentiment.Options{Method: cfg.Scorer})
	if err != nil {
		return cmdutil.Usagef("--scorer %q: %v; use one of %s", cfg.Scorer, err, strings.Join(sentiment.Methods(), ", "))
	}
	name, in := "standard input", f.IO.In
	if len(args) == 1 && args[0] != "-" {
		file, err := os.Open(args[0])
		if err != nil {
			return fmt.Errorf("%w; check the path", err)
		}
		defer file.Close()
		name, in = args[0], file
	}
	out, err := cmdutil.OpenOutput(cfg.Output, f.IO.Out)
	if err != nil {
		return err
	}
	defer out.Abort()

	var table *report.Table
	if cfg.Format != "jsonl" {
		table = &report.Table{Name: "stance", Title: "Stance", Header: []string{"line", "text", "target", "stance", "label", "confidence"}}
	}
	bw := bufio.NewWriter(out)
	err = scan(name, in, func(it *item) error {
		if it.target != "" {
			if at := indexFold(it.text, it.target); at >= 0 {
				it.found = true
				it.result = scorer.ScoreTarget(it.text, at, at+len(it.target))
			}
		}
		if !it.found {
			it.result = scorer.Score(it.text)
		}
		if table != nil {
			table.Rows = append(table.Rows, []string{strconv.Itoa(it.line), it.text, it.target,
				strconv.FormatFloat(it.result.Score, 'f', 3, 64), string(it.result.Label),
				strconv.FormatFloat(it.result.Confidence, 'f', 3, 64)})
			return nil
		}
		return writeJSONL(bw, it)
	})
	if err != nil {
		return err
	}
	if table != nil {
		if err := report.WriteTablesWith(bw, cfg.Format, report.TableOptions{BOM: cfg.BOM}, *table); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return out.Commit()
}

// scan reads one text per line: JSON objects with "text" (and optional
// "target"), or plain text. Blank lines are skipped.
func scan(name string, r io.Reader, fn func(*item) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		it := &item{line: n}
		if line[0] == '{' {
			if err := json.Unmarshal(line, &it.extra); err != nil {
				return fmt.Errorf("%s:%d: not a JSON object: %v; give one JSON object or one plain text per line", name, n, err)
			}
			for key, dst := range map[string]*string{"text": &it.text, "target": &it.target} {
				if raw, ok := it.extra[key]; ok {
					if err := json.Unmarshal(raw, dst); err != nil {
						return fmt.Errorf("%s:%d: %q must be a string", name, n, key)
					}
					delete(it.extra, key)
				}
			}
			if it.text == "" {
				return fmt.Errorf(`%s:%d: the JSON object has no "text"; add the text to score`, name, n)
			}
		} else {
			it.text = string(line)
		}
		if err := fn(it); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func writeJSONL(w io.Writer, it *item) error {
	var b bytes.Buffer
	b.WriteByte('{')
	field := func(k string, v any) {
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		kj, _ := json.Marshal(k)
		vj, _ := json.Marshal(v)
		b.Write(kj)
		b.WriteByte(':')
		b.Write(vj)
	}
	field("text", it.text)
	if it.target != "" {
		field("target", it.target)
		field("target_found", it.found)
	}
	keys := make([]string, 0, len(it.extra))
	for k := range it.extra {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		field(k, it.extra[k])
	}
	field("stance", json.Number(strconv.FormatFloat(it.result.Score, 'f', 3, 64)))
	field("label", it.result.Label)
	field("confidence", json.Number(strconv.FormatFloat(it.result.Confidence, 'f', 3, 64)))
	b.WriteString("}\n")
	_, err := w.Write(b.Bytes())
	return err
}

// indexFold is the byte offset of the first case-insensitive occurrence of
// sub in s, or -1.
func indexFold(s, sub string) int {
	if i := strings.Index(s, sub); i >= 0 {
		return i
	}
	ls := strings.ToLower(s)
	if len(ls) != len(s) {
		return -1 // lower-casing changed byte lengths: offsets would not map back
	}
	return strings.Index(ls, strings.ToLower(sub))
}
