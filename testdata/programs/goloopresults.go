package main

import (
	"fmt"
	"sync"
)

func main() {
	wrong := 0
	for trial := 0; trial < 100; trial++ {
		results := make([]int, 50)
		var wg sync.WaitGroup
		for i := 0; i < 50; i++ {
			wg.Add(1)
			go func() { defer wg.Done(); results[i] = i + 1 }()
		}
		wg.Wait()
		for _, r := range results {
			if r == 0 {
				wrong++
			}
		}
	}
	fmt.Println("missing results:", wrong)
}
