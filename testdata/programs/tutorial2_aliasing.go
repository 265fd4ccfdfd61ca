// Slice aliasing and append gotchas: two slices sharing a backing array, an
// append that writes into the other slice's elements while capacity lasts,
// the full slice expression a[lo:hi:max] forcing a copy, copy's count, and
// arrays being copied by assignment and when passed to functions.
package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleSlice(s []int) {
	for i := range s {
		s[i] *= 2
	}
}

func main() {
	base := []int{1, 2, 3, 4, 5}
	head := base[:2]
	fmt.Println(len(head), cap(head))
	head = append(head, 99)
	fmt.Println("base after append to head:", base)

	safe := base[:2:2]
	safe = append(safe, 100)
	fmt.Println("base after append to safe:", base, "safe:", safe)

	s := make([]int, 3, 4)
	t := append(s, 1)
	u := append(s, 2)
	fmt.Println("t and u share:", t, u)

	dst := make([]int, 3)
	n := copy(dst, []int{7, 8, 9, 10})
	fmt.Println("copied", n, dst)
	n = copy(base[1:], base)
	fmt.Println("overlapping copy", n, base)
	b := make([]byte, 5)
	fmt.Println(copy(b, "héllo"), b)

	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(arr, arr2, double(arr), arr)
	doubleSlice(arr[:])
	fmt.Println(arr, arr == [3]int{2, 4, 6})

	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	row := grid[0]
	row[0] = "z"
	fmt.Println(grid, row)
	ps := &grid
	ps[1][1] = "w"
	fmt.Println(grid, len(ps))

	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), fmt.Sprint(nilS), fmt.Sprint(empty))
	fmt.Printf("%v %#v %#v\n", nilS, nilS, empty)
}
