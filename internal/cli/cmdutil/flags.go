package cmdutil

import (
	"runtime"

	"github.com/spf13/pflag"
)

// AddGlobalFlags registers the flags every command takes. Their names are
// the configuration keys (see package config).
func AddGlobalFlags(fs *pflag.FlagSet) {
	fs.String("config", "", "configuration `file` (default ./quotelens.yaml, then the user config folder)")
	fs.String("aliases", "", "speaker alias `file` (YAML)")
	fs.String("manifest", "", "CSV or TSV `file` naming each article's outlet (columns file/filename and outlet/publisher)")
	fs.StringP("format", "f", "table", "output `format`: table, csv, json, markdown (quotes: also jsonl; report: also html)")
	fs.StringP("output", "o", "", "write to `FILE` instead of standard output (written whole or not at all)")
	fs.IntP("jobs", "j", runtime.NumCPU(), "articles analysed at once")
	fs.String("max-size", "16MiB", "skip articles larger than this `size`")
	fs.BoolP("quiet", "q", false, "no progress bar")
	fs.Bool("bom", false, "start CSV output with a UTF-8 byte-order mark (for Excel)")
	fs.String("scorer", "", "stance `method` (default: the best-measuring one)")
}
