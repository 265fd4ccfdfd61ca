// Aligned text output: text/tabwriter for a table with padding and right
// alignment, fmt's width and precision from arguments, and strings.Repeat
// for rules.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tQTY\tPRICE\tTOTAL\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%.2f\t\n", r.name, r.qty, r.price, float64(r.qty)*r.price)
	}
	w.Flush()

	w2 := tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w2, "a\tbbb\tc\t")
	fmt.Fprintln(w2, "aaaa\tb\tccccc\t")
	w2.Flush()

	width := 0
	for _, r := range rows {
		width = max(width, len(r.name))
	}
	fmt.Println(strings.Repeat("=", width+10))
	for _, r := range rows {
		fmt.Printf("%-*s|%*d|\n", width, r.name, 4, r.qty)
	}
	fmt.Printf("%*.*f|\n", 10, 3, 3.14159)
}
