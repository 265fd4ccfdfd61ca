package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }
type Tri struct{ B, H float64 }

func (r Rect) Area() float64  { return r.W * r.H }
func (t Tri) Area() float64   { return t.B * t.H / 2 }
func (r Rect) String() string { return "Rect " + strconv.FormatFloat(r.Area(), 'f', 1, 64) }

func Largest[S Shape](xs []S) (best S) {
	for i, x := range xs {
		if i == 0 || x.Area() > best.Area() {
			best = x
		}
	}
	return
}

func JoinAll[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func SortedKeys[K Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

type Grade string

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: map[K]V{}, limit: limit}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
		if len(c.order) > c.limit {
			delete(c.data, c.order[0])
			c.order = c.order[1:]
		}
	}
	c.data[k] = v
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

func main() {
	rs := []Rect{{1, 2}, {3, 3}, {2, 2}}
	fmt.Println(Largest(rs), Largest([]Tri{{4, 4}, {10, 1}}))
	shapes := []Shape{Rect{1, 1}, Tri{6, 6}}
	fmt.Println(Largest(shapes).Area())
	fmt.Println(JoinAll(rs, ", "))
	grades := map[Grade]int{"B": 3, "A": 5, "C": 1}
	for _, g := range SortedKeys(grades) {
		fmt.Print(g, ":", grades[g], " ")
	}
	fmt.Println(SortedKeys(map[float64]bool{2.5: true, -1: false}))
	c := NewCache[string, []int](2)
	c.Put("a", []int{1})
	c.Put("b", nil)
	c.Put("c", []int{3, 3})
	_, okA := c.Get("a")
	vc, okC := c.Get("c")
	fmt.Println(okA, vc, okC, c.order)
	var empty []Rect
	fmt.Printf("%v|%+v\n", Largest(empty), Largest([]Tri{}))
}
