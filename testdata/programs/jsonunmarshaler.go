package main

// encoding/json calls the UnmarshalJSON and UnmarshalText methods (pointer
// receivers) of the value it decodes into, and a type defined from one
// with such methods (type plain Person) has none.

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Color struct{ R, G, B uint8 }

func (c *Color) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	_, err := fmt.Sscanf(strings.TrimPrefix(s, "#"), "%02x%02x%02x", &c.R, &c.G, &c.B)
	return err
}

type Level int

func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 1
	case "high":
		*l = 2
	default:
		return fmt.Errorf("bad level %q", b)
	}
	return nil
}

type Tags []string

func (t *Tags) UnmarshalText(b []byte) error { *t = strings.Split(string(b), ","); return nil }

type Celsius float64

func (c *Celsius) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return errors.New("no null")
	}
	var f float64
	if err := json.Unmarshal(b, &f); err != nil {
		return fmt.Errorf("celsius: %w", err)
	}
	*c = Celsius(f)
	return nil
}

type Box[T any] struct{ V T }

func (b *Box[T]) UnmarshalJSON(data []byte) error { return json.Unmarshal(data, &b.V) }

type Set map[string]bool

func (s Set) UnmarshalJSON(b []byte) error {
	var xs []string
	if err := json.Unmarshal(b, &xs); err != nil {
		return err
	}
	for _, x := range xs {
		s[x] = true
	}
	return nil
}

type Person struct {
	Name string
	age  int
}

func (p *Person) UnmarshalJSON(b []byte) error {
	type plain Person
	var q plain
	if err := json.Unmarshal(b, &q); err != nil {
		return err
	}
	*p = Person(q)
	p.Name = strings.ToUpper(p.Name)
	return nil
}

func (p Person) MarshalJSON() ([]byte, error) {
	type plain Person
	b, err := json.Marshal(plain(p))
	return append(append([]byte(`{"person":`), b...), '}'), err
}

type Alias Person

func main() {
	var c Color
	fmt.Println(json.Unmarshal([]byte(` "#ff8000" `), &c), c)
	fmt.Println(json.Unmarshal([]byte(`{"R": 1}`), &c), c)
	fmt.Println(json.Unmarshal([]byte(`{bad`), &c), c)

	var lv Level
	fmt.Println(json.Unmarshal([]byte(`"high"`), &lv), lv)
	fmt.Println(json.Unmarshal([]byte(`"mid"`), &lv), lv)
	fmt.Println(json.Unmarshal([]byte(`12`), &lv), lv)
	fmt.Println(json.Unmarshal([]byte(`null`), &lv), lv)
	fmt.Println(json.Unmarshal([]byte(`[1]`), &lv), lv)

	t := Tags{"x"}
	fmt.Println(json.Unmarshal([]byte(`"a,b"`), &t), t, len(t))
	fmt.Println(json.Unmarshal([]byte(`null`), &t), t == nil)
	fmt.Println(json.Unmarshal([]byte(`true`), &t), t == nil)

	var cel Celsius
	fmt.Println(json.Unmarshal([]byte(`21.5`), &cel), cel)
	fmt.Println(json.Unmarshal([]byte(`null`), &cel), cel)
	fmt.Println(json.Unmarshal([]byte(`"x"`), &cel), cel)

	var bx Box[int]
	fmt.Println(json.Unmarshal([]byte(`5`), &bx), bx)
	s := Set{}
	fmt.Println(json.Unmarshal([]byte(`["a","b"]`), &s), len(s), s["a"])

	var p Person
	fmt.Println(json.Unmarshal([]byte(`{"Name":"ann","age":3}`), &p), p)
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	var a Alias
	fmt.Println(json.Unmarshal([]byte(`{"Name":"bo"}`), &a), a)
	b, err = json.Marshal(a)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&a)
	fmt.Println(string(b), err)

	var cs []Celsius
	for i, in := range []string{"1", "2", "3"} {
		var c Celsius
		json.Unmarshal([]byte(in), &c)
		cs = append(cs, c)
		json.Unmarshal([]byte(in+"0"), &cs[i])
	}
	fmt.Println(cs)

	dec := json.NewDecoder(strings.NewReader(`"#0a0b0c" "#0d0e0f" 7`))
	for {
		if err := dec.Decode(&c); err != nil {
			fmt.Println("decode:", err)
			break
		}
		fmt.Println(c)
	}

	var np *Celsius
	fmt.Println(json.Unmarshal([]byte(`1`), np))
	fmt.Println(json.Unmarshal([]byte(`1 x`), np))
}
