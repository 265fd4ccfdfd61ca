// panic(v) of a nil v of type any (an interface without String or Error)
// panics with Go 1.21's *runtime.PanicNilError, as panic(nil) does; the
// interpreter's recover returned nil (rec(nil) printed <nil>), and an
// uncaught one printed "panic: <nil>".
package main

import (
	"fmt"
	"runtime"
)

type shape interface{ Area() float64 }

func rec(v any) (r any) {
	defer func() { r = recover() }()
	panic(v)
}

func recShape(s shape) (r any) {
	defer func() { r = recover() }()
	panic(s)
}

func main() {
	r := rec(nil)
	_, ok := r.(*runtime.PanicNilError)
	fmt.Println(r, ok)
	fmt.Println(rec(3), rec("boom"))
	fmt.Println(recShape(nil))
	var x any
	panic(x)
}
