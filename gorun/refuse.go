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
	"sort"
	"strconv"
	"strings"

	"github.com/divergo/divergo/session/check"
)

// refuse returns why the program cannot run as Go runs it, or "".
func refuse(f *ast.File, info *types.Info, src []byte) string {
	if f == nil || info == nil {
		return ""
	}
	if at, msg, _ := check.BoundaryTypes(f, info, "the program", fileTypeName(f), "__gorunrt", check.NewDynamicTypes(f, info, fileTypeName(f))); at != nil {
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
		at, msg = check.SourceLocationsBut(f, info, "the program")
	}
	if at == nil {
		if _, use := check.LogPositions(f, info, "", "", func(token.Pos) int { return 0 }, nil); use != nil {
			at, msg = use, "log's Lshortfile or Llongfile with log's printing used other than called (a method value, or Output with its call depth): the interpreter runs the program, and log would name a file and line of the interpreter's own. Not supported: call log's functions directly"
		}
	}
	if at == nil {
		at, msg, _ = check.PredeclaredNames(f, info, nil)
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
		at, msg = check.NativeDefinedType(f, info, fileTypeName(f), true)
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
			empty := emptyInterfaceSwitch(n, info)
			for _, c := range n.Body.List {
				for _, x := range c.(*ast.CaseClause).List {
					if t := info.TypeOf(x); t != nil && types.IsInterface(t) {
						why = fmt.Sprintf("a type switch case of an interface type (case %s:) is never matched by the interpreter: use v, ok := x.(%s)", types.ExprString(x), types.ExprString(x))
					} else if t != nil && empty && namedBasicWithMethods(t) {
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

// emptyInterfaceSwitch reports whether the type switch n is on a value of
// an interface type without methods (an any). The interpreter does not
// match a case of a named basic type with methods (type MyErr string with
// Error) there; on an interface with methods (error, fmt.Stringer) the
// boundary pass (check.Boundary's typeSwitch) lowers the switch into
// assertions, which match as Go's. Before, divergo run refused
// switch e.(type) { case MyErr: } with e an error, though it runs as Go
// runs it once lowered.
func emptyInterfaceSwitch(n *ast.TypeSwitchStmt, info *types.Info) bool {
	x := check.SwitchOperand(n)
	it, ok := info.TypeOf(x).Underlying().(*types.Interface)
	return !ok || it.NumMethods() == 0
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

// basicImplementerAssert returns an assertion of an interface value to an
// interface type with methods (x.(error), x.(fmt.Stringer), case Shape:
// of a type switch) that a type of the program with a basic underlying
// type implements (type Code int with Error, or *Counter with Inc), and
// the refusal's message. The interpreter keeps no name for such a value
// in an interface, so its assertion to the interface answers unlike Go's:
// a Code held in an error and asserted to fmt.Stringer gave a nil
// Stringer (Go: the Code), a MyErr passed in an any and asserted to error
// gave a nil error with ok true, and a *Counter made the program stop with
// "reflect.Set: value of type *bool is not assignable to type *int".
// check.InterfaceAsserts lowers the assertions to the program's struct
// types and leaves these to the interpreter; the cells refuse them too
// (check.ErrorAssertRefusal). Before, divergo run printed <nil> or
// "%!v(PANIC=Error method: reflect.Set: …)" where go run printed the value.
func basicImplementerAssert(f *ast.File, info *types.Info) (ast.Node, string) {
	var basics []*types.Named
	for _, obj := range info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || tn.Pkg() == nil || tn.Pkg().Path() != "main" {
			continue
		}
		if !namedBasicWithMethods(tn.Type()) && !namedBasicWithMethods(types.NewPointer(tn.Type())) {
			continue
		}
		basics = append(basics, tn.Type().(*types.Named))
	}
	if len(basics) == 0 {
		return nil, ""
	}
	sort.Slice(basics, func(i, j int) bool { return basics[i].Obj().Pos() < basics[j].Obj().Pos() })
	var at ast.Node
	var msg string
	judge := func(x ast.Expr, typ ast.Expr) {
		from, to := info.TypeOf(x), info.TypeOf(typ)
		if at != nil || from == nil || to == nil || !types.IsInterface(from) || info.Types[typ].IsNil() {
			return
		}
		it, ok := to.Underlying().(*types.Interface)
		if !ok || it.NumMethods() == 0 || generic(to) || generic(from) {
			return
		}
		if c, ok := ast.Unparen(x).(*ast.CallExpr); ok && len(c.Args) == 1 && info.Types[c.Fun].IsType() {
			// any(s).(fmt.Stringer) with s a fmt.Stringer: the value
			// keeps the interface s had, whose assertion the interpreter
			// answers as Go's.
			if inner, ok := info.TypeOf(c.Args[0]).Underlying().(*types.Interface); ok && types.Implements(info.TypeOf(c.Args[0]), it) && inner.NumMethods() > 0 {
				return
			}
		}
		held := from.Underlying().(*types.Interface)
		for _, n := range basics {
			if !types.Implements(n, held) && !types.Implements(types.NewPointer(n), held) {
				continue // a value of n cannot be in x (Temp in an error)
			}
			var shown types.Type = n
			if !types.Implements(n, it) {
				if !types.Implements(types.NewPointer(n), it) {
					continue
				}
				shown = types.NewPointer(n)
			}
			name := types.TypeString(shown, qualifier)
			at = typ
			msg = fmt.Sprintf("asserting %[1]s to %[2]s, which %[3]s implements: %[4]s is a type with methods whose underlying type is %[5]s, and the interpreter keeps no name for its values in an interface, so its assertion to %[2]s answers unlike Go's (a nil %[2]s, or a crash). Not supported: assert to the concrete type (v.(%[3]s)), or give %[4]s a struct underlying type (type %[4]s struct{ … })",
				types.TypeString(from, qualifier), types.TypeString(to, qualifier), name, n.Obj().Name(), n.Underlying())
			return
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if at != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			if n.Type != nil {
				judge(n.X, n.Type)
			}
		case *ast.TypeSwitchStmt:
			x := check.SwitchOperand(n)
			for _, c := range n.Body.List {
				for _, t := range c.(*ast.CaseClause).List {
					judge(x, t)
				}
			}
		}
		return true
	})
	return at, msg
}

// qualifier writes the program's types without a package and other
// packages' by their name (fmt.Stringer).
func qualifier(p *types.Package) string {
	if p.Path() == "main" {
		return ""
	}
	return p.Name()
}

// generic reports whether t holds a type parameter (an assertion inside a
// generic function, which the copies of lowerGenericFuncs judge).
func generic(t types.Type) bool {
	found := false
	var walk func(types.Type)
	walk = func(t types.Type) {
		if found || t == nil {
			return
		}
		switch t := t.(type) {
		case *types.TypeParam:
			found = true
		case *types.Named:
			for i := 0; i < t.TypeArgs().Len(); i++ {
				walk(t.TypeArgs().At(i))
			}
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		}
	}
	walk(t)
	return found
}
