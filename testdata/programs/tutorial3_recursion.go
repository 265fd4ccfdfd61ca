package main

import (
	"fmt"
	"sort"
	"strings"
)

func permutations(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var out []string
	for i := range s {
		rest := make([]rune, 0, len(s)-1)
		rest = append(rest, s[:i]...)
		rest = append(rest, s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(s[i])+p)
		}
	}
	return out
}

func subsets(xs []int) [][]int {
	if len(xs) == 0 {
		return [][]int{{}}
	}
	rest := subsets(xs[1:])
	out := rest
	for _, r := range rest {
		with := append([]int{xs[0]}, r...)
		out = append(out, with)
	}
	return out
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func flood(grid [][]byte, r, c int) int {
	if r < 0 || c < 0 || r >= len(grid) || c >= len(grid[r]) || grid[r][c] != '.' {
		return 0
	}
	grid[r][c] = '#'
	return 1 + flood(grid, r+1, c) + flood(grid, r-1, c) + flood(grid, r, c+1) + flood(grid, r, c-1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func main() {
	ps := permutations([]rune("abc"))
	fmt.Println(len(ps), ps)
	ss := subsets([]int{1, 2, 3})
	sort.Slice(ss, func(i, j int) bool {
		if len(ss[i]) != len(ss[j]) {
			return len(ss[i]) < len(ss[j])
		}
		return fmt.Sprint(ss[i]) < fmt.Sprint(ss[j])
	})
	fmt.Println(ss)
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	rows := []string{"..#..", ".##..", "#...#", "..#.."}
	grid := make([][]byte, len(rows))
	for i, r := range rows {
		grid[i] = []byte(r)
	}
	fmt.Println(flood(grid, 0, 0), flood(grid, 0, 4))
	for _, r := range grid {
		fmt.Println(string(r))
	}
	moves := 0
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println("moves", moves)
	var collatz func(n, steps int) int
	collatz = func(n, steps int) int {
		if n == 1 {
			return steps
		}
		if n%2 == 0 {
			return collatz(n/2, steps+1)
		}
		return collatz(3*n+1, steps+1)
	}
	fmt.Println(collatz(27, 0), strings.Repeat("=", 10))
}
