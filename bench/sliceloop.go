// The cost of the slice-bounds check in a loop (session/check/index.go,
// sliceCheck): run with `divergo run bench/sliceloop.go` at two commits and
// compare the times it prints (bench/README.md, stop 30).

//go:build ignore

package main

import (
	"fmt"
	"time"
)

func main() {
	xs := make([]float64, 1000)
	start := time.Now()
	total := 0
	for r := 0; r < 300; r++ {
		for i := 0; i+8 <= len(xs); i++ {
			total += len(xs[i : i+8])
		}
	}
	fmt.Println(total, time.Since(start).Milliseconds(), "ms")
}
