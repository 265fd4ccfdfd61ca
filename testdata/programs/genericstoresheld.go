// divergo run refuses: Show with []Temp as its type argument: it gives fmt a value of its type parameter (fmt.Println(v)), which holds Temp values
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
