package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/corpus"
	"github.com/quotelens/quotelens/sentiment"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	"go.yaml.in/yaml/v3"
)

// Config is the resolved configuration of one run.
type Config struct {
	Aliases  string                // alias file path ("" = none)
	Speakers []attribution.Speaker // from the alias file and/or inline speakers: in the config file
	Targets  []sentiment.Target    // from targets: in the alias or config file; empty = the caller's default
	Manifest string                // manifest file path ("" = none)
	Format   string                // output format; default "table"
	Output   string                // output file (-o); "" = standard output
	Jobs     int                   // articles analysed at once; default runtime.NumCPU()
	MaxSize  int64                 // per-article size limit in bytes; default 16 MiB
	Quiet    bool                  // no progress bar
	BOM      bool                  // UTF-8 byte-order mark before CSV output
	Scorer   string                // stance method; "" = the default one
	File     string                // the config file used ("" if none)
}

// LoadOptions says where Load looks.
type LoadOptions struct {
	// File is the config file given with --config; "" means search.
	File string
	// Dir is the working folder searched for quotelens.yaml; "" means ".".
	Dir string
	// Flags are the command's flags; only those the user set count.
	Flags *pflag.FlagSet
	// Env is the environment as KEY=VALUE; nil means os.Environ().
	Env []string
	// UserConfigDir replaces os.UserConfigDir() when not empty.
	UserConfigDir string
}

// EnvPrefix starts the environment variable of every key:
// QUOTELENS_MAX_SIZE for max-size.
const EnvPrefix = "QUOTELENS_"

// key kinds, for validation.
const (
	kString = iota
	kInt
	kBool
	kSize
	kSpeakers
	kTargets
)

var keyKinds = map[string]int{
	"aliases": kString, "speakers": kSpeakers, "targets": kTargets, "manifest": kString,
	"format": kString, "output": kString, "jobs": kInt, "max-size": kSize,
	"quiet": kBool, "bom": kBool, "scorer": kString,
}

// Keys returns the known configuration keys. Flags and config-file keys
// have these names; environment variables are QUOTELENS_ and the key in
// upper case with - as _.
func Keys() []string {
	return []string{"aliases", "speakers", "targets", "manifest", "format", "output", "jobs", "max-size", "quiet", "bom", "scorer"}
}

// EnvName returns the environment variable for key: QUOTELENS_MAX_SIZE.
func EnvName(key string) string {
	return EnvPrefix + strings.ToUpper(strings.ReplaceAll(key, "-", "_"))
}

func defaults() map[string]any {
	return map[string]any{
		"aliases": "", "manifest": "", "format": "table", "output": "", "jobs": runtime.NumCPU(),
		"max-size": strconv.FormatInt(corpus.DefaultMaxSize, 10), "quiet": false, "bom": false, "scorer": "",
	}
}

// Load resolves configuration: the flags the user set win over QUOTELENS_*
// environment variables, which win over the config file, which wins over
// the defaults. The config file is opts.File, else quotelens.yaml in
// opts.Dir, else quotelens/config.yaml in the user config folder. Relative
// aliases: and manifest: paths in a config file are taken from the file's
// folder. Problems in a file are errors naming FILE:LINE:COL.
func Load(opts LoadOptions) (*Config, error) {
	v := viper.New()
	for k, d := range defaults() {
		v.SetDefault(k, d)
	}
	cfg := &Config{}
	file, err := findFile(opts)
	if err != nil {
		return nil, err
	}
	var fileSpeakers []attribution.Speaker
	var fileTargets []sentiment.Target
	if file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("config file %s: %v; check the --config path", file, unwrap(err))
		}
		values, sp, tg, err := parseConfig(file, data)
		if err != nil {
			return nil, err
		}
		fileSpeakers, fileTargets = sp, tg
		if err := v.MergeConfigMap(values); err != nil {
			return nil, fmt.Errorf("config file %s: %v", file, err)
		}
		cfg.File = file
	}
	// The environment sits over the file: merge it as a config layer.
	env := opts.Env
	if env == nil {
		env = os.Environ()
	}
	envValues := map[string]any{}
	for _, kv := range env {
		k, val, ok := strings.Cut(kv, "=")
		if !ok || !strings.HasPrefix(k, EnvPrefix) || val == "" {
			continue
		}
		for key, kind := range keyKinds {
			if EnvName(key) != k || kind == kSpeakers || kind == kTargets {
				continue
			}
			if err := checkValue(kind, val); err != nil {
				return nil, fmt.Errorf("environment variable %s=%q: %v", k, val, err)
			}
			envValues[key] = val
		}
	}
	if len(envValues) > 0 {
		if err := v.MergeConfigMap(envValues); err != nil {
			return nil, err
		}
	}
	if opts.Flags != nil {
		for _, key := range Keys() {
			if f := opts.Flags.Lookup(key); f != nil {
				if err := v.BindPFlag(key, f); err != nil {
					return nil, err
				}
				if f.Changed {
					if err := checkValue(keyKinds[key], f.Value.String()); err != nil {
						return nil, fmt.Errorf("--%s %s: %v", key, f.Value.String(), err)
					}
				}
			}
		}
	}
	cfg.Aliases = v.GetString("aliases")
	cfg.Manifest = v.GetString("manifest")
	cfg.Format = v.GetString("format")
	cfg.Output = v.GetString("output")
	cfg.Scorer = v.GetString("scorer")
	cfg.Quiet = v.GetBool("quiet")
	cfg.BOM = v.GetBool("bom")
	cfg.Jobs, err = strconv.Atoi(strings.TrimSpace(v.GetString("jobs")))
	if err != nil || cfg.Jobs < 1 {
		cfg.Jobs = runtime.NumCPU()
	}
	if cfg.MaxSize, err = corpus.ParseSize(v.GetString("max-size")); err != nil {
		return nil, fmt.Errorf("max-size: %v", err)
	}
	if cfg.Aliases != "" {
		sp, tg, err := loadAliasFile(cfg.Aliases)
		if err != nil {
			return nil, err
		}
		cfg.Speakers, cfg.Targets = sp, tg
	}
	cfg.Speakers = mergeSpeakers(cfg.Speakers, fileSpeakers)
	cfg.Targets = mergeTargets(cfg.Targets, fileTargets)
	return cfg, nil
}

// mergeSpeakers appends to a the speakers of b not already named in a.
func mergeSpeakers(a, b []attribution.Speaker) []attribution.Speaker {
	seen := map[string]bool{}
	for _, s := range a {
		seen[strings.ToLower(s.Name)] = true
	}
	for _, s := range b {
		if !seen[strings.ToLower(s.Name)] {
			a = append(a, s)
		}
	}
	return a
}

// mergeTargets appends to a the targets of b not already named in a.
func mergeTargets(a, b []sentiment.Target) []sentiment.Target {
	seen := map[string]bool{}
	for _, t := range a {
		seen[strings.ToLower(t.Name)] = true
	}
	for _, t := range b {
		if !seen[strings.ToLower(t.Name)] {
			a = append(a, t)
		}
	}
	return a
}

func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// findFile returns the config file to use, or "" for none.
func findFile(opts LoadOptions) (string, error) {
	if opts.File != "" {
		if _, err := os.Stat(opts.File); err != nil {
			return "", fmt.Errorf("config file %s: %v; check the --config path", opts.File, unwrap(err))
		}
		return opts.File, nil
	}
	dir := opts.Dir
	if dir == "" {
		dir = "."
	}
	if p := filepath.Join(dir, "quotelens.yaml"); isFile(p) {
		return p, nil
	}
	ucd := opts.UserConfigDir
	if ucd == "" {
		var err error
		if ucd, err = os.UserConfigDir(); err != nil {
			return "", nil
		}
	}
	if p := filepath.Join(ucd, "quotelens", "config.yaml"); isFile(p) {
		return p, nil
	}
	return "", nil
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

// checkValue checks a flag or environment value of a kind.
func checkValue(kind int, val string) error {
	switch kind {
	case kInt:
		n, err := strconv.Atoi(strings.TrimSpace(val))
		if err != nil || n < 1 {
			return errors.New("not a whole number of at least 1; give e.g. 4")
		}
	case kBool:
		if _, err := strconv.ParseBool(strings.TrimSpace(val)); err != nil {
			return errors.New("not true or false")
		}
	case kSize:
		if _, err := corpus.ParseSize(val); err != nil {
			return err
		}
	}
	return nil
}

// parseConfig validates a config file and returns its plain values (with
// relative paths resolved against the file's folder), speakers and
// targets.
func parseConfig(name string, data []byte) (map[string]any, []attribution.Speaker, []sentiment.Target, error) {
	root, err := parseYAML(name, data)
	if err != nil || root == nil {
		return map[string]any{}, nil, nil, err
	}
	if root.Kind != yaml.MappingNode {
		return nil, nil, nil, posError(name, root, "a config file is a mapping of keys (format: csv); found %s", kindName(root))
	}
	values := map[string]any{}
	var speakers []attribution.Speaker
	var targets []sentiment.Target
	seen := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], resolve(root.Content[i+1])
		kind, ok := keyKinds[k.Value]
		if !ok {
			return nil, nil, nil, posError(name, k, "unknown key %q; known keys are %s", k.Value, strings.Join(Keys(), ", "))
		}
		if line, dup := seen[k.Value]; dup {
			return nil, nil, nil, posError(name, k, "key %q given twice (first at line %d); keep one", k.Value, line)
		}
		seen[k.Value] = k.Line
		if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
			continue // "key:" with no value: the default
		}
		switch kind {
		case kSpeakers:
			if speakers, err = parseSpeakers(name, v); err != nil {
				return nil, nil, nil, err
			}
			continue
		case kTargets:
			if targets, err = parseTargets(name, v); err != nil {
				return nil, nil, nil, err
			}
			continue
		}
		if v.Kind != yaml.ScalarNode {
			return nil, nil, nil, posError(name, v, "%s must be a single value; found %s", k.Value, kindName(v))
		}
		switch kind {
		case kString:
			if v.Tag != "!!str" && v.Tag != "!!int" && v.Tag != "!!float" {
				return nil, nil, nil, posError(name, v, "%s must be text; found %s", k.Value, kindName(v))
			}
			val := v.Value
			if (k.Value == "aliases" || k.Value == "manifest") && val != "" && !filepath.IsAbs(val) {
				val = filepath.Join(filepath.Dir(name), val)
			}
			values[k.Value] = val
		case kInt:
			n, err := strconv.Atoi(v.Value)
			if v.Tag != "!!int" || err != nil || n < 1 {
				return nil, nil, nil, posError(name, v, "%s must be a whole number of at least 1; found %s", k.Value, kindName(v))
			}
			values[k.Value] = n
		case kBool:
			if v.Tag != "!!bool" {
				return nil, nil, nil, posError(name, v, "%s must be true or false; found %s", k.Value, kindName(v))
			}
			b, _ := strconv.ParseBool(strings.ToLower(v.Value))
			values[k.Value] = b
		case kSize:
			if _, err := corpus.ParseSize(v.Value); err != nil {
				return nil, nil, nil, posError(name, v, "%v", err)
			}
			values[k.Value] = v.Value
		}
	}
	return values, speakers, targets, nil
}

// SampleConfig returns the sample corpus's configuration: the speakers
// and targets of corpus.SampleConfig(), with the other settings at their
// defaults.
func SampleConfig() (*Config, error) {
	_, sp, tg, err := parseConfig("sample/quotelens.yaml", corpus.SampleConfig())
	if err != nil {
		return nil, err
	}
	return &Config{Speakers: sp, Targets: tg, Format: "table", Jobs: runtime.NumCPU(), MaxSize: corpus.DefaultMaxSize}, nil
}
