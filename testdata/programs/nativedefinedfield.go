// divergo run refuses: type Stamp time.Time: Go's Stamp has none of time.Time's methods
//
// A Stamp reaches fmt inside a struct's exported field: Go prints the
// field with time.Time's fields, the interpreter would use time.Time's
// String.
package main

import (
	"fmt"
	"time"
)

type Stamp time.Time

type Rec struct {
	At   Stamp
	Note string
}

func main() {
	var r Rec
	r.At = Stamp(time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC))
	r.Note = "x"
	fmt.Println(r.Note)
	fmt.Println(r)
}
