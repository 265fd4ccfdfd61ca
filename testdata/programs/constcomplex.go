// real and imag of complex constants: the interpreter's compiler failed on
// an untyped one ("CFG post-order panic"), and gave a float64 for a
// complex64's parts (Go: float32).
package main

import "fmt"

const k = 2i
const q = 1.0/3 + 2i

type C complex64

const (
	c64  complex64  = 1.5 + 2i
	c128 complex128 = 2.5 + 3i
	cc   C          = 4 + 5i
)

func main() {
	fmt.Println(imag(3i), real(1+2i), imag(k)*2, real(q)*3 == 1)
	x := real(2i + 1.5)
	var f float32 = imag(3i)
	fmt.Printf("%T %v %T %v\n", x, x, f, f)
	fmt.Printf("%T %v %T %v %T %v\n", real(c64), real(c64), imag(c128), imag(c128), imag(cc), imag(cc))
	fmt.Printf("%T %v\n", real(complex64(1+2i)), real(complex64(1+2i)))
	v := 3 + 4i
	fmt.Printf("%T %v %v\n", real(v), real(v), imag(v))
	w := complex64(v)
	fmt.Printf("%T %v\n", real(w), imag(w))
}
