// An interface of the program that one of its types implements, asserted
// on a value of another package's type that has its methods: the
// interpreter cannot make the interface value, and divergo stops the
// program saying so, after the lines before it, rather than answer false.
// (Asking only ok, _, ok := b.(Stringish), is answered from the value's
// methods: testdata/programs/assertnativeok.go.)
package main

import (
	"fmt"
	"strings"
)

type Stringish interface{ String() string }

type Mine struct{}

func (Mine) String() string { return "mine" }

func main() {
	for _, v := range []any{Mine{}, 3} {
		_, ok := v.(Stringish)
		fmt.Println(ok)
	}
	var b any = &strings.Builder{}
	s, ok := b.(Stringish)
	fmt.Println(s, ok)
}
