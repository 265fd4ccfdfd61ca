package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	id, square int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j, j * j}
	}
	_ = id
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 20; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	sum := 0
	for _, r := range all {
		sum += r.square
	}
	fmt.Println(len(all), sum, all[:3])

	var mu sync.Mutex
	counter := map[string]int{}
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			mu.Lock()
			defer mu.Unlock()
			if n%2 == 0 {
				counter["even"]++
			} else {
				counter["odd"]++
			}
		}(i)
	}
	wg2.Wait()
	fmt.Println(counter)

	done := make(chan struct{})
	out := make(chan string)
	go func() {
		defer close(done)
		for s := range out {
			fmt.Println("got", s)
		}
	}()
	for _, s := range []string{"x", "y", "z"} {
		out <- s
	}
	close(out)
	<-done
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	fs := []func(){}
	for i := range 3 {
		fs = append(fs, func() { fmt.Print(i, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
}
