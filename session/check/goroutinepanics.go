package check

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// GoroutinePanics returns, for divergo run, the lowerings that put a
// catcher first in each goroutine the program starts: a panic nothing in
// the goroutine recovers ends the program with Go's words (runtime's
// GoroutinePanic); the interpreter's own re-panic printed "panic: …
// [recovered, repanicked]" and the interpreter's stack. A function
// literal gets the catcher in its body; a call of a function of a package
// (the program's or another's) runs inside a literal, its arguments given
// at the go statement as Go evaluates them:
//
//	go func() { … }()   →   go func() { defer func() { if __r := recover(); __r != nil { RT.GoroutinePanic(__r) } }(); … }()
//	go worker(i, ch)    →   go func(__g0 int, __g1 chan int) { defer …; worker(__g0, __g1) }(i, ch)
//
// Other go statements (methods, function values, variadic calls) are left
// as they are.
func GoroutinePanics(f *ast.File, info *types.Info, runtime string, typeName func(types.Type) (string, bool)) []Span {
	catch := fmt.Sprintf("defer func() { if __r := recover(); __r != nil { %s.GoroutinePanic(__r) } }();", runtime)
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		g, ok := n.(*ast.GoStmt)
		if !ok {
			return true
		}
		switch fn := ast.Unparen(g.Call.Fun).(type) {
		case *ast.FuncLit:
			spans = append(spans, Span{fn.Body.Lbrace + 1, fn.Body.Lbrace + 1, " " + catch})
		case *ast.Ident, *ast.SelectorExpr:
			var id *ast.Ident
			if sel, isSel := fn.(*ast.SelectorExpr); isSel {
				if pkg, isPkg := ast.Unparen(sel.X).(*ast.Ident); !isPkg || info.Uses[pkg] == nil {
					return true
				} else if _, isPkgName := info.Uses[pkg].(*types.PkgName); !isPkgName {
					return true // a method
				}
				id = sel.Sel
			} else {
				id = fn.(*ast.Ident)
			}
			obj, isFunc := info.Uses[id].(*types.Func)
			if !isFunc || g.Call.Ellipsis.IsValid() {
				return true
			}
			sig := obj.Type().(*types.Signature)
			if sig.Variadic() || sig.TypeParams().Len() > 0 || sig.Params().Len() != len(g.Call.Args) {
				return true
			}
			var params, names []string
			for k := 0; k < sig.Params().Len(); k++ {
				t, ok := typeName(sig.Params().At(k).Type())
				if !ok {
					return true
				}
				v := fmt.Sprintf("__g%d", k)
				params, names = append(params, v+" "+t), append(names, v)
			}
			fun := types.ExprString(g.Call.Fun)
			head := fmt.Sprintf("func(%s) { %s %s(%s) }(", strings.Join(params, ", "), catch, fun, strings.Join(names, ", "))
			spans = append(spans, Span{g.Call.Fun.Pos(), g.Call.Lparen + 1, head})
		}
		return true
	})
	return spans
}
