package report

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestAppendFixed3 checks appendFixed3 against strconv: on exact ties
// (odd sixteenths), their neighbours, thousandths and their neighbours,
// tiny, subnormal, huge and special values, and random scores.
func TestAppendFixed3(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.0005, -0.0005, 0.9995, 1e-300, 5e-324, -5e-324,
		1 << 52, 1<<52 - 0.5, 1 << 53, 1e300, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 123456.7895}
	for i := -4000; i <= 4000; i++ {
		vals = append(vals, float64(i)/16, float64(i)/1000, float64(i)/2000)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		vals = append(vals, r.Float64()*2-1, r.NormFloat64()*1000, math.Float64frombits(r.Uint64()))
	}
	for _, v := range vals {
		for _, w := range []float64{v, math.Nextafter(v, math.Inf(1)), math.Nextafter(v, math.Inf(-1))} {
			if got, want := string(appendFixed3(nil, w)), strconv.FormatFloat(w, 'f', 3, 64); got != want {
				t.Fatalf("appendFixed3(%v) = %q, want %q", w, got, want)
			}
		}
	}
}
