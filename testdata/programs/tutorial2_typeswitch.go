// divergo run refuses: fmt.Sprintf of a value of type any while values of Dog
// Interface embedding and type switches: a ReadWriter interface built from
// two smaller ones, a value satisfying it, type assertions to the smaller
// interfaces, and type switches with several types in one case (where the
// variable keeps the interface type) and a nil case.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Named interface {
	fmt.Stringer
	Name() string
}

type Dog struct{}

func (Dog) String() string { return "a dog" }
func (Dog) Name() string   { return "Rex" }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64, uint8:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case float32, float64:
		return fmt.Sprintf("float %v", x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case []int:
		return fmt.Sprint("ints summing to ", sum(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func sum(xs []int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("first")
	rw.Write("second")
	var r Reader = rw
	fmt.Println(r.Read())
	if w, ok := r.(Writer); ok {
		w.Write("third")
	}
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")

	var n Named = Dog{}
	var s fmt.Stringer = n
	fmt.Println(n.Name(), s, n)

	vals := []any{nil, 42, int64(7), uint8(255), 2.5, float32(1.5), "héllo", errors.New("boom"), Dog{}, []int{1, 2, 3}, map[string]int{}, struct{}{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var sb strings.Builder
	var w any = &sb
	if _, ok := w.(interface{ WriteString(string) (int, error) }); ok {
		fmt.Println("Builder has WriteString")
	}
	_, isRW := w.(ReadWriter)
	fmt.Println("Builder is ReadWriter:", isRW)
}
