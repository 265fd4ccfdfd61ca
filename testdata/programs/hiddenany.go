package main

// fmt calls no method of a value reached through an unexported field (the
// reflect.Value it reads there is read-only): Go prints the time.Duration
// in box.v as the integer it is, {d 1000000000}. The interpreter, whose
// struct fields are all exported (Xv), called String and printed {d 1s}.
// The value in an unexported any, taken out of the interpreter's wrapper
// when it is one of the program's values (whose methods Go does not call
// there either), is given to fmt in an unexported any of a copy: for every
// verb, in Print, Println, Printf, Sprint, Errorf and log, nested in
// slices, maps and structs, and with %+v when no struct inside has a
// field the interpreter may have renamed.

import (
	"errors"
	"fmt"
	"log"
	"os"
	"time"
)

type box struct {
	name string
	v    any
}

type pt struct{ X, Y int }

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type shelf struct {
	Top   box
	boxes []box
	named map[string]box
}

type rec struct {
	T temp
	v any
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	b := box{"d", time.Second}
	fmt.Println(b)
	fmt.Print(b, "\n")
	fmt.Printf("%v|%+v|%s|%q|%x|%X|%d\n", b, b, b, b, b, b, b)
	fmt.Println(fmt.Sprint(b), fmt.Sprintf("%v", b), fmt.Sprintln(b))
	fmt.Println(fmt.Errorf("e %v", b))
	log.Println(b)
	log.Printf("%v %+v", &b, b)
	fmt.Println([]box{b}, map[string]box{"k": b}, [1]box{b})
	fmt.Println(shelf{b, []box{b, {"m", time.Minute}}, map[string]box{"k": b}})
	fmt.Println(box{"p", pt{1, 2}}, box{"n", nil}, box{"e", errors.New("x")}.name)
	fmt.Printf("%+v\n", box{"p", pt{1, 2}})
	fmt.Println(box{"t", temp(21.5)}, box{"l", []any{temp(3), time.Minute, pt{1, 2}}})
	fmt.Printf("%+v %v\n", box{"t", temp(3)}, box{"m", map[string]any{"a": time.Second}})
	fmt.Println(rec{1, time.Second}, rec{2, temp(2)})
	fmt.Println(struct {
		n int
		v any
	}{1, time.Second})
}
