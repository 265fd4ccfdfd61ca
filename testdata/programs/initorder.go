package main

import "fmt"

var order []string

func add(s string) int { order = append(order, s); return len(order) }

var p = add("p")
var _ = add("x")
var _ = add("y")
var q = add("q")
var (
	a       = b + 1
	b       = f()
	counter int
)
var z, w = add("z"), add("w")

func f() int { counter++; order = append(order, "f"); return counter }

func init() { order = append(order, "init") }

func main() { fmt.Println(order, a, b, counter, p, q, z, w) }
