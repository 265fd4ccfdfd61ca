package main

import "fmt"

// Deferred function literals in loops see each iteration's variables
// (Go 1.22): the loop's own and those its body declares.
func collect() (out []string) {
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, fmt.Sprint("i=", i)) }()
	}
	for k, w := range []string{"kl", "js"} {
		n := len(w) * (k + 1)
		defer func(tag string) { out = append(out, fmt.Sprint(tag, k, w, n)) }("r")
	}
	return
}

func cleanup(names []string) {
	for _, name := range names {
		defer fmt.Println("closing", name)
		defer func() { fmt.Println("closed", name) }()
	}
	fmt.Println("working")
}

func main() {
	fmt.Println(collect())
	cleanup([]string{"a.csv", "b.csv"})
}
