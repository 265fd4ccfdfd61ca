package builtins

import (
	"fmt"
	"math"
)

// Joint distributions are tables joint[i][j] = P(X = i, Y = j): rows are the
// outcomes of X, columns those of Y. All rows must have the same length. The
// options are those of the one-dimensional measures; Counts normalises the
// table by its grand total.

// JointEntropy returns the entropy of a joint distribution,
//
//	H(X, Y) = −Σᵢⱼ p(i, j)·log p(i, j),
//
// with 0·log 0 = 0. H(X, Y) ≤ H(X) + H(Y), with equality iff X and Y are
// independent. Options: a unit, Counts, Smooth, Tolerance.
func JointEntropy(joint [][]float64, opts ...Option) float64 {
	return must(TryJointEntropy(joint, opts...))
}

// TryJointEntropy is JointEntropy returning an *InputError instead of panicking.
func TryJointEntropy(joint [][]float64, opts ...Option) (float64, error) {
	j, c, err := readJoint("JointEntropy", joint, opts)
	if err != nil {
		return 0, err
	}
	return c.unit.fromNats(nonNegative(j.entropy())), nil
}

// ConditionalEntropy returns the entropy of Y given X for a joint
// distribution with X on the rows,
//
//	H(Y|X) = −Σᵢⱼ p(i, j)·log(p(i, j)/p(i))  = H(X, Y) − H(X),
//
// where p(i) = Σⱼ p(i, j). 0 ≤ H(Y|X) ≤ H(Y). For H(X|Y), pass the
// transpose (Transpose). Options: a unit, Counts, Smooth, Tolerance.
func ConditionalEntropy(joint [][]float64, opts ...Option) float64 {
	return must(TryConditionalEntropy(joint, opts...))
}

// TryConditionalEntropy is ConditionalEntropy returning an *InputError instead of panicking.
func TryConditionalEntropy(joint [][]float64, opts ...Option) (float64, error) {
	j, c, err := readJoint("ConditionalEntropy", joint, opts)
	if err != nil {
		return 0, err
	}
	rows, _ := j.marginals()
	var h compensated
	for i, row := range j.p {
		for _, x := range row {
			if x > 0 {
				h.add(-x * logRatio(x, rows[i]))
			}
		}
	}
	return c.unit.fromNats(math.Max(0, h.value())), nil
}

// MutualInformation returns the mutual information of X and Y,
//
//	I(X; Y) = Σᵢⱼ p(i, j)·log(p(i, j)/(p(i)·p(j)))
//	        = H(X) + H(Y) − H(X, Y) = KL(P_XY ‖ P_X ⊗ P_Y),
//
// computed from the first form, which loses no digits to cancellation.
// I ≥ 0, with 0 iff X and Y are independent. Options: a unit, Counts,
// Smooth, Tolerance.
func MutualInformation(joint [][]float64, opts ...Option) float64 {
	return must(TryMutualInformation(joint, opts...))
}

// TryMutualInformation is MutualInformation returning an *InputError instead of panicking.
func TryMutualInformation(joint [][]float64, opts ...Option) (float64, error) {
	j, c, err := readJoint("MutualInformation", joint, opts)
	if err != nil {
		return 0, err
	}
	rows, cols := j.marginals()
	var mi compensated
	for i, row := range j.p {
		for k, x := range row {
			if x > 0 {
				// p(i,j)/(p(i)·p(j)) as (p(i,j)/p(i))/p(j): the product
				// p(i)·p(j) can underflow where neither factor does.
				mi.add(x * logRatio(x/rows[i], cols[k]))
			}
		}
	}
	return c.unit.fromNats(math.Max(0, mi.value())), nil
}

// Transpose returns the transpose of a rectangular table: t[j][i] = m[i][j].
func Transpose(m [][]float64) [][]float64 {
	if len(m) == 0 {
		return nil
	}
	t := make([][]float64, len(m[0]))
	for j := range t {
		t[j] = make([]float64, len(m))
		for i := range m {
			if j < len(m[i]) {
				t[j][i] = m[i][j]
			}
		}
	}
	return t
}

// jointTable is a checked joint distribution, normalised or smoothed as asked.
type jointTable struct{ p [][]float64 }

func readJoint(fn string, joint [][]float64, opts []Option) (jointTable, config, error) {
	c, err := readOptions(fn, useAll, opts)
	if err != nil {
		return jointTable{}, c, err
	}
	if len(joint) == 0 {
		return jointTable{}, c, argError(fn, "joint", "is empty")
	}
	width := len(joint[0])
	var total compensated
	for i, row := range joint {
		name := fmt.Sprintf("joint[%d]", i)
		if len(row) == 0 {
			return jointTable{}, c, argError(fn, name, "is empty")
		}
		if len(row) != width {
			return jointTable{}, c, argError(fn, name, "has %d entries, but joint[0] has %d: rows must have one length", len(row), width)
		}
		if err := findBad(fn, name, row, c.entryLimit()); err != nil {
			return jointTable{}, c, err
		}
		for _, x := range row {
			total.add(x)
		}
	}
	sum := total.value()
	n := float64(len(joint) * width)
	switch {
	case c.counts && sum == 0:
		return jointTable{}, c, argError(fn, "joint", "has no positive entry: counts must not all be zero")
	case c.counts && !(sum <= math.MaxFloat64):
		return jointTable{}, c, argError(fn, "joint", "sums beyond the largest float64: the counts are too large to add up")
	case !c.counts && !(math.Abs(sum-1) <= c.tol):
		return jointTable{}, c, sumError(fn, "joint", sum, c.tol)
	}
	t := transform{plain: !c.counts && !c.smooth, alpha: c.alpha, total: sum + n*c.alpha}
	p := make([][]float64, len(joint))
	for i, row := range joint {
		p[i] = make([]float64, width)
		for k, x := range row {
			p[i][k] = t.apply(x)
		}
	}
	return jointTable{p}, c, nil
}

func (j jointTable) entropy() float64 {
	var h compensated
	for _, row := range j.p {
		for _, x := range row {
			if x > 0 {
				h.add(-x * fastLog(x))
			}
		}
	}
	return h.value()
}

// marginals returns p(i) = Σⱼ p(i, j) and p(j) = Σᵢ p(i, j).
func (j jointTable) marginals() (rows, cols []float64) {
	rows = make([]float64, len(j.p))
	cols = make([]float64, len(j.p[0]))
	colSums := make([]compensated, len(cols))
	for i, row := range j.p {
		var r compensated
		for k, x := range row {
			r.add(x)
			colSums[k].add(x)
		}
		rows[i] = r.value()
	}
	for k := range cols {
		cols[k] = colSums[k].value()
	}
	return rows, cols
}
