package main

// encoding/json calls the UnmarshalJSON method of a struct field's type
// (through the field's address); the interpreter's struct has no methods.
// divergo run refuses: json.Unmarshal into *Theme: Go calls the UnmarshalJSON method of the Color field Fg

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Color struct{ R, G, B uint8 }

func (c *Color) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	_, err := fmt.Sscanf(strings.TrimPrefix(s, "#"), "%02x%02x%02x", &c.R, &c.G, &c.B)
	return err
}

type Theme struct {
	Name string `json:"name"`
	Fg   Color  `json:"fg"`
}

func main() {
	var th Theme
	err := json.Unmarshal([]byte(`{"name":"dark","fg":"#102030"}`), &th)
	fmt.Println(th, err)
}
