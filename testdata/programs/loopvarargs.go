package main

// Go 1.22: a function literal made in a loop sees that iteration's
// variables, also when it goes straight to native code (the interpreter's
// closures given to a function of another package read the last
// iteration's).

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"
)

type job struct{ run func() int }

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []int
	for i := range 3 {
		wg.Go(func() { mu.Lock(); got = append(got, i); mu.Unlock() })
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println("wg.Go:", got)

	out := make([]int, 3)
	wg.Add(3)
	for i := 0; i < 3; i++ {
		time.AfterFunc(time.Millisecond, func() { out[i] = i * i; wg.Done() })
	}
	wg.Wait()
	fmt.Println("AfterFunc:", out)

	out = make([]int, 3)
	wg.Add(3)
	for i, w := range []string{"a", "bb", "ccc"} {
		n := len(w) * 10
		time.AfterFunc(time.Millisecond, func() { out[i] = n; wg.Done() })
	}
	wg.Wait()
	fmt.Println("body variable:", out)

	var hs []http.HandlerFunc
	for _, p := range []string{"/a", "/b"} {
		hs = append(hs, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Println("handler", p) }))
	}
	for _, h := range hs {
		h(nil, nil)
	}

	var fs []func(string) string
	for _, sep := range []string{"-", "+"} {
		fs = append(fs, func(s string) string { return strings.Join([]string{s, s}, sep) })
	}
	fmt.Println(fs[0]("x"), fs[1]("y"))

	m := map[int]func() int{}
	for i := range 3 {
		m[i] = func() int { return i * 10 }
	}
	fmt.Println(m[0](), m[1](), m[2]())

	var jobs []job
	for i := 0; i < 3; i++ {
		jobs = append(jobs, job{run: func() int { return i + 100 }})
	}
	fmt.Println(jobs[0].run(), jobs[1].run(), jobs[2].run())

	res := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); res[i] = i + 1 }()
	}
	wg.Wait()
	fmt.Println("go:", res)

	mk := func() func() int {
		for i := 0; i < 3; i++ {
			if i == 2 {
				return func() int { return i }
			}
		}
		return nil
	}
	fmt.Println("returned:", mk()())

	for i := 0; i < 2; i++ {
		defer func() { fmt.Println("deferred", i) }()
	}

	var once []func()
	for _, name := range []string{"x", "y"} {
		var o sync.Once
		once = append(once, func() { o.Do(func() { fmt.Println("once", name) }) })
	}
	for _, f := range once {
		f()
		f()
	}
}
