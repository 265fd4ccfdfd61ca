package check

import (
	"fmt"
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

// LateShadow finds, in a cell, a method declared on a type of an earlier
// cell that shadows a method the type already had through an embedded
// field (func (d Dog) Sound() after type Dog struct{ Animal } and
// Animal's Sound): the interpreter keeps the method set it made when the
// type was first used, and went on calling Animal's, silently. It
// returns the method's name and a message, or nil.
func LateShadow(f *ast.File, info *types.Info) (ast.Node, string) {
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) == 0 {
			continue
		}
		t := info.TypeOf(fd.Recv.List[0].Type)
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		named, ok := types.Unalias(t).(*types.Named)
		if !ok || named.Obj().Pos() >= f.FileStart && named.Obj().Pos() < f.FileEnd {
			continue // declared with the method: the interpreter sees both
		}
		st, ok := named.Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := 0; i < st.NumFields(); i++ {
			fd2 := st.Field(i)
			if !fd2.Embedded() {
				continue
			}
			// An embedded interface's methods are its own method set (a
			// pointer to an interface has none: struct{ fmt.Stringer }
			// with a later String kept calling the field's, silently).
			ms := types.NewMethodSet(types.NewPointer(fd2.Type()))
			if types.IsInterface(fd2.Type()) {
				ms = types.NewMethodSet(fd2.Type())
			}
			if ms.Lookup(named.Obj().Pkg(), fd.Name.Name) != nil {
				return fd.Name, fmt.Sprintf("cannot declare %s.%s in a later cell: %[1]s has a %[2]s already, promoted from its embedded %s, and the interpreter keeps the methods it gave %[1]s when it was first used (it would go on calling %[3]s's). Declare the method in the cell that declares %[1]s, or declare %[1]s again under a new name with it",
					named.Obj().Name(), fd.Name.Name, typeString(fd2.Type()))
			}
		}
	}
	return nil, ""
}
