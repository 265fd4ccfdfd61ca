// Two operands of one statement that may both panic: gc evaluates the
// slice expressions, type assertions and conversions to arrays (copied into
// temporaries) before the index expressions, nil dereferences and
// divisions read where they stand, so their panic comes first.
package main

import "fmt"

type T struct{ f int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	a := []int{1, 2}
	s := "hey"
	b := make([]byte, 3)
	i, j, z := 5, 9, 0
	var p *T
	var m map[string]int
	var x any = "str"
	arr := [3]int{}
	_ = arr
	try("idx-slice", func() { fmt.Println(a[i], s[:j]) })
	try("idx-bslice", func() { fmt.Println(a[i], b[:j]) })
	try("slice-idx", func() { fmt.Println(s[:j], a[i]) })
	try("idx-div", func() { fmt.Println(a[i], 10/z) })
	try("div-idx", func() { fmt.Println(10/z, a[i]) })
	try("idx-deref", func() { fmt.Println(a[i], p.f) })
	try("deref-idx", func() { fmt.Println(p.f, a[i]) })
	try("idx-assert", func() { fmt.Println(a[i], x.(int)) })
	try("assert-idx", func() { fmt.Println(x.(int), a[i]) })
	try("idx-arrconv", func() { fmt.Println(a[i], [3]int(a)) })
	try("deref-slice", func() { fmt.Println(p.f, s[:j]) })
	try("div-slice", func() { fmt.Println(10/z, s[:j]) })
	try("assign", func() { var c, d int; c, d = a[i], len(s[:j]); _, _ = c, d })
	try("mapassign-idx", func() { m["k"] = a[i] })
	try("sum", func() { fmt.Println(a[i] + len(s[:j])) })
	try("ret", func() { f := func() (int, string) { return a[i], s[:j] }; f() })
	try("lit", func() { _ = []any{a[i], s[:j]} })
	try("strconv", func() { fmt.Println(a[i], []byte(s[:j])) })
	try("idx-sliceidx", func() { fmt.Println(a[i], s[:j][0]) })
}
