package main

import (
	"fmt"
	"strings"
)

func tryIt(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-8s %v\n", name, r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [4]int{}
	str := "hey"
	var m map[string][]int
	var p *struct{ A int }
	var ch chan int
	i, j := 5, 1
	tryIt("index", func() { _ = s[i] })
	tryIt("neg", func() { k := -1; _ = s[k+0] })
	tryIt("slice", func() { _ = s[1:i] })
	tryIt("slice2", func() { _ = s[2:j] })
	tryIt("arr", func() { _ = arr[i] })
	tryIt("str", func() { _ = str[i] })
	tryIt("strsl", func() { _ = str[i:] })
	tryIt("nilmap", func() { m["a"] = nil })
	tryIt("nilmapr", func() { fmt.Println("read ok", m["a"] == nil) })
	tryIt("nilptr", func() { p.A = 1 })
	tryIt("close", func() { close(ch) })
	tryIt("close2", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	tryIt("send", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	tryIt("conv", func() {
		var x any = 3.5
		_ = x.(string)
	})
	tryIt("conv2", func() {
		var x any
		_ = x.(fmt.Stringer)
	})
	tryIt("repeat", func() { _ = strings.Repeat("x", -1) })
	tryIt("make", func() { n := -1; _ = make([]int, n) })
	tryIt("divide", func() { z := 0; _ = 10 / z })
	tryIt("custom", func() { panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner"))) })
	tryIt("value", func() { panic(42) })
	var r any
	func() {
		defer func() { r = recover() }()
		_ = s[i]
	}()
	err, ok := r.(error)
	fmt.Println(ok, err.Error())
	fmt.Println("last one is uncaught:")
	_ = s[1 : j-2]
}
