// Command quotelens finds, attributes and scores the quotes in news
// articles. See the README or run quotelens --help.
package main

import (
	"os"

	"github.com/quotelens/quotelens/internal/cli/root"
	"github.com/quotelens/quotelens/internal/iostreams"
)

func main() {
	os.Exit(int(root.Main(os.Args[1:], iostreams.System())))
}
