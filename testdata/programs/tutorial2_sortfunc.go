// Sorting with the slices package: slices.SortFunc with cmp.Compare and
// cmp.Or for multi-key orders, SortStableFunc keeping equal elements in
// input order, reversed orders, slices.IsSortedFunc, MinFunc/MaxFunc,
// slices.Compact, and slices.Chunk (Go 1.23) splitting into batches.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Student struct {
	Name  string
	Grade int
	Age   int
}

func main() {
	students := []Student{
		{"alice", 90, 20}, {"bob", 85, 22}, {"carol", 90, 19},
		{"dave", 70, 20}, {"erin", 85, 21}, {"frank", 90, 20},
	}
	byGrade := slices.Clone(students)
	slices.SortStableFunc(byGrade, func(a, b Student) int { return cmp.Compare(b.Grade, a.Grade) })
	fmt.Println(byGrade)

	multi := slices.Clone(students)
	slices.SortFunc(multi, func(a, b Student) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(b.Name, a.Name))
	})
	for _, s := range multi {
		fmt.Print(s.Name, "/", s.Age, " ")
	}
	fmt.Println()
	fmt.Println(slices.IsSortedFunc(multi, func(a, b Student) int { return cmp.Compare(a.Age, b.Age) }))

	oldest := slices.MaxFunc(students, func(a, b Student) int { return cmp.Compare(a.Age, b.Age) })
	youngest := slices.MinFunc(students, func(a, b Student) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest.Name, youngest.Name)

	words := strings.Fields("the cat and the hat and the bat")
	slices.Sort(words)
	fmt.Println(words)
	words = slices.Compact(words)
	fmt.Println(words, len(words))
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), -strings.Compare(a, b))
	})
	fmt.Println(words)

	nums := []int{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
	slices.Sort(nums)
	for batch := range slices.Chunk(nums, 4) {
		fmt.Print(batch, len(batch), cap(batch), " ")
	}
	fmt.Println()
	slices.SortFunc(nums, func(a, b int) int { return cmp.Compare(b, a) })
	fmt.Println(nums, cmp.Less(1, 2), cmp.Compare("b", "a"))
	floats := []float64{3, -1, 2}
	slices.Sort(floats)
	fmt.Println(floats, slices.Max(floats), slices.Min(floats))
}
