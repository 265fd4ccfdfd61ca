package main

// log's Lshortfile names the file and line of the call: under the
// interpreter it named one of its own files (value.go:586: hello, where
// Go prints logshortfile.go:16: hello).

import (
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("hello")
}
