// A deadlock: main receives from a channel nobody sends on after printing
// a line; Go's runtime reports "all goroutines are asleep - deadlock!" and
// the program exits with status 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	fmt.Println(<-ch)
}
