package main

import (
	"fmt"
	"strconv"
)

// panic(err) of an error of the standard library prints its Error, as Go
// does (the interpreter gave "<error Value>").

func main() {
	n, err := strconv.Atoi("x1")
	if err != nil {
		panic(err)
	}
	fmt.Println(n)
}
