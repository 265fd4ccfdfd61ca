// Embedding: a struct embedding another by value and by pointer, a method
// of the outer type shadowing the inner one, promoted methods satisfying an
// interface, an interface embedded in a struct, and interface embedding.
package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("base %d", b.ID) }
func (b Base) Kind() string     { return "base" }

type Service struct {
	Base
	*Logger
	Name string
}

func (s Service) Kind() string { return "service:" + s.Base.Kind() }

type Describer interface{ Describe() string }
type Kinder interface{ Kind() string }

type DescribeKinder interface {
	Describer
	Kinder
}

type upper struct{ Describer }

func (u upper) Describe() string { return strings.ToUpper(u.Describer.Describe()) }

func main() {
	s := Service{Base{7}, &Logger{prefix: "> "}, "api"}
	s.Log("start")
	s.Log("ready")
	fmt.Println(s.Describe(), s.Kind(), s.ID, s.prefix)
	fmt.Println(s.lines)

	var dk DescribeKinder = s
	fmt.Println(dk.Describe(), dk.Kind())
	var k Kinder = s.Base
	fmt.Println(k.Kind())

	u := upper{s}
	fmt.Println(u.Describe())
	var d Describer = u
	fmt.Println(d.Describe())

	copyS := s
	copyS.ID = 99
	copyS.Log("from copy")
	fmt.Println(s.ID, copyS.ID, len(s.lines))

	items := []DescribeKinder{s, Service{Base: Base{1}, Name: "x"}}
	for _, it := range items {
		fmt.Println(it.Kind(), it.Describe())
	}
}
