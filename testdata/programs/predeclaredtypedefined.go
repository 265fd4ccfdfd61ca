// divergo run refuses: 9:6: a type named rune declared in the program, hiding Go's predeclared rune
// A defined type named as a predeclared type: its name is what %T shows
// (main.rune), so it is not renamed; the interpreter gave 'a' the
// program's rune (main.rune 97 for Go's int32 97). Refused.
package main

import "fmt"

type rune int32

func main() {
	r := 'a'
	var q rune = 'b'
	fmt.Printf("%T %v %T %v\n", r, r, q, q)
}
