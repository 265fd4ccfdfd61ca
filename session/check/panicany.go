package check

import (
	"go/ast"
	"go/token"
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

// interfaceBound returns the program's named types (T, for values of T or
// *T) that f may convert to an interface type: a value of one given to a
// parameter, assigned, returned, sent, compared or put in a composite
// literal where an interface is wanted (or where the context is not one
// this scan knows). dynamicPanicWords leaves the others out of a
// program's refusal: a panic of an any cannot hold a value of a type that
// never reaches an interface (panic(v) of a var v any = 3 was refused
// while the program declared type Code int).
func interfaceBound(f *ast.File, info *types.Info) map[*types.TypeName]bool {
	bound := map[*types.TypeName]bool{}
	named := func(t types.Type) *types.TypeName {
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkgPath {
			return n.Obj()
		}
		return nil
	}
	var parents map[ast.Node]ast.Node
	iface := func(t types.Type) bool { return t == nil || types.IsInterface(t) }
	var funcs []*types.Signature // the enclosing functions, innermost last
	var walk func(n ast.Node)
	walk = func(root ast.Node) {
		inspect(root, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n == root {
					return true
				}
				if sig, ok := info.Defs[n.Name].Type().(*types.Signature); ok && n.Body != nil {
					funcs = append(funcs, sig)
					walk(n)
					funcs = funcs[:len(funcs)-1]
				}
				return false
			case *ast.FuncLit:
				if n == root {
					return true
				}
				if sig, ok := info.TypeOf(n).(*types.Signature); ok {
					funcs = append(funcs, sig)
					walk(n)
					funcs = funcs[:len(funcs)-1]
				}
				return false
			}
			e, ok := n.(ast.Expr)
			if !ok {
				return true
			}
			tv, ok := info.Types[e]
			if !ok || !tv.IsValue() {
				return true
			}
			tn := named(tv.Type)
			if tn == nil || bound[tn] {
				return true
			}
			if parents == nil {
				parents = parentsOf(f)
			}
			child := ast.Node(e)
			p := parents[child]
			for {
				pe, ok := p.(*ast.ParenExpr)
				if !ok {
					break
				}
				child, p = pe, parents[pe]
			}
			var sig *types.Signature
			if len(funcs) > 0 {
				sig = funcs[len(funcs)-1]
			}
			if contextInterface(child.(ast.Expr), p, info, sig, iface) {
				bound[tn] = true
			}
			return true
		})
	}
	walk(f)
	return bound
}

// contextInterface reports whether x, whose parent is p, may be converted
// to an interface there (true for a context it does not know); sig is the
// enclosing function's.
func contextInterface(x ast.Expr, p ast.Node, info *types.Info, sig *types.Signature, iface func(types.Type) bool) bool {
	switch p := p.(type) {
	case *ast.CallExpr:
		if p.Fun == x {
			return false
		}
		if tv := info.Types[p.Fun]; tv.IsType() {
			return iface(tv.Type)
		}
		if tv := info.Types[p.Fun]; tv.IsBuiltin() {
			id, _ := ast.Unparen(p.Fun).(*ast.Ident)
			switch {
			case id == nil:
				return true
			case id.Name == "len" || id.Name == "cap" || id.Name == "delete" || id.Name == "clear" || id.Name == "min" || id.Name == "max" || id.Name == "real" || id.Name == "imag" || id.Name == "complex":
				return false
			case id.Name == "append":
				s, ok := under(info.TypeOf(p)).(*types.Slice)
				return !ok || p.Args[0] != x && iface(s.Elem())
			}
			return true // panic, print, println, copy…
		}
		s, ok := under(info.TypeOf(p.Fun)).(*types.Signature)
		if !ok {
			return true
		}
		for i, a := range p.Args {
			if a == x {
				return iface(paramType(s, i, p.Ellipsis.IsValid()))
			}
		}
		return true
	case *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr, *ast.StarExpr, *ast.IncDecStmt, *ast.SliceExpr, *ast.RangeStmt, *ast.ExprStmt, *ast.TypeAssertExpr, *ast.IfStmt, *ast.ForStmt:
		return false
	case *ast.UnaryExpr:
		return false // &x: a *T, judged where it goes
	case *ast.BinaryExpr:
		other := p.X
		if other == x {
			other = p.Y
		}
		return (p.Op == token.EQL || p.Op == token.NEQ) && iface(info.TypeOf(other))
	case *ast.AssignStmt:
		if p.Tok == token.DEFINE {
			return false
		}
		if len(p.Lhs) != len(p.Rhs) {
			return true
		}
		for i, r := range p.Rhs {
			if r == x {
				return iface(info.TypeOf(p.Lhs[i]))
			}
		}
		return false // an operand of x op= y, or a target
	case *ast.ValueSpec:
		if p.Type == nil {
			return false
		}
		return iface(info.TypeOf(p.Type))
	case *ast.ReturnStmt:
		if sig == nil || sig.Results().Len() != len(p.Results) {
			return true
		}
		for i, r := range p.Results {
			if r == x {
				return iface(sig.Results().At(i).Type())
			}
		}
		return true
	case *ast.SendStmt:
		if p.Chan == x {
			return false
		}
		c, ok := under(info.TypeOf(p.Chan)).(*types.Chan)
		return !ok || iface(c.Elem())
	case *ast.KeyValueExpr:
		return true // a composite literal's element: judged conservatively
	case *ast.CompositeLit:
		switch t := under(info.TypeOf(p)).(type) {
		case *types.Slice:
			return iface(t.Elem())
		case *types.Array:
			return iface(t.Elem())
		case *types.Struct:
			for i, el := range p.Elts {
				if el == x && i < t.NumFields() {
					return iface(t.Field(i).Type())
				}
			}
		}
		return true
	case *ast.CaseClause, *ast.SwitchStmt:
		return true
	}
	return true
}
