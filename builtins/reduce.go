package builtins

import (
	"math"
	"runtime"
	"sync"
)

// The measures are sums of one term per outcome. They are computed in one
// pass that also validates the entries and adds up the arguments (for the
// sum-to-one check), in blocks of blockSize outcomes added by a plain loop,
// and the block results are added pairwise in a binary tree. The error of
// the sum is then at most about (blockSize + log₂ n)·ε relative to Σ|terms|
// (ε = 2⁻⁵³), and in practice ~√blockSize·ε. Large inputs spread the top of
// the tree over the processors; the tree does not depend on how many there
// are, so results are the same bits on every machine.

const (
	blockSize   = 128     // outcomes added by a plain loop
	parallelMin = 1 << 15 // below this many outcomes one goroutine does it all
	maxSplit    = 4       // at most 2⁴ goroutines
)

// sums is what one pass over a range of outcomes produces.
type sums struct {
	terms float64 // the sum of the measure's finite terms
	p, q  float64 // the sums of the (transformed) arguments, for the sum check
	bad   bool    // an entry failed validation: look for it with findBad
	inf   bool    // a term is +Inf
}

func (a sums) add(b sums) sums {
	return sums{terms: a.terms + b.terms, p: a.p + b.p, q: a.q + b.q, bad: a.bad || b.bad, inf: a.inf || b.inf}
}

// blockFunc computes the sums of the outcomes lo … hi−1 (at most blockSize).
type blockFunc func(lo, hi int) sums

// reduce adds up block over 0 … n−1 as a pairwise tree of blocks, on several
// goroutines for large n.
func reduce(n int, block blockFunc) sums {
	depth := 0
	if n >= parallelMin {
		for procs := runtime.GOMAXPROCS(0); 1<<depth < procs && depth < maxSplit; {
			depth++
		}
	}
	return reduceTree(0, n, block, depth)
}

func reduceTree(lo, hi int, block blockFunc, depth int) sums {
	if hi-lo <= blockSize {
		return block(lo, hi)
	}
	blocks := (hi - lo + blockSize - 1) / blockSize
	mid := lo + blocks/2*blockSize
	if depth == 0 {
		return reduceTree(lo, mid, block, 0).add(reduceTree(mid, hi, block, 0))
	}
	var left sums
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		left = reduceTree(lo, mid, block, depth-1)
	}()
	right := reduceTree(mid, hi, block, depth-1)
	wg.Wait()
	return left.add(right)
}

// transform maps an argument's raw entries to probabilities:
// x ↦ (x + alpha)/total. It is the identity (plain) for probabilities, a
// division by the sum for counts, and additive smoothing when asked. It
// divides, as SciPy does, rather than multiplying by 1/total, so that a
// single count becomes exactly 1.
type transform struct {
	plain        bool    // probabilities as they are
	alpha, total float64 // otherwise (x + alpha)/total
	limit        float64 // the largest valid raw entry: 1 + tolerance for probabilities
}

func (t transform) apply(x float64) float64 {
	if t.plain {
		return x
	}
	return (x + t.alpha) / t.total
}

// nonNegative clamps at 0 a measure that is ≥ 0 in exact arithmetic but can
// come out a few units of rounding below it, for example KL(P‖Q) when P and Q
// are equal up to their last digits, or sum to 1 only within the tolerance.
func nonNegative(x float64) float64 { return math.Max(0, x) }

// logRatio returns ln(a/b) for positive a and b, with one logarithm when the
// ratio is a normal number and two when it over- or underflows.
func logRatio(a, b float64) float64 {
	if bits := math.Float64bits(a / b); isNormalPositive(bits) {
		return logNormal(bits)
	}
	return math.Log(a) - math.Log(b)
}

// compensated is a Neumaier (improved Kahan) sum, for the places that add up
// a few numbers outside the hot loops.
type compensated struct{ sum, c float64 }

func (s *compensated) add(x float64) {
	t := s.sum + x
	if math.Abs(s.sum) >= math.Abs(x) {
		s.c += (s.sum - t) + x
	} else {
		s.c += (x - t) + s.sum
	}
	s.sum = t
}

func (s *compensated) value() float64 { return s.sum + s.c }
