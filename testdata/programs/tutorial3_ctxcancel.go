package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func produce(ctx context.Context, out chan<- int) error {
	defer close(out)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case out <- i:
		}
	}
}

type key struct{ name string }

func handler(ctx context.Context) string {
	user, _ := ctx.Value(key{"user"}).(string)
	if user == "" {
		return "anonymous"
	}
	return "user " + user
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan int)
	errc := make(chan error, 1)
	go func() { errc <- produce(ctx, ch) }()
	sum := 0
	for v := range ch {
		sum += v
		if v == 9 {
			cancel()
			break
		}
	}
	for range ch {
	}
	err := <-errc
	fmt.Println(sum, err, errors.Is(err, context.Canceled))
	ctx2 := context.WithValue(context.Background(), key{"user"}, "ann")
	fmt.Println(handler(ctx2), handler(context.Background()))
	ctx3, cancel3 := context.WithTimeout(context.Background(), time.Hour)
	defer cancel3()
	_, hasDeadline := ctx3.Deadline()
	fmt.Println(hasDeadline, ctx3.Err())
	cancel3()
	<-ctx3.Done()
	fmt.Println(ctx3.Err())
	var ops atomic.Int64
	var hits int32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ops.Add(2)
			atomic.AddInt32(&hits, 1)
		}()
	}
	wg.Wait()
	fmt.Println(ops.Load(), atomic.LoadInt32(&hits))
	var rw sync.RWMutex
	cache := map[string]int{}
	get := func(k string) (int, bool) {
		rw.RLock()
		defer rw.RUnlock()
		v, ok := cache[k]
		return v, ok
	}
	rw.Lock()
	cache["a"] = 1
	rw.Unlock()
	fmt.Println(get("a"))
	fmt.Println(get("b"))
}
