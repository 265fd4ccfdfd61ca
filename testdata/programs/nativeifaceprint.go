package main

// Values of the standard library's interfaces with methods fmt does not
// call (sort.Interface, io.Writer, io.Reader) holding the program's
// values print as Go prints those values; the interpreter printed its own
// struct ({[a] 0x50fac0 0x50fac0 0x50fac0}, {IValue:0xc… WWrite:0x50fac0};
// a struct's was its last field).

import (
	"fmt"
	"io"
	"log"
	"os"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type W struct{ N int }

func (w *W) Write(p []byte) (int, error) { w.N += len(p); return len(p), nil }

type V struct {
	N    int
	Name string
}

func (v V) Write(p []byte) (int, error) { return len(p), nil }

type R struct{}

func (R) Read(p []byte) (int, error) { return 0, io.EOF }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1fC", float64(t)) }

type TW struct{ T Temp }

func (t *TW) Write(p []byte) (int, error) { return len(p), nil }

type Sink struct {
	Name string
	N    int
}

func pass(w io.Writer) io.Writer { return w }

func main() {
	var r sort.Interface = byLen{"bb", "a"}
	sort.Sort(r)
	fmt.Println(r)
	fmt.Printf("%v|%s|%q\n", r, r, r)
	var iw io.Writer = &W{}
	fmt.Fprint(iw, "abc")
	fmt.Printf("%v %+v\n", iw, iw)
	var ir io.Reader = R{}
	fmt.Println(ir)
	m := map[string]io.Writer{"a": V{1, "x"}}
	fmt.Println(m["a"], pass(V{2, "y"}), m)
	fmt.Printf("%+v\n", pass(&TW{3}))
	var ws []io.Writer
	for i := 0; i < 2; i++ {
		ws = append(ws, V{i, "l"})
	}
	fmt.Println(ws, len(ws))
	fmt.Println(fmt.Sprint(r), fmt.Sprintln(iw))
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println(r, ir)
	var o io.Writer = os.Stdout
	fmt.Println(o == nil)
}
