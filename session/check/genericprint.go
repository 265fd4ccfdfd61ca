package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"sort"
	"strings"
)

// instancesIn are the identifiers of f that instantiate a generic function
// or type, in the order of f.
func instancesIn(f *ast.File, info *types.Info) []*ast.Ident {
	var ids []*ast.Ident
	for id := range info.Instances {
		if id.Pos() >= f.FileStart && id.Pos() < f.FileEnd {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Pos() < ids[j].Pos() })
	return ids
}

// A programInstance is an instantiation in f of a generic function or type
// of the program: its identifier, the generic, its type arguments.
type programInstance struct {
	id    *ast.Ident
	owner types.Object
	args  *types.TypeList
}

// programInstances are f's instantiations of the program's generics
// (instancesIn, without the standard library's), in the order of f.
func programInstances(f *ast.File, info *types.Info) []programInstance {
	var out []programInstance
	for _, id := range instancesIn(f, info) {
		owner := info.Uses[id]
		if owner == nil || owner.Pkg() == nil || owner.Pkg().Path() != pkgPath {
			continue
		}
		out = append(out, programInstance{id, owner, info.Instances[id].TypeArgs})
	}
	return out
}

// probedTypeParam finds an instantiation, in f, of a generic function (or
// type) that puts a value of its type parameter, or one made of it, in an
// interface — explicitly (any(v), fmt.Stringer(v)) or implicitly (return v
// from a function returning any, []any{v}, var x any = v, show(v) for a
// show(a any), c <- v on a chan any, panic(v)) — or gives fmt or log a
// value made of it (a []T, a map of T, a struct holding a T), directly or
// through another generic, where the type argument has a String, Error or
// Format method: the interpreter's value there has lost the method, and
// fmt printed the bare value (Describe(Temp(3)) gave "3" where Go calls
// String) or the interpreter's wrapper ([{0xc… {…}}]). A T given to fmt
// itself keeps its String and Format methods, and is left alone, but not
// its Error method (fmt printed 4 where Go calls Error, and String where
// a type has both), nor the methods of what the type argument holds
// ([]Temp, a struct with a Temp field: fmt printed [3] where Go prints
// [3.0°C]).
func probedTypeParam(files []*ast.File, f *ast.File, info *types.Info, known map[string]bool) (ast.Node, string) {
	var named *types.Named
	var method string
	var ptrOnly bool // the type argument has the method only with a pointer receiver
	id, arg, at := firstInstance(files, f, info, known, storesParam, "probes", func(t types.Type) bool {
		// (A method only of an embedded field's pointer, struct{ P },
		// was not called there: Go's fmt printed the same.)
		if named, method = pointerOnly(t); named != nil && named == programNamed(t) {
			ptrOnly = true
			return true
		}
		ptrOnly = false
		if named = programNamed(t); named != nil && !types.IsInterface(named) {
			ms := types.NewMethodSet(t)
			for _, m := range []string{"Format", "Error", "String"} {
				if ms.Lookup(nil, m) != nil {
					method = m
					return true
				}
			}
		}
		var held types.Type
		held, method = heldPrinting(t, map[types.Type]bool{})
		named = programNamed(held)
		return named != nil
	})
	if id != nil && ptrOnly {
		return id, fmt.Sprintf("%s with %s as its type argument: it puts a value of its type parameter in an interface or gives fmt a value made of it%s; %s",
			id.Name, typeString(arg), nodeText(at), pointerOnlyText(arg, named, method, "would call it, or print its own wrapper"))
	}
	if id != nil {
		return id, fmt.Sprintf("%s with %s as its type argument: it puts a value of its type parameter in an interface or gives fmt a value made of it%s, where the interpreter's value has lost %s's %s method, and fmt would print the bare value. Not supported yet: keep the value in a variable of the type parameter and give fmt the value itself (fmt.Sprint(v)), or call %s",
			id.Name, typeString(arg), nodeText(at), typeString(named), method, method+"()")
	}
	var itself bool     // the type argument itself has an Error method
	var held types.Type // what the type argument holds, with the method
	id, arg, at = firstInstance(files, f, info, known, printsParamItself, "probesfmt", func(t types.Type) bool {
		ms := types.NewMethodSet(t)
		if ms.Lookup(nil, "Format") != nil {
			return false
		}
		if named = programNamed(t); named != nil && ms.Lookup(nil, "Error") != nil {
			itself, ptrOnly, method = true, false, "Error"
			return true
		}
		itself = false
		if ms.Lookup(nil, "String") != nil {
			return false // fmt calls it, as Go's does
		}
		if named, method = pointerOnly(t); named != nil {
			ptrOnly = true
			return true
		}
		ptrOnly = false
		held, method = heldPrinting(t, map[types.Type]bool{})
		named = programNamed(held)
		return named != nil
	})
	if id != nil {
		switch {
		case itself:
			return id, fmt.Sprintf("%s with %s as its type argument: it gives fmt a value of its type parameter%s, where the interpreter's value has lost %s's Error method (it keeps String and Format), and fmt would print the bare value. Not supported yet: constrain the type parameter by error and give fmt v.Error(), or the value as an error (var err error = v)",
				id.Name, typeString(arg), nodeText(at), typeString(named))
		case ptrOnly:
			return id, fmt.Sprintf("%s with %s as its type argument: it gives fmt a value of its type parameter%s; %s",
				id.Name, typeString(arg), nodeText(at), pointerOnlyText(arg, named, method, "would call it"))
		}
		return id, fmt.Sprintf("%s with %s as its type argument: it gives fmt a value of its type parameter%s, which holds %s values, where the interpreter's values have lost %s's %s method, and fmt would print the bare values. Not supported yet: give fmt the %s values themselves, or call %s",
			id.Name, typeString(arg), nodeText(at), typeString(held), typeString(held), method, typeString(held), method+"()")
	}
	var verb string
	id, arg, at = firstInstance(files, f, info, known, printsParamVerb, "probesverb", func(t types.Type) bool {
		ms := types.NewMethodSet(t)
		if ms.Lookup(nil, "Format") != nil || programNamed(t) == nil {
			return false
		}
		for _, m := range []string{"Error", "String"} {
			if ms.Lookup(nil, m) != nil {
				named, method = programNamed(t), m
				return true
			}
		}
		return false
	})
	if id == nil {
		return nil, ""
	}
	if call, ok := at.(*ast.CallExpr); ok {
		verb = paramVerb(call, info, isTypeParam)
	}
	how := "a verb other than %v %s %q %x %X"
	if verb != "" {
		how = "%" + verb
	}
	hint := "give fmt the fields you want printed"
	if basic, ok := arg.Underlying().(*types.Basic); ok {
		hint = fmt.Sprintf("instantiate it with the underlying type (%s(x) as the argument)", basic.Name())
	}
	return id, fmt.Sprintf("%s with %s as its type argument: it prints a value of its type parameter with %s%s, and %s has %s method: Go prints the value itself (not its %s), the interpreter would print its own wrapper. Not supported yet: %s, or print it with %%v",
		id.Name, typeString(arg), how, nodeText(at), typeString(arg), article(method), method, hint)
}

// pointerOnly returns the named type of the program that gives t (not a
// pointer) a String, Error or Format method only with a pointer receiver (t
// itself, or a field t embeds), and the method's name: Go's fmt does not
// call such a method for a t value, and prints its fields; the
// interpreter, given a value of a type parameter, called it (P{1}
// printed P1 where Go prints {1}).
func pointerOnly(t types.Type) (*types.Named, string) {
	if _, ptr := t.Underlying().(*types.Pointer); ptr || types.IsInterface(t) {
		return nil, ""
	}
	own, viaPtr := types.NewMethodSet(t), types.NewMethodSet(types.NewPointer(t))
	for _, m := range []string{"Format", "Error", "String"} {
		if own.Lookup(nil, m) != nil {
			return nil, ""
		}
	}
	for _, m := range []string{"Format", "Error", "String"} {
		sel := viaPtr.Lookup(nil, m)
		if sel == nil {
			continue
		}
		fn, ok := sel.Obj().(*types.Func)
		if !ok {
			continue
		}
		if named := programNamed(fn.Type().(*types.Signature).Recv().Type()); named != nil {
			return named, m
		}
	}
	return nil, ""
}

// pointerOnlyText says why a value of t, whose method m named has only
// with a pointer receiver, prints unlike Go (would: what the interpreter
// does), and what to do instead.
func pointerOnlyText(t types.Type, named *types.Named, m string, would string) string {
	hint := ""
	if n, _ := pointerOnly(t.Underlying()); n == nil {
		hint = fmt.Sprintf("pass the value converted to its underlying type (%s(v)), or ", typeString(t.Underlying()))
	}
	return fmt.Sprintf("%s's %s method has a pointer receiver, so Go does not call it for a %s value and prints its fields; the interpreter %s. Not supported yet: %sgive %s a value receiver",
		typeString(named), m, typeString(t), would, hint, m)
}

// heldPrinting returns a type of package main (or a pointer to one) that t holds (in its
// elements, keys, fields, or what it points to, not t itself) whose
// values, as they are held there, have a String, Error or Format method,
// and the method's name: fmt calls it in Go, and the interpreter's value
// has lost it ([]Temp printed [3] where Go prints [3.0°C]). A value held
// there does not have its type's pointer methods: Go prints its fields,
// and so does the interpreter ([]P of a P whose String has a pointer
// receiver printed [{1}] in both).
func heldPrinting(t types.Type, seen map[types.Type]bool) (types.Type, string) {
	if t == nil || seen[t] {
		return nil, ""
	}
	seen[t] = true
	held := func(e types.Type) (types.Type, string) {
		if named := programNamed(e); named != nil && !types.IsInterface(named) {
			ms := types.NewMethodSet(e)
			for _, m := range []string{"Format", "Error", "String"} {
				if ms.Lookup(nil, m) != nil {
					return e, m
				}
			}
		}
		return heldPrinting(e, seen)
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return held(u.Elem())
	case *types.Slice:
		return held(u.Elem())
	case *types.Array:
		return held(u.Elem())
	case *types.Map:
		if n, m := held(u.Key()); n != nil {
			return n, m
		}
		return held(u.Elem())
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if n, m := held(u.Field(i).Type()); n != nil {
				return n, m
			}
		}
	}
	return nil, ""
}

// firstInstance finds, in f, the first instantiation of a generic function
// (or type) of the program with a type argument that judge accepts, whose
// code (directly or through another generic) has a node test finds; key
// names what test looks for in known, across cells. It returns the
// instantiation, the type argument and the node test found, or a nil id.
func firstInstance(files []*ast.File, f *ast.File, info *types.Info, known map[string]bool,
	test func(ast.Node, *types.Signature, *types.Info, *types.TypeParam) (bool, bool), key string, judge func(types.Type) bool) (*ast.Ident, types.Type, ast.Node) {
	g := &generics{files: files, info: info, memo: map[genericParam]ast.Node{}, known: known, test: test, key: key}
	defer g.record(f)
	for _, in := range programInstances(f, info) {
		id, owner, args := in.id, in.owner, in.args
		for k := 0; k < args.Len(); k++ {
			if !judge(args.At(k)) {
				continue
			}
			if call, _ := g.prints(genericParam{owner, k}, 0); call != nil {
				return id, args.At(k), call
			}
		}
	}
	return nil, nil, nil
}

// storesParam reports whether n puts a value whose type is, or is made
// of, the type parameter tp in an interface: converts it (any(v),
// fmt.Stringer(v)), or gives it to a variable, result, parameter, element,
// field, key or channel of an empty interface type or of an interface type
// of the program (an interface of the standard library with methods, as
// error, keeps them: its wrapper has them); or whether n gives a function
// of fmt or log a value whose type is made of tp without being it ([]T,
// map[K]T, struct{ X T }). Other functions of the standard library are left
// alone. sig is the signature of the function n is in.
func storesParam(n ast.Node, sig *types.Signature, info *types.Info, tp *types.TypeParam) (bool, bool) {
	return storesInto(n, sig, info, tp, false)
}

// storesParamAny is storesParam that counts, too, the interfaces of the
// standard library with methods (return v as a fmt.Stringer): the
// interpreter holds the value in its wrapper there, which fmt's %T names
// (interfaceByName).
func storesParamAny(n ast.Node, sig *types.Signature, info *types.Info, tp *types.TypeParam) (bool, bool) {
	return storesInto(n, sig, info, tp, true)
}

// storesInto is storesParam, and storesParamAny when native.
func storesInto(n ast.Node, sig *types.Signature, info *types.Info, tp *types.TypeParam, native bool) (bool, bool) {
	into := func(from, to types.Type) bool {
		return to != nil && types.IsInterface(to) && !isTypeParam(to) && (native || !nativeInterface(to)) && mentions(from, tp, map[types.Type]bool{})
	}
	// stores reports whether a value of xs goes into an interface, the
	// i-th (of xs, or of the results of xs's single call) to to(i).
	stores := func(xs []ast.Expr, to func(i int) types.Type) bool {
		if len(xs) == 1 {
			if tuple, ok := info.TypeOf(xs[0]).(*types.Tuple); ok {
				for i := 0; i < tuple.Len(); i++ {
					if into(tuple.At(i).Type(), to(i)) {
						return true
					}
				}
				return false
			}
		}
		for i, x := range xs {
			if into(info.TypeOf(x), to(i)) {
				return true
			}
		}
		return false
	}
	switch n := n.(type) {
	case *ast.CallExpr:
		return false, storesArg(n, info, tp, stores)
	case *ast.ReturnStmt:
		return false, sig != nil && stores(n.Results, func(i int) types.Type {
			if i < sig.Results().Len() {
				return sig.Results().At(i).Type()
			}
			return nil
		})
	case *ast.AssignStmt:
		return false, (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) && stores(n.Rhs, func(i int) types.Type {
			if i < len(n.Lhs) && !isBlank(n.Lhs[i]) {
				return info.TypeOf(n.Lhs[i])
			}
			return nil
		})
	case *ast.ValueSpec:
		return false, n.Type != nil && stores(n.Values, func(i int) types.Type {
			if i < len(n.Names) && n.Names[i].Name != "_" {
				return info.TypeOf(n.Type)
			}
			return nil
		})
	case *ast.SendStmt:
		ch, ok := under(info.TypeOf(n.Chan)).(*types.Chan)
		return false, ok && into(info.TypeOf(n.Value), ch.Elem())
	case *ast.RangeStmt:
		if n.Tok != token.ASSIGN {
			return false, false
		}
		key, elem := rangeTypes(info.TypeOf(n.X))
		return false, n.Key != nil && into(key, info.TypeOf(n.Key)) || n.Value != nil && into(elem, info.TypeOf(n.Value))
	case *ast.CompositeLit:
		for _, el := range elementTargets(n, info) {
			if into(info.TypeOf(el.x), el.t) {
				return false, true
			}
		}
	}
	return false, false
}

// storesArg reports whether call converts a value made of tp to an
// interface (any(v)), gives one to a parameter of an interface type of a
// function of the program or of a builtin (stores), or gives a function
// of fmt or log a value made of tp without being it.
func storesArg(call *ast.CallExpr, info *types.Info, tp *types.TypeParam, stores func([]ast.Expr, func(int) types.Type) bool) bool {
	if tv, ok := info.Types[ast.Unparen(call.Fun)]; ok && tv.IsType() {
		return len(call.Args) == 1 && types.IsInterface(tv.Type) && !isTypeParam(tv.Type) && mentions(info.TypeOf(call.Args[0]), tp, map[types.Type]bool{})
	}
	if fn := calledFunc(info, call); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() != pkgPath {
		if fn.Pkg().Path() != "fmt" && fn.Pkg().Path() != "log" {
			return false
		}
		for _, a := range call.Args {
			t := info.TypeOf(a)
			if t != types.Type(tp) && mentions(t, tp, map[types.Type]bool{}) {
				return true
			}
		}
		return false
	}
	sig, ok := under(info.TypeOf(call.Fun)).(*types.Signature)
	if !ok {
		return false
	}
	params := sig.Params()
	return stores(call.Args, func(i int) types.Type {
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			t := params.At(params.Len() - 1).Type()
			if s, ok := t.Underlying().(*types.Slice); ok && !call.Ellipsis.IsValid() {
				return s.Elem()
			}
			return t
		case i < params.Len():
			return params.At(i).Type()
		}
		return nil
	})
}

// printsParamItself reports whether n gives a function of fmt or log a
// value of the type parameter tp itself (fmt.Println(v)).
func printsParamItself(n ast.Node, _ *types.Signature, info *types.Info, tp *types.TypeParam) (bool, bool) {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return false, false
	}
	fn := calledFunc(info, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" && fn.Pkg().Path() != "log" {
		return false, false
	}
	for _, a := range call.Args {
		if info.TypeOf(a) == types.Type(tp) {
			return false, true
		}
	}
	return false, false
}

// rangeTypes are the types of the key and the element a range over a
// value of type t gives (nil when there is none, or t is not a slice, an
// array, a pointer to one, a map or a channel).
func rangeTypes(t types.Type) (key, elem types.Type) {
	if p, ok := under(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := under(t).(type) {
	case *types.Slice:
		return types.Typ[types.Int], u.Elem()
	case *types.Array:
		return types.Typ[types.Int], u.Elem()
	case *types.Map:
		return u.Key(), u.Elem()
	case *types.Chan:
		return u.Elem(), nil
	}
	return nil, nil
}

// nodeText is " (n as written)" for what a generic check found, or "" for
// what an earlier cell recorded.
func nodeText(n ast.Node) string {
	list := func(xs []ast.Expr) string {
		var s []string
		for _, x := range xs {
			s = append(s, types.ExprString(x))
		}
		return strings.Join(s, ", ")
	}
	var text string
	switch n := n.(type) {
	case *ast.CallExpr:
		if len(n.Args) == 0 {
			return ""
		}
		text = types.ExprString(n)
	case *ast.ReturnStmt:
		text = strings.TrimSpace("return " + list(n.Results))
	case *ast.AssignStmt:
		text = list(n.Lhs) + " " + n.Tok.String() + " " + list(n.Rhs)
	case *ast.ValueSpec:
		var names []ast.Expr
		for _, id := range n.Names {
			names = append(names, id)
		}
		text = "var " + list(names) + " " + types.ExprString(n.Type) + " = " + list(n.Values)
	case *ast.SendStmt:
		text = types.ExprString(n.Chan) + " <- " + types.ExprString(n.Value)
	case *ast.RangeStmt:
		text = "for " + types.ExprString(n.Key)
		if n.Value != nil {
			text += ", " + types.ExprString(n.Value)
		}
		text += " = range " + types.ExprString(n.X)
	case ast.Expr:
		text = types.ExprString(n)
	default:
		return ""
	}
	if r := []rune(text); len(r) > 80 {
		text = string(r[:79]) + "…"
	}
	return " (" + text + ")"
}

// printsParamVerb reports whether n, a call of fmt's (or log's) Printf
// family with a constant format, prints a value of the type parameter tp
// itself with a verb other than %v %s %q %x %X (%T and %#v are
// MisprintedGeneric's): for one of those, Go's fmt does not call a String
// or Error method, and prints the value.
func printsParamVerb(n ast.Node, _ *types.Signature, info *types.Info, tp *types.TypeParam) (bool, bool) {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return false, false
	}
	return false, paramVerb(call, info, func(t types.Type) bool { return t == types.Type(tp) }) != ""
}

// paramVerb is the first verb, other than %v %s %q %x %X %T, that call
// (of the Printf family, with a constant format) prints a value whose
// type is judged with ("d", or "f" of "%6.2f"); "" when there is none.
// With explicit argument indexes it is any such verb of the format,
// given such a value.
func paramVerb(call *ast.CallExpr, info *types.Info, judged func(types.Type) bool) string {
	_, i, format, ok := printfCall(call, info)
	if !ok {
		return ""
	}
	bad := func(verb string) string {
		if verb == "" {
			return ""
		}
		v := verb[len(verb)-1:]
		if strings.Contains("vsqxXT", v) {
			return ""
		}
		return v
	}
	verbs, paired := pairVerbs(format)
	if !paired {
		verbs, _ = pairVerbs(argIndexes.ReplaceAllString(format, ""))
	}
	for k, a := range call.Args[i+1:] {
		if !judged(info.TypeOf(a)) {
			continue
		}
		if paired {
			if k < len(verbs) && bad(verbs[k]) != "" {
				return bad(verbs[k])
			}
			continue
		}
		for _, verb := range verbs {
			if bad(verb) != "" {
				return bad(verb)
			}
		}
	}
	return ""
}

// argIndexes are a format's explicit argument indexes ([2]).
var argIndexes = regexp.MustCompile(`\[[0-9]*\]`)
