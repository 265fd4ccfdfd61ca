// A range with a value over a slice, an array or a map of channels: the
// interpreter stopped with "reflect: call of reflect.Value.Len on int
// Value" (a nil dereference for a map). The fan-in of a pipeline.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(xs ...int) <-chan int {
	out := make(chan int, len(xs))
	for _, x := range xs {
		out <- x
	}
	close(out)
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	wg.Add(len(cs))
	for _, c := range cs {
		go func() {
			defer wg.Done()
			for n := range c {
				out <- n
			}
		}()
	}
	wg.Wait()
	close(out)
	return out
}

func main() {
	var got []int
	for n := range merge(gen(1, 2), gen(3), gen(4, 5)) {
		got = append(got, n)
	}
	sort.Ints(got)
	fmt.Println(got)

	arr := [2]chan string{make(chan string, 1), make(chan string, 1)}
	for i, c := range arr {
		c <- fmt.Sprint("slot ", i)
	}
	for _, c := range &arr {
		fmt.Println(<-c)
	}
	byName := map[string]chan int{"a": make(chan int, 1)}
	for name, c := range byName {
		c <- len(name)
		fmt.Println(name, <-c)
	}
	var last chan int
	pair := []chan int{make(chan int), nil}
	for _, last = range pair {
	}
	fmt.Println(last == nil)
}
