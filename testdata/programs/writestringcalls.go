// io.WriteString of values that have a WriteString method and of values
// that do not: Go's io.WriteString calls WriteString where there is one,
// Write otherwise. The interpreter called Write for the program's types;
// the call is lowered to a helper that asks itself.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type Sink struct{ log []string }

func (s *Sink) Write(p []byte) (int, error) {
	s.log = append(s.log, "Write("+string(p)+")")
	return len(p), nil
}

func (s *Sink) WriteString(x string) (int, error) {
	s.log = append(s.log, "WriteString("+x+")")
	return len(x) * 10, errors.New("counted")
}

// Plain has Write only: io.WriteString calls it.
type Plain struct{ n *int }

func (p Plain) Write(b []byte) (int, error) { *p.n += len(b); return len(b), nil }

// Val has both, with value receivers.
type Val struct{ tag string }

func (v Val) Write(b []byte) (int, error) { fmt.Println(v.tag, "Write", string(b)); return len(b), nil }
func (v Val) WriteString(s string) (int, error) {
	fmt.Println(v.tag, "WriteString", s)
	return len(s), nil
}

type Writer interface{ Write([]byte) (int, error) }

func emit(w io.Writer, s string) {
	n, err := io.WriteString(w, s)
	fmt.Println(n, err)
}

func main() {
	s := &Sink{}
	n, err := io.WriteString(s, "direct")
	fmt.Println(n, err)
	emit(s, "through io.Writer")
	var w Writer = s
	io.WriteString(w, "through Writer")
	fmt.Println(strings.Join(s.log, " "))

	count := 0
	emit(Plain{&count}, "plain")
	fmt.Println(count)

	emit(Val{"v"}, "value")
	var b bytes.Buffer
	emit(&b, "buffer")
	var sb strings.Builder
	io.WriteString(&sb, "builder")
	fmt.Println(b.String(), sb.String())
	emit(os.Stdout, "stdout\n")
	for _, x := range []io.Writer{s, Plain{&count}, &b} {
		io.WriteString(x, "loop")
	}
	fmt.Println(len(s.log), count, b.String())
}
