// divergo run refuses: log.Lshortfile in the program: the interpreter runs the program, and log would name a file and line of the interpreter's own
package main

// log's Lshortfile names the file and line of the call: under the
// interpreter, one of its own files (value.go:586: hello, where Go prints
// logshortfile.go:13: hello).

import (
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("hello")
}
