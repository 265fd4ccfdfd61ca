package main

import (
	"fmt"
	"log"
	"os"
)

// log prints the String and Error methods of the program's values as fmt
// does: the package functions and a *log.Logger's methods.

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func pair() (Celsius, Celsius) { return 1, 2 }

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	c := Celsius(30)
	log.Println(c)
	log.Printf("%v %s\n", c, c)
	log.Print(c)
	l := log.New(os.Stdout, "x: ", 0)
	l.Println(c)
	l.Printf("%v", c)
	fmt.Println(pair())
}
