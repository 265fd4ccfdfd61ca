package check

// This file holds the boundary pass's refusals and lowering for comparing
// interface values and for map keys of interface type: ==, !=, the value
// cases of a switch, errors.Is, and the keys of a map[any]V,
// map[error]V, map[fmt.Stringer]V or map keyed by an interface type of
// the program. Measured against `go run` (yaegi v0.16.1):
//
//   - A switch on a value of interface type with value cases (switch x
//     { case 3: }) panics "reflect.Value.Convert: value of type interface
//     {} cannot be converted to type int", whatever x holds: lowered to a
//     switch without a tag whose cases compare with == (switchTag).
//   - A value of a program type with methods (type C float64 with a
//     String; a struct or a pointer with methods) is kept in an any
//     through a wrapper: two equal values compare unequal (any(C(3)) ==
//     any(C(3)) is false), in a map literal its key is not found, and a
//     lookup with a key of static type any does not find it.
//   - A value of a program type without methods keeps no type name in an
//     any: D(3) == 3.0 for type D float64 is true (Go: false, the dynamic
//     types differ), and so is S{1} == S2{1} for two struct types of the
//     same fields; as map keys they are one key.
//   - In an error, a fmt.Stringer or another interface of the standard
//     library, two values of program types compare by wrapper: == panics
//     "comparing uncomparable type interp._error", errors.Is is false, and
//     a map keyed by the interface panics.
//   - In an interface type of the program (type Normer interface{ Norm()
//     float64 }), == of two equal values is false, and a map keyed by it
//     panics.
//
// Values of the standard library's own types (errors.New's, io.EOF) and
// of basic types compare right; so does nil.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// noteStored records that a value of type t is stored in an empty
// interface of interpreted code (a conversion, or a key of a map[any]).
func (b *boundary) noteStored(t types.Type) {
	if t == nil || types.IsInterface(t) {
		return
	}
	if basic, ok := t.(*types.Basic); ok {
		if basic.Info()&types.IsUntyped != 0 {
			basic, ok = types.Default(t).(*types.Basic)
		}
		if ok && basic.Kind() != types.UntypedNil && basic.Kind() != types.Invalid {
			b.storedBasic[basic.Name()] = true
		}
		return
	}
	if n := programNamed(t); n != nil {
		b.stored[n] = true
		key := n.Obj().Name()
		if _, ptr := t.(*types.Pointer); ptr {
			key = "*" + key
		}
		b.storedAny[key] = true
	}
}

// storedForms reports whether values (val) and pointers (ptr) of the
// program's type tn may be stored in an empty interface of interpreted
// code: by f, or (tn declared outside f) by earlier code.
func (b *boundary) storedForms(tn *types.TypeName) (val, ptr bool) {
	val, ptr = b.storedAny[tn.Name()], b.storedAny["*"+tn.Name()]
	inFile := tn.Pos() >= b.file.FileStart && tn.Pos() < b.file.FileEnd
	if inFile || b.reached == nil {
		return val, ptr
	}
	v, p := b.reached["stored:val:"+tn.Name()], b.reached["stored:ptr:"+tn.Name()]
	if !v && !p && b.reached["stored:"+tn.Name()] {
		v, p = true, true // stored, in a form not recorded
	}
	return val || v, ptr || p
}

// comparableTypes are the program's type names that values can have in an
// interface: not aliases, interfaces or generic types.
func (b *boundary) comparableTypes() []*types.TypeName {
	var tns []*types.TypeName
	for _, obj := range b.programTypes() {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 {
			continue
		}
		tns = append(tns, tn)
	}
	return tns
}

func hasMethods(t types.Type) bool {
	return types.NewMethodSet(t).Len() > 0
}

// programMethods reports whether t is a type of the program, or a pointer
// to one, whose values the interpreter keeps in an any through its
// wrapper: the type or its pointer has methods. A Point whose methods all
// have pointer receivers is wrapped too (measured, yaegi v0.16.1:
// any(Point{1, 2}) == any(Point{1, 2}) was false, and so was a
// map[any]int lookup of a Point key, for func (p *Point) Move()).
func programMethods(t types.Type) bool {
	if t == nil || types.IsInterface(t) {
		return false
	}
	n := programNamed(t)
	return n != nil && hasMethods(types.NewPointer(n))
}

// methodStored returns a program type with methods whose values may be
// stored in an empty interface (the interpreter wraps them), or nil.
func (b *boundary) methodStored() types.Type {
	for _, tn := range b.comparableTypes() {
		val, ptr := b.storedForms(tn)
		if val && programMethods(tn.Type()) {
			return tn.Type()
		}
		if ptr && hasMethods(types.NewPointer(tn.Type())) {
			return types.NewPointer(tn.Type())
		}
	}
	return nil
}

// collision returns another type than t, with t's underlying type, whose
// values may be stored in an empty interface without a type name (a
// basic type, or a program type without methods), or nil: the interpreter
// would take a t and a value of it for one another.
func (b *boundary) collision(t types.Type) types.Type {
	if t == nil || types.IsInterface(t) {
		return nil
	}
	if basic, ok := t.(*types.Basic); ok && basic.Info()&types.IsUntyped != 0 {
		t = types.Default(t)
	}
	if _, ptr := t.Underlying().(*types.Pointer); ptr {
		return nil
	}
	if programMethods(t) {
		return nil // wrapped, with its type
	}
	u := t.Underlying()
	if basic, ok := u.(*types.Basic); ok && programNamed(t) != nil {
		if b.storedBasic[basic.Name()] || b.reached != nil && b.reached["stored:basic:"+basic.Name()] {
			return u
		}
	}
	for _, tn := range b.comparableTypes() {
		other := tn.Type()
		if types.Identical(other, t) || programMethods(other) || !types.Identical(other.Underlying(), u) {
			continue
		}
		if val, _ := b.storedForms(tn); val {
			return other
		}
	}
	return nil
}

// anyCollision returns two types whose values may be stored in an empty
// interface and that the interpreter would take for one another, or nils.
func (b *boundary) anyCollision() (types.Type, types.Type) {
	for _, tn := range b.comparableTypes() {
		if val, _ := b.storedForms(tn); val {
			if c := b.collision(tn.Type()); c != nil {
				return tn.Type(), c
			}
		}
	}
	return nil, nil
}

func emptyInterface(t types.Type) bool {
	if _, tp := t.(*types.TypeParam); tp {
		return false
	}
	it, ok := under(t).(*types.Interface)
	return ok && it.NumMethods() == 0
}

// programInterface reports whether t is an interface type with methods
// declared in package main.
// errorType is Go's predeclared error.
var errorType = types.Universe.Lookup("error").Type()

func programInterface(t types.Type) bool {
	if _, tp := t.(*types.TypeParam); tp {
		return false
	}
	it, ok := under(t).(*types.Interface)
	if !ok || it.NumMethods() == 0 || nativeInterface(t) {
		return false
	}
	return true
}

// pendEqual refuses, after the walk, comparing x with y (==, !=, a
// switch's case, at) where the interpreter's answer can be wrong (see
// above). what names the construct.
func (b *boundary) pendEqual(at ast.Node, x, y ast.Expr, what string) {
	tx, ty := b.info.TypeOf(x), b.info.TypeOf(y)
	if tx == nil || ty == nil || b.info.Types[x].IsNil() || b.info.Types[y].IsNil() {
		return
	}
	if !types.IsInterface(tx) && !types.IsInterface(ty) {
		// Structs and arrays compare their interface fields and
		// elements as interfaces.
		if types.Identical(tx, ty) {
			if held := comparedInterfaces(tx, map[types.Type]bool{}, nil); len(held) > 0 {
				b.pending = append(b.pending, func() {
					for _, it := range held {
						if b.at == nil {
							b.equal(at, x, y, it, it, fmt.Sprintf("%s %s values compares their", what, typeString(tx)))
						}
					}
				})
			}
		}
		return
	}
	b.pending = append(b.pending, func() {
		b.equal(at, x, y, tx, ty, what)
		if b.at == nil {
			b.equal(at, y, x, ty, tx, what)
		}
	})
}

// comparedInterfaces appends the interface types of the fields and
// elements a comparison of two values of type t compares (through structs
// and arrays).
func comparedInterfaces(t types.Type, seen map[types.Type]bool, out []types.Type) []types.Type {
	if seen[t] {
		return out
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			ft := u.Field(i).Type()
			if types.IsInterface(ft) {
				out = append(out, ft)
			} else {
				out = comparedInterfaces(ft, seen, out)
			}
		}
	case *types.Array:
		if types.IsInterface(u.Elem()) {
			return append(out, u.Elem())
		}
		return comparedInterfaces(u.Elem(), seen, out)
	}
	return out
}

// equal checks the comparison of x, of interface type tx, with y.
func (b *boundary) equal(at ast.Node, x, y ast.Expr, tx, ty types.Type, what string) {
	if _, tp := tx.(*types.TypeParam); tp || !types.IsInterface(tx) {
		return
	}
	if basic, ok := ty.(*types.Basic); ok && basic.Info()&types.IsUntyped != 0 {
		ty = types.Default(ty)
	}
	switch {
	case emptyInterface(tx):
		if !types.IsInterface(ty) {
			if _, ptr := ty.Underlying().(*types.Pointer); !ptr {
				b.compares["any:"+typeString(ty)] = true
			}
			if programMethods(ty) {
				if !b.lowerEqual(at) {
					b.refuse(at, "%s %s with %s, a type with methods declared in %s: the interpreter keeps a %s in an any through a wrapper, and the comparison would be false where Go's is true. Not supported: compare values of type %s (keep them in a variable of type %s, not in an any)",
						what, typeString(tx), article(typeString(ty)), b.where, typeString(ty), typeString(ty), typeString(ty))
				}
			} else if c := b.collision(ty); c != nil {
				b.refuse(at, "%s %s with %s while values of %s are stored in an any too: the interpreter keeps no type name there, so %s and %s of the same value would compare equal (Go: unequal, their dynamic types differ). Not supported: convert the values to one type before storing them in an any",
					what, typeString(tx), article(typeString(ty)), typeString(c), article(typeString(ty)), article(typeString(c)))
			}
			return
		}
		b.compares["any"] = true // lateStores: a type stored without its name
		if t1, t2 := b.anyCollision(); t1 != nil {
			b.refuse(at, "%s %s with %s while values of %s and of %s are stored in an any: the interpreter keeps no type name there, so %s and %s of the same value would compare equal (Go: unequal, their dynamic types differ). Not supported: convert the values to one type before storing them in an any",
				what, typeString(tx), typeString(ty), typeString(t1), typeString(t2), article(typeString(t1)), article(typeString(t2)))
		} else if m := b.methodStored(); m == nil {
			b.compares["rawany"] = true // lateStores: compared by the interpreter
		} else if !b.lowerEqual(at) {
			b.refuse(at, "%s %s with %s while values of %s, a type with methods declared in %s, are stored in an any: the interpreter keeps them through a wrapper, and two equal %s values would compare unequal (Go: equal). Not supported: compare values of type %s before storing them in an any, or store a comparable value (a string, a number) instead",
				what, typeString(tx), typeString(ty), typeString(m), b.where, typeString(m), typeString(m))
		}
	case nativeInterface(tx):
		if !types.IsInterface(ty) {
			return // compare
		}
		if b.nativeHeld(x) || b.nativeHeld(y) {
			return
		}
		b.compares[typeString(tx)] = true
		it := tx.Underlying().(*types.Interface)
		if impl := implementing(b.implementer(it), it); impl != nil {
			b.refuse(at, "%s %s with %s while values of %s, declared in %s, may be stored in %s: the interpreter keeps them there through a wrapper it cannot compare (it would panic \"comparing uncomparable type\" or answer false, where Go compares the %s values). Not supported: compare the concrete values (after v, ok := x.(%s))%s",
				what, typeString(tx), typeString(ty), typeString(impl), b.where, article(typeString(tx)), typeString(impl), typeString(impl), sentinelHint(tx))
		}
	case programInterface(tx):
		it := tx.Underlying().(*types.Interface)
		impl := implementing(b.implementer(it), it)
		if impl == nil && programNamed(ty) != nil && !types.IsInterface(ty) {
			impl = ty
		}
		if impl == nil {
			b.compares[typeString(tx)] = true // lateStores: compared by the interpreter
		} else if !b.lowerEqual(at) {
			b.refuse(at, "%s %s, an interface type declared in %s, with %s: the interpreter keeps a %s in %s so that equal values would compare unequal (Go: equal). Not supported: compare the concrete values (after v, ok := x.(%s))",
				what, typeString(tx), b.where, typeString(ty), typeString(impl), article(typeString(tx)), typeString(impl))
		}
	}
}

// implementing returns t, or *t when only the pointer implements it; nil
// for nil.
func implementing(t types.Type, it *types.Interface) types.Type {
	if t == nil || types.Implements(t, it) {
		return t
	}
	return types.NewPointer(t)
}

// nativeHeld reports whether x's value surely is not of a program type:
// a call of the standard library (errors.New, fmt.Errorf), a variable of
// it (io.EOF), or a variable of the program that only such values are
// given (var ErrEmpty = errors.New("empty")).
func (b *boundary) nativeHeld(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		fn, native := b.native(x)
		if fn == "errors.Unwrap" {
			return false // it hands back the error wrapped, maybe the program's
		}
		return native && !LoweredGeneric(b.info, x.Fun)
	case *ast.SelectorExpr:
		if v, ok := b.info.Uses[x.Sel].(*types.Var); ok && !v.IsField() && v.Pkg() != nil && v.Pkg().Path() != pkgPath {
			return true
		}
	case *ast.Ident:
		v, ok := b.info.Uses[x].(*types.Var)
		if !ok {
			return false
		}
		if b.nativeVars == nil {
			b.findNativeVars()
		}
		if held, ok := b.nativeVars[v]; ok {
			return held
		}
		inFile := v.Pos() >= b.file.FileStart && v.Pos() < b.file.FileEnd
		return !inFile && b.reached != nil && b.reached["native:"+v.Name()] && !b.dirtyOuter[v.Name()]
	}
	return false
}

// findNativeVars finds the variables declared in f that only values of
// the standard library (or nil) are given (nativeHeld), and the
// variables declared outside it that f gives other values (dirtyOuter).
func (b *boundary) findNativeVars() {
	b.nativeVars = map[*types.Var]bool{}
	values := map[*types.Var][]ast.Expr{}
	dirty := map[*types.Var]bool{}
	obj := func(id *ast.Ident) *types.Var {
		if v, ok := b.info.Defs[id].(*types.Var); ok {
			return v
		}
		v, _ := b.info.Uses[id].(*types.Var)
		return v
	}
	give := func(lhs []ast.Expr, rhs []ast.Expr) {
		for i, l := range lhs {
			id, ok := ast.Unparen(l).(*ast.Ident)
			if !ok {
				continue
			}
			v := obj(id)
			if v == nil {
				continue
			}
			if len(lhs) == len(rhs) {
				values[v] = append(values[v], rhs[i])
			} else {
				dirty[v] = true
			}
		}
	}
	declared := map[*types.Var]bool{}
	inspect(b.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ValueSpec:
			var lhs []ast.Expr
			for _, id := range n.Names {
				lhs = append(lhs, id)
				if v, ok := b.info.Defs[id].(*types.Var); ok {
					declared[v] = true
				}
			}
			if len(n.Values) > 0 {
				give(lhs, n.Values)
			}
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						if v, ok := b.info.Defs[id].(*types.Var); ok {
							declared[v] = true
						}
					}
				}
			}
			give(n.Lhs, n.Rhs)
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
				if v := obj(id); v != nil {
					dirty[v] = true
				}
			}
		case *ast.RangeStmt:
			for _, x := range []ast.Expr{n.Key, n.Value} {
				if id, ok := x.(*ast.Ident); ok {
					if v := obj(id); v != nil {
						dirty[v] = true
					}
				}
			}
		}
		return true
	})
	var held func(v *types.Var, seen map[*types.Var]bool) bool
	held = func(v *types.Var, seen map[*types.Var]bool) bool {
		if dirty[v] || seen[v] {
			return false
		}
		seen[v] = true
		for _, x := range values[v] {
			if b.info.Types[x].IsNil() {
				continue
			}
			if id, ok := ast.Unparen(x).(*ast.Ident); ok {
				if w, ok := b.info.Uses[id].(*types.Var); ok && declared[w] {
					if !held(w, seen) {
						return false
					}
					continue
				}
			}
			if !b.nativeHeld(x) {
				return false
			}
		}
		return true
	}
	for v := range declared {
		b.nativeVars[v] = false // while deciding: not held
	}
	for v := range declared {
		b.nativeVars[v] = held(v, map[*types.Var]bool{})
	}
	b.dirtyOuter = map[string]bool{}
	for v := range values {
		if !declared[v] && (dirty[v] || !held(v, map[*types.Var]bool{})) {
			b.dirtyOuter[v.Name()] = true
		}
	}
	for v := range dirty {
		if !declared[v] {
			b.dirtyOuter[v.Name()] = true
		}
	}
}

// sessionVars returns the variables f declares at a session's level
// (package scope, or the top of a statement cell's function __cell).
func (b *boundary) sessionVars() []*types.Var {
	var scopes []*types.Scope
	for _, d := range b.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "__cell" {
			if s := b.info.Scopes[fd.Type]; s != nil {
				scopes = append(scopes, s)
			}
		}
	}
	var vars []*types.Var
	for id, obj := range b.info.Defs {
		v, ok := obj.(*types.Var)
		if !ok || v.IsField() || id.Pos() < b.file.FileStart || id.Pos() >= b.file.FileEnd || v.Pkg() == nil {
			continue
		}
		top := v.Parent() == v.Pkg().Scope()
		for _, s := range scopes {
			top = top || v.Parent() == s
		}
		if top {
			vars = append(vars, v)
		}
	}
	return vars
}

// pendMapKey refuses, after the walk, a key (of a literal when literal,
// else of an index expression or delete) of a map whose key type is the
// interface key, where the interpreter would not find it, or panic.
func (b *boundary) pendMapKey(key ast.Expr, kt types.Type, literal bool) {
	t := b.info.TypeOf(key)
	if t == nil || b.info.Types[key].IsNil() {
		return
	}
	if basic, ok := t.(*types.Basic); ok && basic.Info()&types.IsUntyped != 0 {
		t = types.Default(t)
	}
	if emptyInterface(kt) && !literal {
		b.noteStored(t) // the key is stored in the map's any
		b.storedLater(key, t, kt)
		b.stores = append(b.stores, store{key, t, kt})
	}
	mapOf := "a map keyed by " + typeString(kt)
	b.pending = append(b.pending, func() {
		switch {
		case emptyInterface(kt):
			if !types.IsInterface(t) {
				if _, ptr := t.Underlying().(*types.Pointer); !ptr {
					b.compares["any:"+typeString(t)] = true
				}
				if literal && programMethods(t) {
					b.refuse(key, "a key of type %s, a type with methods declared in %s, in the literal of %s: the interpreter keeps it through a wrapper that lookups do not find (Go finds it). Not supported: key the map by %s itself, or by a string",
						typeString(t), b.where, mapOf, typeString(t))
				} else if c := b.collision(t); c != nil {
					b.refuse(key, "a key of type %s in %s while values of %s are stored in an any too: the interpreter keeps no type name there, so %s key and %s key of the same value would be one key (Go: two). Not supported: convert the keys to one type, or use one map for each type",
						typeString(t), mapOf, typeString(c), article(typeString(t)), article(typeString(c)))
				}
				return
			}
			b.compares["any"] = true
			b.compares["rawany"] = true // lateStores: the map compares its keys itself
			if m := b.methodStored(); m != nil {
				b.refuse(key, "a key of type %s in %s while values of %s, a type with methods declared in %s, are stored in an any: the interpreter keeps them through a wrapper, and the map would not find a %s key Go finds. Not supported: key the map by %s itself, or by a string",
					typeString(t), mapOf, typeString(m), b.where, typeString(m), typeString(m))
			} else if t1, t2 := b.anyCollision(); t1 != nil {
				b.refuse(key, "a key of type %s in %s while values of %s and of %s are stored in an any: the interpreter keeps no type name there, so %s key and %s key of the same value would be one key (Go: two). Not supported: convert the keys to one type, or use one map for each type",
					typeString(t), mapOf, typeString(t1), typeString(t2), article(typeString(t1)), article(typeString(t2)))
			}
		case nativeInterface(kt), programInterface(kt):
			if b.nativeHeld(key) {
				return
			}
			b.compares[typeString(kt)] = true
			it := kt.Underlying().(*types.Interface)
			impl := implementing(b.implementer(it), it)
			if !types.IsInterface(t) {
				if programNamed(t) == nil {
					return
				}
				impl = t
			}
			if impl != nil {
				b.refuse(key, "a key of type %s in %s while values of %s, declared in %s, may be stored in %s: the interpreter cannot hash or compare its wrapper of them (it panics, or does not find the key, where Go uses the %s as the key). Not supported: key the map by %s itself, or by a string",
					typeString(t), mapOf, typeString(impl), b.where, article(typeString(kt)), typeString(impl), typeString(impl))
			}
		}
	})
}

// mapKey checks the index expression m[k] of a map with an interface key,
// or a key holding interface fields (pendInterfaceFieldKey).
func (b *boundary) mapKey(m, k ast.Expr) {
	if mt, ok := under(b.info.TypeOf(m)).(*types.Map); ok && types.IsInterface(mt.Key()) {
		if _, tp := mt.Key().(*types.TypeParam); !tp {
			b.pendMapKey(k, mt.Key(), false)
		}
	} else if ok {
		b.pendInterfaceFieldKey(k, mt.Key())
	}
}

// pendInterfaceFieldKey refuses, after the walk, a key of a map whose key
// type is a struct or array holding a field (element) of an interface type
// that may hold a value of a program type with methods: the interpreter
// keeps that value through its wrapper, which the map hashes by the
// wrapper's insides, so that an equal key is not found (type Tagged
// struct{ Name string; V any }: m[Tagged{"x", Sq{1}}] found nothing Go
// finds, and m[y]++ made a second key).
func (b *boundary) pendInterfaceFieldKey(key ast.Expr, kt types.Type) {
	field := interfaceField(kt, map[types.Type]bool{})
	if field == nil {
		return
	}
	b.pending = append(b.pending, func() {
		var held types.Type
		if it := field.Underlying().(*types.Interface); it.NumMethods() == 0 {
			held = b.methodStored()
		} else if impl := implementing(b.implementer(it), it); impl != nil && programNamed(impl) != nil {
			held = impl
		}
		if held == nil {
			return
		}
		b.refuse(key, "a key of type %s, which holds a field of type %s, in a map keyed by it while values of %s, a type with methods declared in %s, may be stored in that field: the interpreter keeps them through a wrapper the map hashes by its insides, so an equal key would not be found (Go finds it). Not supported: key the map by a type without interface fields (the values' text, or their fields)",
			typeString(kt), typeString(field), typeString(held), b.where)
	})
}

// interfaceField returns the interface type of a field or element that t,
// a struct or array type, holds (through nested structs and arrays), or
// nil.
func interfaceField(t types.Type, seen map[types.Type]bool) types.Type {
	if t == nil || seen[t] {
		return nil
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			ft := u.Field(i).Type()
			if _, tp := ft.(*types.TypeParam); !tp && types.IsInterface(ft) {
				return ft
			}
			if f := interfaceField(ft, seen); f != nil {
				return f
			}
		}
	case *types.Array:
		if _, tp := u.Elem().(*types.TypeParam); !tp && types.IsInterface(u.Elem()) {
			return u.Elem()
		}
		return interfaceField(u.Elem(), seen)
	}
	return nil
}

// switchTag lowers a switch on a value of interface type with value
// cases, which the interpreter panics on, to a switch without a tag that
// compares with == (in order, as Go's switch does):
//
//	switch x {              switch __divergoTag := x; {
//	case 1, 2:              case __divergoTag == 1 || __divergoTag == 2:
//
// and with an init statement:
//
//	switch v := f(); v {    switch v := f(); { default: switch __divergoTag := v; {
//	…}                      …} }
func (b *boundary) switchTag(n *ast.SwitchStmt) {
	t := b.info.TypeOf(n.Tag)
	if t == nil || !types.IsInterface(t) {
		return
	}
	if _, tp := t.(*types.TypeParam); tp {
		return
	}
	cases := false
	for _, c := range n.Body.List {
		if len(c.(*ast.CaseClause).List) > 0 {
			cases = true
		}
	}
	if !cases {
		return
	}
	const tag = "__divergoTag"
	closing := "}"
	if n.Init != nil {
		b.spans = append(b.spans, Span{n.Init.End(), n.Tag.Pos(), "; { default: switch " + tag + " := "})
		closing = "} }"
	} else {
		b.spans = append(b.spans, Span{n.Tag.Pos(), n.Tag.Pos(), tag + " := "})
	}
	b.spans = append(b.spans, Span{n.Tag.End(), n.Body.Lbrace + 1, "; {"})
	if b.tagCases == nil {
		b.tagCases = map[ast.Expr]bool{}
	}
	for _, c := range n.Body.List {
		list := c.(*ast.CaseClause).List
		for i, x := range list {
			// One condition joined by ||: the interpreter's switch
			// without a tag tests only the first expression of a case.
			// Parenthesized only when it must be: the interpreter
			// panicked on v == (0) and v == (nil) of an any v.
			sep := ""
			if i > 0 {
				sep = " || "
				b.spans = append(b.spans, Span{list[i-1].End(), x.Pos(), ""})
			}
			b.tagCases[x] = true
			sep, x := sep, x
			// After the walk: the pending checks of the comparisons
			// (pendEqual, before) may lower the case to Equal.
			b.pending = append(b.pending, func() {
				if b.equalDone[x] {
					b.spans = append(b.spans, Span{x.Pos(), x.Pos(), sep + b.runtime + ".Equal([]any{" + tag + ", "}, Span{x.End(), x.End(), "})"})
					return
				}
				if open, ok := b.concreteCases[x]; ok {
					b.spans = append(b.spans, Span{x.Pos(), x.Pos(), sep + open + tag + ", "}, Span{x.End(), x.End(), ")"})
					return
				}
				if be, ok := x.(*ast.BinaryExpr); !ok || be.Op.Precedence() > token.EQL.Precedence() {
					b.spans = append(b.spans, Span{x.Pos(), x.Pos(), sep + tag + " == "})
					return
				}
				b.spans = append(b.spans, Span{x.Pos(), x.Pos(), sep + tag + " == ("}, Span{x.End(), x.End(), ")"})
			})
		}
	}
	b.spans = append(b.spans, Span{n.Body.Rbrace, n.Body.Rbrace + 1, closing})
}

// pendErrorsIs refuses errors.Is(err, target) whose target, of interface
// type, may hold a value of a program type: the standard library finds the
// interpreter's wrapper of it uncomparable and answers false, where Go
// compares the values.
func (b *boundary) pendErrorsIs(call *ast.CallExpr) {
	target := call.Args[1]
	tt := b.info.TypeOf(target)
	if tt != nil && !types.IsInterface(tt) && programNamed(tt) != nil {
		b.refuse(target, "errors.Is with a target of type %s, declared in %s: the interpreter gives the standard library its wrapper of the %s, which it cannot compare, and errors.Is would be false where Go's is true. Not supported: compare the values with == (after errors.As), or make the target with errors.New",
			typeString(tt), b.where, typeString(tt))
		return
	}
	if tt == nil || !nativeInterface(tt) || b.info.Types[target].IsNil() {
		return
	}
	b.pending = append(b.pending, func() {
		if b.nativeHeld(target) {
			return
		}
		b.compares[typeString(tt)] = true
		it := tt.Underlying().(*types.Interface)
		if impl := implementing(b.implementer(it), it); impl != nil {
			b.refuse(target, "errors.Is with a target of type %s while values of %s, declared in %s, may be stored in %s: the interpreter keeps them there through a wrapper the standard library cannot compare, and errors.Is would be false where Go's is true. Not supported: use errors.As with a %s target, or make the target with errors.New",
				typeString(tt), typeString(impl), b.where, article(typeString(tt)), typeString(impl))
		}
	})
}

// fallthroughDefault refuses a fallthrough in a switch whose default
// clause is not the last: the interpreter orders the default clause last,
// so that fallthrough went to another clause than Go's (switch v { case
// 10: …; fallthrough; default: …; fallthrough; case 20: … } ran case 10,
// then 20, where Go runs 10, default, 20). A program's such switches were
// lowered before (FallthroughDefaults, which moves the case expressions
// and so needs a second type check); a cell's are refused here.
func (b *boundary) fallthroughDefault(n *ast.SwitchStmt) {
	clauses := n.Body.List
	at := -1
	for i, c := range clauses {
		if c.(*ast.CaseClause).List == nil {
			at = i
		}
	}
	if at < 0 || at == len(clauses)-1 {
		return
	}
	for _, c := range clauses {
		body := c.(*ast.CaseClause).Body
		if len(body) == 0 {
			continue
		}
		if br, ok := body[len(body)-1].(*ast.BranchStmt); ok && br.Tok == token.FALLTHROUGH {
			b.refuse(br, "fallthrough in a switch whose default clause is not the last: the interpreter runs the clauses as if default were last, so fallthrough would go on to another clause than Go's. Not supported: put the default clause last (or repeat its statements)")
			return
		}
	}
}

// A store is a conversion of x's value, of type from, to the interface
// type to, in interpreted code.
type store struct {
	x        ast.Expr
	from, to types.Type
}

// lateStores refuses, in a session, storing a value in an interface that
// earlier cells compare (or key a map by) when the interpreter would
// answer those comparisons wrong for it: the comparing code was accepted
// before such values reached the interface.
func (b *boundary) lateStores() {
	if b.reached == nil {
		return
	}
	for _, s := range b.stores {
		t := s.from
		if basic, ok := t.(*types.Basic); ok && basic.Info()&types.IsUntyped != 0 {
			t = types.Default(t)
		}
		if types.IsInterface(t) || b.info.Types[s.x].IsNil() {
			continue
		}
		switch {
		case emptyInterface(s.to):
			if programMethods(t) {
				if b.reached["compares:rawany"] {
					b.refuse(s.x, "storing %s, a type with methods declared in %s, in an any while earlier cells compare values of type any (with == or as map keys): the interpreter keeps it there through a wrapper, and two equal %s values would compare unequal (Go: equal). Not supported: compare values of type %s themselves, or store a string or number instead",
						article(typeString(t)), b.where, typeString(t), typeString(t))
				}
				continue
			}
			if _, ptr := t.Underlying().(*types.Pointer); ptr {
				continue
			}
			if c := b.collision(t); c != nil && b.reached["compares:any"] {
				b.refuse(s.x, "storing %s in an any while values of %s are stored in one too and earlier cells compare values of type any (with == or as map keys): the interpreter keeps no type name there, so %s and %s of the same value would compare equal (Go: unequal). Not supported: convert the values to one type before storing them",
					article(typeString(t)), typeString(c), article(typeString(t)), article(typeString(c)))
				continue
			}
			for _, other := range b.comparedWithAny() {
				if !types.Identical(other, t) && types.Identical(other.Underlying(), t.Underlying()) && !programMethods(other) {
					b.refuse(s.x, "storing %s in an any while earlier cells compare an any with %s (with == or as a map key): the interpreter keeps no type name there, so %s and %s of the same value would compare equal (Go: unequal). Not supported: convert the value to %s before storing it, or keep it in a variable of type %s",
						article(typeString(t)), article(typeString(other)), article(typeString(t)), article(typeString(other)), typeString(other), typeString(t))
					break
				}
			}
		case nativeInterface(s.to), programInterface(s.to):
			if programNamed(t) != nil && b.reached["compares:"+typeString(s.to)] {
				b.refuse(s.x, "storing %s, declared in %s, in %s while earlier cells compare values of %s (with == or errors.Is, or as map keys): the interpreter keeps it there through a wrapper it cannot compare (it would panic, or answer false where Go compares the values). Not supported: compare the concrete values (after v, ok := x.(%s))%s",
					article(typeString(t)), b.where, article(typeString(s.to)), typeString(s.to), typeString(t), sentinelHint(s.to))
			}
		}
		if b.at != nil {
			return
		}
	}
}

// comparedWithAny returns the types (basic, or the program's) that
// earlier cells compare an any with (the facts compares:any:T).
func (b *boundary) comparedWithAny() []types.Type {
	var ts []types.Type
	for key := range b.reached {
		name, ok := strings.CutPrefix(key, "compares:any:")
		if !ok {
			continue
		}
		if tn, ok := types.Universe.Lookup(name).(*types.TypeName); ok {
			ts = append(ts, tn.Type())
			continue
		}
		for _, tn := range b.comparableTypes() {
			if tn.Name() == name {
				ts = append(ts, tn.Type())
			}
		}
	}
	sort.Slice(ts, func(i, j int) bool { return typeString(ts[i]) < typeString(ts[j]) })
	return ts
}

// sentinelHint is the end of a message on comparing values of t: for
// errors, that errors.New's compare.
func sentinelHint(t types.Type) string {
	if types.Identical(t, errorType) {
		return ", or make the errors to compare with errors.New"
	}
	return ""
}

// concreteEqual lowers x == y (or !=) of an interface value with a value of
// a type of the program, a pointer or a struct with methods: the interpreter
// keeps such a value in an interface through a wrapper, and the comparison
// was false where Go's is true (err == ErrMissing for a var ErrMissing =
// &NotFound{}; f != t of a Barer and a *T). Go's is true when the
// interface holds a value of that type equal to the other; the lowering
// asks just that, with an assertion:
//
//	err == sentinel   →   func(__a error, __b *T) bool { __v, __ok := __a.(*T); return __ok && __v == __b }(err, sentinel)
//
// An error (or another interface of the standard library) holding a
// struct of the program is asserted by Peel (kept.go: peelText), which
// finds the value Keep recorded; the interpreter's own assertion failed
// (var err error = ErrNotFound; err == ErrNotFound of a var ErrNotFound =
// CodeErr{404} was false), and prescanAsserts makes such a program hand
// its stores to Keep.
//
// It reports whether it lowered n.
func (b *boundary) concreteEqual(n *ast.BinaryExpr) bool {
	if n.Op != token.EQL && n.Op != token.NEQ {
		return false
	}
	x, y := n.X, n.Y
	tx, ty := b.info.TypeOf(x), b.info.TypeOf(y)
	if tx == nil || ty == nil {
		return false
	}
	if !types.IsInterface(tx) {
		x, y, tx, ty = y, x, ty, tx
	}
	if b.info.Types[y].IsNil() {
		return false
	}
	open, ok := b.concreteCompare(tx, ty, x == n.X)
	if !ok {
		return false
	}
	if n.Op == token.NEQ {
		open = "!" + open
	}
	b.spans = append(b.spans,
		Span{n.X.Pos(), n.X.Pos(), open},
		Span{n.X.End(), n.Y.Pos(), ", "},
		Span{n.Y.End(), n.Y.End(), ")"})
	return true
}

// concreteCase notes x, a case of a switch on tag, an error (or another
// interface of the standard library), whose value is of a type of the
// program that concreteCompare compares with (case ErrNotFound: of a var
// ErrNotFound = CodeErr{404}); switchTag writes the comparison. It
// reports whether it noted x.
func (b *boundary) concreteCase(tag, x ast.Expr) bool {
	tt, xt := b.info.TypeOf(tag), b.info.TypeOf(x)
	if tt == nil || xt == nil || !nativeInterface(tt) || b.info.Types[x].IsNil() {
		return false
	}
	open, ok := b.concreteCompare(tt, xt, true)
	if !ok {
		return false
	}
	if b.concreteCases == nil {
		b.concreteCases = map[ast.Expr]string{}
	}
	b.concreteCases[x] = open
	return true
}

// concreteCompare returns the opening of concreteEqual's function
// literal, up to its call's "(", comparing a value of the interface type
// tx with one of ty (its arguments in that order when ifaceFirst); false
// where the comparison is not lowered so.
func (b *boundary) concreteCompare(tx, ty types.Type, ifaceFirst bool) (string, bool) {
	if b.typeName == nil {
		return "", false
	}
	if _, tp := tx.(*types.TypeParam); tp || !types.IsInterface(tx) || types.IsInterface(ty) || hasTypeParam(tx) || hasTypeParam(ty) {
		return "", false
	}
	if programNamed(ty) == nil || !types.Comparable(ty) || !types.AssignableTo(ty, tx) {
		return "", false
	}
	switch ty.Underlying().(type) {
	case *types.Pointer:
	case *types.Struct:
		if !programMethods(ty) {
			return "", false // the interpreter compares these itself (or refusals judge them)
		}
	default:
		// A named number or string: the interpreter's assertion to it
		// matched its underlying type's values too (any(3).(Code)).
		return "", false
	}
	iname, ok1 := b.typeName(tx)
	cname, ok2 := b.typeName(ty)
	if !ok1 || !ok2 {
		return "", false
	}
	assert := "__a.(" + cname + ")"
	if nativeInterface(tx) && b.peeledTarget(tx, ty) {
		// The interpreter's own assertion of an error holding a
		// struct of the program read the wrapper's IValue, the
		// struct's last field, and failed: err == ErrNotFound of a
		// CodeErr{404} was false. Peel finds the value Keep recorded.
		text, ok := b.peelText(tx, ty, true)
		if !ok {
			return "", false
		}
		assert = text + "(__a)"
	}
	params := "__a " + iname + ", __b " + cname
	if !ifaceFirst { // the concrete value first, as written
		params = "__b " + cname + ", __a " + iname
	}
	return fmt.Sprintf("func(%s) bool { __v, __ok := %s; return __ok && __v == __b }(", params, assert), true
}

// lowerEqual lowers the comparison at, x == y or x != y of interface
// values that the interpreter compares by its wrappers (equal two
// Celsius in anys compared unequal), to the native Equal, which compares
// the dynamic types by the names the wrappers keep and then the values
// (equal.go):
//
//	a == b   →   rt.Equal([]any{a, b})
//	a != b   →   !rt.Equal([]any{a, b})
//
// and marks a switch case that switchTag lowers (tagCases) for it. Where
// the program (or an earlier cell) keeps a value of such a type in an
// interface without its wrapper (bareSite), Equal would see the bare
// value, without its type's name, and the comparison is refused here. It
// reports whether it lowered (or refused) at; false leaves at to the
// caller's refusal.
func (b *boundary) lowerEqual(at ast.Node) bool {
	if b.equalDone == nil {
		b.equalDone = map[ast.Node]bool{}
	}
	if b.equalDone[at] {
		return true
	}
	switch n := at.(type) {
	case *ast.BinaryExpr:
		if n.Op != token.EQL && n.Op != token.NEQ {
			return false
		}
	case ast.Expr:
		if !b.tagCases[n] {
			return false
		}
	default:
		return false
	}
	if site, t := b.bareSite(); site != nil || b.reached != nil && b.reached["bare"] {
		what := "an earlier cell keeps a value of a type with methods"
		if site != nil {
			what = fmt.Sprintf("%s keeps the %s", types.ExprString(site), typeString(t))
		}
		b.refuse(at, "comparing interface values while %s in an interface without the interpreter's wrapper (an explicit conversion such as any(x), a composite literal declared or assigned into an any, a return into an any result, or an argument of panic or of sync, context, container or reflect): the comparison would not know its type and could answer unlike Go. Not supported: store such values by assignment (var v any = x) or compare the concrete values", what)
		return true
	}
	b.equalDone[at] = true
	b.compares["equal"] = true // lateBare
	if n, ok := at.(*ast.BinaryExpr); ok {
		not := ""
		if n.Op == token.NEQ {
			not = "!"
		}
		b.spans = append(b.spans,
			Span{n.X.Pos(), n.X.Pos(), not + b.runtime + ".Equal([]any{"},
			Span{n.X.End(), n.Y.Pos(), ", "},
			Span{n.Y.End(), n.Y.End(), "})"})
	}
	return true
}

// wrappedType reports whether the interpreter keeps a value of type t in
// an interface through its wrapper (with the type's name) when it is
// stored by assignment: a type of the program with methods (on T or *T),
// or a pointer to one; a type parameter may be one.
func wrappedType(t types.Type) bool {
	if _, tp := t.(*types.TypeParam); tp {
		return true
	}
	if t == nil || types.IsInterface(t) {
		return false
	}
	n := programNamed(t)
	return n != nil && hasMethods(types.NewPointer(n))
}

// bareKeepers are the packages of the standard library whose functions
// keep an argument of interface type and give it back (sync.Map,
// atomic.Value, context.WithValue, list.List, heap.Push, reflect): the
// interpreter gives them the bare value, without its wrapper.
var bareKeepers = map[string]bool{"sync": true, "sync/atomic": true, "context": true, "container/list": true, "container/ring": true, "container/heap": true, "reflect": true}

// bareSite returns the first place in f where the interpreter may keep a
// value of a type the wrapper names (wrappedType) in an interface
// without its wrapper, and the value's type; nils for none. Measured
// (yaegi v0.16.1): var a any = C(3), []any{C(3)}, []any{P{1}}, f(C(3))
// to an any parameter, a map's or struct's any, a channel, a return
// into a named result or into an interface of the program keep the
// wrapper (main.C); an explicit conversion any(C(3)) (and Normer(C(3)),
// whose wrapper names Normer), a composite literal declared or assigned
// into an any (var a any = P{1}), return C(3) from a function whose
// result is an any, an argument of sync's, context's, container's or
// reflect's functions, and panic's argument keep the bare value (a
// float64, a struct { X int }). Equal also refuses, at run time, a bare
// value of the type of a wrapped one it is compared with (equalAny).
func (b *boundary) bareSite() (ast.Expr, types.Type) {
	if b.bareDone {
		return b.bare, b.bareType
	}
	b.bareDone = true
	var funcs []*types.Signature
	var stack []ast.Node
	found := func(x ast.Expr) bool {
		if t := b.info.TypeOf(x); wrappedType(t) && !b.info.Types[x].IsNil() {
			b.bare, b.bareType = x, t
			return true
		}
		return false
	}
	inspect(b.file, func(n ast.Node) bool {
		if n == nil {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch top.(type) {
			case *ast.FuncDecl, *ast.FuncLit:
				funcs = funcs[:len(funcs)-1]
			}
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncDecl:
			var sig *types.Signature
			if obj := b.info.Defs[n.Name]; obj != nil {
				sig, _ = obj.Type().(*types.Signature)
			}
			funcs = append(funcs, sig)
		case *ast.FuncLit:
			sig, _ := b.info.TypeOf(n).(*types.Signature)
			funcs = append(funcs, sig)
		case *ast.ValueSpec:
			if b.bare == nil && n.Type != nil && len(n.Values) == len(n.Names) && emptyInterface(b.info.TypeOf(n.Type)) {
				for _, x := range n.Values {
					if _, lit := ast.Unparen(x).(*ast.CompositeLit); lit && found(x) {
						break
					}
				}
			}
		case *ast.AssignStmt:
			if b.bare == nil && n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i, x := range n.Rhs {
					if _, lit := ast.Unparen(x).(*ast.CompositeLit); lit && emptyInterface(b.info.TypeOf(n.Lhs[i])) && found(x) {
						break
					}
				}
			}
		case *ast.ReturnStmt:
			if b.bare != nil || len(funcs) == 0 || funcs[len(funcs)-1] == nil {
				break
			}
			res := funcs[len(funcs)-1].Results()
			if res.Len() == len(n.Results) {
				for i, x := range n.Results {
					if emptyInterface(res.At(i).Type()) && found(x) {
						break
					}
				}
			} else if len(n.Results) == 1 {
				if tuple, ok := b.info.TypeOf(n.Results[0]).(*types.Tuple); ok && tuple.Len() == res.Len() {
					for i := 0; i < tuple.Len(); i++ {
						if emptyInterface(res.At(i).Type()) && wrappedType(tuple.At(i).Type()) {
							b.bare, b.bareType = n.Results[0], tuple.At(i).Type()
							break
						}
					}
				}
			}
		case *ast.CallExpr:
			if b.bare != nil {
				break
			}
			if tv, ok := b.info.Types[n.Fun]; ok && tv.IsType() {
				if len(n.Args) == 1 && types.IsInterface(tv.Type) && !nativeInterface(tv.Type) {
					found(n.Args[0]) // error(x) is lowered (interfaceConversion)
				}
				break
			}
			var obj types.Object
			switch fun := ast.Unparen(n.Fun).(type) {
			case *ast.Ident:
				obj = b.info.Uses[fun]
			case *ast.SelectorExpr:
				obj = b.info.Uses[fun.Sel]
			case *ast.IndexExpr: // a generic function of the package
				if id, ok := ast.Unparen(fun.X).(*ast.SelectorExpr); ok {
					obj = b.info.Uses[id.Sel]
				}
			}
			keeper := false
			switch obj := obj.(type) {
			case *types.Builtin:
				keeper = obj.Name() == "panic"
			case *types.Func:
				keeper = obj.Pkg() != nil && bareKeepers[obj.Pkg().Path()]
			}
			if keeper {
				for _, x := range n.Args {
					if found(x) {
						break
					}
				}
			}
		}
		return true
	})
	return b.bare, b.bareType
}

// lateBare refuses, in a session, keeping a value of such a type without
// its wrapper (bareSite) once earlier cells compare interface values
// through Equal (lowerEqual): those comparisons would meet the bare
// value, without its type's name.
func (b *boundary) lateBare() {
	if b.reached == nil || !b.reached["compares:equal"] {
		return
	}
	if site, t := b.bareSite(); site != nil {
		b.refuse(site, "%s keeps the %s in an interface without the interpreter's wrapper (an explicit conversion such as any(x), a composite literal declared or assigned into an any, a return into an any result, or an argument of panic or of sync, context, container or reflect) while earlier cells compare interface values: those comparisons would not know its type and could answer unlike Go. Not supported: store it by assignment (var v any = x)",
			types.ExprString(site), typeString(t))
	}
}
