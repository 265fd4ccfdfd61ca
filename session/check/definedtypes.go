package check

import (
	"go/ast"
	"go/types"
)

// DefinedTypes lowers a type defined from another type of the program
// that has methods (type Q P): Go's Q has P's fields but none of P's
// methods; the interpreter gave Q P's methods too, so that fmt printed a
// Q with P's String, silently. The definition names P's underlying type
// instead, which is the same type for Go:
//
//	type Q P   →   type Q struct{ N int }
//
// An interface type keeps its methods (they are its underlying type's);
// a generic instance is left alone.
func DefinedTypes(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) []Span {
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || ts.Assign.IsValid() || ts.TypeParams != nil {
			return true
		}
		from, ok := types.Unalias(info.TypeOf(ts.Type)).(*types.Named)
		if !ok || from.Obj().Pkg() == nil || from.Obj().Pkg().Path() != pkgPath || from.TypeArgs().Len() > 0 || types.IsInterface(from) {
			return true
		}
		if types.NewMethodSet(types.NewPointer(from)).Len() == 0 {
			return true // no methods to leave behind
		}
		text, ok := typeName(from.Underlying())
		if !ok {
			return true
		}
		spans = append(spans, Span{ts.Type.Pos(), ts.Type.End(), text})
		return true
	})
	return spans
}
