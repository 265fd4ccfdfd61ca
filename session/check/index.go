package check

// This file gives index errors Go's words: the interpreter says only
// "index out of range" (reflect's panic), where Go says "index out of
// range [5] with length 3". An index expression outside any loop —
// straight-line code, run once per call — gets its index checked by a
// native helper that panics as Go's runtime does (a runtime.Error):
//
//	c := b[3]        →   c := b[__divergo.Index(int64(3), len(b))]
//
// Inside a loop a native call per index would make every iteration
// several times slower in the interpreter (measured: 4–8×). There a
// statement whose index expressions can fail is preceded by an
// interpreted check of each, which calls the helper only to panic
// (measured: 1.3–1.7× on the tightest loop, s += xs[i]):
//
//	n += xs[i]       →   if i < 0 || i >= len(xs) { __divergo.IndexPanic(int64(i), len(xs)) }; n += xs[i]
//
// An index that cannot fail is not checked: xs[i] in `for i := range xs`
// or `for i := 0; i < len(xs); i++` when the loop's body assigns neither
// i nor xs (and xs is a local variable no closure and no pointer reaches).
// A statement is checked this way only when nothing in it runs before its
// index expressions that could change them or be seen (no calls but
// conversions and pure builtins, no receives; one outermost call whose
// arguments hold the indexes); other index expressions in loops keep the
// interpreter's shorter message. Only operands without side effects are
// guarded (a name, or fields of one), since the operand is read twice.

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strings"
)

// IndexGuard returns the lowerings of f's index expressions outside
// loops (see above), and of assignments to several targets
// (assignOrderMulti), for cells and for `divergo run` alike; runtime is
// the helpers' package name. Cells lowered those assignments with package
// lower's ParallelAssign alone, whose temporaries took the element's index
// already checked here, before any target was assigned: total, out[i] =
// total+10, i with i out of range left total as it was; Go sets it, then
// panics. ParallelAssign now leaves what assignOrderMulti lowers.
func IndexGuard(f *ast.File, info *types.Info, runtime string, typeName func(types.Type) (string, bool)) []Span {
	return indexGuard(f, info, runtime, typeName, true)
}

func indexGuard(f *ast.File, info *types.Info, runtime string, typeName func(types.Type) (string, bool), multi bool) []Span {
	var spans []Span
	g := newLoopGuard(f, info)
	g.typeName = typeName
	g.multi = multi
	g.length = "len"
	if LenShadowed(f, info) {
		g.length = runtime + ".Len" // len is another name's: the checks ask the helpers
	}
	reordered := 0
	var walk func(n ast.Node, inLoop bool)
	walk = func(n ast.Node, inLoop bool) {
		ast.Inspect(n, func(x ast.Node) bool {
			if x == n {
				return true
			}
			switch x := x.(type) {
			case *ast.AssignStmt:
				if sp, ok := g.assignOrderMulti(x, runtime, reordered); ok && multi {
					reordered++
					spans = append(spans, sp...)
					for _, r := range x.Rhs {
						walk(r, inLoop)
					}
					return false
				}
				if sp, ok := g.assignOrder(x, runtime, reordered); ok {
					reordered++
					spans = append(spans, sp...)
					walk(x.Rhs[0], inLoop)
					return false
				}
			case *ast.ReturnStmt:
				if sp, ok := g.returnReceive(x, reordered); ok {
					reordered++
					spans = append(spans, sp...)
				}
			case *ast.FuncLit:
				walk(x.Body, false)
				return false
			case *ast.ForStmt, *ast.RangeStmt:
				g.enter(x)
				walk(x, true)
				g.leave()
				return false
			case *ast.DeferStmt, *ast.GoStmt:
				// Their arguments are lowered as a whole; a function
				// literal's body is a function of its own.
				var call *ast.CallExpr
				if d, ok := x.(*ast.DeferStmt); ok {
					call = d.Call
				} else {
					call = x.(*ast.GoStmt).Call
				}
				if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
					walk(lit.Body, false)
				}
				return false
			case *ast.IndexExpr:
				if !inLoop {
					if sp, ok := indexSpan(x, info, runtime, g.length); ok {
						spans = append(spans, sp...)
					}
				}
			case *ast.SliceExpr:
				if !inLoop && g.length == "len" && !shadowed(f, info, "cap") {
					if sp, ok := sliceSpan(x, info, runtime); ok {
						spans = append(spans, sp...)
					}
				}
			case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
				if inLoop {
					for _, st := range stmtList(x) {
						if sp, ok := g.guard(st, runtime); ok {
							spans = append(spans, sp)
						}
					}
				}
			}
			return true
		})
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			walk(fd.Body, false)
		}
	}
	return spans
}

// LenShadowed reports whether a name len other than the builtin is
// declared where f's code could see it (a variable or function of f, of
// its package, or an earlier cell's): the lowerings that write len(…)
// must not call it.
func LenShadowed(f *ast.File, info *types.Info) bool {
	return shadowed(f, info, "len")
}

// shadowed reports whether a name other than the builtin called name is
// declared where f's code could see it (see LenShadowed).
func shadowed(f *ast.File, info *types.Info, name string) bool {
	for id, obj := range info.Defs {
		if obj != nil && id.Name == name {
			return true
		}
	}
	for id, obj := range info.Uses {
		if _, builtin := obj.(*types.Builtin); id.Name == name && !builtin {
			return true
		}
	}
	for _, obj := range info.Defs {
		if obj != nil && obj.Pkg() != nil {
			if _, builtin := obj.Pkg().Scope().Lookup(name).(*types.Builtin); obj.Pkg().Scope().Lookup(name) != nil && !builtin {
				return true
			}
			if sc := info.Scopes[f]; sc != nil && sc.Lookup(name) != nil {
				return true
			}
			break
		}
	}
	return false
}

// indexSpan is the lowering of x[i], when x is a slice, array or string
// with no side effects and i not a constant the checker already judged.
func indexSpan(x *ast.IndexExpr, info *types.Info, runtime, length string) ([]Span, bool) {
	if !guardable(x, info) {
		return nil, false
	}
	return []Span{{x.Index.Pos(), x.Index.Pos(), runtime + ".Index(int64("},
		{x.Index.End(), x.Index.End(), "), " + length + "(" + types.ExprString(x.X) + "))"}}, true
}

// guardable reports whether x[i] can be checked before it runs: x a
// slice, array or string with no side effects, i an integer that is not a
// constant the checker already judged.
func guardable(x *ast.IndexExpr, info *types.Info) bool {
	t := info.TypeOf(x.X)
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
	case *types.Basic:
		if u.Info()&types.IsString == 0 {
			return false
		}
	case *types.Array:
		if tv := info.Types[x.Index]; tv.Value != nil {
			return false // checked by Go's checker
		}
	case *types.Pointer:
		if _, ok := u.Elem().Underlying().(*types.Array); !ok {
			return false
		}
	default:
		return false // maps, type parameters, generic instantiations
	}
	if tv := info.Types[x.Index]; !tv.IsValue() || !pureOperand(x.X, info) {
		return false
	}
	it, ok := info.TypeOf(x.Index).Underlying().(*types.Basic)
	if !ok || it.Info()&types.IsInteger == 0 {
		return false
	}
	if tv := info.Types[x.Index]; tv.Value != nil {
		if v, exact := constant.Int64Val(constant.ToInt(tv.Value)); !exact || v < 0 {
			return false
		}
	}
	return true
}

// pureOperand reports whether reading x twice is reading it once: a
// variable, or fields of one and its elements indexed by a variable or a
// constant (no calls, no receives, no pointer dereference).
func pureOperand(x ast.Expr, info *types.Info) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		_, ok := info.Uses[x].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		if sel := info.Selections[x]; sel == nil || sel.Kind() != types.FieldVal || sel.Indirect() {
			return false
		}
		return pureOperand(x.X, info)
	case *ast.IndexExpr:
		// An element indexed by a variable or a constant: grid[r].
		if _, ok := info.TypeOf(x.X).Underlying().(*types.Signature); ok {
			return false // an instantiated generic function
		}
		if id, ok := ast.Unparen(x.Index).(*ast.Ident); ok {
			if _, ok := info.Uses[id].(*types.Var); !ok {
				return false
			}
		} else if tv := info.Types[x.Index]; tv.Value == nil {
			return false
		}
		return pureOperand(x.X, info)
	}
	return false
}

// Len is len(x) of a string, slice, array or pointer to an array, for
// the lowerings of a program that names something else len.
func Len(x any) int {
	v := reflect.ValueOf(x)
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	return v.Len()
}

// IndexPanic panics as Go's runtime does for index i out of range of
// length n (a runtime.Error): the interpreted check in a loop calls it.
func IndexPanic(i int64, n int) {
	if i < 0 {
		// Go's runtime names no length for a negative index.
		panic(runtimeError(fmt.Sprintf("runtime error: index out of range [%d]", i)))
	}
	panic(runtimeError(fmt.Sprintf("runtime error: index out of range [%d] with length %d", i, n)))
}

// Index returns i when 0 ≤ i < n; else it panics as Go's runtime does for
// an index out of range (a runtime.Error).
func Index(i int64, n int) int {
	if i < 0 || i >= int64(n) {
		IndexPanic(i, n)
	}
	return int(i)
}

// stmtList is the statement list of a block, case or select clause.
func stmtList(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}

// A loopGuard finds the index expressions of statements in loops that need
// a check (see the top of the file).
type loopGuard struct {
	info *types.Info
	// loops are the loops around the statement being guarded, innermost
	// last.
	loops []ast.Node
	// unsafe are the variables some closure reads or some & takes: a call
	// or a pointer could change them anywhere.
	unsafe map[types.Object]bool
	// listed are the statements directly in a statement list; top, a
	// cell's top-level ones.
	listed, top map[ast.Stmt]bool
	// typeName writes a type as the code can name it.
	typeName func(types.Type) (string, bool)
	// multi: assignments to several targets are lowered here
	// (assignOrderMulti).
	multi bool
	// length is the function the checks call for a length: len, or the
	// helpers' Len when the code names something else len.
	length string
}

func newLoopGuard(f *ast.File, info *types.Info) *loopGuard {
	g := &loopGuard{info: info, unsafe: map[types.Object]bool{}, listed: map[ast.Stmt]bool{}, top: map[ast.Stmt]bool{}}
	var inLit func(n ast.Node)
	inLit = func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok {
					g.unsafe[v] = true
				}
			}
			return true
		})
	}
	inspect(f, func(n ast.Node) bool {
		if fd, ok := n.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "__cell" {
			// A cell's top-level statements: the session runs and
			// records them one by one (assignOrder leaves them).
			for _, st := range fd.Body.List {
				g.top[st] = true
			}
		}
		for _, st := range stmtList(n) {
			g.listed[st] = true
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			inLit(n.Body)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
					g.unsafe[info.ObjectOf(id)] = true
				}
			}
		case *ast.SelectorExpr:
			// A method with a pointer receiver takes the address.
			if sel := info.Selections[n]; sel != nil && sel.Kind() == types.MethodVal {
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
					g.unsafe[info.ObjectOf(id)] = true
				}
			}
		}
		return true
	})
	return g
}

func (g *loopGuard) enter(loop ast.Node) { g.loops = append(g.loops, loop) }
func (g *loopGuard) leave()              { g.loops = g.loops[:len(g.loops)-1] }

// guard returns the check to insert before st, when st has index
// expressions that need one and nothing else in st runs first.
func (g *loopGuard) guard(st ast.Stmt, runtime string) (Span, bool) {
	var first, last []*ast.IndexExpr // checked in this order: last after first
	var slices []*ast.SliceExpr      // checked with first
	var outer *ast.CallExpr          // the one call st may make, after its arguments
	switch st := st.(type) {
	case *ast.ExprStmt:
		outer, _ = ast.Unparen(st.X).(*ast.CallExpr)
	case *ast.AssignStmt:
		if g.multi && g.lateIndex(st) {
			return Span{}, false // assignOrderMulti checks each index as it assigns
		}
		if len(st.Rhs) == 1 {
			outer, _ = ast.Unparen(st.Rhs[0]).(*ast.CallExpr)
		}
		if st.Tok == token.ASSIGN || st.Tok == token.DEFINE {
			// Go checks an index on the left when it assigns, after the
			// right side.
			for _, l := range st.Lhs {
				if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
					last = append(last, ix)
				}
			}
		}
	case *ast.IncDecStmt, *ast.SendStmt:
	default:
		return Span{}, false
	}
	if outer != nil && (g.pureCall(outer) || !g.pure(outer.Fun)) {
		outer = nil // a pure call is checked as any other expression
	}
	ok := true
	ast.Inspect(st, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false
			}
		case *ast.CallExpr:
			if n == outer {
				if len(last) > 0 {
					ok = false // the call runs before the left side's check
				}
				return true
			}
			if !g.pureCall(n) {
				ok = false
			}
		case *ast.IndexExpr:
			for _, l := range last {
				if l == n {
					return true
				}
			}
			first = append(first, n)
		case *ast.SliceExpr:
			slices = append(slices, n)
		}
		return true
	})
	if !ok {
		return Span{}, false
	}
	// Operands before the indexes of them: grid[r] before grid[r][c].
	sort.SliceStable(first, func(a, b int) bool { return first[a].End() < first[b].End() })
	sort.SliceStable(slices, func(a, b int) bool { return slices[a].End() < slices[b].End() })
	var b strings.Builder
	for _, ix := range append(first, last...) {
		for len(slices) > 0 && slices[0].End() <= ix.End() {
			b.WriteString(g.sliceCheck(slices[0], runtime))
			slices = slices[1:]
		}
		if !guardable(ix, g.info) || g.safe(ix) {
			continue
		}
		i, x := types.ExprString(ix.Index), types.ExprString(ix.X)
		if t, ok := under(g.info.TypeOf(ix.Index)).(*types.Basic); ok && t.Kind() != types.Int && t.Info()&types.IsUntyped == 0 {
			// An index of another integer type (a byte, a rune, an
			// int64): compared in a type that holds it and len.
			if t.Info()&types.IsUnsigned != 0 {
				fmt.Fprintf(&b, "if uint64(%s) >= uint64(%s(%s)) { %s.IndexPanic(int64(%s), %s(%s)) }; ", i, g.length, x, runtime, i, g.length, x)
			} else {
				fmt.Fprintf(&b, "if int64(%s) < 0 || int64(%s) >= int64(%s(%s)) { %s.IndexPanic(int64(%s), %s(%s)) }; ", i, i, g.length, x, runtime, i, g.length, x)
			}
			continue
		}
		if g.nonNegative(ix.Index) {
			// One comparison: 1.5× the loop's time where two take 1.9×.
			fmt.Fprintf(&b, "if %s >= %s(%s) { %s.IndexPanic(int64(%s), %s(%s)) }; ", i, g.length, x, runtime, i, g.length, x)
			continue
		}
		fmt.Fprintf(&b, "if %s < 0 || %s >= %s(%s) { %s.IndexPanic(int64(%s), %s(%s)) }; ", i, i, g.length, x, runtime, i, g.length, x)
	}
	for _, sl := range slices {
		b.WriteString(g.sliceCheck(sl, runtime))
	}
	if b.Len() == 0 {
		return Span{}, false
	}
	return Span{st.Pos(), st.Pos(), b.String()}, true
}

// sliceCheck is the check of a slice expression in a loop's statement
// (see slicebounds.go), which calls the helper only to panic:
//
//	w := s[i:i+k]   →   if int64(i) < 0 || int64(i) > int64(i+k) || int64(i+k) > int64(cap(s)) { __divergo.SliceBounds(…) }; w := s[i:i+k]
//
// "" where it does not apply (sliceSpan's conditions).
func (g *loopGuard) sliceCheck(x *ast.SliceExpr, runtime string) string {
	if g.length != "len" {
		return ""
	}
	sp, ok := sliceSpan(x, g.info, runtime)
	if !ok {
		return ""
	}
	// Compared as ints where every bound is one (the conversions cost
	// in the interpreter's loop), else as int64s.
	conv := func(text string) string { return text }
	for _, bd := range []ast.Expr{x.Low, x.High, x.Max} {
		if t, ok := under(g.info.TypeOf(bd)).(*types.Basic); bd != nil && (!ok || t.Kind() != types.Int && t.Info()&types.IsUntyped == 0) {
			conv = func(text string) string { return "int64(" + text + ")" }
		}
	}
	operand := types.ExprString(x.X)
	n := conv("len(" + operand + ")")
	if _, isSlice := under(g.info.TypeOf(x.X)).(*types.Slice); isSlice {
		n = conv("cap(" + operand + ")")
	}
	lo := "0"
	if x.Low != nil {
		lo = conv(types.ExprString(x.Low))
	}
	var cond string
	switch {
	case x.Slice3:
		hi, max := conv(types.ExprString(x.High)), conv(types.ExprString(x.Max))
		cond = fmt.Sprintf("%s < 0 || %[1]s > %s || %[2]s > %s || %[3]s > %s", lo, hi, max, n)
	case x.High != nil:
		cond = fmt.Sprintf("%s < 0 || %[1]s > %s || %[2]s > %s", lo, conv(types.ExprString(x.High)), n)
	default:
		cond = fmt.Sprintf("%s < 0 || %[1]s > %s", lo, conv("len("+operand+")"))
	}
	if lo == "0" {
		cond = strings.TrimPrefix(cond, "0 < 0 || ")
	}
	return "if " + cond + " { " + sp[0].Text + " }; "
}

// assignOrder lowers an assignment to one element, field or pointed-to
// variable whose right side makes a call or receives: Go's compiler reads
// the left side's operands after the call (xs[i] = next() stores where i
// is once next has run; p.v = f() through the p f left), the interpreter
// before; and it stored zero for a receive in a loop (results[i] = <-ch).
// The value is passed to a function literal that assigns it, so that it
// is computed first; the left side's indexes are checked in there, as Go
// does:
//
//	xs[i] = next()   →   func(__av0 int) { if int64(i) < 0 || … { RT.IndexPanic(int64(i), len(xs)) }; xs[i] = __av0 }(next())
//
// Only statements of a statement list, with one target made of names,
// fields, constants and operators, are lowered; and only when a call
// could change the target or its index fail: not for i := range xs {
// xs[i] = f(i) } with local variables. n numbers the parameter.
func (g *loopGuard) assignOrder(as *ast.AssignStmt, runtime string, n int) ([]Span, bool) {
	if as.Tok == token.DEFINE || as.Tok == token.SHL_ASSIGN || as.Tok == token.SHR_ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || !g.listed[as] || g.top[as] || g.typeName == nil {
		return nil, false
	}
	shift := false // 1 << f(): its type comes from the target (ShiftCounts)
	ast.Inspect(as.Rhs[0], func(n ast.Node) bool {
		if b, ok := n.(*ast.BinaryExpr); ok && (b.Op == token.SHL || b.Op == token.SHR) {
			shift = true
		}
		return !shift
	})
	if shift {
		return nil, false
	}
	lhs := ast.Unparen(as.Lhs[0])
	switch lhs.(type) {
	case *ast.IndexExpr, *ast.SelectorExpr, *ast.StarExpr:
	default:
		return nil, false
	}
	if !g.plainTarget(lhs) || g.pure(as.Rhs[0]) {
		return nil, false
	}
	rt := g.info.TypeOf(as.Rhs[0])
	if t, ok := rt.(*types.Basic); ok && t.Info()&types.IsUntyped != 0 {
		return nil, false
	}
	if _, tuple := rt.(*types.Tuple); tuple || rt == nil {
		return nil, false
	}
	typ, ok := g.typeName(rt)
	if !ok {
		return nil, false
	}
	var indexes []*ast.IndexExpr
	settled := true // no call can change the target, nor its index fail
	ast.Inspect(lhs, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.IndexExpr:
			if guardable(m, g.info) {
				indexes = append(indexes, m)
				settled = settled && g.safe(m)
			} else if _, isMap := under(g.info.TypeOf(m.X)).(*types.Map); !isMap {
				settled = false
			}
		case *ast.Ident:
			if v, ok := g.info.Uses[m].(*types.Var); ok && (g.unsafe[v] || v.Parent() == nil || v.Parent() == v.Pkg().Scope()) {
				settled = false
			}
		}
		return true
	})
	if _, recv := isReceive(as.Rhs[0]); settled && !recv {
		return nil, false // for i := range xs { xs[i] = f(i) }: as it stands
	}
	sort.SliceStable(indexes, func(a, b int) bool { return indexes[a].End() < indexes[b].End() })
	v := fmt.Sprintf("__av%d", n)
	var b strings.Builder
	fmt.Fprintf(&b, "func(%s %s) { ", v, typ)
	for _, ix := range indexes {
		i, x := types.ExprString(ix.Index), types.ExprString(ix.X)
		fmt.Fprintf(&b, "if int64(%s) < 0 || int64(%s) >= int64(%s(%s)) { %s.IndexPanic(int64(%s), %s(%s)) }; ", i, i, g.length, x, runtime, i, g.length, x)
	}
	fmt.Fprintf(&b, "%s %s %s }(", types.ExprString(lhs), as.Tok, v)
	// The closing parenthesis sits with any other lowering's at the
	// statement's end: all of them are ")".
	return []Span{{as.Pos(), as.Rhs[0].Pos(), b.String()}, {as.End(), as.End(), ")"}}, true
}

// assignOrderMulti lowers an assignment to several targets, one of them
// an element, a field or a pointed-to variable, whose right side makes a
// call or receives (arr[j], j = f(); p.v, m = h(), 3). Go's compiler
// makes the calls first, then reads the targets' index operands, then
// assigns left to right, each element's index checked as it is assigned
// (j, xs[5] = 1, 2 sets j before it panics); the interpreter read the
// targets before the calls. The values are passed to a function literal
// that does the rest in Go's order:
//
//	arr[k], k = g(), 1   →   func(__ao0_0 int, __ao0_1 int) { __ao0_i0 := k; if … { RT.IndexPanic(…) }; arr[__ao0_i0] = __ao0_0; k = __ao0_1 }(g(), 1)
//	arr[j], j = f()      →   func() { __ao1_0, __ao1_1 := f(); __ao1_i0 := j; …; arr[__ao1_i0] = __ao1_0; j = __ao1_1 }()
//
// Only statements of a statement list, whose targets are names (or _),
// fields and pointers of names and elements of slices and arrays with
// indexes that make no call, none based on a name the statement itself
// assigns; and only when a call could change a target's operands.
func (g *loopGuard) assignOrderMulti(as *ast.AssignStmt, runtime string, n int) ([]Span, bool) {
	if as.Tok != token.ASSIGN || len(as.Lhs) < 2 || !g.listed[as] || g.typeName == nil {
		return nil, false
	}
	var values []types.Type
	if len(as.Rhs) == 1 {
		tuple, ok := g.info.TypeOf(as.Rhs[0]).(*types.Tuple)
		if !ok || tuple.Len() != len(as.Lhs) {
			return nil, false
		}
		if _, call := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); !call {
			return nil, false // v, ok = m[k], x.(T), <-ch
		}
		for k := 0; k < tuple.Len(); k++ {
			values = append(values, tuple.At(k).Type())
		}
	} else if len(as.Rhs) == len(as.Lhs) {
		for _, r := range as.Rhs {
			values = append(values, g.info.TypeOf(r))
		}
	} else {
		return nil, false
	}
	impure, shift := false, false
	for _, r := range as.Rhs {
		impure = impure || !g.pure(r)
		ast.Inspect(r, func(m ast.Node) bool {
			if b, ok := m.(*ast.BinaryExpr); ok && (b.Op == token.SHL || b.Op == token.SHR) {
				shift = true
			}
			return !shift
		})
	}
	late := !impure && g.lateIndex(as)
	if shift || !impure && !late {
		return nil, false // without calls, the interpreter's order is Go's
	}
	assigned := map[types.Object]bool{}
	for _, l := range as.Lhs {
		if id, ok := ast.Unparen(l).(*ast.Ident); ok {
			if obj := g.info.Uses[id]; obj != nil {
				assigned[obj] = true
			}
		}
	}
	root := func(x ast.Expr) types.Object {
		for {
			switch y := ast.Unparen(x).(type) {
			case *ast.SelectorExpr:
				if sel, ok := g.info.Selections[y]; !ok || sel.Kind() != types.FieldVal {
					return nil
				}
				x = y.X
			case *ast.IndexExpr:
				x = y.X
			case *ast.StarExpr:
				x = y.X
			case *ast.Ident:
				return g.info.Uses[y]
			default:
				return nil
			}
		}
	}
	settled := true
	roots := map[types.Object]bool{}
	var params, phase1, phase2 []string
	for k, l := range as.Lhs {
		l = ast.Unparen(l)
		t := g.info.TypeOf(l)
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			t = types.Default(values[k])
		}
		if t == nil {
			return nil, false
		}
		typ, ok := g.typeName(t)
		if !ok {
			return nil, false
		}
		v := fmt.Sprintf("__ao%d_%d", n, k)
		params = append(params, v+" "+typ)
		switch x := l.(type) {
		case *ast.Ident:
			if x.Name == "_" {
				params[k] = "_ " + typ
				continue
			}
			phase2 = append(phase2, x.Name+" = "+v)
			continue
		case *ast.IndexExpr:
			switch t := under(g.info.TypeOf(x.X)).(type) {
			case *types.Slice, *types.Array:
			case *types.Pointer:
				if _, ok := under(t.Elem()).(*types.Array); !ok {
					return nil, false
				}
			default:
				return nil, false // maps (MapTargets)
			}
			if !g.pure(x.Index) {
				return nil, false
			}
		case *ast.SelectorExpr, *ast.StarExpr:
		default:
			return nil, false
		}
		if !g.plainTarget(l) {
			return nil, false
		}
		obj := root(l)
		if obj == nil {
			return nil, false
		}
		if roots[obj] {
			settled = false // xs[0], xs[0][1] = ys, f(): one target reaches through another
		}
		roots[obj] = true
		ast.Inspect(l, func(m ast.Node) bool {
			if id, ok := m.(*ast.Ident); ok {
				if v, ok := g.info.Uses[id].(*types.Var); ok && (g.unsafe[v] || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || assigned[v]) {
					settled = false
				}
			}
			return true
		})
		ix, isIndex := l.(*ast.IndexExpr)
		if !isIndex {
			// The target's address, taken before any is assigned (a.next,
			// a.next.prev = b, f() sets the old a.next's prev).
			p := fmt.Sprintf("__ao%d_p%d", n, k)
			phase1 = append(phase1, p+" := &"+types.ExprString(l))
			phase2 = append(phase2, "*"+p+" = "+v)
			continue
		}
		i, xs := fmt.Sprintf("__ao%d_i%d", n, k), fmt.Sprintf("__ao%d_x%d", n, k)
		if _, isArray := under(g.info.TypeOf(ix.X)).(*types.Array); isArray {
			phase1 = append(phase1, xs+" := &"+types.ExprString(ix.X))
		} else {
			phase1 = append(phase1, xs+" := "+types.ExprString(ix.X))
		}
		phase1 = append(phase1, i+" := "+types.ExprString(ix.Index))
		phase2 = append(phase2, fmt.Sprintf("if int64(%s) < 0 || int64(%s) >= int64(%s(%s)) { %s.IndexPanic(int64(%s), %s(%s)) }; %s[%s] = %s",
			i, i, g.length, xs, runtime, i, g.length, xs, xs, i, v))
	}
	if settled && impure {
		return nil, false // no call can change the targets' operands
	}
	body := strings.Join(append(phase1, phase2...), "; ")
	open, shut := "", ""
	if g.top[as] {
		// A cell's top-level statement: the call in a block, as package
		// lower's ParallelAssign writes it (a bare call there is run
		// again by the next cell when it panicked).
		open, shut = "{ ", " }"
	}
	if late {
		// No calls: the values in variables of a block, in their order
		// (a function literal would cost a call each time).
		var spans []Span
		for k := range as.Rhs {
			from := as.Pos()
			text := "{ var "
			if k > 0 {
				from, text = as.Rhs[k-1].End(), "; var "
			}
			spans = append(spans, Span{from, as.Rhs[k].Pos(), text + params[k] + " = "})
		}
		return append(spans, Span{as.End(), as.End(), "; " + body + " }"}), true
	}
	if len(as.Rhs) == 1 {
		// One call's results: defined in the literal (passed as its
		// arguments, values of interface types failed in reflect).
		var names []string
		for _, p := range params {
			names = append(names, p[:strings.IndexByte(p, ' ')])
		}
		return []Span{{as.Pos(), as.Rhs[0].Pos(), open + "func() { " + strings.Join(names, ", ") + " := "},
			{as.End(), as.End(), "; " + body + " }()" + shut}}, true
	}
	head := fmt.Sprintf("%sfunc(%s) { %s }(", open, strings.Join(params, ", "), body)
	return []Span{{as.Pos(), as.Rhs[0].Pos(), head}, {as.End(), as.End(), ")" + shut}}, true
}

// lateIndex reports whether an assignment to several targets has, after
// the first, an element of a slice or array whose index may be out of
// range: Go assigns the targets before it and then panics; the interpreter
// panicked before assigning any (j, xs[5] = 1, 2 left j as it was). Not
// when the values read the same element (a[i], a[j] = a[j], a[i] panics
// reading it), or the index is within range by its loop (safe), or a
// constant Go's checker judged.
func (g *loopGuard) lateIndex(as *ast.AssignStmt) bool {
	if as.Tok != token.ASSIGN || len(as.Lhs) < 2 {
		return false
	}
	read := map[string]bool{}
	for _, r := range as.Rhs {
		ast.Inspect(r, func(n ast.Node) bool {
			if ix, ok := n.(*ast.IndexExpr); ok {
				read[types.ExprString(ix)] = true
			}
			return true
		})
	}
	for _, l := range as.Lhs[1:] {
		ix, ok := ast.Unparen(l).(*ast.IndexExpr)
		if !ok || !guardable(ix, g.info) || g.safe(ix) || read[types.ExprString(ix)] {
			continue
		}
		if _, isString := under(g.info.TypeOf(ix.X)).(*types.Basic); !isString {
			return true
		}
	}
	return false
}

// isReceive reports whether x is a receive, <-ch, and gives it.
func isReceive(x ast.Expr) (*ast.UnaryExpr, bool) {
	u, ok := ast.Unparen(x).(*ast.UnaryExpr)
	return u, ok && u.Op == token.ARROW
}

// returnReceive lowers a return statement with a receive among its
// results (return <-ch): the interpreter stopped with "reflect.Value.Set
// using unaddressable value". The value is received first into a variable
// of its own, when the other results make no call (their order stays):
//
//	return <-ch, nil   →   __rv0 := <-ch; return __rv0, nil
func (g *loopGuard) returnReceive(ret *ast.ReturnStmt, n int) ([]Span, bool) {
	if !g.listed[ret] || g.top[ret] {
		return nil, false
	}
	var recv *ast.UnaryExpr
	for _, x := range ret.Results {
		if u, ok := isReceive(x); ok && recv == nil && pureOperand(u.X, g.info) {
			recv = u
		} else if !g.pure(x) {
			return nil, false
		}
	}
	if recv == nil {
		return nil, false
	}
	if _, tuple := g.info.TypeOf(recv).(*types.Tuple); tuple {
		return nil, false
	}
	v := fmt.Sprintf("__rv%d", n)
	return []Span{{ret.Pos(), ret.Pos(), fmt.Sprintf("%s := <-%s; ", v, types.ExprString(recv.X))}, {recv.Pos(), recv.End(), v}}, true
}

// plainTarget reports whether the target x is made of variables, fields,
// pointers, constants and operators, no name of which hides a
// predeclared one.
func (g *loopGuard) plainTarget(x ast.Expr) bool {
	ok := true
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if types.Universe.Lookup(n.Name) != nil {
				if _, isConst := g.info.Uses[n].(*types.Const); !isConst {
					ok = false
				}
			}
		case *ast.CallExpr, *ast.FuncLit, *ast.CompositeLit, *ast.SliceExpr, *ast.TypeAssertExpr, *ast.IndexListExpr:
			ok = false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW || n.Op == token.AND {
				ok = false
			}
		case *ast.IndexExpr:
			if _, sig := under(g.info.TypeOf(n.X)).(*types.Signature); sig {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// pure reports whether evaluating e calls nothing but conversions and
// pure builtins and receives nothing.
func (g *loopGuard) pure(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false
			}
		case *ast.CallExpr:
			if !g.pureCall(n) {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// pureCall reports whether call is a conversion or a builtin that changes
// no variable and prints nothing.
func (g *loopGuard) pureCall(call *ast.CallExpr) bool {
	if tv, ok := g.info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := g.info.Uses[id].(*types.Builtin)
	if !ok {
		return false
	}
	switch b.Name() {
	case "len", "cap", "min", "max", "real", "imag", "complex", "append", "make", "new":
		return true
	}
	return false
}

// safe reports whether x[i] is within range by its loop: i ranges over x's
// indexes (for i := range x, for i := 0; i < len(x); i++), and the loop
// changes neither.
func (g *loopGuard) safe(ix *ast.IndexExpr) bool {
	xid, ok := ast.Unparen(ix.X).(*ast.Ident)
	iid, ok2 := ast.Unparen(ix.Index).(*ast.Ident)
	if !ok || !ok2 {
		return false
	}
	xv, _ := g.info.Uses[xid].(*types.Var)
	iv, _ := g.info.Uses[iid].(*types.Var)
	if xv == nil || iv == nil {
		return false
	}
	// A variable of the package, or one a closure or a pointer reaches,
	// may change in any call the loop makes.
	reached := g.unsafe[xv] || xv.Parent() == nil || xv.Parent() == xv.Pkg().Scope()
	unchanged := func(body ast.Node) bool {
		return !g.assigns(body, xv, iv) && !(reached && !g.pureStmts(body))
	}
	for k := len(g.loops) - 1; k >= 0; k-- {
		switch loop := g.loops[k].(type) {
		case *ast.RangeStmt:
			key, ok := loop.Key.(*ast.Ident)
			over, ok2 := ast.Unparen(loop.X).(*ast.Ident)
			if ok && ok2 && loop.Tok == token.DEFINE && g.info.Defs[key] == iv && g.info.Uses[over] == xv {
				return unchanged(loop.Body)
			}
		case *ast.ForStmt:
			if g.countsUp(loop, iv, xv) {
				return unchanged(loop.Body)
			}
		}
	}
	return false
}

// pureStmts reports whether body calls nothing but conversions and pure
// builtins, and starts no goroutine.
func (g *loopGuard) pureStmts(body ast.Node) bool {
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt, *ast.DeferStmt:
			ok = false
		case *ast.CallExpr:
			if !g.pureCall(n) {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// countsUp reports whether loop is `for i := C; i < len(x); i++` (or i +=
// C') with C and C' constants ≥ 0.
func (g *loopGuard) countsUp(loop *ast.ForStmt, iv, xv *types.Var) bool {
	if !g.upFrom(loop, iv) {
		return false
	}
	cond, ok := loop.Cond.(*ast.BinaryExpr)
	if !ok || cond.Op != token.LSS {
		return false
	}
	if id, ok := ast.Unparen(cond.X).(*ast.Ident); !ok || g.info.Uses[id] != iv {
		return false
	}
	call, ok := ast.Unparen(cond.Y).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	if fn, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || fn.Name != "len" || g.info.Uses[fn] != types.Universe.Lookup("len") {
		return false
	}
	if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); !ok || g.info.Uses[id] != xv {
		return false
	}
	return true
}

// assigns reports whether body assigns one of the variables vs.
func (g *loopGuard) assigns(body ast.Node, vs ...*types.Var) bool {
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return false
		}
		obj := g.info.ObjectOf(id)
		for _, v := range vs {
			if obj == v {
				return true
			}
		}
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				found = found || is(l)
			}
		case *ast.IncDecStmt:
			found = found || is(n.X)
		case *ast.RangeStmt:
			found = found || n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value)
		}
		return !found
	})
	return found
}

// nonNegative reports whether e is ≥ 0 by its loop: a constant ≥ 0, len
// or cap, the key of a range loop or a counter that counts up from a
// constant ≥ 0 (and its loop assigns it nowhere else), or a sum or product
// of such.
func (g *loopGuard) nonNegative(e ast.Expr) bool {
	e = ast.Unparen(e)
	if tv := g.info.Types[e]; tv.Value != nil {
		return constant.Sign(tv.Value) >= 0
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		return (e.Op == token.ADD || e.Op == token.MUL) && g.nonNegative(e.X) && g.nonNegative(e.Y)
	case *ast.CallExpr:
		fn, ok := ast.Unparen(e.Fun).(*ast.Ident)
		return ok && (g.info.Uses[fn] == types.Universe.Lookup("len") || g.info.Uses[fn] == types.Universe.Lookup("cap"))
	case *ast.Ident:
		v, ok := g.info.Uses[e].(*types.Var)
		if !ok {
			return false
		}
		for k := len(g.loops) - 1; k >= 0; k-- {
			switch loop := g.loops[k].(type) {
			case *ast.RangeStmt:
				if key, ok := loop.Key.(*ast.Ident); ok && loop.Tok == token.DEFINE && g.info.Defs[key] == v {
					return !g.assigns(loop.Body, v)
				}
			case *ast.ForStmt:
				if g.upFrom(loop, v) {
					return !g.assigns(loop.Body, v)
				}
			}
		}
	}
	return false
}

// upFrom reports whether loop is `for v := C; …; v++` (or v += C') with C
// and C' constants ≥ 0.
func (g *loopGuard) upFrom(loop *ast.ForStmt, v *types.Var) bool {
	init, ok := loop.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE || len(init.Lhs) != 1 || len(init.Rhs) != 1 {
		return false
	}
	if id, ok := init.Lhs[0].(*ast.Ident); !ok || g.info.Defs[id] != v {
		return false
	}
	if tv := g.info.Types[init.Rhs[0]]; tv.Value == nil || constant.Sign(tv.Value) < 0 {
		return false
	}
	var x ast.Expr
	switch post := loop.Post.(type) {
	case *ast.IncDecStmt:
		if post.Tok != token.INC {
			return false
		}
		x = post.X
	case *ast.AssignStmt:
		if post.Tok != token.ADD_ASSIGN || len(post.Lhs) != 1 {
			return false
		}
		if tv := g.info.Types[post.Rhs[0]]; tv.Value == nil || constant.Sign(tv.Value) < 0 {
			return false
		}
		x = post.Lhs[0]
	default:
		return false
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	return ok && g.info.Uses[id] == v
}
