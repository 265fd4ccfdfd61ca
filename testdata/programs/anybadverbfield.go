// divergo run refuses: 18:21: fmt.Printf's %d of a value of type any that may hold a Pt: the verb does not fit main.Meters inside it
// A verb that does not fit a field of yours, the struct held in an any:
// Go's complaint names the field's type ({%!d(main.Meters=1) 2}).
package main

import "fmt"

type Meters float64

type Pt struct {
	X Meters
	Y int
}

func main() {
	var a any = Pt{1, 2}
	fmt.Printf("%v\n", a)
	fmt.Printf("%d\n", a)
}
