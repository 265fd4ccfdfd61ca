// Goroutines and channels with deterministic output: an unbuffered channel
// handing values over, a buffered channel, a done channel, a pipeline of
// stages, directional channel parameters and sync.WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func produce(ch chan<- string, done chan<- bool) {
	ch <- "ping"
	ch <- "pong"
	close(ch)
	done <- true
}

func main() {
	msgs := make(chan string)
	go func() { msgs <- "hello from a goroutine" }()
	fmt.Println(<-msgs)

	buf := make(chan int, 2)
	buf <- 1
	buf <- 2
	fmt.Println(len(buf), cap(buf), <-buf, <-buf)

	ch := make(chan string, 2)
	done := make(chan bool)
	go produce(ch, done)
	<-done
	for m := range ch {
		fmt.Println(m)
	}

	for v := range square(square(gen(1, 2, 3))) {
		fmt.Println(v)
	}

	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)

	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
}
