package main

import "fmt"

// A value switch on an any whose case lists hold computed values: two
// lowerings (the any tag, the computed case) once overlapped and crashed
// divergo run.

func one() int { return 1 }

func k(x any) string {
	switch x {
	case 3, one():
		return "3 or 1"
	case "a":
		return "a"
	default:
		return "other"
	}
}

func main() {
	n := 1
	switch n {
	case 3, one():
		fmt.Println("n is 3 or 1")
	}
	fmt.Println(k(1), k(3), k("a"), k(2.0))
	for i := 0; i < 4; i++ {
		switch {
		case i == 0, i == 2:
			fmt.Println("even", i)
		}
	}
}
