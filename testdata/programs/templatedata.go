// A template over the program's plain data (fields, maps, FuncMap functions).
package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name string
	Qty  int
}

type Order struct {
	ID    int
	Items []Item
}

func main() {
	funcs := template.FuncMap{"up": strings.ToUpper, "twice": func(n int) int { return 2 * n }}
	t := template.Must(template.New("t").Funcs(funcs).Parse("{{.ID}}:{{range .Items}} {{up .Name}}x{{twice .Qty}}{{end}}\n"))
	if err := t.Execute(os.Stdout, Order{7, []Item{{"a", 1}, {"b", 2}}}); err != nil {
		println(err.Error())
	}
	m := map[string]any{"N": 3, "S": "x"}
	template.Must(template.New("m").Parse("{{.N}} {{.S}}\n")).Execute(os.Stdout, m)
}
