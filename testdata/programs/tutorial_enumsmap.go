package main

// An enum with a String method used as a map key and the map printed
// whole, as a tutorial counting votes per colour does: Go prints
// map[Red:2 Blue:1] (keys sorted by value, shown by String).

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"Red", "Green", "Blue"}[c]
}

func main() {
	votes := map[Color]int{}
	for _, c := range []Color{Red, Blue, Red} {
		votes[c]++
	}
	fmt.Println(votes)
}
