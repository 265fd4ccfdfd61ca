// divergo run refuses: would take a plain float64 (which encoding/json may store in an any) as one

// A temperature type with a String method, printed from an any, in a
// program that decodes JSON into an any: json's numbers are plain
// float64s there, and the interpreter's type switch, which sees only a
// bare value's structure, would take one for a Celsius.
package main

import (
	"encoding/json"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	var doc map[string]any
	if err := json.Unmarshal([]byte(`{"t": 21.5}`), &doc); err != nil {
		panic(err)
	}
	var t any = Celsius(-3)
	fmt.Println(t, doc["t"])
}
