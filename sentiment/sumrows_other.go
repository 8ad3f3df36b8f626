//go:build !amd64

package sentiment

import "unsafe"

// sumRows is sumrows_amd64.go's, in Go.
func sumRows(rows *[numClasses]int16, f []Feature, z *[numClasses]float64) {
	w := (*[modelDim][numClasses]int16)(unsafe.Pointer(rows))
	z0, z1, z2 := z[0], z[1], z[2]
	for _, x := range f {
		r := &w[x.Index&(modelDim-1)] // every slot is below modelDim
		z0 += float64(r[0]) * x.Value
		z1 += float64(r[1]) * x.Value
		z2 += float64(r[2]) * x.Value
	}
	*z = [numClasses]float64{z0, z1, z2}
}
