package check

// This file renames the program's own objects that take the name of a
// predeclared identifier the interpreter (yaegi v0.16.1) looks up by name
// wherever it needs it. Go lets a variable, constant, function or type
// take such a name; the interpreter
//
//   - reads iota and nil as the predeclared ones, silently (iota := 7;
//     fmt.Println(iota) printed 0; nil := 0 printed <nil>), and crashed
//     assigning to a loop variable named iota;
//   - gives an untyped constant the type found under its default type's
//     name (y := 3 after `type int = float64` made y a float64: y/2 was
//     1.5 where Go gives 1), and failed to compile a variable named as a
//     type (string := []byte("ab"); len(string): "CFG post-order panic").
//
// Each of the program's objects named so is renamed throughout:
//
//	iota := 7; fmt.Println(iota)   →   __iota := 7; fmt.Println(__iota)
//	type int = float64             →   type __int = float64
//
// A defined type of such a name (type rune int32) is refused: its name
// is what %T and %v show (main.rune), so it cannot be renamed. The other
// predeclared names (len, max, true…) behave as in Go.

import (
	"go/ast"
	"go/types"
	"sort"
)

// predeclaredTypes are the predeclared type names, looked up by name.
var predeclaredTypes = map[string]bool{
	"any": true, "bool": true, "byte": true, "comparable": true,
	"complex64": true, "complex128": true, "error": true,
	"float32": true, "float64": true, "int": true, "int8": true,
	"int16": true, "int32": true, "int64": true, "rune": true,
	"string": true, "uint": true, "uint8": true, "uint16": true,
	"uint32": true, "uint64": true, "uintptr": true,
}

// renamedPredeclared reports whether a program's object named name is
// renamed (see above).
func renamedPredeclared(name string) bool {
	return name == "iota" || name == "nil" || predeclaredTypes[name]
}

// PredeclaredNames returns the renamings of f's objects named iota, nil
// or as a predeclared type (see above). keep reports whether an object
// must keep its name (a cell's declaration of the session, which later
// cells name): the first such use is returned instead, with a message
// naming it; so is the first defined type of such a name.
func PredeclaredNames(f *ast.File, info *types.Info, keep func(types.Object) bool) (ast.Node, string, []Span) {
	if !definesPredeclared(info) {
		return nil, "", nil
	}
	var spans []Span
	var at ast.Node
	var msg string
	inspect(f, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || at != nil || !renamedPredeclared(id.Name) {
			return at == nil
		}
		obj := info.Defs[id]
		if obj == nil {
			obj = info.Uses[id]
		}
		if obj == nil || obj.Parent() == types.Universe || obj.Pkg() == nil {
			return true
		}
		if v, isVar := obj.(*types.Var); isVar && v.IsField() {
			return true // a field is always selected: x.nil
		}
		if fn, isFunc := obj.(*types.Func); isFunc && fn.Type().(*types.Signature).Recv() != nil {
			return true
		}
		if tn, isType := obj.(*types.TypeName); isType && !tn.IsAlias() {
			at, msg = id, "a type named "+id.Name+" declared in the program, hiding Go's predeclared "+id.Name+": the interpreter gives values the type found under that name (an untyped constant's default type, a conversion's result). Not supported: choose another name"
			return false
		}
		if keep != nil && keep(obj) && predeclaredTypes[id.Name] {
			at, msg = id, "a session variable (or constant, function, type alias) named "+id.Name+", as Go's predeclared type: the interpreter looks that type up by its name and would find yours. Not supported: choose another name"
			return false
		}
		if keep != nil && keep(obj) {
			at, msg = id, "a session variable (or constant, function, type) named "+id.Name+": the interpreter would read the predeclared "+id.Name+" in its place. Not supported: choose another name"
			return false
		}
		spans = append(spans, Span{id.Pos(), id.End(), "__" + id.Name})
		return true
	})
	return at, msg, spans
}

// definesPredeclared reports whether the checked code declares an object
// of a name renamedPredeclared renames (the uses name one of those).
func definesPredeclared(info *types.Info) bool {
	for id, obj := range info.Defs {
		if obj != nil && renamedPredeclared(id.Name) {
			return true
		}
	}
	return false
}

// renamePredeclared makes the unit's renamings (PredeclaredNames) edits
// of the cell's text, which the session then checks again in place of the
// cell (as a cell put in gc's order of calls: Result.Reordered), so that
// every later pass meets the new names, never the old ones (an index
// check copying len(string) from the cell named the predeclared type).
// Where a renaming falls inside an edit of the order of calls, the
// renamings stay spans of the lowered cell's check. It returns the
// refusal of a name that cannot be renamed.
func (c *cellCheck) renamePredeclared(f *ast.File, info *types.Info, t *text, chunkStart int) *Result {
	at, msg, spans := PredeclaredNames(f, info, func(obj types.Object) bool {
		return obj.Parent() == obj.Pkg().Scope() || inCellScope(f, obj)
	})
	if at != nil {
		off, ok := t.cellOff(t.off(at.Pos()))
		if !ok {
			off = chunkStart
		}
		return &Result{Err: &Error{Off: off, Msg: msg}}
	}
	if len(spans) == 0 {
		return nil
	}
	var eds []cellEdit
	for _, sp := range spans {
		s, ok1 := t.cellOff(t.off(sp.Pos))
		e, ok2 := t.cellOff(t.off(sp.End))
		if !ok1 || !ok2 || e < s {
			return nil // not the cell's own text: left to the spans
		}
		for _, r := range c.reorder {
			if s < r.end && r.start < e {
				return nil
			}
		}
		eds = append(eds, cellEdit{start: s, end: e, text: sp.Text})
	}
	c.reorder = append(c.reorder, eds...)
	sort.SliceStable(c.reorder, func(a, b int) bool { return c.reorder[a].start < c.reorder[b].start })
	return nil
}
