package check

// This file lowers assignments of several values at once whose targets
// include a map element. The interpreter (yaegi v0.16.1) does not assign
// the element when the values come from one expression of several results,
// silently:
//
//	m[k], x = two()     left m[k] as it was (Go: m[k] = 5)
//	m[k], ok = n[j]     (and x.(T), <-ch) likewise
//
// nor in a parallel assignment whose values come from calls. The element
// is assigned from a temporary in a statement of its own, after the others;
// the map and the key are evaluated first, into temporaries, as Go does:
//
//	m[k], x = two()   →   { var __mt7_0 int; __mm7_0 := m; var __mk7_0 string = k; __mt7_0, x = two(); __mm7_0[__mk7_0] = __mt7_0 }
//
// The map and the key must be made of names, fields, constants and
// operators (no calls, indexes or receives, whose order against the
// others' would change); any other such assignment is refused, as is one
// outside a statement list (an if's or for's init).

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// MapTargets returns the first assignment of f with a map element among
// several targets that the lowering cannot keep right, with a message; or
// the lowerings (see above). parallel: lower the parallel form a, m[k] =
// x, f() too, wrapping its values in a function literal (divergo run; a
// session lowers that form itself). typeName writes a type as f's text
// can name it; text returns f's source between two positions.
func MapTargets(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool), parallel bool, text func(from, to token.Pos) string) (ast.Node, string, []Span) {
	var at ast.Node
	var msg string
	var spans []Span
	inList := listedStatements(f)
	inspect(f, func(n ast.Node) bool {
		if at != nil {
			return false
		}
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) < 2 {
			return true
		}
		targets := MapElementTargets(as, info)
		if len(targets) == 0 || len(as.Lhs) == len(as.Rhs) && !parallel {
			return true
		}
		refuse := func(why string) {
			at, msg = as, "an assignment of several values with a map element among its targets ("+text(as.Pos(), as.End())+"): "+why
		}
		if !inList[as] {
			refuse("the interpreter would not assign the element, and the statement cannot be split where it stands. Not supported yet: assign the values to variables first, then the element in a statement of its own")
			return false
		}
		var open, close strings.Builder
		open.WriteString("{ ")
		var reps []Span
		for _, k := range targets {
			ix := as.Lhs[k].(*ast.IndexExpr)
			if !plainOperand(ix.X) || !plainOperand(ix.Index) {
				refuse("the interpreter would not assign the element, and its map or key is not made of names, fields and constants only. Not supported yet: assign the values to variables first, then the element in a statement of its own")
				return false
			}
			mt := under(info.TypeOf(ix.X)).(*types.Map)
			elem, ok1 := typeName(mt.Elem())
			key, ok2 := typeName(mt.Key())
			if !ok1 || !ok2 {
				refuse("the interpreter would not assign the element, and its type cannot be written here. Not supported yet: assign the values to variables first, then the element in a statement of its own")
				return false
			}
			suffix := fmt.Sprintf("%d_%d", int(as.Pos()), k)
			fmt.Fprintf(&open, "var __mt%s %s; __mm%s := %s; var __mk%s %s = %s; ", suffix, elem, suffix, text(ix.X.Pos(), ix.X.End()), suffix, key, text(ix.Index.Pos(), ix.Index.End()))
			reps = append(reps, Span{ix.Pos(), ix.End(), "__mt" + suffix})
			fmt.Fprintf(&close, "; __mm%s[__mk%s] = __mt%s", suffix, suffix, suffix)
		}
		close.WriteString(" }")
		spans = append(spans, Span{as.Pos(), as.Pos(), open.String()})
		spans = append(spans, reps...)
		if len(as.Lhs) == len(as.Rhs) {
			var results []string
			for k, l := range as.Lhs {
				t := info.TypeOf(l)
				if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
					t = types.Default(info.TypeOf(as.Rhs[k]))
				}
				name, ok := typeName(t)
				if t == nil || !ok {
					refuse("the interpreter would not assign the element, and a value's type cannot be written here. Not supported yet: assign the values to variables first, then the element in a statement of its own")
					return false
				}
				results = append(results, name)
			}
			// Each value in a statement of its own: returning several
			// appends at once, the interpreter gave each the last one's
			// result.
			last := as.Rhs[len(as.Rhs)-1].End()
			vars := []string{"__pv0"}
			spans = append(spans, Span{as.Rhs[0].Pos(), as.Rhs[0].Pos(), "func() (" + strings.Join(results, ", ") + ") { var __pv0 " + results[0] + " = "})
			for k := 1; k < len(as.Rhs); k++ {
				v := fmt.Sprintf("__pv%d", k)
				vars = append(vars, v)
				spans = append(spans, Span{as.Rhs[k-1].End(), as.Rhs[k].Pos(), "; var " + v + " " + results[k] + " = "})
			}
			spans = append(spans, Span{last, last, "; return " + strings.Join(vars, ", ") + " }()"})
		}
		spans = append(spans, Span{as.End(), as.End(), close.String()})
		return true
	})
	if at != nil {
		return at, msg, nil
	}
	return nil, "", spans
}

// MapElementTargets returns the indices of as's targets that are elements
// of a map.
func MapElementTargets(as *ast.AssignStmt, info *types.Info) []int {
	var ks []int
	for k, l := range as.Lhs {
		if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
			if _, ok := under(info.TypeOf(ix.X)).(*types.Map); ok {
				ks = append(ks, k)
			}
		}
	}
	return ks
}

// plainOperand reports whether x is made of names, fields, constants and
// operators only: no calls, indexes or receives, which run code whose order
// against the statement's others would count.
func plainOperand(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return plainOperand(x.X)
	case *ast.SelectorExpr:
		return plainOperand(x.X)
	case *ast.StarExpr:
		return plainOperand(x.X)
	case *ast.UnaryExpr:
		return x.Op != token.ARROW && plainOperand(x.X)
	case *ast.BinaryExpr:
		return plainOperand(x.X) && plainOperand(x.Y)
	}
	return false
}

// listedStatements returns the statements of f that stand in a statement
// list (a block's, a case's), where a lowering may put statements around
// them; not an if's, for's or switch's init.
func listedStatements(f *ast.File) map[ast.Stmt]bool {
	listed := map[ast.Stmt]bool{}
	inspect(f, func(n ast.Node) bool {
		var list []ast.Stmt
		switch n := n.(type) {
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		}
		for _, st := range list {
			listed[st] = true
		}
		return true
	})
	return listed
}
