// An inventory program: a slice type with methods, items with an enum
// category, totals per category in a map printed in sorted order, a
// search returning a pointer so updates stick, and a report table.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type Category int

const (
	Tools Category = iota
	Food
	Toys
)

func (c Category) String() string { return [...]string{"tools", "food", "toys"}[c] }

type Item struct {
	SKU   string
	Name  string
	Cat   Category
	Qty   int
	Price float64
}

type Inventory []Item

func (inv Inventory) Find(sku string) *Item {
	for i := range inv {
		if inv[i].SKU == sku {
			return &inv[i]
		}
	}
	return nil
}

func (inv Inventory) Value() float64 {
	v := 0.0
	for _, it := range inv {
		v += float64(it.Qty) * it.Price
	}
	return v
}

func (inv Inventory) ByCategory() map[Category]int {
	m := map[Category]int{}
	for _, it := range inv {
		m[it.Cat] += it.Qty
	}
	return m
}

func main() {
	inv := Inventory{
		{"T1", "hammer", Tools, 5, 12.5},
		{"F1", "apple", Food, 100, 0.3},
		{"Y1", "yo-yo", Toys, 7, 2},
		{"T2", "saw", Tools, 2, 20},
	}
	if it := inv.Find("F1"); it != nil {
		it.Qty -= 40
	}
	fmt.Println(inv.Find("F1").Qty, inv.Find("ZZ") == nil)
	fmt.Printf("value %.2f\n", inv.Value())
	cats := inv.ByCategory()
	keys := slices.Sorted(func(yield func(Category) bool) {
		for k := range cats {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range keys {
		fmt.Printf("%-6s %4d\n", k, cats[k])
	}
	fmt.Println(strings.Repeat("-", 30))
	slices.SortFunc(inv, func(a, b Item) int { return strings.Compare(a.Name, b.Name) })
	for _, it := range inv {
		fmt.Printf("%-3s %-8s %-6v %4d %7.2f\n", it.SKU, it.Name, it.Cat, it.Qty, it.Price)
	}
}
