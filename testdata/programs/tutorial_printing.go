// Printing composite values: a pointer to a struct (&{...}), nested
// structs with %v, %+v and %#v, slices of structs, a struct holding a
// slice and a map, an error inside a struct, and Printf of nil values.
package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	Attrs map[string]int
}

type Result struct {
	Val int
	Err error
}

func main() {
	in := Inner{1, "x"}
	o := Outer{Name: "o", In: in, List: []int{1, 2}, Attrs: map[string]int{"k": 1}}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", in)
	fmt.Println(&in)
	fmt.Printf("%+v\n", &in)
	fmt.Println([]Inner{{1, "a"}, {2, "b"}})
	fmt.Println([]*Inner{} == nil, len([]*Inner{}))
	fmt.Println(Result{3, nil}, Result{0, errors.New("bad")})
	fmt.Printf("%v %+v\n", Result{1, errors.New("e")}, Result{})
	var ip *Inner
	fmt.Println(ip, o.Ptr == nil)
	fmt.Printf("%d %s %v\n", []int{1, 2}, []string{"a"}, [2]bool{true})
	fmt.Printf("%x %X % x\n", "hi", []byte("hi"), "hi")
	fmt.Printf("%08.3f|%+d|% d|%-8s|\n", 3.14159, 5, 5, "ab")
	fmt.Printf("%t %v %q\n", false, 'a', 'a')
	fmt.Println(struct{}{}, [0]int{}, map[string]int(nil))
}
