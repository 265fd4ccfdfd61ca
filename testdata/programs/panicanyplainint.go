// A panic with an any holding a plain int while the program declares a
// named int type (type Code int) none of whose values reaches an
// interface: Go prints panic: 3, as divergo run does (it was refused, the
// any taken as possibly holding a Code).
package main

import (
	"fmt"
	"os"
)

type Code int

func (c Code) String() string { return fmt.Sprintf("code %d", int(c)) }

func next(c Code) Code { return c + 1 }

func check(n int) {
	var v any = n
	if n > 2 {
		panic(v)
	}
}

func main() {
	c := next(Code(1))
	c++
	s := c.String()
	fmt.Println(s, int(c))
	codes := []Code{c, 7}
	fmt.Println(len(codes), int(codes[1]))
	fmt.Fprintln(os.Stderr, "checking")
	check(1)
	check(int(c))
}
