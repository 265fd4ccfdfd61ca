package main

// encoding/json calls the MarshalJSON method of the value an interface
// holds.
// divergo run refuses: json.Marshal of []Shape: the Shape elements may hold a Tri, whose MarshalJSON method Go calls

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() int }

type Tri struct{ N int }

func (t Tri) Area() int                    { return t.N * t.N / 2 }
func (t Tri) MarshalJSON() ([]byte, error) { return []byte(`"tri"`), nil }

func main() {
	b, err := json.Marshal([]Shape{Tri{1}})
	fmt.Println(string(b), err)
}
