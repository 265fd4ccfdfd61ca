// The function is used as a value (f := do): any caller may give it a
// Person, so its parameter may hold one; %T of it names main.Person
// through a type switch (it was refused).
package main

import "fmt"

type Person struct{ Name string }

func (p Person) String() string { return "P:" + p.Name }

type Code int

func do(i interface{}) {
	switch v := i.(type) {
	case int:
		fmt.Printf("int %v\n", v)
	default:
		fmt.Printf("other %T %v\n", v, v)
	}
}

func main() {
	var x any = Person{"a"}
	fmt.Println(x)
	do(1)
	do(2.5)
	do([]int{1})
	f := do
	f(Person{"c"})
}
