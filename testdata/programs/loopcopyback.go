// A loop variable captured by a closure and changed in the body: Go 1.22
// gives each iteration its own variable, the next one starting from the
// previous one's value.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 6; i++ {
		fs = append(fs, func() int { return i })
		i++
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ps []*int
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			i += 1
			continue
		}
		ps = append(ps, &i)
		i *= 2
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	var gs []func() int
outer:
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		for k := 0; k < 3; k++ {
			if k == 1 && i%3 == 0 {
				i++
				continue outer
			}
		}
		gs = append(gs, func() int { return i*100 + j })
		j--
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var hs []func()
	for n := 1; n < 40; n *= 2 {
		hs = append(hs, func() { fmt.Print(n, " ") })
		n++
	}
	for _, h := range hs {
		h()
	}
	fmt.Println()
}
