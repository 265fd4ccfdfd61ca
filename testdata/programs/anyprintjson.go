// An enum (type Level int) with a String method, printed from an any, in
// a program that decodes JSON into an any: json stores only float64s,
// strings and bools there, none of which the interpreter's type switch
// would take for a Level, so the value prints with its method.
package main

import (
	"encoding/json"
	"fmt"
)

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func main() {
	var doc map[string]any
	if err := json.Unmarshal([]byte(`{"n": 1, "s": "x"}`), &doc); err != nil {
		panic(err)
	}
	var l any = Level(1)
	fmt.Println(l, doc["n"], doc["s"])
	fmt.Printf("%v %d %s\n", l, l, l)
}
