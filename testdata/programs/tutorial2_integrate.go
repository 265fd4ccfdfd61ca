// Numerical integration with function values: the midpoint, trapezoid and
// Simpson rules passed a func(float64) float64, closures over a parameter,
// the error against exact integrals as n doubles, and the differential
// entropy of a Gaussian integrated numerically versus its closed form.
package main

import (
	"fmt"
	"math"
)

type Rule func(f func(float64) float64, a, b float64, n int) float64

func midpoint(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := 0.0
	for i := range n {
		s += f(a + (float64(i)+0.5)*h)
	}
	return s * h
}

func trapezoid(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := (f(a) + f(b)) / 2
	for i := 1; i < n; i++ {
		s += f(a + float64(i)*h)
	}
	return s * h
}

func simpson(f func(float64) float64, a, b float64, n int) float64 {
	if n%2 == 1 {
		n++
	}
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		w := 2.0
		if i%2 == 1 {
			w = 4
		}
		s += w * f(a+float64(i)*h)
	}
	return s * h / 3
}

func main() {
	rules := []struct {
		name string
		rule Rule
	}{{"midpoint", midpoint}, {"trapezoid", trapezoid}, {"simpson", simpson}}
	for _, r := range rules {
		for _, n := range []int{4, 8, 16} {
			got := r.rule(math.Sin, 0, math.Pi, n)
			fmt.Printf("%-9s n=%2d sin: %.8f err %.2e\n", r.name, n, got, math.Abs(got-2))
		}
	}
	sigma := 1.5
	pdf := func(x float64) float64 {
		return math.Exp(-x*x/(2*sigma*sigma)) / (sigma * math.Sqrt(2*math.Pi))
	}
	negPlogP := func(x float64) float64 {
		p := pdf(x)
		return -p * math.Log(p)
	}
	fmt.Printf("mass %.6f\n", simpson(pdf, -12, 12, 400))
	fmt.Printf("h numeric %.6f nats, closed %.6f\n", simpson(negPlogP, -12, 12, 400), 0.5*math.Log(2*math.Pi*math.E*sigma*sigma))
}
