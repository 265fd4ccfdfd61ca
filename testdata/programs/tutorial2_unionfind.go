// Union-find (disjoint sets) with path compression and union by size, used to
// count connected components and to build a minimum spanning tree by
// Kruskal's algorithm over edges sorted with slices.SortFunc.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type DSU struct {
	parent, size []int
	sets         int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), size: make([]int, n), sets: n}
	for i := range n {
		d.parent[i] = i
		d.size[i] = 1
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.size[ra] < d.size[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	d.sets--
	return true
}

type Edge struct{ U, V, W int }

func main() {
	d := NewDSU(10)
	for _, p := range [][2]int{{0, 1}, {2, 3}, {1, 3}, {5, 6}, {7, 8}, {8, 9}, {9, 7}} {
		fmt.Printf("union%v=%v ", p, d.Union(p[0], p[1]))
	}
	fmt.Println()
	fmt.Println("sets:", d.sets, "0~2:", d.Find(0) == d.Find(2), "0~5:", d.Find(0) == d.Find(5))
	groups := map[int][]int{}
	for i := range 10 {
		r := d.Find(i)
		groups[r] = append(groups[r], i)
	}
	var comps [][]int
	for _, g := range groups {
		comps = append(comps, g)
	}
	slices.SortFunc(comps, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	fmt.Println(comps)

	edges := []Edge{{0, 1, 4}, {0, 7, 8}, {1, 2, 8}, {1, 7, 11}, {2, 3, 7}, {2, 8, 2}, {2, 5, 4}, {3, 4, 9}, {3, 5, 14}, {4, 5, 10}, {5, 6, 2}, {6, 7, 1}, {6, 8, 6}, {7, 8, 7}}
	slices.SortFunc(edges, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.W, b.W), cmp.Compare(a.U, b.U), cmp.Compare(a.V, b.V))
	})
	m := NewDSU(9)
	total := 0
	var tree []Edge
	for _, e := range edges {
		if m.Union(e.U, e.V) {
			total += e.W
			tree = append(tree, e)
		}
	}
	fmt.Println("mst weight", total, "edges", len(tree), tree)
}
