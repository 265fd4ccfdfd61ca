package main

// A generic function gives json a value of its type parameter; Go's json
// calls the UnmarshalJSON method of the type argument, as it does in the
// copy of decode that divergo run writes for Color.

import (
	"encoding/json"
	"fmt"
)

type Color struct{ R, G, B uint8 }

func (c *Color) UnmarshalJSON(b []byte) error { c.R = 7; return nil }

func decode[T any](b []byte) (T, error) {
	var v T
	err := json.Unmarshal(b, &v)
	return v, err
}

func main() {
	fmt.Println(decode[int]([]byte(`3`)))
	fmt.Println(decode[Color]([]byte(`"x"`)))
}
