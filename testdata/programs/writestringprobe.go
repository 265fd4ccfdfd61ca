package main

import (
	"fmt"
	"io"
)

type Sink struct{ n int }

func (s *Sink) Write(p []byte) (int, error)       { s.n += 1; return len(p), nil }
func (s *Sink) WriteString(x string) (int, error) { s.n += 100; return len(x), nil }

func main() {
	s := &Sink{}
	io.WriteString(s, "hello")
	fmt.Println(s.n)
}
