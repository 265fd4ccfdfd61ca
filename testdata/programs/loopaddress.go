// A three-clause loop whose body may change its variable through its
// address (&i given to a function, a pointer method of the variable, a
// field of it changed while a closure holds it): Go 1.22 copies each
// iteration's variable, changed, into the next one's.
package main

import "fmt"

func readQuoted(s string, i *int) string {
	start := *i + 1
	*i = start
	for *i < len(s) && s[*i] != '"' {
		*i++
	}
	return s[start:*i]
}

type Cursor struct {
	data []int
	pos  int
}

func (c *Cursor) Valid() bool { return c.pos < len(c.data) }
func (c *Cursor) Next()       { c.pos++ }
func (c *Cursor) Skip(n int)  { c.pos += n }
func (c *Cursor) Val() int    { return c.data[c.pos] }

type P struct{ x int }

func bump(p *int) { *p += 2 }

func main() {
	n := 0
	for i := 0; i < 10; i++ {
		p := &i
		*p += 2
		n++
	}
	fmt.Println(n)

	s := `say "hello world" and "bye"`
	var words []string
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			words = append(words, readQuoted(s, &i))
		}
	}
	fmt.Printf("%q\n", words)

	sum := 0
	for c := (Cursor{data: []int{1, 2, 3, 4, 5, 6}}); c.Valid(); c.Next() {
		sum += c.Val()
		if c.Val() == 2 {
			c.Skip(2)
		}
	}
	fmt.Println(sum)

	var fs []func() int
	for i := 0; i < 6; i++ {
		fs = append(fs, func() int { return i })
		p := &i
		*p++
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ps []*P
	for q := (P{}); q.x < 6; q.x++ {
		ps = append(ps, &q)
		q.x++
	}
	for _, p := range ps {
		fmt.Print(p.x, " ")
	}
	fmt.Println()

	var gs []func() int
	for a := [2]int{}; a[0] < 6; a[0]++ {
		gs = append(gs, func() int { return a[0] })
		a[0]++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := 0; i < 5; i++ {
		ptrs = append(ptrs, &i)
		if i == 3 {
			continue
		}
		bump(&i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// Changed by a closure run in the body.
	for i := 0; i < 10; i++ {
		func() { i += 3 }()
		fmt.Print(i, " ")
	}
	fmt.Println()

	// Not changed: the address of an element, not of the variable.
	arr := []int{1, 2, 3}
	for i := 0; i < len(arr); i++ {
		p := &arr[i]
		*p *= 10
	}
	fmt.Println(arr)
}
