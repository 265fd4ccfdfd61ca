package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func at(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = re
			}
		}
	}()
	return s[i], nil
}

type Matrix [][]float64

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(at([]int{1, 2, 3}, 5))
	fmt.Println(at(nil, -1+1))
	var m map[string]int
	fmt.Println(m["x"], len(m))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m["x"] = 1
	}()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("type assertion:", ok, err)
		}()
		var x any = "str"
		n := x.(int)
		fmt.Println(n)
	}()
	func() {
		defer func() { fmt.Println("custom:", recover()) }()
		panic(errors.New("boom"))
	}()
	func() {
		defer func() { fmt.Printf("%v %T\n", recover(), recover()) }()
		panic(fmt.Sprintf("bad %d", 42))
	}()
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	mat := Matrix{{1, 2}, {3, 4}}
	fmt.Println(mat[1][1])
	idx := 2
	fmt.Println(mat[idx][0])
}
