// Command quotelens finds, attributes and scores the quotes in news
// articles. See the README or run quotelens --help.
package main

import (
	"os"
	"runtime/debug"

	"github.com/quotelens/quotelens/internal/cli/root"
	"github.com/quotelens/quotelens/internal/iostreams"
)

// The garbage collector's settings unless GOGC or GOMEMLIMIT say otherwise.
// A run allocates fast (each article's words, quotes and scores) but keeps
// little alive (the aggregates, a bounded trace index: tens of MB), so the
// default GOGC=100 collects very often for nothing; collecting when the
// heap is 4 times what survived, within a soft limit that keeps the peak
// well under the 200 MB a 1 GB corpus may use, spends less time in the
// collector.
const (
	gcPercent   = 400
	memoryLimit = 128 << 20
)

func main() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(gcPercent)
	}
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(int(root.Main(os.Args[1:], iostreams.System())))
}
