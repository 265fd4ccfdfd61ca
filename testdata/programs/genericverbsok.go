// Generic functions printing a value of their type parameter run where
// the verb calls String (%v %s %q %x %X %+v), where the type argument has
// no String or Error method, and where a type with a String method of a
// pointer receiver is only held in the value (a []PS, a struct field):
// Go prints its fields there, and so does the interpreter.
package main

import "fmt"

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Plain int

type PS struct{ N int }

func (p *PS) String() string { return fmt.Sprint("PS", p.N) }

type W struct{ P PS }

func Verbs[T any](v T)       { fmt.Printf("%v %s %q %x %X %+v|%6v|%-7s|\n", v, v, v, v, v, v, v, v) }
func Number[T any](v T)      { fmt.Printf("%d %5d %x\n", v, v, v) }
func Float[T any](v T)       { fmt.Printf("%6.2f %e\n", v, v) }
func Show[T any](v T)        { fmt.Println(v) }
func Keep[T any](v T)        { var a any = v; fmt.Println(a) }
func Both[T any](v T, n int) { fmt.Printf("%v %d\n", v, n) }
func Name[T any](v T) any    { return v }

func main() {
	Verbs(Code(3))
	Verbs(Temp(2.5))
	Number(Plain(7))
	Number(42)
	Float(2.25)
	Both(Code(3), 4)
	Show([]PS{{1}})
	Show(W{PS{2}})
	Show(map[string]PS{"a": {3}})
	Show(&PS{4})
	Show([]struct{ PS }{{PS{5}}})
	Keep([]PS{{6}})
	fmt.Println(Name([]PS{{9}}))
	fmt.Printf("%T %T\n", Name(3), Name("s"))
}
