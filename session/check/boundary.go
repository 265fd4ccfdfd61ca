package check

// This file finds where a value of a type declared in package main (a
// cell's or a program's) crosses into the interpreter's native code — the
// standard library, or an interface type of it — in a way that the
// interpreter (yaegi v0.16.1) runs unlike Go, silently. Each case was
// measured against `go run`; each is refused with a message naming the
// construct, or lowered to Go the interpreter runs right.
//
// What the interpreter does, and Go does not:
//
//   - A value of a program type stored in a non-empty interface of the
//     standard library (error, fmt.Stringer, sort.Interface…) is wrapped in
//     a struct that has that interface's methods only: errors.Is and
//     errors.As do not find an Unwrap method, fmt does not find Format.
//   - A nil pointer (map, slice, func) of a program type stored in such an
//     interface makes a nil interface: `return p` of a nil *MyErr as an
//     error compares equal to nil, where Go's error holds a typed nil.
//   - The assertion err.(T) of such an interface to a struct type T fails.
//   - Passed to the standard library, values of program types nested in a
//     slice, map, array, pointer or struct field lose their methods:
//     fmt.Println([]T{…}) ignores T's String; json.Marshal ignores the
//     MarshalJSON of a field.
//   - A T whose String (or Error) has a pointer receiver prints through it,
//     where Go prints T's fields.
//   - fmt's verbs other than %v %s %q %x %X of a value with a String or
//     Error method print the interpreter's wrapper ({5 5462592}), where Go
//     prints the value.
//   - encoding/json and encoding/xml see unexported fields (renamed Xname),
//     where Go skips them: lowered, by tagging each such field `json:"-"
//     xml:"-"`.

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"
)

// A Span is a lowering: the text from Pos to End replaced by Text (Pos ==
// End inserts).
type Span struct {
	Pos, End token.Pos
	Text     string
}

// Boundary returns the first construct of f that the interpreter would run
// unlike Go at the boundary with native code (see above), as its node and a
// message naming it; or, when there is none, the lowerings that make f run
// as Go runs it. where names the code in messages ("a cell", "the
// program"); typeName writes a type as f's text can name it (false when it
// cannot); runtime is the name f's code reaches the native helpers under
// (ErrorChildren).
func Boundary(f *ast.File, info *types.Info, where string, typeName func(types.Type) (string, bool), runtime string) (ast.Node, string, []Span) {
	b := &boundary{info: info, where: where, typeName: typeName, runtime: runtime, converted: map[types.Type]bool{}, file: f}
	b.walk(f)
	for _, check := range b.pending {
		check()
	}
	if b.at != nil {
		return b.at, b.msg, nil
	}
	return nil, "", b.spans
}

type boundary struct {
	info     *types.Info
	where    string
	typeName func(types.Type) (string, bool)
	runtime  string
	// pending checks run after the walk, when every conversion of the
	// file's types to interfaces is known (converted).
	pending   []func()
	converted map[types.Type]bool
	file      *ast.File
	at        ast.Node
	msg       string
	spans     []Span
}

func (b *boundary) refuse(n ast.Node, format string, args ...any) {
	if b.at == nil {
		b.at, b.msg = n, fmt.Sprintf(format, args...)
	}
}

// programNamed returns the named type of package main that t is or points
// to, or nil.
func programNamed(t types.Type) *types.Named {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != pkgPath {
		return nil
	}
	return n
}

// nativeInterface reports whether t is an interface type with methods that
// is not declared in package main: error, fmt.Stringer, io.Writer… The
// interpreter stores values of program types in those through wrappers.
func nativeInterface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return false
	}
	switch t := t.(type) {
	case *types.Named:
		return t.Obj().Pkg() == nil || t.Obj().Pkg().Path() != pkgPath
	case *types.Alias:
		return nativeInterface(types.Unalias(t))
	}
	return false // an interface literal: the interpreter's own
}

// probed are the methods the standard library looks for by a type
// assertion on the values given to it.
var probed = []string{"Error", "String", "Format", "Unwrap", "Is", "As", "MarshalJSON", "MarshalText", "MarshalXML"}

// methodsOf returns the probed methods in t's method set.
func methodsOf(t types.Type) map[string]bool {
	ms := types.NewMethodSet(t)
	have := map[string]bool{}
	for _, m := range probed {
		if ms.Lookup(nil, m) != nil {
			have[m] = true
		}
	}
	return have
}

func (b *boundary) walk(f *ast.File) {
	var funcs []*types.Signature // enclosing functions, innermost last
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
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
		case *ast.ReturnStmt:
			if len(funcs) > 0 && funcs[len(funcs)-1] != nil {
				res := funcs[len(funcs)-1].Results()
				if res.Len() == len(n.Results) {
					for i, x := range n.Results {
						b.convert(x, res.At(i).Type(), nil)
					}
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i, x := range n.Rhs {
					if isBlank(n.Lhs[i]) {
						continue // _ = x: nothing is stored
					}
					if t := b.info.TypeOf(n.Lhs[i]); t != nil {
						b.convert(x, t, nil)
					}
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) == len(n.Names) {
				if t := b.info.TypeOf(n.Type); t != nil {
					for i, x := range n.Values {
						if n.Names[i].Name != "_" { // var _ error = (*E)(nil): nothing is stored
							b.convert(x, t, nil)
						}
					}
				}
			}
		case *ast.SendStmt:
			if ch, ok := under(b.info.TypeOf(n.Chan)).(*types.Chan); ok {
				b.convert(n.Value, ch.Elem(), nil)
			}
		case *ast.CompositeLit:
			b.composite(n)
		case *ast.CallExpr:
			b.call(n)
			b.typeArgs(n)
		case *ast.TypeAssertExpr:
			if n.Type != nil {
				b.assert(n.X, n.Type)
			}
		case *ast.TypeSwitchStmt:
			b.typeSwitch(n)
		case *ast.StructType:
			b.hideUnexported(n)
		case *ast.SelectorExpr:
			b.methodValue(n, stack)
		case *ast.DeferStmt:
			b.deferInLoop(n, stack)
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				b.compare(n, n.X, n.Y)
			}
		case *ast.SwitchStmt:
			if n.Tag != nil {
				for _, c := range n.Body.List {
					for _, x := range c.(*ast.CaseClause).List {
						b.compare(x, n.Tag, x)
					}
				}
			}
		}
		if call, ok := n.(*ast.CallExpr); ok && len(call.Args) == 0 {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				if bi, ok := b.info.Uses[id].(*types.Builtin); ok && bi.Name() == "recover" {
					// The deferred function still calls recover itself.
					b.spans = append(b.spans, Span{call.Pos(), call.Pos(), b.runtime + ".Recovered("}, Span{call.End(), call.End(), ")"})
				}
			}
		}
		return b.at == nil
	})
}

func isBlank(x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	return ok && id.Name == "_"
}

func under(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// composite visits the elements of a composite literal as conversions to
// the element (field) types.
func (b *boundary) composite(n *ast.CompositeLit) {
	t := b.info.TypeOf(n)
	if p, ok := under(t).(*types.Pointer); ok { // &T{…} elided in a literal
		t = p.Elem()
	}
	switch u := under(t).(type) {
	case *types.Struct:
		for i, e := range n.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					for j := 0; j < u.NumFields(); j++ {
						if u.Field(j).Name() == id.Name {
							b.convert(kv.Value, u.Field(j).Type(), nil)
						}
					}
				}
			} else if i < u.NumFields() {
				b.convert(e, u.Field(i).Type(), nil)
			}
		}
	case *types.Slice, *types.Array, *types.Map:
		var key, elem types.Type
		switch u := u.(type) {
		case *types.Slice:
			elem = u.Elem()
		case *types.Array:
			elem = u.Elem()
		case *types.Map:
			key, elem = u.Key(), u.Elem()
		}
		for _, e := range n.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if key != nil {
					b.convert(kv.Key, key, nil)
				}
				e = kv.Value
			}
			b.convert(e, elem, nil)
		}
	}
}

// call visits a call's arguments as conversions to its parameters' types,
// and a conversion T(x) as one to T.
func (b *boundary) call(n *ast.CallExpr) {
	if tv, ok := b.info.Types[n.Fun]; ok && tv.IsType() {
		if len(n.Args) == 1 {
			b.convert(n.Args[0], tv.Type, nil)
		}
		return
	}
	sig, ok := under(b.info.TypeOf(n.Fun)).(*types.Signature)
	if !ok {
		return
	}
	if fn, _ := b.native(n); fn == "errors.As" && len(n.Args) == 2 && b.errorsAs(n) {
		return
	} else if fn == "errors.Is" && len(n.Args) == 2 {
		b.compare(n.Args[1], n.Args[0], n.Args[1])
	}
	params := sig.Params()
	if len(n.Args) == 1 && params.Len() > 1 {
		return // f(g()) with g's results
	}
	for i, x := range n.Args {
		var t types.Type
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			t = params.At(params.Len() - 1).Type()
			if !n.Ellipsis.IsValid() {
				t = t.(*types.Slice).Elem()
			}
		case i < params.Len():
			t = params.At(i).Type()
		default:
			continue
		}
		b.convert(x, t, n)
	}
	b.formatVerbs(n)
}

// probers are the packages (by name) whose functions look for methods of
// the values given to them, inside slices, maps and structs too.
var probers = map[string]bool{"fmt": true, "log": true, "errors": true, "json": true, "xml": true, "template": true}

// native reports whether a call's function is the standard library's (or
// another native package's): a function or method not of package main.
func (b *boundary) native(call *ast.CallExpr) (string, bool) {
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	case *ast.IndexExpr: // an instantiated generic function
		if sel, ok := fun.X.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
	}
	if id == nil {
		return "", false
	}
	fn, ok := b.info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() == pkgPath {
		return "", false
	}
	name := fn.Pkg().Name() + "." + fn.Name()
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		name = types.TypeString(recv.Type(), func(p *types.Package) string { return p.Name() }) + "." + fn.Name()
		name = strings.TrimPrefix(name, "*")
	}
	return name, true
}

// convert checks the conversion of x's value to type to, an argument of
// call when call is not nil.
func (b *boundary) convert(x ast.Expr, to types.Type, call *ast.CallExpr) {
	from := b.info.TypeOf(x)
	if from == nil || to == nil || b.at != nil {
		return
	}
	if _, tuple := from.(*types.Tuple); tuple || types.IsInterface(from) || !types.IsInterface(to) {
		return
	}
	if tv := b.info.Types[x]; tv.IsNil() {
		return
	}
	named := programNamed(from)
	if named != nil {
		b.converted[named] = true
	}
	if named != nil && nativeInterface(to) {
		b.lostMethods(x, from, to)
		b.typedNil(x, from, to)
	}
	if call == nil {
		return
	}
	fn, ok := b.native(call)
	if !ok || !probers[strings.SplitN(fn, ".", 2)[0]] {
		return
	}
	pkg := strings.SplitN(fn, ".", 2)[0]
	if named != nil && (pkg == "fmt" || pkg == "log") {
		// fmt calls Error of an error, before String: the interpreter
		// does only for a value passed as an error (a conversion error(x)
		// is not enough); a nil pointer prints <nil>, as Go's fmt prints
		// a nil receiver's panicking Error.
		if ms := methodsOf(from); ms["Error"] && !ms["Format"] {
			b.spans = append(b.spans, Span{x.Pos(), x.Pos(), "func(e error) error { return e }("}, Span{x.End(), x.End(), ")"})
		}
	}
	if named != nil {
		if _, ptr := from.(*types.Pointer); !ptr {
			own, viaPtr := methodsOf(from), methodsOf(types.NewPointer(from))
			for _, m := range probed {
				if viaPtr[m] && !own[m] && (m == "String" || m == "Error") {
					b.refuse(x, "%s of %s: %s's %s method has a pointer receiver, so Go does not call it for a %s value and prints its fields; the interpreter would call it. Pass a pointer (&v), or give %s a value receiver",
						fn, typeString(from), named.Obj().Name(), m, named.Obj().Name(), m)
					return
				}
			}
		}
	}
	if top := methodsOf(from); top["String"] || top["Error"] || top["Format"] || top["MarshalJSON"] || top["MarshalText"] {
		return // the standard library calls the value's own method, and looks no further
	}
	if inner, how := b.nested(from, map[types.Type]bool{}, true); inner != nil {
		ms := methodsOf(inner)
		var names []string
		for _, m := range probed {
			if ms[m] {
				names = append(names, m)
			}
		}
		b.refuse(x, "%s of %s: Go calls the %s method of the %s %s; the interpreter does not for values inside a slice, array, map, pointer or struct field. Not supported yet: pass the %s values one by one",
			fn, typeString(from), strings.Join(names, " and "), typeString(inner), how, typeString(inner))
	}
}

// typeString writes a type as Go's messages do, package main's types by
// their name alone.
func typeString(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string {
		if p.Path() == pkgPath {
			return ""
		}
		return p.Name()
	})
}

// lostMethods refuses storing a program type in a native interface that
// lacks methods of the type the standard library looks for.
func (b *boundary) lostMethods(x ast.Expr, from, to types.Type) {
	has := methodsOf(from)
	keeps := methodsOf(to)
	var lost []string
	for _, m := range probed {
		if !has[m] || keeps[m] {
			continue
		}
		if m == "String" && keeps["Error"] {
			continue // fmt prefers Error
		}
		lost = append(lost, m)
	}
	if len(lost) == 0 {
		return
	}
	hint := ""
	if has["Unwrap"] {
		hint = ` (to wrap an error, fmt.Errorf("…: %w", err) makes one errors.Is and errors.As see through)`
	}
	b.refuse(x, "%s stored in %s: the interpreter keeps only %s's methods, so %s's %s would be invisible to the standard library (errors.Is, errors.As, fmt, encoding/json) where Go finds them; not supported yet%s",
		typeString(from), typeString(to), typeString(to), typeString(from), strings.Join(lost, " and "), hint)
}

// typedNil lowers the storing of a possibly nil pointer (map, slice, func,
// chan) of a program type in a native interface: Go makes an interface
// that is not nil (it holds a typed nil), which the interpreter cannot
// represent — it would make a nil interface. The lowered code stops with a
// message when the value is nil, and stores it otherwise.
func (b *boundary) typedNil(x ast.Expr, from, to types.Type) {
	switch under(from).(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Signature, *types.Chan:
	default:
		return
	}
	if notNil(ast.Unparen(x), b.info) {
		return
	}
	toName, ok := b.typeName(to)
	if !ok {
		return
	}
	msg := fmt.Sprintf("a nil %s stored in %s: Go makes %s that is not nil (it holds a nil %s), the interpreter would make a nil one. Not supported: store nil itself, or check the %s first",
		typeString(from), typeString(to), article(typeString(to)), typeString(from), kindName(from))
	b.spans = append(b.spans,
		Span{x.Pos(), x.Pos(), "func() " + toName + " { __divergoV := "},
		Span{x.End(), x.End(), "; if __divergoV == nil { panic(" + strconv.Quote(msg) + ") }; return __divergoV }()"})
}

func article(s string) string {
	if s != "" && strings.ContainsRune("aeiouAEIOU", rune(s[0])) {
		return "an " + s
	}
	return "a " + s
}

func kindName(t types.Type) string {
	switch under(t).(type) {
	case *types.Map:
		return "map"
	case *types.Slice:
		return "slice"
	case *types.Signature:
		return "function"
	case *types.Chan:
		return "channel"
	}
	return "pointer"
}

// notNil reports whether x's value is surely not nil: &v, &T{…}, a
// composite literal, a function literal, new(T), make(…).
func notNil(x ast.Expr, info *types.Info) bool {
	switch x := x.(type) {
	case *ast.UnaryExpr:
		return x.Op == token.AND
	case *ast.CompositeLit, *ast.FuncLit:
		return true
	case *ast.CallExpr:
		if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok {
			if bi, ok := info.Uses[id].(*types.Builtin); ok {
				return bi.Name() == "new" || bi.Name() == "make"
			}
		}
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return notNil(ast.Unparen(x.Args[0]), info) // T(&v)
		}
	}
	return false
}

// nested finds, inside t (below its top level when top), a program type
// with a probed method that the standard library would not see there; how
// says where ("elements of the slice", …).
func (b *boundary) nested(t types.Type, seen map[types.Type]bool, top bool) (types.Type, string) {
	if seen[t] {
		return nil, ""
	}
	seen[t] = true
	if !top && programNamed(t) != nil && len(methodsOf(t)) > 0 {
		return t, ""
	}
	var inner types.Type
	var how string
	switch u := t.Underlying().(type) {
	case *types.Slice:
		inner, how = u.Elem(), "elements"
	case *types.Array:
		inner, how = u.Elem(), "elements"
	case *types.Map:
		if in, _ := b.nested(u.Key(), seen, false); in != nil {
			return in, "keys"
		}
		inner, how = u.Elem(), "values"
	case *types.Pointer:
		if top {
			if _, isStruct := u.Elem().Underlying().(*types.Struct); isStruct {
				inner, how = u.Elem(), "fields"
				// fmt prints &{…}: the pointed-to struct's fields.
				return b.fields(u.Elem(), seen)
			}
		}
		inner, how = u.Elem(), "pointed-to value"
	case *types.Struct:
		return b.fields(t, seen)
	}
	if inner == nil {
		return nil, ""
	}
	if in, h := b.nested(inner, seen, false); in != nil {
		if h == "" {
			h = how
		}
		return in, h
	}
	return nil, ""
}

// fields looks into a struct's exported fields (the standard library
// does not call methods of unexported ones, in Go either).
func (b *boundary) fields(t types.Type, seen map[types.Type]bool) (types.Type, string) {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil, ""
	}
	for i := 0; i < st.NumFields(); i++ {
		fd := st.Field(i)
		if !fd.Exported() {
			continue
		}
		if in, h := b.nested(fd.Type(), seen, false); in != nil {
			if h == "" {
				h = "field " + fd.Name()
			}
			return in, h
		}
	}
	return nil, ""
}

// assert refuses x.(T) (and case T:) from a native interface to a struct
// type of the program: the interpreter's assertion fails.
func (b *boundary) assert(x, typ ast.Expr) {
	if x == nil {
		return
	}
	from, t := b.info.TypeOf(x), b.info.TypeOf(typ)
	if from != nil && t != nil && types.IsInterface(t) && !b.info.Types[typ].IsNil() {
		b.pending = append(b.pending, func() { b.assertInterface(x, typ, from, t) })
	}
	if from == nil || t == nil || !nativeInterface(from) {
		return
	}
	if _, ok := t.(*types.Named); !ok || programNamed(t) == nil {
		return
	}
	if _, ok := t.Underlying().(*types.Struct); !ok {
		return
	}
	name := typeString(t)
	b.refuse(typ, "asserting %s to %s, a struct type declared in %s: the interpreter's assertion of %s to a struct type fails where Go's succeeds. Give %s's methods a pointer receiver and assert to *%s",
		typeString(from), name, b.where, typeString(from), name, name)
}

// assertInterface refuses x.(I) of an interface value not of the
// program's types to an interface type I when the interpreter's answer can
// be wrong: I an interface literal, or I implemented by a type of the
// program whose values reach interfaces (see implementer).
func (b *boundary) assertInterface(x, typ ast.Expr, from, t types.Type) {
	{
		it, _ := t.Underlying().(*types.Interface)
		_, literal := t.(*types.Interface)
		if programNamed(from) == nil && it != nil && it.NumMethods() > 0 && !types.Identical(t, types.Universe.Lookup("error").Type()) &&
			(literal || b.implementer(it) != nil) {
			what := "an interface literal"
			if !literal {
				what = fmt.Sprintf("%s (which %s, declared in %s, implements)", typeString(t), typeString(b.implementer(it)), b.where)
			}
			b.refuse(typ, "asserting %s to %s: the interpreter's assertion of %s to an interface type fails where Go's succeeds, for values of types declared in %s and for interface literals. Assert to the concrete type (v.(*T)), or store the value in a variable of an interface type declared in %s first",
				typeString(from), what, article(typeString(from)), b.where, b.where)
			return
		}
	}
}

// implementer returns a type of the program (a cell's, or a program's)
// whose values or pointers implement it and may be in an interface value,
// or nil: the interpreter's assertion of those to an interface type fails,
// where its assertion of the standard library's values to a named
// interface works. A type declared in f may be in an interface value when
// f converts one to an interface type; one declared by an earlier cell,
// always.
func (b *boundary) implementer(it *types.Interface) types.Type {
	for _, obj := range b.info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.Pkg() == nil || tn.Pkg().Path() != pkgPath || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		inFile := tn.Pos() >= b.file.FileStart && tn.Pos() < b.file.FileEnd
		if inFile && !b.converted[tn.Type()] {
			continue
		}
		if types.Implements(tn.Type(), it) || types.Implements(types.NewPointer(tn.Type()), it) {
			return tn.Type()
		}
	}
	return nil
}

// hideUnexported tags the unexported fields of a struct type `json:"-"
// xml:"-"`: the interpreter renames them (x becomes Xx, exported), which
// encoding/json and encoding/xml would write and read; Go skips them. An
// embedded field is left alone (Go promotes an embedded struct's exported
// fields).
func (b *boundary) hideUnexported(st *ast.StructType) {
	for _, fd := range st.Fields.List {
		if len(fd.Names) == 0 {
			continue
		}
		unexported := false
		for _, n := range fd.Names {
			if !ast.IsExported(n.Name) && n.Name != "_" {
				unexported = true
			}
		}
		if !unexported {
			continue
		}
		if len(fd.Names) > 1 {
			for _, n := range fd.Names {
				if ast.IsExported(n.Name) {
					unexported = false // x, Y int: one tag would cover Y too
				}
			}
			if !unexported {
				continue
			}
		}
		if fd.Tag == nil {
			b.spans = append(b.spans, Span{fd.Type.End(), fd.Type.End(), " `json:\"-\" xml:\"-\"`"})
			continue
		}
		old, err := strconv.Unquote(fd.Tag.Value)
		if err != nil {
			continue
		}
		tag := `json:"-" xml:"-" ` + old // the first key of a name wins
		if strings.Contains(tag, "`") {
			b.spans = append(b.spans, Span{fd.Tag.Pos(), fd.Tag.End(), strconv.Quote(tag)})
		} else {
			b.spans = append(b.spans, Span{fd.Tag.Pos(), fd.Tag.End(), "`" + tag + "`"})
		}
	}
}

// formatVerbs refuses, in a call of fmt's Printf family with a constant
// format, a verb other than %v %s %q %x %X of a value of a program type
// with a String or Error method (and no Format): Go prints the value
// itself, the interpreter its wrapper.
func (b *boundary) formatVerbs(call *ast.CallExpr) {
	fn, i, format, ok := printfCall(call, b.info)
	if !ok {
		return
	}
	verbs, ok := pairVerbs(format)
	if !ok {
		return
	}
	for k, verb := range verbs {
		if i+1+k >= len(call.Args) {
			break
		}
		a := call.Args[i+1+k]
		t := b.info.TypeOf(a)
		if t == nil || programNamed(t) == nil || types.IsInterface(t) {
			continue
		}
		ms := methodsOf(t)
		if ms["Format"] || !(ms["String"] || ms["Error"]) {
			continue
		}
		if verb == "" {
			continue
		}
		v := verb[len(verb)-1]
		if strings.IndexByte("vsqxXTp", v) >= 0 {
			continue
		}
		m := "String"
		if ms["Error"] {
			m = "Error"
		}
		hint := "print its fields"
		if basic, ok := t.Underlying().(*types.Basic); ok {
			hint = "convert it: " + basic.Name() + "(…)"
		}
		b.refuse(a, "fmt.%s's %%%c of %s, a type with %s: Go prints the value itself, the interpreter would print its own wrapper; %s",
			fn, v, typeString(t), article(m)+" method", hint)
		return
	}
}

// printfCall recognises a call of fmt's Printf family with a constant
// format: the function's name, the format's argument index and the format.
func printfCall(call *ast.CallExpr, info *types.Info) (string, int, string, bool) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return "", 0, "", false
	}
	f, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || f.Pkg() == nil || f.Pkg().Path() != "fmt" {
		return "", 0, "", false
	}
	i, ok := map[string]int{"Printf": 0, "Sprintf": 0, "Errorf": 0, "Fprintf": 1, "Appendf": 1}[f.Name()]
	if !ok || i >= len(call.Args) {
		return "", 0, "", false
	}
	tv := info.Types[call.Args[i]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", 0, "", false
	}
	return f.Name(), i, constant.StringVal(tv.Value), true
}

// pairVerbs returns the verb each argument of a format is printed with, in
// order, with its # and + flags ("d", "#v", "+v"; a '*' width or precision
// takes an argument of its own, given ""); false when the format uses
// explicit argument indexes ([n]).
func pairVerbs(format string) ([]string, bool) {
	var verbs []string
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		flags := ""
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			if format[i] == '#' || format[i] == '+' {
				flags += string(format[i])
			}
			i++
		}
		for i < len(format) && (format[i] >= '0' && format[i] <= '9' || format[i] == '*' || format[i] == '.' || format[i] == '[') {
			switch format[i] {
			case '*':
				verbs = append(verbs, "")
			case '[':
				return nil, false
			}
			i++
		}
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			continue
		}
		r := []rune(format[i:])[0]
		verbs = append(verbs, flags+string(r))
		i += len(string(r)) - 1
	}
	return verbs, true
}

// errorsAs lowers errors.As(err, &target) when the target is of a program
// type: the interpreter's errors.As does not see that the program's type
// implements error (it panics "*target must be interface or implement
// error"). The call becomes one of a function literal that walks the
// chain as errors.As does — the error, then what Unwrap() error or
// Unwrap() []error returns (ErrorChildren, a native helper: the
// interpreter's own assertion of the standard library's wrappers to those
// interfaces fails), depth first — and asserts each to the target's type. (A program type's own Unwrap, Is or As methods never reach here:
// storing such a value in an error is refused.) It reports whether it
// handled the call.
func (b *boundary) errorsAs(call *ast.CallExpr) bool {
	ptr, ok := b.info.TypeOf(call.Args[1]).(*types.Pointer)
	if !ok || programNamed(ptr.Elem()) == nil || types.IsInterface(ptr.Elem()) {
		return false
	}
	elem := ptr.Elem()
	if _, isPtr := elem.(*types.Pointer); !isPtr {
		if _, isStruct := elem.Underlying().(*types.Struct); isStruct {
			name := typeString(elem)
			b.refuse(call.Args[1], "errors.As with a target of %s, a struct type declared in %s: the interpreter cannot assert an error to a struct type. Give %s's methods a pointer receiver and use a *%s target",
				name, b.where, name, name)
			return true
		}
	}
	name, ok := b.typeName(elem)
	if !ok {
		return false
	}
	b.spans = append(b.spans, Span{call.Pos(), call.Args[0].Pos(),
		"func(__divergoE error, __divergoT *" + name + ") bool { " +
			`if __divergoT == nil { panic("errors: target must be a non-nil pointer") }; ` +
			"var __divergoWalk func(error) bool; " +
			"__divergoWalk = func(e error) bool { for e != nil { " +
			"if v, ok := e.(" + name + "); ok { *__divergoT = v; return true }; " +
			"next := " + b.runtime + ".ErrorChildren(e); if len(next) != 1 { for _, x := range next { if __divergoWalk(x) { return true } }; return false }; e = next[0] }; return false }; " +
			"return __divergoWalk(__divergoE) }("})
	return true
}

// typeSwitch lowers a type switch on a native interface (an error) with a
// case of a program type: the interpreter's type switch does not match
// `case *MyErr:` there, where its assertion err.(*MyErr) does. The switch
// becomes a chain of assertions inside a switch with one default clause
// (so that break still leaves it):
//
//	switch v := err.(type) {          switch __divergoS := err; { default:
//	case *A:                          if v, __divergoOK := __divergoS.(*A); __divergoOK { _ = v
//	    …                                 …
//	case B, C:                        } else if __divergoS.(B) || … { v := __divergoS; _ = v
//	case nil:                         } else if __divergoS == nil { v := __divergoS; _ = v
//	default:                          } else { v := __divergoS; _ = v
//	}                                 } }
//
// A switch it cannot lower so (an init statement, default before another
// case, a struct type's case) is refused.
func (b *boundary) typeSwitch(n *ast.TypeSwitchStmt) {
	var x ast.Expr
	var bound string
	switch a := n.Assign.(type) {
	case *ast.AssignStmt:
		x = a.Rhs[0].(*ast.TypeAssertExpr).X
		bound = a.Lhs[0].(*ast.Ident).Name
	case *ast.ExprStmt:
		x = a.X.(*ast.TypeAssertExpr).X
	}
	from := b.info.TypeOf(x)
	if from == nil || !nativeInterface(from) {
		return
	}
	program := false
	for _, c := range n.Body.List {
		for _, t := range c.(*ast.CaseClause).List {
			b.assert(x, t)
			if tt := b.info.TypeOf(t); tt != nil && programNamed(tt) != nil {
				program = true
			}
		}
	}
	if !program || b.at != nil {
		return
	}
	why := ""
	if n.Init != nil {
		why = "an init statement"
	}
	clauses := n.Body.List
	for i, c := range clauses {
		if c.(*ast.CaseClause).List == nil && i != len(clauses)-1 {
			why = "a default clause before another case"
		}
	}
	var texts [][]string
	for _, c := range clauses {
		var ts []string
		for _, t := range c.(*ast.CaseClause).List {
			if b.info.Types[t].IsNil() {
				ts = append(ts, "nil")
				continue
			}
			tt := b.info.TypeOf(t)
			name, ok := b.typeName(tt)
			if !ok || types.IsInterface(tt) {
				why = "a case of type " + typeString(tt)
			}
			ts = append(ts, name)
		}
		texts = append(texts, ts)
	}
	if why != "" {
		b.refuse(n, "a type switch on %s with a case of a type declared in %s and %s: the interpreter's type switch would not match the case. Write it as assertions: if v, ok := x.(*T); ok { … }",
			typeString(from), b.where, why)
		return
	}
	bind := func() string {
		if bound == "" {
			return ""
		}
		return " " + bound + " := __divergoS; _ = " + bound
	}
	b.spans = append(b.spans,
		Span{n.Pos(), x.Pos(), "switch __divergoS := "},
		Span{x.End(), n.Body.Lbrace + 1, "; { default: "})
	for i, c := range clauses {
		cc := c.(*ast.CaseClause)
		head := "} else "
		if i == 0 {
			head = ""
		}
		var text string
		switch ts := texts[i]; {
		case len(ts) == 0:
			text = "} else {" + bind()
			if i == 0 {
				text = "{" + bind()
			}
		case len(ts) == 1 && ts[0] == "nil":
			text = head + "if __divergoS == nil {" + bind()
		case len(ts) == 1:
			v := "_"
			if bound != "" {
				v = bound
			}
			text = head + "if " + v + ", __divergoOK := __divergoS.(" + ts[0] + "); __divergoOK {"
			if bound != "" {
				text += " _ = " + bound
			}
		default:
			var conds []string
			for _, t := range ts {
				if t == "nil" {
					conds = append(conds, "__divergoS == nil")
				} else {
					conds = append(conds, "func() bool { _, ok := __divergoS.("+t+"); return ok }()")
				}
			}
			text = head + "if " + strings.Join(conds, " || ") + " {" + bind()
		}
		b.spans = append(b.spans, Span{cc.Pos(), cc.Colon + 1, text})
	}
	closing := "} }"
	if len(clauses) == 0 {
		closing = "}"
	}
	b.spans = append(b.spans, Span{n.Body.Rbrace, n.Body.Rbrace + 1, closing})
}

// ErrorChildren returns the errors e wraps — what its Unwrap() error or
// Unwrap() []error returns — for the lowered errors.As, which runs in the
// interpreter and calls it natively.
func ErrorChildren(e error) []error {
	switch u := e.(type) {
	case interface{ Unwrap() error }:
		if w := u.Unwrap(); w != nil {
			return []error{w}
		}
	case interface{ Unwrap() []error }:
		return u.Unwrap()
	}
	return nil
}

// deferInLoop lowers `defer func() { … }()` inside a loop when the
// function literal uses variables declared in the loop (its variables, or
// ones its body declares): the interpreter makes the closure when the
// deferred calls run, after the loop, so that every call saw the last
// iteration's values ([2 2 2] where Go gives [2 1 0]); and a closure made
// before (d := func(){…}; defer d()) hangs it. The variables become
// parameters of the literal, given at the defer, as Go's per-iteration
// variables mean:
//
//	defer func() { use(i) }()   →   defer func(i int) { use(i) }(i)
//
// When the loop or the literal assigns to such a variable after it is
// declared, passing its value would not be the same: refused.
func (b *boundary) deferInLoop(d *ast.DeferStmt, stack []ast.Node) {
	lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit)
	if !ok {
		return
	}
	var loops []ast.Node // the enclosing loops of the same function
	for k := len(stack) - 2; k >= 0; k-- {
		switch n := stack[k].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			k = -1
		case *ast.ForStmt, *ast.RangeStmt:
			loops = append(loops, n)
		}
	}
	if len(loops) == 0 {
		return
	}
	outer := loops[len(loops)-1]
	var vars []*types.Var
	seen := map[types.Object]bool{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := b.info.Uses[id].(*types.Var)
		if !ok || seen[v] || v.IsField() || v.Pos() < outer.Pos() || v.Pos() >= outer.End() || (v.Pos() >= lit.Pos() && v.Pos() < lit.End()) {
			return true
		}
		seen[v] = true
		vars = append(vars, v)
		return true
	})
	if len(vars) == 0 {
		return
	}
	sig, _ := b.info.TypeOf(lit).(*types.Signature)
	if sig == nil || sig.Variadic() || d.Call.Ellipsis.IsValid() {
		b.refuse(d, "a deferred variadic function literal that uses the loop's variables: the interpreter would run it with the last iteration's values; not supported")
		return
	}
	var params, args []string
	for _, v := range vars {
		if assignedAfter(outer, v, b.info) {
			b.refuse(d, "a deferred function literal that uses %s, a variable of the loop that is assigned after it is declared: the interpreter makes the closure when the deferred calls run, after the loop, and would see another value; pass %s as an argument of the deferred call",
				v.Name(), v.Name())
			return
		}
		t, ok := b.typeName(v.Type())
		if !ok {
			b.refuse(d, "a deferred function literal that uses %s, a variable of the loop of a type the cell cannot name: the interpreter would run it with the last iteration's value; pass %s as an argument", v.Name(), v.Name())
			return
		}
		params = append(params, v.Name()+" "+t)
		args = append(args, v.Name())
	}
	sep := ""
	if lit.Type.Params.NumFields() > 0 {
		sep = ", "
	}
	b.spans = append(b.spans, Span{lit.Type.Params.Closing, lit.Type.Params.Closing, sep + strings.Join(params, ", ")})
	sep = ""
	if len(d.Call.Args) > 0 {
		sep = ", "
	}
	b.spans = append(b.spans, Span{d.Call.Rparen, d.Call.Rparen, sep + strings.Join(args, ", ")})
}

// assignedAfter reports whether v is assigned (=, op=, ++, --, &v) within
// n other than by its declaration and a for loop's post statement.
func assignedAfter(n ast.Node, v *types.Var, info *types.Info) bool {
	found := false
	is := func(x ast.Expr) bool {
		id, ok := ast.Unparen(x).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	var post ast.Stmt
	if f, ok := n.(*ast.ForStmt); ok {
		post = f.Post
	}
	ast.Inspect(n, func(m ast.Node) bool {
		if m != nil && m == post {
			return false
		}
		switch m := m.(type) {
		case *ast.AssignStmt:
			for _, l := range m.Lhs {
				if is(l) {
					found = true
				}
			}
		case *ast.IncDecStmt:
			found = found || is(m.X)
		case *ast.UnaryExpr:
			found = found || (m.Op == token.AND && is(m.X))
		}
		return !found
	})
	return found
}

// RuntimeMessages are the panics of the interpreter's reflection that stand
// for a Go runtime error, with the message Go gives (less the index and
// length, which the interpreter does not report).
var RuntimeMessages = map[string]string{
	"reflect: slice index out of range":                      "runtime error: index out of range",
	"reflect: array index out of range":                      "runtime error: index out of range",
	"reflect: string index out of range":                     "runtime error: index out of range",
	"reflect: call of reflect.Value.Field on zero Value":     "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.Elem on zero Value":      "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.Method on zero Value":    "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.Interface on zero Value": "runtime error: invalid memory address or nil pointer dereference",
}

// A runtimeError is a runtime error the interpreter raised in its own
// words, given Go's (Recovered).
type runtimeError string

func (e runtimeError) Error() string { return string(e) }
func (e runtimeError) RuntimeError() {}

// Recovered is what recover() gives a program, as Go would give it: the
// value given to panic (the interpreter gave its reflect.Value, so that
// r.(string) failed), and the interpreter's runtime errors carry the position of the failing
// expression ("22:20: interface conversion: …") or its reflection's words
// ("reflect: slice index out of range"), where Go's say "interface
// conversion: …" and "runtime error: index out of range". The lowered
// recover() calls it; other values pass through.
func Recovered(r any) any {
	if v, ok := r.(reflect.Value); ok {
		// The interpreter's panic(v) of an interpreted value.
		if !v.IsValid() {
			return nil
		}
		r = v.Interface()
	}
	if s, ok := r.(string); ok { // reflect panics with strings
		if m, ok := RuntimeMessages[s]; ok {
			return runtimeError(m)
		}
	}
	err, ok := r.(error)
	if !ok {
		return r
	}
	msg := err.Error()
	if m, ok := RuntimeMessages[msg]; ok {
		return runtimeError(m)
	}
	if t := reflect.TypeOf(err); t.String() == "*interp.cfgError" {
		if _, rest, ok := strings.Cut(msg, ": "); ok && strings.HasPrefix(rest, "interface conversion: ") {
			return runtimeError(rest)
		}
	}
	return r
}

// compare refuses comparing a value in a native interface (an error) with
// a value of a program type (err == ErrMissing, case ErrMissing:,
// errors.Is(err, ErrMissing)): the interpreter stores the program's value
// in the interface through a wrapper, and the comparison is false where
// Go's is true.
func (b *boundary) compare(at ast.Node, x, y ast.Expr) {
	tx, ty := b.info.TypeOf(x), b.info.TypeOf(y)
	if tx == nil || ty == nil {
		return
	}
	if !nativeInterface(tx) {
		tx, ty = ty, tx
	}
	if !nativeInterface(tx) || types.IsInterface(ty) || programNamed(ty) == nil {
		return
	}
	b.refuse(at, "comparing %s with %s, a type declared in %s: the interpreter stores it in the %s through a wrapper, and the comparison would be false where Go's is true. Not supported: compare the concrete values (after v, ok := err.(%s)), or make the sentinel with errors.New",
		typeString(tx), article(typeString(ty)), b.where, typeString(tx), typeString(ty))
}

// methodValue lowers a method value of a value-receiver method (f :=
// t.Get), whose receiver Go copies when the method value is made; the
// interpreter reads it when f is called (t.N = 2 after f := t.Get made f()
// see 2). The receiver is copied into a parameter of a function literal:
//
//	t.Get   →   func(__divergoR T) func() int { return __divergoR.Get }(t)
func (b *boundary) methodValue(sel *ast.SelectorExpr, stack []ast.Node) {
	if b.info.Selections == nil {
		return
	}
	s, ok := b.info.Selections[sel]
	if !ok || s.Kind() != types.MethodVal {
		return
	}
	if len(stack) >= 2 {
		if call, ok := stack[len(stack)-2].(*ast.CallExpr); ok && call.Fun == sel {
			return // a call: the receiver is read at once
		}
	}
	fn := s.Obj().(*types.Func)
	recv := fn.Type().(*types.Signature).Recv().Type()
	if _, ptr := recv.(*types.Pointer); ptr || types.IsInterface(recv) {
		return // a pointer receiver: Go binds the pointer, read late in both
	}
	rt := b.info.TypeOf(sel.X)
	if rt == nil {
		return
	}
	deref, closing := "", ")"
	if p, ok := rt.(*types.Pointer); ok {
		rt = p.Elem() // Go copies *p
		deref, closing = "*(", "))"
	}
	rname, ok1 := b.typeName(rt)
	sig := types.NewSignatureType(nil, nil, nil, fn.Type().(*types.Signature).Params(), fn.Type().(*types.Signature).Results(), fn.Type().(*types.Signature).Variadic())
	fname, ok2 := b.typeName(sig)
	if !ok1 || !ok2 {
		return
	}
	b.spans = append(b.spans,
		Span{sel.Pos(), sel.Pos(), "func(__divergoR " + rname + ") " + fname + " { return __divergoR." + sel.Sel.Name + " }(" + deref},
		Span{sel.X.End(), sel.End(), closing})
}
