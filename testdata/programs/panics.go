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
	return a / b, nil
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	var m map[string]int
	fmt.Println(m["missing"], len(m))
	err := fmt.Errorf("wrap: %w", errors.ErrUnsupported)
	fmt.Println(errors.Is(err, errors.ErrUnsupported))
	xs := []int{1, 2, 3}
	i := 5
	fmt.Println(xs[i])
}
