package main

import (
	"fmt"
	"slices"
)

func removeAt(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b = append(b, 99)
	fmt.Println(a, b, len(b), cap(b))
	c := make([]int, 2, 10)
	d := append(c, 1)
	e := append(c, 2)
	fmt.Println(d, e, &d[0] == &e[0])
	orig := []int{10, 20, 30, 40}
	trimmed := removeAt(orig, 1)
	fmt.Println(trimmed, orig)
	full := a[1:2:3]
	fmt.Println(len(full), cap(full))
	full = append(full, 7, 8)
	fmt.Println(a, full)
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune("...")
	}
	grid[1][1] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	row := grid[0]
	row[0] = '@'
	fmt.Println(string(grid[0]))
	dst := make([]int, 3)
	n := copy(dst, []int{1, 2, 3, 4, 5})
	fmt.Println(n, dst, copy(dst[1:], dst), dst)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), nilS, empty)
	fmt.Printf("%v %d %v\n", nilS == nil, len(append(nilS, 1)), slices.Equal(nilS, empty))
	arr := [5]int{1, 2, 3}
	sl := arr[:]
	sl[0] = 100
	arr2 := arr
	arr2[1] = 200
	fmt.Println(arr, arr2, sl)
	for i, v := range arr {
		arr[4] = 42
		if i == 4 {
			fmt.Println("range copy saw", v)
		}
	}
	for i, v := range sl {
		sl[4] = 43
		if i == 4 {
			fmt.Println("slice range saw", v)
		}
	}
	s2 := slices.Clone(a)
	slices.Sort(s2)
	s2 = slices.Compact(append(s2, 99, 99))
	fmt.Println(s2, slices.Insert([]int{1, 2}, 1, 5, 6), slices.Delete([]int{1, 2, 3, 4}, 1, 3))
	m := [][]int{{1, 2}, {3}}
	m2 := slices.Clone(m)
	m2[0][0] = -1
	fmt.Println(m, m2)
	var matrix [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			matrix[i][j] = i * j
		}
	}
	fmt.Println(matrix, len(matrix[0]))
}
