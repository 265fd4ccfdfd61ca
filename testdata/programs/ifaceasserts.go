// Assertions to interface types and type switches with interface cases,
// of values of the program's types that went through parameters, maps and
// panics: the interpreter answered false, never matched the case, and its
// recovered panic values were never errors (check.InterfaceAsserts).
package main

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

type MyErr struct{ code int }

func (e MyErr) Error() string { return "code " + strconv.Itoa(e.code) }

type PErr struct{ msg string }

func (e *PErr) Error() string { return e.msg }

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Ptr struct{ n int }

func (p *Ptr) Area() float64 { return float64(p.n) }

type Outer struct {
	Sq
	name string
}

type Temp struct{ c float64 }

func (t Temp) String() string { return strconv.FormatFloat(t.c, 'f', 1, 64) + "°C" }

func isErr(r any) string {
	if e, ok := r.(error); ok {
		return "error " + e.Error()
	}
	return "not an error"
}

func kind(v any) string {
	switch t := v.(type) {
	case nil:
		return "nil"
	case error:
		return "error " + t.Error()
	case fmt.Stringer:
		return "stringer " + t.String()
	case Shape:
		return "shape " + strconv.FormatFloat(t.Area(), 'g', -1, 64)
	case int, string:
		return "int or string"
	case float64:
		return "float " + strconv.FormatFloat(t, 'g', -1, 64)
	default:
		return "other"
	}
}

func try(v any) (out string) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			out = "recovered error: " + e.Error()
		} else if s, ok := r.(string); ok {
			out = "recovered string: " + s
		} else {
			out = "recovered something else"
		}
	}()
	panic(v)
}

func area(v any) (a float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return v.(Shape).Area(), nil
}

func main() {
	var x any = MyErr{3}
	fmt.Println(isErr(x), "|", isErr(&PErr{"p"}), "|", isErr(errors.New("plain")), "|", isErr(5), "|", isErr(nil))
	m := map[string]any{"a": MyErr{4}, "b": Sq{2}}
	fmt.Println(isErr(m["a"]), "|", isErr(m["b"]))
	for _, v := range []any{nil, MyErr{1}, &PErr{"q"}, Temp{21.5}, time.Second, Sq{3}, &Ptr{4}, Ptr{4}, Outer{Sq{5}, "o"}, 7, "s", 2.5, []int{1}} {
		fmt.Println(kind(v))
	}
	fmt.Println(try(MyErr{9}))
	fmt.Println(try(&PErr{"pp"}))
	fmt.Println(try(fmt.Errorf("wrapped %d", 1)))
	fmt.Println(try("str"))
	fmt.Println(try(42))
	var e error = MyErr{5}
	fmt.Println(try(e))

	var s Shape = Sq{5}
	var a any = s
	if sh, ok := a.(Shape); ok {
		fmt.Println("shape", sh.Area())
	}
	if _, ok := s.(fmt.Stringer); !ok {
		fmt.Println("a Sq is no Stringer")
	}
	var sp *Sq
	var sh Shape = sp
	_, ok := any(sh).(Shape)
	fmt.Println("typed nil pointer is a Shape:", ok)
	for _, v := range []any{Sq{2}, Ptr{1}, 3, nil} {
		a, err := area(v)
		fmt.Println(a, err)
	}
	var st fmt.Stringer = Temp{3}
	fmt.Println(st.(fmt.Stringer).String())
}
