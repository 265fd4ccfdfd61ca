// divergo run refuses: bufio.NewWriter of *Sink: Go's standard library calls its WriteString method
// A writer with WriteString and ReadFrom too: bufio's Writer (and
// io.Copy) ask it for both, and the native writer WriteStringVia makes
// for one with WriteString has Write and WriteString only, so it stays
// refused.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type Sink struct{ calls []string }

func (s *Sink) Write(p []byte) (int, error) { s.calls = append(s.calls, "Write"); return len(p), nil }
func (s *Sink) WriteString(x string) (int, error) {
	s.calls = append(s.calls, "WriteString")
	return len(x), nil
}
func (s *Sink) ReadFrom(r io.Reader) (int64, error) {
	s.calls = append(s.calls, "ReadFrom")
	b, err := io.ReadAll(r)
	return int64(len(b)), err
}

func main() {
	s := &Sink{}
	w := bufio.NewWriter(s)
	w.ReadFrom(io.LimitReader(strings.NewReader("abc"), 2))
	w.WriteString(strings.Repeat("x", 5000))
	w.Flush()
	fmt.Println(s.calls)
}
