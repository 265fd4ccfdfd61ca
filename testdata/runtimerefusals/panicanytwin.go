package main

// A panic with an any holding a value of a struct type whose structure
// another type of the program shares: Go's runtime prints the Error
// text, panic: twin!; the interpreter's words named the structure,
// (struct { A int }) 0xc…, silently (the switch giving Go's words cannot
// tell the two types apart). divergo stops the program with a refusal
// there.

type Plain struct{ A int }

type Twin struct{ A int }

func (t Twin) Error() string { return "twin!" }

func main() {
	_ = Plain{1}
	var w any = Twin{2}
	panic(w)
}
