package check

// This file lowers a cell's type switches with a case of an interface type
// that has methods. The interpreter (yaegi v0.16.1) never took such a case
// for a value of a cell's type, silently: case error: for a cell's error
// type, case fmt.Stringer: for a cell's type with String, went to default.
// Its assertion in the comma-ok form gets these right (v, ok :=
// x.(fmt.Stringer); for error, the session's __divergoAsError, see
// ErrorAsserts), so the switch picks its clause by asking them in the
// clauses' order, and each clause binds its variable itself:
//
//	switch v := x.(type) { case error: A; case int, string: B; default: C }
//	→   switch __tsx7, __tsk7 := func(x any) (any, int) { if x == nil { return x, -1 }; if _, ok := __divergoAsError(x); ok { return x, 0 }; if _, ok := x.(int); ok { return x, 1 }; … return x, -1 }(x); __tsk7 {
//	    case 0: v := __divergoMustError(__tsx7); _ = v; A
//	    case 1: v := __tsx7; _ = v; B
//	    default: v := __tsx7; _ = v; C }
//
// An assertion to an interface that a type of the session implements is
// judged as x.(I) is (Boundary's assertInterface refuses what it must).
// A switch with an init statement keeps it, in a switch of its own around
// (switch init; true { default: switch … } }).

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// CellTypeSwitches returns the lowerings of a cell's type switches with an
// interface case (see above), or the first such switch it cannot lower and
// why. typeName writes a type as the cell can name it.
func CellTypeSwitches(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) (ast.Node, string, []Span) {
	return typeSwitches(f, info, typeName, true)
}

// NilCaseSwitches lowers, in a program, a type switch on a value of an
// interface type of the program with a case nil, as CellTypeSwitches
// does: the interpreter never took case nil for a nil value of such an
// interface (switch e.(type) { case nil: } of a nil Expr went to
// default), silently. (A switch with an interface case is
// InterfaceAsserts'.)
func NilCaseSwitches(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) (ast.Node, string, []Span) {
	return typeSwitches(f, info, typeName, false)
}

// typeSwitches lowers the type switches with a case of an interface type
// with methods (interfaces: a cell's) and those on a value of the
// program's interface type with a case nil.
func typeSwitches(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool), interfaces bool) (ast.Node, string, []Span) {
	if !treeHolds(f, hasAssert) {
		return nil, "", nil // nothing of the kind to lower (walk.go)
	}
	var at ast.Node
	var msg string
	var spans []Span
	errType := errorType
	inspect(f, func(n ast.Node) bool {
		if at != nil {
			return false
		}
		ts, ok := n.(*ast.TypeSwitchStmt)
		if !ok {
			return true
		}
		x := SwitchOperand(ts)
		if x == nil || hasTypeParam(info.TypeOf(x)) {
			return true
		}
		if interfaceCases(ts, info) {
			if !interfaces {
				return true // InterfaceAsserts'
			}
		} else if !programInterface(info.TypeOf(x)) || !nilCase(ts, info) {
			return true
		}
		refuse := func(why string) {
			at, msg = ts, "a type switch with a case of an interface type with methods: the interpreter never takes such a case for a value of a cell's type, and "+why+". Not supported yet: test the cases one by one, v, ok := x.(I)"
		}
		xType, ok := typeName(info.TypeOf(x))
		if !ok {
			refuse("the switch's operand's type cannot be written here")
			return false
		}
		bound := ""
		if as, ok := ts.Assign.(*ast.AssignStmt); ok {
			bound = as.Lhs[0].(*ast.Ident).Name
		}
		v, k := fmt.Sprintf("__tsx%d", int(ts.Pos())), fmt.Sprintf("__tsk%d", int(ts.Pos()))
		var pick strings.Builder
		fmt.Fprintf(&pick, "%s, %s := func(x %s) (%[3]s, int) { ", v, k, xType)
		nilClause := -1
		for i, c := range ts.Body.List {
			for _, e := range c.(*ast.CaseClause).List {
				if info.Types[e].IsNil() && nilClause < 0 {
					nilClause = i
				}
			}
		}
		fmt.Fprintf(&pick, "if x == nil { return x, %d }; ", nilClause)
		var clauses []Span
		for i, c := range ts.Body.List {
			cc := c.(*ast.CaseClause)
			binding := v
			if len(cc.List) == 1 && !info.Types[cc.List[0]].IsNil() {
				t := info.TypeOf(cc.List[0])
				name, ok := typeName(t)
				if !ok {
					refuse("a case's type cannot be written here")
					return false
				}
				switch {
				case types.Identical(t, errType):
					binding = "__divergoMustError(" + v + ")"
				case types.IsInterface(t):
					binding = "func() " + name + " { w, _ := " + v + ".(" + name + "); return w }()"
				default:
					binding = v + ".(" + name + ")"
				}
			}
			for _, e := range cc.List {
				if info.Types[e].IsNil() {
					continue
				}
				t := info.TypeOf(e)
				name, ok := typeName(t)
				if !ok {
					refuse("a case's type cannot be written here")
					return false
				}
				if types.Identical(t, errType) {
					fmt.Fprintf(&pick, "if _, ok := __divergoAsError(x); ok { return x, %d }; ", i)
				} else {
					fmt.Fprintf(&pick, "if _, ok := x.(%s); ok { return x, %d }; ", name, i)
				}
			}
			if cc.List != nil {
				clauses = append(clauses, Span{cc.Pos(), cc.Colon, fmt.Sprintf("case %d", i)})
			}
			if bound != "" {
				clauses = append(clauses, Span{cc.Colon + 1, cc.Colon + 1, fmt.Sprintf(" %s := %s; _ = %[1]s;", bound, binding)})
			}
		}
		pick.WriteString("return x, -1 }(")
		// The clause's number in a variable, the switch's tag a name: the
		// interpreter read a computed tag after an init statement as zero.
		if ts.Init != nil {
			spans = append(spans, Span{ts.Pos(), ts.Init.Pos(), "switch "},
				Span{ts.Init.End(), x.Pos(), "; true { default: switch " + pick.String()},
				Span{ts.End(), ts.End(), " }"})
		} else {
			spans = append(spans, Span{ts.Pos(), x.Pos(), "switch " + pick.String()})
		}
		spans = append(spans, Span{x.End(), ts.Body.Lbrace + 1, "); " + k + " {"})
		spans = append(spans, clauses...)
		return true
	})
	if at != nil {
		return at, msg, nil
	}
	return nil, "", spans
}

// caseError returns a case error of a type switch of f, or nil.
func caseError(f *ast.File, info *types.Info) ast.Node {
	var at ast.Node
	errType := errorType
	inspect(f, func(n ast.Node) bool {
		if cc, ok := n.(*ast.CaseClause); ok && at == nil {
			for _, e := range cc.List {
				// A type as a case: a type switch's.
				if tv, ok := info.Types[e]; ok && tv.IsType() && types.Identical(tv.Type, errType) {
					at = e
				}
			}
		}
		return at == nil
	})
	return at
}

// UnboundTypeSwitches lowers a type switch that binds no variable and has
// a case of a composite type of empty interfaces or an empty struct
// (case []any:, case map[string]any:, case struct{}:): the interpreter
// never took such a case, silently, where it does once the switch binds
// its value:
//
//	switch v.(type) {   →   switch __tsb7 := v.(type) {
//	case []any:         →   case []any: _ = __tsb7;
//
// A switch CellTypeSwitches lowers (skip) is left to it.
func UnboundTypeSwitches(f *ast.File, info *types.Info, skip func(*ast.TypeSwitchStmt) bool) []Span {
	if !treeHolds(f, hasAssert) {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSwitchStmt)
		if !ok {
			return true
		}
		es, unbound := ts.Assign.(*ast.ExprStmt)
		if !unbound || skip != nil && skip(ts) {
			return true
		}
		needs := false
		for _, c := range ts.Body.List {
			for _, e := range c.(*ast.CaseClause).List {
				if t := info.TypeOf(e); t != nil && !info.Types[e].IsNil() && holdsEmpty(t, true) {
					needs = true
				}
			}
		}
		if !needs {
			return true
		}
		v := fmt.Sprintf("__tsb%d", int(ts.Pos()))
		spans = append(spans, Span{es.Pos(), es.Pos(), v + " := "})
		for _, c := range ts.Body.List {
			cc := c.(*ast.CaseClause)
			spans = append(spans, Span{cc.Colon + 1, cc.Colon + 1, " _ = " + v + ";"})
		}
		return true
	})
	return spans
}

// holdsEmpty reports whether t is an empty struct, or a composite type
// made of empty interfaces or empty structs (not an interface itself when
// top).
func holdsEmpty(t types.Type, top bool) bool {
	switch u := types.Unalias(t).(type) {
	case *types.Interface:
		return !top && u.Empty()
	case *types.Struct:
		return u.NumFields() == 0
	case *types.Slice:
		return holdsEmpty(u.Elem(), false)
	case *types.Array:
		return holdsEmpty(u.Elem(), false)
	case *types.Pointer:
		return holdsEmpty(u.Elem(), false)
	case *types.Map:
		return holdsEmpty(u.Key(), false) || holdsEmpty(u.Elem(), false)
	case *types.Chan:
		return holdsEmpty(u.Elem(), false)
	}
	return false
}

// nilCase reports whether a type switch has a case nil.
func nilCase(ts *ast.TypeSwitchStmt, info *types.Info) bool {
	for _, c := range ts.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			if info.Types[e].IsNil() {
				return true
			}
		}
	}
	return false
}

// interfaceCases reports whether a type switch has a case of an interface
// type with methods (CellTypeSwitches').
func interfaceCases(ts *ast.TypeSwitchStmt, info *types.Info) bool {
	for _, c := range ts.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			if it, ok := under(info.TypeOf(e)).(*types.Interface); ok && it.NumMethods() > 0 && !info.Types[e].IsNil() {
				return true
			}
		}
	}
	return false
}
