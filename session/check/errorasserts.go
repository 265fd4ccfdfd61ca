package check

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
)

// ErrorAsserts returns, for a cell, the lowerings of assertions of an
// interface value to error (r.(error), e, ok := v.(error)): the
// interpreter's answered false for a value of a cell's type with an Error
// method (a recovered panic value, an any), silently. They become calls of
// the session's __divergoAsError, which asks for the session's error types
// one by one (package session's errorAsserts), or __divergoMustError for
// the form without ok:
//
//	e, ok := r.(error)   →   e, ok := __divergoAsError(r)
//	err := r.(error)     →   err := __divergoMustError(r)
func ErrorAsserts(f *ast.File, info *types.Info) []Span {
	if !treeHolds(f, hasAssert) {
		return nil // nothing of the kind to lower (walk.go)
	}
	commaOk := commaOkAsserts(f)
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil {
			return true
		}
		target, ok := info.Types[ta.Type]
		if !ok || !types.Identical(target.Type, errorType) {
			return true
		}
		if from := info.TypeOf(ta.X); from == nil || !types.IsInterface(from) || hasTypeParam(from) {
			return true
		}
		fn := "__divergoMustError("
		if commaOk[ta] {
			fn = "__divergoAsError("
		}
		spans = append(spans, Span{ta.X.Pos(), ta.X.Pos(), fn}, Span{ta.X.End(), ta.End(), ")"})
		return true
	})
	return spans
}

// NilAsserts returns, for a cell, the lowerings of assertions of an
// interface value to an interface of another package with methods, error
// aside (ErrorAsserts'): x.(fmt.Stringer), _, ok := x.(io.Reader). The
// interpreter's assertion of a nil interface value to such a type failed
// in reflect ("call of reflect.Value.Type on zero Value"), in the comma-ok
// form too, where Go answers false, and recover gave reflect's message
// for Go's "interface conversion: interface is nil, not fmt.Stringer". A
// function literal answers for nil, and asks the interpreter otherwise:
//
//	s, ok := x.(fmt.Stringer)   →   s, ok := func(__x any) (fmt.Stringer, bool) { if __x == nil { return nil, false }; __w, __ok := __x.(fmt.Stringer); return __w, __ok }(x)
//	s := x.(fmt.Stringer)       →   s := func(__x any) fmt.Stringer { if __x == nil { panic(__divergo.AssertionFailed(nil, "", "", "fmt.Stringer")) }; return __x.(fmt.Stringer) }(x)
//
// typeName writes a type as the cell can name it; an interface it cannot
// name is left alone.
func NilAsserts(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) []Span {
	if !treeHolds(f, hasAssert) {
		return nil // nothing of the kind to lower (walk.go)
	}
	commaOk := commaOkAsserts(f)
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil {
			return true
		}
		target, ok := info.Types[ta.Type]
		if !ok || !target.IsType() || types.Identical(target.Type, errorType) || !nativeInterface(target.Type) || hasTypeParam(target.Type) {
			return true
		}
		if from := info.TypeOf(ta.X); from == nil || !types.IsInterface(from) || hasTypeParam(from) {
			return true
		}
		name, ok := typeName(target.Type)
		if !ok {
			return true
		}
		open := "func(__x any) (" + name + ", bool) { if __x == nil { return nil, false }; __w, __ok := __x.(" + name + "); return __w, __ok }("
		if !commaOk[ta] {
			open = fmt.Sprintf("func(__x any) %s { if __x == nil { panic(__divergo.AssertionFailed(nil, \"\", \"\", %q)) }; return __x.(%[1]s) }(", name, runtimeName(target.Type))
		}
		spans = append(spans, Span{ta.X.Pos(), ta.X.Pos(), open}, Span{ta.X.End(), ta.End(), ")"})
		return true
	})
	return spans
}

// AsError is v.(error) in Go: the session's __divergoAsError asks it
// after the session's own error types (package session's errorTypes).
func AsError(v any) (error, bool) {
	e, ok := v.(error)
	return e, ok
}

// ErrorAssertRefusal returns, for a cell, an assertion of an interface
// value to error while a type of the session that is not a struct has an
// Error method (type Code int), and the refusal's message: the
// interpreter's assertion to such a type matches its underlying type's
// values too, so the session's __divergoAsError leaves them out, and a
// Code would be no error, silently.
func ErrorAssertRefusal(f *ast.File, info *types.Info) (ast.Node, string) {
	if !treeHolds(f, hasAssert|hasCase) {
		return nil, "" // nothing of the kind to lower (walk.go)
	}
	var at *ast.TypeAssertExpr
	inspect(f, func(n ast.Node) bool {
		if ta, ok := n.(*ast.TypeAssertExpr); ok && at == nil && ta.Type != nil {
			if tv, ok := info.Types[ta.Type]; ok && types.Identical(tv.Type, errorType) {
				if from := info.TypeOf(ta.X); from != nil && types.IsInterface(from) && !hasTypeParam(from) {
					at = ta
				}
			}
		}
		return at == nil
	})
	var where ast.Node = at
	if at == nil {
		where = caseError(f, info) // CellTypeSwitches asks __divergoAsError
	}
	if where == nil {
		return nil, ""
	}
	errType := errorType.Underlying().(*types.Interface)
	var names []string
	under := map[string]string{}
	for _, obj := range info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.Pkg() == nil || tn.Pkg().Path() != pkgPath || tn.Parent() != tn.Pkg().Scope() || tn.IsAlias() {
			continue
		}
		if _, isStruct := tn.Type().Underlying().(*types.Struct); isStruct || types.IsInterface(tn.Type()) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			continue
		}
		if types.Implements(tn.Type(), errType) || types.Implements(types.NewPointer(tn.Type()), errType) {
			names = append(names, tn.Name())
			under[tn.Name()] = typeString(tn.Type().Underlying())
		}
	}
	if len(names) == 0 {
		return nil, ""
	}
	sort.Strings(names)
	return where, fmt.Sprintf("asserting to error while %s, %s type with an Error method, is declared in a cell: the interpreter cannot tell a %[1]s from its underlying type's values in an interface, and the assertion would answer unlike Go. Not supported yet in cells: make %[1]s a struct type (type %[1]s struct{ … }), assert to %[1]s itself, or run the code as a program (divergo run)",
		names[0], article(under[names[0]]))
}

// commaOkAsserts are f's assertions written in the comma-ok form (v, ok
// := x.(T), in an assignment or a var declaration).
func commaOkAsserts(f *ast.File) map[*ast.TypeAssertExpr]bool {
	commaOk := map[*ast.TypeAssertExpr]bool{}
	inspect(f, func(n ast.Node) bool {
		var rhs []ast.Expr
		var lhs int
		switch n := n.(type) {
		case *ast.AssignStmt:
			rhs, lhs = n.Rhs, len(n.Lhs)
		case *ast.ValueSpec:
			rhs, lhs = n.Values, len(n.Names)
		}
		if len(rhs) == 1 && lhs == 2 {
			if ta, ok := ast.Unparen(rhs[0]).(*ast.TypeAssertExpr); ok {
				commaOk[ta] = true
			}
		}
		return true
	})
	return commaOk
}
