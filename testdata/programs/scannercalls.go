// fmt's scanning functions given values of the program's types with a
// Scan method (fmt.Scanner): Go calls Scan, with the verb; the
// interpreter handed fmt the bare value ("can't scan type"). Lowered so
// that fmt is given a native fmt.Scanner calling the value's Scan.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p *Point) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.X, &p.Y)
	return err
}

// Word keeps the verb it was scanned with and the token, upper-cased.
type Word struct {
	verb rune
	text string
}

func (w *Word) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	tok, err := st.Token(false, func(r rune) bool { return r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	if len(tok) == 0 {
		return errors.New("empty word")
	}
	w.verb, w.text = verb, strings.ToUpper(string(tok))
	return nil
}

// Counter's Scan has a value receiver: fmt calls it on a copy.
type Counter struct{ calls *int }

func (c Counter) Scan(st fmt.ScanState, verb rune) error {
	*c.calls++
	_, _, err := st.ReadRune()
	return err
}

func main() {
	var p Point
	var q Point
	n, err := fmt.Sscan("(1,2) (3,4)", &p, &q)
	fmt.Println(n, err, p, q)

	var w Word
	var k int
	n, err = fmt.Sscanf("go 42", "%s %d", &w, &k)
	fmt.Println(n, err, string(w.verb), w.text, k)

	n, err = fmt.Sscan("  hello", &w)
	fmt.Println(n, err, string(w.verb), w.text)

	n, err = fmt.Fscanln(strings.NewReader("x y\n"), &w)
	fmt.Println(n, err, w.text)

	calls := 0
	n, err = fmt.Sscan("abc", Counter{&calls})
	fmt.Println(n, err, calls)

	n, err = fmt.Sscan("", &w)
	fmt.Println(n, err)

	var bad Point
	n, err = fmt.Sscan("(1;2)", &bad)
	fmt.Println(n, err, bad)

	var np *Point
	defer func() { fmt.Println("recovered:", recover().(error).Error()) }()
	fmt.Sscan("(5,6)", np)
}
