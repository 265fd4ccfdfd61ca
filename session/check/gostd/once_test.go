package gostd_test

// The templates of math/rand/v2's N, sync's OnceValue and OnceValues and
// sync/atomic's Pointer against the standard library.

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	gatomic "github.com/divergo/divergo/session/check/gostd/atomic"
	grand "github.com/divergo/divergo/session/check/gostd/rand"
	gsync "github.com/divergo/divergo/session/check/gostd/sync"
)

func TestRandNAgainstStd(t *testing.T) {
	for _, n := range []int{0, -1} {
		if a, b := panicOf(func() { rand.N(n) }), panicOf(func() { grand.N(n) }); a != b {
			t.Fatalf("N(%d) panics %q, std %q", n, b, a)
		}
	}
	// The same values over many draws: both draw uniformly in [0, n).
	counts := map[time.Duration]int{}
	for i := 0; i < 30000; i++ {
		d := grand.N(3 * time.Nanosecond)
		if d < 0 || d >= 3 {
			t.Fatalf("N(3ns) = %v", d)
		}
		counts[d]++
		if u := grand.N(uint8(255)); u == 255 {
			t.Fatalf("N(uint8(255)) = 255")
		}
	}
	for d := time.Duration(0); d < 3; d++ {
		if counts[d] < 9000 || counts[d] > 11000 {
			t.Fatalf("N(3ns) drew %v %d times in 30000", d, counts[d])
		}
	}
}

// onceRun calls get n times (from goroutines when concurrent), recording
// each call's result or panic, and how many times f ran.
func onceRun(once func(f func() int) func() int, fail bool, concurrent bool) string {
	ran := 0
	var mu sync.Mutex
	get := once(func() int {
		mu.Lock()
		ran++
		mu.Unlock()
		time.Sleep(time.Millisecond)
		if fail {
			panic(errors.New("boom"))
		}
		return 42
	})
	out := make([]string, 6)
	var wg sync.WaitGroup
	for i := range out {
		call := func() {
			defer func() {
				if r := recover(); r != nil {
					out[i] = fmt.Sprint("panic ", r)
				}
			}()
			out[i] = fmt.Sprint(get())
		}
		if concurrent {
			wg.Add(1)
			go func() { defer wg.Done(); call() }()
		} else {
			call()
		}
	}
	wg.Wait()
	return fmt.Sprint(out, " ran ", ran)
}

func TestOnceValueAgainstStd(t *testing.T) {
	for _, fail := range []bool{false, true} {
		for _, conc := range []bool{false, true} {
			want := onceRun(sync.OnceValue[int], fail, conc)
			got := onceRun(gsync.OnceValue[int], fail, conc)
			if got != want {
				t.Fatalf("OnceValue (panics %v, concurrent %v): %s, std %s", fail, conc, got, want)
			}
		}
	}
	pair := func(once func(func() (int, error)) func() (int, error)) string {
		ran := 0
		get := once(func() (int, error) { ran++; return ran, errors.New("e") })
		a, ea := get()
		b, eb := get()
		return fmt.Sprint(a, ea, b, eb, ran)
	}
	if got, want := pair(gsync.OnceValues[int, error]), pair(sync.OnceValues[int, error]); got != want {
		t.Fatalf("OnceValues: %s, std %s", got, want)
	}
}

func TestAtomicPointerAgainstStd(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	ptrs := []*int{nil, new(int), new(int), new(int)}
	var std atomic.Pointer[int]
	var ours gatomic.Pointer[int]
	for i := 0; i < 5000; i++ {
		p, q := ptrs[r.IntN(len(ptrs))], ptrs[r.IntN(len(ptrs))]
		switch r.IntN(4) {
		case 0:
			if a, b := std.Load(), ours.Load(); a != b {
				t.Fatalf("step %d: Load %p, std %p", i, b, a)
			}
		case 1:
			std.Store(p)
			ours.Store(p)
		case 2:
			if a, b := std.Swap(p), ours.Swap(p); a != b {
				t.Fatalf("step %d: Swap %p, std %p", i, b, a)
			}
		case 3:
			if a, b := std.CompareAndSwap(p, q), ours.CompareAndSwap(p, q); a != b {
				t.Fatalf("step %d: CompareAndSwap %v, std %v", i, b, a)
			}
		}
	}
	// Concurrent Stores and Swaps: every pointer stored comes out once.
	var x gatomic.Pointer[int]
	var wg sync.WaitGroup
	seen := make(chan *int, 101)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := i
			seen <- x.Swap(&v)
		}()
	}
	wg.Wait()
	seen <- x.Load()
	close(seen)
	got := map[int]bool{}
	nils := 0
	for p := range seen {
		if p == nil {
			nils++
		} else {
			got[*p] = true
		}
	}
	if nils != 1 || len(got) != 100 {
		t.Fatalf("concurrent Swap: %d nils, %d distinct values", nils, len(got))
	}
}
