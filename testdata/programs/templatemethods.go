// divergo run refuses: template.Execute with data of type Item, and main.Item has methods
package main

import (
	"os"
	"text/template"
)

type Item struct{ Qty int }

func (i Item) Double() int { return i.Qty * 2 }

func main() {
	t := template.Must(template.New("t").Parse("{{.Qty}} {{.Double}}\n"))
	if err := t.Execute(os.Stdout, Item{3}); err != nil {
		println(err.Error())
	}
}
