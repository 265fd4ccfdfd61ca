package main

// An error type that is a struct without fields, asserted back from
// error, from any, by errors.As and in a type switch: the interpreter
// panicked (reflect: Field index out of bounds) reading the first field
// of the value the lowered assertion found again (kept.go's Peel).

import (
	"errors"
	"fmt"
)

type plainErr struct{}

func (plainErr) Error() string { return "plain" }

type codeErr struct{ Code int }

func (e codeErr) Error() string { return fmt.Sprint("code ", e.Code) }

type errI interface{ Error() string }

type describer interface{ Describe() string }

type quiet struct{ level int }

func (quiet) String() string   { return "quiet" }
func (quiet) Describe() string { return "a quiet one" }

func get(i int) error {
	if i == 0 {
		return plainErr{}
	}
	return codeErr{i}
}

func kind(err error) string {
	switch e := err.(type) {
	case plainErr:
		return "plain " + e.Error()
	case codeErr:
		return fmt.Sprint("code ", e.Code)
	}
	return "other"
}

func main() {
	_, ok := get(0).(plainErr)
	fmt.Println(ok)
	_, ok = get(1).(plainErr)
	fmt.Println(ok)
	_, ok2 := get(0).(codeErr)
	fmt.Println(ok2)
	p := get(0).(plainErr)
	fmt.Println(p, p.Error())
	fmt.Println(kind(get(0)), kind(get(2)))
	var a any = get(0)
	_, ok = a.(plainErr)
	fmt.Println(ok)
	var target plainErr
	fmt.Println(errors.As(fmt.Errorf("wrapped: %w", get(0)), &target))
	var s fmt.Stringer = quiet{}
	if d, ok := s.(describer); ok {
		fmt.Println(d.Describe())
	}
	q, ok := s.(quiet)
	fmt.Println(q, ok)
	errs := []error{get(0), get(3), plainErr{}}
	for _, e := range errs {
		if _, ok := e.(plainErr); ok {
			fmt.Println("plain at", e)
		}
	}
	var x errI = get(0)
	switch v := x.(type) {
	case plainErr:
		fmt.Println("errI holds plain", v)
	default:
		fmt.Println("errI holds another")
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = get(4).(plainErr)
}
