package check

// This file lowers assertions to interface types and type switches with
// interface cases, which the interpreter (yaegi v0.16.1) answers unlike Go
// for values of the program's own types: r.(error) of an any holding a
// MyErr (Error with a value receiver) was false after the value went
// through a parameter or a map, a recovered panic value of an error type
// was never an error, and a type switch never matched a case of an
// interface type (case error:, case fmt.Stringer:, case Shape:).
//
// The interpreter's assertion to a concrete type of the program is right,
// and so is its conversion of such a value to an interface. So each
// assertion to an interface type I becomes a call of a helper that asks for
// each type of the program in turn and answers itself, leaving the
// interpreter's own assertion for the values of other packages' types:
//
//	e, ok := r.(error)   →   e, ok := __as_0(r)
//
//	func __as_0(x any) (error, bool) {
//		if x == nil { return nil, false }
//		if w, ok := x.(MyErr); ok { return w, true }   // MyErr implements error
//		if _, ok := x.(Point); ok { return nil, false } // Point does not
//		w, ok := x.(error)
//		return w, ok
//	}
//
// To an interface of the program (or a literal), the interpreter's own
// assertion of another package's value was false (a *fmt.wrapError to
// interface{ Unwrap() error }), unless interpreted code had stored it in
// such an interface before: the helper asks the value's methods
// (NativeHas) and then the interpreter, and stops the program
// (NativeAssert) where the interpreter cannot make the interface value.
// Where only ok is asked (_, ok := x.(I)), __as_is0 answers from the
// methods alone.
//
// The plain form x.(I) calls __must_0, which panics with Go's message
// ("interface conversion: main.Point is not error: missing method
// Error"). A type switch with an interface case becomes a switch on the
// number of the clause that matches, each clause binding its variable
// itself:
//
//	switch t := v.(type) { case error: A; case int, string: B; default: C }
//	→   switch __ts_0(v) { case 0: t := __must_0(v, ""); _ = t; A; case 1: t := v; _ = t; B; default: t := v; _ = t; C }
//
// A program whose types cannot all be named at package level (a local type
// or an unnamed struct with methods promoted from an embedded field, a
// generic type with methods) is left alone: Boundary refuses what it must.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// AssertHelperPrefix starts the names of the helpers InterfaceAsserts
// declares; Boundary trusts their own assertions to interface types.
const AssertHelperPrefix = "__as_"

// isHelperPrefix starts the names of the helpers for an assertion whose
// value is not used (_, ok := x.(I)).
const isHelperPrefix = AssertHelperPrefix + "is"

// InterfaceAsserts returns the lowerings of f's assertions to interface
// types and type switches with interface cases (see above), and the
// helpers' declarations, to go at the end of f. typeName writes a type as
// f's text names it; text returns f's source between two positions;
// runtime is the native helpers' package name.
func InterfaceAsserts(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool), text func(from, to token.Pos) string, runtime string) ([]Span, []string) {
	a := &asserts{info: info, typeName: typeName, text: text, runtime: runtime, index: map[string]int{}}
	if !a.collectTypes(f) {
		return nil, nil
	}
	commaOk := map[*ast.TypeAssertExpr]bool{}
	blankOk := map[*ast.TypeAssertExpr]bool{} // _, ok := x.(I): the value is not used
	blank := func(x ast.Expr) bool {
		id, ok := x.(*ast.Ident)
		return ok && id.Name == "_"
	}
	inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == 2 && len(n.Rhs) == 1 {
				if ta, ok := ast.Unparen(n.Rhs[0]).(*ast.TypeAssertExpr); ok {
					commaOk[ta] = true
					blankOk[ta] = blank(n.Lhs[0])
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == 2 && len(n.Values) == 1 {
				if ta, ok := ast.Unparen(n.Values[0]).(*ast.TypeAssertExpr); ok {
					commaOk[ta] = true
					blankOk[ta] = n.Names[0].Name == "_"
				}
			}
		}
		return true
	})
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			if n.Type == nil {
				return true
			}
			k, ok := a.target(info.TypeOf(n.X), info.TypeOf(n.Type))
			if !ok || a.nestedAssert(n.X) {
				return true
			}
			x := text(n.X.Pos(), n.X.End())
			if blankOk[n] {
				spans = append(spans, Span{n.Pos(), n.End(), fmt.Sprintf("0, %s%d(%s)", isHelperPrefix, k, x)})
			} else if commaOk[n] {
				spans = append(spans, Span{n.Pos(), n.End(), fmt.Sprintf("%s%d(%s)", AssertHelperPrefix, k, x)})
			} else {
				spans = append(spans, Span{n.Pos(), n.End(), fmt.Sprintf("__must_%d(%s, %q)", k, x, runtimeName(info.TypeOf(n.X)))})
			}
			return false
		case *ast.TypeSwitchStmt:
			if sp, ok := a.typeSwitch(n); ok {
				spans = append(spans, sp...) // the clauses' bodies are lowered too
			}
		case *ast.CallExpr:
			if sp, ok := a.writeString(n); ok {
				spans = append(spans, sp) // the arguments are lowered too
			}
			if sp, ok := a.errorsAs(n); ok {
				spans = append(spans, sp) // the arguments are lowered too
			}
		}
		return true
	})
	return spans, a.decls
}

// writeString lowers a call of io.WriteString(w, s) when a type of the
// program has a WriteString method: Go's io.WriteString asserts w to
// io.StringWriter and calls WriteString, where the interpreter hands it
// a wrapper of the program's value with the method Write only, so that
// Write was called instead (a *Sink counting its calls printed 1, Go
// 100). The call becomes one of a helper that does what io.WriteString
// does, its assertion lowered as the program's own (see target):
//
//	io.WriteString(w, "x")   →   __writestring_0(w, "x")
//
//	func __writestring_0(w io.Writer, s string) (int, error) {
//		if sw, ok := __as_0(w); ok { return sw.WriteString(s) }
//		return w.Write([]byte(s))
//	}
func (a *asserts) writeString(call *ast.CallExpr) (Span, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 2 || call.Ellipsis.IsValid() {
		return Span{}, false
	}
	fn, ok := a.info.Uses[sel.Sel].(*types.Func)
	pkg, isPkg := sel.X.(*ast.Ident)
	if !ok || !isPkg || fn.Pkg() == nil || fn.Pkg().Path() != "io" || fn.Name() != "WriteString" {
		return Span{}, false
	}
	if _, ok := a.info.Uses[pkg].(*types.PkgName); !ok {
		return Span{}, false
	}
	sw := fn.Pkg().Scope().Lookup("StringWriter")
	if sw == nil {
		return Span{}, false
	}
	it, ok := sw.Type().Underlying().(*types.Interface)
	if !ok {
		return Span{}, false
	}
	some := false
	for _, p := range a.types {
		some = some || types.Implements(p, it)
	}
	if !some || hasTypeParam(a.info.TypeOf(call.Args[0])) {
		return Span{}, false // the interpreter's io.WriteString calls Write, as Go's
	}
	k, ok := a.target(fn.Type().(*types.Signature).Params().At(0).Type(), sw.Type())
	if !ok {
		return Span{}, false
	}
	name := fmt.Sprintf("__writestring_%d", k)
	if !a.written[name] {
		if a.written == nil {
			a.written = map[string]bool{}
		}
		a.written[name] = true
		a.decls = append(a.decls, fmt.Sprintf("func %s(w %s.Writer, s string) (int, error) {\n\tif sw, ok := %s%d(w); ok {\n\t\treturn sw.WriteString(s)\n\t}\n\treturn w.Write([]byte(s))\n}\n",
			name, pkg.Name, AssertHelperPrefix, k))
	}
	return Span{call.Fun.Pos(), call.Fun.End(), name}, true
}

// errorsAs lowers a call of errors.As(err, &t) whose target points to an
// interface of the program (or a literal): the interpreter's errors.As
// was given a pointer to its own representation of such a variable and
// panicked ("*target must be interface or implement error"), where Go
// walks err's chain and sets t to the first error that implements the
// interface. The call becomes one of a helper that walks the chain as
// errors.As does, asserting each error as the program's own assertions
// are (see target); Boundary refuses the call where a type of the
// program has Is, As or Unwrap methods (errorsCall):
//
//	errors.As(err, &c)   →   __errorsas_0(err, &c)
//
//	func __errorsas_0(err error, target *Coder) bool {
//		if target == nil { panic("errors: target must be a non-nil pointer") }
//		for err != nil {
//			if v, ok := __as_0(err); ok { *target = v; return true }
//			next := rt.ErrorChildren(err)
//			if len(next) != 1 { for _, e := range next { if __errorsas_0(e, target) { return true } }; return false }
//			err = next[0]
//		}
//		return false
//	}
func (a *asserts) errorsAs(call *ast.CallExpr) (Span, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 2 || call.Ellipsis.IsValid() {
		return Span{}, false
	}
	fn, ok := a.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "As" {
		return Span{}, false
	}
	ptr, ok := a.info.TypeOf(call.Args[1]).(*types.Pointer)
	if !ok || !builtInterface(ptr.Elem()) {
		return Span{}, false
	}
	for _, p := range a.types {
		for _, it := range errorMethodIfaces {
			if types.Implements(p, it) {
				return Span{}, false // Boundary refuses (errorsCall)
			}
		}
	}
	k, ok := a.target(errorType, ptr.Elem())
	if !ok {
		return Span{}, false
	}
	name := fmt.Sprintf("__errorsas_%d", k)
	if !a.written[name] {
		if a.written == nil {
			a.written = map[string]bool{}
		}
		a.written[name] = true
		iname, _ := a.typeName(ptr.Elem())
		a.decls = append(a.decls, fmt.Sprintf("func %[1]s(err error, target *%[2]s) bool {\n\tif target == nil {\n\t\tpanic(\"errors: target must be a non-nil pointer\")\n\t}\n\tfor err != nil {\n\t\tif v, ok := %[3]s%[4]d(err); ok {\n\t\t\t*target = v\n\t\t\treturn true\n\t\t}\n\t\tnext := %[5]s.ErrorChildren(err)\n\t\tif len(next) != 1 {\n\t\t\tfor _, e := range next {\n\t\t\t\tif %[1]s(e, target) {\n\t\t\t\t\treturn true\n\t\t\t\t}\n\t\t\t}\n\t\t\treturn false\n\t\t}\n\t\terr = next[0]\n\t}\n\treturn false\n}\n",
			name, iname, AssertHelperPrefix, k, a.runtime))
	}
	return Span{call.Fun.Pos(), call.Fun.End(), name}, true
}

type asserts struct {
	info     *types.Info
	typeName func(types.Type) (string, bool)
	text     func(from, to token.Pos) string
	runtime  string
	// types are the program's types whose values may be in an interface:
	// each named type declared at package level and a pointer to it.
	types []types.Type
	index map[string]int // a target interface's text → its helpers' number
	decls []string
	nts   int // type switches lowered
	// written: the io.WriteString helpers declared (writeString)
	written map[string]bool
}

// collectTypes gathers the program's types, or reports false when some
// type with methods cannot be named at package level.
func (a *asserts) collectTypes(f *ast.File) bool {
	ok := true
	for id, obj := range a.info.Defs {
		tn, isType := obj.(*types.TypeName)
		if !isType || tn.IsAlias() || id.Name == "_" {
			continue
		}
		named, isNamed := tn.Type().(*types.Named)
		if !isNamed || types.IsInterface(named) {
			continue
		}
		withMethods := types.NewMethodSet(types.NewPointer(named)).Len() > 0
		if tn.Parent() != tn.Pkg().Scope() || named.TypeParams().Len() > 0 {
			if withMethods {
				ok = false
			}
			continue
		}
		if _, basic := named.Underlying().(*types.Basic); basic && withMethods {
			// The interpreter keeps no name for these in an any:
			// Boundary and the refusals judge the program's own
			// assertions to them; the helper leaves them to the
			// interpreter.
			continue
		}
		a.types = append(a.types, named, types.NewPointer(named))
	}
	// Unnamed structs with promoted methods (not a type declaration's
	// own struct).
	declared := map[ast.Expr]bool{}
	inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSpec:
			declared[n.Type] = true
		case *ast.StructType:
			if st, isStruct := a.info.TypeOf(n).(*types.Struct); isStruct && !declared[n] && types.NewMethodSet(types.NewPointer(st)).Len() > 0 {
				ok = false
			}
		}
		return true
	})
	sort.Slice(a.types, func(i, j int) bool { return a.types[i].String() < a.types[j].String() })
	return ok
}

// target returns the number of the helpers for asserting a value of the
// interface type x to t, declaring them the first time, or false when the
// assertion is left alone: t not an interface with methods, or not
// nameable, or x generic.
func (a *asserts) target(x types.Type, t types.Type) (int, bool) {
	it, ok := under(t).(*types.Interface)
	if !ok || it.NumMethods() == 0 || x == nil || !types.IsInterface(x) {
		return 0, false
	}
	if hasTypeParam(t) || hasTypeParam(x) {
		return 0, false
	}
	name, ok := a.typeName(t)
	if !ok {
		return 0, false
	}
	for _, p := range a.types {
		if _, ok := a.typeName(p); !ok {
			return 0, false
		}
	}
	// An interface of the program (or a literal) is lowered even when
	// none of the program's types implements it: the interpreter's own
	// assertion of another package's value to it is always false (a
	// *fmt.wrapError to interface{ Unwrap() error }, a time.Duration to
	// an interface with String: Go true), so the helper answers nil and
	// the program's values itself, and NativeAssert stops the program
	// for a value with the methods. (It was left to the interpreter, and
	// Boundary refused an assertion of an error to a literal even when
	// the error could only be nil: the interpreter's own test programs
	// composite3.go and composite4.go.)
	native := nativeInterface(t)
	if n, ok := types.Unalias(t).(*types.Named); ok && native && n.Obj().Pkg() != nil && strings.Contains(strings.Split(n.Obj().Pkg().Path(), "/")[0], ".") {
		return 0, false // a module's, interpreted from its source: left alone
	}
	key := types.TypeString(t, nil)
	if k, ok := a.index[key]; ok {
		return k, true
	}
	k := len(a.index)
	a.index[key] = k
	var b strings.Builder
	fmt.Fprintf(&b, "func %s%d(x any) (%s, bool) {\n\tif x == nil {\n\t\treturn nil, false\n\t}\n", AssertHelperPrefix, k, name)
	var missing []string // the must helper's panics for the types that do not implement t
	for _, p := range a.types {
		pn, _ := a.typeName(p)
		if types.Implements(p, it) {
			fmt.Fprintf(&b, "\tif w, ok := x.(%s); ok {\n\t\treturn w, true\n\t}\n", pn)
			continue
		}
		fmt.Fprintf(&b, "\tif _, ok := x.(%s); ok {\n\t\treturn nil, false\n\t}\n", pn)
		m, _ := types.MissingMethod(p, it, true)
		if m != nil {
			missing = append(missing, fmt.Sprintf("\tif _, ok := x.(%s); ok {\n\t\tpanic(%s.AssertionFailed(x, static, %q, %q, %q))\n\t}\n", pn, a.runtime, runtimeName(p), runtimeName(t), m.Name()))
		}
	}
	var methods []string
	for i := 0; i < it.NumMethods(); i++ {
		methods = append(methods, fmt.Sprintf("%q", it.Method(i).Name()))
	}
	sort.Strings(methods)
	if native {
		fmt.Fprintf(&b, "\tw, ok := x.(%s)\n\treturn w, ok\n}\n", name)
	} else {
		// The interpreter asserts another package's value to an
		// interface of the program only when interpreted code stored
		// it in one before (a *strings.Builder returned as a
		// stringBuilder, then kept in an any); its false otherwise
		// is not Go's for a value with the methods, which is refused
		// when the program runs, and one without is not an I.
		// (Its assertion with ok failed to set the result there,
		// "reflect.Set: value of type interface {} is not assignable
		// to type interp.valueInterface"; its type switch does not.)
		// Its answer is trusted only for a value whose methods Go's
		// runtime would find (NativeHas: it said true for a
		// time.Duration kept as a Stringer asserted to an interface
		// with WriteString too).
		if sigs, ok := a.signatures(it); ok {
			fmt.Fprintf(&b, "\tif %s.NativeHas(x, %s) {\n\t\tswitch w := x.(type) {\n\t\tcase %s:\n\t\t\treturn w, true\n\t\t}\n\t\t%s.NativeAssert(x, %q, %s)\n\t}\n\treturn nil, false\n}\n",
				a.runtime, sigs, name, a.runtime, runtimeName(t), strings.Join(methods, ", "))
		} else {
			fmt.Fprintf(&b, "\t%s.NativeAssert(x, %q, %s)\n\treturn nil, false\n}\n", a.runtime, runtimeName(t), strings.Join(methods, ", "))
		}
	}
	// The ok-only helper (_, ok := x.(I)): no value of I to make, so a
	// value of another package's type is answered from its methods.
	fmt.Fprintf(&b, "func %s%d(x any) bool {\n\tif x == nil {\n\t\treturn false\n\t}\n", isHelperPrefix, k)
	for _, p := range a.types {
		pn, _ := a.typeName(p)
		fmt.Fprintf(&b, "\tif _, ok := x.(%s); ok {\n\t\treturn %v\n\t}\n", pn, types.Implements(p, it))
	}
	if native {
		fmt.Fprintf(&b, "\t_, ok := x.(%s)\n\treturn ok\n}\n", name)
	} else if sigs, ok := a.signatures(it); ok {
		fmt.Fprintf(&b, "\treturn %s.NativeHas(x, %s)\n}\n", a.runtime, sigs)
	} else {
		fmt.Fprintf(&b, "\t_, ok := %s%d(x)\n\treturn ok\n}\n", AssertHelperPrefix, k)
	}
	fmt.Fprintf(&b, "func __must_%d(x any, static string) %s {\n\tif w, ok := %s%d(x); ok {\n\t\treturn w\n\t}\n%s\tpanic(%s.AssertionFailed(x, static, \"\", %q, %s))\n}\n",
		k, name, AssertHelperPrefix, k, strings.Join(missing, ""), a.runtime, runtimeName(t), strings.Join(methods, ", "))
	a.decls = append(a.decls, b.String())
	return k, true
}

// signatures writes the arguments of NativeHas for it's methods: each
// method's name and a nil function of its signature, whose type the
// interpreter makes as Go's runtime does when the signature holds only
// basic types, other packages' named types, any and error (and
// pointers, slices, arrays, maps, channels and functions of those). It
// reports false for another signature (a type of the program, an
// interface or a struct literal): the interpreter's type would not be
// the standard library's.
func (a *asserts) signatures(it *types.Interface) (string, bool) {
	var args []string
	for i := 0; i < it.NumMethods(); i++ {
		m := it.Method(i)
		if !nativeOnly(m.Type(), map[types.Type]bool{}) {
			return "", false
		}
		text, ok := a.typeName(m.Type())
		if !ok {
			return "", false
		}
		args = append(args, fmt.Sprintf("%q, (%s)(nil)", m.Name(), text))
	}
	return strings.Join(args, ", "), true
}

// nativeOnly reports whether t is made of basic types, named types of
// other packages, any and error only (see signatures).
func nativeOnly(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return true
	}
	seen[t] = true
	switch t := types.Unalias(t).(type) {
	case *types.Basic:
		return t.Kind() != types.Invalid && t.Info()&types.IsUntyped == 0
	case *types.Named:
		return t.Obj().Pkg() == nil && t.Obj().Name() == "error" || t.Obj().Pkg() != nil && t.Obj().Pkg().Path() != pkgPath && t.TypeArgs().Len() == 0
	case *types.Interface:
		return t.NumMethods() == 0 && t.NumEmbeddeds() == 0
	case *types.Pointer:
		return nativeOnly(t.Elem(), seen)
	case *types.Slice:
		return nativeOnly(t.Elem(), seen)
	case *types.Array:
		return nativeOnly(t.Elem(), seen)
	case *types.Chan:
		return nativeOnly(t.Elem(), seen)
	case *types.Map:
		return nativeOnly(t.Key(), seen) && nativeOnly(t.Elem(), seen)
	case *types.Signature:
		if t.TypeParams().Len() > 0 {
			return false
		}
		for _, tu := range []*types.Tuple{t.Params(), t.Results()} {
			for i := 0; i < tu.Len(); i++ {
				if !nativeOnly(tu.At(i).Type(), seen) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// nestedAssert reports whether x holds another assertion to an interface
// (a.(I).(J)): the outer one is left alone.
func (a *asserts) nestedAssert(x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if ta, ok := n.(*ast.TypeAssertExpr); ok && ta.Type != nil && types.IsInterface(a.info.TypeOf(ta.Type)) {
			found = true
		}
		return !found
	})
	return found
}

// typeSwitch lowers a type switch with a case of an interface type with
// methods (see above), or reports false.
func (a *asserts) typeSwitch(n *ast.TypeSwitchStmt) ([]Span, bool) {
	if n.Init != nil {
		return nil, false
	}
	x, bound := SwitchOperand(n), ""
	if as, ok := n.Assign.(*ast.AssignStmt); ok {
		bound = as.Lhs[0].(*ast.Ident).Name
	}
	if x == nil || hasTypeParam(a.info.TypeOf(x)) || a.nestedAssert(x) {
		return nil, false
	}
	interfaceCase := false
	for _, c := range n.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			t := a.info.TypeOf(e)
			if t == nil || hasTypeParam(t) {
				return nil, false
			}
			if a.info.Types[e].IsNil() {
				continue
			}
			if _, ok := a.typeName(t); !ok {
				return nil, false
			}
			if it, ok := under(t).(*types.Interface); ok && it.NumMethods() > 0 {
				if _, ok := a.target(a.info.TypeOf(x), t); !ok {
					return nil, false
				}
				interfaceCase = true
			}
		}
	}
	if !interfaceCase {
		return nil, false
	}
	// The operand is read by the helper and again by the clause: a
	// variable or fields of one, or else a variable of its own.
	var spans []Span
	xText := a.text(x.Pos(), x.End())
	if !pureOperand(x, a.info) {
		v := fmt.Sprintf("__tsv%d", a.nts)
		spans = append(spans, Span{n.Pos(), n.Pos(), fmt.Sprintf("{ %s := %s; ", v, xText)}, Span{n.End(), n.End(), " }"})
		xText = v
	}
	k := a.nts
	a.nts++
	var helper strings.Builder
	fmt.Fprintf(&helper, "func %sswitch%d(x any) int {\n", AssertHelperPrefix, k)
	var body strings.Builder // the clauses' tests, after nil's
	nilClause := -1
	for i, c := range n.Body.List {
		cc := c.(*ast.CaseClause)
		if cc.List == nil {
			if bound != "" {
				spans = append(spans, Span{cc.Colon + 1, cc.Colon + 1, fmt.Sprintf(" %s := %s; _ = %[1]s;", bound, xText)})
			}
			continue
		}
		for _, e := range cc.List {
			t := a.info.TypeOf(e)
			switch it, _ := under(t).(*types.Interface); {
			case a.info.Types[e].IsNil():
				if nilClause < 0 {
					nilClause = i
				}
			case it != nil && it.NumMethods() > 0:
				h, _ := a.target(a.info.TypeOf(x), t)
				fmt.Fprintf(&body, "\tif %s%d(x) {\n\t\treturn %d\n\t}\n", isHelperPrefix, h, i)
			case it != nil:
				fmt.Fprintf(&body, "\treturn %d\n", i) // any non-nil value
			default:
				name, _ := a.typeName(t)
				fmt.Fprintf(&body, "\tif _, ok := x.(%s); ok {\n\t\treturn %d\n\t}\n", name, i)
			}
		}
		spans = append(spans, Span{cc.List[0].Pos(), cc.List[len(cc.List)-1].End(), fmt.Sprint(i)})
		if bound == "" {
			continue
		}
		value := xText
		if len(cc.List) == 1 && !a.info.Types[cc.List[0]].IsNil() {
			t := a.info.TypeOf(cc.List[0])
			name, _ := a.typeName(t)
			switch it, _ := under(t).(*types.Interface); {
			case it != nil && it.NumMethods() > 0:
				h, _ := a.target(a.info.TypeOf(x), t)
				value = fmt.Sprintf("__must_%d(%s, \"\")", h, xText)
			case it != nil:
				value = fmt.Sprintf("%s(%s)", name, xText)
			default:
				value = fmt.Sprintf("%s.(%s)", xText, name)
			}
		}
		spans = append(spans, Span{cc.Colon + 1, cc.Colon + 1, fmt.Sprintf(" %s := %s; _ = %[1]s;", bound, value)})
	}
	fmt.Fprintf(&helper, "\tif x == nil {\n\t\treturn %d\n\t}\n%s\treturn -1\n}\n", nilClause, body.String())
	a.decls = append(a.decls, helper.String())
	spans = append(spans, Span{n.Assign.Pos(), n.Assign.End(), fmt.Sprintf("%sswitch%d(%s)", AssertHelperPrefix, k, xText)})
	return spans, true
}

// runtimeName writes t as Go's runtime names it in messages: main.T,
// *main.T, fmt.Stringer, interface {}.
func runtimeName(t types.Type) string {
	if t == nil {
		return "interface"
	}
	qual := func(p *types.Package) string { return p.Name() }
	if it, ok := types.Unalias(t).(*types.Interface); ok {
		if it.NumMethods() == 0 {
			return "interface {}"
		}
		// Go's runtime spaces an interface literal's braces, where
		// go/types does not: interface { IsSet() bool }.
		var ms []string
		for i := 0; i < it.NumMethods(); i++ {
			m := it.Method(i)
			ms = append(ms, m.Name()+strings.TrimPrefix(types.TypeString(m.Type(), qual), "func"))
		}
		return "interface { " + strings.Join(ms, "; ") + " }"
	}
	return types.TypeString(t, qual)
}
