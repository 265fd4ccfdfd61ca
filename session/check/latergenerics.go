package check

// This file judges, in a session, a generic function or type declared in
// an earlier cell meeting the types and methods of later cells. Its code
// was lowered and compiled with the types the session had then, and the
// interpreter (yaegi v0.16.1) keeps the instances it makes of it:
//
//   - A generic giving a value of its type parameter to fmt, log or json
//     (fmt.Println(v), json.Marshal(v)) is lowered to give them the value
//     taken apart (Unwrap, unwrap.go) when no type of the session has a
//     String, Error, Format or Marshal method — right then, but a type
//     given such a method later, used as the type argument, loses it there:
//     Log("x", ID(7)) printed x=7 where Go calls ID's String (x=id-7), and
//     Enc(Money(3)) marshalled 3 where Go calls MarshalJSON. The cell
//     instantiating it is refused (laterUnwrapped); declaring the generic
//     again, now that the method exists, makes code without the lowering.
//   - An instance made before the type argument had such a method keeps
//     running without it: Show(P{1}), then P's String, then Show(P{2})
//     printed {2}; a Stack[P] made before P's String printed {1} after.
//     The method's declaration is refused (laterMethods), naming the
//     generic: the interpreter's instance could not call it.

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strings"
)

// laterPrinting are the methods the standard library looks for when it
// prints or marshals a value (see Unwrappable).
var laterPrinting = []string{"String", "Error", "Format", "MarshalJSON", "MarshalText", "MarshalXML"}

// laterGenerics is Boundary's pending check of a cell's generics against
// earlier cells' (see above); it records, in reached, what later cells
// judge the cell's generics and instances by. Programs (reached nil) have
// all their types at once.
func (b *boundary) laterGenerics() {
	if b.reached == nil {
		return
	}
	b.laterMethods()
	for _, fam := range unwrapFamilies {
		b.laterUnwrapped(fam)
	}
	b.laterInstances()
}

// An unwrapFamily is the standard library's functions of unwrapped that
// look for the same methods: fmt's and log's (String, Error, Format), or
// json's (MarshalJSON, MarshalText); key names what a generic's code was
// found to give them in reached ("unwraps:Log/0"), and key+"via" which
// generic's code, and which function ("unwrapsvia:G/0\x00H\x00fmt.Println").
type unwrapFamily struct {
	key     string
	what    string // how a message names the functions
	prefix  []string
	methods []string
}

var unwrapFamilies = []unwrapFamily{
	{"unwraps", "fmt or log", []string{"fmt.", "log."}, []string{"String", "Error", "Format"}},
	{"unwrapsjson", "json", []string{"json."}, []string{"MarshalJSON", "MarshalText"}},
}

// has reports whether fn (a name of unwrapped) is of the family.
func (fam unwrapFamily) has(fn string) bool {
	for _, p := range fam.prefix {
		if strings.HasPrefix(fn, p) {
			return true
		}
	}
	return false
}

// laterUnwrapped refuses an instantiation of a generic whose code gives
// fmt, log or json its type parameter's values taken apart (see above)
// with a type argument that is, or holds, a type with a printing method
// (or an interface such a type implements); it records
// ("unwraps:Name/k") the generics f declares that do so.
func (b *boundary) laterUnwrapped(fam unwrapFamily) {
	g := &generics{files: []*ast.File{b.file}, info: b.info, memo: map[genericParam]ast.Node{}, known: b.reached, key: fam.key,
		test: func(n ast.Node, _ *types.Signature, info *types.Info, tp *types.TypeParam) (bool, bool) {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return false, false
			}
			if fn, ok := b.native(call); !ok || !unwrapped[fn] || !fam.has(fn) {
				return false, false
			}
			for _, a := range call.Args {
				if t := info.TypeOf(a); mentions(t, tp, map[types.Type]bool{}) && Unwrappable(info, t) {
					return false, true
				}
			}
			return false, false
		}}
	defer g.record(b.file)
	defer b.recordUnwrapVia(g, fam)
	for _, in := range programInstances(b.file, b.info) {
		id, owner, args := in.id, in.owner, in.args
		for k := 0; k < args.Len(); k++ {
			at, _ := g.prints(genericParam{owner, k}, 0)
			if at == nil {
				continue
			}
			named, method := b.printingHeld(args.At(k), fam.methods, map[types.Type]bool{})
			if named == nil {
				continue
			}
			through, via := b.unwrapVia(g, fam, genericParam{owner, k}, at)
			held := ""
			if !types.Identical(named, args.At(k)) {
				held = ", which may hold " + article(typeString(named))
			}
			hint := fmt.Sprintf("declare %s again (run its cell again) now that %s has the method", owner.Name(), typeString(named))
			if through != owner.Name() {
				hint = fmt.Sprintf("declare %s and %s anew, under new names, now that %s has the method", through, owner.Name(), typeString(named))
			}
			b.refuse(id, "%s with %s as its type argument%s: the code of %s, compiled in an earlier cell when no type of the session had a String, Error, Format or Marshal method, gives %s the values of its type parameter without the interpreter's methods%s; %s's %s method, declared since, would not be called there (Go calls it). Not supported yet: %s",
				id.Name, typeString(args.At(k)), held, through, via, nodeText(at), typeString(named), method, hint)
			return
		}
	}
}

// unwrapVia names, for what g found p's code does (at), the generic
// whose code gives the values to the standard library (p's owner, or one
// it instantiates) and the function it gives them to; an earlier cell's
// are what it recorded (recordUnwrapVia).
func (b *boundary) unwrapVia(g *generics, fam unwrapFamily, p genericParam, at ast.Node) (string, string) {
	through, via := p.owner.Name(), fam.what
	call, ok := at.(*ast.CallExpr)
	if !ok {
		return through, via
	}
	if len(call.Args) > 0 {
		if fn, ok := b.native(call); ok {
			via = fn
		}
		if named := b.enclosingGeneric(call); named != "" {
			through = named
		}
		return through, via
	}
	// Found through what an earlier cell recorded of a generic: p's
	// owner's, or another's it instantiates.
	prefix := fmt.Sprintf("%svia:%s/%d\x00", fam.key, p.owner.Name(), p.k)
	if id, ok := call.Fun.(*ast.Ident); ok && id.Name != p.owner.Name() {
		through, prefix = id.Name, fam.key+"via:"+id.Name+"/"
	}
	var keys []string
	for key := range g.known {
		rest, ok := strings.CutPrefix(key, prefix)
		if ok && !strings.HasSuffix(prefix, "\x00") {
			_, rest, ok = strings.Cut(rest, "\x00") // after another's k
		}
		if ok {
			keys = append(keys, rest)
		}
	}
	sort.Strings(keys)
	if len(keys) > 0 {
		through, via, _ = strings.Cut(keys[0], "\x00")
	}
	return through, via
}

// enclosingGeneric is the name of the generic function, or generic type
// of the method, of f whose body holds n; "" when there is none.
func (b *boundary) enclosingGeneric(n ast.Node) string {
	for _, d := range b.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil || n.Pos() < fd.Body.Pos() || n.End() > fd.Body.End() {
			continue
		}
		fn, ok := b.info.Defs[fd.Name].(*types.Func)
		if !ok {
			return ""
		}
		if sig := fn.Type().(*types.Signature); sig.RecvTypeParams().Len() > 0 {
			return recvNamed(fn).Origin().Obj().Name()
		}
		return fn.Name()
	}
	return ""
}

// recordUnwrapVia records ("unwrapsvia:G/k\x00H\x00fmt.Println"), for the
// generics f declares whose code gives fmt, log or json the values of
// their type parameter taken apart, which generic's code does and the
// function it gives them to: a later cell's message names them.
func (b *boundary) recordUnwrapVia(g *generics, fam unwrapFamily) {
	for id, obj := range b.info.Defs {
		if obj == nil || id.Pos() < b.file.FileStart || id.Pos() >= b.file.FileEnd || obj.Pkg() == nil {
			continue
		}
		var owner types.Object
		n := 0
		switch o := obj.(type) {
		case *types.Func:
			sig := o.Type().(*types.Signature)
			if sig.RecvTypeParams().Len() > 0 {
				owner, n = recvNamed(o).Origin().Obj(), sig.RecvTypeParams().Len()
			} else if o.Parent() == o.Pkg().Scope() {
				owner, n = o, sig.TypeParams().Len()
			}
		case *types.TypeName:
			if named, ok := o.Type().(*types.Named); ok && o.Parent() == o.Pkg().Scope() {
				owner, n = o, named.TypeParams().Len()
			}
		}
		if owner == nil {
			continue
		}
		for k := 0; k < n; k++ {
			p := genericParam{owner, k}
			prefix := fmt.Sprintf("%svia:%s/%d\x00", fam.key, owner.Name(), k)
			at, _ := g.prints(p, 0)
			had := false
			for key := range b.reached {
				if strings.HasPrefix(key, prefix) {
					if obj == owner {
						delete(b.reached, key) // declared again: judged anew
					} else {
						had = true
					}
				}
			}
			if at == nil || had {
				continue
			}
			through, via := b.unwrapVia(g, fam, p, at)
			b.reached[prefix+through+"\x00"+via] = true
		}
	}
}

// printingHeld returns a type of the program, among t, what t holds
// (elements, keys, fields, what it points to) or the types an interface t
// may hold, whose values (or pointers) have a method of laterPrinting,
// and the method; nil when there is none.
func (b *boundary) printingHeld(t types.Type, methods []string, seen map[types.Type]bool) (types.Type, string) {
	if t == nil || seen[t] {
		return nil, ""
	}
	seen[t] = true
	if _, ok := t.(*types.TypeParam); ok {
		return nil, "" // judged where the generic is instantiated (through g.prints)
	}
	if it, ok := t.Underlying().(*types.Interface); ok {
		if nativeInterface(t) {
			return nil, "" // error, fmt.Stringer: the interpreter's own wrappers keep the methods
		}
		for _, obj := range b.programTypes() {
			tn, ok := obj.(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			if m := printingMethod(tn.Type(), methods); m != "" && (types.Implements(tn.Type(), it) || types.Implements(types.NewPointer(tn.Type()), it)) {
				return tn.Type(), m
			}
		}
		return nil, ""
	}
	if n := programNamed(t); n != nil {
		if m := printingMethod(n, methods); m != "" {
			return t, m
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return b.printingHeld(u.Elem(), methods, seen)
	case *types.Slice:
		return b.printingHeld(u.Elem(), methods, seen)
	case *types.Array:
		return b.printingHeld(u.Elem(), methods, seen)
	case *types.Chan:
		return b.printingHeld(u.Elem(), methods, seen)
	case *types.Map:
		if n, m := b.printingHeld(u.Key(), methods, seen); n != nil {
			return n, m
		}
		return b.printingHeld(u.Elem(), methods, seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if n, m := b.printingHeld(u.Field(i).Type(), methods, seen); n != nil {
				return n, m
			}
		}
	}
	return nil, ""
}

// printingMethod is the first method of laterPrinting that t or *t has,
// or "".
func printingMethod(t types.Type, methods []string) string {
	ms := methodsOf(t)
	for m := range methodsOf(types.NewPointer(t)) {
		ms[m] = true
	}
	for _, m := range methods {
		if ms[m] {
			return m
		}
	}
	return ""
}

// handsParam reports whether n gives a value whose type is, or is made
// of, tp to fmt, log, errors, json, xml or a template, or stores one in an
// interface (storesParam): code whose instance, compiled for a type
// argument, a printing method declared later would not reach.
func handsParam(n ast.Node, sig *types.Signature, info *types.Info, tp *types.TypeParam) (bool, bool) {
	if _, ok := storesParam(n, sig, info, tp); ok {
		return false, true
	}
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return false, false
	}
	fn := calledFunc(info, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() == pkgPath || !probers[fn.Pkg().Name()] {
		return false, false
	}
	for _, a := range call.Args {
		if mentions(info.TypeOf(a), tp, map[types.Type]bool{}) {
			return false, true
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && mentions(info.TypeOf(sel.X), tp, map[types.Type]bool{}) {
		return false, true
	}
	return false, false
}

// laterInstances records ("genused:P\x00Show") the program's types f gives
// as type arguments (or in them: *P, []P) to a generic whose code hands
// values of the type parameter to the standard library's printers or
// stores them in an interface (handsParam; "hands:Name/k" for f's
// generics): the interpreter keeps the instance it makes.
func (b *boundary) laterInstances() {
	g := &generics{files: []*ast.File{b.file}, info: b.info, memo: map[genericParam]ast.Node{}, known: b.reached, key: "hands", test: handsParam}
	defer g.record(b.file)
	for _, in := range programInstances(b.file, b.info) {
		owner, args := in.owner, in.args
		for k := 0; k < args.Len(); k++ {
			if at, _ := g.prints(genericParam{owner, k}, 0); at == nil {
				continue
			}
			for _, n := range namedIn(args.At(k), map[types.Type]bool{}) {
				b.reached["genused:"+n.Obj().Name()+"\x00"+owner.Name()] = true
			}
		}
	}
}

// namedIn are the program's named types (not interfaces) t is or holds.
func namedIn(t types.Type, seen map[types.Type]bool) []*types.Named {
	if t == nil || seen[t] {
		return nil
	}
	seen[t] = true
	var out []*types.Named
	if n, ok := types.Unalias(t).(*types.Named); ok {
		if n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkgPath && !types.IsInterface(n) {
			out = append(out, n.Origin())
		}
		if args := n.TypeArgs(); args != nil {
			for i := 0; i < args.Len(); i++ {
				out = append(out, namedIn(args.At(i), seen)...)
			}
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		out = append(out, namedIn(u.Elem(), seen)...)
	case *types.Slice:
		out = append(out, namedIn(u.Elem(), seen)...)
	case *types.Array:
		out = append(out, namedIn(u.Elem(), seen)...)
	case *types.Chan:
		out = append(out, namedIn(u.Elem(), seen)...)
	case *types.Map:
		out = append(out, namedIn(u.Key(), seen)...)
		out = append(out, namedIn(u.Elem(), seen)...)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			out = append(out, namedIn(u.Field(i).Type(), seen)...)
		}
	}
	return out
}

// laterMethods refuses declaring a method of laterPrinting on a type an
// earlier cell gave as a type argument to a generic that hands its values
// to the standard library's printers (laterInstances): the interpreter
// keeps the instance it made, compiled without the method, and would
// print or marshal the type's values without it.
func (b *boundary) laterMethods() {
	for _, d := range b.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil {
			continue
		}
		printing := false
		for _, m := range laterPrinting {
			printing = printing || fd.Name.Name == m
		}
		fn, ok := b.info.Defs[fd.Name].(*types.Func)
		if !printing || !ok {
			continue
		}
		recv := fn.Type().(*types.Signature).Recv()
		named := programNamed(recv.Type())
		if named == nil {
			continue
		}
		name := named.Obj().Name()
		var generics []string
		for key := range b.reached {
			if g, ok := strings.CutPrefix(key, "genused:"+name+"\x00"); ok {
				generics = append(generics, g)
			}
		}
		if len(generics) == 0 {
			continue
		}
		sort.Strings(generics)
		b.refuse(fd.Name, "a %s method on %s, which an earlier cell gave to the generic %s as its type argument (or in it): the interpreter keeps the code it made of %[3]s for %[2]s, compiled before %[2]s had the method, and it would print or marshal %[2]s values without it (Go calls it). Not supported: declare %[2]s's methods before using %[2]s with %[3]s — declare a new type (type %[2]s2 %[2]s) with the method, or .reset the session and run the cells in that order",
			fd.Name.Name, name, generics[0])
		return
	}
}
