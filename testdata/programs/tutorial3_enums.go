package main

import (
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

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
	for _, f := range []struct {
		bit  Perm
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}} {
		if p&f.bit != 0 {
			parts = append(parts, f.name)
		}
	}
	return strings.Join(parts, "")
}

type Size int

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

const (
	A = iota * 10
	B
	_
	D
	E = "str"
	F
	G = iota
)

func main() {
	for d := Sunday; d <= Saturday+1; d++ {
		fmt.Printf("%d=%v weekend=%t; ", d, d, d.Weekend())
	}
	fmt.Println()
	var p Perm = Read | Exec
	fmt.Println(p, Read|Write|Exec, Perm(0), p&^Read, uint8(p))
	fmt.Printf("%v %s %d %03b\n", p, p, p, p)
	fmt.Println(KB, MB, GB, GB/MB)
	fmt.Println(A, B, D, E, F, G)
	days := map[Weekday][]string{Monday: {"gym"}, Friday: {"party", "sleep"}}
	for d := Sunday; d <= Saturday; d++ {
		if todo, ok := days[d]; ok {
			fmt.Println(d, todo)
		}
	}
	fmt.Println([]Weekday{Monday, Friday}, Weekday(-1))
	var w fmt.Stringer = Tuesday
	fmt.Println(w, w.String() == "Tue")
	switch today := Wednesday; {
	case today.Weekend():
		fmt.Println("rest")
	case today < Thursday:
		fmt.Println("early week", today)
		fallthrough
	case today < Saturday:
		fmt.Println("working")
	default:
		fmt.Println("never")
	}
}
