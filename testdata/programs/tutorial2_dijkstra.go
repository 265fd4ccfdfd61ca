// Dijkstra's shortest paths with container/heap: a priority queue of
// (node, dist) pairs with lazy deletion of stale entries, distances in a
// slice initialised to math.MaxInt, and the paths rebuilt from predecessors.
package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type edge struct{ to, w int }

type entry struct{ node, dist int }

type minQ []entry

func (q minQ) Len() int { return len(q) }
func (q minQ) Less(i, j int) bool {
	return q[i].dist < q[j].dist || q[i].dist == q[j].dist && q[i].node < q[j].node
}
func (q minQ) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *minQ) Push(x any)   { *q = append(*q, x.(entry)) }
func (q *minQ) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

func dijkstra(adj [][]edge, src int) ([]int, []int) {
	dist := make([]int, len(adj))
	prev := make([]int, len(adj))
	for i := range dist {
		dist[i] = math.MaxInt
		prev[i] = -1
	}
	dist[src] = 0
	q := &minQ{{src, 0}}
	pops := 0
	for q.Len() > 0 {
		e := heap.Pop(q).(entry)
		pops++
		if e.dist > dist[e.node] {
			continue
		}
		for _, ed := range adj[e.node] {
			if nd := e.dist + ed.w; nd < dist[ed.to] {
				dist[ed.to] = nd
				prev[ed.to] = e.node
				heap.Push(q, entry{ed.to, nd})
			}
		}
	}
	fmt.Println("pops:", pops)
	return dist, prev
}

func main() {
	names := []string{"A", "B", "C", "D", "E", "F", "G"}
	adj := make([][]edge, len(names))
	add := func(a, b, w int) {
		adj[a] = append(adj[a], edge{b, w})
		adj[b] = append(adj[b], edge{a, w})
	}
	add(0, 1, 7)
	add(0, 2, 9)
	add(0, 5, 14)
	add(1, 2, 10)
	add(1, 3, 15)
	add(2, 3, 11)
	add(2, 5, 2)
	add(3, 4, 6)
	add(4, 5, 9)
	dist, prev := dijkstra(adj, 0)
	for v, d := range dist {
		if d == math.MaxInt {
			fmt.Printf("%s unreachable\n", names[v])
			continue
		}
		var path []string
		for u := v; u != -1; u = prev[u] {
			path = append([]string{names[u]}, path...)
		}
		fmt.Printf("%s %2d %s\n", names[v], d, strings.Join(path, "->"))
	}
}
