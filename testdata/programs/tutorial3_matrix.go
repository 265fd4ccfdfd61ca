package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

var ErrShape = errors.New("shape mismatch")

func New(r, c int, vals ...float64) *Matrix {
	m := &Matrix{r, c, make([]float64, r*c)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix) T() *Matrix {
	r := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			r.Set(j, i, m.At(i, j))
		}
	}
	return r
}

func (m *Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		b.WriteString("|")
		for j := 0; j < m.cols; j++ {
			fmt.Fprintf(&b, "%7.2f", m.At(i, j))
		}
		b.WriteString(" |\n")
	}
	return b.String()
}

func rotation(theta float64) *Matrix {
	c, s := math.Cos(theta), math.Sin(theta)
	return New(2, 2, c, -s, s, c)
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	fmt.Print(a, a.T())
	p, err := a.Mul(a.T())
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	r := rotation(math.Pi / 2)
	v := New(2, 1, 1, 0)
	rv, _ := r.Mul(v)
	fmt.Print(rv)
	r4 := Identity(2)
	for i := 0; i < 4; i++ {
		r4, _ = r4.Mul(r)
	}
	fmt.Print(r4)
	fmt.Println(math.Abs(r4.At(0, 0)-1) < 1e-12, r4.At(0, 1) == 0)
	fmt.Println(a.data, len(a.data), Identity(3).data)
}
