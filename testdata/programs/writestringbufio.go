// divergo run refuses: bufio.NewWriter of *Sink: Go's standard library calls its WriteString method
// bufio's Writer asks the writer it wraps for WriteString (when its
// buffer is empty and a string is written): the call is in the standard
// library, out of the lowering's reach, so it stays refused where
// io.WriteString itself is lowered.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Sink struct{ calls []string }

func (s *Sink) Write(p []byte) (int, error) { s.calls = append(s.calls, "Write"); return len(p), nil }
func (s *Sink) WriteString(x string) (int, error) {
	s.calls = append(s.calls, "WriteString")
	return len(x), nil
}

func main() {
	s := &Sink{}
	w := bufio.NewWriter(s)
	w.WriteString(strings.Repeat("x", 5000))
	w.Flush()
	fmt.Println(s.calls)
}
