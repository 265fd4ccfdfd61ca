// encoding/json promotes the fields of embedded structs, by its rules:
// the shallowest field of a name wins, at the same depth the tagged one,
// otherwise none; an embedded struct with a JSON name of its own is an
// object; "-" drops a field. The interpreter nested every embedded struct.
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
	Note    string
}

type audit struct {
	By   string `json:"by"`
	Note string
	skip int
}

type Tags []string

type Meta struct {
	Version int `json:"v"`
}

type Inner struct {
	Deep  bool
	Level int `json:"level"`
}

type Middle struct {
	Inner
	Level int `json:"level"`
}

type User struct {
	Base
	audit
	Tags
	Meta   `json:"meta"`
	Name   string `json:"name"`
	Secret string `json:"-"`
	Email  string `json:",omitempty"`
}

type Doc struct {
	Middle
	Title string
}

func main() {
	u := User{Base: Base{ID: 1, Note: "b"}, audit: audit{By: "ann", Note: "a", skip: 3}, Tags: Tags{"x"}, Meta: Meta{2}, Name: "al", Secret: "s"}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(&u, "", "  ")
	fmt.Println(string(b))
	var none *User
	b, _ = json.Marshal(none)
	fmt.Println(string(b))
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(Doc{Middle{Inner{true, 1}, 2}, "t"})
}
