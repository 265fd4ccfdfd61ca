package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Temp struct {
	Deg  float64
	Unit string
}

func (t *Temp) String() string { return fmt.Sprintf("%.1f°%s", t.Deg, t.Unit) }

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type Oops struct{ Code int }

func (o Oops) Error() string  { return fmt.Sprintf("oops %d", o.Code) }
func (o Oops) String() string { return "never shown" }

type Bad struct{ N int }

func (b Bad) String() string { panic("bad String") }

type Plain struct{ A, B int }

func describe(i any) string { return fmt.Sprint(i) }

func items() []any { return []any{Point{1, 2}, &Temp{21.5, "C"}, Red, Oops{7}, Plain{1, 2}, "s", nil} }

func main() {
	var v any = Point{3, 4}
	fmt.Println(v)
	fmt.Printf("%v|%s|%q|%12v|%-12s|%x\n", v, v, v, v, v, v)
	fmt.Printf("%d\n", v)
	w := any(&Temp{-3, "C"})
	fmt.Println(w, v)
	var c any = Green
	fmt.Println(c)
	fmt.Printf("%v %d %s\n", c, c, c)
	var e any = Oops{3}
	fmt.Println(e)
	fmt.Printf("%v %s\n", e, e)
	var b any = Bad{1}
	fmt.Println(b)
	var np *Temp
	var n any = np
	fmt.Println(n)
	for i, x := range items() {
		fmt.Println(i, x)
		fmt.Printf("%d: %v\n", i, x)
	}
	fmt.Println(describe(Point{5, 6}))
	s := fmt.Sprintln("got", v, c)
	fmt.Print(strings.ToUpper(s))
	m := map[string]any{"p": Point{7, 8}, "c": Red}
	fmt.Println(m["p"], m["c"])
	var err error = errors.New("plain")
	var ea any = err
	fmt.Println(ea)
	l := log.New(os.Stdout, "log: ", 0)
	l.Println(v, c)
	l.Printf("%v and %s", e, w)
	fmt.Fprintln(os.Stdout, v)
	got := fmt.Sprintf("%v", any(Point{9, 9}))
	fmt.Println(got == "(9,9)")
}
