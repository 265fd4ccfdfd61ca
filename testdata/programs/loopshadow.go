// A loop variable a closure (or &) captures, in a body that declares
// another variable of its name: Go 1.22 gives each iteration its own. The
// per-iteration copy j := j clashed with the body's j := j * 10 ("no new
// variables on left side of :=", also for a range over an integer or a
// pointer to an array); in a cell no copy was made and the closures saw the last value
// (3 3 3, Go 0 1 2; 8 8, Go 7 8; 200 200, Go 0 100).
package main

import (
	"fmt"
	"strings"
)

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func main() {
	var fs []func() string
	for j := 0; j < 3; j++ {
		fs = append(fs, func() string { return fmt.Sprint(j) })
		j := j * 10
		_ = j
	}
	for j := 0; j < 2; j++ {
		fs = append(fs, func() string { return fmt.Sprint("var", j) })
		var j = 5
		j = 6
		_ = j
	}
	for _, v := range []int{7, 8} {
		fs = append(fs, func() string { return fmt.Sprint("v", v) })
		v := v * 2
		_ = v
	}
	for j := 0; j < 2; j++ {
		fs = append(fs, func() string { return fmt.Sprint(j * 100) })
		{
			j := "inner"
			_ = j
		}
	}
	for i, r := range "héllo" {
		fs = append(fs, func() string { return fmt.Sprint(i, string(r)) })
		r := strings.ToUpper(string(r))
		_ = r
	}
	arr := [2]int{5, 6}
	p := &arr
	for i, v := range p {
		fs = append(fs, func() string { return fmt.Sprint("p", i, v) })
		v := 0
		_ = v
	}
	for k, v := range map[string]int{"m": 1} {
		fs = append(fs, func() string { return fmt.Sprint(k, v) })
		if v := 3; v > 0 {
			_ = v
		}
	}
	for i, j := 0, 10; i < 2; i, j = i+1, j-1 {
		fs = append(fs, func() string { return fmt.Sprint(i, j) })
		if j := i * 2; j > 100 {
			continue
		}
	}
	for i := 0; i < 2; i++ {
		fs = append(fs, func() string { return fmt.Sprint("f", i) })
		func(i int) { i = 7; _ = i }(i)
	}
outer:
	for i := 0; i < 3; i++ {
		fs = append(fs, func() string { return fmt.Sprint("L", i) })
		for i := 0; i < 2; i++ {
			if i == 1 {
				continue outer
			}
		}
	}
	n := 2
	for i := range n {
		fs = append(fs, func() string { return fmt.Sprint("n", i) })
		i := i * 10
		_ = i
	}
	for i := range 2 {
		i++
		fs = append(fs, func() string { return fmt.Sprint("r", i) })
		if i := 7; i > 0 {
			_ = i
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	ts := []T{{1}, {2}}
	var ptrs []*T
	for _, t := range ts {
		ptrs = append(ptrs, &t)
		t := 3
		_ = t
	}
	for _, p := range ptrs {
		p.Inc()
		fmt.Print(p.n, " ")
	}
	fmt.Println(ts)
	func() {
		for i := 0; i < 2; i++ {
			defer func() { fmt.Println("deferred", i) }()
			var i = "shadow"
			_ = i
		}
	}()
}
