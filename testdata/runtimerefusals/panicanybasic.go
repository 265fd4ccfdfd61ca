package main

// A panic with an any holding a value of a named basic type of the
// program, not recovered: Go's runtime prints panic: main.Code(3); the
// interpreter keeps the Code in the any as a plain int and printed
// panic: 3, silently. divergo stops the program with a refusal there.

type Code int

func fail(v any) { panic(v) }

func main() {
	var v any = Code(3)
	fail(v)
}
