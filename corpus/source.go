package corpus

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Source is one article to be read.
type Source struct {
	// Document names the article as reported: the path as given or found
	// by walking a folder, "-" for standard input, "sample/<name>" for the
	// embedded sample corpus.
	Document string
	// Path is the file path; "" for standard input and the sample corpus.
	Path string

	data []byte // content of stdin or a sample article
	open func() (io.ReadCloser, error)
}

// Open opens the article's content for reading.
func (s Source) Open() (io.ReadCloser, error) {
	switch {
	case s.open != nil:
		return s.open()
	case s.Path == "":
		return io.NopCloser(bytes.NewReader(s.data)), nil
	default:
		return os.Open(s.Path)
	}
}

// Size returns the article's size in bytes as known before reading it:
// the file's size, or the length of an embedded sample article; -1 for
// standard input and for a file that cannot be examined.
func (s Source) Size() int64 {
	switch {
	case s.open != nil:
		return -1
	case s.Path == "":
		return int64(len(s.data))
	}
	fi, err := os.Stat(s.Path)
	if err != nil || !fi.Mode().IsRegular() {
		return -1
	}
	return fi.Size()
}

// Sources yields the articles named by paths, in a deterministic order:
// paths in the order given, a folder walked recursively (entries sorted by
// name, .txt and .md files only), "-" standard input (read from stdin). A
// file given explicitly is read whatever its extension. Problems met on the
// way (a missing path, an unreadable folder, a symlink loop) are passed to
// onErr as errors naming the path and what to do, and the walk goes on.
// Symlinks to files and folders are followed; a loop is reported once.
func Sources(paths []string, stdin io.Reader, onErr func(error)) iter.Seq[Source] {
	if onErr == nil {
		onErr = func(error) {}
	}
	return func(yield func(Source) bool) {
		for _, p := range paths {
			if p == "-" {
				if stdin == nil {
					stdin = os.Stdin
				}
				r := stdin
				stdin = eofReader{} // standard input can be read once
				if !yield(Source{Document: "-", open: func() (io.ReadCloser, error) { return io.NopCloser(r), nil }}) {
					return
				}
				continue
			}
			fi, err := os.Stat(p)
			if err != nil {
				onErr(pathError(p, err))
				continue
			}
			if !fi.IsDir() {
				if !yield(Source{Document: p, Path: p}) {
					return
				}
				continue
			}
			w := walker{yield: yield, onErr: onErr, active: map[string]bool{}}
			if !w.walk(p) {
				return
			}
		}
	}
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

func pathError(p string, err error) error {
	switch {
	case errorsIs(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no such file or folder; check the path", p)
	case errorsIs(err, fs.ErrPermission):
		return fmt.Errorf("%s: permission denied; skipped (check its permissions)", p)
	default:
		return fmt.Errorf("%s: %v; skipped", p, unwrapPath(err))
	}
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

type walker struct {
	yield  func(Source) bool
	onErr  func(error)
	active map[string]bool // real paths of the folders being walked (loop detection)
	looped map[string]bool // loops already reported
}

// walk walks folder dir; it returns false when the consumer stopped.
func (w *walker) walk(dir string) bool {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		w.onErr(pathError(dir, err))
		return true
	}
	if real, err = filepath.Abs(real); err != nil {
		w.onErr(pathError(dir, err))
		return true
	}
	if w.active[real] {
		if w.looped == nil {
			w.looped = map[string]bool{}
		}
		if !w.looped[real] {
			w.looped[real] = true
			w.onErr(fmt.Errorf("%s: symlink loop (leads back to %s); skipped, remove the link or give the folder directly", dir, real))
		}
		return true
	}
	w.active[real] = true
	defer delete(w.active, real)
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.onErr(fmt.Errorf("%s: cannot read folder: %v; skipped (check its permissions)", dir, unwrapPath(err)))
		if len(entries) == 0 {
			return true
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				if errorsIs(err, fs.ErrNotExist) {
					w.onErr(fmt.Errorf("%s: broken symlink; skipped", p))
				} else if strings.Contains(err.Error(), "too many levels") {
					w.onErr(fmt.Errorf("%s: symlink loop; skipped, remove the link", p))
				} else {
					w.onErr(pathError(p, err))
				}
				continue
			}
			mode = fi.Mode().Type()
		}
		switch {
		case mode.IsDir():
			if !w.walk(p) {
				return false
			}
		case mode.IsRegular():
			if !articleExt(e.Name()) {
				continue
			}
			if !w.yield(Source{Document: p, Path: p}) {
				return false
			}
		}
	}
	return true
}

func articleExt(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md":
		return true
	}
	return false
}
