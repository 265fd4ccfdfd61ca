package main

// errors.Is with a target of a program type: compared with == as Go does
// (divergo refused this: the standard library could not compare the
// interpreter's wrapper; errwrap.go).
import (
	"errors"
	"fmt"
)

type VErr struct{ Field string }

func (v *VErr) Error() string { return "bad " + v.Field }

func main() {
	p := &VErr{"x"}
	fmt.Println(errors.Is(p, p))
}
