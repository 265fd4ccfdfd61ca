package main

// Select cases that receive two values from a channel that is not a
// variable (v, ok := <-h.in: the interpreter never evaluated the channel,
// so the case was never ready), or into a field, an element, a map element
// or through a pointer (case s.last = <-ch: the interpreter dropped the
// value). Channel operands and sent values are evaluated once, in order, on
// entering the select; a case's targets only once it is chosen.

import "fmt"

type Hub struct {
	in   chan int
	out  chan string
	last int
	ok   bool
}

type Flag bool

type point struct{ x, y int }

var trace []string

func get(h *Hub, name string) chan int {
	trace = append(trace, "chan "+name)
	return h.in
}

func val(name string) string {
	trace = append(trace, "send "+name)
	return name
}

func idx(name string) int {
	trace = append(trace, "index "+name)
	return 1
}

type box[T any] struct{ ch chan T }

func recvAll[T any](c box[T]) (T, bool) {
	select {
	case v, ok := <-c.ch:
		return v, ok
	default:
		var zero T
		return zero, false
	}
}

func main() {
	h := &Hub{in: make(chan int, 4), out: make(chan string, 1)}

	// Comma-ok from a field, an element, a map value and a call.
	h.in <- 1
	select {
	case v, ok := <-h.in:
		fmt.Println("field", v, ok)
	default:
		fmt.Println("field: nothing")
	}
	chs := []chan int{make(chan int, 1), make(chan int, 1)}
	chs[1] <- 2
	select {
	case v, ok := <-chs[1]:
		fmt.Println("element", v, ok, len(chs[1]))
	default:
		fmt.Println("element: nothing")
	}
	m := map[string]chan int{"k": make(chan int, 1)}
	m["k"] <- 3
	var v int
	var ok bool
	select {
	case v, ok = <-m["k"]:
		fmt.Println("map value", v, ok)
	default:
		fmt.Println("map value: nothing")
	}

	// A closed channel: ok is false.
	close(chs[0])
	select {
	case v, ok := <-chs[0]:
		fmt.Println("closed", v, ok)
	}

	// Channel operands and sent values are evaluated once, in source
	// order; the targets only when their case is chosen.
	h.in <- 4
	arr := []int{0, 0, 0}
	h.out <- "full"
	select {
	case arr[idx("a")] = <-get(h, "a"):
		fmt.Println("chosen a", arr)
	case h.out <- val("b"):
		fmt.Println("chosen b")
	}
	fmt.Println(trace, <-h.out)
	trace = nil
	select {
	case arr[idx("c")] = <-get(h, "c"):
		fmt.Println("chosen c", arr)
	default:
		fmt.Println("default", arr)
	}
	fmt.Println(trace)

	// Targets: a field, an element, a map element, a pointer.
	h.in <- 5
	select {
	case h.last = <-h.in:
		fmt.Println("last", h.last)
	}
	h.in <- 6
	mm := map[string]int{}
	select {
	case mm["k"] = <-h.in:
		fmt.Println("map", mm)
	}
	x := 0
	p := &x
	h.in <- 7
	select {
	case *p = <-h.in:
		fmt.Println("pointer", x)
	}
	// Two targets.
	h.in <- 8
	select {
	case h.last, h.ok = <-h.in:
		fmt.Println("both fields", h.last, h.ok)
	}
	h.in <- 9
	var f Flag
	select {
	case arr[0], f = <-h.in:
		fmt.Println("named bool", arr, f)
	}
	var a any
	h.in <- 10
	select {
	case a, _ = <-h.in:
		fmt.Printf("interface %v %T\n", a, a)
	}
	h.in <- 11
	select {
	case _, h.ok = <-h.in:
		fmt.Println("blank", h.ok)
	}

	// Channels of structs, received into a field.
	pts := struct{ ch chan point }{make(chan point, 1)}
	pts.ch <- point{1, 2}
	var holder struct{ p point }
	select {
	case holder.p = <-pts.ch:
		fmt.Println("struct", holder.p)
	}

	// A generic function.
	c := box[string]{make(chan string, 1)}
	c.ch <- "hi"
	fmt.Println(recvAll(c))
	fmt.Println(recvAll(c))
}
