// A review of this stop's lowerings (helper-29, r1.go): divergo run
// failed or printed otherwise before the fix.
package main

import (
	"fmt"
	"runtime"
)

func try() (err error) {
	defer func() {
		r := recover()
		if e, ok := r.(*runtime.PanicNilError); ok {
			err = e
		}
		if e, ok := r.(runtime.Error); ok {
			fmt.Println("runtime.Error:", e.Error())
		}
	}()
	panic(nil)
}

func main() {
	fmt.Println(try())
	var e error
	defer func() { fmt.Println(recover() == nil) }()
	panic(e)
}
