// min and max of constants are constants: in a const declaration, inside
// a wider constant expression (an untyped float's arithmetic, written out
// whole by another lowering: the two rewrites overlapped, "internal
// error"), in a constant of a declared type, and of a package's type.
package main

import (
	"fmt"
	"time"
)

type Level int

const top = max(Level(1), 3)

const e = max(1, 2.5)

const f = max(1, 2) + 1

const d = min(1.5, 2) * 2

func main() {
	var y float64 = max(1, 2)
	const g = min(3, 2) * 10
	z := min(1.5, 2) * 2
	const s = max(time.Second, 2)
	fmt.Println(e, f, d, y, g, z, top, s, min(time.Minute, time.Hour))
	fmt.Printf("%T %T %T %T\n", top, s, e, y)
}
