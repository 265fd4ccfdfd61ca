package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"
)

type Config struct{ Name string }

type Count int

// Go 1.21–1.22's generic sync.OnceValue and OnceValues, math/rand/v2's N
// and sync/atomic's Pointer[T].
func main() {
	inRange := true
	for i := 0; i < 1000; i++ {
		if n := rand.N(10); n < 0 || n >= 10 {
			inRange = false
		}
		if d := rand.N(3 * time.Second); d < 0 || d >= 3*time.Second {
			inRange = false
		}
		if c := rand.N(Count(4)); c < 0 || c >= 4 {
			inRange = false
		}
		if u := rand.N(uint8(200)); u >= 200 {
			inRange = false
		}
	}
	fmt.Println("in range:", inRange)
	func() {
		defer func() { fmt.Println("rand.N(0):", recover()) }()
		rand.N(0)
	}()

	calls := 0
	get := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(get(), get(), calls)
	two := sync.OnceValues(func() (string, error) { calls++; return "x", errors.New("e") })
	s, err := two()
	s2, _ := two()
	fmt.Println(s, err, s2, calls)
	f := sync.OnceFunc(func() { calls++ })
	f()
	f()
	fmt.Println(calls)
	boom := sync.OnceValue(func() int { calls++; panic("boom") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover(), calls) }()
			boom()
		}()
	}
	var wg sync.WaitGroup
	shared := sync.OnceValue(func() int { calls++; time.Sleep(time.Millisecond); return calls })
	results := make([]int, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = shared()
		}()
	}
	wg.Wait()
	fmt.Println(results, calls)

	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	p.Store(&Config{"a"})
	old := p.Swap(&Config{"b"})
	fmt.Println(old.Name, p.Load().Name)
	fmt.Println(p.CompareAndSwap(old, &Config{"c"}), p.Load().Name)
	cur := p.Load()
	fmt.Println(p.CompareAndSwap(cur, &Config{"d"}), p.Load().Name)
	type holder struct {
		cfg atomic.Pointer[Config]
		n   atomic.Int64
	}
	var h holder
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h.cfg.Store(&Config{fmt.Sprint(i)})
			h.n.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println(h.cfg.Load() != nil, h.n.Load())
	var ip atomic.Pointer[int]
	v := 7
	ip.Store(&v)
	fmt.Println(*ip.Load())
}
