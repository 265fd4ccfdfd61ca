// A review of this stop's lowerings (helper-29, a5.go): divergo run
// failed or printed otherwise before the fix.
package main

type C complex128

func main() {
	panic(C(1 + 2i))
}
