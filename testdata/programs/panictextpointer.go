// An uncaught panic of a pointer to an error type of the program prints
// its Error (helper-29, g9.go).
package main

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return "line " + string(rune('0'+e.Line)) + ": " + e.Msg }

func parse() {
	panic(&ParseError{3, "bad token"})
}

func main() {
	parse()
}
