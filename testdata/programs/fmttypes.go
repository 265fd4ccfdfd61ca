package main

import (
	"errors"
	"fmt"
)

type point struct{ X, Y int }

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func find(ok bool) error {
	var e *myErr
	if !ok {
		e = &myErr{7}
		return e
	}
	return nil
}

// fmt shows a program's types as Go does; errors and interfaces.
func main() {
	p := point{1, 2}
	fmt.Printf("%v %+v %T\n", p, p, p)
	var s fmt.Stringer = celsius(21.5)
	fmt.Println(s)
	err := find(false)
	var me *myErr
	fmt.Println(err, errors.As(err, &me), me.code)
	switch err.(type) {
	case error:
		fmt.Println("an error")
	}
}
