// A continue inside a select's case goes on with the loop around the
// select (the interpreter ran the statements after the select, or its
// compiler overflowed).
package main

import "fmt"

func main() {
	second()
	for i := 0; i < 3; i++ {
		select {
		default:
			fmt.Println("i", i)
			continue
		}
		fmt.Println("unreachable")
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	n := 0
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				fmt.Println("closed", n)
				return
			}
			n += v
			if v == 2 {
				continue
			}
			fmt.Println("got", v)
			continue
		}
		break
	}
	fmt.Println("after loop")
}

func second() {
	for i := 0; i < 3; i++ {
		select {
		default:
			if i >= 0 {
				continue
			}
		}
		break
	}
	fmt.Println("end")
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < 4; i++ {
			ch <- i
		}
		close(done)
	}()
	sum := 0
outer:
	for {
		select {
		case v := <-ch:
			if v%2 == 0 {
				continue outer
			}
			sum += v
		case <-done:
			break outer
		}
	}
	fmt.Println("sum", sum)
}
