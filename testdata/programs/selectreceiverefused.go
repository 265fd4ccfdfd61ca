package main

// A select case receiving a value and its ok into targets where the
// second target's index is the first target (case i, seen[i] = <-ch): Go
// evaluates seen[i]'s index before it assigns i; the lowering would assign
// one after the other.
// divergo run refuses: the second target reads a variable the first one's assignment could change

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 2
	seen := make([]bool, 3)
	i := 0
	select {
	case i, seen[i] = <-ch:
	}
	fmt.Println(i, seen)
}
