// The writer fmt.Fprintf, Fprintln and Fprint write to is not printed: a
// writer of yours with an unexported io.Writer field was refused as if
// fmt printed it ("whose unexported field w holds an interface with
// methods").
package main

import (
	"fmt"
	"io"
	"os"
)

type countingWriter struct {
	w     io.Writer
	bytes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	return c.w.Write(p)
}

func main() {
	cw := &countingWriter{w: os.Stdout}
	fmt.Fprintf(cw, "%s=%d\n", "x", 42)
	fmt.Fprintln(cw, "more", 7)
	fmt.Fprint(cw, "a", 1, 2, "\n")
	fmt.Println(cw.bytes)
}
