// A pointer of the program given to a variadic function of the standard
// library taking an interface (io.MultiWriter(w, w)): two lowerings of the
// same argument closed in the wrong order (a syntax error).
package main

import (
	"fmt"
	"io"
)

type W struct{ n int }

func (w *W) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }

func main() {
	w := &W{}
	m := io.MultiWriter(w, w)
	fmt.Fprint(m, "hello")
	fmt.Println(w.n)
}
