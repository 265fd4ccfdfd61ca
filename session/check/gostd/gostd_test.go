package gostd_test

// The templates against the standard library, on random inputs with many
// ties, NaNs and signed zeros: the same results, the same panics, the same
// order of equal elements after sorting.

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	gbuiltin "github.com/divergo/divergo/session/check/gostd/builtin"
	gcmp "github.com/divergo/divergo/session/check/gostd/cmp"
	giter "github.com/divergo/divergo/session/check/gostd/iter"
	gmaps "github.com/divergo/divergo/session/check/gostd/maps"
	gslices "github.com/divergo/divergo/session/check/gostd/slices"
)

type pair struct{ K, I int } // K: the sort key, I: the original index

func randFloats(r *rand.Rand, n int) []float64 {
	pool := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, math.NaN(), math.Inf(1), math.Inf(-1), 2}
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = pool[r.IntN(len(pool))]
	}
	return xs
}

func same(a, b any) bool { return fmt.Sprintf("%#v", a) == fmt.Sprintf("%#v", b) }

// panicOf runs f and returns its panic value as text, or "".
func panicOf(f func()) (p string) {
	defer func() {
		if r := recover(); r != nil {
			p = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

func TestSlicesAgainstStd(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 2000; round++ {
		n := r.IntN(40)
		xs := randFloats(r, n)
		a, b := slices.Clone(xs), slices.Clone(xs)
		slices.Sort(a)
		gslices.Sort(b)
		if !same(a, b) {
			t.Fatalf("Sort(%v): %v, std %v", xs, b, a)
		}
		// Sort's generic path (not the float64 variant) too.
		type F float64
		fa := make([]F, n)
		for i, x := range xs {
			fa[i] = F(x)
		}
		fb := slices.Clone(fa)
		slices.Sort(fa)
		gslices.Sort(fb)
		if !same(fa, fb) {
			t.Fatalf("Sort of a named float type (%v): %v, std %v", xs, fb, fa)
		}
		ps := make([]pair, n)
		for i := range ps {
			ps[i] = pair{r.IntN(4), i}
		}
		pa, pb := slices.Clone(ps), slices.Clone(ps)
		byK := func(x, y pair) int { return cmp.Compare(x.K, y.K) }
		slices.SortFunc(pa, byK)
		gslices.SortFunc(pb, byK)
		if !same(pa, pb) {
			t.Fatalf("SortFunc: the order of equal elements differs:\n%v\n%v", pb, pa)
		}
		pa, pb = slices.Clone(ps), slices.Clone(ps)
		slices.SortStableFunc(pa, byK)
		gslices.SortStableFunc(pb, byK)
		if !same(pa, pb) {
			t.Fatalf("SortStableFunc differs")
		}
		if n > 0 {
			if !same(slices.Max(xs), gslices.Max__float(xs)) || !same(slices.Min(xs), gslices.Min__float(xs)) {
				t.Fatalf("Max/Min(%v): %v %v, std %v %v", xs, gslices.Max__float(xs), gslices.Min__float(xs), slices.Max(xs), slices.Min(xs))
			}
			if !same(max(xs[0], xs[n-1]), gbuiltin.Max__float(xs[0], xs[n-1])) || !same(min(xs[0], xs[n-1]), gbuiltin.Min__float(xs[0], xs[n-1])) {
				t.Fatalf("max/min(%v, %v)", xs[0], xs[n-1])
			}
		}
		if !same(slices.IsSorted(xs), gslices.IsSorted(xs)) || !same(slices.IsSorted(a), gslices.IsSorted(a)) {
			t.Fatalf("IsSorted(%v)", xs)
		}
		target := randFloats(r, 1)[0]
		i1, f1 := slices.BinarySearch(a, target)
		i2, f2 := gslices.BinarySearch(a, target)
		if i1 != i2 || f1 != f2 {
			t.Fatalf("BinarySearch(%v, %v): %d %v, std %d %v", a, target, i2, f2, i1, f1)
		}
		ints := make([]int, n)
		for i := range ints {
			ints[i] = r.IntN(5)
		}
		if !same(slices.Compact(slices.Clone(ints)), gslices.Compact(slices.Clone(ints))) {
			t.Fatalf("Compact(%v)", ints)
		}
		// The zeroed tail too: compare whole backing arrays.
		c1, c2 := slices.Clone(ints), slices.Clone(ints)
		_ = slices.Compact(c1)
		_ = gslices.Compact(c2)
		if !same(c1, c2) {
			t.Fatalf("Compact's tail (%v): %v, std %v", ints, c2, c1)
		}
		odd := func(v int) bool { return v%2 == 1 }
		d1, d2 := slices.Clone(ints), slices.Clone(ints)
		_ = slices.DeleteFunc(d1, odd)
		_ = gslices.DeleteFunc(d2, odd)
		if !same(d1, d2) {
			t.Fatalf("DeleteFunc (%v): %v, std %v", ints, d2, d1)
		}
		i, j := r.IntN(n+2), r.IntN(n+2)
		e1, e2 := slices.Clone(ints), slices.Clone(ints)
		var r1, r2 []int
		p1 := panicOf(func() { r1 = slices.Delete(e1, i, j) })
		p2 := panicOf(func() { r2 = gslices.Delete(e2, i, j) })
		if (p1 == "") != (p2 == "") || !same(r1, r2) || !same(e1, e2) {
			t.Fatalf("Delete(%v, %d, %d): %v %v %q, std %v %v %q", ints, i, j, r2, e2, p2, r1, e1, p1)
		}
		vs := []int{7, 8}
		in1 := slices.Clone(ints)
		in2 := slices.Clone(ints)
		p1 = panicOf(func() { r1 = slices.Insert(in1, i, vs...) })
		p2 = panicOf(func() { r2 = gslices.Insert(in2, i, vs...) })
		if (p1 == "") != (p2 == "") || !same(r1, r2) {
			t.Fatalf("Insert(%v, %d): %v %q, std %v %q", ints, i, r2, p2, r1, p1)
		}
		rp1, rp2 := slices.Clone(ints), slices.Clone(ints)
		k := r.IntN(3)
		p1 = panicOf(func() { r1 = slices.Replace(rp1, min(i, j), max(i, j), vs[:k]...) })
		p2 = panicOf(func() { r2 = gslices.Replace(rp2, min(i, j), max(i, j), vs[:k]...) })
		if (p1 == "") != (p2 == "") || !same(r1, r2) || !same(rp1, rp2) {
			t.Fatalf("Replace(%v, %d, %d, %v): %v %v %q, std %v %v %q", ints, min(i, j), max(i, j), vs[:k], r2, rp2, p2, r1, rp1, p1)
		}
		if !same(slices.Index(ints, 3), gslices.Index(ints, 3)) || !same(slices.Contains(ints, 4), gslices.Contains(ints, 4)) {
			t.Fatalf("Index/Contains(%v)", ints)
		}
		other := make([]int, r.IntN(5))
		for k := range other {
			other[k] = r.IntN(5)
		}
		if slices.Compare(ints, other) != gslices.Compare(ints, other) || slices.Equal(ints, other) != gslices.Equal(ints, other) {
			t.Fatalf("Compare/Equal(%v, %v)", ints, other)
		}
		if slices.Compare(xs, a) != gslices.Compare(xs, a) {
			t.Fatalf("Compare(%v, %v) with NaNs", xs, a)
		}
		rv1, rv2 := slices.Clone(ints), slices.Clone(ints)
		slices.Reverse(rv1)
		gslices.Reverse(rv2)
		if !same(rv1, rv2) {
			t.Fatalf("Reverse")
		}
		if !same(slices.Concat(ints, other, nil), gslices.Concat(ints, other, nil)) || !same(slices.Repeat(other, 3), gslices.Repeat(other, 3)) {
			t.Fatalf("Concat/Repeat")
		}
		if !same(slices.Collect(slices.Values(ints)), gslices.Collect(gslices.Values(ints))) ||
			!same(slices.Sorted(slices.Values(ints)), gslices.Sorted(gslices.Values(ints))) {
			t.Fatalf("Collect/Sorted")
		}
		var ch1, ch2 [][]int
		for c := range slices.Chunk(ints, 3) {
			ch1 = append(ch1, c)
		}
		for c := range gslices.Chunk(ints, 3) {
			ch2 = append(ch2, c)
		}
		if !same(ch1, ch2) {
			t.Fatalf("Chunk")
		}
		if !same(slices.Clone([]int(nil)), gslices.Clone([]int(nil))) || !same(slices.Concat[[]int](), gslices.Concat[[]int]()) {
			t.Fatalf("nil results")
		}
	}
	for _, f := range []func(){func() { gslices.Max([]int{}) }, func() { gslices.Chunk([]int{1}, 0) }, func() { gslices.Repeat([]int{1}, -1) }} {
		if panicOf(f) == "" {
			t.Errorf("no panic")
		}
	}
	if got, want := panicOf(func() { _ = gslices.Max([]int{}) }), panicOf(func() { _ = slices.Max([]int{}) }); got != want {
		t.Errorf("Max of nothing panics %q, std %q", got, want)
	}
}

func TestMapsCmpIterAgainstStd(t *testing.T) {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	if !same(slices.Sorted(maps.Keys(m)), slices.Sorted(gmaps.Keys(m))) || !same(slices.Sorted(maps.Values(m)), slices.Sorted(gmaps.Values(m))) {
		t.Fatal("Keys/Values")
	}
	if !same(maps.Collect(maps.All(m)), gmaps.Collect(gmaps.All(m))) || !same(maps.Clone(m), gmaps.Clone(m)) || gmaps.Clone(map[string]int(nil)) != nil {
		t.Fatal("Collect/Clone")
	}
	m2 := gmaps.Clone(m)
	gmaps.DeleteFunc(m2, func(k string, v int) bool { return v > 1 })
	if !same(m2, map[string]int{"a": 1}) || gmaps.Equal(m, m2) || !gmaps.Equal(m, maps.Clone(m)) {
		t.Fatal("DeleteFunc/Equal")
	}
	gmaps.Copy(m2, map[string]int{"z": 9})
	gmaps.Insert(m2, maps.All(map[string]int{"y": 8}))
	if !same(m2, map[string]int{"a": 1, "y": 8, "z": 9}) {
		t.Fatal("Copy/Insert")
	}
	nan := math.NaN()
	for _, x := range []float64{nan, -1, 0, 1} {
		for _, y := range []float64{nan, -1, 0, 1} {
			if cmp.Compare(x, y) != gcmp.Compare(x, y) || cmp.Less(x, y) != gcmp.Less(x, y) {
				t.Fatalf("Compare/Less(%v, %v)", x, y)
			}
		}
	}
	if cmp.Or(0, 0, 3, 4) != gcmp.Or(0, 0, 3, 4) || gcmp.Or[string]() != "" {
		t.Fatal("Or")
	}
	count := func(n int) func(func(int) bool) {
		return func(yield func(int) bool) {
			for i := 0; i < n; i++ {
				if !yield(i) {
					return
				}
			}
		}
	}
	next, stop := giter.Pull(count(3))
	var got []int
	for {
		v, ok := next()
		if !ok {
			break
		}
		got = append(got, v)
	}
	stop()
	if !same(got, []int{0, 1, 2}) {
		t.Fatalf("Pull: %v", got)
	}
	next, stop = giter.Pull(count(100))
	next()
	stop()
	if v, ok := next(); ok || v != 0 {
		t.Fatal("Pull after stop")
	}
	pairs := func(yield func(string, int) bool) {
		for i, s := range []string{"x", "y"} {
			if !yield(s, i) {
				return
			}
		}
	}
	next2, stop2 := giter.Pull2(pairs)
	k, v, ok := next2()
	stop2()
	if k != "x" || v != 0 || !ok {
		t.Fatal("Pull2")
	}
}
