package config

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotelens/quotelens/attribution"
	"github.com/spf13/pflag"
)

func write(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// flags returns a flag set like the CLI's, with args parsed.
func flags(t *testing.T, args ...string) *pflag.FlagSet {
	t.Helper()
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	fs.String("config", "", "")
	fs.String("aliases", "", "")
	fs.String("manifest", "", "")
	fs.StringP("format", "f", "table", "")
	fs.StringP("output", "o", "", "")
	fs.IntP("jobs", "j", runtime.NumCPU(), "")
	fs.String("max-size", "16MiB", "")
	fs.BoolP("quiet", "q", false, "")
	fs.Bool("bom", false, "")
	fs.String("scorer", "", "")
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return fs
}

func TestLoadPrecedence(t *testing.T) {
	tests := []struct {
		name  string
		file  string // quotelens.yaml in the working folder; "" = none
		user  string // quotelens/config.yaml in the user config folder
		env   []string
		args  []string
		check func(c *Config) string
	}{
		{"defaults", "", "", nil, nil, func(c *Config) string {
			return cmp.Diff(&Config{Format: "table", Jobs: runtime.NumCPU(), MaxSize: 16 << 20}, c)
		}},
		{"file", "format: csv\njobs: 3\nmax-size: 1MB\nquiet: true\nbom: true\nscorer: vader\noutput: out.csv\n", "", nil, nil, func(c *Config) string {
			return cmp.Diff(&Config{Format: "csv", Jobs: 3, MaxSize: 1 << 20, Quiet: true, BOM: true, Scorer: "vader", Output: "out.csv"}, c)
		}},
		{"env over file", "format: csv\njobs: 3\n", "", []string{"QUOTELENS_FORMAT=json", "QUOTELENS_MAX_SIZE=2KiB", "QUOTELENS_QUIET=true", "OTHER=x"}, nil, func(c *Config) string {
			return cmp.Diff(&Config{Format: "json", Jobs: 3, MaxSize: 2 << 10, Quiet: true}, c)
		}},
		{"empty env is unset", "format: csv\n", "", []string{"QUOTELENS_FORMAT="}, nil, func(c *Config) string {
			return cmp.Diff("csv", c.Format)
		}},
		{"flag over env over file", "format: csv\njobs: 3\n", "", []string{"QUOTELENS_FORMAT=json", "QUOTELENS_JOBS=5"}, []string{"--format", "markdown"}, func(c *Config) string {
			return cmp.Diff(&Config{Format: "markdown", Jobs: 5, MaxSize: 16 << 20}, c)
		}},
		{"flag at its default value still wins when set", "format: csv\n", "", nil, []string{"--format=table", "-j", "1", "--max-size", "3MB"}, func(c *Config) string {
			return cmp.Diff(&Config{Format: "table", Jobs: 1, MaxSize: 3 << 20}, c)
		}},
		{"unset flags do not win", "format: csv\n", "", nil, []string{"--quiet"}, func(c *Config) string {
			return cmp.Diff(&Config{Format: "csv", Jobs: runtime.NumCPU(), MaxSize: 16 << 20, Quiet: true}, c)
		}},
		{"user config folder", "", "format: json\n", nil, nil, func(c *Config) string {
			return cmp.Diff("json", c.Format)
		}},
		{"working folder over user config folder", "format: csv\n", "format: json\n", nil, nil, func(c *Config) string {
			return cmp.Diff("csv", c.Format)
		}},
		{"inline speakers and targets", "speakers:\n  - name: Jane Roe\n    aliases: [Roe]\ntargets:\n  - Russia\n  - name: China\n    aliases: [Beijing]\n", "", nil, nil, func(c *Config) string {
			return cmp.Diff([]attribution.Speaker{{Name: "Jane Roe", Aliases: []string{"Roe"}}}, c.Speakers) +
				cmp.Diff(2, len(c.Targets)) + cmp.Diff("Beijing", c.Targets[1].Aliases[0])
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, user := t.TempDir(), t.TempDir()
			var file string
			if tt.file != "" {
				file = write(t, filepath.Join(dir, "quotelens.yaml"), tt.file)
			}
			if tt.user != "" {
				u := write(t, filepath.Join(user, "quotelens", "config.yaml"), tt.user)
				if file == "" {
					file = u
				}
			}
			env := tt.env
			if env == nil {
				env = []string{}
			}
			c, err := Load(LoadOptions{Dir: dir, Flags: flags(t, tt.args...), Env: env, UserConfigDir: user})
			if err != nil {
				t.Fatal(err)
			}
			if c.File != file {
				t.Errorf("File = %q, want %q", c.File, file)
			}
			c.File = ""
			if d := tt.check(c); d != "" {
				t.Errorf("config (-want +got):\n%s", d)
			}
		})
	}
}

func TestLoadPaths(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "conf", "people.yaml"), "- name: Jane Roe\n  aliases: [Ms. Roe]\n")
	cfgFile := write(t, filepath.Join(dir, "conf", "q.yaml"), "aliases: people.yaml\nmanifest: meta/m.csv\nspeakers:\n  - name: John Doe\n  - name: Jane Roe\n    role: ignored, the alias file wins\n")
	c, err := Load(LoadOptions{File: cfgFile, Dir: t.TempDir(), Env: []string{}, UserConfigDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "conf", "people.yaml"); c.Aliases != want {
		t.Errorf("Aliases = %q, want %q", c.Aliases, want)
	}
	if want := filepath.Join(dir, "conf", "meta", "m.csv"); c.Manifest != want {
		t.Errorf("Manifest = %q, want %q", c.Manifest, want)
	}
	want := []attribution.Speaker{{Name: "Jane Roe", Aliases: []string{"Ms. Roe"}}, {Name: "John Doe"}}
	if d := cmp.Diff(want, c.Speakers); d != "" {
		t.Errorf("speakers (-want +got):\n%s", d)
	}
	// An --aliases flag is taken as given (relative to the working folder).
	c, err = Load(LoadOptions{File: cfgFile, Flags: flags(t, "--aliases", filepath.Join(dir, "conf", "people.yaml")), Env: []string{}, UserConfigDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if c.Aliases != filepath.Join(dir, "conf", "people.yaml") {
		t.Errorf("Aliases = %q", c.Aliases)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, file string
		env        []string
		args       []string
		aliases    string // alias file content, if any
		want       []string
	}{
		{"unknown key", "format: csv\njobs: 2\ncolour: red\n", nil, nil, "", []string{"q.yaml:3:1:", `unknown key "colour"`, "known keys are"}},
		{"wrong type int", "jobs: many\n", nil, nil, "", []string{"q.yaml:1:7:", "jobs must be a whole number"}},
		{"wrong type bool", "quiet: maybe\n", nil, nil, "", []string{"q.yaml:1:8:", "quiet must be true or false"}},
		{"wrong type string", "format: [csv]\n", nil, nil, "", []string{"q.yaml:1:9:", "format must be a single value"}},
		{"bad size", "max-size: 12 parsecs\n", nil, nil, "", []string{"q.yaml:1:11:", "unknown unit"}},
		{"duplicate key", "format: csv\nformat: json\n", nil, nil, "", []string{"q.yaml:2:1:"}},
		{"not a mapping", "- a\n- b\n", nil, nil, "", []string{"q.yaml:1:1:", "mapping"}},
		{"syntax", "format: csv\n  bad: [\n", nil, nil, "", []string{"q.yaml:", "fix the YAML syntax"}},
		{"speaker without name", "speakers:\n  - aliases: [x]\n", nil, nil, "", []string{"q.yaml:2:5:", "without a name"}},
		{"bad env", "", []string{"QUOTELENS_JOBS=lots"}, nil, "", []string{"QUOTELENS_JOBS", "whole number"}},
		{"bad env size", "", []string{"QUOTELENS_MAX_SIZE=big"}, nil, "", []string{"QUOTELENS_MAX_SIZE", "not a number"}},
		{"bad flag size", "", nil, []string{"--max-size", "1ZB"}, "", []string{"--max-size 1ZB", "unknown unit"}},
		{"alias file syntax", "aliases: a.yaml\n", nil, nil, "speakers:\n  - name: [unclosed\n", []string{"a.yaml:2", "YAML syntax"}},
		{"alias duplicate", "aliases: a.yaml\n", nil, nil, "- name: Kim\n- name: kim\n", []string{"a.yaml:2:9:", "listed twice (first at line 1)"}},
		{"missing alias file", "aliases: nope.yaml\n", nil, nil, "", []string{"nope.yaml", "no such file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			file := write(t, filepath.Join(dir, "q.yaml"), tt.file)
			if tt.aliases != "" {
				write(t, filepath.Join(dir, "a.yaml"), tt.aliases)
			}
			env := tt.env
			if env == nil {
				env = []string{}
			}
			_, err := Load(LoadOptions{File: file, Flags: flags(t, tt.args...), Env: env, UserConfigDir: t.TempDir()})
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
	if _, err := Load(LoadOptions{File: filepath.Join(t.TempDir(), "none.yaml"), Env: []string{}}); err == nil || !strings.Contains(err.Error(), "none.yaml") {
		t.Errorf("missing --config file: err = %v", err)
	}
}

func TestParseAliases(t *testing.T) {
	tests := []struct {
		name, data string
		want       []attribution.Speaker
		err        string
	}{
		{"list", "- name: Kim Jong Un\n  aliases: [Kim Jong-un, Mr. Kim]\n  exclude: [Kim Yo-jong]\n  group: North Korea\n  role: Leader\n",
			[]attribution.Speaker{{Name: "Kim Jong Un", Aliases: []string{"Kim Jong-un", "Mr. Kim"}, Exclude: []string{"Kim Yo-jong"}, Affiliation: "North Korea", Role: "Leader"}}, ""},
		{"mapping", "speakers:\n  - name: KCNA\n    kind: organisation\n  - name: Officials\n    kind: group\n    aliases: officials\n",
			[]attribution.Speaker{{Name: "KCNA", Kind: attribution.Organisation}, {Name: "Officials", Kind: attribution.Group, Aliases: []string{"officials"}}}, ""},
		{"american spelling", "- name: KCNA\n  kind: organization\n", []attribution.Speaker{{Name: "KCNA", Kind: attribution.Organisation}}, ""},
		{"yaml anchors", "- &p\n  name: A\n- name: B\n  aliases: [x]\n", []attribution.Speaker{{Name: "A"}, {Name: "B", Aliases: []string{"x"}}}, ""},
		{"empty", "", nil, ""},
		{"comments only", "# nothing\n", nil, ""},
		{"unknown field", "- name: A\n  alias: [B]\n", nil, `a.yaml:2:3: unknown speaker field "alias"`},
		{"unknown kind", "- name: A\n  kind: robot\n", nil, `a.yaml:2:9: unknown kind "robot"`},
		{"no name", "- aliases: [A]\n", nil, "a.yaml:1:3: speaker without a name"},
		{"blank name", "- name: \"  \"\n", nil, "a.yaml:1:3: speaker without a name"},
		{"duplicate", "- name: A\n- name: B\n- name: A\n", nil, `a.yaml:3:9: speaker "A" is listed twice`},
		{"scalar root", "just text\n", nil, "a.yaml:1:1: an alias file is a list"},
		{"unknown top key", "people:\n  - name: A\n", nil, `a.yaml:1:1: unknown key "people"`},
		{"name is a list", "- name: [A, B]\n", nil, "a.yaml:1:9: name must be a single value"},
		{"alias is a mapping", "- name: A\n  aliases: {x: y}\n", nil, "a.yaml:2:12: aliases must be a list"},
		{"syntax", "- name: [unclosed\n", nil, "a.yaml:1: did not find"},
		{"syntax on line 2", "speakers:\n  - name: [unclosed\n", nil, "a.yaml:2: did not find expected ',' or ']'"},
		{"key expected", "a: 1\n- b\n", nil, "a.yaml:2: did not find expected key"},
		{"scanner error", "- name: a\n  role: b: c\n", nil, "a.yaml:2: mapping values"},
		{"tab indentation", "-\tname: A\n\t- x\n", nil, "a.yaml:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseAliases("a.yaml", []byte(tt.data))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("speakers (-want +got):\n%s", d)
			}
		})
	}
}

func TestSampleConfig(t *testing.T) {
	c, err := SampleConfig()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]attribution.Speaker{}
	for _, s := range c.Speakers {
		names[s.Name] = s
	}
	for _, n := range []string{"Vladimir Putin", "Kim Jong Un", "Kim Yo-jong", "Matthew Miller", "Michael Kofman", "Andrei Lankov", "Korean Central News Agency"} {
		if _, ok := names[n]; !ok {
			t.Errorf("sample config lacks %s", n)
		}
	}
	if k := names["Kim Jong Un"]; len(k.Exclude) == 0 || k.Affiliation != "North Korea" {
		t.Errorf("Kim Jong Un = %+v", k)
	}
	if names["Korean Central News Agency"].Kind != attribution.Organisation {
		t.Errorf("KCNA kind = %q", names["Korean Central News Agency"].Kind)
	}
	if len(c.Targets) != 5 {
		t.Errorf("targets = %v", c.Targets)
	}
}

func TestKeys(t *testing.T) {
	for _, k := range Keys() {
		if _, ok := keyKinds[k]; !ok {
			t.Errorf("key %q has no kind", k)
		}
	}
	if len(Keys()) != len(keyKinds) {
		t.Errorf("Keys() = %v, kinds %d", Keys(), len(keyKinds))
	}
	if got := EnvName("max-size"); got != "QUOTELENS_MAX_SIZE" {
		t.Errorf("EnvName = %q", got)
	}
}
