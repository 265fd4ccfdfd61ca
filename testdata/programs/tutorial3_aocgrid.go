package main

import (
	"bufio"
	"fmt"
	"strings"
)

const input = `#########
#S..#...#
#.#.#.#.#
#.#...#E#
#########`

type P struct{ R, C int }

func (p P) Add(q P) P { return P{p.R + q.R, p.C + q.C} }

var dirs = [4]P{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

func parse(s string) (grid []string, start, end P) {
	sc := bufio.NewScanner(strings.NewReader(s))
	for r := 0; sc.Scan(); r++ {
		line := sc.Text()
		if c := strings.IndexByte(line, 'S'); c >= 0 {
			start = P{r, c}
		}
		if c := strings.IndexByte(line, 'E'); c >= 0 {
			end = P{r, c}
		}
		grid = append(grid, line)
	}
	return
}

func bfs(grid []string, start, end P) (int, []P) {
	dist := map[P]int{start: 0}
	prev := map[P]P{}
	queue := []P{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if grid[n.R][n.C] == '#' {
				continue
			}
			if _, seen := dist[n]; seen {
				continue
			}
			dist[n] = dist[cur] + 1
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	d, ok := dist[end]
	if !ok {
		return -1, nil
	}
	var path []P
	for p := end; p != start; p = prev[p] {
		path = append([]P{p}, path...)
	}
	return d, path
}

func main() {
	grid, s, e := parse(input)
	fmt.Println(len(grid), s, e)
	d, path := bfs(grid, s, e)
	fmt.Println("steps:", d, len(path))
	rows := make([][]byte, len(grid))
	for i := range grid {
		rows[i] = []byte(grid[i])
	}
	for _, p := range path[:len(path)-1] {
		rows[p.R][p.C] = 'o'
	}
	for _, r := range rows {
		fmt.Println(string(r))
	}
	fmt.Println(path[:3], dirs)
	visited := map[P]bool{}
	for _, p := range path {
		visited[p] = true
	}
	fmt.Println(len(visited), visited[e], visited[s])
}
