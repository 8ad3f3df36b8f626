package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/quotelens/quotelens/attribution"
	"github.com/quotelens/quotelens/sentiment"
	"go.yaml.in/yaml/v3"
)

// posError is an error at a position in a file.
func posError(name string, n *yaml.Node, format string, args ...any) error {
	if n == nil {
		return fmt.Errorf("%s: %s", name, fmt.Sprintf(format, args...))
	}
	return fmt.Errorf("%s:%d:%d: %s", name, n.Line, n.Column, fmt.Sprintf(format, args...))
}

// parseYAML parses data into its document node; a syntax error names the
// file and line.
func parseYAML(name string, data []byte) (*yaml.Node, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, yamlError(name, data, err)
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	n := doc.Content[0]
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n, nil
}

// parserErrors are the yaml parser's messages whose line numbers count
// from 0.
var parserErrors = []string{
	"did not find expected <document start>", "did not find expected node content", "did not find expected key",
	"did not find expected '-' indicator", "did not find expected ',' or ']'", "did not find expected ',' or '}'",
}

func yamlError(name string, data []byte, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var line int
	if _, e := fmt.Sscanf(msg, "line %d:", &line); e == nil {
		rest := strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
		// yaml counts lines from 0 in parser (not scanner) errors, and
		// then names the line where the unclosed construct began.
		for _, p := range parserErrors {
			if rest == p {
				line++
				rest += " (in what starts on this line)"
				break
			}
		}
		if n := bytes.Count(bytes.TrimRight(data, "\r\n \t"), []byte("\n")) + 1; line > n {
			line = n // the end of the file
		}
		return fmt.Errorf("%s:%d: %s; fix the YAML syntax", name, line, rest)
	}
	return fmt.Errorf("%s: %s; fix the YAML syntax", name, msg)
}

func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "empty"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

// ParseAliases parses a speaker alias file: a YAML list of speakers, or a
// mapping with a speakers: list (and optionally targets:). A speaker has
// name (required), aliases, group, role, kind (person, organisation or
// group) and exclude. Errors name name:LINE:COL, what is wrong and what to
// do.
func ParseAliases(name string, data []byte) ([]attribution.Speaker, error) {
	sp, _, err := parseAliasFile(name, data)
	return sp, err
}

// LoadAliases reads and parses the alias file at path (see ParseAliases).
func LoadAliases(path string) ([]attribution.Speaker, error) {
	sp, _, err := loadAliasFile(path)
	return sp, err
}

func loadAliasFile(path string) ([]attribution.Speaker, []sentiment.Target, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("alias file %s: %v; check the --aliases path", path, unwrap(err))
	}
	return parseAliasFile(path, data)
}

func parseAliasFile(name string, data []byte) ([]attribution.Speaker, []sentiment.Target, error) {
	root, err := parseYAML(name, data)
	if err != nil {
		return nil, nil, err
	}
	if root == nil {
		return nil, nil, nil
	}
	switch root.Kind {
	case yaml.SequenceNode:
		sp, err := parseSpeakers(name, root)
		return sp, nil, err
	case yaml.MappingNode:
		var speakers []attribution.Speaker
		var targets []sentiment.Target
		for i := 0; i+1 < len(root.Content); i += 2 {
			k, v := root.Content[i], resolve(root.Content[i+1])
			switch k.Value {
			case "speakers":
				if speakers, err = parseSpeakers(name, v); err != nil {
					return nil, nil, err
				}
			case "targets":
				if targets, err = parseTargets(name, v); err != nil {
					return nil, nil, err
				}
			default:
				return nil, nil, posError(name, k, "unknown key %q in an alias file; use speakers: and targets:", k.Value)
			}
		}
		return speakers, targets, nil
	}
	return nil, nil, posError(name, root, "an alias file is a list of speakers or a mapping with speakers:; found %s", kindName(root))
}

var speakerFields = []string{"name", "aliases", "group", "role", "kind", "exclude"}

func parseSpeakers(name string, n *yaml.Node) ([]attribution.Speaker, error) {
	n = resolve(n)
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, posError(name, n, "speakers must be a list of speakers (- name: ...); found %s", kindName(n))
	}
	var out []attribution.Speaker
	seen := map[string]*yaml.Node{}
	for _, item := range n.Content {
		item = resolve(item)
		if item.Kind != yaml.MappingNode {
			return nil, posError(name, item, "a speaker must be a mapping with name: and optionally %s; found %s", strings.Join(speakerFields[1:], ", "), kindName(item))
		}
		var s attribution.Speaker
		var nameNode *yaml.Node
		for i := 0; i+1 < len(item.Content); i += 2 {
			k, v := item.Content[i], resolve(item.Content[i+1])
			var err error
			switch k.Value {
			case "name":
				s.Name, err = scalar(name, k.Value, v)
				nameNode = v
			case "aliases":
				s.Aliases, err = stringList(name, k.Value, v)
			case "group":
				s.Affiliation, err = scalar(name, k.Value, v)
			case "role":
				s.Role, err = scalar(name, k.Value, v)
			case "exclude":
				s.Exclude, err = stringList(name, k.Value, v)
			case "kind":
				var kind string
				kind, err = scalar(name, k.Value, v)
				switch attribution.SpeakerKind(kind) {
				case "":
				case attribution.Person, attribution.Organisation, attribution.Group:
					s.Kind = attribution.SpeakerKind(kind)
				case "organization":
					s.Kind = attribution.Organisation
				default:
					if err == nil {
						err = posError(name, v, "unknown kind %q; use person, organisation or group", kind)
					}
				}
			default:
				err = posError(name, k, "unknown speaker field %q; use %s", k.Value, strings.Join(speakerFields, ", "))
			}
			if err != nil {
				return nil, err
			}
		}
		s.Name = strings.TrimSpace(s.Name)
		if s.Name == "" {
			return nil, posError(name, item, "speaker without a name; add name: with the speaker's canonical name")
		}
		if prev, dup := seen[strings.ToLower(s.Name)]; dup {
			return nil, posError(name, nameNode, "speaker %q is listed twice (first at line %d); merge the two entries", s.Name, prev.Line)
		}
		seen[strings.ToLower(s.Name)] = nameNode
		out = append(out, s)
	}
	return out, nil
}

func parseTargets(name string, n *yaml.Node) ([]sentiment.Target, error) {
	n = resolve(n)
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, posError(name, n, "targets must be a list (- name: ... aliases: [...]); found %s", kindName(n))
	}
	var out []sentiment.Target
	seen := map[string]int{}
	for _, item := range n.Content {
		item = resolve(item)
		var t sentiment.Target
		var nameNode *yaml.Node
		switch item.Kind {
		case yaml.ScalarNode: // "- Russia"
			t.Name, nameNode = strings.TrimSpace(item.Value), item
		case yaml.MappingNode:
			for i := 0; i+1 < len(item.Content); i += 2 {
				k, v := item.Content[i], resolve(item.Content[i+1])
				var err error
				switch k.Value {
				case "name":
					t.Name, err = scalar(name, k.Value, v)
					nameNode = v
				case "aliases":
					t.Aliases, err = stringList(name, k.Value, v)
				default:
					err = posError(name, k, "unknown target field %q; use name and aliases", k.Value)
				}
				if err != nil {
					return nil, err
				}
			}
		default:
			return nil, posError(name, item, "a target must be a name or a mapping with name: and aliases:; found %s", kindName(item))
		}
		t.Name = strings.TrimSpace(t.Name)
		if t.Name == "" {
			return nil, posError(name, item, "target without a name; add name:")
		}
		if line, dup := seen[strings.ToLower(t.Name)]; dup {
			return nil, posError(name, nameNode, "target %q is listed twice (first at line %d); merge the two entries", t.Name, line)
		}
		seen[strings.ToLower(t.Name)] = nameNode.Line
		out = append(out, t)
	}
	return out, nil
}

func scalar(name, key string, n *yaml.Node) (string, error) {
	if n.Kind != yaml.ScalarNode {
		return "", posError(name, n, "%s must be a single value; found %s", key, kindName(n))
	}
	if n.Tag == "!!null" {
		return "", nil
	}
	return n.Value, nil
}

func stringList(name, key string, n *yaml.Node) ([]string, error) {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return nil, nil
		}
		if v := strings.TrimSpace(n.Value); v != "" {
			return []string{v}, nil
		}
		return nil, nil
	case yaml.SequenceNode:
		var out []string
		for _, c := range n.Content {
			c = resolve(c)
			if c.Kind != yaml.ScalarNode {
				return nil, posError(name, c, "each of %s must be a single name; found %s", key, kindName(c))
			}
			if v := strings.TrimSpace(c.Value); v != "" {
				out = append(out, v)
			}
		}
		return out, nil
	}
	return nil, posError(name, n, "%s must be a list of names ([a, b]); found %s", key, kindName(n))
}
