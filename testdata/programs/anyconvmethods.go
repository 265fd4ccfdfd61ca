// An explicit conversion to any of a value of the program's type with
// methods keeps the methods, as in Go: the interpreter made any(c) a no-op
// that held the bare value, so v.(fmt.Stringer) was false, and any(s) != nil
// of an interface of the program panicked in reflect.
package main

import "fmt"

type Celsius struct{ F float64 }

func (c Celsius) String() string { return fmt.Sprintf("%.1f°", c.F) }

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (q Sq) Area() float64 { return q.S * q.S }

type Box struct{ N int }

func (b *Box) Inc() { b.N++ }

func main() {
	c := Celsius{6}
	v := any(c)
	s, ok := v.(fmt.Stringer)
	fmt.Println(ok, s.String())
	fmt.Println(interface{}(Celsius{4}).(fmt.Stringer).String())
	var sh Shape = Sq{2}
	fmt.Println(any(sh) != nil, any(sh).(Sq))
	var none Shape
	fmt.Println(any(none) == nil)
	b := &Box{1}
	p := any(b)
	if i, ok := p.(interface{ Inc() }); ok {
		i.Inc()
	}
	fmt.Println(b.N)
}
