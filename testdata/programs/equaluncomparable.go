package main

// Comparing two anys holding equal-typed values of a type that is not
// comparable panics in Go, naming the type ("comparing uncomparable type
// main.Bag"), and a recovered panic is a runtime.Error; values of
// different types compare unequal first, without a panic.

import (
	"fmt"
	"runtime"
)

type Bag struct{ items []string }

func (b Bag) Len() int { return len(b.items) }

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func compare(a, b any) (eq bool, msg string) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(runtime.Error); ok {
				msg = e.Error()
			}
		}
	}()
	return a == b, ""
}

func main() {
	bag := Bag{[]string{"x"}}
	var b1, b2 any = bag, bag
	var t any = Tag("x")
	fmt.Println(compare(b1, t))
	fmt.Println(compare(t, Tag("x")))
	fmt.Println(compare(b1, b2))
	ha, hb := Holder{b1}, Holder{b2}
	var h1, h2 any = ha, hb
	fmt.Println(compare(h1, h2))
	fmt.Println(b1 == b2)
}

type Holder struct{ v any }

func (h Holder) Get() any { return h.v }
