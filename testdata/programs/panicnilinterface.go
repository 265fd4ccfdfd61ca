// A review of this stop's lowerings (helper-29, r3.go): divergo run
// failed or printed otherwise before the fix.
package main

func main() {
	var e error
	panic(e)
}
