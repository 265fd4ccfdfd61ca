package main

import (
	"fmt"
	"os"
)

type Stats struct {
	count, sum int
}

func (s *Stats) Add(v int) { s.count++; s.sum += v }
func (s Stats) Mean() int  { return s.sum / s.count }

func main() {
	var s Stats
	for _, v := range []int{4, 8, 15} {
		s.Add(v)
	}
	fmt.Println("mean", s.Mean())
	fmt.Fprintln(os.Stderr, "warning: empty next")
	var empty Stats
	defer fmt.Println("deferred runs before crash")
	fmt.Println("mean", empty.Mean())
}
