package main

// divergo run refuses: reflect.DeepEqual of a Celsius and a Fahrenheit: the interpreter hands reflect both as float64

import (
	"fmt"
	"reflect"
)

type Celsius float64
type Fahrenheit float64

func main() {
	fmt.Println(reflect.DeepEqual(Celsius(1), Fahrenheit(1)))
	fmt.Println(reflect.DeepEqual([]any{Celsius(1)}, []any{1.0}))
}
