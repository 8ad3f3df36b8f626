//go:build !unix

package corpus

// readFile reads the file at path with readSource.
func readFile(doc, path string, limit int64) ([]byte, error) {
	return readSource(Source{Document: doc, Path: path}, limit)
}
