// divergo run refuses: log's Lshortfile or Llongfile with log's printing used other than called
//
// A method value of a logger with Lshortfile: log names the caller of
// the method, known only when it runs.
package main

import (
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "", log.Lshortfile)
	say := l.Println
	say("hello")
}
