package main

// encoding/json promotes the fields of an embedded struct.

import (
	"encoding/json"
	"fmt"
)

type Base struct{ ID int }
type User struct {
	Base
	Name string
}

func main() {
	b, _ := json.Marshal(User{Base{1}, "al"})
	fmt.Println(string(b))
}
