// Slice bounds out of range: Go's runtime names the bounds and the
// length or capacity they were checked against (the interpreter said only
// "slice bounds out of range"). Outside loops; bounds without side effects.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	a := []int{1, 2}
	s := "hey"
	b := make([]byte, 3)
	arr := [3]int{}
	i, j, k := 5, 9, 1
	try("s[:j]", func() { _ = s[:j] })
	try("s[i:]", func() { _ = s[i:] })
	try("s[j:k]", func() { _ = s[j:k] })
	try("s[2:k]", func() { _ = s[2:k] })
	try("b[:j]", func() { _ = b[:j] })
	try("b[i:]", func() { _ = b[i:] })
	try("b[2:k]", func() { _ = b[2:k] })
	try("a[0:1:j]", func() { _ = a[0:1:j] })
	try("a[0:2:k]", func() { _ = a[0:2:k] })
	try("a[2:1:2]", func() { _ = a[2:k:2] })
	try("arr[:j]", func() { _ = arr[:j] })
	try("parr[:j]", func() { p := &arr; _ = p[:j] })
	try("s[i]", func() { _ = s[i] })
	try("arr[i]", func() { _ = arr[i] })
	try("neg", func() { n := -1; _ = a[n] })
	try("negslice", func() { n := -1; _ = a[n:] })
}
