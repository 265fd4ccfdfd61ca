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
			if len(vs.Names) > 1 && !gd.Lparen.IsValid() {
				continue
			}
			if !computed(vs) {
				continue
			}
			var parts []string
			for _, name := range vs.Names {
				c, ok := info.Defs[name].(*types.Const)
				if !ok || name.Name == "_" || types.Universe.Lookup(name.Name) != nil {
					parts = nil
					break
				}
				b, basic := c.Type().Underlying().(*types.Basic)
				if !basic || b.Info()&types.IsUntyped != 0 {
					parts = nil
					break // an untyped constant: the interpreter's own is right
				}
				lit, ok := constText(c.Val())
				tn, ok2 := typeName(c.Type())
				if !ok || !ok2 {
					parts = nil
					break
				}
				parts = append(parts, name.Name+" "+tn+" = "+lit)
			}
			if parts == nil {
				continue
			}
			spans = append(spans, Span{vs.Names[0].Pos(), specEnd(vs), strings.Join(parts, "; ")})
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
