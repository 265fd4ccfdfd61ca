package main

import (
	"fmt"
	"time"
)

type Named struct{ Name string }

func (n Named) String() string { return "Named(" + n.Name + ")" }

type Employee struct {
	Named
	Salary int
}

type Event struct {
	time.Time
	Title string
}

type Audit struct {
	*Named
	Count int
}

type Wrapper struct {
	Employee
	Note string
}

func main() {
	e := Employee{Named{"ann"}, 100}
	fmt.Println(e)
	fmt.Printf("%v|%s|%+v|%d\n", e, e, e, e.Salary)
	ev := Event{time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC), "launch"}
	fmt.Println(ev.Time)
	fmt.Println(ev.Title, ev.Year(), ev.Format("Jan 2"))
	a := Audit{&Named{"log"}, 3}
	fmt.Println(a)
	w := Wrapper{e, "x"}
	fmt.Println(w, w.Name, w.Employee.Named.Name)
	list := []Employee{e, {Named{"bob"}, 50}}
	fmt.Println(list)
	var s fmt.Stringer = w
	fmt.Println(s.String())
}
