// fmt of a struct with fields of an interface that embeds error, of
// error, and of a type with a String method, and of a type that holds
// itself, as Go prints them.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }

type CodedError interface {
	error
	Code() int
}

type NotFound struct{ code int }

func (e NotFound) Error() string { return fmt.Sprintf("not found (%d)", e.code) }
func (e NotFound) Code() int     { return e.code }

type MyErr struct{ N int }

func (e *MyErr) Error() string { return fmt.Sprint("myerr ", e.N) }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Node struct {
	Name string
	S    Shape
	Kids []Node
}

type Result struct {
	Err   CodedError
	Plain error
	Mine  error
	Nil   CodedError
	T     Celsius
	Ts    []Celsius
	S     Shape
}

func main() {
	r := Result{NotFound{404}, errors.New("x"), &MyErr{3}, nil, 21.5, []Celsius{1, 2}, Sq{1}}
	fmt.Println(r)
	fmt.Printf("%v|%+v\n", r, r)
	n := Node{"root", Sq{1}, []Node{{"a", nil, nil}, {"b", Sq{3}, []Node{{"c", Sq{4}, nil}}}}}
	fmt.Println(n)
	fmt.Printf("%+v\n", n)
}
