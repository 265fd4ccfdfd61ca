// divergo run refuses: fmt.Println of a value of type any while values of sort.Interface are stored in an any
package main

// A sort.Interface holding a byLen, stored in an any: the any holds the
// interpreter's struct for it, which fmt printed
// ({[a] 0x50fac0 0x50fac0 0x50fac0}, Go [a]).

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	var r sort.Interface = byLen{"a"}
	var x any = r
	fmt.Println(x)
}
