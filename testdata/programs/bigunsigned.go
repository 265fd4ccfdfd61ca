package main

// Constant expressions of an unsigned type beyond int64's range: the
// interpreter folded them in int64 and stopped ("constant
// 9223372036854775813 overflows int64").

import "fmt"

const Big = 1 << 63

const High uint64 = 1 << 63

func magic() uint64 { return 0xDEADBEEFCAFEBABE }

func main() {
	var u uint64 = 1 << 63
	var m uint = 1<<64 - 1
	x := uint64(Big) + 1
	var y uint64 = Big | 5
	fmt.Println(u, m, x, y, uint64(1<<63)>>62)
	var a [High >> 61]int
	fmt.Println(High, High|1, len(a))
	switch v := magic(); v {
	case 0xDEADBEEFCAFEBABE:
		fmt.Println("magic")
	}
	ch := make(chan uint64, 1)
	ch <- 0xDEADBEEFCAFEBABE
	fmt.Println(<-ch, []uint64{1 << 63, 5})
}
