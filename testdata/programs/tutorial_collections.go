// Arrays, slices and maps: array values copied on assignment, slicing and
// sharing the backing array, append growth, copy, 2-D slices, map insert,
// delete, comma-ok lookup and printing a map (fmt sorts its keys).
package main

import (
	"fmt"
	"slices"
)

func main() {
	var arr [5]int
	arr[2] = 7
	b := arr
	b[0] = 1
	fmt.Println(arr, b, len(arr))

	primes := [...]int{2, 3, 5, 7, 11, 13}
	s := primes[1:4]
	s[0] = 30
	fmt.Println(primes, s, len(s), cap(s))

	var nums []int
	fmt.Println(nums == nil, len(nums))
	for i := range 5 {
		nums = append(nums, i*i)
	}
	fmt.Println(nums)

	dst := make([]int, 3)
	n := copy(dst, nums)
	fmt.Println(n, dst)

	grid := make([][]string, 3)
	for i := range grid {
		grid[i] = make([]string, 3)
		for j := range grid[i] {
			grid[i][j] = "."
		}
	}
	grid[1][1] = "X"
	for _, row := range grid {
		fmt.Println(row)
	}

	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	delete(ages, "bob")
	fmt.Println(ages, len(ages))
	if age, ok := ages["bob"]; !ok {
		fmt.Println("bob missing", age)
	}
	ages["alice"]++
	fmt.Println(ages["alice"])

	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println(keys)

	t := []int{1, 2, 3, 4, 5}
	t = append(t[:1], t[2:]...)
	fmt.Println(t, slices.Contains(t, 3), slices.Index(t, 4))
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}))
}
