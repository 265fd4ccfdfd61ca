package check

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"strings"
)

// FuncValues lowers a function of the session standing alone as a cell's
// value (f, after func f(x int) int {…}): the interpreter gave its own
// node there, which the cell showed field by field. Converted to its
// type, it is a function value, shown as fmt shows one (its address), as
// a variable holding it is:
//
//	f   →   (func(x int) int)(f)
func FuncValues(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) []Span {
	var spans []Span
	for _, es := range cellValues(f) {
		var id *ast.Ident
		switch x := ast.Unparen(es.X).(type) {
		case *ast.Ident:
			id = x
		case *ast.SelectorExpr:
			id = x.Sel
		}
		fn, ok := info.Uses[id].(*types.Func)
		if id == nil || !ok || fn.Pkg() == nil || fn.Pkg().Path() != pkgPath {
			continue
		}
		if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() != nil || sig.TypeParams().Len() > 0 {
			continue
		}
		name, ok := typeName(fn.Type())
		if !ok {
			continue
		}
		spans = append(spans, Span{es.X.Pos(), es.X.Pos(), "(" + name + ")("}, Span{es.X.End(), es.X.End(), ")"})
	}
	return spans
}

// cellValues are the expression statements at a cell's top level (in
// the function __cell the checker wraps its statements in): the values
// the cell shows.
func cellValues(f *ast.File) []*ast.ExprStmt {
	var out []*ast.ExprStmt
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Name.Name != "__cell" || fd.Body == nil {
			continue
		}
		for _, st := range fd.Body.List {
			if es, ok := st.(*ast.ExprStmt); ok {
				out = append(out, es)
			}
		}
	}
	return out
}

// OverflowingValue finds a cell's value that is an untyped constant its
// default type cannot hold (1 << 70 is an int): Go rejects it wherever it
// is used as a value, the interpreter stopped with a panic. It returns
// the expression and Go's message, or nil.
func OverflowingValue(f *ast.File, info *types.Info) (ast.Node, string) {
	for _, es := range cellValues(f) {
		tv := info.Types[es.X]
		b, ok := tv.Type.(*types.Basic)
		if tv.Value == nil || !ok || b.Info()&types.IsUntyped == 0 {
			continue
		}
		def := types.Default(b).(*types.Basic)
		overflows := false
		switch {
		case def.Info()&types.IsInteger != 0:
			_, exact := constant.Int64Val(constant.ToInt(tv.Value))
			overflows = !exact
		case def.Info()&types.IsFloat != 0:
			f, _ := constant.Float64Val(tv.Value)
			overflows = math.IsInf(f, 0)
		}
		if overflows {
			return es.X, fmt.Sprintf("cannot use %s (untyped %s constant %s) as %s value (overflows)", types.ExprString(es.X), strings.TrimPrefix(b.Name(), "untyped "), tv.Value.String(), def.Name())
		}
	}
	return nil, ""
}

// EmptyCommaOk lowers, at a cell's top level, a comma-ok read of a map or
// a receive whose value is an empty struct (_, in := set["a"] of a
// map[string]struct{}; v, ok := <-done of a chan struct{}): the
// interpreter's compiler stopped there ("internal error: nil type"),
// where inside a function it does not. The read runs in a function
// literal:
//
//	_, in := set["a"]   →   _, in := func() (struct{}, bool) { __v, __ok := set["a"]; return __v, __ok }()
func EmptyCommaOk(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) []Span {
	var spans []Span
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Name.Name != "__cell" || fd.Body == nil {
			continue
		}
		for _, st := range fd.Body.List {
			as, ok := st.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
				continue
			}
			var elem types.Type
			switch r := ast.Unparen(as.Rhs[0]).(type) {
			case *ast.IndexExpr:
				if m, ok := under(info.TypeOf(r.X)).(*types.Map); ok {
					elem = m.Elem()
				}
			case *ast.UnaryExpr:
				if c, ok := under(info.TypeOf(r.X)).(*types.Chan); ok && r.Op == token.ARROW {
					elem = c.Elem()
				}
			}
			if s, ok := under(elem).(*types.Struct); !ok || s.NumFields() != 0 {
				continue
			}
			name, ok := typeName(elem)
			if !ok {
				continue
			}
			r := as.Rhs[0]
			spans = append(spans, Span{r.Pos(), r.Pos(), "func() (" + name + ", bool) { __v, __ok := "},
				Span{r.End(), r.End(), "; return __v, __ok }()"})
		}
	}
	return spans
}
