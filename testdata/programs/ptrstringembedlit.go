// divergo run refuses: fmt.Printf of struct{PS}: PS's String method has a pointer receiver, so Go does not call it for a struct{PS} value
package main

import "fmt"

type PS struct{ N int }

func (p *PS) String() string { return fmt.Sprint("PS", p.N) }

// Go prints {{7}}, the interpreter called String (PS7).
func main() {
	fmt.Printf("%v\n", struct{ PS }{PS{7}})
}
