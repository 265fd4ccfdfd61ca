// divergo run refuses: a select case sending the value of an operator expression (case ch <- s[0] + 1)
//
// The interpreter evaluated an operator expression sent in a select case
// wrong: case sel <- s[0] + 1 sent 1, where Go sends 10.
package main

import "fmt"

func main() {
	sel := make(chan int, 1)
	s := []int{9}
	select {
	case sel <- s[0] + 1:
		fmt.Println("sent", <-sel)
	}
}
