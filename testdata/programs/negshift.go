package main

import "fmt"

func shift(x, n int) (r int, err any) {
	defer func() { err = recover() }()
	return x << n, nil
}

func main() {
	fmt.Println(shift(1, 3))
	fmt.Println(shift(1, -1))
	var k int8 = -2
	defer func() { fmt.Println("recovered:", recover()) }()
	y := uint(5) >> k
	fmt.Println(y)
}
