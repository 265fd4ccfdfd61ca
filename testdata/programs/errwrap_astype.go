package main

// divergo run refuses: errors.AsType while *W has methods errors' functions call
//
// errors.AsType through a W with Unwrap: Go finds the *fs.PathError and
// the *V (true true, 3 true); divergo's lowering to the errors package's
// errors.As did not follow W's Unwrap (false false, then a nil pointer).

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type W struct{ err error }

func (w *W) Error() string { return "w" }
func (w *W) Unwrap() error { return w.err }

type V struct{ N int }

func (v *V) Error() string { return "v" }

func main() {
	_, err := os.Open("/nonexistent")
	pe, ok := errors.AsType[*fs.PathError](&W{err})
	fmt.Println(pe != nil, ok)
	v, ok := errors.AsType[*V](&W{&V{3}})
	fmt.Println(v.N, ok)
}
