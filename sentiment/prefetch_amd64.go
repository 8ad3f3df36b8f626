package sentiment

// prefetchRows asks the CPU to bring the rows of the weights rows (a
// [modelDim][numClasses]int16 table) of features f into cache, without
// waiting for them: a load that misses would hold up the instructions
// after it, a prefetch does not.
//
//go:noescape
func prefetchRows(rows *[numClasses]int16, f []Feature)
