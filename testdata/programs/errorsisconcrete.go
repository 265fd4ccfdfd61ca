package main

// divergo run refuses: errors.Is with a target of type *VErr, declared in the program
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
