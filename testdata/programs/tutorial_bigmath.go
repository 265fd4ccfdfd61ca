// math/big and friends: a big factorial and Fibonacci, big.Int
// arithmetic and comparison, exact fractions with big.Rat, a big.Float
// square root at high precision, and math/cmplx. (complex(0, math.Pi),
// a literal beside another package's constant, stops the interpreter's
// compiler: "mismatched types untyped float and untyped float64".)
package main

import (
	"fmt"
	"math"
	"math/big"
	"math/cmplx"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	f := factorial(30)
	fmt.Println(f, len(f.String()))
	fmt.Println(fib(100))
	x, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	y := big.NewInt(987654321)
	q, m := new(big.Int).DivMod(x, y, new(big.Int))
	fmt.Println(q, m, x.Cmp(y), new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)), big.NewInt(97).ProbablyPrime(10))

	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))

	s := new(big.Float).SetPrec(200).SetInt64(2)
	s.Sqrt(s)
	fmt.Println(s.Text('f', 50))

	c := complex(3, 4)
	fmt.Println(cmplx.Abs(c), real(c), imag(c), c*c, cmplx.Sqrt(-1))
	pi := math.Pi
	fmt.Printf("%.3f %v\n", cmplx.Exp(complex(0, pi)), cmplx.Conj(c))
}
