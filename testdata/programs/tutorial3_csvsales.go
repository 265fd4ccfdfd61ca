package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,3,10.00
east,widget,7,2.75
south,gadget,,10.00
east,"gizmo, deluxe",1,99.99
north,widget,5,2.40
`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func (s Sale) Total() float64 { return float64(s.Units) * s.Price }

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, _ := r.Read()
	fmt.Println("columns:", header, len(header))
	var sales []Sale
	line := 1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		u, err := strconv.Atoi(rec[2])
		if err != nil {
			fmt.Printf("line %d: bad units %q: %v\n", line, rec[2], err)
			continue
		}
		p, _ := strconv.ParseFloat(rec[3], 64)
		sales = append(sales, Sale{rec[0], rec[1], u, p})
	}
	byRegion := map[string]float64{}
	for _, s := range sales {
		byRegion[s.Region] += s.Total()
	}
	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Strings(regions)
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "region\ttotal\t")
	for _, k := range regions {
		fmt.Fprintf(tw, "%s\t%.2f\t\n", k, byRegion[k])
	}
	tw.Flush()
	w := csv.NewWriter(os.Stdout)
	for _, s := range sales[:3] {
		w.Write([]string{s.Product, strconv.Itoa(s.Units), strconv.FormatFloat(s.Total(), 'f', 2, 64)})
	}
	w.Write([]string{"a \"quoted\" one", "x,y"})
	w.Flush()
	sc := bufio.NewScanner(strings.NewReader("first line\nsecond\n\nfourth"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d:%q ", n, sc.Text())
	}
	fmt.Println(sc.Err())
	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(bw, "buffered %d\n", len(sales))
	bw.Flush()
}
