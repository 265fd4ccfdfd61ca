package gorun

// This file implements the refusals: constructs of valid Go that the
// interpreter (yaegi v0.16.1) would run differently from Go, silently.
// A program holding one is refused with a message naming it, before
// anything runs; each was found by bench/differential.py or in the
// session's own tests. The generic standard library (slices, maps, cmp,
// iter), min, max, clear and range over functions are lowered
// (check.Modern, check.RangeFunc); what of them cannot be is refused here
// with their messages.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/divergo/divergo/session/check"
)

// refuse returns why the program cannot run as Go runs it, or "".
func refuse(f *ast.File, info *types.Info, src []byte) string {
	if f == nil || info == nil {
		return ""
	}
	if at, msg, _ := check.Boundary(f, info, "the program", fileTypeName(f), "__gorunrt", nil); at != nil {
		line, col := srcLineCol(src, int(at.Pos()-f.FileStart))
		return fmt.Sprintf("%d:%d: %s", line, col, msg)
	}
	at, msg, _, _ := check.Modern(f, info, modernOptions(f, src))
	if at == nil {
		at, msg = check.MisprintedGeneric([]*ast.File{f}, f, info, nil)
	}
	if at == nil {
		at, msg, _ = check.RangeFunc(f, info, "the program", fileTypeName(f))
	}
	if at == nil {
		at, msg, _ = check.NativeClosures(f, info, fileTypeName(f))
	}
	if at == nil {
		at, msg, _, _ = check.Crashes([]*ast.File{f}, f, info, modernOptions(f, src), src, nil)
	}
	if at == nil {
		at, msg = check.Misreflected(f, info, "the program")
	}
	if at == nil {
		at, msg = check.SourceLocations(f, info, "the program")
	}
	if at == nil {
		at, msg = check.RangeKey(f, info)
	}
	if at == nil {
		at, msg = check.LocalTypeShadow(f, info)
	}
	if at == nil {
		at, msg = check.TemplateMethods(f, info)
	}
	if at == nil {
		at, msg = check.NativeDefinedType(f, info, fileTypeName(f))
	}
	if at == nil {
		at, msg = check.SelectSendOperators(f, info)
	}
	if at == nil {
		at, msg, _ = check.ChanRanges(f, info)
	}
	if at == nil {
		at, msg, _ = check.NilCaseSwitches(f, info, fileTypeName(f))
	}
	if at == nil {
		at, msg, _ = check.MapTargets(f, info, "__gorunrt", fileTypeName(f), true, func(from, to token.Pos) string {
			return string(src[from-f.FileStart : to-f.FileStart])
		})
	}
	if at == nil {
		at, msg, _ = check.SelectReceives(f, info, fileTypeName(f), func(from, to token.Pos) string {
			return string(src[from-f.FileStart : to-f.FileStart])
		})
	}
	if at != nil {
		line, col := srcLineCol(src, int(at.Pos()-f.FileStart))
		return fmt.Sprintf("%d:%d: %s", line, col, msg)
	}
	var why string
	dyn := check.NewDynamicTypes(f, info, fileTypeName(f))
	ast.Inspect(f, func(n ast.Node) bool {
		if why != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			if strings.HasPrefix(n.Name.Name, check.AssertHelperPrefix) {
				return false // lowerAsserts' own helpers
			}
		case *ast.ForStmt:
			if at, msg := check.LoopCopyRefusal(n, info); at != nil {
				why = msg
			}
		case *ast.TypeSwitchStmt:
			for _, c := range n.Body.List {
				for _, x := range c.(*ast.CaseClause).List {
					if t := info.TypeOf(x); t != nil && types.IsInterface(t) {
						why = fmt.Sprintf("a type switch case of an interface type (case %s:) is never matched by the interpreter: use v, ok := x.(%s)", types.ExprString(x), types.ExprString(x))
					} else if t != nil && namedBasicWithMethods(t) {
						why = fmt.Sprintf("a type switch case of %s, a type with methods whose underlying type is %s: the interpreter does not match a %s passed in an any (it took the default case); switch on a variable of an interface type with %s's methods, or pass the value as %s", types.ExprString(x), t.Underlying(), types.ExprString(x), types.ExprString(x), types.ExprString(x))
					}
				}
			}
		case *ast.TypeAssertExpr:
			if t := info.TypeOf(n.Type); n.Type != nil && t != nil && namedBasicWithMethods(t) {
				if it, ok := info.TypeOf(n.X).Underlying().(*types.Interface); ok && it.NumMethods() == 0 {
					why = fmt.Sprintf("asserting an any to %s, a type with methods whose underlying type is %s: the interpreter does not match a %s passed in an any; pass the value as %s", types.ExprString(n.Type), t.Underlying(), types.ExprString(n.Type), types.ExprString(n.Type))
				}
			}
		case *ast.CallExpr:
			why = refuseCall(f, n, info, dyn)
		}
		return true
	})
	return why
}

// refuseCall: calls that show a type declared in the program by name — the
// interpreter names it by its structure (struct { X int } for main.point)
// and renames unexported fields.
func refuseCall(file *ast.File, call *ast.CallExpr, info *types.Info, dyn *check.DynamicTypes) string {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "new" && len(call.Args) == 1 && !info.Types[call.Args[0]].IsType() {
			if p, ok := info.TypeOf(call).(*types.Pointer); ok {
				if _, named := fileTypeName(file)(p.Elem()); named {
					return "" // check.NewExprs lowers it
				}
			}
			return "new(expr) of a value whose type the program cannot name (Go 1.26) is not supported yet: write v := expr and take &v"
		}
		return ""
	}
	if a, fn, typ := check.MisprintedFormat(call, info, dyn); a != nil {
		if strings.ContainsAny(typ, "[]*{") {
			return fmt.Sprintf("%s with %%T, %%+v or %%#v of %s, which holds a struct without a name with unexported fields: the interpreter renames those fields (k shows as Xk) and prints their tags. Not supported yet: print the fields you want, or use %%v", fn, typ)
		}
		return fmt.Sprintf("%s with %%T, %%+v or %%#v of main.%s, a type declared in the program: the interpreter prints its name and fields unlike Go", fn, typ)
	}
	return ""
}

// programType names t when it is, or points to, a named type declared in
// the program (package main), or "".
func programType(t types.Type) string {
	if t == nil {
		return ""
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" {
		return "main." + n.Obj().Name()
	}
	return ""
}

// fileTypeName writes a type as the program's text names it: its own types
// by name, other packages' by the name f imports them under (false when f
// does not import one).
func fileTypeName(f *ast.File) func(types.Type) (string, bool) {
	return func(t types.Type) (string, bool) {
		ok := true
		s := types.TypeString(check.HiddenTags(t), func(p *types.Package) string {
			if p.Path() == "main" {
				return ""
			}
			for _, is := range f.Imports {
				if path, _ := strconv.Unquote(is.Path.Value); path == p.Path() {
					if is.Name != nil {
						return is.Name.Name
					}
					return p.Name()
				}
			}
			ok = false
			return p.Name()
		})
		return s, ok
	}
}

// namedBasicWithMethods reports whether t is a type of the program with
// methods and a basic underlying type (type Celsius float64 with String).
func namedBasicWithMethods(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Name() != "main" || n.NumMethods() == 0 {
		return false
	}
	_, basic := n.Underlying().(*types.Basic)
	return basic
}
