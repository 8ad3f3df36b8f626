//go:build !amd64

package sentiment

// prefetchRows is prefetch_amd64.go's, a no-op here.
func prefetchRows(rows *[numClasses]int16, f []Feature) {}
