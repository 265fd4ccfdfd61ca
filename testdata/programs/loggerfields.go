package main

// A *log.Logger's printing methods print their operands as fmt does.
// The interpreter gave them a struct holding one of the program's
// interfaces as its own wrapper ({a {0xc… {…}}}, Go {a Sq2}) and the
// fields of the program's structs renamed (%+v: {Xname:a}), silently; and
// the lowering of l.Printf("%+v", x) closed its Sprintf before the copy
// of the last operand (the program did not compile).

import (
	"fmt"
	"log"
	"os"
	"time"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64  { return s.S * s.S }
func (s Sq) String() string { return fmt.Sprint("Sq", s.S) }

type Scene struct {
	Name string
	Main Shape
}

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type item struct {
	Name string
	T    temp
	d    time.Duration
}

func main() {
	l := log.New(os.Stdout, "> ", 0)
	sc := Scene{"a", Sq{2}}
	l.Printf("%v", sc)
	l.Println(sc, []Shape{Sq{3}})
	it := item{"a", 1, time.Second}
	l.Println(it)
	l.Print(it)
	l.Printf("%+v %v", it, it)
	l.Printf("%+v", it)
}
