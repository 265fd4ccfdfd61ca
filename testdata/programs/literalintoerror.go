// A composite literal of the program's error type stored in an error by a
// declaration or an assignment: the interpreter stored the bare struct,
// and fmt printed {1} where Go prints the Error text (also through
// fmt.Errorf's %w and %v).
package main

import "fmt"

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("code ", e.code) }

type P struct{ msg string }

func (p *P) Error() string { return p.msg }

func main() {
	var a error = E{1}
	fmt.Println(a)
	var b error
	b = E{2}
	fmt.Println(b)
	var s fmt.Stringer
	_ = s
	fmt.Println(fmt.Errorf("wrap: %w", a))
	fmt.Println(fmt.Errorf("v: %v", b))
	var p error = &P{"p"}
	fmt.Println(p, fmt.Errorf("w: %w", p))
}
