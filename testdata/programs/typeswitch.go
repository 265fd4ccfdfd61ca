package main

// Type switches on an any (and on an error) with cases of the program's own
// types match as in Go: with and without a bound variable, types with
// value-receiver, pointer-receiver or no methods, T and *T, several types
// in one case, nil, default before the cases, an init statement, break,
// composite types of the program's types, and cases of basic types.

import (
	"errors"
	"fmt"
	"strconv"
)

type Val struct{ X int }

func (v Val) Get() int { return v.X }

type Ptr struct{ Y string }

func (p *Ptr) Set(s string) { p.Y = s }

type Plain struct {
	A, B float64
}

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func bound(a any) string {
	switch v := a.(type) {
	case *Val:
		return "*Val " + strconv.Itoa(v.X)
	case Val:
		return "Val " + strconv.Itoa(v.Get())
	case *Ptr:
		v.Set(v.Y + "!")
		return "*Ptr " + v.Y
	case Ptr:
		return "Ptr " + v.Y
	case Plain:
		return fmt.Sprint("Plain ", v.A+v.B)
	case *Plain:
		return fmt.Sprint("*Plain ", v.A*v.B)
	case int, float64:
		return fmt.Sprintf("number %v", v)
	case string:
		return "string " + v
	case nil:
		return "nil"
	default:
		_ = v
		return "other"
	}
}

func unbound(a any) string {
	switch a.(type) {
	case *Val:
		return "*Val"
	case Val:
		return "Val"
	case *Ptr:
		return "*Ptr"
	case Ptr:
		return "Ptr"
	case Plain, *Plain:
		return "Plain or *Plain"
	}
	return "other"
}

func defaultFirst(a any) string {
	switch v := a.(type) {
	default:
		return "default"
	case Val:
		return "Val " + strconv.Itoa(v.X)
	case []Val:
		return "[]Val " + strconv.Itoa(len(v))
	case map[string]*Ptr:
		return "map " + v["k"].Y
	}
}

func withInit(xs []any, i int) string {
	out := ""
	switch x := xs[i]; v := x.(type) {
	case *Val:
		if v.X < 0 {
			break
		}
		out = "*Val " + strconv.Itoa(v.X)
	case nil:
		out = "nil"
	default:
		out = "default"
	}
	return out + "."
}

func labeled(xs []any) int {
	n := 0
loop:
	for _, x := range xs {
		switch v := x.(type) {
		case Val:
			if v.X == 0 {
				break loop
			}
			n += v.X
		case *Val:
			continue
		}
		n++
	}
	return n
}

func kind(err error) string {
	switch e := err.(type) {
	case nil:
		return "no error"
	case *NotFound:
		return "missing " + e.Key
	default:
		return "other: " + e.Error()
	}
}

func main() {
	for _, a := range []any{&Val{1}, Val{2}, &Ptr{"p"}, Ptr{"q"}, Plain{1, 2}, &Plain{3, 4}, 5, 6.5, "s", nil, true} {
		fmt.Println(bound(a), "|", unbound(a), "|", defaultFirst(a))
	}
	fmt.Println(defaultFirst([]Val{{1}, {2}}), defaultFirst(map[string]*Ptr{"k": {"z"}}))
	xs := []any{&Val{7}, &Val{-1}, nil, 3}
	fmt.Println(withInit(xs, 0), withInit(xs, 1), withInit(xs, 2), withInit(xs, 3))
	fmt.Println(labeled([]any{Val{2}, &Val{5}, "x", Val{0}, Val{9}}))
	fmt.Println(kind(nil), kind(&NotFound{"kl"}), kind(errors.New("plain")), kind(fmt.Errorf("w: %w", &NotFound{"js"})))
	var a any = Val{8}
	switch v := a.(type) {
	case Val:
		fmt.Println("top Val", v.X)
	}
	switch a.(type) {
	case *Val:
		fmt.Println("top *Val")
	default:
		fmt.Println("top default")
	}
}
