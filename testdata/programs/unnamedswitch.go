package main

// divergo run refuses: asserting any to Pt while struct{X int; Y int} values are stored in an any

// A value of an unnamed struct type is not a Pt, though Pt's underlying
// type is that struct: Go's type switch takes the default case for it. The
// interpreter keeps no type name in an any and took case Pt.

import "fmt"

type Pt struct{ X, Y int }

func kind(v any) string {
	switch v.(type) {
	case Pt:
		return "Pt"
	}
	return "other"
}

func main() {
	fmt.Println(kind(Pt{1, 2}), kind(struct{ X, Y int }{1, 2}))
}
