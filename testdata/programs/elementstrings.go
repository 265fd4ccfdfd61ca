package main

// fmt calls the String or Error method of each element of a slice, an
// array or a map; a value whose String has a pointer receiver is printed
// as its fields.

import (
	"fmt"
	"log"
	"os"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

type Grid [2]Temp

type P struct{ N int }

func (p *P) String() string { return "P!" }

func main() {
	ts := []Temp{1, 2.5}
	fmt.Println(ts)
	fmt.Printf("%v|%s\n", ts, ts)
	var none []Temp
	fmt.Println(none, len(none))
	m := map[string]Temp{"b": 3, "a": 4}
	fmt.Println(m)
	var nm map[int]Temp
	fmt.Println(nm)
	fmt.Println([3]Temp{1, 2, 3}, Grid{5, 6})
	es := []E{{1}, {2}}
	fmt.Println(es)
	s := fmt.Sprint(ts, "x")
	fmt.Println(s)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println(ts)
	p := P{3}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", p, p, &p)
}
