package check

import (
	"fmt"
	"go/ast"
	"go/types"
)

// DefinedTypes lowers a type defined from another named type that has
// methods (type Q P, type Dur time.Duration): Go's Q has P's fields but
// none of P's methods; the interpreter gave Q P's methods too, so that fmt
// printed a Q with P's String, silently (a Dur 5 printed 5ns, Go 5). The
// definition names P's underlying type instead, which is the same type
// for Go:
//
//	type Q P                →   type Q struct{ N int }
//	type Dur time.Duration  →   type Dur int64
//
// An interface type keeps its methods (they are its underlying type's);
// a generic instance is left alone. Another package's type whose
// underlying type the file cannot write (time.Time's, with unexported
// fields) is refused (NativeDefinedType).
func DefinedTypes(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) []Span {
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok {
			return true
		}
		from := definedFrom(ts, info)
		if from == nil {
			return true
		}
		text, ok := typeName(from.Underlying())
		if !ok || from.Obj().Pkg().Path() != pkgPath && foreignFields(from.Underlying(), map[types.Type]bool{}) {
			return true
		}
		spans = append(spans, Span{ts.Type.Pos(), ts.Type.End(), text})
		return true
	})
	return spans
}

// definedFrom returns the named type with methods that ts defines its
// type from (type Q P: P), or nil.
func definedFrom(ts *ast.TypeSpec, info *types.Info) *types.Named {
	if ts.Assign.IsValid() || ts.TypeParams != nil {
		return nil
	}
	from, ok := types.Unalias(info.TypeOf(ts.Type)).(*types.Named)
	if !ok || from.Obj().Pkg() == nil || from.TypeArgs().Len() > 0 || types.IsInterface(from) {
		return nil
	}
	if types.NewMethodSet(types.NewPointer(from)).Len() == 0 {
		return nil // no methods to leave behind
	}
	return from
}

// NativeDefinedType refuses a type defined from another package's type
// with methods whose underlying type the file cannot write (type Stamp
// time.Time, whose struct has unexported fields), which DefinedTypes
// cannot lower, when its values may leave the program's own method calls
// (valuesLeave; a cell's, whose later cells are not known yet, always):
// the interpreter would give Stamp time.Time's methods,
// and fmt would print a Stamp with time.Time's String where Go prints its
// fields.
func NativeDefinedType(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool), program bool) (ast.Node, string) {
	var at ast.Node
	var msg string
	inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || at != nil {
			return at == nil
		}
		from := definedFrom(ts, info)
		if from == nil || from.Obj().Pkg().Path() == pkgPath {
			return true
		}
		if _, ok := typeName(from.Underlying()); ok && !foreignFields(from.Underlying(), map[types.Type]bool{}) {
			return true
		}
		if def, ok := info.Defs[ts.Name].(*types.TypeName); program && (!ok || !valuesLeave(f, info, def)) {
			return true // only its own methods called: none of time.Time's runs
		}
		name := from.Obj().Pkg().Name() + "." + from.Obj().Name()
		at, msg = ts.Type, fmt.Sprintf("type %s %s: Go's %[1]s has none of %[2]s's methods; the interpreter would give it them (fmt would print a %[1]s with %[2]s's methods, where Go prints its fields). Not supported: hold the value in a struct field (type %[1]s struct{ t %[2]s }), or use %[2]s itself",
			ts.Name.Name, name)
		return false
	})
	return at, msg
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

// valuesLeave reports whether a value holding one of type tn (a *tn, a
// struct with a tn field: mentionsType) may reach code that could call
// its methods through an interface: an argument of a call, a value
// stored in a composite literal, sent, returned, or assigned to a
// variable of an interface type. A type whose values only have their own
// methods called (tv.decode()) runs as Go whatever methods the
// interpreter gave it.
func valuesLeave(f *ast.File, info *types.Info, tn *types.TypeName) bool {
	is := func(x ast.Expr) bool {
		u := info.TypeOf(x)
		return u != nil && mentionsType(u, tn, map[types.Type]bool{})
	}
	found := false
	inspect(f, func(n ast.Node) bool {
		if found {
			return false
		}
		var xs []ast.Expr
		switch n := n.(type) {
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; !ok || !tv.IsType() {
				xs = n.Args
			}
		case *ast.CompositeLit:
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					xs = append(xs, kv.Key, kv.Value)
				} else {
					xs = append(xs, e)
				}
			}
		case *ast.SendStmt:
			xs = []ast.Expr{n.Value}
		case *ast.ReturnStmt:
			xs = n.Results
		case *ast.AssignStmt:
			for i, r := range n.Rhs {
				if i < len(n.Lhs) && len(n.Lhs) == len(n.Rhs) {
					if lt := info.TypeOf(n.Lhs[i]); lt != nil && types.IsInterface(lt) {
						xs = append(xs, r)
					}
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && types.IsInterface(info.TypeOf(n.Type)) {
				xs = n.Values
			}
		}
		for _, x := range xs {
			if is(x) {
				found = true
			}
		}
		return !found
	})
	return found
}

// foreignFields reports whether t holds, written out, a struct field
// another package does not export (time.Time's wall), which the program
// cannot write.
func foreignFields(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t := t.(type) {
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			if !f.Exported() && f.Pkg() != nil && f.Pkg().Path() != pkgPath || foreignFields(f.Type(), seen) {
				return true
			}
		}
	case *types.Pointer:
		return foreignFields(t.Elem(), seen)
	case *types.Slice:
		return foreignFields(t.Elem(), seen)
	case *types.Array:
		return foreignFields(t.Elem(), seen)
	case *types.Map:
		return foreignFields(t.Key(), seen) || foreignFields(t.Elem(), seen)
	case *types.Chan:
		return foreignFields(t.Elem(), seen)
	}
	return false
}
