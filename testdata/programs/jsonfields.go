package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
)

// A struct with unexported fields: encoding/json and encoding/xml skip
// them (the interpreter renames them Xname; divergo run tags them away).
type account struct {
	Name    string `json:"name" xml:"name"`
	Balance int    `json:"balance"`
	secret  string
	pin     int `json:"pin"`
}

type wrapper struct {
	XMLName xml.Name `xml:"account"`
	Owner   string   `xml:"owner"`
	note    string
}

func main() {
	a := account{Name: "ada", Balance: 10, secret: "s", pin: 1234}
	b, err := json.Marshal(a)
	fmt.Println(string(b), err)
	var back account
	err = json.Unmarshal([]byte(`{"name":"grace","balance":3,"secret":"x","Xsecret":"y","pin":9}`), &back)
	fmt.Println(back.Name, back.Balance, back.secret == "", back.pin, err)
	x, err := xml.Marshal(wrapper{Owner: "ada", note: "n"})
	fmt.Println(string(x), err)
	fmt.Printf("%v\n", a)
}
