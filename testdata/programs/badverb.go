// divergo run refuses: 15:21: fmt.Printf's %s does not fit p, a *T: Go prints a complaint naming the type, %!s(*main.T=…)
// A verb that does not fit a value of the program's types: Go's fmt
// names the type in its complaint (%!s(*main.T=<nil>)), the interpreter
// its own (%!s(*struct { A int }=<nil>)); go vet reports such a verb.
package main

import "fmt"

type T struct{ A int }

func (t *T) M() {}

func main() {
	var p *T
	fmt.Printf("%s\n", p)
}
