package main

// fmt given the several results of the program's own function,
// fmt.Println(f()): each result of a type with a String or Error method
// prints through it, as Go's fmt calls it.

import (
	"errors"
	"fmt"
	"strconv"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type P struct{ X int }

func (p *P) String() string { return fmt.Sprintf("(%d)", p.X) }

type E struct{ C int }

func (e *E) Error() string { return fmt.Sprint("E", e.C) }

type Plain struct{ A int }

func warm() (Celsius, error)        { return 30, nil }
func two() (Celsius, *P)            { return 12, &P{3} }
func failing() (int, error)         { return 0, &E{4} }
func three() (string, Celsius, int) { return "t", 5, 6 }
func plain() (Plain, int)           { return Plain{1}, 2 }
func mkE() (*E, bool)               { return &E{5}, true }
func pval() (P, int)                { return P{7}, 8 }
func Pair[T any](a, b T) (T, T)     { return b, a }

func main() {
	fmt.Println(warm())
	fmt.Println(two())
	fmt.Println(failing())
	fmt.Print(three())
	fmt.Println()
	s := fmt.Sprint(two())
	fmt.Println(s)
	n, err := fmt.Println(plain())
	fmt.Println(n, err)
	fmt.Println(mkE())
	fmt.Println(pval())
	fmt.Println(Pair(Celsius(1), Celsius(2)))
	fmt.Println(strconv.Atoi("42"))
	fmt.Println(errors.New("x"), "y")
}
