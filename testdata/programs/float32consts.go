package main

import (
	"fmt"
	"math"
)

type F32 float32

func main() {
	x := float32(1) / 10
	fmt.Println(float64(x))
	fmt.Printf("%.10f\n", float32(1)/3)
	fmt.Println(float64(float32(0.1) * 3))
	fmt.Println(float64(F32(0.1)), float64(F32(1)/3))
	y := float32(0.1)
	fmt.Println(float64(y))
	fmt.Println(float64(real(complex(float32(1)/3, 0))))
	fmt.Println(float64(float32(math.E) * 2))
	var z float32 = 1
	fmt.Println(x == z/10, float64(1)/3)
	const c = float32(2) / 3
	fmt.Println(float64(c), c)
	var h float64 = 10 / 4
	fmt.Println(h)
}
