// Stringer on a pointer receiver: fmt calls it for a *Person but not for
// a Person value (printed as a plain struct), a slice of pointers printed
// by String, and Error on a value receiver found through a pointer.
package main

import (
	"fmt"
)

type Person struct {
	Name string
	Age  int
}

func (p *Person) String() string { return fmt.Sprintf("%s (%d)", p.Name, p.Age) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func (p *Person) Birthday() { p.Age++ }

func main() {
	p := Person{"Ann", 40}
	fmt.Println(p)
	fmt.Println(&p)
	p.Birthday()
	fmt.Printf("%v %s\n", &p, &p)
	people := []*Person{{"Bo", 3}, {"Cy", 9}}
	fmt.Println(people[0], people[1])
	var s fmt.Stringer = &p
	fmt.Println(s.String())
	c := Code(404)
	fmt.Println(c, &c)
	var err error = c
	fmt.Println(err)
	fmt.Printf("%d %v\n", c, err)
}
