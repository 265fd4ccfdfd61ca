// fmt and log call String or Error of a value held in an interface the
// program declares (var x Area = C2{1}; fmt.Println(x)): the interpreter
// gave fmt its wrapper ({1}, &{rex}).
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
)

type Area interface{ Area() float64 }

type C2 struct{ R float64 }

func (c C2) Area() float64  { return c.R }
func (c C2) String() string { return "c2" }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d *Dog) Sound() string  { return "woof" }
func (d *Dog) String() string { return "dog " + d.name }

type CodedError interface {
	error
	Code() int
}
type NotFound struct{ code int }

func (e NotFound) Error() string { return fmt.Sprintf("not found (%d)", e.code) }
func (e NotFound) Code() int     { return e.code }

func find() CodedError { return NotFound{404} }

func main() {
	var x Area = C2{1}
	fmt.Println(x)
	var y Area = Sq{2}
	fmt.Println(y, x)
	fmt.Printf("%v and %s and %.1f\n", x, x, x.Area())
	var a Animal = &Dog{"rex"}
	fmt.Println(a)
	var none Animal
	fmt.Println(none)
	err := find()
	fmt.Println(err, err.Code())
	s := fmt.Sprint(x, " ", a)
	fmt.Println(s)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println(a)
	fmt.Println(errors.New("plain"))
}
