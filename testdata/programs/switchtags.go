// Switches the interpreter ran wrong, silently: a computed tag after an
// init statement read as zero, and case nil never matched a nil pointer,
// slice, map, function or channel. Both become a switch that binds the
// tag once and compares it with ==.
package main

import (
	"fmt"
	"strings"
)

type Op int

type Node struct{ Next *Node }

func kind(p *Node) string {
	switch p {
	case nil:
		return "nil"
	default:
		return "node"
	}
}

func main() {
	switch x := 3; x + 1 {
	case 4:
		fmt.Println("four")
	default:
		fmt.Println("default")
	}
	switch s := "go"; strings.ToUpper(s) {
	case "GO":
		fmt.Println("upper")
	default:
		fmt.Println("no")
	}
	arr := [3]int{1, 2, 3}
	switch n := arr; n[1] {
	case 2:
		fmt.Println("two")
	}
	switch n := 2; Op(n) {
	case 2:
		fmt.Println("op 2")
	}
	switch n := 5; -n {
	case -5:
		fmt.Println("minus five")
	}
	switch y := 3; y {
	case 3:
		fmt.Println("three")
	}

	fmt.Println(kind(nil), kind(&Node{}))
	var xs []int
	switch xs {
	case nil:
		fmt.Println("nil slice")
	}
	var m map[string]int
	switch m {
	case nil:
		fmt.Println("nil map")
	}
	var f func()
	switch f {
	case nil:
		fmt.Println("nil func")
	}
	var ch chan int
	switch ch {
	case nil:
		fmt.Println("nil chan")
	}
	a, b := &Node{}, &Node{}
	switch p := a; p {
	case b:
		fmt.Println("b")
	case a:
		fmt.Println("a")
	}
L:
	switch i := 1; i * 10 {
	case 10:
		for {
			break L
		}
	}
	fmt.Println("after L")
}
