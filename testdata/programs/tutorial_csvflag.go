// encoding/csv and flag: reading records from a string with a header,
// summing a column, writing CSV with quoting, and a FlagSet parsing an
// argument list of our own (flags, defaults, remaining args, a bad flag).
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

const data = `name,qty,note
apple,3,"red, sweet"
pear,5,plain
"fig ""black""",2,`

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, _ := r.Read()
	fmt.Println(header)
	total := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		q, _ := strconv.Atoi(rec[1])
		total += q
		fmt.Printf("%q\n", rec)
	}
	fmt.Println("total", total)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"a", "b,c", `d"e`})
	w.Write([]string{"", "x y", "1"})
	w.Flush()

	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 1, "count")
	name := fs.String("name", "world", "who")
	verbose := fs.Bool("v", false, "verbose")
	err := fs.Parse([]string{"-n", "3", "-v", "--name=gopher", "rest", "args"})
	fmt.Println(*n, *name, *verbose, fs.Args(), fs.NArg(), err)
	fs2 := flag.NewFlagSet("tool2", flag.ContinueOnError)
	fs2.SetOutput(io.Discard)
	fs2.Int("n", 0, "")
	fmt.Println(fs2.Parse([]string{"-n", "x"}))
	fmt.Println(fs2.Parse([]string{"-zzz"}))
}
