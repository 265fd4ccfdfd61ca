// fmt of a map of an interface the program declares calls each value's
// String (the interpreter printed its wrappers, with addresses).
package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{ name string }

func (d Dog) Sound() string  { return "woof" }
func (d Dog) String() string { return "Dog(" + d.name + ")" }

func main() {
	zoo := map[string]Animal{"b": Dog{"rex"}, "a": Dog{"fido"}}
	fmt.Println(zoo)
	fmt.Printf("%v %d\n", zoo, len(zoo))
	var none map[string]Animal
	fmt.Println(none)
	byID := map[int]Animal{2: Dog{"x"}, 1: Dog{"y"}}
	fmt.Println(byID)
}
