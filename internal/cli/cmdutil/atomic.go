package cmdutil

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Output is where a command writes its data: standard output, or a file
// that appears only when the command succeeds.
type Output struct {
	io.Writer
	tmp  *os.File
	path string
}

// OpenOutput opens path for writing through a temporary file beside it, so
// that a failed or interrupted run never leaves a half-written file. An
// empty path or "-" means stdout.
func OpenOutput(path string, stdout io.Writer) (*Output, error) {
	if path == "" || path == "-" {
		return &Output{Writer: stdout}, nil
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("--output %s: %w; check that the folder exists and is writable", path, err)
	}
	return &Output{Writer: tmp, tmp: tmp, path: path}, nil
}

// Commit makes the written file appear under its name. On stdout it does
// nothing.
func (o *Output) Commit() error {
	if o.tmp == nil {
		return nil
	}
	tmp := o.tmp
	o.tmp = nil
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("--output %s: %w", o.path, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("--output %s: %w", o.path, err)
	}
	if err := os.Rename(tmp.Name(), o.path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("--output %s: %w", o.path, err)
	}
	return nil
}

// Abort removes the temporary file, if it was not committed. It is safe to
// call after Commit.
func (o *Output) Abort() {
	if o.tmp == nil {
		return
	}
	o.tmp.Close()
	os.Remove(o.tmp.Name())
	o.tmp = nil
}
