package main

// unsafe: Sizeof, Alignof and Offsetof (written as the constants Go's
// checker computes), Pointer conversions.

import (
	"fmt"
	"unsafe"
)

type T struct {
	a int8
	b int64
}

func main() {
	fmt.Println(unsafe.Sizeof(T{}), unsafe.Offsetof(T{}.b), unsafe.Alignof(T{}))
	var t T
	fmt.Println(unsafe.Offsetof(t.b))
	x := 5
	p := unsafe.Pointer(&x)
	fmt.Println(*(*int)(p))
	s := "héllo"
	fmt.Println(unsafe.Sizeof(s))
}
