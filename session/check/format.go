package check

// This file holds the boundary pass's reading of fmt's format strings.

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"sort"
	"strings"
)

// formatVerbs refuses, in a call of fmt's Printf family with a constant
// format, a verb other than %v %s %q %x %X of a value of a program type
// with a String or Error method (and no Format): Go prints the value
// itself, the interpreter its wrapper. A value of a basic underlying type
// is converted to it instead (%d of a type Code int with Error prints the
// number: int(c)).
func (b *boundary) formatVerbs(call *ast.CallExpr) {
	fn, args, ok := printfArgs(call, b.info)
	if !ok {
		return
	}
	for _, va := range args {
		verb, a := va.verb, va.arg
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
		if strings.IndexByte("vsqxXTpw", v) >= 0 { // %w: Errorf wraps the error
			continue
		}
		m := "String"
		if ms["Error"] {
			m = "Error"
		}
		hint := "print its fields"
		if basic, ok := t.Underlying().(*types.Basic); ok {
			if valueVerbOf(basic, v) {
				// Go's fmt prints its number (or bool) for these
				// verbs, as it prints the value converted to the
				// underlying type.
				b.spans = append(b.spans, Span{a.Pos(), a.Pos(), basic.Name() + "("}, Span{a.End(), a.End(), ")"})
				continue
			}
			hint = "convert it: " + basic.Name() + "(…)"
		}
		b.refuse(a, "%s's %%%c of %s, a type with %s: Go prints the value itself, the interpreter would print its own wrapper; %s",
			fn, v, typeString(t), article(m)+" method", hint)
		return
	}
}

// verbArg is an argument of a call of fmt's Printf family and the verb
// it is printed with ("" for a * width's).
type verbArg struct {
	verb string
	arg  ast.Expr
}

// printfArgs returns, for a call of fmt's Printf family with a constant
// format, the function's name and each argument after the format with
// its verb (as far as the arguments go); false when the format uses
// explicit argument indexes.
func printfArgs(call *ast.CallExpr, info *types.Info) (string, []verbArg, bool) {
	fn, i, format, ok := printfCall(call, info)
	if !ok {
		return "", nil, false
	}
	verbs, ok := pairVerbs(format)
	if !ok {
		return "", nil, false
	}
	var args []verbArg
	for k, verb := range verbs {
		if i+1+k >= len(call.Args) {
			break
		}
		args = append(args, verbArg{verb, call.Args[i+1+k]})
	}
	return fn, args, true
}

// valueVerb reports whether x, an argument of call, is printed by a verb
// that prints a value of a basic underlying type itself, not its String or
// Error (%d of a type Code int): formatVerbs converts it.
func (b *boundary) valueVerb(call *ast.CallExpr, x ast.Expr) bool {
	if _, basic := under(b.info.TypeOf(x)).(*types.Basic); !basic {
		return false
	}
	_, i, format, ok := printfCall(call, b.info)
	if !ok {
		return false
	}
	verbs, ok := pairVerbs(format)
	if !ok {
		return false
	}
	basic := under(b.info.TypeOf(x)).(*types.Basic)
	for k, verb := range verbs {
		if i+1+k < len(call.Args) && call.Args[i+1+k] == x && verb != "" {
			return valueVerbOf(basic, verb[len(verb)-1])
		}
	}
	return false
}

// typeVerbArg reports whether x is the argument of a %T of call, a call
// of fmt's Printf family with a constant format.
func typeVerbArg(call *ast.CallExpr, x ast.Expr, info *types.Info) bool {
	_, i, format, ok := printfCall(call, info)
	if !ok {
		return false
	}
	verbs, ok := pairVerbs(format)
	if !ok {
		return false
	}
	for k, verb := range verbs {
		if i+1+k < len(call.Args) && call.Args[i+1+k] == x && verb != "" {
			return verb[len(verb)-1] == 'T'
		}
	}
	return false
}

// valueVerbOf reports whether fmt prints a value of the basic type t with
// verb v as the value itself, a verb that is valid for t's kind and not one
// that calls String or Error (%v %s %q %x %X). Another verb (%d of a
// float) prints the type's name in its complaint: the conversion would
// change it.
func valueVerbOf(t *types.Basic, v byte) bool {
	switch {
	case t.Info()&types.IsInteger != 0:
		return strings.IndexByte("bcdoOU", v) >= 0
	case t.Info()&(types.IsFloat|types.IsComplex) != 0:
		return strings.IndexByte("beEfFgG", v) >= 0
	case t.Info()&types.IsBoolean != 0:
		return v == 't'
	}
	return false
}

// printfCall recognises a call of a function of fmt's Printf family (or
// log's: log.Printf, (*log.Logger).Printf, the Fatalf and Panicf forms)
// with a constant format: the function's name as Go spells it
// ("fmt.Printf", "(*log.Logger).Printf"), the format's argument index and
// the format.
func printfCall(call *ast.CallExpr, info *types.Info) (string, int, string, bool) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return "", 0, "", false
	}
	f, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || f.Pkg() == nil {
		return "", 0, "", false
	}
	name := f.Pkg().Path() + "." + f.Name()
	if recv := f.Type().(*types.Signature).Recv(); recv != nil {
		name = "(" + types.TypeString(recv.Type(), func(p *types.Package) string { return p.Path() }) + ")." + f.Name()
	}
	i, ok := printfFormat[name]
	if !ok || i >= len(call.Args) {
		return "", 0, "", false
	}
	tv := info.Types[call.Args[i]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", 0, "", false
	}
	return name, i, constant.StringVal(tv.Value), true
}

// printfFormat maps the functions that take a format to the index of their
// format argument.
var printfFormat = map[string]int{
	"fmt.Printf": 0, "fmt.Sprintf": 0, "fmt.Errorf": 0, "fmt.Fprintf": 1, "fmt.Appendf": 1,
	"log.Printf": 0, "log.Fatalf": 0, "log.Panicf": 0,
	"(*log.Logger).Printf": 0, "(*log.Logger).Fatalf": 0, "(*log.Logger).Panicf": 0,
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

// MisprintedGeneric finds, in f, an instantiation of a generic function
// (or type, for its methods) whose code prints a type parameter with %T or
// %#v (by name) or %+v (field names), directly or through another generic
// function, where the type argument is, or holds, a named type of package
// main (for %+v: a struct of it with unexported fields). The interpreter
// names such a value by its structure (struct { X int }, not main.P) and
// renames its unexported fields, as MisprintedFormat says; inside a
// generic function the checker sees only T there, so the instantiation
// is judged. files are every file the types were checked with. known
// carries what earlier cells' generics print (their bodies are not in a
// later cell's files): MisprintedGeneric reads it for generics declared
// outside files and writes it for those f declares (nil for a program).
// It returns the instantiation's name and a message, or nil.
func MisprintedGeneric(files []*ast.File, f *ast.File, info *types.Info, known map[string]bool) (ast.Node, string) {
	g := &generics{files: files, info: info, memo: map[genericParam]ast.Node{}, known: known}
	defer g.record(f)
	for _, id := range instancesIn(f, info) {
		owner := info.Uses[id]
		args := info.Instances[id].TypeArgs
		for k := 0; k < args.Len(); k++ {
			a := args.At(k)
			call, byName := g.prints(genericParam{owner, k}, 0)
			if call == nil {
				continue
			}
			named := misnamed(a, byName, map[types.Type]bool{})
			if named == nil {
				continue
			}
			verbs := "%+v"
			if byName {
				verbs = "%T or %#v"
			}
			return id, fmt.Sprintf("%s with %s as its type argument: its %s prints the type parameter's value with %s, and the interpreter would name main.%s by its structure (%s) and rename its unexported fields. Not supported yet: print the fields you want, or use %%v",
				id.Name, typeString(a), printfName(call, info), verbs, named.Obj().Name(), typeString(named.Underlying()))
		}
	}
	return nil, ""
}

// A genericParam is the k-th type parameter of a generic function or type.
type genericParam struct {
	owner types.Object
	k     int
}

type generics struct {
	files []*ast.File
	info  *types.Info
	memo  map[genericParam]ast.Node
	name  map[genericParam]bool
	known map[string]bool
	// test finds what is looked for in a body (printsParam when nil),
	// given a node and the signature of the function it is in; key names
	// it in known ("" for printing).
	test func(ast.Node, *types.Signature, *types.Info, *types.TypeParam) (bool, bool)
	key  string
}

// recordKey is known's key for what p's code was found to do (call).
func (g *generics) recordKey(p genericParam, byName bool, call ast.Node) string {
	if g.key != "" {
		return fmt.Sprintf("%s:%s/%d", g.key, p.owner.Name(), p.k)
	}
	return knownKey(p, byName) + "=" + printfName(call, g.info)
}

// forget removes from known what p's code was found to do.
func (g *generics) forget(p genericParam) {
	if len(g.known) == 0 {
		return // nothing to remove (the keys cost a Sprintf each)
	}
	if g.key != "" {
		delete(g.known, g.recordKey(p, false, nil))
		return
	}
	for _, fn := range printfNames {
		delete(g.known, knownKey(p, true)+"="+fn)
		delete(g.known, knownKey(p, false)+"="+fn)
	}
}

// printfNames are the functions that take a format (see printfCall), in
// a fixed order.
var printfNames = func() []string {
	var names []string
	for name := range printfFormat {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}()

// knownKey is the key of known for p's printing by name (%T, %#v) or of
// field names (%+v).
func knownKey(p genericParam, byName bool) string {
	verb := "+v"
	if byName {
		verb = "T"
	}
	return fmt.Sprintf("prints%s:%s/%d", verb, p.owner.Name(), p.k)
}

// record writes into known what the generics f declares print.
func (g *generics) record(f *ast.File) {
	if g.known == nil {
		return
	}
	for id, obj := range g.info.Defs {
		if obj == nil || id.Pos() < f.FileStart || id.Pos() >= f.FileEnd {
			continue
		}
		if fn, ok := obj.(*types.Func); ok && fn.Type().(*types.Signature).RecvTypeParams().Len() > 0 {
			// A method of a generic type, declared after the type: what
			// the type's methods print grows by what this one prints.
			owner := recvNamed(fn).Origin().Obj()
			for k := 0; k < recvNamed(fn).TypeParams().Len(); k++ {
				p := genericParam{owner, k}
				if call, byName := g.prints(p, 0); call != nil {
					g.known[g.recordKey(p, byName, call)] = true
				}
			}
			continue
		}
		if obj.Parent() != obj.Pkg().Scope() {
			continue
		}
		var n int
		switch obj := obj.(type) {
		case *types.Func:
			n = obj.Type().(*types.Signature).TypeParams().Len()
		case *types.TypeName:
			if named, ok := obj.Type().(*types.Named); ok {
				n = named.TypeParams().Len()
			}
		}
		for k := 0; k < 32; k++ {
			p := genericParam{obj, k}
			g.forget(p)
			if k >= n {
				break
			}
			if call, byName := g.prints(p, 0); call != nil {
				g.known[g.recordKey(p, byName, call)] = true
			}
		}
	}
}

// recvNamed is the named type of fn's receiver.
func recvNamed(fn *types.Func) *types.Named {
	rt := fn.Type().(*types.Signature).Recv().Type()
	if p, ok := rt.(*types.Pointer); ok {
		rt = p.Elem()
	}
	return rt.(*types.Named)
}

func printfName(n ast.Node, info *types.Info) string {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return ""
	}
	if id, ok := call.Fun.(*ast.Ident); ok {
		return id.Name // recorded by an earlier cell
	}
	fn, _, _, _ := printfCall(call, info)
	return fn
}

// prints returns a call of fmt's Printf family in p's code that prints a
// value of p's type (or a type made of it) with %T, %#v (byName) or %+v
// (or the node g.test finds), directly or through an instantiation of
// another generic with p; nil when there is none.
func (g *generics) prints(p genericParam, depth int) (ast.Node, bool) {
	if call, ok := g.memo[p]; ok || depth > 8 {
		return call, g.name[p]
	}
	g.memo[p] = nil // a recursive generic: no more than what is found
	if g.name == nil {
		g.name = map[genericParam]bool{}
	}
	bodies := g.bodies(p.owner)
	if len(bodies) == 0 && g.known != nil && p.owner != nil && g.key != "" {
		if g.known[g.recordKey(p, false, nil)] {
			g.memo[p] = &ast.CallExpr{Fun: &ast.Ident{Name: p.owner.Name()}}
			return g.memo[p], false
		}
	} else if len(bodies) == 0 && g.known != nil && p.owner != nil {
		// Declared by an earlier cell: what it was found to print.
		for _, byName := range []bool{true, false} {
			for _, fn := range printfNames {
				if g.known[knownKey(p, byName)+"="+fn] {
					g.memo[p], g.name[p] = &ast.CallExpr{Fun: &ast.Ident{Name: fn}}, byName
					return g.memo[p], byName
				}
			}
		}
	}
	for _, body := range bodies {
		tp := body.params.At(p.k)
		var lits []*ast.FuncLit // the function literals n is in, innermost last
		ast.Inspect(body.body, func(n ast.Node) bool {
			if g.memo[p] != nil || n == nil {
				return false
			}
			for len(lits) > 0 && lits[len(lits)-1].End() <= n.Pos() {
				lits = lits[:len(lits)-1]
			}
			sig := body.sig
			if len(lits) > 0 {
				sig, _ = g.info.TypeOf(lits[len(lits)-1]).(*types.Signature)
			}
			if g.test != nil {
				if byName, ok := g.test(n, sig, g.info, tp); ok {
					g.memo[p], g.name[p] = n, byName
					return false
				}
			} else if call, ok := n.(*ast.CallExpr); ok {
				if byName, ok := printsParam(call, g.info, tp); ok {
					g.memo[p], g.name[p] = n, byName
					return false
				}
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				lits = append(lits, n)
			case *ast.Ident:
				inst, ok := g.info.Instances[n]
				if !ok {
					return true
				}
				for k := 0; k < inst.TypeArgs.Len(); k++ {
					if !mentions(inst.TypeArgs.At(k), tp, map[types.Type]bool{}) {
						continue
					}
					if call, byName := g.prints(genericParam{g.info.Uses[n], k}, depth+1); call != nil {
						g.memo[p], g.name[p] = call, byName
						return false
					}
				}
			}
			return true
		})
	}
	return g.memo[p], g.name[p]
}

// A genericBody is the body of a generic function, or of a method of a
// generic type, with its type parameters and its signature.
type genericBody struct {
	body   *ast.BlockStmt
	params *types.TypeParamList
	sig    *types.Signature
}

// bodies are the bodies of owner: a generic function's, or the methods'
// of a generic type.
func (g *generics) bodies(owner types.Object) []genericBody {
	var out []genericBody
	for _, f := range g.files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || stub(fd.Body) {
				continue
			}
			fn, ok := g.info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			sig := fn.Type().(*types.Signature)
			switch {
			case fn == owner && sig.TypeParams().Len() > 0:
				out = append(out, genericBody{fd.Body, sig.TypeParams(), sig})
			case sig.RecvTypeParams().Len() > 0:
				rt := sig.Recv().Type()
				if p, ok := rt.(*types.Pointer); ok {
					rt = p.Elem()
				}
				if n, ok := rt.(*types.Named); ok && n.Origin().Obj() == owner {
					out = append(out, genericBody{fd.Body, sig.RecvTypeParams(), sig})
				}
			}
		}
	}
	return out
}

// stub reports whether body is the { panic(0) } the session's declarations
// give a generic function of an earlier cell (see cellCheck.define): its
// code is not there, known says what it prints.
func stub(body *ast.BlockStmt) bool {
	if len(body.List) != 1 {
		return false
	}
	es, ok := body.List[0].(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := es.X.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	fn, ok := call.Fun.(*ast.Ident)
	lit, ok2 := call.Args[0].(*ast.BasicLit)
	return ok && ok2 && fn.Name == "panic" && lit.Value == "0"
}

// printsParam reports whether call is of fmt's Printf family and prints a
// value whose type mentions tp with %T or %#v (true) or %+v (false).
func printsParam(call *ast.CallExpr, info *types.Info, tp *types.TypeParam) (byName, ok bool) {
	_, i, format, ok := printfCall(call, info)
	if !ok {
		return false, false
	}
	verbs, paired := pairVerbs(format)
	for k, a := range call.Args[i+1:] {
		name := strings.Contains(format, "%T") || strings.Contains(format, "%#v")
		plus := strings.Contains(format, "%+v")
		if paired {
			if k >= len(verbs) {
				break
			}
			name, plus = verbs[k] == "T" || strings.HasSuffix(verbs[k], "#v"), verbs[k] == "+v"
		}
		if (name || plus) && mentions(info.TypeOf(a), tp, map[types.Type]bool{}) {
			return name, true
		}
	}
	return false, false
}

// mentions reports whether t is, or is made of, tp.
func mentions(t types.Type, tp *types.TypeParam, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	switch t := t.(type) {
	case *types.TypeParam:
		return t == tp
	case *types.Pointer:
		return mentions(t.Elem(), tp, seen)
	case *types.Slice:
		return mentions(t.Elem(), tp, seen)
	case *types.Array:
		return mentions(t.Elem(), tp, seen)
	case *types.Chan:
		return mentions(t.Elem(), tp, seen)
	case *types.Map:
		return mentions(t.Key(), tp, seen) || mentions(t.Elem(), tp, seen)
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if mentions(t.Field(i).Type(), tp, seen) {
				return true
			}
		}
	case *types.Named:
		if args := t.TypeArgs(); args != nil {
			for i := 0; i < args.Len(); i++ {
				if mentions(args.At(i), tp, seen) {
					return true
				}
			}
		}
	}
	return false
}

// misnamed returns the named type of package main in t that fmt would
// print unlike Go: any (byName: %T, %#v), or one whose struct has
// unexported fields (%+v).
func misnamed(t types.Type, byName bool, seen map[types.Type]bool) *types.Named {
	if t == nil || seen[t] {
		return nil
	}
	seen[t] = true
	switch u := t.(type) {
	case *types.Named:
		if u.Obj().Pkg() != nil && u.Obj().Pkg().Path() == pkgPath && !types.IsInterface(u) {
			if byName || unexportedFields(u) {
				return u
			}
			return misnamed(u.Underlying(), byName, seen)
		}
		if args := u.TypeArgs(); args != nil {
			for i := 0; i < args.Len(); i++ {
				if n := misnamed(args.At(i), byName, seen); n != nil {
					return n
				}
			}
		}
	case *types.Pointer:
		return misnamed(u.Elem(), byName, seen)
	case *types.Slice:
		return misnamed(u.Elem(), byName, seen)
	case *types.Array:
		return misnamed(u.Elem(), byName, seen)
	case *types.Chan:
		return misnamed(u.Elem(), byName, seen)
	case *types.Map:
		if n := misnamed(u.Key(), byName, seen); n != nil {
			return n
		}
		return misnamed(u.Elem(), byName, seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if n := misnamed(u.Field(i).Type(), byName, seen); n != nil {
				return n
			}
		}
	}
	return nil
}

// elementTexts lowers the argument x of fmt's or log's function call
// (package pkg) when x is a slice, an array or a map whose elements are of
// a program type with a String or Error method (with a value receiver),
// printed with a verb that formats a method's text (textVerb): Go's fmt
// calls the method of each element, the
// interpreter's did not (a []Temp printed [1 2.5], Go [1.0°C 2.5°C]). The
// elements' texts go to fmt instead, which prints a []string or a
// map[K]string as Go prints the elements:
//
//	fmt.Println(ts)   →   fmt.Println(func(xs []Temp) []string { out := make([]string, len(xs)); for i := range xs { out[i] = xs[i].String() }; return out }(ts))
//
// It reports whether it lowered x. Elements of an interface or pointer
// type, keys with methods and deeper nesting are left to the refusal.
func (b *boundary) elementTexts(x ast.Expr, from types.Type, call *ast.CallExpr, pkg string) bool {
	if pkg != "fmt" && pkg != "log" {
		return false
	}
	fn, ok := ElementTexts(from, b.typeName)
	if !ok {
		fn, ok = keyTexts(from, b.typeName, b.runtime) // keytexts.go
	}
	if !ok {
		return false
	}
	if _, i, format, ok := printfCall(call, b.info); ok {
		verbs, paired := pairVerbs(format)
		if !paired {
			return false
		}
		found := false
		for k, verb := range verbs {
			if i+1+k < len(call.Args) && call.Args[i+1+k] == x {
				found = textVerb(verb)
			}
		}
		if !found {
			return false
		}
	}
	b.spans = append(b.spans, Span{x.Pos(), x.Pos(), fn}, Span{x.End(), x.End(), ")"})
	return true
}

// textVerb reports whether fmt formats a Stringer's or an error's text
// with verb (its flags, width and precision before it), as it would a
// string: %v (not %#v, which asks GoString), %s, %q, %x and %X, each
// element of a slice or map padded, quoted or encoded alike.
func textVerb(verb string) bool {
	if verb == "" {
		return false
	}
	switch verb[len(verb)-1] {
	case 'v':
		return !strings.Contains(verb, "#")
	case 's', 'q', 'x', 'X':
		return true
	}
	return false
}

// ElementTexts returns the opening of the function literal call that
// gives fmt the texts of the elements of a value of type from (see
// elementTexts), when from is a slice, an array or a map whose elements
// have a String or Error method; typeName writes a type as the code can
// name it.
func ElementTexts(from types.Type, typeName func(types.Type) (string, bool)) (string, bool) {
	var elem, key types.Type
	switch u := from.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	case *types.Map:
		elem, key = u.Elem(), u.Key()
	default:
		return "", false
	}
	if programNamed(elem) == nil || types.IsInterface(elem) {
		return "", false
	}
	if _, ptr := elem.(*types.Pointer); ptr {
		return "", false
	}
	ms := methodsOf(elem)
	method := ""
	switch {
	case ms["Format"]:
		return "", false
	case ms["Error"]:
		method = "Error"
	case ms["String"]:
		method = "String"
	default:
		return "", false
	}
	if key != nil {
		if km := methodsOf(key); km["String"] || km["Error"] || km["Format"] {
			return "", false
		}
		if _, basic := key.Underlying().(*types.Basic); !basic {
			return "", false
		}
	}
	fromName, ok := typeName(from)
	if !ok {
		return "", false
	}
	if key != nil {
		keyName, ok := typeName(key)
		if !ok {
			return "", false
		}
		return fmt.Sprintf("func(m %s) map[%s]string { if m == nil { return nil }; out := make(map[%[2]s]string, len(m)); for k, v := range m { out[k] = v.%s() }; return out }(", fromName, keyName, method), true
	}
	return fmt.Sprintf("func(xs %s) []string { out := make([]string, len(xs)); for i := range xs { out[i] = xs[i].%s() }; return out }(", fromName, method), true
}

// PlainValue returns the opening of the conversion of a value of the
// program's type t to its underlying type, when t has a String or Error
// method only with a pointer receiver: Go's fmt does not call it for a t
// value and prints its fields, the interpreter called it (P{3} printed
// P!, Go {3}). Converted, the value has no method, and its fields print
// as they did:
//
//	fmt.Println(p)   →   fmt.Println((struct{N int})(p))
func PlainValue(t types.Type, typeName func(types.Type) (string, bool)) (string, bool) {
	if programNamed(t) == nil || types.IsInterface(t) {
		return "", false
	}
	if _, ptr := t.(*types.Pointer); ptr {
		return "", false
	}
	own, viaPtr := methodsOf(t), methodsOf(types.NewPointer(t))
	if own["String"] || own["Error"] || own["Format"] || !viaPtr["String"] && !viaPtr["Error"] {
		return "", false
	}
	if inner, _ := pointerOnly(t.Underlying()); inner != nil {
		// The method is an embedded field's (type W struct{ P }): the
		// underlying struct{ P } has it too, and the interpreter called
		// it (W{P{4}} printed P4, Go {{4}}).
		return "", false
	}
	name, ok := typeName(t.Underlying())
	if !ok {
		return "", false
	}
	return "(" + name + ")(", true
}

// MethodText is the text of a String or Error method for fmt (see
// interfaceTexts): call gives it; isNil says the receiver is a nil
// pointer.
func MethodText(call func() string, method string, isNil bool) (out any) {
	defer func() {
		if p := recover(); p != nil {
			out = methodText{panicked: p, method: method, isNil: isNil}
		}
	}()
	return methodText{text: call()}
}

// MethodTextString is MethodText for a value whose type's underlying type
// is a string (type S string): its text comes back as a string kind too.
// Print, Sprint, Fprint and log's Print put a space between two operands
// when neither is a string by kind, which an S is, so Go prints
// fmt.Print(a, b) of two S in an any as S!S!; methodText, a struct,
// had fmt put one in (S! S!).
func MethodTextString(call func() string, method string) (out any) {
	defer func() {
		if p := recover(); p != nil {
			out = methodPanic(method + " method: " + fmt.Sprint(p))
		}
	}()
	return methodString(call())
}

// methodString is a String or Error method's text (MethodTextString).
type methodString string

// Format writes the text as fmt writes a String method's, with the verb's
// flags, width and precision.
func (m methodString) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, fmt.FormatString(f, verb), string(m))
}

// methodPanic is what fmt prints when the method panicked: the method's
// name and the value it panicked with ("String method: bad").
type methodPanic string

// Format writes %!v(PANIC=String method: bad), whatever the flags.
func (m methodPanic) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "%%!%c(PANIC=%s)", verb, string(m))
}

type methodText struct {
	text     string
	panicked any
	method   string
	isNil    bool
}

// Format writes the text as fmt writes a String method's, with the verb's
// flags, width and precision.
func (m methodText) Format(f fmt.State, verb rune) {
	if m.panicked != nil {
		if m.isNil {
			fmt.Fprintf(f, fmt.FormatString(f, 's'), "<nil>") // padded, as fmt pads it
			return
		}
		fmt.Fprintf(f, "%%!%c(PANIC=%s method: %v)", verb, m.method, m.panicked)
		return
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), m.text)
}

// badVerbs refuses, in a call of fmt's Printf family with a constant
// format, a verb that does not fit a value of a program type (or a
// field, element or pointer made of one): fmt then prints a complaint
// with the value's type, %!s(main.Kind=2) or %!s(*main.T=<nil>), where the
// interpreter's names its own (%!s(int=2), %!s(*struct { A int }=<nil>)).
// Such a verb is a mistake go vet reports; the message says which.
func (b *boundary) badVerbs(call *ast.CallExpr) {
	fn, args, ok := printfArgs(call, b.info)
	if !ok {
		return
	}
	for _, va := range args {
		verb, a := va.verb, va.arg
		if verb == "" {
			continue
		}
		t := b.info.TypeOf(a)
		v := verb[len(verb)-1]
		if t == nil || v == 'T' || v == 'w' {
			continue // %T: MisprintedFormat; %w: Errorf wraps the error
		}
		_, addr := ast.Unparen(a).(*ast.UnaryExpr)
		if bad := badVerbType(t, rune(v), 0, addr, map[types.Type]bool{}); bad != nil {
			b.refuse(a, "%s's %%%c does not fit %s, %s: Go prints a complaint naming the type, %%!%c(%s=…), where the interpreter would name its own type (go vet reports this verb); use %%v, or a verb for the value's kind",
				fn, v, types.ExprString(a), article(typeString(t)), v, types.TypeString(bad, func(p *types.Package) string { return p.Name() }))
			return
		}
	}
}

// badVerbType returns the type fmt names in its complaint when it prints
// a value of type t with the verb v at depth (0: the argument itself),
// when that type mentions a program type; or nil. nonNil: a pointer
// argument is known not to be nil (&x). A value whose type has a String,
// Error or Format method, or an interface's (known only when it runs),
// is left alone.
func badVerbType(t types.Type, v rune, depth int, nonNil bool, seen map[types.Type]bool) types.Type {
	if seen[t] || types.IsInterface(t) {
		return nil
	}
	seen[t] = true
	defer delete(seen, t)
	if ms := methodsOf(t); ms["String"] || ms["Error"] || ms["Format"] {
		return nil
	}
	bad := func() types.Type {
		if mentionsProgram(t, map[types.Type]bool{}) {
			return t
		}
		return nil
	}
	if v == 'p' {
		switch under(t).(type) {
		case *types.Chan, *types.Signature, *types.Map, *types.Pointer, *types.Slice:
			return nil
		}
		if b, ok := under(t).(*types.Basic); ok && b.Kind() == types.UnsafePointer {
			return nil
		}
		if depth == 0 {
			return bad()
		}
	}
	switch u := under(t).(type) {
	case *types.Basic:
		var fits string
		switch {
		case u.Info()&types.IsBoolean != 0:
			fits = "tv"
		case u.Info()&types.IsInteger != 0:
			fits = "bcdoOqxXUv"
		case u.Info()&(types.IsFloat|types.IsComplex) != 0:
			fits = "bgGxXfFeEv"
		case u.Info()&types.IsString != 0:
			fits = "vsxXq"
		default:
			return nil
		}
		if !strings.ContainsRune(fits, v) {
			return bad()
		}
	case *types.Struct:
		for k := 0; k < u.NumFields(); k++ {
			if x := badVerbType(u.Field(k).Type(), v, depth+1, false, seen); x != nil {
				return x
			}
		}
	case *types.Map:
		if x := badVerbType(u.Key(), v, depth+1, false, seen); x != nil {
			return x
		}
		return badVerbType(u.Elem(), v, depth+1, false, seen)
	case *types.Slice, *types.Array:
		elem := u.(interface{ Elem() types.Type }).Elem()
		if b, ok := under(elem).(*types.Basic); ok && b.Kind() == types.Uint8 && strings.ContainsRune("sxXq", v) {
			return nil
		}
		return badVerbType(elem, v, depth+1, false, seen)
	case *types.Pointer:
		if depth == 0 {
			switch under(u.Elem()).(type) {
			case *types.Struct, *types.Array, *types.Slice, *types.Map:
				if x := badVerbType(u.Elem(), v, 1, false, seen); x != nil || nonNil {
					return x
				}
			}
		}
		if !strings.ContainsRune("vpbodxX", v) {
			return bad()
		}
	case *types.Chan, *types.Signature:
		if !strings.ContainsRune("vpbodxX", v) {
			return bad()
		}
	}
	return nil
}
