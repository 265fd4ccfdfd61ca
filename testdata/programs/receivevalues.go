package main

// A receive assigned to an element whose index makes a call, outside loops
// (sl[idx()] = <-ch, nodes[len(nodes)-1].val = <-ch: the interpreter
// dropped the value), a receive in the index (arr[<-ch%3] = <-ch, received
// first), and a receive among several values defined at once (a, b :=
// <-ch, 5: the interpreter lost the other values).

import "fmt"

type Node struct {
	val  int
	kids []int
}

var calls []string

func idx() int {
	calls = append(calls, "idx")
	return 1
}

func f() int { return 100 }

func main() {
	ch := make(chan int, 100)
	for i := 1; i <= 100; i++ {
		ch <- i
	}
	sl := make([]int, 3)
	sl[idx()] = <-ch
	fmt.Println("A", sl, calls)
	nodes := []*Node{{}}
	nodes[len(nodes)-1].val = <-ch
	fmt.Println("B", nodes[0].val)
	arr := [3]int{}
	arr[<-ch%3] = <-ch
	fmt.Println("C", arr)
	x := 1
	sl[int(x)] = <-ch
	fmt.Println("D", sl)
	n := &Node{kids: make([]int, 2)}
	n.kids[len(n.kids)-1] = <-ch
	fmt.Println("E", n.kids)
	for i := 0; i < 2; i++ {
		sl[idx()] = <-ch
		sl[len(sl)-1-i] = <-ch
		fmt.Println("F", sl)
	}
	func() {
		sl[idx()] = <-ch
		fmt.Println("G", sl)
	}()
	get := func() *Node { return n }
	get().val = <-ch
	fmt.Println("H", n.val)
	ps := []*int{new(int)}
	*ps[len(ps)-1] = <-ch
	fmt.Println("I", *ps[0])
	mm := map[string][]int{"a": {0, 0}}
	mm["a"][idx()] = <-ch
	fmt.Println("J", mm)
	ich := make(chan any, 1)
	ich <- "v"
	as := []any{1, 2}
	as[idx()] = <-ich
	fmt.Println("K", as)

	a, b := <-ch, 5
	fmt.Println("L", a, b)
	c, d := 5, <-ch
	fmt.Println("M", c, d)
	var e, g = <-ch, <-ch
	fmt.Println("N", e, g)
	j, k := f(), <-ch
	fmt.Println("O", j, k)
	var p, q int = <-ch, 7
	fmt.Println("P", p, q)
	total := 0
	total, x = total+<-ch, <-ch
	fmt.Println("Q", total, x)
	s := struct{ a, b int }{}
	s.a, s.b = <-ch, 100
	fmt.Println("R", s)
}
