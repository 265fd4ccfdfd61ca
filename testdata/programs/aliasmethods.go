// A type alias of one of the program's types with methods is that type,
// for fmt too (%d printed the interpreter's wrapper, %T
// std._fmt_Stringer, a []UserID its bare numbers).
package main

import "fmt"

type ID int

type UserID = ID

func (i ID) String() string { return fmt.Sprintf("ID-%d", int(i)) }

type Pt struct{ X, Y int }

type Point = Pt

func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	var u UserID = 7
	fmt.Printf("%v|%d|%s|%T\n", u, u, u, u)
	fmt.Println([]UserID{1, 2}, []Point{{1, 2}}, Point{5, 6})
}
