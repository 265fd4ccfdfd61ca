package main

import "fmt"

func main() {
	xs := []int{5, 6, 7, 8, 9, 10, 11}
	for i := range xs {
		i *= 2
		fmt.Println("q", i)
	}
	m := map[string]int{"a": 1}
	for k, v := range m {
		k += "x"
		v++
		fmt.Println(k, v)
	}
	for i, c := range "héllo" {
		i += 3
		fmt.Print(i, string(c), " ")
	}
	fmt.Println()
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		i++
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
