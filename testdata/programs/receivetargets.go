// A receive assigned to an element, a field or a pointed-to variable, and
// returned: the interpreter stored zero in a loop (results[i] = <-ch) and
// stopped on return <-ch ("reflect.Value.Set using unaddressable value").
package main

import "fmt"

type P struct{ X int }

func get(ch chan int) int { return <-ch }

func main() {
	ch := make(chan int, 10)
	for i := 1; i <= 6; i++ {
		ch <- i
	}
	s := make([]int, 2)
	s[1] = <-ch
	var a [2]int
	a[1] = <-ch
	p := &P{}
	p.X = <-ch
	x := new(int)
	*x = <-ch
	results := make([]int, 2)
	for i := range results {
		results[i] = <-ch
	}
	fmt.Println(s, a, p.X, *x, results)
	ch <- 9
	fmt.Println(get(ch))
}
