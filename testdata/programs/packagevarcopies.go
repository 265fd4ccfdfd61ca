// A value with methods stored in an interface by a package-level var
// declaration is a copy, as in Go: the interpreter kept a reference to
// the variable, element or field, and changing it in main changed the
// interface's value (30.0°C where Go prints 20.0°C).
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Getter interface{ Get() int }

type Num int

func (n Num) Get() int { return int(n) }

type P struct{ X int }

func (p P) Get() int       { return p.X }
func (p P) String() string { return fmt.Sprint("P", p.X) }

type Path []int

func (p Path) Get() int { return len(p) }

type Box struct{ In P }

var c Celsius = 20
var s fmt.Stringer = c
var n Num = 1
var g Getter = n
var cs = []Celsius{1, 2}
var s2 fmt.Stringer = cs[0]
var p = P{1}
var g3 Getter = p
var s3 fmt.Stringer = p
var ps = []P{{2}, {3}}
var g4 Getter = ps[1]
var b = Box{P{4}}
var g5 Getter = b.In
var path = Path{1, 2}
var g6 Getter = path

func mk() P { return p }

var g7 Getter = mk()

func main() {
	c = 30
	n = 5
	cs[0] = 9
	p.X = 7
	ps[1].X = 8
	b.In.X = 9
	path = append(path, 3)
	fmt.Println(s, g.Get(), s2, g3.Get(), s3, g4.Get(), g5.Get(), g6.Get(), g7.Get())
}
