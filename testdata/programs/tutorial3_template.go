// divergo run refuses: template.Execute with data of type Invoice, and main.Item has methods
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
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

type Invoice struct {
	Customer string
	Items    []Item
	Paid     bool
}

const tmpl = `Invoice for {{.Customer | upper}}
{{range $i, $it := .Items}}{{$i}}. {{printf "%-8s" $it.Name}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%.2f" $it.Total}}
{{else}}no items
{{end}}{{if .Paid}}PAID{{else}}DUE{{end}} ({{len .Items}} lines)
`

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	inv := Invoice{"acme", []Item{{"bolt", 0.25, 100}, {"nut", 0.1, 250}}, false}
	if err := t.Execute(os.Stdout, inv); err != nil {
		panic(err)
	}
	inv2 := Invoice{Customer: "empty co", Paid: true}
	t.Execute(os.Stdout, inv2)
	t2 := template.Must(template.New("m").Parse("{{range $k, $v := .}}{{$k}}={{$v}};{{end}}\n"))
	t2.Execute(os.Stdout, map[string]int{"b": 2, "a": 1})
	t3 := template.Must(template.New("w").Parse(`{{with .Name}}name: {{.}}{{end}}{{if and .Ok (gt .N 3)}} big{{end}}` + "\n"))
	t3.Execute(os.Stdout, map[string]any{"Name": "z", "Ok": true, "N": 5})
}
