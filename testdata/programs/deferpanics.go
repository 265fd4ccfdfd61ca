// A deferred function that panics while other deferred calls wait: Go
// runs them with the new panic, and a deferred recover among them stops
// it.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func closes() {
	defer fmt.Println("closing runs")
	defer func() { panic("in defer") }()
	fmt.Println("body")
}

func recovers() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer func() { panic("in defer") }()
	return nil
}

func replaces() {
	defer func() { fmt.Println("replaced by:", recover()) }()
	defer func() { panic("second") }()
	panic("first")
}

func inLoop() {
	defer func() { fmt.Println("loop recovered:", recover()) }()
	for i := 0; i < 3; i++ {
		defer func() {
			if i == 1 {
				panic(fmt.Sprint("at ", i))
			}
			fmt.Println("deferred", i)
		}()
	}
}

func cleanup() {
	var m map[string]int
	m["x"] = 1
}

func named() {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println("named:", r, isRuntime)
	}()
	defer cleanup()
	fmt.Println("named body")
}

var errClosed = errors.New("closed")

func asError() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			}
		}
	}()
	defer func() { panic(errClosed) }()
	return nil
}

func main() {
	func() {
		defer func() { fmt.Println("main recovered:", recover()) }()
		closes()
	}()
	fmt.Println(recovers())
	replaces()
	inLoop()
	named()
	err := asError()
	fmt.Println(err, errors.Is(err, errClosed))
	moreMain()
	fmt.Println("end")
}

// A method value, a function with arguments, a literal with arguments,
// and a deferred recover that panics again.

type R struct{}

func (r *R) Close() error { panic("close failed") }

func boom(n int) { panic(fmt.Sprint("boom ", n)) }

func b() {
	defer func() { fmt.Println("rec:", recover()) }()
	defer fmt.Println("printed b")
	r := &R{}
	defer r.Close()
}

func c() {
	defer func() { fmt.Println("rec:", recover()) }()
	defer fmt.Println("printed c")
	defer boom(3)
}

func d() {
	defer func() { fmt.Println("rec:", recover()) }()
	defer fmt.Println("printed d")
	defer func(x int) { panic(x) }(4)
}

func e4() {
	defer func() { fmt.Println("outer:", recover()) }()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("re-", r))
		}
	}()
	panic("first")
}

func moreMain() {
	b()
	c()
	d()
	e4()
}
