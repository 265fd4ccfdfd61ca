// divergo run refuses: type Stamp time.Time: Go's Stamp has none of time.Time's methods
//
// A Stamp printed: Go prints time.Time's fields ({0 63713… <nil>}), the
// interpreter would print it with time.Time's String.
package main

import (
	"fmt"
	"time"
)

type Stamp time.Time

func main() {
	s := Stamp(time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC))
	fmt.Println(s)
}
