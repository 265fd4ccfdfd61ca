package main

import "fmt"

// A variable defined in a loop's body by a slice, map or array literal is a
// new variable each iteration: closures and pointers made in the loop keep
// their own.

type pt struct{ x, y int }

func main() {
	var fs []func()
	var ps []*[]int
	for i := 0; i < 3; i++ {
		a := []int{3, 1}
		a[0] = i
		m := map[string]int{"i": 0}
		m["i"] = i
		var arr = [2]int{5, 5}
		arr[1] = i
		w, s := []pt{{1, 2}}, "s"
		w[0].x = i
		ps = append(ps, &a)
		fs = append(fs, func() { fmt.Println(a, m, arr, w, s) })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
}
