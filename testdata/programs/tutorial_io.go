// io composition: a custom io.Writer counting bytes, fmt.Fprintf into it,
// io.MultiWriter, io.Copy from a LimitReader, io.ReadAll, bytes.Buffer as
// reader and writer, io.TeeReader, io.Pipe between goroutines.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type CountingWriter struct {
	N     int
	Lines int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	c.N += len(p)
	c.Lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	var cw CountingWriter
	fmt.Fprintf(&cw, "hello %s\n", "world")
	fmt.Fprintln(&cw, "second")
	fmt.Println(cw.N, cw.Lines)

	var buf bytes.Buffer
	mw := io.MultiWriter(&buf, upperWriter{os.Stdout}, &cw)
	io.WriteString(mw, "shout this\n")
	fmt.Printf("%q %d\n", buf.String(), cw.N)

	n, err := io.Copy(os.Stdout, io.LimitReader(strings.NewReader("abcdefghij\n"), 4))
	fmt.Println()
	fmt.Println(n, err)

	all, err := io.ReadAll(strings.NewReader("read it all"))
	fmt.Println(string(all), err)

	var tee bytes.Buffer
	r := io.TeeReader(strings.NewReader("teed"), &tee)
	b := make([]byte, 2)
	k, _ := r.Read(b)
	fmt.Println(k, string(b), tee.String())

	pr, pw := io.Pipe()
	go func() {
		for i := range 3 {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.Close()
	}()
	data, _ := io.ReadAll(pr)
	fmt.Print(string(data))

	buf.Reset()
	buf.WriteString("xyz")
	c, _ := buf.ReadByte()
	fmt.Println(string(c), buf.Len(), buf.String())
	_, err = strings.NewReader("").Read(b)
	fmt.Println(err == io.EOF, err)
}
