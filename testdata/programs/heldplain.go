package main

// Containers of plain types and of types without printing methods stored
// in an any print as Go prints them; a []P, a map of Temp and a struct
// printed with their own static types are lowered (elementTexts), and
// unexported fields with a String method print bare in Go too.

import "fmt"

type P struct{ X int }

func (p P) String() string { return fmt.Sprintf("P%d", p.X) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1fC", float64(t)) }

type Plain struct {
	A int
	B []string
}

type hidden struct{ t Temp }

func show(x any) { fmt.Println(x) }

func main() {
	var v any = []int{1, 2}
	show(v)
	show(map[string]float64{"a": 1.5})
	show(Plain{1, []string{"x"}})
	show([]Plain{{2, nil}})
	show(hidden{3})
	fmt.Println([]P{{1}, {2}})
	fmt.Println(map[string]Temp{"a": 1})
	fmt.Printf("%v %s\n", []P{{3}}, [2]Temp{4, 5})
}
