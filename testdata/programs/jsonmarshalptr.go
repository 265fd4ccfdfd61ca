package main

// encoding/json calls a MarshalJSON (or MarshalText) method with a
// pointer receiver only where it can take the value's address: not for a
// value given to it, nor for one in a map or in an array or struct it was
// given as a value.

import (
	"encoding/json"
	"fmt"
	"os"
)

type Secret struct{ V string }

func (s *Secret) MarshalJSON() ([]byte, error) { return []byte(`"***"`), nil }

type Code int

func (c *Code) MarshalText() ([]byte, error) { return []byte(fmt.Sprint("C", int(*c))), nil }

type Named struct {
	Name string `json:"name"`
	hid  int
}

func (n *Named) String() string { return "N:" + n.Name }

type Outer struct {
	S Secret
	N int
}

func secret(v string) Secret { return Secret{v} }

func main() {
	s := Secret{"pw"}
	b, err := json.Marshal(&s)
	fmt.Println(string(b), err)
	b, err = json.Marshal(s)
	fmt.Println(string(b), err)
	b, err = json.Marshal(secret("fn"))
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent(s, "", " ")
	fmt.Println(string(b), err)
	c := Code(7)
	b, err = json.Marshal(c)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&c)
	fmt.Println(string(b), err)
	b, err = json.Marshal(Named{"n", 1})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Outer{s, 1})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[string]Secret{"k": s})
	fmt.Println(string(b), err)
	b, err = json.Marshal([1]Secret{s})
	fmt.Println(string(b), err)
	var ss []Secret
	for _, v := range []string{"a", "b"} {
		x := Secret{v}
		out, _ := json.Marshal(x)
		ss = append(ss, x)
		fmt.Print(string(out), " ")
	}
	fmt.Println(len(ss))
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(s)
	enc.Encode(&s)
}
