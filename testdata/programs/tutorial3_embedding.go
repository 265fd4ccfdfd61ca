package main

import "fmt"

type Logger struct {
	Prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.Prefix+fmt.Sprintf(format, args...))
}

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string  { return b.name }
func (b Base) Sound() string { return "..." }
func (b Base) Describe() string {
	return b.Name() + " says " + b.Sound()
}

type Dog struct {
	Base
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	*Base
	Lives int
}

func (c Cat) Sound() string { return "meow" }

type Service struct {
	*Logger
	Name string
	deps []string
}

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(s string) }

type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) { b.data = append(b.data, s) }

func main() {
	d := Dog{Base{"rex"}, "lab"}
	c := Cat{&Base{"tom"}, 9}
	animals := []Animal{d, c, Base{"thing"}}
	for _, a := range animals {
		fmt.Printf("%s: %s\n", a.Name(), a.Sound())
	}
	fmt.Println(d.Describe(), "|", d.Base.Sound(), "|", c.Describe())
	fmt.Println(d.name, c.name, d.Breed)
	s := Service{Logger: &Logger{Prefix: "[svc] "}, Name: "api"}
	s.Log("starting %s with %d deps", s.Name, len(s.deps))
	s.Log("prefix is %q", s.Prefix)
	for _, l := range s.lines {
		fmt.Println(l)
	}
	var rw ReadWriter = &buf{}
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")
	w, ok := r.(Writer)
	fmt.Println(ok, w != nil)
	fmt.Printf("%v %+v\n", d, d)
	d2 := d
	d2.name = "max"
	fmt.Println(d.Name(), d2.Name())
	c2 := c
	c2.name = "shared"
	fmt.Println(c.Name(), c2.Name())
}
