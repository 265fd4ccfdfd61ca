// bufio's Writer asks the writer it wraps for WriteString (when its
// buffer is empty and a string is written), as do csv's Writer (through
// bufio), io.MultiWriter's writer and io.Copy from a *strings.Reader:
// the interpreter gave them its wrapper of the program's value with Write
// only ([Write Write] where Go's [WriteString(5000) Write(5)]). divergo
// refused such a call; it now gives them a native writer with both
// methods (WriteStringVia). A nil *nilOK is held as Go holds it.
package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

type Sink struct{ calls []string }

func (s *Sink) Write(p []byte) (int, error) {
	s.calls = append(s.calls, fmt.Sprintf("Write(%d)", len(p)))
	return len(p), nil
}
func (s *Sink) WriteString(x string) (int, error) {
	s.calls = append(s.calls, fmt.Sprintf("WriteString(%d)", len(x)))
	return len(x), nil
}

// tally has value methods writing through a pointer it holds.
type tally struct {
	name string
	log  *[]string
}

func (t tally) Write(p []byte) (int, error) {
	*t.log = append(*t.log, t.name+".Write:"+string(p))
	return len(p), nil
}
func (t tally) WriteString(s string) (int, error) {
	*t.log = append(*t.log, t.name+".WriteString:"+s)
	return len(s), nil
}

// nilOK's methods work on a nil receiver.
type nilOK struct{}

var nilLog []string

func (n *nilOK) Write(p []byte) (int, error) { nilLog = append(nilLog, "W"); return len(p), nil }
func (n *nilOK) WriteString(s string) (int, error) {
	nilLog = append(nilLog, "WS:"+s)
	return len(s), nil
}

func main() {
	s := &Sink{}
	w := bufio.NewWriter(s)
	w.WriteString(strings.Repeat("x", 5000))
	w.WriteString("short")
	w.Flush()
	fmt.Println(s.calls)

	s2 := &Sink{}
	w2 := bufio.NewWriterSize(s2, 16)
	fmt.Fprint(w2, strings.Repeat("y", 40))
	w2.WriteString(strings.Repeat("z", 40))
	w2.Flush()
	fmt.Println(s2.calls)

	var log []string
	a, b := tally{"a", &log}, tally{"b", &log}
	mw := io.MultiWriter(a, &b, s)
	fmt.Fprint(mw, "hello")
	mw.Write([]byte("bytes"))
	fmt.Println(log)
	s.calls = nil
	io.Copy(mw, strings.NewReader("copied"))
	fmt.Println(log, s.calls)

	s3 := &Sink{}
	cw := csv.NewWriter(s3)
	cw.Write([]string{"a", "b"})
	cw.Flush()
	fmt.Println(s3.calls)

	s4 := &Sink{}
	strings.NewReplacer("a", "b").WriteString(s4, "banana")
	strings.NewReader("reader").WriteTo(s4)
	io.CopyN(s4, strings.NewReader("abcdef"), 3)
	fmt.Println(s4.calls)

	var n *nilOK
	nw := bufio.NewWriter(n)
	nw.WriteString(strings.Repeat("n", 4097))
	nw.WriteString("tail")
	nw.Flush()
	fmt.Println(len(nilLog), nilLog[1])
}
