package main

// A recovered panic of a named basic type panicked again from the
// recovered any: Go's runtime prints panic: main.Code(3) [recovered,
// repanicked]; the interpreter held the Code as a plain int and printed
// panic: 3, silently. divergo stops the program with a refusal there (a
// panic of the Code itself is given Go's words: panictext.go).

type Code int

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	panic(Code(3))
}
