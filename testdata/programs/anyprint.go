package main

import "fmt"

// A Stringer stored in an any and printed through a logging wrapper:
// Go calls String; the interpreter would print its wrapper.
// divergo run refuses: a celsius given to logf's ...any parameter

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func logf(format string, args ...any) { fmt.Printf(format, args...) }

func main() {
	logf("%v and %s\n", celsius(1), celsius(2))
}
