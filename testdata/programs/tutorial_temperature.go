// A temperature converter with Stringer types: Celsius, Fahrenheit and
// Kelvin as named float64 types with conversion functions and methods, a
// String method on each, and a table of conversions printed with %v and %.1f.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }

func CToF(c Celsius) Fahrenheit  { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius  { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) Kelvin() Kelvin { return Kelvin(c - AbsoluteZeroC) }

type Temp interface {
	fmt.Stringer
}

func main() {
	for _, c := range []Celsius{AbsoluteZeroC, FreezingC, 37, BoilingC} {
		fmt.Println(c, "=", CToF(c), "=", c.Kelvin())
	}
	fmt.Println(FToC(212), FToC(-40) == -40)
	body := Fahrenheit(98.6)
	fmt.Printf("%v %s %.3f %g\n", body, FToC(body), float64(FToC(body)), float64(body))
	temps := []Temp{Celsius(20), Fahrenheit(68), Kelvin(293.15)}
	fmt.Println(temps)
	for _, t := range temps {
		fmt.Println(t.String(), len(t.String()))
	}
	var c Celsius = 25
	c += 5
	fmt.Println(c, c > FreezingC, Celsius(CToF(c)))
	fmt.Println(fmt.Sprint(Kelvin(0)), fmt.Sprintf("%6.1f|", float64(c)))
}
