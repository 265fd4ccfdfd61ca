package check

// This file gives fmt, log and encoding/json the values a program stored in
// interfaces, not the interpreter's wrappers of them. The interpreter
// (yaegi v0.16.1) keeps a value of a program type with methods, stored in
// an any or in one of the program's interfaces, as a struct of its own
// (interp.valueInterface: the node and the value); handed to the standard
// library inside a value of static type any, []Shape, map[string]any or a
// struct field, that struct is what fmt printed ({0xc… {0x… 0x… 409}},
// where Go prints {1 2}) and what json marshalled ({}), silently. A native
// helper takes such an argument apart before the call, rebuilding the
// slices, maps and structs that hold wrappers with the values themselves:
//
//	fmt.Println(shapes)              →   fmt.Println(__divergo.Unwrap(shapes))
//	fmt.Printf(format, args...)      →   fmt.Printf(format, __divergo.UnwrapAll(args)...)
//
// The values keep no methods there, so it applies only when no type of the
// program with a method the standard library looks for (String, Error,
// Format, MarshalJSON…) can be among them: when one can, Boundary refuses
// (pendAnyProbed) or the interpreter's own handling stays. Interfaces of
// the standard library (error, fmt.Stringer) are left to the interpreter.

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"sort"
	"strings"
	"sync"
	"unsafe"
)

// unwrapped are the standard library's functions whose arguments Unwrap
// takes apart: they print or marshal them, and call no method of them but
// the probed ones.
var unwrapped = map[string]bool{
	"fmt.Print": true, "fmt.Println": true, "fmt.Printf": true,
	"fmt.Sprint": true, "fmt.Sprintln": true, "fmt.Sprintf": true,
	"fmt.Fprint": true, "fmt.Fprintln": true, "fmt.Fprintf": true,
	"fmt.Append": true, "fmt.Appendln": true, "fmt.Appendf": true,
	"log.Print": true, "log.Println": true, "log.Printf": true,
	"log.Fatal": true, "log.Fatalln": true, "log.Fatalf": true,
	"log.Panic": true, "log.Panicln": true, "log.Panicf": true,
	"log.Logger.Print": true, "log.Logger.Println": true, "log.Logger.Printf": true,
	"log.Logger.Fatal": true, "log.Logger.Fatalln": true, "log.Logger.Fatalf": true,
	"log.Logger.Panic": true, "log.Logger.Panicln": true, "log.Logger.Panicf": true,
	"json.Marshal": true, "json.MarshalIndent": true, "json.Encoder.Encode": true,
}

// unwrapArg lowers argument x of call (a function of unwrapped) when its
// static type holds the program's interfaces or any, and only them (see
// above); spread: x is given as x... .
func (b *boundary) unwrapArg(x ast.Expr, from types.Type, call *ast.CallExpr) {
	fn, ok := b.native(call)
	if ok && fn == "fmt.Errorf" {
		b.reboxErrorf(x, from, call)
		return
	}
	if !ok || !unwrapped[fn] {
		return
	}
	spread := call.Ellipsis.IsValid() && x == call.Args[len(call.Args)-1]
	b.pending = append(b.pending, func() {
		if b.printed[x] || typeVerbArg(call, x, b.info) {
			return // %T: the type's name (TypeVerbs), not the value
		}
		if !unwrappable(b.info, from, b.neverInInterface()) {
			if names := b.printerNames(from); len(names) > 0 && b.reached != nil && !hasTypeParam(from) {
				// A cell: the earlier cells' stores of the printing
				// types are refused where made (pendAnyProbed); the
				// values that reach here unwrap, and a printing one
				// stops the cell (UnwrapExcept).
				helper := ".UnwrapExcept("
				if spread {
					helper = ".UnwrapAllExcept("
				}
				open, close := b.runtime+helper, ", "+strings.Join(names, ", ")+")"
				if cases := b.reboxCases(from, operandTextVerb(x, call, b.info)); cases != "" && !spread {
					open += "any(func(__x any) any { switch " + b.runtime + ".WrapperName(__x) {" + cases + " }; return __x }("
					close = "))" + close
				}
				b.spans = append(b.spans, Span{x.Pos(), x.Pos(), open}, Span{x.End(), x.End(), close})
				return
			}
			b.wrapperPrinted(x, fn, from)
			return
		}
		helper := ".Unwrap("
		if spread {
			helper = ".UnwrapAll("
		}
		b.spans = append(b.spans, Span{x.Pos(), x.Pos(), b.runtime + helper}, Span{x.End(), x.End(), ")"})
	})
}

// Unwrappable reports whether values of static type t may hold the
// interpreter's wrappers that Unwrap may take apart: t holds any or the
// program's interfaces, and only those, and no type of the program with a
// method the standard library looks for (String, Error, Format,
// MarshalJSON…) implements one of them (its method would be lost).
func Unwrappable(info *types.Info, t types.Type) bool {
	return unwrappable(info, t, nil)
}

// unwrappable is Unwrappable, leaving out the program's types for which
// absent reports that no value of theirs (nor a pointer to one) is ever
// in an interface: they have no wrapper for Unwrap to take apart.
func unwrappable(info *types.Info, t types.Type, absent func(*types.Named) bool) bool {
	ok, printer := unwrapBlocked(info, t, absent)
	return ok && printer == nil
}

// unwrapBlocked reports whether values of static type t may hold the
// interpreter's wrappers and no value of another package's type (ok), and
// the first type of the program with a method the standard library looks
// for whose values may be among them (printer), which Unwrap would lose.
func unwrapBlocked(info *types.Info, t types.Type, absent func(*types.Named) bool) (ok bool, printer *types.TypeName) {
	ifaces := heldInterfaces(t, map[types.Type]bool{}, nil)
	if len(ifaces) == 0 || holdsNative(t, map[types.Type]bool{}) {
		return false, nil // a type of another package would lose its methods
	}
	for _, it := range ifaces {
		if n, named := it.(*types.Named); named && (n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != pkgPath) {
			return false, nil // error, fmt.Stringer…: the interpreter's own wrappers
		}
	}
	for _, obj := range info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.Pkg() == nil || tn.Pkg().Path() != pkgPath || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && absent != nil && absent(n) {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			ms := methodsOf(t)
			if !ms["String"] && !ms["Error"] && !ms["Format"] && !ms["MarshalJSON"] && !ms["MarshalText"] && !ms["MarshalXML"] {
				continue
			}
			for _, it := range ifaces {
				if types.Implements(t, it.Underlying().(*types.Interface)) {
					if printer == nil || tn.Pos() < printer.Pos() {
						printer = tn
					}
				}
			}
		}
	}
	return true, printer
}

// holdsNative reports whether t is or holds (not behind an interface) a
// named type of another package than the program's.
func holdsNative(t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	if n, ok := types.Unalias(t).(*types.Named); ok && !types.IsInterface(t) && (n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != pkgPath) {
		return n.Obj().Pkg() != nil // error and the basic types are fine
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return holdsNative(u.Elem(), seen)
	case *types.Slice:
		return holdsNative(u.Elem(), seen)
	case *types.Array:
		return holdsNative(u.Elem(), seen)
	case *types.Map:
		return holdsNative(u.Key(), seen) || holdsNative(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if holdsNative(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

// heldInterfaces appends the interface types t is or holds (in elements,
// keys, fields, behind pointers).
func heldInterfaces(t types.Type, seen map[types.Type]bool, out []types.Type) []types.Type {
	if t == nil || seen[t] {
		return out
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return append(out, t)
	case *types.Pointer:
		return heldInterfaces(u.Elem(), seen, out)
	case *types.Slice:
		return heldInterfaces(u.Elem(), seen, out)
	case *types.Array:
		return heldInterfaces(u.Elem(), seen, out)
	case *types.Map:
		return heldInterfaces(u.Elem(), seen, heldInterfaces(u.Key(), seen, out))
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			out = heldInterfaces(u.Field(i).Type(), seen, out)
		}
	}
	return out
}

// Unwrap returns x with the interpreter's wrappers of values stored in
// interfaces replaced by the values (see above); a value that holds none is
// returned as it is.
func Unwrap(x any) any {
	if x == nil {
		return nil
	}
	v := reflect.ValueOf(x)
	if !wraps(v.Type()) || !holdsWrapper(v, 0, map[uintptr]bool{}) {
		return x // kept as it is, with its own type
	}
	return unwrapValue(v).Interface()
}

// holdsWrapper reports whether the value v holds a wrapper, looking no
// deeper than 64 levels and through each pointer, slice and map once
// (seen): a cyclic value, such as the interpreter's own error of a
// failed assertion, which holds its whole syntax graph (a recovered one
// took minutes).
func holdsWrapper(v reflect.Value, depth int, seen map[uintptr]bool) bool {
	if !v.IsValid() || depth > 64 || !wraps(v.Type()) || len(seen) > 100000 {
		return false
	}
	if isWrapper(v.Type()) {
		return true
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map:
		if v.IsNil() {
			return false
		}
		if p := v.Pointer(); seen[p] {
			return false
		} else {
			seen[p] = true
		}
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		return !v.IsNil() && holdsWrapper(v.Elem(), depth+1, seen)
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if holdsWrapper(v.Index(i), depth+1, seen) {
				return true
			}
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			if holdsWrapper(it.Key(), depth+1, seen) || holdsWrapper(it.Value(), depth+1, seen) {
				return true
			}
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if holdsWrapper(v.Field(i), depth+1, seen) {
				return true
			}
		}
	}
	return false
}

// UnwrapAll is Unwrap of each of a variadic call's arguments.
func UnwrapAll(xs []any) []any {
	if xs == nil {
		return nil
	}
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = Unwrap(x)
	}
	return out
}

// UnwrapExcept is Unwrap for a cell's argument that may hold values of the
// session's types with a method the standard library looks for (names:
// their runtime names, main.Neg, *main.Neg), which Unwrap would lose: the
// cells that store them in an any are refused (pendAnyProbed), so one met
// here stops the cell, naming it, rather than print without its method.
// Before, such an argument was handed to fmt as the interpreter's wrapper
// of every value (show(Vertex{1, 2}) of func show(i any) {
// fmt.Println(i) } printed {0xc… {…}} while a type with String was
// declared; Go prints {1 2}).
func UnwrapExcept(x any, names ...string) any {
	if x == nil {
		return nil
	}
	stop := map[string]bool{}
	for _, n := range names {
		stop[n] = true
	}
	v := reflect.ValueOf(x)
	if isWrapper(v.Type()) {
		if name, _ := valueInterfaceOf(v); stop[name] {
			return x // itself: the interpreter hands it on with its method
		}
	}
	if name := wrappedName(v, 0, map[uintptr]bool{}, stop); name != "" {
		panic(fmt.Sprintf("divergo: a %s reached the standard library inside a value of an any, where the interpreter would lose the method Go calls (String, Error, Format, MarshalJSON…). Not supported yet: pass the %s itself, or its method's result", name, name))
	}
	return Unwrap(x)
}

// reboxCases returns the cases of the switch that hands UnwrapExcept, in a
// cell, an operand of static type from (an interface) holding a value of
// a session type with a Format or String method as fmt.Formatter or
// fmt.Stringer, converted in the function that prints it:
//
//	fmt.Sprint(v)   →   fmt.Sprint(__divergo.UnwrapExcept(any(func(__x any) any { switch __divergo.WrapperName(__x) { case "main.Level": return __divergo.AsStringer(__x.(Level)) }; return __x }(v)), "main.Level"))
//
// The interpreter (yaegi v0.16.1) made that conversion itself when the
// operand reached UnwrapExcept (its special interface mapping), by
// evaluating again the expression that stored the value in the any —
// in the frame of the function calling UnwrapExcept, not in the one it
// belongs to: a range variable or an element (temps[1]) given to
// show(v any) came out as another slot of show's frame, and
// fmt.Sprint(v) printed <nil> (Go: the String method's text) or failed
// in reflect ("call of reflect.Value.Type on zero Value"). The
// assertion reads the value itself; the conversion's expression is then
// the function literal's own. "" when no such type can be named here.
//
// text: the operand's verb prints a String method's text (%v, %s…; see
// operandTextVerb); else a value with a String method (and no Format) is
// given bare, as Go's fmt calls no String method for %d (the interpreter's
// conversion printed its fmt.Stringer wrapper, {1 5307072}, Go 1).
func (b *boundary) reboxCases(from types.Type, text bool) string {
	if !types.IsInterface(from) {
		return ""
	}
	it, _ := from.Underlying().(*types.Interface)
	var cases strings.Builder
	for _, obj := range b.programTypes() {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || tn.Parent() != tn.Pkg().Scope() {
			continue
		}
		if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			ms := methodsOf(t)
			as := ""
			switch {
			case ms["Format"]:
				as = "AsFormatter"
			case ms["String"] && text:
				as = "AsStringer"
			case ms["String"]:
				as = "Bare" // the value, as fmt prints it for %d
			default:
				continue
			}
			if !types.Implements(t, it) {
				continue
			}
			name, ok := b.typeName(t)
			if !ok {
				continue
			}
			fmt.Fprintf(&cases, " case %q: return %s.%s(__x.(%s));", runtimeName(t), b.runtime, as, name)
		}
	}
	return cases.String()
}

// operandTextVerb reports whether fmt may call the String method of operand x
// of call: not a Printf, or a Printf whose verb for x is %v, %s, %q, %x or
// %X (or cannot be told).
func operandTextVerb(x ast.Expr, call *ast.CallExpr, info *types.Info) bool {
	_, i, format, ok := printfCall(call, info)
	if !ok {
		return true
	}
	verbs, paired := pairVerbs(format)
	if !paired {
		return true
	}
	for k, verb := range verbs {
		if i+1+k < len(call.Args) && call.Args[i+1+k] == x && verb != "" {
			return strings.Contains("vsqxX", verb[len(verb)-1:])
		}
	}
	return true
}

// reboxErrorf gives fmt.Errorf, in a cell, operand x of static type any
// through reboxCases' switch (a value of a session type with String or
// Format converted where it is printed): the interpreter's own conversion
// read the value from the wrong frame (fmt.Errorf("level %v", v) in
// func wrap(v any) failed in reflect for a range variable). Not for %w's
// operand (an error, whose Error and Unwrap methods fmt needs), nor
// spread.
func (b *boundary) reboxErrorf(x ast.Expr, from types.Type, call *ast.CallExpr) {
	if b.reached == nil || call.Ellipsis.IsValid() || hasTypeParam(from) {
		return
	}
	if it, ok := from.Underlying().(*types.Interface); !ok || it.NumMethods() != 0 {
		return
	}
	if _, i, format, ok := printfCall(call, b.info); ok {
		verbs, paired := pairVerbs(format)
		if !paired {
			return
		}
		for k, verb := range verbs {
			if i+1+k < len(call.Args) && call.Args[i+1+k] == x && strings.HasSuffix(verb, "w") {
				return
			}
		}
	}
	b.pending = append(b.pending, func() {
		if b.printed[x] {
			return
		}
		if cases := b.reboxCases(from, operandTextVerb(x, call, b.info)); cases != "" {
			b.spans = append(b.spans, Span{x.Pos(), x.Pos(), "any(func(__x any) any { switch " + b.runtime + ".WrapperName(__x) {" + cases + " }; return __x }("}, Span{x.End(), x.End(), "))"})
		}
	})
}

// WrapperName is the runtime name of the type of the value x holds in the
// interpreter's wrapper (main.Level, *main.Level), "" for a value not in
// one (reboxCases).
func WrapperName(x any) string {
	if x == nil {
		return ""
	}
	v := reflect.ValueOf(x)
	if !isWrapper(v.Type()) {
		return ""
	}
	name, _ := valueInterfaceOf(v)
	return name
}

// AsStringer is s, converted by the interpreter where it is called
// (reboxCases).
func AsStringer(s fmt.Stringer) any { return s }

// AsFormatter is f, converted by the interpreter where it is called
// (reboxCases).
func AsFormatter(f fmt.Formatter) any { return f }

// UnwrapAllExcept is UnwrapExcept of each of a variadic call's arguments.
func UnwrapAllExcept(xs []any, names ...string) []any {
	if xs == nil {
		return nil
	}
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = UnwrapExcept(x, names...)
	}
	return out
}

// wrappedName returns the runtime name of the first wrapper in v whose
// value's type is one of stop, or "" (looking as holdsWrapper does).
func wrappedName(v reflect.Value, depth int, seen map[uintptr]bool, stop map[string]bool) string {
	if !v.IsValid() || depth > 64 || !wraps(v.Type()) || len(seen) > 100000 {
		return ""
	}
	if isWrapper(v.Type()) {
		name, inner := valueInterfaceOf(v)
		if stop[name] {
			return name
		}
		if !inner.IsValid() {
			return ""
		}
		return wrappedName(inner, depth+1, seen, stop)
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map:
		if v.IsNil() {
			return ""
		}
		if p := v.Pointer(); seen[p] {
			return ""
		} else {
			seen[p] = true
		}
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return ""
		}
		return wrappedName(v.Elem(), depth+1, seen, stop)
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if n := wrappedName(v.Index(i), depth+1, seen, stop); n != "" {
				return n
			}
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			if n := wrappedName(it.Key(), depth+1, seen, stop); n != "" {
				return n
			}
			if n := wrappedName(it.Value(), depth+1, seen, stop); n != "" {
				return n
			}
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if n := wrappedName(v.Field(i), depth+1, seen, stop); n != "" {
				return n
			}
		}
	}
	return ""
}

// printerNames returns, quoted for the lowering, the runtime names of the
// session's types (T and *T) with a method the standard library looks
// for whose values an argument of static type from may hold (see
// unwrapBlocked); nil when from may hold another package's values, which
// Unwrap would strip of their methods.
func (b *boundary) printerNames(from types.Type) []string {
	ok, printer := unwrapBlocked(b.info, from, nil)
	if !ok || printer == nil {
		return nil
	}
	ifaces := heldInterfaces(from, map[types.Type]bool{}, nil)
	var names []string
	for _, obj := range b.programTypes() {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if len(printingMethodNames(t)) == 0 {
				continue
			}
			for _, it := range ifaces {
				if types.Implements(t, it.Underlying().(*types.Interface)) {
					names = append(names, fmt.Sprintf("%q", runtimeName(t)))
					break
				}
			}
		}
	}
	sort.Strings(names)
	return names
}

// isWrapper reports whether t is the interpreter's wrapper type.
func isWrapper(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.Name() == "valueInterface" && strings.HasSuffix(t.PkgPath(), "yaegi/interp")
}

var wrapsMemo sync.Map // reflect.Type → bool

// wraps reports whether values of t may hold a wrapper.
func wraps(t reflect.Type) bool {
	if w, ok := wrapsMemo.Load(t); ok {
		return w.(bool)
	}
	wrapsMemo.Store(t, false) // a recursive type: false until known
	w := false
	switch t.Kind() {
	case reflect.Struct:
		if isWrapper(t) {
			w = true
			break
		}
		for i := 0; i < t.NumField(); i++ {
			w = w || wraps(t.Field(i).Type)
		}
	case reflect.Interface:
		w = true // what it holds is known only from the value
	case reflect.Pointer, reflect.Slice, reflect.Array:
		w = wraps(t.Elem())
	case reflect.Map:
		w = wraps(t.Key()) || wraps(t.Elem())
	}
	wrapsMemo.Store(t, w)
	return w
}

var anyType = reflect.TypeOf((*any)(nil)).Elem()

// unwrapValue rebuilds v without wrappers: a wrapper becomes its value, a
// slice, array or map of them a []any or map[…]any, a struct a struct of
// the same fields with any in place of the fields that held them.
func unwrapValue(v reflect.Value) reflect.Value {
	return unwrapIn(v, true)
}

// unwrapIn is unwrapValue; follow: through pointers too, else a pointer
// is kept as it is (below the operand, fmt prints its address; a cyclic
// value is not followed).
func unwrapIn(v reflect.Value, follow bool) reflect.Value {
	t := v.Type()
	switch {
	case !wraps(t):
		return v
	case isWrapper(t):
		c := reflect.New(t).Elem()
		c.Set(v)
		f := c.Field(1)
		inner, ok := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface().(reflect.Value)
		if !ok || !inner.IsValid() {
			return reflect.Zero(anyType)
		}
		return unwrapIn(inner, follow)
	}
	switch t.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		return unwrapIn(v.Elem(), follow)
	case reflect.Pointer:
		if v.IsNil() || !follow {
			return v
		}
		e := unwrapIn(v.Elem(), follow)
		p := reflect.New(e.Type())
		p.Elem().Set(e)
		return p
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && v.IsNil() {
			return reflect.Zero(reflect.SliceOf(anyType))
		}
		out := reflect.MakeSlice(reflect.SliceOf(anyType), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			if e := unwrapIn(v.Index(i), follow); e.IsValid() {
				out.Index(i).Set(e)
			}
		}
		return out
	case reflect.Map:
		kt := t.Key()
		if wraps(kt) {
			kt = anyType
		}
		mt := reflect.MapOf(kt, anyType)
		if v.IsNil() {
			return reflect.Zero(mt)
		}
		out := reflect.MakeMapWithSize(mt, v.Len())
		it := v.MapRange()
		for it.Next() {
			k, e := it.Key(), unwrapIn(it.Value(), follow)
			if kt == anyType {
				k = unwrapIn(k, follow)
			}
			if !e.IsValid() {
				e = reflect.Zero(anyType)
			}
			out.SetMapIndex(k, e)
		}
		return out
	case reflect.Struct:
		fields := make([]reflect.StructField, t.NumField())
		for i := range fields {
			fields[i] = t.Field(i)
			if wraps(fields[i].Type) {
				fields[i].Type = anyType
			}
		}
		st, ok := structOf(fields)
		if !ok {
			return v
		}
		out := reflect.New(st).Elem()
		for i := range fields {
			f := v.Field(i)
			if !f.CanInterface() {
				f = reflect.NewAt(f.Type(), unsafe.Pointer(addressable(v).Field(i).UnsafeAddr())).Elem()
			}
			if fields[i].Type == anyType && f.Type() != anyType {
				f = unwrapIn(f, follow)
			}
			dst := out.Field(i)
			if !dst.CanSet() {
				dst = reflect.NewAt(dst.Type(), unsafe.Pointer(dst.UnsafeAddr())).Elem()
			}
			if f.IsValid() {
				dst.Set(f)
			}
		}
		return out
	}
	return v
}

// structOf is reflect.StructOf, false where it panics (unexported fields
// of another package).
func structOf(fields []reflect.StructField) (t reflect.Type, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return reflect.StructOf(fields), true
}

// addressable returns v, or an addressable copy of it.
func addressable(v reflect.Value) reflect.Value {
	if v.CanAddr() {
		return v
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	return c
}

// nilReceiver lowers a fmt argument of a pointer type of the program whose
// String method has a pointer receiver: Go's fmt calls the
// method on a nil pointer too (a list's String that prints "[]" for nil),
// printing "<nil>" only if it panics; the interpreter handed fmt a plain
// nil, which printed <nil>. A nil pointer's text is made by the method,
// through a native helper that recovers as fmt does:
//
//	fmt.Println(l)   →   fmt.Println(func(__p *List) fmt.Stringer { if __p == nil { return __divergo.NilText(func() string { return __p.String() }) }; return __p }(l))
//
// Not under %p or %T (which read the pointer), nor for other functions.
func (b *boundary) nilReceiver(x ast.Expr, from types.Type, call *ast.CallExpr) {
	fn, ok := b.native(call)
	if !ok || !strings.HasPrefix(fn, "fmt.") || !unwrapped[fn] {
		return
	}
	ptr, ok := from.(*types.Pointer)
	if !ok || programNamed(ptr.Elem()) == nil || b.info.Types[x].IsNil() {
		return
	}
	if _, _, format, ok := printfCall(call, b.info); ok && (strings.Contains(format, "%p") || strings.Contains(format, "%T")) {
		return
	}
	method := ""
	for _, m := range []string{"Error", "String"} {
		obj, _, _ := types.LookupFieldOrMethod(from, false, nil, m)
		f, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		if _, ptrRecv := f.Type().(*types.Signature).Recv().Type().(*types.Pointer); ptrRecv {
			method = m
		}
		break // Error before String, as fmt looks
	}
	if method != "String" {
		return // an Error method: the argument is an error's already (convertResult)
	}
	if _, i, format, ok := printfCall(call, b.info); ok {
		// Only the verbs that print the method's text, paired with x.
		verbs, paired := pairVerbs(format)
		found := false
		for k, verb := range verbs {
			if paired && i+1+k < len(call.Args) && call.Args[i+1+k] == x {
				found = verb == "v" || verb == "s" || verb == "q"
			}
		}
		if !found {
			return
		}
	}
	name, ok := b.typeName(from)
	if !ok {
		return
	}
	// The result a fmt.Stringer, so that fmt finds the method on a
	// pointer that is not nil too.
	b.spans = append(b.spans, Span{x.Pos(), x.Pos(), "func(__p " + name + ") fmt.Stringer { if __p == nil { return " + b.runtime + ".NilText(func() string { return __p.String() }) }; return __p }("},
		Span{x.End(), x.End(), ")"})
}

// A nilText is what fmt prints of a nil pointer whose String or Error
// method made text (or panicked: "<nil>").
type nilText string

func (t nilText) String() string { return string(t) }

// NilText calls a nil pointer's String method as fmt does: its text, or
// "<nil>" when it panics.
func NilText(method func() string) (out fmt.Stringer) {
	defer func() {
		if recover() != nil {
			out = nilText("<nil>")
		}
	}()
	return nilText(method())
}

// neverInInterface returns, for a whole program (divergo run: b.reached
// is nil), whether no value of a program type n, nor a pointer to one, can
// be in an any: none is converted to an empty interface anywhere in it,
// nor to an interface whose values are (noteInIface), nor given as a type
// argument (a generic function may convert it): Unwrap cannot lose n's
// methods then. Unwrappable counts every type of the program with a String or
// Error method, so that one declared and never stored in an interface
// kept the interpreter's wrappers of the others: with a type Neg with
// String declared, fmt.Println of an any parameter holding a Vertex (a
// struct with methods) printed {0xc… {0x… 0x… 409}} where Go prints
// {3 4}. In a cell, later cells may store any type: nil.
func (b *boundary) neverInInterface() func(*types.Named) bool {
	if b.reached != nil {
		return nil
	}
	if b.argNamed == nil {
		b.argNamed = map[*types.Named]bool{}
		for _, inst := range b.info.Instances {
			for i := 0; i < inst.TypeArgs.Len(); i++ {
				for _, n := range namedIn(inst.TypeArgs.At(i), map[types.Type]bool{}) {
					b.argNamed[n] = true
				}
			}
		}
	}
	return func(n *types.Named) bool {
		if b.inIface[n] || b.argNamed[n] {
			return false
		}
		for _, it := range b.viaIfaces {
			if types.Implements(n, it) || types.Implements(types.NewPointer(n), it) {
				return false
			}
		}
		return true
	}
}

// noteInIface notes, for neverInInterface, the program's types converted
// to an interface (x, of type from, to type to; a call's results, from a
// tuple, to whatever), and the interfaces with methods whose values are,
// but as arguments of a function of unwrapped that only prints or
// marshals them (fmt.Println(t) keeps no t), or of fmt.Errorf, whose %w
// operand comes back only inside an error (noted where that error is
// converted).
func (b *boundary) noteInIface(x ast.Expr, from, to types.Type, call *ast.CallExpr) {
	if call != nil {
		if fn, ok := b.native(call); ok && (unwrapped[fn] && !strings.HasPrefix(fn, "json.") || fn == "fmt.Errorf") {
			return
		}
	}
	if b.info.Types[x].IsNil() {
		return
	}
	if n, ok := types.Unalias(from).(*types.Named); ok && n.TypeArgs().Len() > 0 && types.IsInterface(to) && !hasTypeParam(n) && b.storedInstance == nil {
		b.storedInstance = x // pendAnyProbed: %T names it by its structure
	}
	// empty: to may be an empty interface (for a call's results, any).
	// Unwrap takes apart the fields, elements and keys of what it is
	// given too: a Wrapper{E: err} in an any brings err's error there.
	note := func(t types.Type, empty bool) {
		if it, ok := t.Underlying().(*types.Interface); ok {
			if it.NumMethods() > 0 && !hasTypeParam(t) {
				b.viaIfaces = append(b.viaIfaces, it)
			}
			return
		}
		if empty {
			for _, n := range namedIn(t, map[types.Type]bool{}) {
				b.inIface[n] = true
			}
		}
		for _, held := range heldInterfaces(t, map[types.Type]bool{}, nil) {
			if it, ok := held.Underlying().(*types.Interface); ok && it.NumMethods() > 0 && !hasTypeParam(held) {
				b.viaIfaces = append(b.viaIfaces, it)
			}
		}
	}
	if tup, ok := from.(*types.Tuple); ok {
		for i := 0; i < tup.Len(); i++ {
			note(tup.At(i).Type(), true)
		}
		return
	}
	if to == nil || !types.IsInterface(to) || types.Identical(from, to) {
		return
	}
	// A value converted to an interface with methods (error) reaches an
	// any only as a value of that interface, which is noted then.
	it, _ := to.Underlying().(*types.Interface)
	note(from, it == nil || it.NumMethods() == 0 || hasTypeParam(to))
}

// wrapperPrinted refuses, in a whole program (divergo run), giving fn (a
// function of unwrapped) x, of static type from holding anys or the
// program's interfaces, where Unwrap cannot apply because values of a
// type of the program with a String or Error method may be among them,
// while values of another type of the program with methods (and no such
// method) may be stored in an any too: the interpreter gives fmt its
// wrapper of such a value. With a type Code with Error returned as an
// error and handed to show(v any), show(Vertex{3, 4}) printed
// {0xc… {0x… 0x… 409}} where Go prints {3 4}.
func (b *boundary) wrapperPrinted(x ast.Expr, fn string, from types.Type) {
	if b.reached != nil || b.anyCopied[x] || b.at != nil {
		return
	}
	ok, printer := unwrapBlocked(b.info, from, b.neverInInterface())
	if !ok || printer == nil {
		return
	}
	method := "String"
	if ms := printingMethodNames(printer.Type()); len(ms) > 0 {
		method = ms[0]
	}
	absent := b.neverInInterface()
	ifaces := heldInterfaces(from, map[types.Type]bool{}, nil)
	objs := b.programTypes()
	sort.Slice(objs, func(i, j int) bool { return objs[i].Pos() < objs[j].Pos() })
	for _, tn := range objs {
		tn, ok := tn.(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); !ok || absent(n) {
			continue // never in an any, nor in an interface that is
		}
		if _, basic := tn.Type().Underlying().(*types.Basic); basic {
			continue // refused where stored (pendAnyProbed)
		}
		ptr := types.NewPointer(tn.Type())
		if types.NewMethodSet(ptr).Len() == 0 || len(methodsOf(tn.Type())) > 0 || len(methodsOf(ptr)) > 0 {
			continue // no wrapper, or pendAnyProbed's
		}
		reaches := false
		for _, it := range ifaces {
			i := it.Underlying().(*types.Interface)
			reaches = reaches || types.Implements(tn.Type(), i) || types.Implements(ptr, i)
		}
		if !reaches {
			continue
		}
		b.refuse(x, "%s of a value of type %s while values of %s, a type with methods declared in the program, may be stored in an any, and values of %s, which has %s method, may be too: the interpreter would give the standard library its wrapper of a %[3]s ({0xc… {…}}, where Go prints its fields). Not supported yet: pass the %[3]s itself (v.(%[3]s))",
			fn, typeString(from), tn.Name(), printer.Name(), article(method))
		return
	}
}
