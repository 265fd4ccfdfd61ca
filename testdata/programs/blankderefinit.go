// A review of this stop's lowerings (helper-29, h1.go): divergo run
// failed or printed otherwise before the fix.
package main

import "fmt"

type T struct{ a [2]int }

func main() {
	var p *T
	defer func() { fmt.Println("rec:", recover()) }()
	q := &T{}
	if _ = *q; q != nil {
		fmt.Println("ok")
	}
	for _ = *q; ; {
		break
	}
	switch _ = *p; {
	default:
		fmt.Println("no")
	}
}
