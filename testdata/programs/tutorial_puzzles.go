// Small classic exercises: roman numerals both ways, grouping anagrams by
// a sorted-letters key, binary search by hand, two-sum with a map, and a
// spiral walk of a matrix.
package main

import (
	"fmt"
	"slices"
	"strings"
)

var romans = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func toRoman(n int) string {
	var sb strings.Builder
	for _, r := range romans {
		for n >= r.v {
			sb.WriteString(r.s)
			n -= r.v
		}
	}
	return sb.String()
}

func fromRoman(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && v < val[s[i+1]] {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func search(xs []int, t int) int {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case xs[mid] == t:
			return mid
		case xs[mid] < t:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func twoSum(xs []int, target int) (int, int, bool) {
	seen := map[int]int{}
	for i, x := range xs {
		if j, ok := seen[target-x]; ok {
			return j, i, true
		}
		seen[x] = i
	}
	return 0, 0, false
}

func spiral(m [][]int) []int {
	var out []int
	top, bot, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bot && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, m[top][j])
		}
		top++
		for i := top; i <= bot; i++ {
			out = append(out, m[i][right])
		}
		right--
		if top <= bot {
			for j := right; j >= left; j-- {
				out = append(out, m[bot][j])
			}
			bot--
		}
		if left <= right {
			for i := bot; i >= top; i-- {
				out = append(out, m[i][left])
			}
			left++
		}
	}
	return out
}

func main() {
	for _, n := range []int{1994, 2024, 3999, 4} {
		r := toRoman(n)
		fmt.Println(n, r, fromRoman(r))
	}
	groups := map[string][]string{}
	for _, w := range []string{"listen", "silent", "enlist", "google", "gogole", "cat", "act", "dog"} {
		k := []rune(w)
		slices.Sort(k)
		groups[string(k)] = append(groups[string(k)], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}
	xs := []int{1, 3, 5, 7, 9, 11}
	fmt.Println(search(xs, 7), search(xs, 4), search(nil, 1))
	fmt.Println(twoSum([]int{2, 7, 11, 15}, 9))
	fmt.Println(twoSum([]int{1, 2}, 10))
	fmt.Println(spiral([][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}))
}
