package main

// More of keptvalues.go: a fmt.Stringer stored in an interface of the
// program (its type switch matched the interpreter's wrapper to no case),
// a pointer in an error unwrapped by errors.Unwrap, an io.Reader of the
// program's type, values sent on channels.

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Add struct{ A, B int }

func (a Add) String() string { return fmt.Sprint(a.A + a.B) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Shape interface{ String() string }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func find(k string) error { return &NotFound{k} }

func main() {
	var s fmt.Stringer = Add{1, 2}
	var sh Shape = s
	if a, ok := sh.(Add); ok {
		fmt.Println("shape holds Add", a.A)
	}
	switch x := sh.(type) {
	case Add:
		fmt.Println("switch Add", x.B)
	default:
		fmt.Println("switch default")
	}
	st, ok := any(s).(fmt.Stringer)
	fmt.Println(st.String(), ok)
	a2, ok := any(st).(Add)
	fmt.Println(a2, ok)

	var ts fmt.Stringer = Temp(21.5)
	fmt.Println(ts)

	err := fmt.Errorf("lookup: %w", find("k"))
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	if nf2, ok := errors.Unwrap(err).(*NotFound); ok {
		fmt.Println("unwrapped", nf2.Key)
	}

	var r io.Reader = upper{strings.NewReader("hi")}
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
	if u, ok := any(r).(upper); ok {
		fmt.Println("upper", u.r != nil)
	}

	done := make(chan fmt.Stringer)
	go func() { done <- Add{4, 4} }()
	got := <-done
	fmt.Println(any(got).(Add).B)

	ch := make(chan any, 1)
	ch <- got
	fmt.Println((<-ch).(Add).A)
}

// A generic function stores its argument in fmt.Stringer.
func store[T fmt.Stringer](x T) fmt.Stringer { return x }

func init() {
	s := store(Add{2, 3})
	a, ok := any(s).(Add)
	fmt.Println("generic", a.A, ok)
}
