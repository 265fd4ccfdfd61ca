package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type E struct{ m string }

func (e *E) Error() string { return "E:" + e.m }

func main() {
	err := errors.Join(Code(1), &E{"x"}, errors.New("plain"))
	fmt.Println(err)
	var c Code = 7
	fmt.Println(errors.Join(c) != nil)
}
