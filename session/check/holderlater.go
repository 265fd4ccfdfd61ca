package check

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"sort"
	"strconv"
)

// holderCallLater refuses, in a cell, when the call runs, giving an interface value to a
// function of an earlier cell (or to one that calls it) that gives fmt its
// parameter of type any through anyTexts' switch on the session's types
// with String, Error or Format methods, while a value holding an any below
// its top (a []any, a map[string]any, a field of type any) is stored in an
// any and values of a type of the switch are stored in an any too. The
// switch sees the any's own value only; holderLater refuses storing such
// a holder once the values reached an any, but a holder stored before
// them and filled by a later cell escaped it:
//
//	func show(v any) { fmt.Println(v) }    // P has String
//	xs := make([]any, 2)
//	var box any = xs
//	xs[0] = P{1}
//	show(box)                              // printed [{1} <nil>], Go [P! <nil>]
//
// Which any holds the holder is known only when the call runs: the
// argument goes through a function literal that gives it to HolderArg,
// which stops the cell for a value holding an any below its top
// (show(xs[0]) of an element P{1} runs, as in Go).
func (b *boundary) holderCallLater(n *ast.CallExpr) {
	if b.reached == nil {
		return
	}
	id, ok := ast.Unparen(n.Fun).(*ast.Ident)
	if !ok {
		return
	}
	var arg ast.Expr
	for _, a := range n.Args {
		if t := b.info.TypeOf(a); t != nil && types.IsInterface(t) && !b.info.Types[a].IsNil() && holdsAny(t, map[types.Type]bool{}) {
			arg = a
			break
		}
	}
	if arg == nil {
		return
	}
	type key struct{ fn, name string }
	var keys []key
	for g := range b.calledFrom(id.Name) {
		for _, rest := range laterRests(b.reached, "later:anyswitch:"+g+":") {
			keys = append(keys, key{g, rest})
		}
	}
	if len(keys) == 0 {
		return
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].fn+":"+keys[i].name < keys[j].fn+":"+keys[j].name })
	b.pending = append(b.pending, func() {
		if b.storedHolder == nil && !b.reached["stored:holder"] {
			return
		}
		for _, k := range keys {
			if !b.reached["stored:"+k.name] && !b.toAnyNamed(k.name) {
				continue
			}
			fn := k.fn
			if fn != id.Name {
				fn = id.Name + " (which calls " + k.fn + ")"
			}
			// Whether the argument holds such a holder is known when
			// the call runs: a helper stops the cell then (show(xs[0])
			// of an element P{1} runs; show(box) of a box holding a
			// []any stops).
			msg := fmt.Sprintf("divergo: %s, declared in an earlier cell, gives fmt its parameter of type any through a switch on the session's types with String, Error or Format methods, and was given a value holding an any (a []any, a map's values, a field of type any) while values of %s are stored in an any: the switch sees the any's own value only, and the %[2]s values held below would be printed bare, without the method Go calls ([{1}] where Go prints [P!]). Not supported yet: give %[3]s the values it holds one by one",
				fn, k.name, id.Name)
			b.wrap(arg, "func(__dhV any) any { "+b.runtime+".HolderArg(__dhV, "+strconv.Quote(msg)+"); return __dhV }(", ")")
			return
		}
	})
}

// HolderArg panics with msg when v, an argument holderCallLater judges,
// holds an any below its top: a slice, array or map of interfaces, a
// struct with such a field, or a pointer to one of those (seen through
// the interpreter's wrapper of a value in an any).
func HolderArg(v any, msg string) {
	rv := plainOf(v)
	if !rv.IsValid() {
		return
	}
	switch t := rv.Type(); t.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map, reflect.Pointer, reflect.Struct, reflect.Chan:
		if wraps(t) {
			panic(msg)
		}
	}
}
