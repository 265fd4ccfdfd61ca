// A shift with a constant on the left and a count that is not constant:
// Go gives the constant the type of its context (uint8 in x & (1<<j)), the
// interpreter int, and stopped with a reflect error.
package main

import "fmt"

type Bitset uint16

func main() {
	var x uint8 = 5
	j := 2
	fmt.Println(x&(1<<j) != 0)
	var b Bitset = 2
	i := 1
	fmt.Println(b&(1<<i) != 0)
	var u uint = 6
	fmt.Println(u&(1<<j), u|(1<<i))
	fmt.Println(b & (1 << i))
}

func popcount(x uint64) int {
	n := 0
	for k := 0; k < 64; k++ {
		if x&(1<<k) != 0 {
			n++
		}
	}
	return n
}

func init() {
	fmt.Println(popcount(0xF0F0), int8(1)<<3)
}
