// Values of other packages' types asserted to interface literals and to
// interfaces of the program, asking only ok: the interpreter answered
// false for all of them (Go: true where the value has the methods, with
// their signatures). The lowered assertion asks the value's methods.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"
)

type unwrapper interface{ Unwrap() error }

type lener interface{ Len() int }

// Point implements lener; values of it go through the same assertions.
type Point struct{ X, Y int }

func (p Point) Len() int { return p.X + p.Y }

func main() {
	var err error = fmt.Errorf("wrapped: %w", os.ErrNotExist)
	_, ok := err.(unwrapper)
	fmt.Println("wrapError unwrapper:", ok)
	_, ok = err.(interface{ Timeout() bool })
	fmt.Println("wrapError Timeout:", ok)

	err = &fs.PathError{Op: "open", Path: "x", Err: os.ErrNotExist}
	if _, ok := err.(interface{ Timeout() bool }); ok {
		fmt.Println("PathError has Timeout")
	}
	var _, isJoin = errors.Join(err, err).(interface{ Unwrap() []error })
	fmt.Println("join:", isJoin)

	values := []any{&strings.Builder{}, bytes.NewBufferString("abc"), 3 * time.Second, "text", Point{1, 2}, nil}
	for _, v := range values {
		_, l := v.(lener)
		_, s := v.(interface{ String() string })
		_, odd := v.(interface{ Len() string }) // Len of another signature
		fmt.Println(l, s, odd)
	}
}
