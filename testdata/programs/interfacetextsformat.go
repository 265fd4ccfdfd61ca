// fmt of a struct holding values of an interface the program declares
// calls the Format, Error and String methods of the values, of types with a
// basic underlying type too, and of fields of such types; a nil
// interface prints <nil> (the interpreter printed its wrappers).
package main

import "fmt"

type Shape interface{ Area() float64 }

type Celsius float64

func (c Celsius) Area() float64  { return float64(c) }
func (c Celsius) String() string { return "cel" }

type Plain float64

func (c Plain) Area() float64 { return float64(c) }

type F struct{ X int }

func (F) Area() float64                { return 1 }
func (f F) Format(s fmt.State, v rune) { fmt.Fprint(s, "F!") }

type Box struct{ S Shape }

func main() {
	fmt.Println(Box{Celsius(2)}, Box{Plain(3)})
	fmt.Println(Box{F{1}})
	var s Shape = Celsius(1)
	fmt.Println(s, []Shape{Celsius(3), Plain(4)})
	type local struct{ X int }
	fmt.Println(Box{})
}
