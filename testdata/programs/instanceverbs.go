// divergo run refuses: fmt.Printf with %T or %#v of a value of type any while values of iter.Seq[int], an instance of a generic type, are stored in an interface

// %T of an any holding an iter.Seq[int]: Go prints iter.Seq[int]; the
// interpreter printed the function's structure, func(func(int) bool).
package main

import (
	"fmt"
	"slices"
)

func main() {
	var f any = slices.Values([]int{1, 2})
	fmt.Printf("%T\n", f)
}
