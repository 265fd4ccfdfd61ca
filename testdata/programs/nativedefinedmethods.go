// A type defined from time.Time whose values only have their own methods
// called runs as Go (none of time.Time's methods is called).
package main

import (
	"fmt"
	"time"
)

type Stamp time.Time

func (s Stamp) Year() int { return time.Time(s).Year() + 1 }

func main() {
	s := Stamp(time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC))
	fmt.Println(s.Year(), time.Time(s).Month())
}
