// Dynamic programming on 2-D tables: longest common subsequence with the
// subsequence rebuilt by walking back, the 0/1 knapsack with the chosen items,
// and Levenshtein edit distance with a rolling pair of rows.
package main

import (
	"fmt"
	"slices"
)

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	var out []byte
	for i, j := len(a), len(b); i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			out = append(out, a[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	slices.Reverse(out)
	return string(out)
}

type item struct {
	name          string
	weight, value int
}

func knapsack(items []item, capacity int) (int, []string) {
	n := len(items)
	best := make([][]int, n+1)
	for i := range best {
		best[i] = make([]int, capacity+1)
	}
	for i, it := range items {
		for w := 0; w <= capacity; w++ {
			best[i+1][w] = best[i][w]
			if it.weight <= w {
				best[i+1][w] = max(best[i+1][w], best[i][w-it.weight]+it.value)
			}
		}
	}
	var chosen []string
	w := capacity
	for i := n; i > 0; i-- {
		if best[i][w] != best[i-1][w] {
			chosen = append(chosen, items[i-1].name)
			w -= items[i-1].weight
		}
	}
	return best[n][capacity], chosen
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func main() {
	fmt.Printf("%q\n", lcs("AGGTAB", "GXTXAYB"))
	fmt.Printf("%q\n", lcs("information", "transmission"))
	items := []item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}}
	v, chosen := knapsack(items, 200)
	fmt.Println(v, chosen)
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"héllo", "hello"}} {
		fmt.Printf("%s -> %s: %d\n", p[0], p[1], editDistance(p[0], p[1]))
	}
}
