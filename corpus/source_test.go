package corpus

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

func collect(t *testing.T, paths []string, stdin io.Reader) (docs []string, errs []string) {
	t.Helper()
	for s := range Sources(paths, stdin, func(err error) { errs = append(errs, err.Error()) }) {
		docs = append(docs, s.Document)
	}
	return docs, errs
}

func TestSourcesWalk(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b/z.txt", "b/a.md", "a.txt", "c/d/e.TXT", "c/skip.pdf", "c/notes.html", "B.txt"} {
		writeFile(t, filepath.Join(dir, f), "x")
	}
	explicit := writeFile(t, filepath.Join(t.TempDir(), "story.html"), "x")
	docs, errs := collect(t, []string{dir, explicit, filepath.Join(dir, "nope"), "-"}, strings.NewReader("stdin text"))
	want := []string{
		filepath.Join(dir, "B.txt"), filepath.Join(dir, "a.txt"), filepath.Join(dir, "b/a.md"), filepath.Join(dir, "b/z.txt"),
		filepath.Join(dir, "c/d/e.TXT"), explicit, "-",
	}
	if !slices.Equal(docs, want) {
		t.Errorf("documents:\n got %q\nwant %q", docs, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "nope") || !strings.Contains(errs[0], "no such file") {
		t.Errorf("errors = %q, want one naming the missing path", errs)
	}
}

func TestSourcesStdin(t *testing.T) {
	var got []string
	for s := range Sources([]string{"-"}, strings.NewReader("from stdin"), nil) {
		a, err := (&Reader{}).Read(s)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, a.Document+":"+a.Text+":"+a.Outlet)
	}
	if want := []string{"-:from stdin:unknown"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSourcesSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a/one.txt"), "x")
	if err := os.Symlink(filepath.Join(dir, "a"), filepath.Join(dir, "a/loop")); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	writeFile(t, filepath.Join(dir, "target/two.txt"), "x")
	if err := os.Symlink(filepath.Join(dir, "target"), filepath.Join(dir, "a/link")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "target/two.txt"), filepath.Join(dir, "a/file.txt")); err != nil {
		t.Fatal(err)
	}
	docs, errs := collect(t, []string{filepath.Join(dir, "a")}, nil)
	want := []string{filepath.Join(dir, "a/file.txt"), filepath.Join(dir, "a/link/two.txt"), filepath.Join(dir, "a/one.txt")}
	if !slices.Equal(docs, want) {
		t.Errorf("documents:\n got %q\nwant %q", docs, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "symlink loop") || !strings.Contains(errs[0], "loop") {
		t.Errorf("errors = %q, want one symlink loop", errs)
	}
}

func TestSourcesUnreadableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		// root reads a chmod 000 folder: run this test again as nobody
		runAsNobody(t)
		return
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "x")
	writeFile(t, filepath.Join(dir, "locked/b.txt"), "x")
	writeFile(t, filepath.Join(dir, "z.txt"), "x")
	locked := filepath.Join(dir, "locked")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	docs, errs := collect(t, []string{dir}, nil)
	if want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "z.txt")}; !slices.Equal(docs, want) {
		t.Errorf("documents = %q, want %q", docs, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], locked) || !strings.Contains(errs[0], "permission") {
		t.Errorf("errors = %q, want one naming %s", errs, locked)
	}
}

func TestSourcesStop(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.txt", "b.txt", "c/d.txt"} {
		writeFile(t, filepath.Join(dir, f), "x")
	}
	n := 0
	for range Sources([]string{dir, dir}, nil, nil) {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("n = %d", n)
	}
}

func TestSourceSize(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, filepath.Join(dir, "a.txt"), "twelve bytes")
	sample := Sample()[0]
	gone := filepath.Join(dir, "gone.txt")
	var stdin Source
	for s := range Sources([]string{"-"}, strings.NewReader("x"), nil) {
		stdin = s
	}
	for _, tc := range []struct {
		src  Source
		want int64
	}{
		{Source{Document: file, Path: file}, 12},
		{Source{Document: gone, Path: gone}, -1},
		{Source{Document: dir, Path: dir}, -1},
		{stdin, -1},
		{sample, int64(len(sample.data))},
	} {
		if got := tc.src.Size(); got != tc.want {
			t.Errorf("%s: Size() = %d, want %d", tc.src.Document, got, tc.want)
		}
	}
	if len(sample.data) == 0 {
		t.Error("the sample article is empty")
	}
}

// runAsNobody runs the current test in a copy of the test binary as user
// nobody (65534), and fails if it fails there; it skips when that cannot
// be done.
func runAsNobody(t *testing.T) {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Skip("running as root and cannot find the test binary:", err)
	}
	dir, err := os.MkdirTemp("", "nobody")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "corpus.test")
	data, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run", "^"+t.Name()+"$", "-test.v")
	cmd.Dir = dir
	cmd.Env = []string{"HOME=" + dir, "TMPDIR=" + os.TempDir(), "PATH=" + os.Getenv("PATH")}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil && bytes.Contains(out, []byte("--- FAIL")) {
		t.Fatalf("as nobody:\n%s", out)
	}
	if err != nil || !bytes.Contains(out, []byte("--- PASS: "+t.Name())) {
		t.Skipf("running as root and cannot run as nobody (%v):\n%s", err, out)
	}
}
