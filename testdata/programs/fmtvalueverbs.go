package main

import "fmt"

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", c) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", t) }

type Flag bool

func (f Flag) String() string { return "flag" }

func main() {
	c := Code(404)
	fmt.Printf("%d %v %s %5d|%x\n", c, c, c, c, c)
	t := Temp(21.55)
	fmt.Printf("%.2f %v %e %g\n", t, t, t, t)
	fmt.Printf("%t %v\n", Flag(true), Flag(false))
	fmt.Println(c.Error(), t.String())
}
