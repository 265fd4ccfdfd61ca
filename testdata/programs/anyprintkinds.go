package main

// What fmt prints of the program's values held in an any:
//   - fmt calls a Format method for every verb: F's text for %d too,
//     where the interpreter printed {1};
//   - values kept by sync.Map, context and container/list come back with
//     their String method (the interpreter printed {1});
//   - a named struct embedding P prints with P's promoted String.

import (
	"container/list"
	"context"
	"fmt"
	"sync"
)

type F struct{ Y int }

func (f F) Format(s fmt.State, v rune) {
	w, wok := s.Width()
	fmt.Fprintf(s, "F[%c %d %v %v]", v, w, wok, s.Flag('-'))
}

type P struct{ X int }

func (p P) String() string { return fmt.Sprintf("P<%d>", p.X) }

type R struct {
	P
	K int
}

type ck struct{}

func main() {
	var f any = F{1}
	fmt.Printf("%v|%-8v|%x|%d|%6.2f\n", f, f, f, f, f)
	var m sync.Map
	m.Store(1, P{1})
	v, _ := m.Load(1)
	fmt.Println(v)
	ctx := context.WithValue(context.Background(), ck{}, P{2})
	fmt.Println(ctx.Value(ck{}))
	li := list.New()
	li.PushBack(P{3})
	fmt.Printf("%v %s %d\n", li.Front().Value, v, v)
	var r any = R{P{4}, 0}
	fmt.Println(r)
}
