package main

import "fmt"

// A division of untyped integer constants in a float context divides the
// integers, as Go does (10 / 4 is 2 in var f float64 = 10 / 4; the
// interpreter gave 2.5).

const ratio float64 = 5 / 9

func half() float64 { return 7 / 2 }

func main() {
	var f float64 = 10 / 4
	var k float32 = 1 / 3
	var d float64 = -7 / 2
	var r float64 = 'a' / 2
	pct := 0.0
	pct = 50 / 100
	f2 := 1.0
	f2 += 10 / 4
	arr := [3]float64{}
	arr[0] = 3 / 2
	var c complex128 = 10 / 4
	t := 100.0
	fmt.Println(f, k, d, r, pct, f2, arr, c, ratio, half(), 5/9*(t-32), t+1/2, 10.0/4)
}
