package main

// divergo run refuses: reflect.DeepEqual of a P and a Q: the interpreter hands reflect both as struct{X int; Y int}

import (
	"fmt"
	"reflect"
)

type P struct{ X, Y int }
type Q struct{ X, Y int }

func main() {
	fmt.Println(reflect.DeepEqual(P{1, 2}, Q{1, 2}), reflect.DeepEqual(P{1, 2}, P{1, 2}))
	fmt.Println(reflect.DeepEqual(map[string]any{"a": P{1, 2}}, map[string]any{"a": Q{1, 2}}))
}
