package check

import (
	"go/ast"
	"go/types"
	"strconv"
)

// ReflectNames lowers reflect.TypeOf(x) of a value whose type the checker
// knows (not an interface), where only the type's name is used: given to
// fmt's Print functions (fmt.Println(reflect.TypeOf(a))), asked its
// String() or Name(), or shown as a cell's value. The interpreter's reflection named a type of the
// program by its underlying type or structure (int for main.T); the name
// is known before the program runs:
//
//	fmt.Println(reflect.TypeOf(a))        →   fmt.Println("main.T")
//	reflect.TypeOf(a).Name()              →   "T"
//
// An argument that makes a call is still evaluated. Misreflected leaves
// these calls alone.
func ReflectNames(f *ast.File, info *types.Info) []Span {
	if !treeMentions(f, "TypeOf") {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	parents := parentsOf(f)
	inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if lowered, ok := reflectNameLowering(call, info, parents); ok {
			spans = append(spans, lowered...)
			return !effectFree(call.Args[0], info) // the argument's own lowerings
		}
		return true
	})
	return spans
}

// reflectNameLowering returns ReflectNames' lowering of call, or false.
// An argument that may have effects (a call, an assertion) stays where it
// is, with the other lowerings inside it, given to a function literal
// that gives the name:
//
//	fmt.Println(reflect.TypeOf(err.(E)))   →   fmt.Println(func(any) string { return "main.E" }(err.(E)))
func reflectNameLowering(call *ast.CallExpr, info *types.Info, parents map[ast.Node]ast.Node) ([]Span, bool) {
	at, text, ok := typeOfNameUse(call, info, parents)
	if !ok {
		return nil, false
	}
	x := call.Args[0]
	if effectFree(x, info) {
		return []Span{{at.Pos(), at.End(), text}}, true
	}
	return []Span{{at.Pos(), x.Pos(), "func(any) string { return " + text + " }("}, {x.End(), at.End(), ")"}}, true
}

// typeOfNameUse recognises reflect.TypeOf(x) used only for its name (see
// ReflectNames): the node to replace and the Go text of the name.
func typeOfNameUse(call *ast.CallExpr, info *types.Info, parents map[ast.Node]ast.Node) (ast.Node, string, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "TypeOf" || len(call.Args) != 1 {
		return nil, "", false
	}
	if fn, ok := info.Uses[sel.Sel].(*types.Func); !ok || fn.Pkg() == nil || fn.Pkg().Path() != "reflect" {
		return nil, "", false
	}
	t := info.TypeOf(call.Args[0])
	if t == nil || !mentionsProgram(t, map[types.Type]bool{}) {
		return nil, "", false
	}
	name, ok := TypeVerbName(t)
	if !ok {
		return nil, "", false
	}
	switch p := parents[call].(type) {
	case *ast.ExprStmt:
		// A cell's value: shown as its name, as a string is.
		if fd, ok := parents[parents[p]].(*ast.FuncDecl); ok && fd.Name.Name == "__cell" {
			return call, strconv.Quote(name), true
		}
	case *ast.CallExpr:
		fn, _, ok := printFunc(p, info)
		if !ok || p.Fun == ast.Expr(call) {
			return nil, "", false
		}
		if fn == "" {
			return nil, "", false
		}
		return call, strconv.Quote(name), true
	case *ast.SelectorExpr:
		use, ok := parents[p].(*ast.CallExpr)
		if !ok || use.Fun != p || len(use.Args) != 0 {
			return nil, "", false
		}
		switch p.Sel.Name {
		case "String":
			return use, strconv.Quote(name), true
		case "Name":
			if n, ok := types.Unalias(t).(*types.Named); ok && n.TypeArgs().Len() == 0 {
				return use, strconv.Quote(n.Obj().Name()), true
			}
		}
	}
	return nil, "", false
}

// printFunc recognises a call of fmt's Print, Println, Sprint, Sprintln,
// Fprint or Fprintln, whose arguments fmt prints with %v.
func printFunc(call *ast.CallExpr, info *types.Info) (string, int, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return "", 0, false
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" {
		return "", 0, false
	}
	switch fn.Name() {
	case "Print", "Println", "Sprint", "Sprintln":
		return "fmt." + fn.Name(), 0, true
	case "Fprint", "Fprintln":
		return "fmt." + fn.Name(), 1, true
	}
	return "", 0, false
}
