// divergo run refuses: template.Execute with data of type Order, and main.Item has methods
package main

// A text/template calling a method of the data (.Total on each item), as
// tutorials on templates show: Go prints "pen 6.00" and "book 12.25".

import (
	"os"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

type Order struct{ Items []Item }

func main() {
	t := template.Must(template.New("o").Parse(`{{range .Items}}{{.Name}} {{printf "%.2f" .Total}}
{{end}}`))
	t.Execute(os.Stdout, Order{[]Item{{"pen", 1.5, 4}, {"book", 12.25, 1}}})
}
