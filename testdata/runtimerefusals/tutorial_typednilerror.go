// The tutorial trap of a nil *MyErr returned as an error: Go's error is
// not nil (it holds a typed nil) and prints "false <nil MyErr>"; the
// interpreter would make a nil error, so divergo stops the program saying
// so, after the lines before it, rather than print "true <nil>".
package main

import "fmt"

type MyErr struct{ Msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.Msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func main() {
	fmt.Println(mayFail(true))
	err := mayFail(false)
	fmt.Println(err == nil, err)
}
