package main

import "fmt"

// break and continue in a select's cases: a labelled break leaves the loop
// (the interpreter hung), an unlabelled one leaves only the select (the
// interpreter left the loop).
func main() {
	done := make(chan struct{})
	close(done)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	n := 0
loop:
	for {
		select {
		case v := <-ch:
			n += v
			fmt.Println("got", v)
			break loop
		}
	}
	fmt.Println("out", n)
	for i := 0; i < 3; i++ {
		select {
		case <-done:
			fmt.Println("case", i)
			if i == 1 {
				break
			}
			fmt.Println("not broken", i)
		}
		fmt.Println("after select", i)
	}
	i := 0
next:
	for i < 3 {
		i++
		select {
		case <-done:
			continue next
		}
	}
	fmt.Println("continued to", i)
S:
	select {
	case <-done:
		fmt.Println("in S")
		break S
	}
	for j := 0; j < 2; j++ {
		select {
		case <-done:
			switch j {
			case 0:
				break
			}
			fmt.Println("switch broke, select did not", j)
		}
	}
}
