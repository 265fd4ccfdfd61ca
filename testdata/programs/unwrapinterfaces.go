package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type P struct{ X, Y int }

func (p P) Sum() int { return p.X + p.Y }

type Shape interface{ Area() float64 }

type Rect struct {
	W float64 `json:"w"`
	H float64
}

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type User struct {
	Name  string `json:"name"`
	email string
}

func (u User) Greeting() string { return "hi " + u.Name }

type Box struct {
	Label string
	S     Shape
	Items []any
}

func logf(format string, args ...interface{}) { fmt.Printf("[log] "+format+"\n", args...) }

func main() {
	p := P{1, 2}
	logf("point %v sum %d", p, p.Sum())
	var i any = p
	fmt.Println(i)
	fmt.Printf("%v|%d|%v\n", i, i, []any{p})
	shapes := []Shape{Rect{1, 2}, Rect{5, 6}}
	var c Shape = &Circle{1}
	fmt.Println(c.Area())
	fmt.Println(shapes, len(shapes))
	out, _ := json.Marshal(shapes)
	fmt.Println(string(out))
	m := map[string]any{"user": User{"Ann", "a@b"}, "n": 3}
	out, _ = json.Marshal(m)
	fmt.Println(string(out))
	fmt.Println(m)
	b := Box{"b", Rect{2, 3}, []any{p, "s", 4}}
	fmt.Println(b)
	fmt.Printf("%v\n", &b)
	out, _ = json.MarshalIndent(b, "", " ")
	fmt.Println(string(out))
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(shapes)
	var none []Shape
	fmt.Println(none, none == nil)
	s := fmt.Sprint(shapes[0], " ", strings.Repeat("x", 2))
	fmt.Println(s)
	var sh Shape = Rect{4, 5}
	fmt.Println(sh)
}
