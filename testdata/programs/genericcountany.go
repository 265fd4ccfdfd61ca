package main

// divergo run refuses: Count, instantiated with T = any (comparable

import "fmt"

type Celsius float64
type Fahrenheit float64

func Count[T comparable](xs []T) int {
	seen := map[T]bool{}
	for _, x := range xs {
		seen[x] = true
	}
	return len(seen)
}

func main() {
	fmt.Println(Count([]any{Celsius(100), Fahrenheit(100), 100.0}))
}
