// A goroutine pipeline with deterministic output: a generator channel, a
// fan-out of workers computing the entropy of each word, a fan-in collected
// through a sync.WaitGroup that closes the results channel, a mutex-guarded
// total and an atomic counter; results are sorted before printing.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sync"
	"sync/atomic"
)

type result struct {
	word string
	bits float64
}

func entropy(s string) float64 {
	counts := map[rune]int{}
	n := 0
	for _, r := range s {
		counts[r]++
		n++
	}
	h := 0.0
	for _, c := range counts {
		p := float64(c) / float64(n)
		h -= p * math.Log2(p)
	}
	return h
}

func generate(words []string) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for _, w := range words {
			ch <- w
		}
	}()
	return ch
}

func main() {
	words := []string{"information", "entropy", "aaaa", "channel", "abcdefgh", "noise", "redundancy", "bit", "shannon", "abab"}
	in := generate(words)
	out := make(chan result, 3)
	var wg sync.WaitGroup
	var processed atomic.Int64
	var mu sync.Mutex
	totalLetters := 0
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for w := range in {
				out <- result{w, entropy(w)}
				processed.Add(1)
				mu.Lock()
				totalLetters += len(w)
				mu.Unlock()
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	var results []result
	for r := range out {
		results = append(results, r)
	}
	slices.SortFunc(results, func(a, b result) int {
		return cmp.Or(cmp.Compare(b.bits, a.bits), cmp.Compare(a.word, b.word))
	})
	for _, r := range results {
		fmt.Printf("%-12s %.4f\n", r.word, r.bits)
	}
	fmt.Println("processed", processed.Load(), "letters", totalLetters)

	done := make(chan struct{})
	sem := make(chan int, 2)
	go func() {
		for i := range 5 {
			sem <- i
		}
		close(sem)
	}()
	sum := 0
	go func() {
		for v := range sem {
			sum += v
		}
		close(done)
	}()
	<-done
	fmt.Println("sum through buffered channel:", sum)
	select {
	case v, ok := <-sem:
		fmt.Println("closed channel gives", v, ok)
	default:
		fmt.Println("would block")
	}
}
