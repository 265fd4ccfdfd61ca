package check

// This file puts a composite literal that is a value of an assignment or
// a var declaration in parentheses. The interpreter (yaegi v0.16.1) writes
// such a literal straight into the variable's storage, replacing it, and
// when the statement has several values it loses the others, silently:
//
//	x, y := S{1}, 5          // y was 0
//	g, i = S{8}, 1           // i was 0
//	p := &g; g = S{5}        // *p stayed as it was: g had new storage
//	for … { a := []int{3, 1}; fs = append(fs, func() { … a … }) }
//	                         // every closure saw the last iteration's a
//
// Parentheses make the interpreter allocate and copy as for any other
// value:
//
//	x, y := S{1}, 5   →   x, y := (S{1}), 5
//
// (measured on =, :=, var declarations, one value or several, in and out of
// loops, for struct, slice, map and array literals).

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode/utf8"
)

// CompositeValues returns the lowerings of f's composite literals assigned
// or declared as values (see above).
//
// A literal stored in an interface (var x any = S{1}) is left alone: in
// parentheses the interpreter stored the bare struct there, without its
// methods (x.(error) of an error type failed).
func CompositeValues(f *ast.File, info *types.Info) []Span {
	var spans []Span
	wrap := func(x ast.Expr, to types.Type) {
		if lit, ok := x.(*ast.CompositeLit); ok && (to == nil || !types.IsInterface(to)) {
			spans = append(spans, Span{lit.Pos(), lit.Pos(), "("}, Span{lit.End(), lit.End(), ")"})
		}
	}
	inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) && len(n.Lhs) == len(n.Rhs) {
				for i, r := range n.Rhs {
					wrap(r, info.TypeOf(n.Lhs[i]))
				}
			}
		case *ast.ValueSpec:
			var to types.Type
			if n.Type != nil {
				to = info.TypeOf(n.Type)
			}
			for _, v := range n.Values {
				wrap(v, to)
			}
		}
		return true
	})
	return spans
}

// StringRanges returns the lowerings of f's ranges over a string with a
// key. The interpreter turned the string into its runes and took a key
// as the length of the runes before, turned back into a string: an
// invalid UTF-8 byte (a rune of its own, U+FFFD, three bytes long in a
// string) moved every later key by two, silently, and a range without a
// value variable gave the rune's count (0 1 2 3 4 over "héllo", Go: 0 1 3 4
// 5). Each iteration also cost the runes before it. The range becomes a
// loop over the byte offsets, each rune decoded as Go's range does:
//
//	for i, r := range s {   →   for __si1, __sw1, __s1, i, r := 0, 0, (s), 0, rune(0); __si1 < len(__s1); __si1 += __sw1 { __sw1 = RT.RuneWidth(__s1, __si1); i = __si1; r = RT.RuneAt(__s1, __si1);
//
// (with =, the header declares only the hidden variables). A range without a key, or whose
// key is _, is left alone: its values are right. runtime names the
// package of the helpers.
func StringRanges(f *ast.File, info *types.Info, runtime string) []Span {
	if !treeHolds(f, hasRange) {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	n := 0
	length := "len"
	if LenShadowed(f, info) {
		length = runtime + ".Len" // len is another name's
	}
	inspect(f, func(node ast.Node) bool {
		r, ok := node.(*ast.RangeStmt)
		if !ok || !LoweredStringRange(r, info) {
			return true
		}
		n++
		key := types.ExprString(r.Key)
		value := ""
		if r.Value != nil && !isBlank(r.Value) {
			value = types.ExprString(r.Value)
		}
		// With :=, the header still declares the variables (zero), and
		// each iteration assigns them: a closure's per-iteration copy
		// (LoopVars' i := i) may come before or after.
		vars, zeros := "", ""
		if r.Tok == token.DEFINE {
			vars, zeros = ", "+key, ", 0"
			if value != "" {
				vars, zeros = vars+", "+value, zeros+", rune(0)"
			}
		}
		open := "("
		if _, param := info.TypeOf(r.X).(*types.TypeParam); param {
			open = "string(" // the helpers take a string
		}
		spans = append(spans, Span{r.Key.Pos(), r.X.Pos(), fmt.Sprintf("__si%d, __sw%[1]d, __s%[1]d%s := 0, 0, %s", n, vars, open)},
			Span{r.X.End(), r.X.End(), fmt.Sprintf(")%s; __si%d < %s(__s%[2]d); __si%[2]d += __sw%[2]d", zeros, n, length)})
		pro := fmt.Sprintf(" __sw%[1]d = %[2]s.RuneWidth(__s%[1]d, __si%[1]d); %[3]s = __si%[1]d;", n, runtime, key)
		if value != "" {
			pro += fmt.Sprintf(" %[1]s = %[2]s.RuneAt(__s%[3]d, __si%[3]d);", value, runtime, n)
		}
		spans = append(spans, Span{r.Body.Lbrace + 1, r.Body.Lbrace + 1, pro})
		return true
	})
	return spans
}

// LoweredStringRange reports whether StringRanges lowers r: a range over
// a string with a key.
func LoweredStringRange(r *ast.RangeStmt, info *types.Info) bool {
	if r.Key == nil || isBlank(r.Key) {
		return false
	}
	return stringType(info.TypeOf(r.X))
}

// stringType reports whether t is a string type, or a type parameter
// whose type set holds only string types (S ~string).
func stringType(t types.Type) bool {
	return allBasic(t, types.IsString)
}

// allBasic reports whether t is a basic type with the property info, or
// a type parameter all of whose type set's types are.
func allBasic(t types.Type, info types.BasicInfo) bool {
	if tp, ok := t.(*types.TypeParam); ok {
		iface, ok := tp.Constraint().Underlying().(*types.Interface)
		if !ok || iface.NumEmbeddeds() == 0 {
			return false
		}
		for i := 0; i < iface.NumEmbeddeds(); i++ {
			switch e := iface.EmbeddedType(i).(type) {
			case *types.Union:
				for j := 0; j < e.Len(); j++ {
					if !allBasic(e.Term(j).Type(), info) {
						return false
					}
				}
			default:
				if !allBasic(e, info) {
					return false
				}
			}
		}
		return true
	}
	b, ok := under(t).(*types.Basic)
	return ok && b.Info()&info != 0
}

// RuneAt and RuneWidth are the rune starting at byte i of s and its width
// in bytes, as a range over s decodes it (an invalid byte: U+FFFD, 1).
func RuneAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func RuneWidth(s string, i int) int {
	_, w := utf8.DecodeRuneInString(s[i:])
	return w
}

// RangeKeys returns the lowerings of f's ranges over a slice, an array or
// a pointer to an array whose body assigns the key variable. The
// interpreter kept its position in the key itself, so the body's change
// changed the iterations, silently (for i := range xs { i *= 2 } visited
// 0, 1, 3 of seven elements; Go visits every one, each iteration's i its
// own). The key gets a hidden name and the body a variable of its own:
//
//	for i, v := range xs { i++ … }   →   for __rk1, v := range xs { i := __rk1; i++ …
//
// single says whether ranges without a value variable are lowered too (a
// cell's are lowered by package lower's Range, which sees every range with
// only a key). A key assigned with = (for i = range xs) is left alone:
// RangeKey refuses it.
func RangeKeys(f *ast.File, info *types.Info, single bool) []Span {
	if !treeHolds(f, hasRange) {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || !RenamedRangeKey(r, info) || (r.Value == nil && !single) {
			return true
		}
		id := r.Key.(*ast.Ident)
		name := fmt.Sprintf("__rk%d", len(spans)/2+1)
		spans = append(spans, Span{id.Pos(), id.End(), name},
			Span{r.Body.Lbrace + 1, r.Body.Lbrace + 1, fmt.Sprintf(" %s := %s; _ = %[1]s;", id.Name, name)})
		return true
	})
	return spans
}

// RenamedRangeKey reports whether RangeKeys lowers r: a range with := over
// a slice, an array or a pointer to an array whose body assigns the key.
func RenamedRangeKey(r *ast.RangeStmt, info *types.Info) bool {
	id, ok := r.Key.(*ast.Ident)
	if !ok || id.Name == "_" || r.Tok != token.DEFINE || !rangesBySlot(info.TypeOf(r.X)) {
		return false
	}
	obj := info.Defs[id]
	return obj != nil && AssignsVar(r.Body, obj, info)
}

// RangeKey returns a range with = whose key the body assigns, over a
// slice, an array or a pointer to an array (see RangeKeys), and why the
// interpreter cannot run it.
func RangeKey(f *ast.File, info *types.Info) (ast.Node, string) {
	if !treeHolds(f, hasRange) {
		return nil, "" // nothing of the kind to lower (walk.go)
	}
	var at ast.Node
	var msg string
	inspect(f, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || at != nil || r.Tok != token.ASSIGN || !rangesBySlot(info.TypeOf(r.X)) {
			return at == nil
		}
		id, ok := ast.Unparen(r.Key).(*ast.Ident)
		if ok && info.Uses[id] != nil && AssignsVar(r.Body, info.Uses[id], info) {
			at, msg = r, fmt.Sprintf("for %s = range … whose body assigns %[1]s: the interpreter keeps its position in %[1]s, so the change would change the iterations; range with a variable of its own (for j := range …) and assign %[1]s from it", id.Name)
		}
		return at == nil
	})
	return at, msg
}

// rangesBySlot: a slice, an array or a pointer to an array.
func rangesBySlot(t types.Type) bool {
	switch t := under(t).(type) {
	case *types.Slice, *types.Array:
		return true
	case *types.Pointer:
		_, ok := under(t.Elem()).(*types.Array)
		return ok
	}
	return false
}

// AssignsVar reports whether body assigns to or increments obj.
func AssignsVar(body ast.Node, obj types.Object, info *types.Info) bool {
	found := false
	is := func(x ast.Expr) bool {
		id, ok := ast.Unparen(x).(*ast.Ident)
		return ok && info.Uses[id] == obj
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if is(l) {
					found = true
				}
			}
		case *ast.IncDecStmt:
			found = found || is(n.X)
		}
		return !found
	})
	return found
}

// PointerArrayRanges returns the lowerings of f's ranges over a pointer to
// an array with no value variable (for i := range v in a method of *Vec):
// the interpreter's range left the pointer broken, so that v[i] and p[0]
// after it panicked ("reflect: call of reflect.Value.Elem on array
// Value"). The range goes over an array of the same length, which gives
// the same indexes (Go neither reads an element nor evaluates p there,
// len being constant: a nil p ranges too):
//
//	for i := range p   →   for i := range [4]struct{}{}
//
// With a value variable the interpreter failed too ("index out of range
// [-1]"): the range goes over the array's indexes, each iteration reading
// its element through the pointer, as Go's range does:
//
//	for i, v := range p {   →   for __pk1 := range (*p) { i, v := __pk1, p[__pk1];
func PointerArrayRanges(f *ast.File, info *types.Info) []Span {
	if !treeHolds(f, hasRange) {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	k := 0
	inspect(f, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok {
			return true
		}
		if r.Value != nil {
			if PointerArrayValueRange(r, info) {
				k++
				key, p := fmt.Sprintf("__pk%d", k), r.X.(*ast.Ident).Name
				spans = append(spans, Span{r.Key.Pos(), r.X.End(), fmt.Sprintf("%s := range (*%s)", key, p)})
				lhs, vals := []string{}, []string{}
				if !isBlank(r.Key) {
					lhs, vals = append(lhs, types.ExprString(r.Key)), append(vals, key)
				}
				if !isBlank(r.Value) {
					lhs, vals = append(lhs, types.ExprString(r.Value)), append(vals, fmt.Sprintf("%s[%s]", p, key))
				}
				if len(lhs) > 0 {
					spans = append(spans, Span{r.Body.Lbrace + 1, r.Body.Lbrace + 1, fmt.Sprintf(" %s %s %s;", strings.Join(lhs, ", "), r.Tok, strings.Join(vals, ", "))})
				}
			}
			return true
		}
		if p, ok := under(info.TypeOf(r.X)).(*types.Pointer); ok {
			if a, ok := under(p.Elem()).(*types.Array); ok {
				// Go does not evaluate the pointer (len is constant): a
				// nil one ranges too.
				spans = append(spans, Span{r.X.Pos(), r.X.End(), fmt.Sprintf("[%d]struct{}{}", a.Len())})
			}
		}
		return true
	})
	return spans
}

// PointerArrayValueRange reports whether PointerArrayRanges lowers r, a
// range with a value variable over a variable pointing to an array that
// the body does not assign (and whose key RangeKeys does not rename).
func PointerArrayValueRange(r *ast.RangeStmt, info *types.Info) bool {
	if r.Value == nil || r.Key == nil || RenamedRangeKey(r, info) {
		return false
	}
	id, ok := r.X.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	p, ok := under(v.Type()).(*types.Pointer)
	if !ok {
		return false
	}
	if _, ok := under(p.Elem()).(*types.Array); !ok {
		return false
	}
	return !AssignsVar(r.Body, v, info)
}

// CapturedVar reports whether body refers to obj inside a function
// literal or a go or defer statement, or takes its address.
func CapturedVar(body ast.Node, obj types.Object, info *types.Info) bool {
	uses := func(n ast.Node) bool {
		found := false
		ast.Inspect(n, func(m ast.Node) bool {
			if id, ok := m.(*ast.Ident); ok && info.Uses[id] == obj {
				found = true
			}
			return !found
		})
		return found
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt:
			if uses(n) {
				found = true
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && uses(n.X) {
				found = true
			}
		case *ast.SelectorExpr:
			// t.Register() or t.ID of a pointer method: &t, implicitly.
			if ImplicitAddress(n, info) && uses(n.X) {
				found = true
			}
		}
		return !found
	})
	return found
}

// LoopCopyBack returns the lowerings of f's three-clause loops whose body
// captures a variable of the loop's header (in a function literal, a go
// or defer statement, with &) and may also change it (ChangesVar: assigns
// it, or takes its address, through which a call may change it:
// readQuoted(s, &i), c.Skip() of a pointer method). Go 1.22 gives each
// iteration a variable of its own, which the next iteration's starts
// from; the interpreter has one for the whole loop, so the closures saw
// its last value (for i := 0; i < 6; i++ { fs = append(fs, func() { … i …
// }); i++ } printed 6 6 6, Go 1 3 5). The body gets a copy of its own, and
// gives its value back to the header's variable at its end and before
// each continue of the loop, where the post statement takes it up:
//
//	for i := 0; i < 6; i++ { …; i++ }   →   for i := 0; i < 6; i++ { __lv1 := &i; i := i; …; i++ ; *__lv1 = i }
//
// A body that declares another variable of the same name at its top is
// left alone (CopiedBack is false: divergo run refuses it).
func LoopCopyBack(f *ast.File, info *types.Info) []Span {
	if !treeHolds(f, hasFor) {
		return nil // nothing of the kind to lower (walk.go)
	}
	labels := map[ast.Stmt]string{}
	inspect(f, func(n ast.Node) bool {
		if l, ok := n.(*ast.LabeledStmt); ok {
			labels[l.Stmt] = l.Label.Name
		}
		return true
	})
	var spans []Span
	k := 0
	inspect(f, func(n ast.Node) bool {
		loop, ok := n.(*ast.ForStmt)
		if !ok {
			return true
		}
		as, ok := loop.Init.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE {
			return true
		}
		var names []string
		for _, x := range as.Lhs {
			id, ok := x.(*ast.Ident)
			if !ok || id.Name == "_" || info.Defs[id] == nil {
				continue
			}
			if obj := info.Defs[id]; CopiesBack(loop, obj, info) {
				names = append(names, id.Name)
			}
		}
		if len(names) == 0 {
			return true
		}
		var open, back strings.Builder
		for _, name := range names {
			k++
			fmt.Fprintf(&open, " __lv%d := &%s; %[2]s := %[2]s;", k, name)
			fmt.Fprintf(&back, " *__lv%d = %s;", k, name)
		}
		spans = append(spans, Span{loop.Body.Lbrace + 1, loop.Body.Lbrace + 1, open.String()},
			Span{loop.Body.Rbrace, loop.Body.Rbrace, ";" + back.String() + " "})
		for _, c := range continues(loop, labels[loop]) {
			spans = append(spans, Span{c.Pos(), c.Pos(), strings.TrimSpace(back.String()) + " "})
		}
		return true
	})
	return spans
}

// CopiesBack reports whether LoopCopyBack lowers loop for its variable
// obj: the body captures it and may change it.
func CopiesBack(loop *ast.ForStmt, obj types.Object, info *types.Info) bool {
	return CapturedVar(loop.Body, obj, info) && ChangesVar(loop.Body, obj, info) && CopiedBack(loop, obj, info)
}

// LoopCopyRefusal returns the loop variable of a three-clause loop of f
// that the body captures and may change, and that LoopCopyBack cannot
// lower (CopiedBack), with the message naming it; nil when there is none.
func LoopCopyRefusal(f ast.Node, info *types.Info) (ast.Node, string) {
	if !treeHolds(f, hasFor) {
		return nil, "" // nothing of the kind to lower (walk.go)
	}
	var at *ast.Ident
	ast.Inspect(f, func(n ast.Node) bool {
		loop, ok := n.(*ast.ForStmt)
		if !ok || at != nil {
			return at == nil
		}
		if as, ok := loop.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, x := range as.Lhs {
				if id, ok := x.(*ast.Ident); ok && at == nil && info.Defs[id] != nil {
					obj := info.Defs[id]
					if CapturedVar(loop.Body, obj, info) && ChangesVar(loop.Body, obj, info) && !CopiedBack(loop, obj, info) {
						at = id
					}
				}
			}
		}
		return true
	})
	if at == nil {
		return nil, ""
	}
	return at, fmt.Sprintf("the loop variable %s is captured (by a closure or its address) and changed in the loop's body, which declares another %[1]s: Go 1.22's per-iteration variables are not supported there yet", at.Name)
}

// ChangesVar reports whether body may change obj, a loop's variable:
// assigns or increments it or a part of it (obj = …, obj.f++, obj[0] = …
// of an array), or takes the address of it or of a part of it (&obj,
// &obj.f, obj[:], a pointer method called on it, obj.Skip()), which a
// function may change it through (readQuoted(s, &i)).
func ChangesVar(body ast.Node, obj types.Object, info *types.Info) bool {
	is := func(x ast.Expr) bool {
		id := addressRoot(x, info)
		return id != nil && info.Uses[id] == obj
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				for _, l := range n.Lhs {
					found = found || is(l)
				}
			}
		case *ast.IncDecStmt:
			found = found || is(n.X)
		case *ast.UnaryExpr:
			found = found || n.Op == token.AND && is(n.X)
		case *ast.SliceExpr:
			_, array := under(info.TypeOf(n.X)).(*types.Array)
			found = found || array && is(n.X)
		case *ast.SelectorExpr:
			found = found || ImplicitAddress(n, info) && is(n.X)
		}
		return !found
	})
	return found
}

// addressRoot returns the variable whose storage x, an addressable
// expression, lies in: v for v, v.f (a field of a struct value), v[i] (of
// an array), (v); nil when x goes through a pointer, a slice or a map.
func addressRoot(x ast.Expr, info *types.Info) *ast.Ident {
	for {
		switch e := x.(type) {
		case *ast.Ident:
			return e
		case *ast.ParenExpr:
			x = e.X
		case *ast.SelectorExpr:
			s := info.Selections[e]
			if s == nil || s.Kind() != types.FieldVal || s.Indirect() {
				return nil
			}
			x = e.X
		case *ast.IndexExpr:
			if _, array := under(info.TypeOf(e.X)).(*types.Array); !array {
				return nil
			}
			x = e.X
		default:
			return nil
		}
	}
}

// CopiedBack reports whether LoopCopyBack can lower loop for its variable
// obj: the body does not declare another variable of obj's name in its
// own block (the copy back would take that one).
func CopiedBack(loop *ast.ForStmt, obj types.Object, info *types.Info) bool {
	// Another variable of the name anywhere in the body (outside function
	// literals): a continue in its scope would give back that one.
	shadowed := false
	ast.Inspect(loop.Body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		if id, ok := n.(*ast.Ident); ok && id.Name == obj.Name() && info.Defs[id] != nil && info.Defs[id] != obj {
			shadowed = true
		}
		return !shadowed
	})
	if shadowed {
		return false
	}
	for _, st := range loop.Body.List {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				for _, l := range st.Lhs {
					if id, ok := l.(*ast.Ident); ok && id.Name == obj.Name() && info.Defs[id] != nil {
						return false
					}
				}
			}
		case *ast.DeclStmt:
			if gd, ok := st.Decl.(*ast.GenDecl); ok {
				for _, sp := range gd.Specs {
					if vs, ok := sp.(*ast.ValueSpec); ok {
						for _, id := range vs.Names {
							if id.Name == obj.Name() {
								return false
							}
						}
					}
				}
			}
		}
	}
	return true
}

// continues returns the continue statements of loop's body that continue
// loop (labelled label, or ""), not an inner loop, nor in a function
// literal.
func continues(loop *ast.ForStmt, label string) []*ast.BranchStmt {
	var out []*ast.BranchStmt
	var walk func(n ast.Node, inner bool)
	walk = func(n ast.Node, inner bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			if m == n {
				return true
			}
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt, *ast.RangeStmt:
				walk(m, true)
				return false
			case *ast.BranchStmt:
				if m.Tok == token.CONTINUE && (m.Label == nil && !inner || m.Label != nil && m.Label.Name == label && label != "") {
					out = append(out, m)
				}
			}
			return true
		})
	}
	walk(loop.Body, false)
	return out
}

// GenericRangeInts returns the lowerings of the ranges over an integer in
// the bodies of generic functions and of methods of generic types, in a
// cell: the interpreter compiled for i := range n there and then failed
// running it ("index out of range [0] with length 0"). Each becomes a
// three-clause loop, its variable each iteration's own, as divergo run
// lowers every range over an integer:
//
//	for i := range n {   →   for __gri1, __grn1 := int(0), int(n); __gri1 < __grn1; __gri1++ { i := __gri1; _ = i;
//
// So is, anywhere in a cell, a range over an integer of another type than
// int (var u8 uint8 = 3; for i := range u8): the session's own lowering
// (lower.Passes.Range) or the interpreter's range gave i the type int, so
// that %T printed int and i*100 did not wrap as a uint8 does. And so is a
// range over an int in a method of any type: the session's lowering
// leaves a bound it cannot see to be an integer (a constant N, a field
// t.n) to the interpreter, which failed to compile it in a method ("nil
// type") and, given __divergo.RangeInt(t.n) instead, stopped the cell
// running it ("index out of range [1] with length 0"; Go's
// func (t T) Sum() int { for i := range t.n { s += i } … } gives 6 for
// T{4}).
func GenericRangeInts(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool), text func(from, to token.Pos) string) []Span {
	var spans []Span
	k := 0
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		generic := genericFunc(fd)
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			r, ok := n.(*ast.RangeStmt)
			if !ok || r.Value != nil {
				return true
			}
			if !IntegerType(info.TypeOf(r.X)) {
				return true
			}
			if !generic && fd.Recv == nil && (isUntypedBasic(info.TypeOf(r.X)) || types.Identical(info.TypeOf(r.X), types.Typ[types.Int])) {
				return true // an int: the session's lowering keeps its type
			}
			typ := "int"
			if tv := info.Types[r.X]; tv.Value == nil || !isUntypedBasic(tv.Type) {
				if tp, param := tv.Type.(*types.TypeParam); param {
					typ = tp.Obj().Name() // for i := range n, n of type T ~int
				} else if typ, ok = typeName(tv.Type); !ok {
					return true
				}
			}
			k++
			i, m := fmt.Sprintf("__gri%d", k), fmt.Sprintf("__grn%d", k)
			from := r.Range
			if r.Key != nil {
				from = r.Key.Pos()
			}
			spans = append(spans, Span{from, r.X.End(), fmt.Sprintf("%s, %s := %s(0), %s(%s); %[1]s < %[2]s; %[1]s++", i, m, typ, typ, text(r.X.Pos(), r.X.End()))})
			switch key, _ := r.Key.(*ast.Ident); {
			case r.Key == nil || key != nil && key.Name == "_":
			case key != nil && r.Tok == token.DEFINE:
				spans = append(spans, Span{r.Body.Lbrace + 1, r.Body.Lbrace + 1, fmt.Sprintf(" %s := %s; _ = %[1]s;", key.Name, i)})
			default:
				spans = append(spans, Span{r.Body.Lbrace + 1, r.Body.Lbrace + 1, fmt.Sprintf(" %s = %s;", text(r.Key.Pos(), r.Key.End()), i)})
			}
			return true
		})
	}
	return spans
}

// IntegerType reports whether t is an integer type, or a type parameter
// whose type set holds only integer types (T ~int | ~int64).
func IntegerType(t types.Type) bool {
	return allBasic(t, types.IsInteger)
}

func isUntypedBasic(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}

// genericFunc reports whether fd is a generic function or a method of a
// generic type.
func genericFunc(fd *ast.FuncDecl) bool {
	if fd.Type.TypeParams != nil && len(fd.Type.TypeParams.List) > 0 {
		return true
	}
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return false
	}
	t := fd.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	switch t.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// LoopShadowCopies returns the lowerings of f's loops whose body declares
// another variable of the name of one of the loop's header (j := j * 10,
// var j = 5, a parameter j of a literal, an if's j := …). Go 1.22 gives
// each iteration a variable of its own. The per-iteration copy the other
// lowerings make when the body captures the variable (in a function
// literal, a go or defer statement, with & or a pointer method), j := j at
// the body's start, clashed with a declaration of the body's own block
// ("no new variables on left side of :=" in divergo run; so did the
// variable a range over an integer or a pointer to an array declares
// there), and a cell's, judged by names, took the other j's assignment for
// one of the loop's and made no copy, so that the closures saw the last
// value, silently (for j := 0; j < 3; j++ { fs = append(fs, func() int {
// return j }); j := j * 10; _ = j } printed 3 3 3 in a cell, Go 0 1 2).
// The body goes in a block of its own, and the copy in one around it,
// after what the other lowerings declare at the body's start:
//
//	for j := 0; j < 3; j++ { …   →   for j := 0; j < 3; j++ { { j := j; { … }}
//
// A three-clause loop whose body may also change the variable is left to
// LoopCopyBack (or refused: LoopCopyRefusal); ranges over channels and
// functions, which other lowerings declare per iteration, are left alone.
func LoopShadowCopies(f *ast.File, info *types.Info) []Span {
	if !treeHolds(f, hasRange|hasFor) {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		names, body, wrap := ShadowedLoopVars(n, info)
		if !wrap {
			return true
		}
		if len(names) == 0 {
			spans = append(spans, Span{body.Lbrace + 1, body.Lbrace + 1, " {"}, Span{body.Rbrace, body.Rbrace, "}"})
			return true
		}
		var open strings.Builder
		for _, name := range names {
			fmt.Fprintf(&open, " %s := %[1]s;", name)
		}
		spans = append(spans, Span{body.Lbrace + 1, body.Lbrace + 1, " {" + open.String() + " {"},
			Span{body.Rbrace, body.Rbrace, "}}"})
		return true
	})
	return spans
}

// ShadowedLoopVars returns the variables of loop n's header that
// LoopShadowCopies copies per iteration (captured by the body, which
// declares another variable of the name), the body, and whether
// LoopShadowCopies puts the body in a block of its own (it declares
// another variable of a header's name).
func ShadowedLoopVars(n ast.Node, info *types.Info) ([]string, *ast.BlockStmt, bool) {
	var ids []ast.Expr
	var body *ast.BlockStmt
	switch n := n.(type) {
	case *ast.RangeStmt:
		if n.Tok != token.DEFINE {
			return nil, nil, false
		}
		switch under(info.TypeOf(n.X)).(type) {
		case *types.Chan, *types.Signature, *types.TypeParam, nil:
			return nil, nil, false
		}
		ids, body = []ast.Expr{n.Key, n.Value}, n.Body
	case *ast.ForStmt:
		as, ok := n.Init.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE {
			return nil, nil, false
		}
		ids, body = as.Lhs, n.Body
	default:
		return nil, nil, false
	}
	var names []string
	wrap := false
	for _, x := range ids {
		id, ok := x.(*ast.Ident)
		if !ok || id.Name == "_" || info.Defs[id] == nil {
			continue
		}
		obj := info.Defs[id]
		if _, loop := n.(*ast.ForStmt); loop && ChangesVar(body, obj, info) {
			continue // LoopCopyBack's, or refused
		}
		if !declaresOther(body, obj, info) {
			continue
		}
		wrap = true
		if CapturedVar(body, obj, info) {
			names = append(names, id.Name)
		}
	}
	return names, body, wrap
}

// declaresOther reports whether body declares a variable (or a parameter,
// a constant, a type…) named as obj that is not obj.
func declaresOther(body ast.Node, obj types.Object, info *types.Info) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == obj.Name() && info.Defs[id] != nil && info.Defs[id] != obj {
			found = true
		}
		return !found
	})
	return found
}
