package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

// A type argument that holds Temp values: Go prints [3.0°C], the
// interpreter printed [3].
func Show[T any](v T) { fmt.Println(v) }

func main() {
	Show([]Temp{3})
}
