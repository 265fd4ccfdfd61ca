package main

import "fmt"

type Config struct {
	Name   string
	Ports  []int
	Meta   map[string]string
	Limits [2]int
}

type Scores []int

func (s Scores) Double() {
	for i := range s {
		s[i] *= 2
	}
}

func (s Scores) Add(v int) Scores { return append(s, v) }

type Grid [3][3]int

func (g Grid) WithCenter(v int) Grid {
	g[1][1] = v
	return g
}

func (g *Grid) Fill(v int) {
	for i := range g {
		for j := range g[i] {
			g[i][j] = v
		}
	}
}

func main() {
	a := Config{"a", []int{80}, map[string]string{"k": "v"}, [2]int{1, 2}}
	b := a
	b.Name = "b"
	b.Ports[0] = 8080
	b.Meta["k"] = "changed"
	b.Limits[0] = 99
	fmt.Println(a.Name, a.Ports, a.Meta, a.Limits)
	fmt.Println(b.Name, b.Ports, b.Meta, b.Limits)
	var i any = a
	a.Name = "a2"
	a.Limits[1] = -1
	fmt.Println(i.(Config).Name, i.(Config).Limits, a.Limits)
	s := Scores{1, 2, 3}
	s.Double()
	t := s.Add(4)
	s2 := s[:2].Add(100)
	fmt.Println(s, t, s2)
	var g Grid
	g2 := g.WithCenter(5)
	fmt.Println(g, g2)
	g.Fill(7)
	fmt.Println(g[0], g2[1])
	pa := &[3]string{"x", "y", "z"}
	for i, v := range pa {
		pa[2] = "changed"
		fmt.Print(i, v, " ")
	}
	fmt.Println(len(pa), pa[1:])
	arrOfSlices := [2][]int{{1}, {2}}
	cp := arrOfSlices
	cp[0][0] = 100
	cp[1] = []int{200}
	fmt.Println(arrOfSlices, cp)
	m := map[string]Config{"x": {Name: "x"}}
	c := m["x"]
	c.Name = "modified"
	fmt.Println(m["x"].Name, c.Name)
	mp := map[string]*Config{"x": {Name: "x"}}
	mp["x"].Name = "via pointer"
	fmt.Println(mp["x"].Name)
	structs := []Config{{Name: "p"}, {Name: "q"}}
	for _, st := range structs {
		st.Name = "lost"
	}
	for i := range structs {
		structs[i].Limits[0] = i + 10
	}
	fmt.Println(structs[0].Name, structs[1].Limits)
	counter := struct{ n int }{}
	incr := func() { counter.n++ }
	incr()
	incr()
	fmt.Println(counter.n)
	del := map[int]bool{1: true, 2: true, 3: true}
	for k := range del {
		delete(del, k)
	}
	fmt.Println(len(del))
}
