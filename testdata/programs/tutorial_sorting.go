// Sorting: slices.Sort on ints and strings, slices.SortFunc with cmp.Compare
// on struct fields and a two-key order, SortStableFunc, sort.Slice,
// sort.Sort with a sort.Interface, and binary search.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	ints := []int{5, 2, 8, 1, 9}
	slices.Sort(ints)
	fmt.Println(ints, slices.IsSorted(ints))
	strs := []string{"pear", "apple", "fig"}
	slices.Sort(strs)
	fmt.Println(strs)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people[0].Age, people[3].Age)
	slices.SortFunc(people, func(a, b Person) int {
		if c := cmp.Compare(b.Age, a.Age); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	fmt.Println(people)
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(len(a.Name), len(b.Name)) })
	fmt.Println(people)

	fruits := []string{"banana", "kiwi", "cherry", "fig"}
	sort.Sort(byLen(fruits))
	fmt.Println(fruits[0], fruits[3])
	sort.Slice(fruits, func(i, j int) bool { return fruits[i] > fruits[j] })
	fmt.Println(fruits)

	i, found := slices.BinarySearch(ints, 8)
	fmt.Println(i, found)
	j := sort.SearchInts(ints, 3)
	fmt.Println(j)
	fmt.Println(slices.Max(ints), slices.Min(ints), cmp.Compare("a", "b"))
	rev := slices.Clone(ints)
	slices.Reverse(rev)
	fmt.Println(rev, ints)
	fmt.Println(slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Name, b.Name) }))
}
