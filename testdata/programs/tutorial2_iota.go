// Constants with iota: skipped values with _, bit flags with 1 << iota and
// their String method, byte sizes with 1 << (10 * iota), iota in expressions
// repeated implicitly, typed versus untyped constants, and shadowing of
// variables in if/for/switch scopes and by := in an inner block.
package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	if p == 0 {
		return "---"
	}
	var parts []string
	for i, name := range []string{"r", "w", "x"} {
		if p&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, "|")
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	a = iota * 10
	b
	_
	d
	e, f = iota, iota * iota
	g, h
)

const big = 1 << 100

var x = "package"

func main() {
	fmt.Println(Read, Write, Exec, Read|Exec, Perm(0), Perm(7))
	p := Read | Write
	p &^= Write
	fmt.Printf("%v %d %08b\n", p, p, Read|Write|Exec)
	fmt.Println(KB, MB, GB, GB/MB)
	fmt.Println(a, b, d, e, f, g, h)
	fmt.Println(big>>98, big/(1<<99))
	const typed int8 = 100
	fmt.Printf("%T %T %T\n", typed, 'a', 1.0)

	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	if x := 3; x > 2 {
		fmt.Println("if x", x)
	} else {
		fmt.Println("else x", x)
	}
	{
		x := true
		fmt.Println("block x", x)
	}
	for x := range 2 {
		fmt.Println("loop x", x)
	}
	switch x := 2.5; {
	case x > 2:
		fmt.Println("switch x", x)
	}
	fmt.Println(x)
	n, err := 1, error(nil)
	if true {
		n, err := 2, fmt.Errorf("inner")
		_ = err
		n++
		fmt.Println("inner n", n)
	}
	fmt.Println("outer n", n, err)
}
