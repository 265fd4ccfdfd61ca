// Enums the Go way: a named integer type with iota constants, a String
// method used by fmt's %v and %s, %d still printing the number, a switch on
// the enum, and a Weekday-style cyclic Next.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

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

func (d Weekday) String() string { return dayNames[d] }

func (d Weekday) Next() Weekday { return (d + 1) % 7 }

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type Level uint8

const (
	Debug Level = iota + 1
	Info
	_
	Error
)

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Blue, Blue, Blue, Blue)
	c := Green
	switch c {
	case Red:
		fmt.Println("stop")
	case Green:
		fmt.Println("go")
	}
	colors := []Color{Blue, Red}
	fmt.Println(colors)
	m := map[Color]int{Red: 1, Blue: 3}
	fmt.Println(m[Red], m[Blue], m[Green], len(m))

	d := Friday
	for range 4 {
		fmt.Println(d, d.Weekend())
		d = d.Next()
	}
	fmt.Println(Debug, Info, Error)
	fmt.Printf("%T %v\n", Error, Error)
	fmt.Println(fmt.Sprint(Tuesday) + "!")
}
