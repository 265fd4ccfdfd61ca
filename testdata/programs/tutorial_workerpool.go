// A worker pool: jobs fanned out over a channel to three workers, results
// collected and sorted before printing, a sync.Mutex-guarded map, an atomic
// counter and sync.Once.
package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type result struct {
	job, out, worker int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{job: j, out: j * 2, worker: id}
	}
}

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)

	var outs []int
	for r := range results {
		outs = append(outs, r.out)
	}
	slices.Sort(outs)
	fmt.Println(outs)

	c := SafeCounter{m: map[string]int{}}
	var ops atomic.Int64
	var hits int32
	var once sync.Once
	var wg2 sync.WaitGroup
	for i := range 50 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			c.Inc("key")
			ops.Add(2)
			atomic.AddInt32(&hits, 1)
			once.Do(func() { fmt.Println("once only") })
			_ = i
		}()
	}
	wg2.Wait()
	fmt.Println(c.Value("key"), ops.Load(), atomic.LoadInt32(&hits))
}
