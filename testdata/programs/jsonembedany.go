// divergo run refuses: json.Marshal of a value of type any while values of a struct type embedding another are stored in an any
package main

// A struct embedding another, marshalled through a helper taking an any:
// Go promotes the embedded struct's fields ({"ID":1,"Name":"ann"}); the
// interpreter nested them ({"Base":{"ID":1},"Name":"ann"}).

import (
	"encoding/json"
	"fmt"
)

type Base struct{ ID int }

type User struct {
	Base
	Name string
}

func toJSON(v any) string { b, _ := json.Marshal(v); return string(b) }

func main() {
	fmt.Println(toJSON(User{Base{1}, "ann"}))
}
