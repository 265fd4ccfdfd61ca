package check

// This file runs errors.Is, errors.As and errors.Unwrap as Go does over
// chains that hold values of the program's error types with their own Is,
// As or Unwrap methods.
//
// Go's errors package walks an error's chain: it compares each error with
// the target (==, when the target's type is comparable), calls its
// Is(error) bool or As(any) bool method, and goes on with what its
// Unwrap() error or Unwrap() []error returns (errors.Join and fmt.Errorf
// with several %w make the latter). The interpreter (yaegi v0.16.1) hands
// the native errors package its wrapper of a program's value, a struct
// with the interface's Error method only: errors.Is never called the
// program's Is, nor followed its Unwrap (fmt.Errorf("get: %w",
// HTTPError{404}) with an Is matching ErrNotFound: errors.Is(err,
// ErrNotFound) was false, Go's true), and the wrapper, holding functions,
// is not comparable (errors.Is(p, p) of a *VErr was false).
//
// So such calls are lowered to native helpers here that walk the chain
// themselves: a wrapper is taken back to the program's value and its
// type's name through what Keep recorded for it (kept.go), two errors are
// equal when their types' names and values are, and the program's
// methods are called through a function literal of the lowered call that
// asserts the value to each program type with such methods, by its name:
//
//	errors.Is(err, ErrNotFound)   →   rt.ErrorsIs(err, ErrNotFound, []string{"main.HTTPError"}, func(__den string, __dev any) (func(error) bool, func(any) bool, func() error, func() []error) { switch __den { case "main.HTTPError": __dew := __dev.(HTTPError); return func(t error) bool { return __dew.Is(t) }, nil, nil, nil }; return nil, nil, nil, nil })
//
// errors.As with a target of a program type keeps its interpreted walk
// (errorsAsWalk), which asks ErrorAsVia and ErrorChildrenVia at each error.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// ErrorMethods gives the program's Is, As, Unwrap() error and Unwrap()
// []error methods of v, a value of the program's type named name (as Go's
// runtime names it); nil for those it lacks. The lowered call's function
// literal.
type ErrorMethods = func(name string, v any) (func(error) bool, func(any) bool, func() error, func() []error)

// errorNode is what Go sees in e: a value of a program type through the
// interpreter's wrapper, with its type's name (from Keep), or e itself
// with name "" (a value of the standard library's types). ok is false for
// a wrapper Keep was not given, whose type is not known.
func errorNode(e error) (name string, v any, ok bool) {
	if val, n, found := Kept(e); found && n != "" {
		return n, val, true
	}
	if _, _, wrapped := wrapperIn(e); wrapped {
		return "", nil, false
	}
	return "", e, true
}

// unknownError is the panic for an error whose type cannot be known.
func unknownError(fn string) string {
	return "divergo: " + fn + " of an error the interpreter stored out of divergo's sight (in code it did not lower): it keeps no trace of its type, so its comparisons and its Is, As and Unwrap methods cannot be answered as Go answers them; not supported"
}

// errorMethodsOf is errorNode's view of e's methods: the program's
// through methods, the standard library's by assertion.
func errorMethodsOf(e error, name string, v any, methods ErrorMethods) (is func(error) bool, as func(any) bool, unwrap func() error, unwrapAll func() []error) {
	if name != "" {
		if methods == nil {
			return nil, nil, nil, nil
		}
		return methods(name, v)
	}
	if x, ok := e.(interface{ Is(error) bool }); ok {
		is = x.Is
	}
	if x, ok := e.(interface{ As(any) bool }); ok {
		as = x.As
	}
	switch x := e.(type) {
	case interface{ Unwrap() error }:
		unwrap = x.Unwrap
	case interface{ Unwrap() []error }:
		unwrapAll = x.Unwrap
	}
	return is, as, unwrap, unwrapAll
}

// checkNode is errorNode that panics for an unknown wrapper when the
// answer depends on its type: kinds (the program's types with methods of
// errors') are not empty, or the target is the program's.
func checkNode(fn string, e error, kinds []string, strict bool) (string, any) {
	name, v, ok := errorNode(e)
	if !ok {
		if len(kinds) > 0 || strict {
			panic(unknownError(fn))
		}
		return "", nil
	}
	return name, v
}

// ErrorsIs is errors.Is(err, target) as Go runs it (see above).
func ErrorsIs(err, target error, kinds []string, methods ErrorMethods) bool {
	if err == nil || target == nil {
		return err == target
	}
	tname, tv, tok := errorNode(target)
	if !tok {
		panic(unknownError("errors.Is"))
	}
	comparable := tv != nil && reflect.TypeOf(tv).Comparable()
	return errorsIs(err, target, tname, tv, comparable, kinds, methods)
}

func errorsIs(err, target error, tname string, tv any, comparable bool, kinds []string, methods ErrorMethods) bool {
	for {
		name, v := checkNode("errors.Is", err, kinds, tname != "")
		if comparable && v != nil && name == tname && sameValue(v, tv) {
			return true
		}
		is, _, unwrap, unwrapAll := errorMethodsOf(err, name, v, methods)
		if is != nil && is(target) {
			return true
		}
		switch {
		case unwrap != nil:
			if err = unwrap(); err == nil {
				return false
			}
		case unwrapAll != nil:
			for _, e := range unwrapAll() {
				if e != nil && errorsIs(e, target, tname, tv, comparable, kinds, methods) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// sameValue is a == b of two values of one comparable type; false where
// the comparison panics (an uncomparable value in an interface field).
func sameValue(a, b any) (same bool) {
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	return a == b
}

// ErrorsUnwrap is errors.Unwrap(err): what err's Unwrap() error returns,
// the program's too (not Unwrap() []error, as Go).
func ErrorsUnwrap(err error, kinds []string, methods ErrorMethods) error {
	if err == nil {
		return nil
	}
	name, v := checkNode("errors.Unwrap", err, kinds, false)
	if name == "" && v == nil {
		return nil
	}
	_, _, unwrap, _ := errorMethodsOf(err, name, v, methods)
	if unwrap == nil {
		return nil
	}
	return unwrap()
}

// ErrorChildrenVia is ErrorChildren with the program's Unwrap methods, for
// the lowered errors.As's walk.
func ErrorChildrenVia(e error, kinds []string, methods ErrorMethods) []error {
	name, v := checkNode("errors.As", e, kinds, false)
	if name == "" && v == nil {
		return nil
	}
	_, _, unwrap, unwrapAll := errorMethodsOf(e, name, v, methods)
	switch {
	case unwrap != nil:
		if w := unwrap(); w != nil {
			return []error{w}
		}
	case unwrapAll != nil:
		return unwrapAll()
	}
	return nil
}

// ErrorAsVia reports whether e's As method (the program's too) takes
// target, for the lowered errors.As's walk.
func ErrorAsVia(e error, target any, kinds []string, methods ErrorMethods) bool {
	name, v := checkNode("errors.As", e, kinds, false)
	if name == "" && v == nil {
		return false
	}
	_, as, _, _ := errorMethodsOf(e, name, v, methods)
	return as != nil && as(target)
}

var errorIface = reflect.TypeOf((*error)(nil)).Elem()

// ErrorsAs is errors.As(err, target) as Go runs it for a target that is a
// pointer to a type of the standard library (*fs.PathError, error): a
// value of a program type is assignable to an error only.
func ErrorsAs(err error, target any, kinds []string, methods ErrorMethods) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	val := reflect.ValueOf(target)
	typ := val.Type()
	if typ.Kind() != reflect.Pointer || val.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	targetType := typ.Elem()
	if targetType.Kind() != reflect.Interface && !targetType.Implements(errorIface) {
		panic("errors: *target must be interface or implement error")
	}
	return errorsAs(err, target, val, targetType, kinds, methods)
}

func errorsAs(err error, target any, val reflect.Value, targetType reflect.Type, kinds []string, methods ErrorMethods) bool {
	for {
		name, v := checkNode("errors.As", err, kinds, false)
		if name == "" && v == nil {
			return false
		}
		if name == "" && reflect.TypeOf(err).AssignableTo(targetType) {
			val.Elem().Set(reflect.ValueOf(err))
			return true
		}
		if name != "" && targetType == errorIface {
			val.Elem().Set(reflect.ValueOf(&err).Elem()) // the wrapper, which the program takes back
			return true
		}
		if name != "" && targetType.Kind() == reflect.Interface && targetType.NumMethod() > 0 {
			panic(fmt.Sprintf("divergo: errors.As with a target of type *%s over an error of type %s: the interpreter cannot tell whether a type of the program implements an interface of the standard library; not supported", targetType, name))
		}
		_, as, unwrap, unwrapAll := errorMethodsOf(err, name, v, methods)
		if as != nil && as(target) {
			return true
		}
		switch {
		case unwrap != nil:
			if err = unwrap(); err == nil {
				return false
			}
		case unwrapAll != nil:
			for _, e := range unwrapAll() {
				if e != nil && errorsAs(e, target, val, targetType, kinds, methods) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// errorMethodIfaces are the interfaces errors' functions assert to.
var errorMethodIfaces = func() map[string]*types.Interface {
	errT := types.Universe.Lookup("error").Type()
	anyT := types.NewInterfaceType(nil, nil)
	mk := func(name string, params, results []types.Type) *types.Interface {
		var ps, rs []*types.Var
		for _, p := range params {
			ps = append(ps, types.NewParam(0, nil, "", p))
		}
		for _, r := range results {
			rs = append(rs, types.NewParam(0, nil, "", r))
		}
		sig := types.NewSignatureType(nil, nil, nil, types.NewTuple(ps...), types.NewTuple(rs...), false)
		it := types.NewInterfaceType([]*types.Func{types.NewFunc(0, nil, name, sig)}, nil)
		return it.Complete()
	}
	return map[string]*types.Interface{
		"Is":        mk("Is", []types.Type{errT}, []types.Type{types.Typ[types.Bool]}),
		"As":        mk("As", []types.Type{anyT}, []types.Type{types.Typ[types.Bool]}),
		"Unwrap":    mk("Unwrap", nil, []types.Type{errT}),
		"UnwrapAll": mk("Unwrap", nil, []types.Type{types.NewSlice(errT)}),
	}
}()

// errorMethodTypes returns the program's types (T, and *T) whose method
// sets have one of the methods errors' functions call, with the methods
// (Is, As, Unwrap, UnwrapAll for Unwrap() []error); a generic type
// with one too (ok false: its instances cannot be named here).
func (b *boundary) errorMethodTypes() (ts []types.Type, ms [][]string, generic types.Type) {
	for _, obj := range b.programTypes() {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.NumMethods() == 0 {
			continue
		}
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			var have []string
			for _, m := range []string{"Is", "As", "Unwrap", "UnwrapAll"} {
				if types.Implements(t, errorMethodIfaces[m]) {
					have = append(have, m)
				}
			}
			if len(have) == 0 {
				continue
			}
			if n.TypeParams().Len() > 0 {
				generic = n
				continue
			}
			ts = append(ts, t)
			ms = append(ms, have)
		}
	}
	return ts, ms, generic
}

// errorMethodsText is the text of the lowered call's last two arguments:
// the names of the program's types with methods of errors' and the
// function literal that gives those methods of a value (ErrorMethods);
// false when a type cannot be named here.
func (b *boundary) errorMethodsText() (string, bool) {
	ts, ms, _ := b.errorMethodTypes()
	if len(ts) == 0 {
		return "nil, nil", true
	}
	var names, cases []string
	for i, t := range ts {
		name, ok := b.typeName(t)
		if !ok {
			return "", false
		}
		rn := strconv.Quote(runtimeName(t))
		names = append(names, rn)
		fns := map[string]string{"Is": "nil", "As": "nil", "Unwrap": "nil", "UnwrapAll": "nil"}
		for _, m := range ms[i] {
			switch m {
			case "Is":
				fns[m] = "func(__det error) bool { return __dew.Is(__det) }"
			case "As":
				fns[m] = "func(__det any) bool { return __dew.As(__det) }"
			case "Unwrap":
				fns[m] = "func() error { return __dew.Unwrap() }"
			case "UnwrapAll":
				fns[m] = "func() []error { return __dew.Unwrap() }"
			}
		}
		cases = append(cases, "case "+rn+": __dew := __dev.("+name+"); return "+fns["Is"]+", "+fns["As"]+", "+fns["Unwrap"]+", "+fns["UnwrapAll"])
	}
	sort.Strings(names)
	return "[]string{" + strings.Join(names, ", ") + "}, func(__den string, __dev any) (func(error) bool, func(any) bool, func() error, func() []error) { switch __den { " + strings.Join(cases, "; ") + " }; return nil, nil, nil, nil }", true
}

// errorsCall lowers errors.Is(err, target) and errors.Unwrap(err) to
// ErrorsIs and ErrorsUnwrap, and errors.As(err, target) of a target that
// is no program type's to ErrorsAs, where the program has types with
// methods of errors' (errorMethodTypes) or, for errors.Is, the target may
// be the program's: the call's name is replaced and the types' methods
// added as its last arguments. It reports whether it lowered the call.
func (b *boundary) errorsCall(call *ast.CallExpr, fn string) bool {
	if call.Ellipsis.IsValid() {
		return false
	}
	ts, _, generic := b.errorMethodTypes()
	if generic != nil {
		b.refuse(call, "%s while %s, a generic type declared in %s, has methods errors' functions call (Is, As or Unwrap): divergo calls those of the program's types itself and cannot name a generic type's instances. Not supported: give the methods to a type that is not generic",
			fn, typeString(generic), b.where)
		return true
	}
	need := len(ts) > 0
	switch fn {
	case "errors.Is":
		tt := b.info.TypeOf(call.Args[1])
		if tt != nil && !b.info.Types[call.Args[1]].IsNil() && (programNamed(tt) != nil || nativeInterface(tt)) {
			need = true
		}
	case "errors.As":
		p, ok := b.info.TypeOf(call.Args[1]).(*types.Pointer)
		if !ok || programNamed(p.Elem()) != nil || builtInterface(p.Elem()) {
			if ok && types.IsInterface(p.Elem()) && need {
				b.refuse(call.Args[1], "errors.As with a target of type %s, an interface declared in %s, while %s has methods errors' functions call: the interpreter cannot assert the standard library's errors to the program's interfaces. Not supported: use a target of the concrete type (*T), or of type error",
					typeString(p), b.where, typeString(ts[0]))
				return true
			}
			return false
		}
	}
	if !need {
		return false
	}
	text, ok := b.errorMethodsText()
	if !ok {
		return false
	}
	rt := map[string]string{"errors.Is": "ErrorsIs", "errors.As": "ErrorsAs", "errors.Unwrap": "ErrorsUnwrap"}[fn]
	b.spans = append(b.spans, Span{call.Fun.Pos(), call.Fun.End(), b.runtime + "." + rt},
		Span{call.Rparen, call.Rparen + 1, ", " + text + ")"}) // after the arguments' lowerings, which insert at Rparen
	return true
}

// dynamicErrorName is the text of an expression naming the dynamic type of
// __dkV, a value of the program's interface type from that keepIntoNative
// stores in an interface of the standard library, when values of the
// program's types with methods of errors' may be in it: Keep then records
// the type's name, by which ErrorsIs finds its methods (Keep of a value of
// an interface type recorded none: errors.Is of a Coder holding a CodeErr
// with Unwrap could not follow it). A type switch over the program's types
// that implement from; false when two of those share their underlying
// type (the interpreter's switch tells them apart by structure only).
func (b *boundary) dynamicErrorName(from types.Type) (string, bool) {
	it, ok := from.Underlying().(*types.Interface)
	if !ok || nativeInterface(from) || programNamed(from) == nil || it.NumMethods() == 0 {
		return "", false
	}
	ts, _, _ := b.errorMethodTypes()
	wanted := false
	for _, t := range ts {
		wanted = wanted || types.Implements(t, it)
	}
	if !wanted && !hasError(from) {
		// (An error's type is wanted too: errors.Is compares by it. Keep
		// of a Coded holding an E recorded none, and errors.Is(e, e) of
		// it stopped "stored out of divergo's sight".)
		return "", false
	}
	var cases []string
	var unders []types.Type
	for _, obj := range b.programTypes() {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 || n.Obj().Parent() != n.Obj().Pkg().Scope() {
			continue
		}
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			if !types.Implements(t, it) {
				continue
			}
			for _, u := range unders {
				if types.Identical(u, t.Underlying()) {
					return "", false
				}
			}
			unders = append(unders, t.Underlying())
			name, ok := b.typeName(t)
			if !ok {
				return "", false
			}
			cases = append(cases, "case "+name+": return "+strconv.Quote(runtimeName(t)))
		}
	}
	return "func() string { switch __dkV.(type) { " + strings.Join(cases, "; ") + " }; return \"\" }()", true
}

// inFunc reports whether pos is in a function of the file other than a
// cell's own (a declared function, a method, a function literal): code
// that may run again in a later cell.
func (b *boundary) inFunc(pos token.Pos) bool {
	in := false
	ast.Inspect(b.file, func(n ast.Node) bool {
		if in || n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			in = n.Name.Name != "__cell"
		case *ast.FuncLit:
			in = true
		}
		return !in
	})
	return in
}

// errorMethodsLater refuses, in a session, declaring an Is, As or Unwrap
// method (of errors' signatures) in a cell while a function of an earlier
// cell calls errors.Is, errors.As or errors.Unwrap: divergo lowered that
// call to one that knows the types with such methods of its cell and the
// earlier ones (errorsCall), so it would not call the new method where Go
// does.
func (b *boundary) errorMethodsLater() {
	if b.reached == nil || !b.reached["errors:infunc"] {
		return
	}
	for _, d := range b.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || fd.Name.Pos() < b.file.FileStart || fd.Name.Pos() >= b.file.FileEnd {
			continue
		}
		m, ok := b.info.Defs[fd.Name].(*types.Func)
		if !ok {
			continue
		}
		recv := m.Type().(*types.Signature).Recv().Type()
		for _, name := range []string{"Is", "As", "Unwrap", "UnwrapAll"} {
			it := errorMethodIfaces[name]
			if it.Method(0).Name() == fd.Name.Name && types.Implements(recv, it) {
				b.refuse(fd.Name, "%s declared on %s after a function of an earlier cell calls errors.Is, errors.As or errors.Unwrap: divergo made that call know the types with such methods declared before it, so it would not call this one where Go does. Not supported: declare the type with its methods before the functions that call those (.reset starts over)",
					fd.Name.Name, typeString(recv))
				return
			}
		}
	}
}

// errorsAsType refuses errors.AsType[E](err) while the program has types
// with methods of errors': Modern lowers it to the errors package's own
// errors.As (or, for a program type, a walk without them), which would
// not call those methods.
func (b *boundary) errorsAsType(call *ast.CallExpr) {
	if ts, _, _ := b.errorMethodTypes(); len(ts) > 0 {
		b.refuse(call, "errors.AsType while %s has methods errors' functions call (Is, As or Unwrap): divergo's errors.AsType would not call them. Not supported yet: use errors.As with a variable of the type (var t E; errors.As(err, &t))",
			typeString(ts[0]))
	}
}

// errorFuncValues refuses errors.Is, errors.As and errors.Unwrap used as
// function values (is := errors.Is) while the program has types with
// methods of errors': only their calls are lowered (errorsCall), and the
// errors package's own functions would not call the methods (is(W{ErrX},
// ErrX) of a W with Unwrap was false, Go's true). In a session, a later
// cell's such method is refused (errorMethodsLater).
func (b *boundary) errorFuncValues() {
	called := map[ast.Expr]bool{}
	var uses []*ast.SelectorExpr
	ast.Inspect(b.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			called[ast.Unparen(n.Fun)] = true
		case *ast.SelectorExpr:
			if fn, ok := b.info.Uses[n.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "errors" &&
				(fn.Name() == "Is" || fn.Name() == "As" || fn.Name() == "Unwrap") {
				uses = append(uses, n)
			}
		}
		return true
	})
	ts, _, _ := b.errorMethodTypes()
	for _, sel := range uses {
		if called[sel] || sel.Pos() < b.file.FileStart || sel.Pos() >= b.file.FileEnd {
			continue
		}
		b.errorsInFunc = b.errorsInFunc || b.reached != nil
		if len(ts) > 0 {
			b.refuse(sel, "errors.%s as a function value while %s has methods errors' functions call (Is, As or Unwrap): divergo calls them for the calls of errors.%[1]s it lowers, and the errors package's own function would not. Not supported: call errors.%[1]s itself (func(err, target error) bool { return errors.Is(err, target) })",
				sel.Sel.Name, typeString(ts[0]))
			return
		}
	}
}

// errorsAsIface lowers errors.As(err, &t) in a cell where t's type is an
// interface of the session (or a literal) and no type of the session has
// methods errors' functions call (errorsCall refuses the call where one
// has). The interpreter's errors.As was given a pointer to its own
// representation of such a variable and panicked ("*target must be
// interface or implement error"), where Go sets t to the first error of
// the chain that implements the interface. The call becomes errorsAsWalk's
// walk, asserting each error to each type of the session that implements
// the interface through what Keep recorded (peelText), and stopping the
// cell (NativeAssert) for a value of another package's type with the
// interface's methods, which the interpreter cannot store in it:
//
//	errors.As(err, &c)   →   func(__divergoE error, __divergoT *Coder) bool { … func(e error) (Coder, bool) { if v, ok := <peel E>(e); ok { return v, true }; …; rt.NativeAssert(e, "main.Coder", "Code"); return nil, false }(e) … }(err, &c)
//
// In a function of a cell it is refused: a later cell's types, which the
// walk does not name, may reach it. In a program, InterfaceAsserts lowers
// the call before (asserts.go); one it left is refused.
func (b *boundary) errorsAsIface(call *ast.CallExpr) bool {
	ptr, ok := b.info.TypeOf(call.Args[1]).(*types.Pointer)
	if !ok || !builtInterface(ptr.Elem()) {
		return false
	}
	if ts, _, generic := b.errorMethodTypes(); len(ts) > 0 || generic != nil {
		return false // errorsCall refuses
	}
	elem := ptr.Elem()
	refuse := func(why string) bool {
		b.refuse(call.Args[1], "errors.As with a target of type %s, an interface declared in %s%s: the interpreter's errors.As cannot store an error in such a variable. Not supported: use a target of the concrete type (*T), or of type error", typeString(ptr), b.where, why)
		return true
	}
	if b.reached == nil {
		return refuse("")
	}
	if b.inFunc(call.Pos()) {
		return refuse(", in a function (a later cell's types could reach it)")
	}
	name, ok := b.typeName(elem)
	if !ok {
		return refuse("")
	}
	it := elem.Underlying().(*types.Interface)
	var body strings.Builder
	body.WriteString("func(e error) (" + name + ", bool) { ")
	for _, obj := range b.programTypes() {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			if !types.Implements(t, it) {
				continue
			}
			if n.Obj().Parent() != n.Obj().Pkg().Scope() {
				return refuse(", while " + typeString(n) + ", a local type, implements it")
			}
			peel, ok := b.peelText(errorType, t, true)
			if !ok {
				return refuse("")
			}
			body.WriteString("if v, ok := " + peel + "(e); ok { return v, true }; ")
		}
	}
	var methods []string
	for i := 0; i < it.NumMethods(); i++ {
		methods = append(methods, strconv.Quote(it.Method(i).Name()))
	}
	sort.Strings(methods)
	body.WriteString(b.runtime + ".NativeAssert(e, " + strconv.Quote(runtimeName(elem)) + ", " + strings.Join(methods, ", ") + "); return nil, false }(e)")
	b.spans = append(b.spans, Span{call.Pos(), call.Args[0].Pos(), errorsAsWalk(name, body.String(), b.runtime, "") + "("})
	return true
}
