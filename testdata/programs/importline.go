package main

import (
	"fmt"
	"slices"
	"sync"
)

func main() { var mu sync.Mutex; mu.Lock(); xs := []int{3, 1}; slices.Sort(xs); fmt.Println(xs) }
