package main

import (
	"fmt"
	"strings"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func main() {
	total := 0
	for v := range sq(sq(gen(1, 2, 3))) {
		fmt.Print(v, " ")
		total += v
	}
	fmt.Println("=", total)
	in := gen(1, 2, 3, 4, 5, 6)
	sum := 0
	for v := range merge(sq(in), sq(in), sq(in)) {
		sum += v
	}
	fmt.Println("sum of squares", sum)
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	words := strings.Fields("a b a c b a")
	for _, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc(w)
		}()
	}
	wg.Wait()
	fmt.Println(c.v)
	results := make([]string, 5)
	var wg2 sync.WaitGroup
	for i := range results {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			results[i] = strings.Repeat("*", i)
		}()
	}
	wg2.Wait()
	fmt.Printf("%q\n", results)
	sem := make(chan struct{}, 2)
	done := make(chan int, 3)
	for i := 0; i < 3; i++ {
		sem <- struct{}{}
		go func(id int) {
			defer func() { <-sem }()
			done <- id * 10
		}(i)
	}
	got := 0
	for i := 0; i < 3; i++ {
		got += <-done
	}
	fmt.Println(got, len(sem) <= 2)
	select {
	case v := <-done:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("nothing waiting")
	}
}
