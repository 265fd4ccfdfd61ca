// divergo run refuses: fmt.Fscan of *R: Go's standard library calls its UnreadRune method (io.RuneScanner)
//
// fmt scans from an io.RuneScanner with its UnreadRune: the interpreter's
// wrapper of *R lacks it, so fmt read one byte past "12" (r.i 3, Go 2).
package main

import (
	"fmt"
	"io"
)

type R struct {
	s string
	i int
}

func (r *R) ReadRune() (rune, int, error) {
	if r.i >= len(r.s) {
		return 0, 0, io.EOF
	}
	c := rune(r.s[r.i])
	r.i++
	return c, 1, nil
}

func (r *R) UnreadRune() error { r.i--; return nil }

func (r *R) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p, r.s[r.i:])
	r.i += n
	return n, nil
}

func main() {
	r := &R{s: "12 34\n56"}
	var a, b int
	n, err := fmt.Fscan(r, &a)
	fmt.Println(n, err, a, r.i)
	n, err = fmt.Fscanln(r, &b)
	fmt.Println(n, err, b, r.i)
}
