// Value semantics: arrays and structs copied on assignment and when
// passed, range's copy of each element, updating a slice of structs by
// index, slices sharing a backing array after append, and the full slice
// expression limiting capacity.
package main

import "fmt"

type Player struct {
	Name  string
	Score int
	Tags  [2]string
}

func bump(p Player)     { p.Score += 10 }
func bumpPtr(p *Player) { p.Score += 10 }

func main() {
	team := []Player{{"ann", 1, [2]string{"a", "b"}}, {"bob", 2, [2]string{}}}
	for _, p := range team {
		p.Score = 100
	}
	fmt.Println(team[0].Score, team[1].Score)
	for i := range team {
		team[i].Score *= 5
	}
	fmt.Println(team[0].Score, team[1].Score)
	bump(team[0])
	bumpPtr(&team[1])
	fmt.Println(team)

	copyP := team[0]
	copyP.Tags[0] = "changed"
	fmt.Println(team[0].Tags, copyP.Tags)

	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[0][0] = 99
	fmt.Println(grid, g2)

	base := make([]int, 3, 10)
	x := append(base, 1)
	y := append(base, 2)
	fmt.Println(x[3], y[3], len(base))

	limited := base[0:3:3]
	z := append(limited, 7)
	z[0] = -1
	fmt.Println(base[0], z, cap(limited))

	s := []int{1, 2, 3, 4, 5}
	head := s[:2]
	head = append(head, 42)
	fmt.Println(s, head)

	m := map[string]Player{"p": {"p", 1, [2]string{}}}
	pl := m["p"]
	pl.Score = 7
	fmt.Println(m["p"].Score, pl.Score)
	arrPtr := &grid
	arrPtr[1][1] = 0
	fmt.Println(grid, len(arrPtr))
}
