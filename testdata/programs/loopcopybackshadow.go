// A loop variable captured and changed in a body that declares another
// variable of its name: the copy back before continue took that one (Go
// 0 2 3 5 6 8, divergo 0 2 3). helper-29, i1.go.
// divergo run refuses: which declares another i
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 8; i++ {
		fs = append(fs, func() int { return i })
		if i%3 == 0 {
			i := i * 100
			_ = i
			continue
		}
		i++
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
