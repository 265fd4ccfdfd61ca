package main

import "fmt"

// Index errors inside loops, in Go's words: the index and the length.
// A loop over a slice's own indexes runs unchecked; others are checked
// before the statement.

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	xs := []int{1, 2, 3}
	ys := []float64{0.5, 0.25}
	grid := [][]int{{1, 2}, {3}}
	s := "héllo"
	var arr [4]int
	n := 0
	try("off by one", func() {
		for i := 0; i <= len(xs); i++ {
			n += xs[i]
		}
	})
	try("other slice", func() {
		for i := range xs {
			fmt.Println(xs[i], ys[i])
		}
	})
	try("left side", func() {
		for i := range 5 {
			ys[i] = float64(i)
		}
	})
	try("nested", func() {
		for r := range grid {
			for c := 0; c < 2; c++ {
				n += grid[r][c]
			}
		}
	})
	try("string", func() {
		for i := 0; i < 10; i++ {
			n += int(s[i+2])
		}
	})
	try("array", func() {
		for i := 3; i < 10; i++ {
			arr[i] = i
		}
	})
	try("map of slices", func() {
		m := map[string][]int{"a": {1}}
		for k := range m {
			for j := 0; j < 3; j++ {
				n += m[k][j]
			}
		}
	})
	fmt.Println(n, ys, arr)
	total := 0.0
	for i := range xs {
		total += float64(xs[i]) * ys[i%2]
	}
	fmt.Println(total)
	for i := len(xs); i >= -1; i-- {
		n -= xs[i-1]
	}
}
