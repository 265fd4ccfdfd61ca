// A goroutine's panic that nothing recovers ends the program with Go's
// words; one the goroutine recovers does not.
package main

import (
	"fmt"
	"time"
)

func worker(n int) {
	if n == 2 {
		panic(fmt.Sprint("worker ", n))
	}
}

func main() {
	go func() {
		defer func() { fmt.Println("inner recovered:", recover()) }()
		panic("caught")
	}()
	time.Sleep(50 * time.Millisecond)
	go worker(2)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("not reached")
}
