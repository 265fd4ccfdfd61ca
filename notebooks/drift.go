package notebooks

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strconv"
)

// DriftSeed seeds the generator of data/drift.csv: the same seed writes the
// same file, byte for byte.
const DriftSeed = 20261122

// DriftSample is how many records each of the two samples (reference and
// current) has per feature; every p and q is a count divided by it, so each
// has at most four decimals.
const DriftSample = 10000

// driftFeature is one column of a made-up customer table: how to draw a
// value's bin in the reference period and in the current one.
type driftFeature struct {
	name      string
	bins      []string
	reference func(r *rand.Rand) int
	current   func(r *rand.Rand) int
}

// binOf is the index of the first edge x is below (len(edges) if none).
func binOf(x float64, edges []float64) int {
	for i, e := range edges {
		if x < e {
			return i
		}
	}
	return len(edges)
}

// categorical draws an index with the given probabilities.
func categorical(r *rand.Rand, probs ...float64) int {
	u := r.Float64()
	for i, p := range probs {
		if u < p {
			return i
		}
		u -= p
	}
	return len(probs) - 1
}

// poisson draws from a Poisson distribution of mean lambda (Knuth's
// product of uniforms; lambda is small here).
func poisson(r *rand.Rand, lambda float64) int {
	limit, k, prod := math.Exp(-lambda), 0, r.Float64()
	for prod > limit {
		k++
		prod *= r.Float64()
	}
	return k
}

var driftFeatures = []driftFeature{
	{ // ages shift by three years: a mild drift
		name: "age", bins: []string{"18-24", "25-34", "35-44", "45-54", "55-64", "65+"},
		reference: func(r *rand.Rand) int { return binOf(max(18, 41+12*r.NormFloat64()), []float64{25, 35, 45, 55, 65}) },
		current:   func(r *rand.Rand) int { return binOf(max(18, 44+12*r.NormFloat64()), []float64{25, 35, 45, 55, 65}) },
	},
	{ // income (thousands a year, log-normal): no drift, only sampling noise
		name: "income", bins: []string{"<20k", "20-40k", "40-60k", "60-80k", "80-120k", "120k+"},
		reference: func(r *rand.Rand) int {
			return binOf(math.Exp(math.Log(50)+0.5*r.NormFloat64()), []float64{20, 40, 60, 80, 120})
		},
		current: func(r *rand.Rand) int {
			return binOf(math.Exp(math.Log(50)+0.5*r.NormFloat64()), []float64{20, 40, 60, 80, 120})
		},
	},
	{ // sessions a week go up from 3 to 5 on average: a strong drift
		name: "sessions", bins: []string{"0", "1-2", "3-4", "5-6", "7-9", "10+"},
		reference: func(r *rand.Rand) int { return binOf(float64(poisson(r, 3)), []float64{1, 3, 5, 7, 10}) },
		current:   func(r *rand.Rand) int { return binOf(float64(poisson(r, 5)), []float64{1, 3, 5, 7, 10}) },
	},
	{ // customers move from desktop to mobile
		name: "device", bins: []string{"desktop", "mobile", "tablet"},
		reference: func(r *rand.Rand) int { return categorical(r, 0.55, 0.38, 0.07) },
		current:   func(r *rand.Rand) int { return categorical(r, 0.40, 0.53, 0.07) },
	},
	{ // regions stay as they were
		name: "region", bins: []string{"north", "south", "east", "west"},
		reference: func(r *rand.Rand) int { return categorical(r, 0.30, 0.25, 0.25, 0.20) },
		current:   func(r *rand.Rand) int { return categorical(r, 0.30, 0.25, 0.25, 0.20) },
	},
	{ // vouchers were withdrawn and a wallet introduced: q has a zero where
		// p has not (KL(p‖q) is infinite) and p a zero where q has not
		name: "payment", bins: []string{"card", "transfer", "voucher", "wallet"},
		reference: func(r *rand.Rand) int { return categorical(r, 0.60, 0.30, 0.10, 0) },
		current:   func(r *rand.Rand) int { return categorical(r, 0.55, 0.25, 0, 0.20) },
	},
}

// WriteDrift writes the drift data set of the data notebook as CSV with the
// header feature,bin_index,bin,p,q: for each feature of a made-up customer
// table and each of its bins, the bin's place among the feature's bins
// (1, 2, …: SQL orders rows by it on every engine, where SQLite's rowid is
// SQLite's alone), the share p of DriftSample reference records and the
// share q of DriftSample current records in the bin. It is a pure function
// of DriftSeed.
func WriteDrift(w io.Writer) error {
	r := rand.New(rand.NewPCG(DriftSeed, 0))
	b := bufio.NewWriter(w)
	fmt.Fprintln(b, "feature,bin_index,bin,p,q")
	for _, f := range driftFeatures {
		p := make([]int, len(f.bins))
		q := make([]int, len(f.bins))
		for range DriftSample {
			p[f.reference(r)]++
		}
		for range DriftSample {
			q[f.current(r)]++
		}
		for i, bin := range f.bins {
			fmt.Fprintf(b, "%s,%d,%s,%s,%s\n", f.name, i+1, bin, share(p[i]), share(q[i]))
		}
	}
	return b.Flush()
}

// share is count/DriftSample in its shortest decimal form.
func share(count int) string {
	return strconv.FormatFloat(float64(count)/DriftSample, 'f', -1, 64)
}
