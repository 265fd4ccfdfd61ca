package main

// A recovered runtime error is of the runtime's type, which %T names
// (runtime.boundsError, runtime.errorString, runtime.plainError,
// *runtime.TypeAssertionError), and a runtime.Error: divergo raised its
// own check.runtimeError for those the interpreter words otherwise.
// Converting a slice to a longer array says Go's words too.

import (
	"fmt"
	"runtime"
)

type P struct{ X int }

func try(name string, withText bool, f func()) {
	defer func() {
		r := recover()
		_, isRE := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%s: %T %v %v", name, r, isRE, isErr)
		if withText {
			fmt.Printf(" | %v", r)
		}
		fmt.Println()
	}()
	f()
}

func main() {
	xs := []int{1, 2, 3}
	i := 5
	var m map[string]int
	var p *P
	var a any = "s"
	z := 0
	arr := [3]int{}
	s := "abc"
	try("index", true, func() { _ = xs[i] })
	try("array", true, func() { _ = arr[i%8] })
	try("string", true, func() { _ = s[i] })
	try("negative", true, func() { _ = xs[i-10] })
	try("slice", false, func() { _ = xs[1:i] })
	try("divide", true, func() { _ = 10 / z })
	try("nil map", true, func() { m["a"] = 1 })
	try("nil pointer", true, func() { _ = p.X })
	try("assert", true, func() { _ = a.(int) })
	try("assert interface", true, func() { _ = a.(fmt.Stringer) })
	try("closed channel", true, func() { c := make(chan int); close(c); close(c) })
	try("makeslice", true, func() { _ = make([]int, i-10) })
	try("to array", true, func() { _ = [4]int(xs) })
	try("to array pointer", true, func() { _ = (*[4]int)(xs) })
	try("shift", true, func() { _ = 1 << (i - 10) })
	try("custom", true, func() { panic(fmt.Errorf("custom")) })
	for k := range 5 {
		try("loop", true, func() { _ = xs[k] })
	}
}
