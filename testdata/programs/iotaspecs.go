// iota in a constant declaration with a spec of several names: Go's iota
// is the spec's index; the interpreter counted names (C was 2, D 3), and
// failed on a spec of several names repeating the one before ("constant
// definition loop").
package main

import "fmt"

const (
	A, B = iota, iota * 10
	C    = iota
	D
)

const (
	X, Y = iota, iota + 100
	Z, W
	_, _
	U, V
)

type Level int

const (
	Low, LowMax Level = iota, iota*10 + 9
	High, HighMax
)

const (
	KB, KiB = 1e3 * (iota + 1), 1 << (10 * (iota + 1))
	MB, MiB = 1e6 * iota, 1 << (10 * (iota + 1))
)

const (
	R, RS = 'a' + iota, 1 << (iota + 1)
	S, SS
)

func main() {
	fmt.Println(A, B, C, D)
	fmt.Println(X, Y, Z, W, U, V)
	fmt.Println(Low, LowMax, High, HighMax)
	fmt.Printf("%v %v %v %v %T\n", KB, KiB, MB, MiB, KB)
	fmt.Printf("%c %v %c %v %T %T\n", R, RS, S, SS, S, SS)
}
