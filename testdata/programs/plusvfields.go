package main

// %+v of the program's structs with unexported fields: the interpreter
// builds their types with exported names only (x shows as Xx, {Xx:1 Xy:2}
// where Go prints {x:1 y:2}). fmt is given a copy of the value with the
// fields' own names: nested, embedded (exported or not) and blank fields,
// slices, arrays, maps (keyed by such structs too), a pointer operand
// (&{…}, nil), a generic struct, a type declared in a function, widths
// and flags, Sprintf, log.Printf and fmt.Errorf. A time.Duration in an
// unexported field prints as a number (Go's fmt calls no method there;
// the interpreter's field was exported, and %v printed 2ms). A top-level
// String or Error method is called as in Go.

import (
	"errors"
	"fmt"
	"log"
	"os"
	"time"
)

type point struct{ x, y int }

type inner struct{ a int }

type Outer struct {
	Name  string
	pos   point
	inner // embedded, unexported
	Inner2
	tags []string
	_    int
}

type Inner2 struct {
	B     float64
	hide  bool
	Delay time.Duration
	wait  time.Duration
}

type node struct {
	v    int
	next *node
}

type pair[K comparable, V any] struct {
	key K
	val V
}

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type reading struct {
	at   temp // fmt calls no method of an unexported field
	Name string
}

type stamped struct{ id int }

func (s stamped) String() string { return fmt.Sprint("#", s.id) }

type failure struct{ code int }

func (f *failure) Error() string { return fmt.Sprint("failure ", f.code) }

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	p := point{1, 2}
	fmt.Printf("%+v\n", p)
	fmt.Printf("[%+10v] [%-+6v] [%+v]\n", p, p, &p)
	o := Outer{Name: "o", pos: point{3, 4}, inner: inner{5}, Inner2: Inner2{B: 1.5, hide: true, Delay: time.Second, wait: 2 * time.Millisecond}, tags: []string{"t"}}
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v %+v\n", o, &o)
	ps := []point{{1, 2}, {3, 4}}
	fmt.Printf("%+v %+v\n", ps, [2]point{{5, 6}})
	m := map[string]point{"b": {2, 2}, "a": {1, 1}}
	fmt.Printf("%+v\n", m)
	byKey := map[point]string{{2, 1}: "c", {1, 9}: "b", {1, 2}: "a"}
	fmt.Printf("%+v\n", byKey)
	var np *point
	fmt.Printf("%+v\n", np)
	fmt.Printf("%+v\n", &node{v: 1})
	fmt.Printf("%+v\n", pair[string, int]{"k", 3})
	fmt.Printf("%+v\n", reading{21.5, "r"})
	fmt.Printf("%+v %+v\n", stamped{7}, &stamped{8})
	fmt.Printf("%+v\n", &failure{3})
	type local struct{ n, M int }
	fmt.Printf("%+v\n", []local{{1, 2}})
	s := fmt.Sprintf("%d %+v %s", 1, p, "x")
	fmt.Println(s)
	log.Printf("%+v", p)
	err := fmt.Errorf("at %+v: %w", p, errors.New("boom"))
	fmt.Println(err, errors.Unwrap(err))
	fmt.Printf("%+v %+.2v\n", struct {
		n int
		f float64
	}{1, 2.345}, struct{ f float64 }{3.14159})
	var grid [2][2]point
	fmt.Printf("%+v\n", grid)
	fmt.Printf("%+v\n", map[string][]point{"z": {{1, 1}}, "a": nil})
	fmt.Printf("%+v\n", struct{ c chan int }{})
}
