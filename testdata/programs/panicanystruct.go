// A panic with an any holding a pointer to a struct of the program without
// methods: Go prints (*main.job) and the address; the interpreter printed
// its own struct type.
package main

import "fmt"

type job struct {
	id   int
	name string
}

func main() {
	jobs := []any{&job{1, "a"}, &job{2, "b"}}
	for _, j := range jobs {
		if j.(*job).id == 2 {
			panic(j)
		}
		fmt.Println("ran", j.(*job).name)
	}
}
