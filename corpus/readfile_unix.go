//go:build unix

package corpus

import (
	"io"
	"syscall"
)

// readFile reads the file at path as readSource does through os.Open, in
// bare system calls: open, fstat, read and close. On Linux os.Open makes
// five more per file (it makes the descriptor non-blocking, fails to add a
// regular file to the poller and makes it blocking again) and allocates a
// File with a finalizer; an article is read in a few microseconds, which
// they doubled.
func readFile(doc, path string, limit int64) ([]byte, error) {
	var fd int
	err := ignoringEINTR(func() (err error) {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		return err
	})
	if err != nil {
		return nil, pathError(doc, err)
	}
	defer syscall.Close(fd)
	capacity, size := int64(4096), int64(-1)
	var st syscall.Stat_t
	if ignoringEINTR(func() error { return syscall.Fstat(fd, &st) }) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
		if st.Size > limit {
			return nil, tooLarge(doc, st.Size, limit)
		}
		capacity, size = st.Size+1, st.Size // +1 to see EOF without growing
	}
	return readAll(doc, fdReader(fd), limit, capacity, size)
}

// fdReader reads a file descriptor.
type fdReader int

func (fd fdReader) Read(p []byte) (int, error) {
	var n int
	err := ignoringEINTR(func() (err error) {
		n, err = syscall.Read(int(fd), p)
		return err
	})
	switch {
	case err != nil:
		return 0, err
	case n == 0 && len(p) > 0:
		return 0, io.EOF
	}
	return n, nil
}

// ignoringEINTR calls f again as long as it fails with EINTR.
func ignoringEINTR(f func() error) error {
	for {
		if err := f(); err != syscall.EINTR {
			return err
		}
	}
}
