// A vector and matrix type with methods: value-receiver arithmetic
// returning new values, a String method formatting rows, matrix
// multiplication, transpose, identity and a dimension-mismatch error.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Vec []float64

func (v Vec) Add(w Vec) Vec {
	out := make(Vec, len(v))
	for i := range v {
		out[i] = v[i] + w[i]
	}
	return out
}

func (v Vec) Dot(w Vec) float64 {
	s := 0.0
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec) Norm() float64 { return math.Sqrt(v.Dot(v)) }

type Matrix [][]float64

func Identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, errors.New("dimension mismatch")
	}
	out := make(Matrix, len(m))
	for i := range m {
		out[i] = make([]float64, len(o[0]))
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out, nil
}

func (m Matrix) T() Matrix {
	out := make(Matrix, len(m[0]))
	for j := range out {
		out[j] = make([]float64, len(m))
		for i := range m {
			out[j][i] = m[i][j]
		}
	}
	return out
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, x := range row {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%6.2f", x)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	v, w := Vec{1, 2, 3}, Vec{4, 5, 6}
	fmt.Println(v.Add(w), v.Dot(w))
	fmt.Printf("%.4f\n", Vec{3, 4}.Norm())

	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	fmt.Print(a)
	fmt.Print(a.T())
	p, err := a.Mul(a.T())
	fmt.Print(p, err, "\n")
	q, _ := a.Mul(Identity(3))
	fmt.Println(q)
	_, err = a.Mul(a)
	fmt.Println("error:", err)
	fmt.Printf("%v|%s", Identity(2), Identity(1))
}
