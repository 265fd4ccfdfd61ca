// Newer standard-library idioms: sync.WaitGroup.Go, strings.Lines and
// strings.FieldsSeq, slices.Chunk, slices.Insert/Delete/Compact/
// IndexFunc, maps.Collect with maps.All, cmp.Or for defaults, and a
// range over an integer of a named type.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

type Level int

func main() {
	var wg sync.WaitGroup
	out := make([]int, 4)
	for i := range 4 {
		wg.Go(func() { out[i] = i * 10 })
	}
	wg.Wait()
	fmt.Println(out)

	for line := range strings.Lines("a\nbb\nccc") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  x y  z ") {
		fmt.Print(f, ".")
	}
	fmt.Println()

	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c)
	}
	fmt.Println()
	s := []int{1, 2, 2, 3, 3, 3, 4}
	s = slices.Compact(s)
	s = slices.Insert(s, 1, 9, 8)
	s = slices.Delete(s, 0, 1)
	fmt.Println(s, slices.IndexFunc(s, func(x int) bool { return x < 3 }))

	m := maps.Collect(slices.All([]string{"zero", "one"}))
	fmt.Println(m)
	name := ""
	fmt.Println(cmp.Or(name, "default"), cmp.Or(0, 0, 7))
	var lv Level = 3
	for l := range lv {
		fmt.Printf("%T=%d ", l, l)
	}
	fmt.Println()
	fmt.Println(slices.Repeat([]string{"ab"}, 3), slices.Concat([]int{1}, []int{2, 3}))
}
