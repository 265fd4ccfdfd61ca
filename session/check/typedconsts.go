package check

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// TypedConsts lowers the declaration of a constant of a declared type
// whose value is computed (Low Priority = iota + 1, and High after it
// repeating it; L Label = "x" + "y"): the interpreter kept such a value
// as an untyped constant of its own, and High == 2 was false, silently
// (a map indexed by it panicked). Each such constant is declared with its
// type and its value, as the checker computed them:
//
//	const ( Low Priority = iota + 1; High )   →   const ( Low Priority = 1; High Priority = 2 )
//
// Integers, strings and booleans; a spec of several names only inside
// parentheses (it becomes several specs). typeName writes a type as f's
// text can name it.
func TypedConsts(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) []Span {
	if !treeHolds(f, hasConst) {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		gd, ok := n.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			return true
		}
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			if parts := typedConstParts(gd, vs, info, typeName); parts != nil {
				spans = append(spans, Span{vs.Names[0].Pos(), specEnd(vs), strings.Join(parts, "; ")})
			}
		}
		return false
	})
	return spans
}

// typedConstParts returns the specs TypedConsts writes for vs, a spec of
// the constant declaration gd, or nil where it leaves vs as it is.
func typedConstParts(gd *ast.GenDecl, vs *ast.ValueSpec, info *types.Info, typeName func(types.Type) (string, bool)) []string {
	if len(vs.Names) > 1 && !gd.Lparen.IsValid() || !computed(vs) {
		return nil
	}
	var parts []string
	for _, name := range vs.Names {
		c, ok := info.Defs[name].(*types.Const)
		if !ok || name.Name == "_" || types.Universe.Lookup(name.Name) != nil {
			return nil
		}
		b, basic := c.Type().Underlying().(*types.Basic)
		if !basic || b.Info()&types.IsUntyped != 0 {
			return nil // an untyped constant: the interpreter's own is right (but IotaSpecs)
		}
		lit, ok := constText(c.Val())
		tn, ok2 := typeName(c.Type())
		if !ok || !ok2 {
			return nil
		}
		parts = append(parts, name.Name+" "+tn+" = "+lit)
	}
	return parts
}

// IotaSpecs lowers a constant declaration holding a spec of several
// names. Go's iota is the index of the spec in the declaration; the
// interpreter counted the names instead, and failed on a spec of several
// names repeating the one before:
//
//	const ( A, B = iota, iota * 10; C = iota; D )   Go: 0 0 1 2, the interpreter 0 0 2 3 (silently)
//	const ( X, Y = iota, iota + 100; Z, W )         the interpreter: "constant definition loop"
//
// In such a declaration each iota is written as the spec's index, and a
// spec that repeats the one before gets its type and values, written
// out with its own index:
//
//	const ( X, Y = iota, iota + 100; Z, W )   →   const ( X, Y = 0, 0 + 100; Z, W = 1, 1 + 100 )
//
// The specs TypedConsts writes out with their values are left to it.
// text gives f's source between two positions.
func IotaSpecs(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool), text func(from, to token.Pos) string) []Span {
	if !treeHolds(f, hasConst) {
		return nil
	}
	iota := types.Universe.Lookup("iota")
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		gd, ok := n.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			return true
		}
		several := false
		for _, sp := range gd.Specs {
			several = several || len(sp.(*ast.ValueSpec).Names) > 1
		}
		if !several {
			return false
		}
		// withIota writes x's text with each iota as index.
		withIota := func(x ast.Expr, index int) string {
			var b strings.Builder
			at := x.Pos()
			ast.Inspect(x, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && info.Uses[id] == iota {
					b.WriteString(text(at, id.Pos()) + strconv.Itoa(index))
					at = id.End()
				}
				return true
			})
			return b.String() + text(at, x.End())
		}
		var typ ast.Expr
		var values []ast.Expr
		for index, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			if len(vs.Values) > 0 {
				typ, values = vs.Type, vs.Values
			}
			if typedConstParts(gd, vs, info, typeName) != nil {
				continue // TypedConsts's
			}
			if len(vs.Values) > 0 {
				for _, v := range vs.Values {
					ast.Inspect(v, func(m ast.Node) bool {
						if id, ok := m.(*ast.Ident); ok && info.Uses[id] == iota {
							spans = append(spans, Span{id.Pos(), id.End(), strconv.Itoa(index)})
						}
						return true
					})
				}
				continue
			}
			if len(values) == 0 {
				continue // an error the checker reported
			}
			var parts []string
			for _, v := range values {
				parts = append(parts, withIota(v, index))
			}
			repeat := " = " + strings.Join(parts, ", ")
			if typ != nil {
				repeat = " " + text(typ.Pos(), typ.End()) + repeat
			}
			// The last name with the values after it (a replacement, not
			// an insertion at the spec's end: a lowering that writes the
			// whole spec out covers it).
			last := vs.Names[len(vs.Names)-1]
			spans = append(spans, Span{last.Pos(), last.End(), last.Name + repeat})
		}
		return false
	})
	return spans
}

// computed reports whether a constant spec's value is worked out: no
// value (it repeats the one before) or one that is not a literal alone.
func computed(vs *ast.ValueSpec) bool {
	if len(vs.Values) == 0 {
		return true
	}
	for _, v := range vs.Values {
		switch x := ast.Unparen(v).(type) {
		case *ast.BasicLit:
		case *ast.UnaryExpr:
			if _, lit := ast.Unparen(x.X).(*ast.BasicLit); !lit {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// specEnd is the end of a spec's text, its comment left out.
func specEnd(vs *ast.ValueSpec) token.Pos {
	end := vs.Names[len(vs.Names)-1].End()
	if vs.Type != nil {
		end = vs.Type.End()
	}
	if len(vs.Values) > 0 {
		end = vs.Values[len(vs.Values)-1].End()
	}
	return end
}

// constText writes an integer, string or boolean constant as Go source.
func constText(v constant.Value) (string, bool) {
	switch v.Kind() {
	case constant.Int:
		return v.ExactString(), true
	case constant.String:
		return strconv.Quote(constant.StringVal(v)), true
	case constant.Bool:
		return v.ExactString(), true
	}
	return "", false
}
