package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// RangeAssigns lowers a range that assigns variables declared before it
// (for i, v = range xs) over a slice, an array, a map or a channel: the
// interpreter (yaegi v0.16.1) ranged over copies of them, so that after
// the loop they held what they held before it (the search
// `for idx, s = range names { if s == "y" { break } }` left idx 0 and s
// "", where Go leaves 1 and "y"; a named result assigned by
// `for i = range xs {}` stayed 0). The loop declares hidden variables, and
// each iteration assigns the targets first, as Go's range does:
//
//	for i, v = range xs {   →   for __rak1, __rav1 := range xs { i, v = __rak1, __rav1;
//
// Ranges over strings (StringRanges), integers, functions, pointers to
// arrays with a value (PointerArrayRanges) and containers of channels
// with a value (ChanRanges) are lowered by their own passes, which assign
// too.
func RangeAssigns(f *ast.File, info *types.Info) []Span {
	if !treeHolds(f, hasRange) {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	n := 0
	inspect(f, func(node ast.Node) bool {
		r, ok := node.(*ast.RangeStmt)
		if !ok || r.Tok != token.ASSIGN || r.Key == nil {
			return true
		}
		t := info.TypeOf(r.X)
		if t == nil {
			return true
		}
		switch u := t.Underlying().(type) {
		case *types.Slice, *types.Array, *types.Map:
			if r.Value != nil && !isBlank(r.Value) && holdsChan(u) {
				return true // ChanRanges'
			}
		case *types.Chan:
		case *types.Pointer:
			if r.Value != nil && !isBlank(r.Value) {
				return true // PointerArrayRanges' (it assigns)
			}
			// The key only: PointerArrayRanges ranges over an array of
			// the same length instead of the pointer, assigning as before.
		default:
			return true
		}
		var header, lhs, rhs []string
		n++
		if isBlank(r.Key) {
			header = append(header, "_")
		} else {
			k := fmt.Sprintf("__rak%d", n)
			header = append(header, k)
			lhs, rhs = append(lhs, types.ExprString(r.Key)), append(rhs, k)
		}
		if r.Value != nil && !isBlank(r.Value) {
			v := fmt.Sprintf("__rav%d", n)
			header = append(header, v)
			lhs, rhs = append(lhs, types.ExprString(r.Value)), append(rhs, v)
		}
		if len(lhs) == 0 {
			return true // for _, _ = range xs: nothing assigned
		}
		spans = append(spans,
			Span{r.Key.Pos(), r.TokPos + 1, strings.Join(header, ", ") + " :="},
			Span{r.Body.Lbrace + 1, r.Body.Lbrace + 1, " " + strings.Join(lhs, ", ") + " = " + strings.Join(rhs, ", ") + ";"})
		return true
	})
	return spans
}

// holdsChan reports whether the elements of a slice, an array or a map
// are channels.
func holdsChan(t types.Type) bool {
	var elem types.Type
	switch u := t.(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	case *types.Map:
		elem = u.Elem()
	}
	if elem == nil {
		return false
	}
	_, ok := elem.Underlying().(*types.Chan)
	return ok
}
