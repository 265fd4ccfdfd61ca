package check

import (
	"go/ast"
	"go/types"
	"sort"
	"strings"
)

// panicAny notes the arguments of panic (panicArgs), and, in a session,
// for a panic of an interface value in a function, writes the types
// dynamicPanicWords' switch was compiled with for later cells
// (panicLater): a value of a type declared since would be printed as the
// interpreter's wrapper, panic: {0xc… {…}}. (A type the switch cannot
// tell apart, of a basic underlying type or one another type shares, is
// refused when such a panic is not recovered: PanicRefusal.)
func (b *boundary) panicAny(n *ast.CallExpr) {
	id, ok := ast.Unparen(n.Fun).(*ast.Ident)
	if !ok || len(n.Args) != 1 {
		return
	}
	if bi, ok := b.info.Uses[id].(*types.Builtin); !ok || bi.Name() != "panic" {
		return
	}
	x := n.Args[0]
	if b.panicArgs == nil {
		b.panicArgs = map[ast.Expr]bool{}
	}
	b.panicArgs[x] = true
	it, ok := b.info.TypeOf(x).Underlying().(*types.Interface)
	if !ok || b.info.Types[x].IsNil() {
		return
	}
	if ms := types.NewMethodSet(it); ms.Lookup(nil, "Error") != nil || ms.Lookup(nil, "String") != nil {
		return // PanicTexts calls the method itself
	}
	if b.reached != nil {
		if name := b.laterCode(x); name != "" && name != "the session's assertion to error" {
			var known []string
			clear, unclear := panicTypes(b.info)
			for _, tn := range append(clear, unclear...) {
				known = append(known, tn.Name())
			}
			b.laterKeys = append(b.laterKeys, "panicsany:"+name+"\x00"+methodNamesOf(it)+"\x00"+strings.Join(known, ","))
		}
	}
}

// goPanicWords tells what Go's runtime prints for a panic of a value of
// tn (or *tn): its Error or String text, main.T(…) or (main.T) and an
// address.
func goPanicWords(tn *types.TypeName) string {
	ms := types.NewMethodSet(types.NewPointer(tn.Type()))
	switch {
	case ms.Lookup(nil, "Error") != nil:
		return "Go prints its Error text"
	case ms.Lookup(nil, "String") != nil:
		return "Go prints its String text"
	}
	if _, basic := tn.Type().Underlying().(*types.Basic); basic {
		return "Go prints main." + tn.Name() + "(…)"
	}
	return "Go prints (main." + tn.Name() + ") and an address"
}

// mayHold reports whether an interface of type it may hold a value of tn
// or a pointer to one.
func mayHold(it *types.Interface, tn *types.TypeName) bool {
	return types.Implements(tn.Type(), it) || types.Implements(types.NewPointer(tn.Type()), it)
}

// inInterface reports whether values of tn (or pointers to them) are
// converted to an interface of interpreted code by the file (but as
// panic's own argument, unless a recover() of the file keeps the value it
// recovers: panic(r) of it printed 3 for Go's main.Code(3)), or stored in
// an any by earlier cells.
func (b *boundary) inInterface(tn *types.TypeName) bool {
	kept := b.recoverKept()
	for _, st := range b.stores {
		if b.panicArgs[st.x] && !kept {
			continue // panic(Code(3)) itself: PanicTexts gives it Go's words
		}
		if n := programNamed(st.from); n != nil && n.Obj() == tn {
			return true
		}
	}
	inFile := tn.Pos() >= b.file.FileStart && tn.Pos() < b.file.FileEnd
	if b.reached == nil || inFile {
		return false
	}
	val, ptr := b.storedForms(tn)
	return val || ptr || b.reached[tn.Name()]
}

// methodNamesOf lists it's methods' names, sorted and joined by commas.
func methodNamesOf(it *types.Interface) string {
	var ms []string
	for i := 0; i < it.NumMethods(); i++ {
		ms = append(ms, it.Method(i).Name())
	}
	sort.Strings(ms)
	return strings.Join(ms, ",")
}

// panicLater refuses, in a cell, a call of a function of an earlier cell
// (or of one that calls it) that panics with a value of an interface type
// while a value of a type its switch does not know (panicAny's keys: one
// declared since, a basic or a twin) is stored in an interface: the
// function was compiled before the type, and the panic would print the
// interpreter's wrapper, panic: {0xc… {…}}, for Go's Error or String
// text or (main.T) 0xc….
func (b *boundary) panicLater(n *ast.CallExpr) {
	if b.reached == nil {
		return
	}
	id, ok := ast.Unparen(n.Fun).(*ast.Ident)
	if !ok {
		return
	}
	type key struct{ fn, methods, known string }
	var keys []key
	for g := range b.calledFrom(id.Name) {
		for _, rest := range laterRests(b.reached, "later:panicsany:"+g+"\x00") {
			methods, known, _ := strings.Cut(rest, "\x00")
			keys = append(keys, key{g, methods, known})
		}
	}
	if len(keys) == 0 {
		return
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].fn < keys[j].fn })
	b.pending = append(b.pending, func() {
		for _, k := range keys {
			known := map[string]bool{}
			for _, name := range strings.Split(k.known, ",") {
				known[name] = true
			}
			for _, tn := range b.comparableTypes() {
				if known[tn.Name()] || tn.Parent() != tn.Pkg().Scope() || !b.inInterface(tn) || !hasMethodNames(tn, k.methods) {
					continue
				}
				fn := k.fn
				if fn != id.Name {
					fn = id.Name + " (which calls " + k.fn + ")"
				}
				b.refuse(n, "%s, declared in an earlier cell, panics with a value of an interface type while values of %s, which it was not compiled to tell apart, are stored in an interface: the interpreter would print its own wrapper of a %[2]s (panic: {0xc… {…}}), where %[3]s. Not supported yet: declare %[4]s again (run its cell again) now that %[2]s is declared, or panic with a text",
					fn, tn.Name(), goPanicWords(tn), k.fn)
				return
			}
		}
	})
}

// hasMethodNames reports whether tn or *tn has every method named in
// names (commas between).
func hasMethodNames(tn *types.TypeName, names string) bool {
	if names == "" {
		return true
	}
	ms := types.NewMethodSet(types.NewPointer(tn.Type()))
	for _, m := range strings.Split(names, ",") {
		if ms.Lookup(tn.Pkg(), m) == nil && ms.Lookup(nil, m) == nil {
			return false
		}
	}
	return true
}

// recoverKept reports whether the file calls recover() other than to
// compare its result with nil or drop it.
func (b *boundary) recoverKept() bool {
	kept := false
	var parents map[ast.Node]ast.Node
	inspect(b.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || kept || !builtinCall(call, b.info, "recover") {
			return !kept
		}
		if parents == nil {
			parents = parentsOf(b.file)
		}
		p := parents[call]
		for {
			pe, ok := p.(*ast.ParenExpr)
			if !ok {
				break
			}
			p = parents[pe]
		}
		if be, ok := p.(*ast.BinaryExpr); ok && (b.info.Types[be.X].IsNil() || b.info.Types[be.Y].IsNil()) {
			return true
		}
		if _, ok := p.(*ast.ExprStmt); ok {
			return true // its value dropped
		}
		kept = true
		return false
	})
	return kept
}

// panicsAnyLater refuses, in a cell, storing in an interface a value of a
// type declared since a method or a function literal of an earlier cell
// panicking with a value of an interface type was compiled (panicAny's
// keys whose code is not a function by name, which panicLater judges at
// its calls): the method may be called with no name of it in the cell
// (through an interface, a function value), and its panic would print
// the interpreter's wrapper, panic: {0xc… {…}}, for Go's Error or String
// text or (main.T) 0xc…. Stores given straight to the standard library
// are left (fmt.Println(Code(3))), and so are the panic's own arguments.
func (b *boundary) panicsAnyLater() {
	if b.reached == nil {
		return
	}
	type key struct{ code, methods string }
	var keys []key
	known := map[key]map[string]bool{}
	for _, rest := range laterRests(b.reached, "later:panicsany:") {
		code, rest, _ := strings.Cut(rest, "\x00")
		methods, names, _ := strings.Cut(rest, "\x00")
		if !strings.HasPrefix(code, "a method ") && code != "a function literal" {
			continue // a function by name: panicLater, at its calls
		}
		k := key{code, methods}
		if known[k] == nil {
			keys = append(keys, k)
			known[k] = map[string]bool{}
		}
		for _, name := range strings.Split(names, ",") {
			known[k][name] = true
		}
	}
	if len(keys) == 0 {
		return
	}
	for _, st := range b.stores {
		n := programNamed(st.from)
		if n == nil || b.panicArgs[st.x] || !types.IsInterface(st.to) {
			continue
		}
		tn := n.Obj()
		if tn.Parent() != tn.Pkg().Scope() {
			continue
		}
		for _, k := range keys {
			if known[k][tn.Name()] || !hasMethodNames(tn, k.methods) {
				continue
			}
			remedy := "declare " + tn.Name() + " before " + strings.TrimPrefix(k.code, "a ") + " (a method cannot be declared again; .reset starts over)"
			if k.code == "a function literal" {
				remedy = "write the function literal again now that " + tn.Name() + " is declared"
			}
			b.refuse(st.x, "%s stored in %s while %s, declared in an earlier cell, panics with a value of an interface type, compiled before %s was declared: the interpreter would print its own wrapper of %[1]s (panic: {0xc… {…}}), where %[5]s. Not supported yet: %[6]s, or panic with a text",
				article(tn.Name()), article(typeString(st.to)), k.code, tn.Name(), goPanicWords(tn), remedy)
			return
		}
	}
}
