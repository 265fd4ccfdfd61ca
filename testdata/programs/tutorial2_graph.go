// Graphs as adjacency lists (map[string][]string with sorted neighbours):
// breadth-first search with a queue slice giving shortest hop paths,
// recursive depth-first search with a visited set, and a topological sort
// with cycle detection by three-colour marking.
package main

import (
	"errors"
	"fmt"
	"slices"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) BFS(start string) (order []string, parent map[string]string) {
	parent = map[string]string{start: ""}
	queue := []string{start}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		order = append(order, v)
		for _, w := range g[v] {
			if _, seen := parent[w]; !seen {
				parent[w] = v
				queue = append(queue, w)
			}
		}
	}
	return
}

func (g Graph) DFS(v string, seen map[string]bool, visit func(string)) {
	seen[v] = true
	visit(v)
	for _, w := range g[v] {
		if !seen[w] {
			g.DFS(w, seen, visit)
		}
	}
}

var errCycle = errors.New("cycle")

func topo(deps map[string][]string, keys []string) ([]string, error) {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var out []string
	var visit func(string) error
	visit = func(n string) error {
		switch color[n] {
		case grey:
			return fmt.Errorf("%w at %s", errCycle, n)
		case black:
			return nil
		}
		color[n] = grey
		for _, d := range deps[n] {
			if err := visit(d); err != nil {
				return err
			}
		}
		color[n] = black
		out = append(out, n)
		return nil
	}
	for _, k := range keys {
		if err := visit(k); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func main() {
	g := Graph{}
	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"f", "g"}} {
		g.AddEdge(e[0], e[1])
	}
	for _, ns := range g {
		slices.Sort(ns)
	}
	order, parent := g.BFS("a")
	fmt.Println("bfs:", order)
	path := []string{"e"}
	for v := parent["e"]; v != ""; v = parent[v] {
		path = append(path, v)
	}
	slices.Reverse(path)
	fmt.Println("path a->e:", path)
	var dfs []string
	g.DFS("a", map[string]bool{}, func(v string) { dfs = append(dfs, v) })
	fmt.Println("dfs:", dfs)
	_, reach := parent["f"]
	fmt.Println("f reachable:", reach)

	deps := map[string][]string{"app": {"lib", "log"}, "lib": {"log", "fmt"}, "log": {"fmt"}, "fmt": nil}
	fmt.Println(topo(deps, []string{"app", "fmt", "lib", "log"}))
	deps["fmt"] = []string{"app"}
	_, err := topo(deps, []string{"app"})
	fmt.Println(err, errors.Is(err, errCycle))
}
