// divergo run refuses: asserting Temp to Celsius while values of Fahrenheit
package main

// Two temperature types with the same underlying type (float64) held in
// an interface and told apart by a type switch: Go picks the case of the
// dynamic type (celsius 20, fahrenheit 68).

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type Temp interface{ String() string }

func main() {
	for _, t := range []Temp{Celsius(20), Fahrenheit(68)} {
		switch v := t.(type) {
		case Celsius:
			fmt.Println("celsius", float64(v))
		case Fahrenheit:
			fmt.Println("fahrenheit", float64(v))
		}
	}
}
