// bufio over in-memory readers: a Scanner reading lines, then words with
// ScanWords, summing numbers it parses, a Reader's ReadString, and a Writer
// that must be flushed, plus strings.Builder.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

const input = `first line
second line has more words

last 10 20 x 30`

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())

	ws := bufio.NewScanner(strings.NewReader(input))
	ws.Split(bufio.ScanWords)
	words, total := 0, 0
	for ws.Scan() {
		words++
		if v, err := strconv.Atoi(ws.Text()); err == nil {
			total += v
		}
	}
	fmt.Println(words, total)

	r := bufio.NewReader(strings.NewReader("a;b;c"))
	for {
		part, err := r.ReadString(';')
		fmt.Printf("%q ", part)
		if err != nil {
			fmt.Println(err)
			break
		}
	}

	var sb strings.Builder
	for i := range 3 {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	sb.WriteString("end")
	sb.WriteByte('.')
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "buffered output")
	fmt.Println("before flush")
	w.Flush()

	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print(rs.Text(), "|")
	}
	fmt.Println()
}
