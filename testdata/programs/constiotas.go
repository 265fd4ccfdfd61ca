// iota in a constant group with a specification of several names is the
// index of the specification, as in Go. The interpreter counted names
// (C, D = 2, 20 for Go's 1, 10), and stopped on such a specification
// repeated implicitly ("constant definition loop" for Z, W; "cannot use _
// as value" for _, _).
package main

import "fmt"

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
	G = iota * 100
	H
)

const (
	Low, LowMask Level = iota, 1 << iota
	Mid, MidMask
	High, HighMask
)

const (
	X, Y = iota, iota + 100
	Z, W
)

func main() {
	fmt.Println(A, B, C, D, E, F, G, H)
	fmt.Println(Low, LowMask, Mid, MidMask, High, HighMask)
	fmt.Println(X, Y, Z, W)
	const (
		p, q = iota, -iota
		r, s
	)
	fmt.Println(p, q, r, s)
}
