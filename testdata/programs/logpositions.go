// log's Lshortfile, Lmsgprefix and Panicf: the program's file and line, as
// Go's log names them (the interpreter named its own, value.go:586).
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("hello",
		"world")
	log.Printf("%d items", 3)
	var buf bytes.Buffer
	l := log.New(&buf, "pfx: ", log.Lshortfile|log.Lmsgprefix)
	l.Print("a", 1, 2, "b")
	l.Println()
	fmt.Print(buf.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	log.Panicf("bad %s", "thing")
}
