package check

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// What a value of interface type cannot hold where it is used
//
// The refusals about values of the program's types reaching fmt through an
// any (pendAnyProbed, storedLater) ask which types the value may hold. The
// code around it often says: in a type switch's default clause the value
// implements none of the interfaces the cases name; in `case int, string`
// it is an int or a string; after
//
//	if e, ok := r.(error); ok { return e }
//
// r is not an error. A recover helper that returns errors as they are and
// prints the rest, or a classifier with `case error:` before `default:`,
// gives fmt no value with an Error method: Go and the interpreter print
// the same.

// ruledOut returns the interfaces x, an identifier of interface type, does
// not implement where it is used, and none when it holds no value of a
// type of the program there (a case listing only types of the standard
// library's or basic ones).
func (b *boundary) ruledOut(x ast.Expr) (out []*types.Interface, none bool) {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil, false
	}
	obj, ok := b.info.Uses[id].(*types.Var)
	if !ok {
		return nil, false
	}
	var path []ast.Node // from the file down to id
	ast.Inspect(b.file, func(n ast.Node) bool {
		if n == nil || n.Pos() > id.Pos() || n.End() < id.End() {
			return false
		}
		path = append(path, n)
		return n != ast.Node(id)
	})
	if b.assignedAgain(obj, path) {
		return nil, false
	}
	for k := len(path) - 1; k > 0; k-- {
		switch n := path[k].(type) {
		case *ast.CaseClause:
			if k < 2 {
				continue
			}
			ts, ok := path[k-2].(*ast.TypeSwitchStmt) // the clause's block, then the switch
			if !ok || !b.switchesOn(ts, obj) {
				continue
			}
			if n.List == nil { // default: none of the cases matched
				for _, c := range ts.Body.List {
					out = append(out, b.caseInterfaces(c.(*ast.CaseClause))...)
				}
				continue
			}
			if len(n.List) > 1 && b.onlyForeign(n.List) {
				return nil, true
			}
		case *ast.IfStmt:
			// In the else branch of if e, ok := v.(I); ok { … }.
			if it := b.commaOkOn(n, obj); it != nil && n.Else != nil && k+1 < len(path) && path[k+1] == n.Else {
				out = append(out, it)
			}
		case *ast.BlockStmt:
			// After if e, ok := v.(I); ok { …; return } in the same block.
			for _, st := range n.List {
				if st.Pos() >= id.Pos() {
					break
				}
				if is, ok := st.(*ast.IfStmt); ok && is.Else == nil && terminates(is.Body) {
					if it := b.commaOkOn(is, obj); it != nil {
						out = append(out, it)
					}
				}
			}
		}
	}
	return out, false
}

// assignedAgain reports whether the variable v is assigned, incremented
// or has its address taken in the function holding path's end (beyond its
// declaration), where the narrowing would not hold.
func (b *boundary) assignedAgain(v *types.Var, path []ast.Node) bool {
	var scope ast.Node = b.file
	for _, n := range path {
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			scope = n
		}
	}
	return b.assignedIn(v, scope)
}

// assignedIn reports whether scope assigns v, increments it or takes its
// address.
func (b *boundary) assignedIn(v *types.Var, scope ast.Node) bool {
	again := false
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && b.info.Uses[id] == v
	}
	ast.Inspect(scope, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				again = again || is(l)
			}
		case *ast.IncDecStmt:
			again = again || is(n.X)
		case *ast.UnaryExpr:
			again = again || n.Op == token.AND && is(n.X)
		case *ast.RangeStmt:
			again = again || n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value)
		}
		return !again
	})
	return again
}

// switchesOn reports whether the type switch ts switches on the variable
// v, or binds it (switch x := v.(type) binds one per clause).
func (b *boundary) switchesOn(ts *ast.TypeSwitchStmt, v *types.Var) bool {
	var guard ast.Expr
	switch a := ts.Assign.(type) {
	case *ast.AssignStmt:
		guard = a.Rhs[0]
	case *ast.ExprStmt:
		guard = a.X
	}
	ta, ok := ast.Unparen(guard).(*ast.TypeAssertExpr)
	if !ok {
		return false
	}
	if id, ok := ast.Unparen(ta.X).(*ast.Ident); ok && b.info.Uses[id] == v {
		return true
	}
	// The variables a switch binds, one per clause, are declared at the
	// symbolic x.
	a, ok := ts.Assign.(*ast.AssignStmt)
	return ok && len(a.Lhs) == 1 && a.Lhs[0].Pos() == v.Pos()
}

// caseInterfaces are the interface types a case clause lists.
func (b *boundary) caseInterfaces(cc *ast.CaseClause) []*types.Interface {
	var out []*types.Interface
	for _, e := range cc.List {
		if t := b.info.TypeOf(e); t != nil {
			if it, ok := t.Underlying().(*types.Interface); ok && it.NumMethods() > 0 {
				out = append(out, it)
			}
		}
	}
	return out
}

// onlyForeign reports whether a case clause lists only types that are
// not the program's and not interfaces (case int, string).
func (b *boundary) onlyForeign(list []ast.Expr) bool {
	for _, e := range list {
		t := b.info.TypeOf(e)
		if t == nil || types.IsInterface(t) || programNamed(t) != nil || holdsProgramType(t) {
			return false
		}
	}
	return true
}

// holdsProgramType reports whether t is built from a type of the program
// ([]Temp, map[string]*P).
func holdsProgramType(t types.Type) bool {
	switch t := t.(type) {
	case *types.Named:
		return programNamed(t) != nil
	case *types.Pointer:
		return holdsProgramType(t.Elem())
	case *types.Slice:
		return holdsProgramType(t.Elem())
	case *types.Array:
		return holdsProgramType(t.Elem())
	case *types.Map:
		return holdsProgramType(t.Key()) || holdsProgramType(t.Elem())
	case *types.Chan:
		return holdsProgramType(t.Elem())
	}
	return false
}

// commaOkOn returns I when is reads `if e, ok := v.(I); ok`, I an
// interface with methods.
func (b *boundary) commaOkOn(is *ast.IfStmt, v *types.Var) *types.Interface {
	as, ok := is.Init.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return nil
	}
	cond, ok := ast.Unparen(is.Cond).(*ast.Ident)
	okID, ok2 := as.Lhs[1].(*ast.Ident)
	if !ok || !ok2 || cond.Name != okID.Name || okID.Name == "_" {
		return nil
	}
	ta, ok := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr)
	if !ok || ta.Type == nil {
		return nil
	}
	if id, ok := ast.Unparen(ta.X).(*ast.Ident); !ok || b.info.Uses[id] != v {
		return nil
	}
	if it, ok := b.info.TypeOf(ta.Type).Underlying().(*types.Interface); ok && it.NumMethods() > 0 {
		return it
	}
	return nil
}

// terminates reports whether a block ends in a return, a branch statement
// or a call of panic: the statements after its if are not reached from it.
func terminates(body *ast.BlockStmt) bool {
	if len(body.List) == 0 {
		return false
	}
	switch st := body.List[len(body.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := st.X.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// implementsAny reports whether t implements one of the interfaces.
func implementsAny(t types.Type, its []*types.Interface) bool {
	for _, it := range its {
		if types.Implements(t, it) {
			return true
		}
	}
	return false
}

// interfaceKeys writes interfaces for later cells' keys: each its methods
// with their signatures ("Error func() string"), joined by ";", the
// interfaces by "|".
func interfaceKeys(its []*types.Interface) string {
	var parts []string
	for _, it := range its {
		var ms []string
		for i := 0; i < it.NumMethods(); i++ {
			m := it.Method(i)
			ms = append(ms, m.Name()+" "+types.TypeString(m.Type(), relative))
		}
		sort.Strings(ms)
		parts = append(parts, strings.Join(ms, ";"))
	}
	return strings.Join(parts, "|")
}

// implementsKeys reports whether t has every method of one of the
// interfaces interfaceKeys wrote.
func implementsKeys(t types.Type, keys string) bool {
	if keys == "" {
		return false
	}
	ms := types.NewMethodSet(t)
	for _, it := range strings.Split(keys, "|") {
		all := true
		for _, m := range strings.Split(it, ";") {
			name, sig, _ := strings.Cut(m, " ")
			sel := methodNamed(ms, t, name)
			if sel == nil || types.TypeString(sel.Type(), relative) != sig {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// methodNamed looks the method name up in ms, t's method set, exported or
// unexported (of the program's package).
func methodNamed(ms *types.MethodSet, t types.Type, name string) *types.Selection {
	if sel := ms.Lookup(nil, name); sel != nil {
		return sel
	}
	return ms.Lookup(pkgTypes(t), name)
}

// pkgTypes is the package of t's named type, for unexported methods.
func pkgTypes(t types.Type) *types.Package {
	if n := programNamed(t); n != nil {
		return n.Obj().Pkg()
	}
	return nil
}

// relative writes types without their package when it is the program's.
func relative(p *types.Package) string {
	if p.Path() == pkgPath {
		return ""
	}
	return p.Path()
}

// switchedParam returns the parameter of fd a type switch binding v
// switches on (switch x := p.(type), p a parameter fd never assigns), or
// nil.
func (b *boundary) switchedParam(fd *ast.FuncDecl, v *types.Var) *types.Var {
	var param *types.Var
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSwitchStmt)
		if !ok || param != nil {
			return param == nil
		}
		a, ok := ts.Assign.(*ast.AssignStmt)
		if !ok || len(a.Lhs) != 1 || a.Lhs[0].Pos() != v.Pos() {
			return true
		}
		if ta, ok := ast.Unparen(a.Rhs[0]).(*ast.TypeAssertExpr); ok {
			if id, ok := ast.Unparen(ta.X).(*ast.Ident); ok {
				param, _ = b.info.Uses[id].(*types.Var)
			}
		}
		return false
	})
	if param == nil || b.assignedIn(param, fd) {
		return nil
	}
	for _, field := range fd.Type.Params.List {
		for _, n := range field.Names {
			if b.info.Defs[n] == param {
				return param
			}
		}
	}
	return nil
}

// callLater refuses, in a cell, a call of a function of an earlier cell
// that gives fmt its parameter of interface type (printedLater's and
// pendAnyProbed's keys) with an argument of interface type, while values
// of a type of the session reach an any that the function, compiled
// before, would print unlike Go: with a String or Error method it did
// not know of (show(a), var a any = Temp(3), show declared before Temp's
// String), or, when it names the type (%T, %+v, %#v), any such value.
// Arguments of the program's own types are printedLater's.
func (b *boundary) callLater(call *ast.CallExpr) {
	if b.reached == nil {
		return
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return
	}
	var keys []string
	printers := map[string]string{} // a key's function, of id's or of one id calls
	for g := range b.calledFrom(id.Name) {
		for _, kind := range []string{"print:", "names:"} {
			for key := range b.reached {
				if rest, ok := strings.CutPrefix(key, "later:"+kind+g+"\x00"); ok {
					keys = append(keys, kind+rest)
					printers[kind+rest] = g
				}
			}
		}
	}
	if len(keys) == 0 {
		return
	}
	sort.Strings(keys)
	var arg ast.Expr
	for _, a := range call.Args {
		t := b.info.TypeOf(a)
		if t == nil || b.info.Types[a].IsNil() {
			continue
		}
		if named := programNamed(t); named != nil && !types.IsInterface(t) {
			for _, key := range keys {
				kind, rest, _ := strings.Cut(key, ":")
				via, its, _ := strings.Cut(rest, "\x00")
				if kind == "names" && !implementsKeys(t, its) && strings.HasPrefix(via, "reflect.") {
					b.refuse(a, "%s, declared in an earlier cell, gives its parameter of type any to %s: the interpreter's reflection names %s by its underlying type (%s, not main.%s) and lists none of its methods. Not supported yet: declare %[1]s again, asserting the value to its type before reflecting on it or using only the Kind",
						id.Name, via, article(named.Obj().Name()), typeString(named.Underlying()), named.Obj().Name())
					return
				}
				if kind == "names" && !implementsKeys(t, its) {
					b.refuse(a, "%s, declared in an earlier cell, prints its parameter of type any with %%T, %%+v or %%#v (%s): the interpreter names %s by its underlying type (%s, not main.%s). Not supported yet: print the fields you want, or use %%v",
						id.Name, via, article(named.Obj().Name()), typeString(named.Underlying()), named.Obj().Name())
					return
				}
			}
		}
		if holdsAny(t, map[types.Type]bool{}) && arg == nil {
			arg = a
		}
	}
	if arg == nil {
		return
	}
	b.pending = append(b.pending, func() {
		for _, tn := range b.comparableTypes() {
			val, ptr := b.storedForms(tn)
			val = val || b.stored[tn.Type()]
			ptr = ptr || b.stored[types.NewPointer(tn.Type())]
			if !val && !ptr {
				continue
			}
			for _, key := range keys {
				kind, rest, _ := strings.Cut(key, ":")
				via, its, _ := strings.Cut(rest, "\x00")
				if (!val || implementsKeys(tn.Type(), its)) && (!ptr || implementsKeys(types.NewPointer(tn.Type()), its)) {
					continue // the code around the print rules these values out
				}
				if kind == "names" && strings.HasPrefix(via, "reflect.") {
					b.refuse(arg, "%s, declared in an earlier cell, gives its parameter of type any to %s while values of %s are stored in an any: the interpreter's reflection names %s by its underlying type (%s, not main.%[3]s) and lists none of its methods. Not supported yet: declare %[1]s again, asserting the value to its type before reflecting on it or using only the Kind",
						id.Name, via, tn.Name(), article(tn.Name()), typeString(tn.Type().Underlying()))
					return
				}
				if kind == "names" {
					b.refuse(arg, "%s, declared in an earlier cell, prints its parameter with %%T, %%+v or %%#v (%s) while values of %s are stored in an any: the interpreter names %s by its underlying type (%s, not main.%[3]s). Not supported yet: print the fields you want, or use %%v",
						id.Name, via, tn.Name(), article(tn.Name()), typeString(tn.Type().Underlying()))
					return
				}
				// Whether or not the function knew the method: given
				// an any, the interpreter hands fmt its wrapper (or
				// fails in reflect).
				if g := printers[key]; b.reached["later:anyswitch:"+g+":"+tn.Name()] && !b.reached["later:anyunswitched:"+g+"\x00"] {
					continue // given to fmt through a type switch that knows tn (anyprint.go)
				}
				for _, m := range printingMethodNames(tn.Type()) {
					b.refuse(arg, "%s, declared in an earlier cell, gives %s its parameter of type any while values of %s are stored in an any: the interpreter would give %[2]s its wrapper of %[4]s, without the %[5]s method Go calls. Not supported yet: give %[1]s the %[3]s itself (v.(%[3]s)) or %[5]s()'s result",
						id.Name, via, tn.Name(), article(tn.Name()), m)
					return
				}
			}
		}
	})
}

// forgetLater deletes from reached what later cells judged the function
// name by (laterKeys), before the cell declaring it again records anew.
func forgetLater(reached map[string]bool, name string) {
	for key := range reached {
		rest, ok := strings.CutPrefix(key, "later:")
		if !ok {
			continue
		}
		_, rest, _ = strings.Cut(rest, ":")
		if strings.HasPrefix(rest, name+"\x00") || strings.HasPrefix(rest, name+":") || strings.HasSuffix(rest, "\x00"+name) {
			delete(reached, key)
		}
	}
}

// declaredTypes are the defined types (not aliases) the cell declares at
// its top level.
func (b *boundary) declaredTypes() []*types.TypeName {
	var out []*types.TypeName
	for _, d := range b.file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, sp := range gd.Specs {
			ts := sp.(*ast.TypeSpec)
			if tn, ok := b.info.Defs[ts.Name].(*types.TypeName); ok && !tn.IsAlias() && ts.TypeParams == nil {
				out = append(out, tn)
			}
		}
	}
	return out
}

// twinLater refuses, in a cell, declaring a type with the same underlying
// type as a type of the session that code of an earlier cell asserts to
// (v.(Pt), case Pt:, errors.As with a *Pt target): the interpreter tells
// the two apart by their structure only, and the earlier code would take a
// value of the new type for one of the old (isPt(Q{1}) was true).
func (b *boundary) twinLater() {
	if b.reached == nil {
		return
	}
	for _, tn := range b.declaredTypes() {
		under := typeString(tn.Type().Underlying())
		var keys []string
		for key := range b.reached {
			if rest, ok := strings.CutPrefix(key, "later:assertsnamed:"+under+"\x00"); ok {
				if old, _, _ := strings.Cut(rest, "\x00"); old != tn.Name() {
					keys = append(keys, rest)
				}
			}
		}
		if len(keys) == 0 {
			continue
		}
		sort.Strings(keys)
		old, fn, _ := strings.Cut(keys[0], "\x00")
		b.refuse(b.declIdent(tn), "type %s has the same underlying type (%s) as %s, which %s (of an earlier cell) asserts to: the interpreter tells the two types apart by their structure only and would take %[5]s for %[6]s there (Go does not). Not supported: give %[1]s a different structure (another field)",
			tn.Name(), under, old, fn, article(tn.Name()), article(old))
		return
	}
}

// errorTwins refuses, in a cell, a struct type with an Error method (its
// own, or its pointer's) whose underlying type another type of the
// session has: the session's assertions to error ask for its error types
// one by one (errorTypes in package session), and the interpreter tells
// the two apart by their structure only (an F recovered and asserted to
// error printed E's Error text).
func (b *boundary) errorTwins() {
	if b.reached == nil {
		return
	}
	hasError := func(t types.Type) bool {
		return methodsOf(t)["Error"] || methodsOf(types.NewPointer(t))["Error"]
	}
	mine := map[*types.TypeName]ast.Node{}
	for _, tn := range b.declaredTypes() {
		mine[tn] = b.declIdent(tn)
	}
	for _, d := range b.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && fd.Name.Name == "Error" {
			if n := programNamed(b.info.TypeOf(fd.Recv.List[0].Type)); n != nil {
				mine[n.Obj()] = fd.Name
			}
		}
	}
	var names []*types.TypeName
	for tn := range mine {
		names = append(names, tn)
	}
	sort.Slice(names, func(i, j int) bool { return names[i].Pos() < names[j].Pos() })
	for _, tn := range names {
		if _, ok := tn.Type().Underlying().(*types.Struct); !ok || !hasError(tn.Type()) {
			continue
		}
		for _, other := range b.comparableTypes() {
			if other == tn || !types.Identical(other.Type().Underlying(), tn.Type().Underlying()) {
				continue
			}
			b.refuse(mine[tn], "%s, an error type, and %s have the same underlying type (%s): the interpreter tells them apart by their structure only, and a cell's assertion to error (r.(error), errors.As) would take one for the other (Go does not). Not supported in cells: give one of them a different structure (another field), or run the code as a program (divergo run)",
				tn.Name(), other.Name(), typeString(tn.Type().Underlying()))
			return
		}
	}
}

// declIdent is the identifier declaring tn in the cell, or the file.
func (b *boundary) declIdent(tn *types.TypeName) ast.Node {
	for id, obj := range b.info.Defs {
		if obj == tn {
			return id
		}
	}
	return b.file
}

// hiddenLater refuses, in a cell, storing in an any a value whose type,
// without a name, holds a struct with unexported fields (HiddenFields)
// while code of an earlier cell prints a value of type any with %T, %+v
// or %#v: judged before such values reached an any, it would print the
// interpreter's renamed fields.
func (b *boundary) hiddenLater(x ast.Expr, from types.Type) {
	if b.reached == nil {
		return
	}
	fn, via := b.firstLater([]string{"namesany", "names"}, func(string) bool { return true })
	if fn == "" {
		return
	}
	b.refuse(x, "a %s stored in an any while %s, declared in an earlier cell, prints a value of type any with %%T, %%+v or %%#v (%s): the interpreter renames the unexported fields of a struct without a name (k shows as Xk) and prints their tags. Not supported yet: print the fields you want, or use %%v",
		typeString(from), fn, via)
}

// embedLater refuses, in a cell, storing in an any a value whose type
// embeds a struct (embeddedField) while code of an earlier cell gives
// encoding/json or encoding/xml a value of type any: judged before such
// values reached an any, it would nest the embedded struct's fields under
// its name, where Go promotes them.
func (b *boundary) embedLater(x ast.Expr, from types.Type) {
	if b.reached == nil {
		return
	}
	fn, via := b.firstLater([]string{"printsany", "print"}, func(via string) bool {
		return strings.HasPrefix(via, "json.") || strings.HasPrefix(via, "xml.")
	})
	if fn == "" {
		return
	}
	st, field := embeddedField(from, map[types.Type]bool{})
	b.refuse(x, "a value of type %s stored in an any while %s, declared in an earlier cell, gives %s a value of type any: %s embeds %s, whose fields Go's encoding/json promotes; the interpreter would nest them under the field's name. Not supported yet: name the field, or copy the fields in",
		typeString(from), fn, via, typeString(st), field)
}

// firstLater returns the function and the standard library's function it
// gives values to of the first (in order) of reached's later keys of the
// kinds ("later:"+kind+":fn\x00via…") whose via keep accepts, or "".
func (b *boundary) firstLater(kinds []string, keep func(via string) bool) (fn, via string) {
	var keys []string
	for key := range b.reached {
		for _, kind := range kinds {
			if rest, ok := strings.CutPrefix(key, "later:"+kind+":"); ok {
				f, r, _ := strings.Cut(rest, "\x00")
				v, _, _ := strings.Cut(r, "\x00")
				if keep(v) {
					keys = append(keys, f+"\x00"+v)
				}
			}
		}
	}
	if len(keys) == 0 {
		return "", ""
	}
	sort.Strings(keys)
	fn, via, _ = strings.Cut(keys[0], "\x00")
	return fn, via
}

// laterRests returns, sorted, what follows prefix in the keys of reached
// that start with it (the later cells' facts of one kind).
func laterRests(reached map[string]bool, prefix string) []string {
	var rests []string
	for key := range reached {
		if rest, ok := strings.CutPrefix(key, prefix); ok {
			rests = append(rests, rest)
		}
	}
	sort.Strings(rests)
	return rests
}
