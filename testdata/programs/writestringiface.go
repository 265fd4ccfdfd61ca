package main

import (
	"fmt"
	"io"
	"os"
)

type Sink struct{ n int }

func (s *Sink) Write(p []byte) (int, error)       { s.n += 1; return len(p), nil }
func (s *Sink) WriteString(x string) (int, error) { s.n += 100; return len(x), nil }

func render(w io.Writer) { io.WriteString(w, "x") }

func main() {
	s := &Sink{}
	fmt.Fprintf(s, "a%d", 1)
	io.Copy(s, os.Stdin)
	fmt.Println(s.n)
	render(s)
	fmt.Println(s.n)
}
