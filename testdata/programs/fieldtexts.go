package main

// fmt calls the String or Error method of a value below the operand (an
// exported field, an element, a map's value) and of none below an
// unexported field. The interpreter's values there have no methods: {21.5
// 3} where Go prints {21.5° 3} (refused before). fmt is given a copy
// holding the method's text, with %v, %+v and Print: value and pointer
// receivers, a nil pointer (<nil>), Error before String, a panicking
// method (%!v(PANIC=String method: …)), widths.

import (
	"fmt"
	"time"
)

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type reading struct {
	At   temp
	note temp
}

type stamped struct{ id int }

func (s stamped) String() string { return fmt.Sprint("#", s.id) }

type code int

func (c *code) Error() string { return fmt.Sprint("code ", int(*c)) }

type node struct {
	Name string
	Err  *code
	at   time.Duration
}

type boom struct{ n int }

func (b boom) String() string { panic("no") }

type withBoom struct {
	B boom
	b boom
}

type both struct{ v int }

func (b both) String() string { return "S" }
func (b both) Error() string  { return "E" }

type holder struct {
	Items []stamped
	ByKey map[string]temp
	Both  both
	Arr   [2]temp
}

type pt struct{ x int }

func (p *pt) String() string { return fmt.Sprint("pt", p.x) }

func main() {
	r := reading{21.5, 3}
	fmt.Println(r)
	fmt.Printf("%v|%+v|%-12v|%v\n", r, r, r, &r)
	fmt.Printf("%+v %v\n", []stamped{{8}}, []reading{r})
	c := code(7)
	fmt.Printf("%+v\n", node{"n", &c, time.Second})
	fmt.Printf("%+v\n", node{"nil", nil, 2})
	fmt.Println(node{"n", &c, time.Second}, &node{"p", nil, 0})
	fmt.Printf("%+v\n", withBoom{})
	fmt.Printf("%+v\n", holder{Items: []stamped{{1}, {2}}, ByKey: map[string]temp{"b": 2, "a": 1}, Both: both{1}, Arr: [2]temp{1, 2}})
	fmt.Printf("[%+12v]\n", reading{1, 2})
	s := fmt.Sprint(r, " ", r)
	fmt.Println(s)
	fmt.Printf("%+v\n", map[string]stamped{"a": {1}})
	fmt.Printf("%+v %v\n", []*pt{{1}, nil}, struct{ P *pt }{&pt{2}})
}
