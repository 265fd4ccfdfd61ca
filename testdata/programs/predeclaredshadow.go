package main

import "fmt"

func f(len int) int { return len * 2 }

func main() {
	iota := 7
	nil := 0
	true := false
	cap := 3
	new := "n"
	string := 5
	max := 9
	print := func(s fmt.Stringer) { fmt.Println("p", s) }
	fmt.Println(iota, nil, true, cap, new, string, max, f(4))
	_ = print
	for iota := 0; iota < 2; iota++ {
		fmt.Print(iota)
	}
	fmt.Println()
}
