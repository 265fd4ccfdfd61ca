package main

// divergo run refuses: asserting any to Incer, which *Counter implements: Counter is a type with methods whose underlying type is int

// A *Counter (Counter an int with a pointer method Inc) passed in an any
// and asserted to an interface: Go calls Inc; the interpreter stopped with
// "reflect.Set: value of type *bool is not assignable to type *int".
import "fmt"

type Counter int

func (c *Counter) Inc() { *c++ }

type Incer interface{ Inc() }

func bump(v any) {
	if i, ok := v.(Incer); ok {
		i.Inc()
	}
}

func main() {
	var c Counter
	bump(&c)
	bump(&c)
	fmt.Println(c)
}
