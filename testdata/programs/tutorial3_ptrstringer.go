package main

import "fmt"

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Reading struct {
	Where string
	T     Temp
	P     *Point
}

type Grid [2][2]int

func main() {
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %+v\n", p, &p, p)
	pts := []Point{{1, 2}, {3, 4}}
	fmt.Println(pts)
	pps := []*Point{{5, 6}}
	fmt.Println(pps)
	r := Reading{"lab", 21.55, &Point{7, 8}}
	fmt.Println(r.T, r.P)
	fmt.Printf("%v\n", r.T)
	ts := []Temp{1, 2.25, -3}
	fmt.Println(ts)
	fmt.Printf("%.2f %v %s\n", ts[1], ts[1], ts[1])
	m := map[Temp]string{1: "cold", 30: "hot"}
	fmt.Println(m)
	var g Grid
	g[1][0] = 9
	h := g
	h[0][0] = 1
	fmt.Println(g, h, g == h)
	fmt.Printf("%v %T\n", g, g)
	arr := [3]string{"a", "b"}
	fmt.Printf("%q %v %d\n", arr, len(arr), cap(arr[:1]))
	type inner struct{ A, B int }
	type outer struct {
		In  inner
		Ptr *inner
		S   []inner
		M   map[string]inner
	}
	o := outer{inner{1, 2}, nil, []inner{{3, 4}}, map[string]inner{"k": {5, 6}}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", pts[0].X)
	fmt.Printf("%#v\n", []string{"x"})
}
