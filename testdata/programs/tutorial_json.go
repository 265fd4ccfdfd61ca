// encoding/json: struct tags (rename, omitempty, "-"), Marshal and
// MarshalIndent, nested structs and slices, Unmarshal into a struct and into
// map[string]any (numbers become float64), json.Valid and a decoding error.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type User struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Password string            `json:"-"`
	Tags     []string          `json:"tags"`
	Address  *Address          `json:"address,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	private  int
}

func main() {
	u := User{ID: 1, Name: "Ann", Password: "secret", Tags: []string{"admin", "dev"},
		Address: &Address{City: "Oslo"}, private: 9}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)

	pretty, _ := json.MarshalIndent(map[string]any{"b": 1, "a": []int{1, 2}}, "", "  ")
	fmt.Println(string(pretty))

	var u2 User
	err = json.Unmarshal([]byte(`{"id":7,"name":"Bo","tags":["x"],"address":{"city":"Rome","zip":"00100"},"extra":true}`), &u2)
	fmt.Println(err, u2.ID, u2.Name, u2.Tags, u2.Address.City, u2.Address.Zip)

	var anyv map[string]any
	json.Unmarshal([]byte(`{"n":3,"f":2.5,"s":"hi","l":[1,"two",null],"o":{"k":false}}`), &anyv)
	fmt.Printf("%T %v\n", anyv["n"], anyv["n"])
	fmt.Println(anyv["l"], anyv["o"])
	if list, ok := anyv["l"].([]any); ok {
		fmt.Println(len(list), list[1].(string))
	}
	n := anyv["n"].(float64)
	fmt.Println(n * 2)

	fmt.Println(json.Valid([]byte(`{"a":1}`)), json.Valid([]byte(`{a:1}`)))
	var bad User
	err = json.Unmarshal([]byte(`{"id":1,}`), &bad)
	fmt.Println(err)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode([]Address{{City: "A"}, {City: "B", Zip: "1"}})

	dec := json.NewDecoder(strings.NewReader(`{"city":"X"} {"city":"Y"}`))
	for dec.More() {
		var a Address
		if err := dec.Decode(&a); err != nil {
			break
		}
		fmt.Print(a.City, " ")
	}
	fmt.Println()
	raw, _ := json.Marshal([]any{1, "a<b>", 2.5, nil, true})
	fmt.Println(string(raw))
}
