package main

// Select cases receiving two values from a field (case j, ok := <-s.jobs)
// in a worker's loop with a continue, a labelled select with a break, and
// a case receiving into an element in a goroutine.

import (
	"fmt"
	"sync"
)

type Server struct {
	jobs    chan int
	quit    chan struct{}
	results []int
	mu      sync.Mutex
}

func (s *Server) run(wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case j, ok := <-s.jobs:
			if !ok {
				fmt.Println("jobs closed")
				return
			}
			if j == 2 {
				continue
			}
			s.mu.Lock()
			s.results = append(s.results, j*j)
			s.mu.Unlock()
		case <-s.quit:
			fmt.Println("quit")
			return
		}
	}
}

type counter struct{ n, sum int }

func main() {
	s := &Server{jobs: make(chan int), quit: make(chan struct{})}
	var wg sync.WaitGroup
	wg.Add(1)
	go s.run(&wg)
	for i := 1; i <= 4; i++ {
		s.jobs <- i
	}
	close(s.jobs)
	wg.Wait()
	fmt.Println(s.results)

	// A labelled select in a loop, broken out of by its label.
	chs := []chan int{make(chan int, 3)}
	chs[0] <- 1
	chs[0] <- 2
	var c counter
	n := 0
loop:
	for {
	recv:
		select {
		case c.n, _ = <-chs[0]:
			if c.n == 2 {
				break recv
			}
			c.sum += c.n
		default:
			break loop
		}
		n++
	}
	fmt.Println(c, n)

	// In a function literal, in a goroutine.
	done := make(chan bool)
	res := make([]int, 2)
	in := struct{ c chan int }{make(chan int, 1)}
	go func() {
		in.c <- 42
		select {
		case res[1] = <-in.c:
		}
		done <- true
	}()
	<-done
	fmt.Println(res)
}
