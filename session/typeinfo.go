package session

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session/run"
)

// The helpers here look at values and types of the session without running
// anything a cell did not ask for: they evaluate only expressions without
// calls or channel receives (identifiers, selectors, literals, operators,
// indexing), which cannot have side effects.

// sideEffectFree reports whether evaluating x cannot have side effects: no
// calls (function literals are not run by evaluating them), no receives.
func sideEffectFree(x ast.Expr) bool {
	ok := true
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			ok = false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// evalShow compiles and runs __divergo.Show(src) and returns the values.
// Only for side-effect-free src.
func (s *Session) evalShow(ctx context.Context, src string) ([]any, error) {
	defer run.ReleaseRoots(s.in)
	prog, err := s.compile("__divergo.Show(" + src + ")")
	if err != nil {
		return nil, cleanCompileError(err)
	}
	s.captured, s.showing = nil, false
	if _, err := s.in.ExecuteWithContext(ctx, prog); err != nil {
		return nil, &Error{Msg: panicMessage(err)}
	}
	if !s.showing {
		return nil, errors.New("no value")
	}
	return append([]any(nil), s.captured...), nil
}

// cleanCompileError drops the position of yaegi's message about a
// generated source.
func cleanCompileError(err error) error {
	var nt nilTypeError
	if errors.As(err, &nt) {
		return nt
	}
	msg := firstLine(err.Error())
	if _, _, rest, ok := splitPos(msg); ok {
		msg = rest
	}
	msg = strings.ReplaceAll(msg, "__divergo.", "")
	return &Error{Msg: msg}
}

// staticType is the type of a side-effect-free expression as Go declares
// it (the type of a variable initialised with it), found by evaluating it.
func (s *Session) staticType(ctx context.Context, src string) (reflect.Type, error) {
	vals, err := s.evalShow(ctx, "func() interface{} { __divergoT := ("+src+"); return &__divergoT }()")
	if err != nil {
		// yaegi cannot always copy a value of an interpreted type: the
		// value's own (dynamic) type then.
		var err2 error
		if vals, err2 = s.evalShow(ctx, src); err2 != nil || len(vals) != 1 || vals[0] == nil {
			return nil, err
		}
		return reflect.TypeOf(vals[0]), nil
	}
	if len(vals) != 1 || vals[0] == nil {
		return nil, errors.New("no value")
	}
	t := reflect.TypeOf(vals[0])
	if t.Kind() != reflect.Pointer {
		return t, nil
	}
	return t.Elem(), nil
}

// isTypeExpr reports whether x is a type of the session: a predeclared or
// declared type name, a package's type, or a type literal.
func (s *Session) isTypeExpr(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident:
		if s.names[x.Name] != "" {
			return s.names[x.Name] == "type"
		}
		switch x.Name {
		case "any", "bool", "byte", "complex64", "complex128", "error", "float32", "float64", "int", "int8",
			"int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr":
			return true
		}
	case *ast.SelectorExpr:
		pkg, ok := x.X.(*ast.Ident)
		if !ok || s.names[pkg.Name] != "package" {
			return false
		}
		for _, table := range packageTables(s.imports[pkg.Name]) {
			if v, ok := table[x.Sel.Name]; ok {
				// yaegi extract stores a type T as (*T)(nil), a variable
				// as an addressable value.
				return v.Kind() == reflect.Pointer && v.IsNil() && !v.CanAddr()
			}
		}
	case *ast.ParenExpr:
		return s.isTypeExpr(x.X)
	case *ast.StarExpr:
		return s.isTypeExpr(x.X)
	case *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.FuncType, *ast.StructType, *ast.InterfaceType:
		return true
	}
	return false
}

// typeOf answers .type: the type of an expression, found without running
// any function.
func (s *Session) typeOf(ctx context.Context, src string) (string, error) {
	x, err := parser.ParseExpr(src)
	if err != nil {
		msg := err.Error()
		if _, _, rest, ok := splitPos(msg); ok {
			msg = rest
		}
		return "", &Error{Msg: "type: " + msg}
	}
	if s.isTypeExpr(x) {
		if id, ok := x.(*ast.Ident); ok && s.decls[id.Name] != "" {
			return strings.SplitN(s.decls[id.Name], "\n\n", 2)[0], nil
		}
		return src + " is a type", nil
	}
	if id, ok := x.(*ast.Ident); ok && id.Name == "nil" && s.names["nil"] == "" {
		return "untyped nil", nil
	}
	if sideEffectFree(x) {
		t, err := s.staticType(ctx, src)
		if err != nil {
			return "", err
		}
		return s.typeString(ctx, t), nil
	}
	// A call of a function value or a conversion whose operand has no
	// side effects: the function's result types, without calling it.
	if call, ok := ast.Unparen(x).(*ast.CallExpr); ok && sideEffectFree(call.Fun) {
		fun := src[call.Fun.Pos()-1 : call.Fun.End()-1]
		if s.isTypeExpr(call.Fun) {
			return fun, nil
		}
		if t, err := s.staticType(ctx, fun); err == nil && t.Kind() == reflect.Func {
			switch t.NumOut() {
			case 0:
				return "no value: " + fun + " returns nothing", nil
			case 1:
				return s.typeString(ctx, t.Out(0)), nil
			}
			outs := make([]string, t.NumOut())
			for i := range outs {
				outs[i] = s.typeString(ctx, t.Out(i))
			}
			return "(" + strings.Join(outs, ", ") + ")", nil
		}
	}
	return "", &Error{Msg: "cannot tell the type of " + src + " without running it (it calls a function or receives); run x := " + src + " and then .type x"}
}

// typeString is a type as the user would write it: any for interface{},
// the names of the session's declared types for the interpreter's
// anonymous structs.
func (s *Session) typeString(ctx context.Context, t reflect.Type) string {
	if s.typeNames == nil {
		s.typeNames = map[reflect.Type]string{}
		for n, k := range s.names {
			if k != "type" {
				continue
			}
			vals, err := s.evalShow(ctx, "func() interface{} { var __divergoT "+n+"; return &__divergoT }()")
			if err == nil && len(vals) == 1 && vals[0] != nil {
				if pt := reflect.TypeOf(vals[0]); pt.Kind() == reflect.Pointer {
					s.typeNames[pt.Elem()] = n
				}
			}
		}
	}
	var str func(t reflect.Type) string
	str = func(t reflect.Type) string {
		if n, ok := s.typeNames[t]; ok {
			return n
		}
		if t.Name() != "" {
			return t.String()
		}
		switch t.Kind() {
		case reflect.Pointer:
			return "*" + str(t.Elem())
		case reflect.Slice:
			return "[]" + str(t.Elem())
		case reflect.Array:
			return fmt.Sprintf("[%d]%s", t.Len(), str(t.Elem()))
		case reflect.Map:
			return "map[" + str(t.Key()) + "]" + str(t.Elem())
		}
		return strings.ReplaceAll(t.String(), "interface {}", "any")
	}
	return str(t)
}

// shortValue is a value on one line, at most n runes.
func (s *Session) shortValue(v any, n int) string {
	t := s.format(v)
	t = strings.Join(strings.Fields(t), " ")
	if utf8.RuneCountInString(t) > n {
		r := []rune(t)
		t = string(r[:n-1]) + "…"
	}
	return t
}

// varsTable lists the names declared by the session's cells.
func (s *Session) varsTable(ctx context.Context) *display.Table {
	t := display.NewTable("name", "kind", "type", "value")
	t.Digits = s.opts.Digits
	t.MaxRows = -1
	names := make([]string, 0, len(s.names))
	for n, k := range s.names {
		if k == "package" && s.imports[n] != "" && isPreludePackage(s.imports[n]) || strings.HasPrefix(n, "__divergo") {
			continue
		}
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		kind := s.names[n]
		switch kind {
		case "type":
			t.Append(n, kind, shortDef(s.types[n]), "")
		case "package":
			t.Append(n, kind, s.imports[n], "")
		case "func":
			typ := "?"
			if s.generic[n] {
				typ = "generic function"
			} else if rt, err := s.staticType(ctx, n); err == nil {
				typ = s.typeString(ctx, rt)
			}
			t.Append(n, kind, typ, "")
		default:
			typ, val := "?", ""
			if rt, err := s.staticType(ctx, n); err == nil {
				typ = s.typeString(ctx, rt)
			}
			if vals, err := s.evalShow(ctx, n); err == nil && len(vals) == 1 {
				val = s.shortValue(vals[0], 40)
			}
			t.Append(n, kind, typ, val)
		}
	}
	return t
}

// shortDef is a type definition ("T struct { … }") without its name.
func shortDef(def string) string {
	if i := strings.IndexByte(def, ' '); i >= 0 {
		def = def[i+1:]
	}
	if utf8.RuneCountInString(def) > 40 {
		def = string([]rune(def)[:39]) + "…"
	}
	return def
}

func isPreludePackage(path string) bool {
	for _, p := range preludeImports {
		if p == path {
			return true
		}
	}
	return false
}

// valueAt returns the value of an identifier or selector chain (a.b.c) of
// the session, if it names a variable or a field of one, without calling
// anything.
func (s *Session) valueAt(ctx context.Context, chain string) (any, bool) {
	parts := strings.Split(chain, ".")
	root := parts[0]
	switch s.names[root] {
	case "var", "const":
	case "package":
		if len(parts) < 2 { // pkg.Var
			return nil, false
		}
	default:
		if root != "Display" {
			return nil, false
		}
	}
	vals, err := s.evalShow(ctx, chain)
	if err != nil || len(vals) != 1 {
		return nil, false
	}
	return vals[0], true
}
