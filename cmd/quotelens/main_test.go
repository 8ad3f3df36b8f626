package main

import (
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/quotelens/quotelens/internal/cli/root"
	"github.com/quotelens/quotelens/internal/iostreams"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script/*.txtar")

// runMainEnv, when set, makes the test binary run quotelens itself (for
// tests that signal a real process).
const runMainEnv = "QUOTELENS_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) != "" {
		os.Exit(int(root.Main(os.Args[1:], iostreams.System())))
	}
	testscript.Main(m, map[string]func(){
		"quotelens": func() {
			os.Exit(int(root.Main(os.Args[1:], iostreams.System())))
		},
	})
}

// TestScripts runs the command end to end on the scripts in
// testdata/script: each is a txtar archive of commands, inputs and expected
// outputs (golden files, refreshed with go test -update).
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		Cmds:          map[string]func(*testscript.TestScript, bool, []string){"exits": exits},
		Setup: func(env *testscript.Env) error {
			// Keep the user's own configuration out of the tests.
			env.Setenv("XDG_CONFIG_HOME", filepath.Join(env.WorkDir, ".config"))
			env.Setenv("HOME", env.WorkDir)
			return nil
		},
	})
}

// exits CODE PROGRAM [ARGS...] runs a program and checks its exit status.
func exits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits CODE PROGRAM [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: %v", err)
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}
