package check

// This file puts a composite literal that is a value of an assignment or
// a var declaration in parentheses. The interpreter (yaegi v0.16.1) writes
// such a literal straight into the variable's storage, replacing it, and
// when the statement has several values it loses the others, silently:
//
//	x, y := S{1}, 5          // y was 0
//	g, i = S{8}, 1           // i was 0
//	p := &g; g = S{5}        // *p stayed as it was: g had new storage
//	for … { a := []int{3, 1}; fs = append(fs, func() { … a … }) }
//	                         // every closure saw the last iteration's a
//
// Parentheses make the interpreter allocate and copy as for any other
// value:
//
//	x, y := S{1}, 5   →   x, y := (S{1}), 5
//
// (measured on =, :=, var declarations, one value or several, in and out of
// loops, for struct, slice, map and array literals).

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// CompositeValues returns the lowerings of f's composite literals assigned
// or declared as values (see above).
//
// A literal stored in an interface (var x any = S{1}) is left alone: in
// parentheses the interpreter stored the bare struct there, without its
// methods (x.(error) of an error type failed).
func CompositeValues(f *ast.File, info *types.Info) []Span {
	var spans []Span
	wrap := func(x ast.Expr, to types.Type) {
		if lit, ok := x.(*ast.CompositeLit); ok && (to == nil || !types.IsInterface(to)) {
			spans = append(spans, Span{lit.Pos(), lit.Pos(), "("}, Span{lit.End(), lit.End(), ")"})
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) && len(n.Lhs) == len(n.Rhs) {
				for i, r := range n.Rhs {
					wrap(r, info.TypeOf(n.Lhs[i]))
				}
			}
		case *ast.ValueSpec:
			var to types.Type
			if n.Type != nil {
				to = info.TypeOf(n.Type)
			}
			for _, v := range n.Values {
				wrap(v, to)
			}
		}
		return true
	})
	return spans
}

// StringRanges returns the lowerings of f's `for i := range s` over a
// string with no value variable: the interpreter gave i the rune's count
// (0 1 2 3 4 over "héllo"), Go the byte offset where each rune starts
// (0 1 3 4 5); with a value variable it answers as Go does:
//
//	for i := range s   →   for i, _ := range s
func StringRanges(f *ast.File, info *types.Info) []Span {
	var spans []Span
	ast.Inspect(f, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || r.Key == nil || r.Value != nil {
			return true
		}
		if b, ok := under(info.TypeOf(r.X)).(*types.Basic); ok && b.Info()&types.IsString != 0 {
			spans = append(spans, Span{r.Key.End(), r.Key.End(), ", _"})
		}
		return true
	})
	return spans
}

// RangeKeys returns the lowerings of f's ranges over a slice, an array or
// a pointer to an array whose body assigns the key variable. The
// interpreter kept its position in the key itself, so the body's change
// changed the iterations, silently (for i := range xs { i *= 2 } visited
// 0, 1, 3 of seven elements; Go visits every one, each iteration's i its
// own). The key gets a hidden name and the body a variable of its own:
//
//	for i, v := range xs { i++ … }   →   for __rk1, v := range xs { i := __rk1; i++ …
//
// single says whether ranges without a value variable are lowered too (a
// cell's are lowered by package lower's Range, which sees every range with
// only a key). A key assigned with = (for i = range xs) is left alone:
// RangeKey refuses it.
func RangeKeys(f *ast.File, info *types.Info, single bool) []Span {
	var spans []Span
	ast.Inspect(f, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || !RenamedRangeKey(r, info) || (r.Value == nil && !single) {
			return true
		}
		id := r.Key.(*ast.Ident)
		name := fmt.Sprintf("__rk%d", len(spans)/2+1)
		spans = append(spans, Span{id.Pos(), id.End(), name},
			Span{r.Body.Lbrace + 1, r.Body.Lbrace + 1, fmt.Sprintf(" %s := %s; _ = %[1]s;", id.Name, name)})
		return true
	})
	return spans
}

// RenamedRangeKey reports whether RangeKeys lowers r: a range with := over
// a slice, an array or a pointer to an array whose body assigns the key.
func RenamedRangeKey(r *ast.RangeStmt, info *types.Info) bool {
	id, ok := r.Key.(*ast.Ident)
	if !ok || id.Name == "_" || r.Tok != token.DEFINE || !rangesBySlot(info.TypeOf(r.X)) {
		return false
	}
	obj := info.Defs[id]
	return obj != nil && AssignsVar(r.Body, obj, info)
}

// RangeKey returns a range with = whose key the body assigns, over a
// slice, an array or a pointer to an array (see RangeKeys), and why the
// interpreter cannot run it.
func RangeKey(f *ast.File, info *types.Info) (ast.Node, string) {
	var at ast.Node
	var msg string
	ast.Inspect(f, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || at != nil || r.Tok != token.ASSIGN || !rangesBySlot(info.TypeOf(r.X)) {
			return at == nil
		}
		id, ok := ast.Unparen(r.Key).(*ast.Ident)
		if ok && info.Uses[id] != nil && AssignsVar(r.Body, info.Uses[id], info) {
			at, msg = r, fmt.Sprintf("for %s = range … whose body assigns %[1]s: the interpreter keeps its position in %[1]s, so the change would change the iterations; range with a variable of its own (for j := range …) and assign %[1]s from it", id.Name)
		}
		return at == nil
	})
	return at, msg
}

// rangesBySlot: a slice, an array or a pointer to an array.
func rangesBySlot(t types.Type) bool {
	switch t := under(t).(type) {
	case *types.Slice, *types.Array:
		return true
	case *types.Pointer:
		_, ok := under(t.Elem()).(*types.Array)
		return ok
	}
	return false
}

// AssignsVar reports whether body assigns to or increments obj.
func AssignsVar(body ast.Node, obj types.Object, info *types.Info) bool {
	found := false
	is := func(x ast.Expr) bool {
		id, ok := ast.Unparen(x).(*ast.Ident)
		return ok && info.Uses[id] == obj
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if is(l) {
					found = true
				}
			}
		case *ast.IncDecStmt:
			found = found || is(n.X)
		}
		return !found
	})
	return found
}

// PointerArrayRanges returns the lowerings of f's ranges over a pointer to
// an array with no value variable (for i := range v in a method of *Vec):
// the interpreter's range left the pointer broken, so that v[i] and p[0]
// after it panicked ("reflect: call of reflect.Value.Elem on array
// Value"). The range goes over the array itself, which gives the same
// indexes (Go reads no element there):
//
//	for i := range p   →   for i := range (*p)
func PointerArrayRanges(f *ast.File, info *types.Info) []Span {
	var spans []Span
	ast.Inspect(f, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || r.Value != nil {
			return true
		}
		if p, ok := under(info.TypeOf(r.X)).(*types.Pointer); ok {
			if _, ok := under(p.Elem()).(*types.Array); ok {
				spans = append(spans, Span{r.X.Pos(), r.X.Pos(), "(*"}, Span{r.X.End(), r.X.End(), ")"})
			}
		}
		return true
	})
	return spans
}
