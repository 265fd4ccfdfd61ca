// Conway's Game of Life on a small torus: a fixed-size array grid type
// with methods, neighbour counting with wrap-around, stepping a glider and
// a blinker, and printing generations.
package main

import (
	"fmt"
	"strings"
)

const W, H = 8, 6

type Grid [H][W]bool

func (g *Grid) Set(x, y int) { g[y][x] = true }

func (g Grid) Alive(x, y int) bool {
	return g[(y+H)%H][(x+W)%W]
}

func (g Grid) Neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := range H {
		for x := range W {
			n := g.Neighbours(x, y)
			next[y][x] = n == 3 || n == 2 && g[y][x]
		}
	}
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g Grid) Count() (n int) {
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func main() {
	var g Grid
	g.Set(1, 0)
	g.Set(2, 1)
	g.Set(0, 2)
	g.Set(1, 2)
	g.Set(2, 2)
	g.Set(6, 3)
	g.Set(6, 4)
	g.Set(6, 5)
	for gen := range 4 {
		fmt.Printf("gen %d (%d alive)\n%v", gen, g.Count(), g)
		g = g.Step()
	}
	start := g
	for range 24 {
		g = g.Step()
	}
	fmt.Println(g == start, g.Count())
}
