package config_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/quotelens/quotelens/config"
)

func ExampleLoad() {
	dir, _ := os.MkdirTemp("", "config-example")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "quotelens.yaml"), []byte("format: csv\njobs: 2\n"), 0o644)

	cfg, err := config.Load(config.LoadOptions{
		Dir:           dir,
		Env:           []string{"QUOTELENS_JOBS=4", "QUOTELENS_MAX_SIZE=1MB"},
		UserConfigDir: dir,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(cfg.Format, cfg.Jobs, cfg.MaxSize)
	// Output:
	// csv 4 1048576
}

func ExampleParseAliases() {
	speakers, err := config.ParseAliases("aliases.yaml", []byte(`
- name: Kim Jong Un
  aliases: [Kim Jong-un, Mr. Kim]
  exclude: [Kim Yo-jong]
  group: North Korea
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(speakers[0].Name, speakers[0].Aliases, speakers[0].Affiliation)

	_, err = config.ParseAliases("aliases.yaml", []byte("- name: A\n  alias: B\n"))
	fmt.Println(err)
	// Output:
	// Kim Jong Un [Kim Jong-un Mr. Kim] North Korea
	// aliases.yaml:2:3: unknown speaker field "alias"; use name, aliases, group, role, kind, exclude
}
