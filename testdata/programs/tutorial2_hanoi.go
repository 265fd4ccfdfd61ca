// Recursion: the towers of Hanoi printing each move and counting 2^n-1 moves,
// all permutations of a slice by swapping in place (copies taken with
// slices.Clone), and the n-queens count by backtracking.
package main

import (
	"fmt"
	"slices"
)

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if *moves <= 7 {
		fmt.Printf("move disk %d %s -> %s\n", n, from, to)
	}
	hanoi(n-1, via, to, from, moves)
}

func permute(a []rune, k int, out *[]string) {
	if k == len(a) {
		*out = append(*out, string(slices.Clone(a)))
		return
	}
	for i := k; i < len(a); i++ {
		a[k], a[i] = a[i], a[k]
		permute(a, k+1, out)
		a[k], a[i] = a[i], a[k]
	}
}

func queens(n, row int, cols, d1, d2 []bool) int {
	if row == n {
		return 1
	}
	count := 0
	for c := range n {
		if cols[c] || d1[row+c] || d2[row-c+n-1] {
			continue
		}
		cols[c], d1[row+c], d2[row-c+n-1] = true, true, true
		count += queens(n, row+1, cols, d1, d2)
		cols[c], d1[row+c], d2[row-c+n-1] = false, false, false
	}
	return count
}

func main() {
	moves := 0
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println("3 disks:", moves)
	for _, n := range []int{5, 10, 16} {
		moves = 0
		hanoi(n, "A", "C", "B", &moves)
		fmt.Println(n, "disks:", moves, moves == 1<<n-1)
	}
	var perms []string
	permute([]rune("abc"), 0, &perms)
	fmt.Println(perms)
	perms = nil
	permute([]rune("abcd"), 0, &perms)
	slices.Sort(perms)
	fmt.Println(len(perms), perms[:5], perms[len(perms)-1])
	for n := 4; n <= 8; n++ {
		fmt.Print(queens(n, 0, make([]bool, n), make([]bool, 2*n), make([]bool, 2*n)), " ")
	}
	fmt.Println()
}
