package builtins

import (
	"math"
	"runtime"
	"sync"
)

// The measures are sums of one term per outcome. They are computed in one
// pass that also validates the entries and adds up the arguments (for the
// sum-to-one check), in blocks of blockSize outcomes, and the block results
// are added pairwise in a binary tree. Within a block, Entropy, KL and JS
// add in four lanes of blockSize/4 outcomes each (kernels.go), the other
// measures in a plain loop. The error of the sum is then at most about
// (blockSize/4 + log₂ n)·ε relative to Σ|terms| (ε = 2⁻⁵³), or (blockSize +
// log₂ n)·ε for a plain loop, and in practice ~√blockSize·ε. Large inputs
// spread the top of the tree over the processors; the tree does not depend
// on how many there are, so results are the same bits on every machine.

// parallelMin: with the vectorised first pass one core does 10⁵ outcomes in
// about 0.1 ms, and on the project's machine (two hyperthreads of one core)
// a second goroutine made 10⁵ outcomes 15–20% slower, not faster; from
// about 10⁶ the pass waits on memory, where more cores can help.
const (
	blockSize   = 512     // outcomes added by one kernel call (a block: 4 KB of each argument)
	parallelMin = 1 << 18 // below this many outcomes (2 MB an argument) one goroutine does it all
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

// job is one measure's pass: its kernel, its arguments and their transforms.
// Exactly one of pair and single is set.
type job struct {
	p, q   []float64
	tp, tq transform
	pair   pairKernel
	single singleKernel
}

// pairKernel computes the sums of one block of a two-argument measure, with
// ts as scratch space for its terms.
type pairKernel func(p, q []float64, tp, tq transform, ts *terms) sums

// singleKernel computes the sums of one block of a one-argument measure.
type singleKernel func(p []float64, tp transform, ts *terms) sums

// block computes the sums of the outcomes lo … hi−1 (at most blockSize).
func (j *job) block(lo, hi int, ts *terms) sums {
	if j.pair != nil {
		return j.pair(j.p[lo:hi], j.q[lo:hi], j.tp, j.tq, ts)
	}
	return j.single(j.p[lo:hi], j.tp, ts)
}

// reduce adds up the job's blocks over its len(p) outcomes as a pairwise
// tree, on several goroutines for large inputs.
func reduce(j *job) sums {
	n := len(j.p)
	depth := 0
	if n >= parallelMin {
		for procs := runtime.GOMAXPROCS(0); 1<<depth < procs && depth < maxSplit; {
			depth++
		}
	}
	if depth > 0 {
		return reduceParallel(0, n, *j, depth)
	}
	ts := scratch.Get().(*terms)
	defer scratch.Put(ts)
	return reduceTree(0, n, j, ts)
}

// scratch holds the terms buffers between calls, so that a measure
// allocates nothing once the program has warmed up.
var scratch = sync.Pool{New: func() any { return new(terms) }}

// split returns where the tree divides lo … hi−1: after half of its blocks.
func split(lo, hi int) int {
	blocks := (hi - lo + blockSize - 1) / blockSize
	return lo + blocks/2*blockSize
}

// reduceTree adds up the blocks of lo … hi−1 pairwise.
func reduceTree(lo, hi int, j *job, ts *terms) sums {
	if hi-lo <= blockSize {
		return j.block(lo, hi, ts)
	}
	mid := split(lo, hi)
	return reduceTree(lo, mid, j, ts).add(reduceTree(mid, hi, j, ts))
}

// reduceParallel is reduceTree with the top depth levels of the tree on
// goroutines of their own. It takes the job by value so that the sequential
// path, reduceTree, keeps its job on the caller's stack.
func reduceParallel(lo, hi int, j job, depth int) sums {
	if depth == 0 || hi-lo <= blockSize {
		ts := scratch.Get().(*terms)
		defer scratch.Put(ts)
		return reduceTree(lo, hi, &j, ts)
	}
	mid := split(lo, hi)
	var left sums
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		left = reduceParallel(lo, mid, j, depth-1)
	}()
	right := reduceParallel(mid, hi, j, depth-1)
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
	if r := a / b; isNormalPositive(math.Float64bits(r)) {
		return fastLog(r)
	}
	return math.Log(a) - math.Log(b)
}

// terms collects the terms w·ln(r) of one block, then takes all their
// logarithms and adds them up in one call of sumWLogs. Taking the logarithms
// together keeps the measures' loops free of calls. A block has at most two
// terms per outcome (JS). Each measure's loop queues a term itself,
//
//	if isNormalPositive(math.Float64bits(r)) {
//		ts.w[n&termsMask], ts.r[n&termsMask] = w, r
//		n++
//	} else {
//		ts.slowRatio(w, a, b) // or ts.slowLog(w, r)
//	}
//
// keeping the count n in a local variable: a helper method for these three
// lines is too big for Go's inliner, and a call per term costs a fifth of
// the time. An argument that is not a normal number (a ratio that under- or
// overflows, a subnormal probability) is summed at once with math.Log.
type terms struct {
	w, r [2 * blockSize]float64
	slow float64
	x, y [blockSize]float64 // the entries mapped to probabilities (kernels.go)
}

// termsMask keeps indices into terms' arrays in range without bounds checks.
const termsMask = 2*blockSize - 1

// slowRatio adds w·ln(a/b) to slow, for a ratio a/b that is not a normal number.
func (t *terms) slowRatio(w, a, b float64) { t.slow += w * (math.Log(a) - math.Log(b)) }

// slowLog adds w·ln(a) to slow, for an a that is not a normal number.
func (t *terms) slowLog(w, a float64) { t.slow += w * math.Log(a) }

// sum returns the sum of the n terms queued and of slow, and resets slow.
func (t *terms) sum(n int) float64 {
	s := sumWLogs(t.w[:n], t.r[:n]) + t.slow
	t.slow = 0
	return s
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
