// divergo run refuses: json.Unmarshal into a value of type any while a *Cfg holding values of Level
package main

// Decoding through an any holding a *Cfg whose field has an
// UnmarshalJSON method: Go calls it (2 <nil>); the interpreter failed
// ("cannot unmarshal string into Go struct field .L of type int").

import (
	"encoding/json"
	"fmt"
)

type Level int

func (l *Level) UnmarshalJSON(b []byte) error {
	if string(b) == `"high"` {
		*l = 2
	} else {
		*l = 1
	}
	return nil
}

type Cfg struct{ L Level }

func main() {
	var c Cfg
	var v any = &c
	err := json.Unmarshal([]byte(`{"L":"high"}`), v)
	fmt.Println(c.L, err)
}
