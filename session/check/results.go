package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// ZeroResults returns the lowerings that give a function's results their
// zero values at each call, as Go does. The interpreter (yaegi v0.16.1)
// keeps a function's results from one call to the next at the same call
// site: a named result started a call with the value the previous call
// left (func count(xs []int) (evens, odds int) called in a loop counted
// on from the previous totals: 1 2, 2 4, 3 6 where Go gives 1 2 each
// time), and a call whose panic a deferred function recovered returned
// the previous call's values instead of zeros (safeDiv(10, 0) gave 5, the
// result of safeDiv(10, 2) before it). Each named result is set to its
// zero value at the top of the body; the results of a function with a
// defer statement and no names are named __r0, __r1, … so that they can
// be:
//
//	func count(xs []int) (evens, odds int) {      →   func count(xs []int) (evens, odds int) { evens = 0; odds = 0;
//	func div(a, b int) int { defer …              →   func div(a, b int) (__r0 int) { __r0 = 0; defer …
//
// text returns f's source between two positions (the results' types are
// written as the source writes them).
func ZeroResults(f *ast.File, info *types.Info, text func(from, to token.Pos) string) []Span {
	zeroOf := func(typ ast.Expr) string {
		if _, param := info.TypeOf(typ).(*types.TypeParam); param {
			return "*new(" + text(typ.Pos(), typ.End()) + ")"
		}
		switch u := under(info.TypeOf(typ)).(type) {
		case *types.Basic:
			switch {
			case u.Info()&types.IsNumeric != 0:
				return "0"
			case u.Info()&types.IsString != 0:
				return `""`
			case u.Info()&types.IsBoolean != 0:
				return "(0 != 0)"
			}
		case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
			return "nil"
		}
		return "*new(" + text(typ.Pos(), typ.End()) + ")"
	}
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		var ft *ast.FuncType
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.FuncDecl:
			ft, body = n.Type, n.Body
		case *ast.FuncLit:
			ft, body = n.Type, n.Body
		default:
			return true
		}
		if body == nil || ft.Results == nil || len(ft.Results.List) == 0 || !zeroable(ft, body, info, text) {
			return true
		}
		var zero strings.Builder
		if len(ft.Results.List[0].Names) > 0 {
			for _, field := range ft.Results.List {
				for _, name := range field.Names {
					if name.Name != "_" {
						fmt.Fprintf(&zero, " %s = %s;", name.Name, zeroOf(field.Type))
					}
				}
			}
		} else if defers(body) {
			paren := ft.Results.Opening.IsValid()
			for i, field := range ft.Results.List {
				name := fmt.Sprintf("__r%d", i)
				prefix := name + " "
				if !paren {
					prefix = "(" + prefix
					spans = append(spans, Span{field.Type.End(), field.Type.End(), ")"})
				}
				spans = append(spans, Span{field.Type.Pos(), field.Type.Pos(), prefix})
				fmt.Fprintf(&zero, " %s = %s;", name, zeroOf(field.Type))
			}
		}
		if zero.Len() > 0 {
			spans = append(spans, Span{body.Lbrace + 1, body.Lbrace + 1, zero.String()})
		}
		return true
	})
	return spans
}

// zeroable reports whether ZeroResults may set ft's results: none of the
// names its result types are written with (new, a package's name) is
// hidden by a parameter or a result (func replace(old, new string) (r
// Pair), func clean(url *url.URL) (out url.URL, …)), and, for named
// results, the function can see their old values: it reads one, returns
// without values, or defers.
func zeroable(ft *ast.FuncType, body *ast.BlockStmt, info *types.Info, text func(from, to token.Pos) string) bool {
	hidden := map[string]bool{}
	var results []types.Object
	for _, list := range []*ast.FieldList{ft.Params, ft.Results} {
		if list == nil {
			continue
		}
		for _, field := range list.List {
			for _, name := range field.Names {
				hidden[name.Name] = true
				if list == ft.Results {
					results = append(results, info.Defs[name])
				}
			}
		}
	}
	if hidden["new"] {
		return false
	}
	for _, field := range ft.Results.List {
		bad := false
		ast.Inspect(field.Type, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && hidden[id.Name] {
				bad = true
			}
			return !bad
		})
		if bad {
			return false
		}
	}
	if len(results) == 0 {
		return true // unnamed: named only when the body defers
	}
	seen := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.DeferStmt:
			seen = true
		case *ast.ReturnStmt:
			seen = seen || len(n.Results) == 0
		case *ast.Ident:
			for _, r := range results {
				seen = seen || r != nil && info.Uses[n] == r
			}
		}
		return !seen
	})
	return seen
}

// defers reports whether body holds a defer statement of its own (not one
// of a function literal's).
func defers(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			found = true
		}
		return !found
	})
	return found
}

// NameParams returns the lowerings that name a method's unnamed receiver
// and a function's unnamed parameters _: the interpreter (yaegi v0.16.1)
// put the arguments of a function with unnamed parameters and the
// function's own variables in the wrong places (func (t T) F(string) int
// { return t.v }, and func(string) (string, bool) { x := 3; return
// fmt.Sprint(x), true } as a declaration or a literal, stopped with
// "reflect.Set: value of type string is not assignable to type int").
//
//	func (t T) F(string) int   →   func (t T) F(_ string) int
//	func (Stack[T]) Kind()     →   func (_ Stack[T]) Kind()
//	func(string) (string, bool) { … }   →   func(_ string) (string, bool) { … }
//
// A parameter inside the text another lowering (others) rewrites is left
// to it (a literal given to %T, which TypeVerbs replaces by its type's
// name).
func NameParams(f *ast.File, others []Span) []Span {
	var spans []Span
	name := func(params *ast.FieldList) {
		if params == nil {
			return
		}
		for _, field := range params.List {
			if len(field.Names) == 0 && !rewrittenAt(field.Type.Pos(), others) {
				spans = append(spans, Span{field.Type.Pos(), field.Type.Pos(), "_ "})
			}
		}
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Type.Params == nil {
			continue
		}
		if fd.Recv != nil {
			if r := fd.Recv.List; len(r) == 1 && len(r[0].Names) == 0 {
				// func (Stack[T]) Kind(): the interpreter's compiler failed
				// ("index out of range [1] with length 1").
				spans = append(spans, Span{r[0].Type.Pos(), r[0].Type.Pos(), "_ "})
			}
		}
		if fd.Body != nil {
			name(fd.Type.Params)
		}
	}
	inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok {
			name(lit.Type.Params)
		}
		return true
	})
	return spans
}

// rewrittenAt reports whether pos lies strictly inside the text one of
// spans replaces.
func rewrittenAt(pos token.Pos, spans []Span) bool {
	for _, sp := range spans {
		if sp.Pos < pos && pos < sp.End {
			return true
		}
	}
	return false
}

// PanicNils returns the lowerings of panic(nil): since Go 1.21 it panics
// with a *runtime.PanicNilError ("panic called with nil argument"), which
// recover returns; the interpreter's recover returned nil, as before Go
// 1.21. runtime names the helpers' package.
//
//	panic(nil)   →   panic(RT.PanicNil())
func PanicNils(f *ast.File, info *types.Info, runtime string) []Span {
	if !treeMentions(f, "panic") {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !info.Types[call.Args[0]].IsNil() {
			return true
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
				spans = append(spans, Span{call.Args[0].Pos(), call.Args[0].End(), runtime + ".PanicNil()"})
			}
		}
		return true
	})
	return spans
}

// plainText reports whether types.ExprString writes x in full (it
// abbreviates composite and function literals).
func plainText(x ast.Expr) bool {
	ok := true
	ast.Inspect(x, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.CompositeLit, *ast.FuncLit:
			ok = false
		}
		return ok
	})
	return ok
}

// NamedText is a value of a named basic type as Go's runtime prints a
// panic of it: main.Code(3), main.S("x"), main.C(1+2i).
func NamedText(name string, v any) string {
	switch v := v.(type) {
	case string:
		return name + "(\"" + v + "\")"
	case complex64, complex128:
		return name + "(" + strings.TrimSuffix(strings.TrimPrefix(fmt.Sprint(v), "("), ")") + ")"
	}
	return name + "(" + fmt.Sprint(v) + ")"
}

// TypedText is a value of another type than a basic one as Go's runtime
// prints a panic of it: its type's name and an address, (main.T)
// 0xc000012345, the pointer itself for a pointer, a map, a channel or a
// function.
func TypedText(name string, v any) string {
	switch rv := reflect.ValueOf(v); rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return fmt.Sprintf("(%s) %#x", name, rv.Pointer())
	}
	return fmt.Sprintf("(%s) %p", name, &v)
}

// PanicNil is the value Go 1.21's panic(nil) panics with.
func PanicNil() any { return new(runtime.PanicNilError) }

// PanicTexts returns the lowerings that give Go's words to the panics of
// values of the program's types: Go prints an error's Error, a Stringer's
// String and a named number or string as main.Code(3) or main.S("x"); the
// interpreter printed the value it kept ({boom}, 3, or a struct of its
// own with an address). Before the statement panic(x), when x reads no
// variable twice to its harm (a name, fields, a literal without calls),
// the text is given to a native helper, which the panic's printer asks:
//
//	panic(E{"boom"})   →   RT.PanicText(E{"boom"}, func() (__pt string) { defer func() { recover() }(); return E{"boom"}.Error() }()); panic(E{"boom"})
//
// (The literal's result has a hidden name: one named s hid the program's
// s of panic(s), a fmt.Stringer, and the interpreter refused s.String().)
func PanicTexts(f *ast.File, info *types.Info, runtime string, text func(from, to token.Pos) string) []Span {
	if !treeMentions(f, "panic") {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		for _, st := range stmtList(n) {
			es, ok := st.(*ast.ExprStmt)
			if !ok {
				continue
			}
			call, ok := ast.Unparen(es.X).(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				continue
			}
			id, ok := ast.Unparen(call.Fun).(*ast.Ident)
			if !ok {
				continue
			}
			if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "panic" {
				continue
			}
			x := call.Args[0]
			t := info.TypeOf(x)
			if t != nil && types.IsInterface(t) && !hasTypeParam(t) && !sideEffectFree(x, info) && !builtinCall(x, info, "recover") {
				// Of a call (panic(get()), get returning an any
				// holding a T with Error: the interpreter printed
				// (struct { A int }) 0xc…, Go T's Error text): the
				// value is given to a literal that records its words
				// and returns it, evaluated once.
				if words := dynamicPanicWords(f, info, runtime); words != "" {
					spans = append(spans, Span{x.Pos(), x.Pos(), fmt.Sprintf("func(__pv any) any { if __pv != nil { %s.PanicText(__pv, %s(__pv)) }; return __pv }(", runtime, words)},
						Span{x.End(), x.End(), ")"})
				}
				continue
			}
			if t == nil || hasTypeParam(t) || !sideEffectFree(x, info) {
				continue
			}
			xs := text(x.Pos(), x.End())
			ms := types.NewMethodSet(t)
			var words string
			switch {
			case ms.Lookup(nil, "Error") != nil:
				words = fmt.Sprintf("func() (__pt string) { defer func() { if recover() != nil { __pt = \"\\x00\" } }(); return (%s).Error() }()", xs)
			case ms.Lookup(nil, "String") != nil:
				words = fmt.Sprintf("func() (__pt string) { defer func() { if recover() != nil { __pt = \"\\x00\" } }(); return (%s).String() }()", xs)
			default:
				named, ok := t.(*types.Named)
				if _, basic := t.Underlying().(*types.Basic); ok && basic && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == pkgPath {
					name := "main." + named.Obj().Name()
					words = fmt.Sprintf("%s.NamedText(%q, %s)", runtime, name, xs)
					break
				}
				if types.IsInterface(t) {
					// An interface without String or Error (panic(v)
					// of a v any): the interpreter's words for its
					// values are Go's, but a nil one is Go 1.21's
					// PanicNilError, which the interpreter's recover
					// returned as nil (rec(nil) printed <nil>). Only
					// of a variable, a field or an element: the
					// interpreter's == nil of a conversion any(Code(3))
					// panicked in reflect.
					if variableLike(x) {
						spans = append(spans, Span{st.Pos(), st.Pos(), fmt.Sprintf("if %s == nil { panic(%s.PanicNil()) }; ", xs, runtime)})
						if words := dynamicPanicWords(f, info, runtime); words != "" {
							spans = append(spans, Span{st.Pos(), st.Pos(), fmt.Sprintf("%s.PanicText(%s, %s(%s)); ", runtime, xs, words, xs)})
						}
					}
					continue
				}
				if len(namedIn(t, map[types.Type]bool{})) == 0 {
					continue // the interpreter's name is Go's
				}
				// (main.T) 0xc…: Go names the type; the interpreter
				// named its own, struct { X int }.
				name := types.TypeString(t, func(p *types.Package) string { return p.Name() })
				if strings.Contains(name, "struct{") || strings.Contains(name, "interface{") {
					continue // written by go/types unlike Go's runtime (struct { A main.T })
				}
				words = fmt.Sprintf("%s.TypedText(%q, %s)", runtime, name, xs)
			}
			if types.IsInterface(t) {
				// panic of a nil interface value: Go 1.21's PanicNilError
				spans = append(spans, Span{st.Pos(), st.Pos(), fmt.Sprintf("if %s == nil { panic(%s.PanicNil()) }; ", xs, runtime)})
			}
			spans = append(spans, Span{st.Pos(), st.Pos(), fmt.Sprintf("%s.PanicText(%s, %s); ", runtime, xs, words)})
		}
		return true
	})
	return spans
}

// dynamicPanicWords returns the function giving Go's words for the panic
// of an interface value holding a value of the program's types, in a
// program (runtime __gorunrt, where every type is known) or a cell
// (__divergo: the session's types and the cell's): the interpreter
// printed its own struct for one (var v any = P{5}; panic(v):
// (struct { X int }) 0xc…, Go P<5> with P's String; in a cell the
// wrapper, panic: {0xc… {…}}). A type switch on the value, its wrappers
// taken off (Bare), gives the Error or String text, or (main.T) and an
// address; "\x00" (the interpreter's words) for another value. A bare
// value keeps only its structure, so the switch leaves out types whose
// underlying type is basic (a plain int would be a Code) or another type
// of the program shares (panicSwitchTypes; panicAny refuses the panics
// that may hold them); "" when no type is left. A function of an earlier
// cell knows only the types declared before it (panicLater).
//
// In a program, a type no value of which reaches an interface
// (interfaceBound) is left out of the refusal; a session's earlier cells
// are not in f, so a cell's switch keeps them all.
func dynamicPanicWords(f *ast.File, info *types.Info, runtime string) string {
	if runtime != "__gorunrt" && runtime != "__divergo" {
		return ""
	}
	var bound map[*types.TypeName]bool
	if runtime == "__gorunrt" {
		bound = interfaceBound(f, info)
	}
	var cases strings.Builder
	for _, tn := range panicSwitchTypes(info) {
		n := tn.Type().(*types.Named)
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
			name := types.TypeString(ct, func(p *types.Package) string { return p.Name() })
			code := strings.TrimPrefix(name, "main.")
			if p, ok := ct.(*types.Pointer); ok {
				code = "*" + strings.TrimPrefix(types.TypeString(p.Elem(), func(p *types.Package) string { return p.Name() }), "main.")
			}
			ms := types.NewMethodSet(ct)
			switch {
			case ms.Lookup(nil, "Error") != nil:
				fmt.Fprintf(&cases, " case %s: return v.Error();", code)
			case ms.Lookup(nil, "String") != nil:
				fmt.Fprintf(&cases, " case %s: return v.String();", code)
			default:
				fmt.Fprintf(&cases, " case %s: return %s.TypedText(%q, v);", code, runtime, name)
			}
		}
	}
	// The types the switch cannot tell apart: a bare value of their
	// underlying type gives "\x01" and their names (PanicRefusal).
	var unders []string
	names := map[string][]string{}
	code := map[string]string{}
	for _, tn := range panicUnclearTypes(info) {
		if bound != nil && !bound[tn] {
			continue // never in an interface: a bare value is not one of tn
		}
		u := typeString(tn.Type().Underlying())
		if names[u] == nil {
			unders = append(unders, u)
			code[u] = u
			if _, basic := tn.Type().Underlying().(*types.Basic); !basic {
				code[u] = tn.Name()
			}
		}
		names[u] = append(names[u], tn.Name())
	}
	for _, u := range unders {
		fmt.Fprintf(&cases, " case %s, *%[1]s: return %q;", code[u], "\x01"+strings.Join(names[u], ", "))
	}
	if cases.Len() == 0 {
		return ""
	}
	return fmt.Sprintf("func(__x any) (__pt string) { defer func() { if recover() != nil { __pt = \"\\x00\" } }(); switch v := %s.Bare(__x).(type) {%s }; return \"\\x00\" }", runtime, cases.String())
}

// builtinCall reports whether x is a call of the builtin name.
func builtinCall(x ast.Expr, info *types.Info, name string) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// panicSwitchTypes are the program's types dynamicPanicWords' switch
// tells apart: declared at package level, not generic, interfaces or
// aliases, of an underlying type neither basic (a plain int would be a
// Code) nor another of these types' (the interpreter keeps only the
// structure).
func panicSwitchTypes(info *types.Info) []*types.TypeName {
	clear, _ := panicTypes(info)
	return clear
}

// panicUnclearTypes are the types panicSwitchTypes leaves out, but for
// generic ones and those declared inside functions: a panic of an any
// holding one is refused when it is not recovered (PanicRefusal).
func panicUnclearTypes(info *types.Info) []*types.TypeName {
	_, unclear := panicTypes(info)
	return unclear
}

// panicTypes returns panicSwitchTypes and panicUnclearTypes.
func panicTypes(info *types.Info) (clear, unclear []*types.TypeName) {
	var named []*types.TypeName
	for _, obj := range info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && !tn.IsAlias() && tn.Pkg() != nil && tn.Pkg().Path() == pkgPath && !types.IsInterface(tn.Type()) {
			named = append(named, tn)
		}
	}
	sort.Slice(named, func(i, j int) bool { return named[i].Pos() < named[j].Pos() })
	for _, tn := range named {
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 || tn.Parent() != tn.Pkg().Scope() {
			continue
		}
		if u, basic := n.Underlying().(*types.Basic); basic {
			if u.Kind() != types.UnsafePointer {
				unclear = append(unclear, tn)
			}
			continue
		}
		twin := false
		for _, other := range named {
			twin = twin || other != tn && types.Identical(other.Type().Underlying(), n.Underlying())
		}
		if twin {
			unclear = append(unclear, tn)
		} else {
			clear = append(clear, tn)
		}
	}
	return clear, unclear
}

// PanicRefusal returns, for a text PanicText recorded for a panic no
// function recovered, whose value dynamicPanicWords could not tell from
// the types named ("\x01Code"), the refusal divergo reports in place of
// the interpreter's words: the interpreter keeps a value of a named
// basic type in an any as the plain value (var v any = Code(3); panic(v)
// printed panic: 3, Go main.Code(3)), and one of a struct type another
// type shares by its structure.
func PanicRefusal(text string) (string, bool) {
	names, ok := strings.CutPrefix(text, "\x01")
	if !ok {
		return "", false
	}
	return "a panic with a value of an interface type, which may hold a value of " + names + ": the interpreter keeps such a value there without its type's name, and cannot print Go's words for it (main.T(…), its Error or String text, or (main.T) 0xc…). Not supported yet: panic with the value of its own type, or with a text (fmt.Sprint)", true
}

// variableLike reports whether x is a variable, a field or an element of
// one (v, t.f, xs[i], *p).
func variableLike(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return variableLike(x.X)
	case *ast.IndexExpr:
		return variableLike(x.X)
	case *ast.StarExpr:
		return variableLike(x.X)
	}
	return false
}

// sideEffectFree reports whether evaluating x twice is evaluating it
// once, as far as PanicTexts can tell (its text is compared by value):
// names, fields, constants, conversions, addresses and literals without
// calls or receives.
func sideEffectFree(x ast.Expr, info *types.Info) bool {
	ok := true
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			ok = false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false // (&v twice is one pointer; &T{…} twice, two equal ones)
			}
		case *ast.CallExpr:
			if tv, isType := info.Types[n.Fun]; !isType || !tv.IsType() {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// The text of the last value given to panic whose text PanicText knows
// (Recovered forgets it: the panic was recovered).
var lastPanic struct {
	sync.Mutex
	v    any
	text string
	set  bool
}

// PanicText records the text Go's runtime prints for the panic value v
// (a method that panicked gives "\x00": nothing is recorded).
func PanicText(v any, text string) {
	if text == "\x00" {
		return
	}
	lastPanic.Lock()
	defer lastPanic.Unlock()
	lastPanic.v, lastPanic.text, lastPanic.set = v, text, true
}

// PanicTextOf returns the text PanicText recorded for v, the value of a
// panic no function recovered.
func PanicTextOf(v any) (string, bool) {
	lastPanic.Lock()
	defer lastPanic.Unlock()
	if rv, ok := v.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
		v = rv.Interface()
	}
	w := lastPanic.v
	if rv, ok := w.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
		w = rv.Interface()
	}
	if !lastPanic.set || reflect.TypeOf(v) != reflect.TypeOf(w) || !reflect.DeepEqual(v, w) {
		return "", false
	}
	return lastPanic.text, true
}

// forgetPanic forgets the recorded text: the panic was recovered.
func forgetPanic() {
	lastPanic.Lock()
	lastPanic.v, lastPanic.text, lastPanic.set = nil, "", false
	lastPanic.Unlock()
}

// BlankDerefs returns the lowerings of _ = *p: the interpreter dropped the
// statement, so a nil p did not panic (Go: "invalid memory address or nil
// pointer dereference"). The value is read into a variable of its own:
//
//	_ = *p   →   { __d1 := *p; _ = __d1 }
func BlankDerefs(f *ast.File, info *types.Info) []Span {
	if !treeMentions(f, "_") {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	k := 0
	lower := func(st ast.Stmt, listed bool) {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || !isBlank(as.Lhs[0]) {
			return
		}
		star, ok := ast.Unparen(as.Rhs[0]).(*ast.StarExpr)
		if !ok || !plainText(star.X) {
			return
		}
		k++
		if listed {
			spans = append(spans, Span{as.Pos(), as.End(), fmt.Sprintf("{ __d%d := *%s; _ = __d%[1]d }", k, types.ExprString(star.X))})
		} else { // an if's, a for's or a switch's init
			spans = append(spans, Span{as.Pos(), as.End(), fmt.Sprintf("__d%d := *%s", k, types.ExprString(star.X))})
		}
	}
	inspect(f, func(n ast.Node) bool {
		for _, st := range stmtList(n) {
			lower(st, true)
		}
		switch n := n.(type) {
		case *ast.IfStmt:
			lower(n.Init, false)
		case *ast.ForStmt:
			lower(n.Init, false)
		case *ast.SwitchStmt:
			lower(n.Init, false)
		case *ast.TypeSwitchStmt:
			lower(n.Init, false)
		}
		return true
	})
	return spans
}
