package main

// Asserting a recovered panic value to *runtime.TypeAssertionError: a
// failed assertion in the interpreted program raises an error of
// divergo's named so, not the runtime's type, and the assertion would be
// false where Go's is true.
// divergo run refuses: asserting to runtime.TypeAssertionError

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		if te, ok := r.(*runtime.TypeAssertionError); ok {
			fmt.Println("type assertion error:", te.Error())
		}
	}()
	var a any = "s"
	_ = a.(int)
}
