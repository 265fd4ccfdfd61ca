package check

import (
	"go/ast"
	"go/types"
	"sort"
)

// holderCallLater refuses, in a cell, giving an interface value to a
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
			b.refuse(arg, "%s, declared in an earlier cell, gives fmt its parameter of type any through a switch on the session's types with String, Error or Format methods, while a value holding an any (a []any, a map's values, a field of type any) is stored in an any beside values of %s: the switch sees the any's own value only, and the %[2]s values held below would be printed bare, without the method Go calls ([{1}] where Go prints [P!]). Not supported yet: give %[3]s the values it holds one by one",
				fn, k.name, id.Name)
			return
		}
	})
}
