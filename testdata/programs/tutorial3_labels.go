package main

import "fmt"

func findPair(nums []int, target int) (int, int, bool) {
outer:
	for i := 0; i < len(nums); i++ {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] > target*2 {
				continue outer
			}
			if nums[i]+nums[j] == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func primes(n int) []int {
	var ps []int
next:
	for c := 2; len(ps) < n; c++ {
		for _, p := range ps {
			if p*p > c {
				break
			}
			if c%p == 0 {
				continue next
			}
		}
		ps = append(ps, c)
	}
	return ps
}

func main() {
	fmt.Println(findPair([]int{1, 5, 3, 7, 9}, 10))
	fmt.Println(findPair([]int{1, 2}, 10))
	fmt.Println(primes(15))
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	i := 0
loop:
	if i < 3 {
		fmt.Print("goto ", i, "; ")
		i++
		goto loop
	}
	fmt.Println()
	ch := make(chan int, 5)
	for k := 0; k < 5; k++ {
		ch <- k
	}
	close(ch)
	count := 0
read:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break read
			}
			if v%2 == 0 {
				continue read
			}
			count += v
		}
	}
	fmt.Println("odd sum", count)
	x := 5
	switch {
	case x > 3:
		if x == 5 {
			break
		}
		fmt.Println("not reached")
	}
	for n := 0; n < 10; n++ {
		switch {
		case n%2 == 0:
			continue
		case n > 6:
			fmt.Println("break at", n)
		}
		if n > 6 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
}
