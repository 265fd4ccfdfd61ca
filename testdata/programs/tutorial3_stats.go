package main

import (
	"fmt"
	"math"
	"sort"
)

type Summary struct {
	N                    int
	Mean, Median, StdDev float64
	Min, Max             float64
	Q1, Q3               float64
}

func (s Summary) String() string {
	return fmt.Sprintf("n=%d mean=%.3f median=%.3f sd=%.3f range=[%g,%g] iqr=%.2f",
		s.N, s.Mean, s.Median, s.StdDev, s.Min, s.Max, s.Q3-s.Q1)
}

func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	pos := q * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	frac := pos - float64(lo)
	return sorted[lo]*(1-frac) + sorted[hi]*frac
}

func Summarize(xs []float64) Summary {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	var sum, sq float64
	for _, x := range s {
		sum += x
	}
	mean := sum / float64(len(s))
	for _, x := range s {
		sq += (x - mean) * (x - mean)
	}
	return Summary{
		N: len(s), Mean: mean, Median: quantile(s, 0.5),
		StdDev: math.Sqrt(sq / float64(len(s)-1)),
		Min:    s[0], Max: s[len(s)-1],
		Q1: quantile(s, 0.25), Q3: quantile(s, 0.75),
	}
}

func correlation(x, y []float64) float64 {
	sx, sy := Summarize(x), Summarize(y)
	var cov float64
	for i := range x {
		cov += (x[i] - sx.Mean) * (y[i] - sy.Mean)
	}
	cov /= float64(len(x) - 1)
	return cov / (sx.StdDev * sy.StdDev)
}

func histogram(xs []float64, bins int, lo, hi float64) []int {
	h := make([]int, bins)
	w := (hi - lo) / float64(bins)
	for _, x := range xs {
		i := int((x - lo) / w)
		if i == bins {
			i--
		}
		if i >= 0 && i < bins {
			h[i]++
		}
	}
	return h
}

func main() {
	data := []float64{2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 4.4, 6.1, 2.2, 7.7, 3.9}
	s := Summarize(data)
	fmt.Println(s)
	fmt.Printf("%+v\n", s)
	y := make([]float64, len(data))
	for i, x := range data {
		y[i] = 2*x + math.Sin(float64(i))
	}
	fmt.Printf("r = %.6f\n", correlation(data, y))
	h := histogram(data, 5, 0, 10)
	for i, c := range h {
		fmt.Printf("[%4.1f,%4.1f) %-6s %d\n", float64(i)*2, float64(i+1)*2, string(make([]byte, 0))+fmt.Sprint(c), c)
	}
	fmt.Println(data[:3], quantile(nil, 0.5), Summarize([]float64{7}).StdDev)
	z := make([]float64, len(data))
	for i, x := range data {
		z[i] = math.Round((x-s.Mean)/s.StdDev*1000) / 1000
	}
	fmt.Println(z)
}
