// panic(nil) panics with a *runtime.PanicNilError since Go 1.21; the
// interpreter's recover returned nil.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
		_, ok := r.(*runtime.PanicNilError)
		fmt.Println(ok)
	}()
	panic(nil)
}
