// fmt of a slice of an interface the program declares calls each
// element's String (the interpreter printed its wrappers, with addresses).
package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{ name string }

func (d Dog) Sound() string  { return "woof" }
func (d Dog) String() string { return "Dog(" + d.name + ")" }

type Cow struct {
	name string
	age  int
}

func (c *Cow) Sound() string { return "moo" }

func main() {
	zoo := []Animal{Dog{"rex"}, Dog{"fido"}}
	fmt.Println(zoo)
	fmt.Printf("%v|%s|%d\n", zoo, zoo, len(zoo))
	var none []Animal
	fmt.Println(none, len(none))
	s := fmt.Sprint(zoo)
	fmt.Println(s)
}
