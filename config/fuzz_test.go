package config

import (
	"regexp"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/corpus"
)

var errPos = regexp.MustCompile(`^a\.yaml(:\d+(:\d+)?)?: `)

func FuzzParseAliases(f *testing.F) {
	f.Add(string(corpus.SampleConfig()))
	f.Add("- name: Kim Jong Un\n  aliases: [Kim]\n  exclude: [Kim Yo-jong]\n")
	f.Add("speakers:\n  - name: [unclosed\n")
	f.Add("- &a {name: A}\n- *a\n")
	f.Add("speakers: ~\ntargets:\n  - Russia\n")
	f.Fuzz(func(t *testing.T, data string) {
		sp, err := ParseAliases("a.yaml", []byte(data))
		if err != nil {
			if !errPos.MatchString(err.Error()) {
				t.Fatalf("error %q does not start with a.yaml:LINE:COL", err)
			}
			return
		}
		seen := map[string]bool{}
		for _, s := range sp {
			if strings.TrimSpace(s.Name) == "" {
				t.Fatalf("speaker without a name: %+v", s)
			}
			if seen[strings.ToLower(s.Name)] {
				t.Fatalf("duplicate %q", s.Name)
			}
			seen[strings.ToLower(s.Name)] = true
		}
	})
}
