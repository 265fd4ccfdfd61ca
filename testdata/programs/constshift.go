package main

import "fmt"

// Effective Go's ByteSize: constant shifts whose count is an expression
// ("constant definition loop" in the interpreter).
type ByteSize float64

const (
	_           = iota // ignore first value by assigning to blank identifier
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = 1 << (2 * iota), "s"
	c, d
)

const shift = 3

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d)
	var f float64 = 1 << (2 * shift)
	x := uint8(1) << (2 * shift)
	fmt.Println(f, x, 1<<(shift+1))
	fmt.Printf("%T %T\n", f, x)
}
