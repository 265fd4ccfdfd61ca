// select: receiving from whichever channel is ready, a default case for a
// non-blocking send and receive, a timeout with time.After that always
// fires (nothing is ever sent), a ticker counted a fixed number of times,
// and context cancellation.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string, 1)
	c2 := make(chan string, 1)
	c1 <- "one"
	got := []string{}
	for range 2 {
		select {
		case m := <-c1:
			got = append(got, m)
			c2 <- "two"
		case m := <-c2:
			got = append(got, m)
		}
	}
	fmt.Println(got)

	msgs := make(chan string)
	select {
	case m := <-msgs:
		fmt.Println("received", m)
	default:
		fmt.Println("no message")
	}
	select {
	case msgs <- "hi":
		fmt.Println("sent")
	default:
		fmt.Println("no receiver")
	}

	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}

	ticker := time.NewTicker(5 * time.Millisecond)
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", ticks)

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		<-ctx.Done()
		fmt.Println("worker stopped:", ctx.Err())
		close(done)
	}()
	cancel()
	<-done

	ctx2, cancel2 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel2()
	<-ctx2.Done()
	fmt.Println(ctx2.Err())

	var nilch chan int
	select {
	case nilch <- 1:
		fmt.Println("never")
	default:
		fmt.Println("nil channel blocks")
	}
}
