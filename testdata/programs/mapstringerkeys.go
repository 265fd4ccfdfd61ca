// A map keyed by a type of yours with a String (or Error) method, printed
// whole: Go sorts the entries by the keys' values and prints each key's
// text (map[Red:2 Blue:1]); the interpreter printed the bare keys.
package main

import (
	"fmt"
	"log"
	"os"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type Grade string

func (g Grade) String() string { return "grade " + string(g) }

type Level float64

func (l Level) Error() string { return fmt.Sprintf("level %.1f", float64(l)) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Flag bool

func (f Flag) String() string {
	if f {
		return "on"
	}
	return "off"
}

func main() {
	votes := map[Color]int{}
	for _, c := range []Color{Red, Blue, Red, Green, Blue, Red} {
		votes[c]++
	}
	fmt.Println(votes)
	fmt.Printf("%v|%s|%6v|%x\n", votes, votes, votes, votes)
	grades := map[Grade][]string{"b": {"ann"}, "a": {"bo", "cy"}}
	fmt.Println(grades, len(grades))
	levels := map[Level]string{2.5: "high", 0.5: "low", 1: "mid"}
	fmt.Println(levels)
	temps := map[Color]Temp{Blue: 3.25, Red: 21.5}
	fmt.Println(temps)
	fmt.Printf("%q\n", map[Grade]Temp{"x": 1})
	var none map[Color]int
	fmt.Println(none, map[Flag]int{true: 1, false: 0})
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("votes:", votes)
	fmt.Fprintln(os.Stdout, votes)
	s := fmt.Sprint(votes)
	fmt.Println(len(s), s)
}
