package main

import "fmt"

type N int

func bound() int { fmt.Println("bound read"); return 2 }

func main() {
	n := 3
	p := &n
	for i := range n {
		*p = 10
		fmt.Println(i)
	}
	m := 2
	for i := range m {
		m = 5
		i += 10
		fmt.Println("m", i)
	}
	var k N = 2
	for j := range k {
		fmt.Println(j + 1)
	}
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var last int
	for last = range 4 {
	}
	fmt.Println("last", last)
	for range bound() {
		fmt.Println("tick")
	}
outer:
	for i := range 3 {
		for j := range 3 {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	var u8 uint8 = 3
	for i := range u8 {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
}
