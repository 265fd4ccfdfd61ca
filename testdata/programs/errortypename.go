// divergo run refuses: fmt.Printf with %T or %#v of a value of type error, which may hold a *MyErr
package main

import "fmt"

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code" }

type VErr struct{ Code int }

func (e VErr) Error() string { return "verr" }

func main() {
	var e error = &MyErr{7}
	fmt.Printf("%T\n", e)
	fmt.Printf("%v %s\n", e, e)
	var v error = VErr{3}
	fmt.Printf("%T\n", v)
}
