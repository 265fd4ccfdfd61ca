// The log package without timestamps: SetFlags(0), a prefix, a logger of
// our own writing to a buffer, Lmsgprefix, and log.Fatal ending the
// program with exit status 1 after writing to standard error.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("plain", 1, 2)
	log.SetPrefix("app: ")
	log.Printf("value=%d", 42)

	var buf bytes.Buffer
	l := log.New(&buf, "[db] ", log.Lmsgprefix)
	l.Print("connected")
	l.Printf("rows=%d", 3)
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags() == log.Lmsgprefix)

	log.SetOutput(os.Stderr)
	defer fmt.Println("not printed")
	log.Fatalf("fatal: %s", "giving up")
}
