// Scopes and initialisation: package variables initialised in dependency
// order, init functions running before main in order, shadowing in if and
// for blocks, := redeclaring one of two names, and goto.
package main

import "fmt"

var (
	total = a + b
	a     = twice(b)
	b     = 5
)

var order []string

func twice(n int) int {
	order = append(order, fmt.Sprintf("twice(%d)", n))
	return 2 * n
}

func init() {
	order = append(order, "init 1")
}

func init() {
	order = append(order, "init 2")
}

func find() (int, error) { return 3, nil }

func main() {
	fmt.Println(total, a, b, order)

	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	{
		x := "shadow"
		fmt.Println(x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println("loop", x)
	}
	fmt.Println(x)

	n, err := find()
	m, err := find()
	fmt.Println(n+m, err)

	if v, err := find(); err == nil {
		fmt.Println("found", v)
	} else {
		fmt.Println("error", err)
	}

	i := 0
loop:
	if i < 3 {
		fmt.Print(i)
		i++
		goto loop
	}
	fmt.Println()
	const x2 = 10
	var fmt2 = fmt.Sprint
	fmt.Println(fmt2(x2, "y"))
}
