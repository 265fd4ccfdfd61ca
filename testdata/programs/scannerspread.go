// divergo run refuses: fmt.Sscan of any, which may hold a *Point
// A value with a Scan method given to fmt.Sscan in the elements of a
// []any spread into its arguments (into...): the interpreter handed fmt
// its own wrapper ("type not a pointer: interp.valueInterface", Go
// scans), silently; the lowering needs the value's type where the call
// is, and the elements' is not known: refused.
package main

import "fmt"

type Point struct{ X, Y int }

func (p *Point) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.X, &p.Y)
	return err
}

func scanAll(s string, into ...any) error {
	_, err := fmt.Sscan(s, into...)
	return err
}

func main() {
	var p Point
	var n int
	fmt.Println(scanAll("(1,2) 3", &p, &n), p.X, p.Y, n)
}
