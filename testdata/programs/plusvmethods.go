package main

// %+v of a struct with unexported fields whose Format or Error method fmt
// calls prints the method's text, as Go does (refused before: the
// interpreter would have printed the renamed fields had it not called
// the method); an exported field of an error type prints its Error text
// beside an unexported field's own name.

import "fmt"

type money struct{ cents int }

func (m money) Format(f fmt.State, c rune) {
	fmt.Fprintf(f, "$%d.%02d", m.cents/100, m.cents%100)
	if f.Flag('+') {
		fmt.Fprint(f, "!")
	}
}

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprint("err", e.code) }

type wrap struct {
	Err  myErr
	note string
}

func main() {
	fmt.Printf("%+v %v\n", money{1234}, money{5})
	fmt.Printf("%+v %v\n", myErr{1}, wrap{myErr{2}, "n"})
	fmt.Printf("%+v\n", wrap{myErr{3}, "m"})
}
