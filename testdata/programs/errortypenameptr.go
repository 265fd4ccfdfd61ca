package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

// %T of an error: Go names the dynamic type. The interpreter named its
// wrapper (interp._error); the program's error types here are pointers
// and a named string, which an assertion tells apart.

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Code string

func (c Code) Error() string { return "code " + string(c) }

func lookup(k string) error {
	switch k {
	case "a":
		return nil
	case "b":
		return &NotFound{k}
	case "c":
		return Code("E42")
	case "d":
		_, err := strconv.Atoi("x")
		return err
	case "e":
		_, err := os.Open("/nonexistent/file")
		return err
	}
	return errors.New("plain")
}

func main() {
	for _, k := range []string{"a", "b", "c", "d", "e", "f"} {
		err := lookup(k)
		fmt.Printf("%s: %T %v\n", k, err, err)
		fmt.Printf("[%12T]\n", err)
		s := fmt.Sprintf("%T", err)
		fmt.Println(len(s))
	}
}
