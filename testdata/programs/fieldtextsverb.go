// divergo run refuses: fmt.Printf of reading: Go calls the String method of the temp field At
package main

// %s of a struct holding a field with a String method and one without:
// Go's fmt complains about the other naming its type,
// {1.0° %!s(main.temp=2)}, which a copy cannot. Refused.

import "fmt"

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type reading struct {
	At   temp
	note temp
}

func main() {
	fmt.Printf("%s\n", reading{1, 2})
}
