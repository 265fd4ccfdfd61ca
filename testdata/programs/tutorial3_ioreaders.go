package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] >= 'a' && p[i] <= 'z' {
			p[i] -= 32
		}
	}
	return n, err
}

type countingWriter struct {
	W     io.Writer
	bytes int
	lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.lines += strings.Count(string(p), "\n")
	return c.W.Write(p)
}

type rot13 struct{}

func (rot13) Transform(r rune) rune {
	switch {
	case unicode.IsLower(r):
		return 'a' + (r-'a'+13)%26
	case unicode.IsUpper(r):
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	cw := &countingWriter{W: os.Stdout}
	n, err := io.Copy(cw, upperReader{strings.NewReader("hello, reader\nsecond line\n")})
	fmt.Println(n, err, cw.bytes, cw.lines)
	fmt.Fprintf(cw, "%s=%d\n", "x", 42)
	fmt.Println(cw.bytes, cw.lines)
	br := bufio.NewReader(strings.NewReader("héllo wörld"))
	for {
		r, size, err := br.ReadRune()
		if err == io.EOF {
			break
		}
		if size > 1 {
			fmt.Printf("%c(%d) ", r, size)
		}
	}
	fmt.Println()
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))
	var sb strings.Builder
	mw := io.MultiWriter(&sb, cw)
	fmt.Fprintln(mw, "to both")
	fmt.Printf("%q %d\n", sb.String(), cw.lines)
	var t rot13
	fmt.Println(strings.Map(t.Transform, "Hello, World!"))
	sr := strings.NewReader("abcdef")
	sr.Seek(2, io.SeekStart)
	buf := make([]byte, 3)
	k, _ := io.ReadFull(sr, buf)
	fmt.Println(k, string(buf), sr.Len())
	_, err = io.ReadFull(sr, buf)
	fmt.Println(err)
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.Close()
	}()
	all, _ := io.ReadAll(pr)
	fmt.Println(string(all))
	var w io.Writer = cw
	if _, ok := w.(io.StringWriter); !ok {
		fmt.Println("countingWriter has no WriteString")
	}
	io.WriteString(w, "end\n")
}
