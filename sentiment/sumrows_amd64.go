package sentiment

// sumRows adds to z, class by class and feature by feature, each weight
// of the rows (a [modelDim][numClasses]int16 table) of features f times
// the feature's value: the sums featureSink.add makes one by one, with the
// same operations in the same order, in one loop that keeps them in
// registers.
//
//go:noescape
func sumRows(rows *[numClasses]int16, f []Feature, z *[numClasses]float64)
