// text/template: fields and methods of a struct, range over a slice with
// its index, if/else, a FuncMap, pipelines with printf, nested templates and
// a map (range visits its keys in sorted order).
package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
	Total float64
}

type Order struct {
	Customer string
	Items    []Item
	Tags     map[string]string
	Paid     bool
}

const text = `Order for {{.Customer | upper}}
{{range $i, $it := .Items}}{{$i}}. {{$it.Name}} x{{$it.Qty}} = {{printf "%.2f" $it.Total}}
{{end}}{{if .Paid}}paid{{else}}unpaid{{end}}
{{range $k, $v := .Tags}}{{$k}}={{$v}};{{end}}
{{template "footer" .}}
{{define "footer"}}-- {{len .Items}} items --{{end}}`

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("order").Funcs(funcs).Parse(text))
	o := Order{
		Customer: "ann",
		Items:    []Item{{"pen", 1.5, 4, 6}, {"book", 12.25, 1, 12.25}},
		Tags:     map[string]string{"zone": "eu", "channel": "web"},
		Paid:     false,
	}
	if err := t.Execute(os.Stdout, o); err != nil {
		panic(err)
	}
	os.Stdout.WriteString("\n")

	t2 := template.Must(template.New("x").Parse("{{with .}}{{.}}{{else}}empty{{end}} {{eq 1 1}} {{and 1 0}} {{index . 1}}\n"))
	t2.Execute(os.Stdout, []string{"a", "b"})
	_, err := template.New("bad").Parse("{{.Missing")
	os.Stdout.WriteString(err.Error() + "\n")
	err = template.Must(template.New("idx").Parse("{{index . 5}}\n")).Execute(os.Stdout, []int{1})
	os.Stdout.WriteString(err.Error() + "\n")
}
