// More synchronisation with deterministic output: a RWMutex-guarded cache,
// sync.Map ranged into a sorted slice, a buffered channel as a semaphore
// bounding concurrency (its peak checked with atomics), errors collected
// from goroutines, and sync.Cond-free fan-in of results in order.
package main

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type Cache struct {
	mu sync.RWMutex
	m  map[int]int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *Cache) Set(k, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{m: map[int]int{}}
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			c.Set(n%5, n%5*100)
			c.Get(n % 3)
		}(i)
	}
	wg.Wait()
	v, ok := c.Get(4)
	fmt.Println(len(c.m), v, ok)

	var sm sync.Map
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Store(fmt.Sprintf("k%d", i), i*i)
		}()
	}
	wg.Wait()
	var keys []string
	sm.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	slices.Sort(keys)
	fmt.Println(keys)
	got, _ := sm.Load("k3")
	fmt.Println(got)

	sem := make(chan struct{}, 2)
	var active, peak int32
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := atomic.AddInt32(&active, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			atomic.AddInt32(&active, -1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak <= 2:", peak <= 2, peak > 0)

	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 1 {
				errs[i] = fmt.Errorf("task %d failed", i)
			}
		}()
	}
	wg.Wait()
	fmt.Println(errors.Join(errs...))

	results := make([]chan string, 3)
	for i := range results {
		results[i] = make(chan string, 1)
		go func() { results[i] <- fmt.Sprintf("r%d", i) }()
	}
	for _, ch := range results {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
}
