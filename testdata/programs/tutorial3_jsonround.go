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

type Person struct {
	Name  string         `json:"name"`
	Age   int            `json:"age"`
	Email string         `json:"email,omitempty"`
	Tags  []string       `json:"tags"`
	Addr  *Address       `json:"address,omitempty"`
	Meta  map[string]any `json:"meta,omitempty"`

	Score float64 `json:"-"`
}

func main() {
	people := []Person{
		{Name: "Ada", Age: 36, Tags: []string{"math"}, Addr: &Address{City: "London"}},
		{Name: "Linus", Age: 28, Email: "l@x.org", Meta: map[string]any{"os": "linux", "n": 1}},
	}
	b, err := json.Marshal(people)
	fmt.Println(string(b), err)
	var back []Person
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v\n", back[1])
	fmt.Println(back[0].Addr.City, back[1].Meta["n"], back[1].Tags == nil)
	fmt.Printf("%T\n", back[1].Meta["n"])
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{"z": 1, "a": []int{1, 2}, "m": nil})
	var anyv any
	json.Unmarshal([]byte(`{"x":[1,"two",true,null,{"y":2.5}]}`), &anyv)
	fmt.Println(anyv)
	obj := anyv.(map[string]any)
	for _, e := range obj["x"].([]any) {
		fmt.Printf("%T ", e)
	}
	fmt.Println()
	dec := json.NewDecoder(strings.NewReader(`{"name":"A","age":1} {"name":"B","age":"x"}`))
	for {
		var p Person
		if err := dec.Decode(&p); err != nil {
			fmt.Println("stop:", err != nil)
			break
		}
		fmt.Println(p.Name, p.Age)
	}
	raw := json.RawMessage(`{"k":1}`)
	out, _ := json.Marshal(struct {
		R json.RawMessage
		F float64
		S string
	}{raw, 1e21, "<&>"})
	fmt.Println(string(out))
}
