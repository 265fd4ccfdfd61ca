package builtins

import (
	"math"
	"testing"
)

// The 21-point Gauss–Kronrod rule: both weight sets integrate 1 over
// [-1, 1], and the Gauss abscissae are the roots of the Legendre P10.
func TestGaussKronrodTable(t *testing.T) {
	k := gk21w[10]
	g := 0.0
	for j := 0; j < 10; j++ {
		k += 2 * gk21w[j]
		if j&1 == 1 {
			g += 2 * g10w[j>>1]
		}
	}
	if math.Abs(k-2) > 1e-15 || math.Abs(g-2) > 1e-15 {
		t.Errorf("weights sum to %v (Kronrod) and %v (Gauss), want 2", k, g)
	}
	for j := 1; j < 10; j += 2 {
		x := gk21x[j]
		p0, p1 := 1.0, x // Legendre recurrence
		for n := 1; n < 10; n++ {
			p0, p1 = p1, (float64(2*n+1)*x*p1-float64(n)*p0)/float64(n+1)
		}
		if math.Abs(p1) > 1e-14 {
			t.Errorf("P10(%v) = %v, want 0", x, p1)
		}
	}
}

// The heap keeps the interval of largest error at its root, and frozen
// (unsplittable) intervals out of it, through many subdivisions.
func TestQuadratureHeap(t *testing.T) {
	q := newQuadrature(0, 1, 1, 1, func(x float64) (v qvec, ok bool) {
		v[0] = 1 / math.Sqrt(x) // a singularity at 0 that exhausts the subdivisions
		if x < 1e-300 {
			v[0] = 0
		}
		return v, true
	})
	q.epsabs, q.epsrel = 0, 0
	q.limit = 200
	defer q.release()
	q.run()
	if len(q.ivs) > q.limit {
		t.Fatalf("%d intervals, limit %d", len(q.ivs), q.limit)
	}
	total := 0.0
	for _, iv := range q.ivs {
		total += iv.b - iv.a
	}
	if math.Abs(total-1) > 1e-12 {
		t.Errorf("the intervals cover %v, want 1", total)
	}
	active := 0
	for active < len(q.ivs) && q.ivs[active].split {
		active++
	}
	for i := active; i < len(q.ivs); i++ {
		if q.ivs[i].split {
			t.Errorf("splittable interval %d after the heap (%d)", i, active)
		}
	}
	for i := 1; i < active; i++ {
		if q.ivs[i].key > q.ivs[(i-1)/2].key {
			t.Errorf("heap order broken at %d", i)
		}
	}
}

// The reverse search reports starts where the divergence is +Inf however
// narrow they are made: a target that vanishes around all of them.
func TestFitSearchNoFiniteStart(t *testing.T) {
	box := func(x float64) float64 {
		if x < 0 || x > 1 {
			return 0
		}
		return 1
	}
	ft := &fitter{c: &caller{fn: "FitNormal"}, target: box, a: 0, b: 1, z: 1}
	_, err := ft.search([]fitStart{{mu: 5, s: 0}, {mu: -3, s: -2}})
	want := "FitNormal: target vanishes (or underflows to 0) within reach of every starting normal, so KL(q‖p) is +Inf for each: " +
		"reverse KL needs a target that is positive wherever the fit has mass"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
}
