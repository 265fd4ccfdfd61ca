// Runtime errors that name a type of the program: a struct with a slice
// as a key of a map[any] (hash of unhashable type main.Bag) and == of two
// anys holding one (comparing uncomparable type main.Bag, [1]main.Bag).
// The interpreter's reflection wrote the type's structure, struct { Name
// string; Items []string }.
package main

import "fmt"

type Bag struct {
	Name  string
	Items []string
}

type Pair struct {
	Key   Bag
	Count int
}

type hidden struct{ xs []int }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	try("key", func() { m := map[any]int{}; m[Bag{}] = 1 })
	try("nested", func() { m := map[any]int{}; m[Pair{}] = 1 })
	try("unexported", func() { m := map[any]bool{}; m[hidden{}] = true })
	try("equal", func() { var a, b any = Bag{}, Bag{}; fmt.Println(a == b) })
	try("array", func() { var a, b any = [1]Bag{}, [1]Bag{}; fmt.Println(a == b) })
	try("slice", func() { m := map[any]int{}; m[[]int{1}] = 1 })
	set := map[any]bool{}
	set[Bag{Name: "uncaught"}] = true
}
