package check

// This file finds again the value of a program type stored in an
// interface of the standard library (error, fmt.Stringer, io.Reader,
// sort.Interface…) when the program asserts it to its concrete type. The
// interpreter (yaegi v0.16.1) stores such a value in a wrapper struct of
// its own, the interface's methods as functions and, in its first field
// IValue, what it took for the value: for a struct, the last of its
// fields (Add{1, 2} kept 2). Its assertion of the wrapper to the value's
// type, once the interface went into an any (any(s).(Add), a type switch,
// a parameter or an element of type any), failed silently where Go's
// succeeds, and could not be answered from IValue; asserted straight from
// the interface, a struct ending with a *T field passed for a *T
// (s.(*Node) of a Node{1, &Node{}} was true).
//
// So where the program stores such a value in such an interface, the
// conversion happens in a function literal that hands the interface and
// a copy of the value to a native helper, which keeps the value under the
// wrapper's identity (its first method's closure, which every copy of the
// wrapper shares) until the wrapper is collected:
//
//	var s fmt.Stringer = a   →   var s fmt.Stringer = func(__dkV Add) fmt.Stringer { var __dkI fmt.Stringer = __dkV; rt.Keep(__dkI, __dkV, "main.Add"); return __dkI }(a)
//
// and an assertion to a type of the program asks the helper first, falling
// back on the interpreter's own assertion for a value that is no wrapper:
//
//	a, ok := v.(Add)   →   a, ok := func(__dkX any) (Add, bool) { if __dkU, __dkOK := rt.Peel(__dkX, "main.Add"); __dkOK { __dkW, __dkOK := any(__dkU).(Add); return __dkW, __dkOK }; __dkW, __dkOK := __dkX.(Add); return __dkW, __dkOK }(v)
//
// The storing is lowered from a value of a program type (T or *T, with
// methods), of an interface of the program, or of a type parameter, into
// an interface of the standard library with methods; in a session always
// (a later cell may assert), in a program when it asserts to a type of
// its own. An assertion straight from an interface of the standard
// library is left to the interpreter where IValue is right (a pointer, a
// value that is no struct, unless a struct of the program ends with a
// field of that type). A wrapper the helper was not given (a conversion
// the interpreter made itself, out of the lowered code's sight: v.(error)
// in a cell, a module's code) cannot be answered: Peel panics, naming the
// assertion, rather than answer false.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

// A keptValue is what Keep was given for a wrapper.
type keptValue struct {
	v    reflect.Value // the value, a copy
	name string        // its type as Go's runtime names it: main.Add
	gen  uint64
}

var kept struct {
	sync.Mutex
	m   map[uintptr]keptValue
	gen uint64
}

// keptKey is the cleanup's argument: the entry to forget, if it is still
// the one made for the collected wrapper.
type keptKey struct {
	at  uintptr
	gen uint64
}

// interfaceWrapper reports whether t is the interpreter's wrapper of a
// value in an interface of the standard library: a struct whose first
// field is IValue, and the others the interface's methods.
func interfaceWrapper(t reflect.Type) bool {
	if t.Kind() != reflect.Struct || t.NumField() < 2 || t.Field(0).Name != "IValue" || t.Field(0).Type.Kind() != reflect.Interface {
		return false
	}
	for i := 1; i < t.NumField(); i++ {
		if t.Field(i).Type.Kind() != reflect.Func {
			return false
		}
	}
	return true
}

// wrapperIn returns the interpreter's interface wrapper x holds, seen
// through its own wrappers of values in an any (valueInterface), and the
// closure of its first method, which identifies it.
func wrapperIn(x any) (reflect.Value, unsafe.Pointer, bool) {
	v := reflect.ValueOf(x)
	for depth := 0; v.IsValid() && depth < 8; depth++ {
		for v.Kind() == reflect.Interface {
			if v.IsNil() {
				return reflect.Value{}, nil, false
			}
			v = v.Elem()
		}
		if !isWrapper(v.Type()) {
			break
		}
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		f := c.Field(1)
		inner, ok := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface().(reflect.Value)
		if !ok {
			return reflect.Value{}, nil, false
		}
		v = inner
	}
	if !v.IsValid() || !interfaceWrapper(v.Type()) {
		return reflect.Value{}, nil, false
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	fn := *(*unsafe.Pointer)(unsafe.Pointer(c.Field(1).UnsafeAddr()))
	if fn == nil {
		return reflect.Value{}, nil, false
	}
	return c, fn, true
}

// Keep records v, a value of a program type (name, as Go's runtime names
// it), under the interpreter's wrapper w that storing it in an interface
// of the standard library made (see above). A w that is no wrapper (a
// value the interface holds as it is) is left alone.
func Keep(w any, v any, name string) {
	_, fn, ok := wrapperIn(w)
	if !ok {
		return
	}
	val := plainOf(v)
	kept.Lock()
	if kept.m == nil {
		kept.m = map[uintptr]keptValue{}
	}
	if _, vfn, ok := wrapperIn(v); ok {
		// v is a wrapper itself (an any holding an fmt.Stringer
		// asserted to another interface): what was kept for it.
		if e, ok := kept.m[uintptr(vfn)]; ok {
			val, name = e.v, e.name
		} else {
			kept.Unlock()
			return
		}
	}
	kept.gen++
	gen := kept.gen
	kept.m[uintptr(fn)] = keptValue{val, name, gen}
	kept.Unlock()
	func() {
		defer func() { recover() }() // a closure outside the heap: kept for good
		runtime.AddCleanup((*byte)(fn), forgetKept, keptKey{uintptr(fn), gen})
	}()
}

// plainOf is v without the interpreter's wrapper of a value in an any
// (valueInterface), which a value of an interface of the program reaches
// native code in.
func plainOf(v any) reflect.Value {
	rv := reflect.ValueOf(v)
	for depth := 0; rv.IsValid() && depth < 8 && isWrapper(rv.Type()); depth++ {
		c := reflect.New(rv.Type()).Elem()
		c.Set(rv)
		f := c.Field(1)
		inner, ok := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface().(reflect.Value)
		if !ok {
			break
		}
		rv = inner
		for rv.IsValid() && rv.Kind() == reflect.Interface {
			rv = rv.Elem()
		}
	}
	return rv
}

func forgetKept(k keptKey) {
	kept.Lock()
	if e, ok := kept.m[k.at]; ok && e.gen == k.gen {
		delete(kept.m, k.at)
	}
	kept.Unlock()
}

// Peel returns the value Keep recorded for the interpreter's wrapper x
// holds, for an assertion to target; false when x holds no wrapper (the
// interpreter's own assertion answers). A wrapper Keep was not given
// panics, naming the assertion.
func Peel(x any, target string) (any, bool) {
	w, fn, ok := wrapperIn(x)
	if !ok {
		return nil, false
	}
	kept.Lock()
	e, found := kept.m[uintptr(fn)]
	kept.Unlock()
	if !found {
		panic(fmt.Sprintf("divergo: asserting a value held in %s to %s: the interpreter stored it there out of divergo's sight (in code it did not lower) and keeps no trace of its type, so the assertion cannot be answered as Go answers it; not supported",
			wrapperInterface(w.Type()), target))
	}
	if !e.v.IsValid() {
		return nil, false
	}
	return e.v.Interface(), true
}

// Kept returns the value Keep recorded for the interpreter's wrapper x
// holds, and its type's name; false when x holds no wrapper or one Keep
// was not given.
func Kept(x any) (any, string, bool) {
	_, fn, ok := wrapperIn(x)
	if !ok {
		return nil, "", false
	}
	kept.Lock()
	e, found := kept.m[uintptr(fn)]
	kept.Unlock()
	if !found || !e.v.IsValid() {
		return nil, "", false
	}
	return e.v.Interface(), e.name, true
}

// PeelFailed is the panic of a failed assertion x.(target) of a value Keep
// recorded: static is x's type and target the asserted one, as Go's
// runtime names them.
func PeelFailed(x any, static, target string) error {
	concrete := ""
	if _, fn, ok := wrapperIn(x); ok {
		kept.Lock()
		e := kept.m[uintptr(fn)]
		kept.Unlock()
		concrete = e.name
		if concrete == "" && e.v.IsValid() {
			concrete = e.v.Type().String()
		}
	}
	return runtimeError("interface conversion: " + static + " is " + concrete + ", not " + target)
}

// wrapperInterface names the interface of the standard library whose
// wrapper t is (_fmt_Stringer → fmt.Stringer, _error → error).
func wrapperInterface(t reflect.Type) string {
	if isFlagValue(t) {
		return "flag.Value"
	}
	name := strings.TrimPrefix(t.Name(), "_")
	if pkg, rest, ok := strings.Cut(name, "_"); ok {
		return pkg + "." + rest
	}
	return name
}

// keepable reports whether storing a value of type from in the interface
// to makes the interpreter's wrapper that Keep must know: to an interface
// of the standard library with methods, from a type of the program with
// methods (or a pointer to one), an interface of the program, or a type
// parameter (a generic function may be given the program's types).
func keepable(from, to types.Type) bool {
	if !nativeInterface(to) || hasTypeParam(to) {
		return false
	}
	if _, tp := from.(*types.TypeParam); tp {
		return true // a generic function's, of any type
	}
	if hasTypeParam(from) {
		return false
	}
	if types.IsInterface(from) {
		return !nativeInterface(from) && programNamed(from) != nil
	}
	n := programNamed(from)
	return n != nil && n.TypeParams().Len() == 0 && types.NewMethodSet(types.NewPointer(n)).Len() > 0
}

// keepIntoNative lowers the storing of x, of type from, in the interface
// to (see above): the conversion happens in a function literal, from its
// parameter (a new variable each call, as copyIntoInterface's), and the
// wrapper it makes is given to Keep with a copy of the value. It reports
// whether it lowered x.
func (b *boundary) keepIntoNative(x ast.Expr, from, to types.Type) bool {
	if !b.canKeep(from, to) {
		return false
	}
	fromName, _ := b.keptTypeName(from)
	toName, _ := b.typeName(to)
	name := `""`
	if !types.IsInterface(from) {
		name = fmt.Sprintf("%q", runtimeName(from))
	} else if text, ok := b.dynamicErrorName(from); ok {
		name = text
	}
	if n := programNamed(from); n != nil && !types.IsInterface(from) {
		b.nativeStored[n] = true
	} else {
		b.nativeStoredAny = true
	}
	open, close := "(", ")"
	if _, call := ast.Unparen(x).(*ast.CallExpr); call && types.IsInterface(from) {
		open, close = "((", "))" // a call's result passed as it is (ifaceargs.go)
	}
	b.wrap(x, "func(__dkV "+fromName+") "+toName+" { var __dkI "+toName+" = __dkV; "+b.runtime+".Keep(__dkI, __dkV, "+name+"); return __dkI }"+open, close)
	return true
}

// peeledTarget reports whether an assertion of a value of the interface
// type from to t is one to lower (see above): t a type of the program
// with methods, or a pointer to one, whose values the program stores in
// interfaces of the standard library (in a session, always), and from an
// interface that may hold those.
func (b *boundary) peeledTarget(from, t types.Type) bool {
	if from == nil || t == nil || !types.IsInterface(from) || types.IsInterface(t) || hasTypeParam(from) || hasTypeParam(t) {
		return false
	}
	n := programNamed(t)
	if n == nil || n.TypeParams().Len() > 0 || types.NewMethodSet(types.NewPointer(n)).Len() == 0 {
		return false
	}
	if nativeInterface(from) {
		// The interpreter's own assertion reads IValue: right for a
		// pointer or a value that is no struct, but for a struct its last
		// field, which is a T where a struct of the program ends with a
		// T (s.(*Node) of a Node{1, &Node{}} was true).
		_, st := n.Underlying().(*types.Struct)
		_, ptr := t.(*types.Pointer)
		return b.keeps && (st && !ptr || b.endsWith(t))
	}
	return b.reached != nil || b.nativeStored[n] || b.nativeStoredAny
}

// peeledCase is peeledTarget for a case of a type switch, lowered during
// the walk, before the stored types are all known: any program that
// asserts to its types hands its values to Keep.
func (b *boundary) peeledCase(from, t types.Type) bool {
	saved := b.nativeStoredAny
	b.nativeStoredAny = b.nativeStoredAny || b.keeps
	defer func() { b.nativeStoredAny = saved }()
	return b.peeledTarget(from, t)
}

// peelText is the function literal an assertion x.(T) of a value of type
// from becomes (see above), to be called with x: with commaOk, one giving
// the value and ok. Peel's value is asserted as any(__dkU): the
// interpreter's assertion of a native function's result (its own
// category for values of the symbol table) reads Field(0) of every struct
// it holds, looking for its wrapper's IValue, and panicked for a struct
// without fields (err.(plainErr) of a plainErr{}: "reflect: Field index
// out of bounds"); converted to any, the value is asserted by its type
// alone.
func (b *boundary) peelText(from, t types.Type, commaOk bool) (string, bool) {
	fromName, ok1 := b.typeName(from)
	tName, ok2 := b.typeName(t)
	if !ok1 || !ok2 {
		return "", false
	}
	rt := b.runtime
	target := fmt.Sprintf("%q", runtimeName(t))
	if commaOk {
		return "func(__dkX " + fromName + ") (" + tName + ", bool) { if __dkU, __dkOK := " + rt + ".Peel(__dkX, " + target + "); __dkOK { __dkW, __dkOK := any(__dkU).(" + tName + "); return __dkW, __dkOK }; __dkW, __dkOK := __dkX.(" + tName + "); return __dkW, __dkOK }", true
	}
	// Not kept (a value of another package, a value of the program's
	// held bare, or nil): ConcreteAssertFailed names its type as Go does.
	args := []string{"__dkX", fmt.Sprintf("%q", runtimeName(from)), target}
	if it, ok := from.Underlying().(*types.Interface); ok {
		args = append(args, assertPairs(programScope(b.info), it, b.typeName)...)
	}
	return "func(__dkX " + fromName + ") " + tName + " { if __dkU, __dkOK := " + rt + ".Peel(__dkX, " + target + "); __dkOK { if __dkW, __dkOK := any(__dkU).(" + tName + "); __dkOK { return __dkW }; panic(" + rt + ".PeelFailed(__dkX, " + fmt.Sprintf("%q", runtimeName(from)) + ", " + target + ")) }; __dkW, __dkOK := __dkX.(" + tName + "); if !__dkOK { panic(" + rt + ".ConcreteAssertFailed(" + strings.Join(args, ", ") + ")) }; return __dkW }", true
}

// canKeep reports whether keepIntoNative lowers the storing of a value of
// type from in the interface to.
func (b *boundary) canKeep(from, to types.Type) bool {
	if !b.keeps || !keepable(from, to) {
		return false
	}
	_, ok1 := b.keptTypeName(from)
	_, ok2 := b.typeName(to)
	return ok1 && ok2
}

// keptTypeName is typeName, and a type parameter's name (a conversion in
// a generic function, where it is in scope).
func (b *boundary) keptTypeName(t types.Type) (string, bool) {
	if tp, ok := t.(*types.TypeParam); ok {
		return tp.Obj().Name(), tp.Obj().Name() != "_"
	}
	return b.typeName(t)
}

// prescanAsserts notes f's assertions whose ok is asked and decides
// whether storing a program's value in an interface of the standard
// library hands it to Keep: in a session always (a later cell may
// assert), in a program when it asserts to a type of its own with
// methods (a type switch's case, errors.As's target too), or gives flag.Var
// a value whose IsBoolFlag boolFlagVia calls on the value Peel finds.
func (b *boundary) prescanAsserts(f *ast.File) {
	b.nativeStored = map[*types.Named]bool{}
	b.commaOk = map[*ast.TypeAssertExpr]bool{}
	b.keeps = b.reached != nil
	withMethods := func(t types.Type) bool {
		n := programNamed(t)
		return n != nil && !types.IsInterface(n) && types.NewMethodSet(types.NewPointer(n)).Len() > 0
	}
	inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == 2 && len(n.Rhs) == 1 {
				if ta, ok := ast.Unparen(n.Rhs[0]).(*ast.TypeAssertExpr); ok {
					b.commaOk[ta] = true
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == 2 && len(n.Values) == 1 {
				if ta, ok := ast.Unparen(n.Values[0]).(*ast.TypeAssertExpr); ok {
					b.commaOk[ta] = true
				}
			}
		case *ast.TypeAssertExpr:
			if n.Type != nil && withMethods(b.info.TypeOf(n.Type)) {
				b.keeps = true
			}
		case *ast.CaseClause:
			for _, e := range n.List {
				if withMethods(b.info.TypeOf(e)) {
					b.keeps = true
				}
			}
		case *ast.BinaryExpr:
			// err == ErrNotFound of an error and a struct of the
			// program: concreteEqual asserts err to its type by Peel
			// (peeledTarget). A case of a switch on an error is a
			// CaseClause's, above.
			if n.Op == token.EQL || n.Op == token.NEQ {
				tx, ty := b.info.TypeOf(n.X), b.info.TypeOf(n.Y)
				if tx != nil && ty != nil && !nativeInterface(tx) {
					tx, ty = ty, tx
				}
				if tx != nil && ty != nil && nativeInterface(tx) && !types.IsInterface(ty) && withMethods(ty) {
					_, st := ty.Underlying().(*types.Struct)
					if st || b.endsWith(ty) {
						b.keeps = true
					}
				}
			}
		case *ast.CallExpr:
			if fn, ok := b.native(n); ok && (fn == "errors.Is" || fn == "errors.Unwrap") {
				// ErrorsIs and ErrorsUnwrap find the program's values
				// and their types' names by Kept (errwrap.go).
				b.keeps = true
			}
			if fn, ok := b.native(n); ok && fn == "errors.As" && len(n.Args) == 2 {
				b.keeps = true // ErrorsAs and the walk of errorsAs, likewise
				if p, ok := b.info.TypeOf(n.Args[1]).(*types.Pointer); ok && withMethods(p.Elem()) {
					b.keeps = true
				}
			}
			if b.flagVarOfInterface(n) {
				b.keeps = true // FlagValue finds the value's type by Kept
			}
			if b.flagVar(n) && b.info.TypeOf(n.Args[0]) != nil {
				if _, _, ok := b.boolFlagVia(n.Args[0], b.info.TypeOf(n.Args[0]), n); ok {
					b.keeps = true // its IsBoolFlag is called on the value Peel finds
				}
			}
		}
		return true
	})
}

// peelAssert lowers the assertion ta to a type of the program (see
// above), once the walk knows which types are stored in interfaces of the
// standard library: x.(T) becomes a call of peelText's function literal
// with x.
func (b *boundary) peelAssert(ta *ast.TypeAssertExpr) {
	from, t := b.info.TypeOf(ta.X), b.info.TypeOf(ta.Type)
	b.pending = append(b.pending, func() {
		if b.at != nil || !b.peeledTarget(from, t) {
			return
		}
		text, ok := b.peelText(from, t, b.commaOk[ta])
		if !ok {
			return
		}
		closing := ")"
		if !b.commaOk[ta] {
			// Converted to T again: the interpreter gave a function's
			// result of a type with methods to the standard library as
			// the bare value (fmt.Println(x.(Info)) printed 1.5 where Go
			// calls String), a conversion's as a T.
			name, ok := b.typeName(t)
			if !ok {
				return
			}
			text, closing = "("+name+")("+text, "))"
		}
		// The opening inside the other lowerings' insertions around the
		// whole assertion (those closing at its end: fmt.Println's nil
		// pointer wrapper), outside those around x (closing at x's end:
		// Recovered(recover()).(T)); the closing replaces .(T), after
		// their insertions at x's end.
		outer, at := 0, 0
		var openers []int
		for i, sp := range b.spans {
			switch {
			case sp.Pos == sp.End && sp.Pos == ta.End():
				outer++
			case sp.Pos == sp.End && sp.Pos == ta.X.Pos():
				openers = append(openers, i)
			}
		}
		switch {
		case outer < len(openers):
			at = openers[outer]
		case len(openers) > 0:
			at = openers[len(openers)-1] + 1
		}
		b.spans = slices.Insert(b.spans, at, Span{ta.X.Pos(), ta.X.Pos(), text + "("})
		b.spans = append(b.spans, Span{ta.X.End(), ta.Rparen + 1, closing})
	})
}

// reshapeFromNative lowers the storing of x, a value of an interface of
// the standard library, in an interface of the program: the value Keep
// recorded for the interpreter's wrapper is stored instead, as a value of
// its own type, which the interpreter's type switch on the program's
// interface matches (it did not match the wrapper):
//
//	var sh Shape = s   →   var sh Shape = func(__dkX fmt.Stringer) Shape { if __dkU, __dkN, __dkOK := rt.Kept(__dkX); __dkOK { if __dkN == "main.Add" { return __dkU.(Add) }; … }; return __dkX }(s)
//
// Values of other packages, and wrappers Keep was not given, are stored
// as before. The value is asserted as any(__dkU), as in peelText.
func (b *boundary) reshapeFromNative(x ast.Expr, from, to types.Type) {
	if !b.keeps || !nativeInterface(from) || programNamed(to) == nil || !types.IsInterface(to) || hasTypeParam(from) || hasTypeParam(to) {
		return
	}
	it, ok := to.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return
	}
	fromName, ok1 := b.typeName(from)
	toName, ok2 := b.typeName(to)
	if !ok1 || !ok2 {
		return
	}
	var cases []string
	for _, tn := range b.comparableTypes() {
		if tn.Parent() != tn.Pkg().Scope() {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(t, it) {
				continue
			}
			name, ok := b.typeName(t)
			if !ok {
				return
			}
			cases = append(cases, fmt.Sprintf("if __dkN == %q { return any(__dkU).(%s) }; ", runtimeName(t), name))
		}
	}
	if len(cases) == 0 {
		return
	}
	b.wrap(x, "func(__dkX "+fromName+") "+toName+" { if __dkU, __dkN, __dkOK := "+b.runtime+".Kept(__dkX); __dkOK { "+strings.Join(cases, "")+"}; return __dkX }(", ")")
}

// endsWith reports whether a struct type of the program with methods ends
// with a field of type t, or of an interface type (before which the
// interpreter looks further when it holds nil): the interpreter's wrapper
// of such a struct in an interface of the standard library holds that
// field as if it were the value.
func (b *boundary) endsWith(t types.Type) bool {
	for _, obj := range b.programTypes() {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || types.NewMethodSet(types.NewPointer(tn.Type())).Len() == 0 {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := st.NumFields() - 1; i >= 0; i-- {
			ft := st.Field(i).Type()
			if types.Identical(ft, t) {
				return true
			}
			if !types.IsInterface(ft) {
				break
			}
			if types.AssignableTo(t, ft) {
				return true
			}
		}
	}
	return false
}
