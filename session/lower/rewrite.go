package lower

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"sort"
	"strconv"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/divergo/divergo/session/cells"
	"github.com/divergo/divergo/session/check"
	"github.com/divergo/divergo/session/symbols"
	"github.com/divergo/divergo/session/symbols/std"
)

// Passes are the rewrites of a cell's source for the interpreter, each
// working around one of its bugs or gaps. They read the session's names and
// imports, and number their temporaries with the session's counter.
type Passes struct {
	Names   map[string]string // declared name → kind ("var", "func", "type", "const", "package")
	Imports map[string]string // package name in scope → import path
	Aliases map[string]string // other import paths of the packages the session offers (importAliases)
	Cell    int               // the cell's number
	Tmp     *int              // counter for names of rewrite temporaries
}

// staticInt reports whether x is an integer expression the front end can
// see without types, and that has no side effects: integer literals, len
// and cap, integer conversions, and arithmetic of those.
func staticInt(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.BasicLit:
		return x.Kind == token.INT
	case *ast.ParenExpr:
		return staticInt(x.X)
	case *ast.UnaryExpr:
		return (x.Op == token.SUB || x.Op == token.ADD) && staticInt(x.X)
	case *ast.BinaryExpr:
		switch x.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.SHL, token.SHR, token.AND, token.OR, token.XOR:
			return staticInt(x.X) && (staticInt(x.Y) || pure(x.Y) && (x.Op == token.SHL || x.Op == token.SHR))
		}
	case *ast.CallExpr:
		if id, ok := x.Fun.(*ast.Ident); ok && len(x.Args) == 1 && x.Ellipsis == token.NoPos {
			switch id.Name {
			case "len", "cap", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr":
				return pure(x.Args[0])
			}
		}
	}
	return false
}

// pure reports whether evaluating x more than once is harmless.
func pure(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.BasicLit, *ast.Ident:
		return true
	case *ast.ParenExpr:
		return pure(x.X)
	case *ast.SelectorExpr:
		return pure(x.X)
	case *ast.IndexExpr:
		return pure(x.X) && pure(x.Index)
	case *ast.UnaryExpr:
		return x.Op != token.ARROW && pure(x.X)
	case *ast.BinaryExpr:
		return pure(x.X) && pure(x.Y)
	case *ast.CallExpr:
		return staticInt(x)
	}
	return false
}

// collection reports whether x is visibly not an integer.
func collection(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.CompositeLit, *ast.SliceExpr:
		return true
	case *ast.BasicLit:
		return x.Kind == token.STRING
	case *ast.CallExpr:
		switch f := x.Fun.(type) {
		case *ast.Ident:
			return f.Name == "make" || f.Name == "append"
		case *ast.ArrayType, *ast.MapType, *ast.ChanType:
			return true
		}
	}
	return false
}

// Range rewrites `for i := range n` over an integer (Go 1.22),
// which yaegi cannot compile, into a three-clause loop when n is an integer
// the front end can see: over a hidden counter and a bound read once, the
// loop's variable set from the counter at the start of each iteration, so
// that the body may change its copy without changing the iterations (and
// a closure captures each iteration's own):
//
//	for i := range 3 {   →   for __i1, __n1 := (3)-(3), (3); __i1 < __n1; __i1++ { i := __i1; _ = i;
//
// A range over an expression it cannot judge is returned, for the piece
// to range over the helper RangeInt if yaegi fails; lowered reports
// whether r was rewritten.
func (s *Passes) Range(pc *cells.Parsed, i int, ed *cells.Editor, r *ast.RangeStmt) (unjudged ast.Expr, lowered bool) {
	if r.Value != nil || collection(r.X) {
		return nil, false
	}
	if at := pc.Off(i, r.Range); ed.Covers(at, at+len("range")) {
		return nil, true // the checker's (check.GenericRangeInts: a typed bound)
	}
	if !staticInt(r.X) {
		if id, ok := r.Key.(*ast.Ident); ok && r.Tok == token.DEFINE && assignedIn(r.Body, id.Name) {
			// Over an integer or a slice the interpreter keeps its
			// position in the key (for i := range xs { i *= 2 } skipped
			// elements): the key gets a hidden name, the body its own i.
			(*s.Tmp)++
			name := pc.Edited(i, ed, id) // as renamed (check.PredeclaredNames)
			ed.ReplaceWhole(pc.Off(i, id.Pos()), pc.Off(i, id.End()), fmt.Sprintf("__i%d", *s.Tmp))
			at := pc.Off(i, r.Body.Lbrace) + 1
			addBeforeWrap(ed, at, fmt.Sprintf(" %s := __i%d; _ = %[1]s;", name, *s.Tmp))
			return r.X, true
		}
		return r.X, false
	}
	(*s.Tmp)++
	x := pc.Text(i, r.X)
	from := pc.Off(i, r.Range)
	var key string // the key as renamed (check.PredeclaredNames)
	if r.Key != nil {
		from = pc.Off(i, r.Key.Pos())
		key = pc.Edited(i, ed, r.Key)
		ed.RemoveWithin(from, pc.Off(i, r.Key.End()))
	}
	ed.Add(from, pc.Off(i, r.X.End()), fmt.Sprintf("__i%d, __n%[1]d := (%[2]s)-(%[2]s), (%[2]s); __i%[1]d < __n%[1]d; __i%[1]d++", *s.Tmp, x))
	var prologue string
	if id, ok := r.Key.(*ast.Ident); ok && id.Name == "_" {
		// nothing to set
	} else if ok && r.Tok == token.DEFINE {
		prologue = fmt.Sprintf(" %s := __i%d; _ = %[1]s;", key, *s.Tmp)
	} else if r.Key != nil {
		prologue = fmt.Sprintf(" %s = __i%d;", key, *s.Tmp)
	}
	if prologue != "" {
		at := pc.Off(i, r.Body.Lbrace) + 1
		addBeforeWrap(ed, at, prologue)
	}
	return nil, true
}

// addBeforeWrap inserts text at at, a loop body's start, before the block
// check.LoopShadowCopies opens there (the body declares another variable of
// the name text declares: inside that block they would clash).
func addBeforeWrap(ed *cells.Editor, at int, text string) {
	for _, e := range ed.Edits {
		if e.Start == at && e.End == at && strings.HasPrefix(e.Text, " {") && strings.HasSuffix(e.Text, " {") {
			ed.Edits = append([]cells.Edit{{Start: at, End: at, Text: text}}, ed.Edits...)
			return
		}
	}
	ed.Add(at, at, text)
}

// constLit reports whether x is an untyped numeric literal (possibly signed).
func constLit(x ast.Expr) (token.Token, bool) {
	switch x := ast.Unparen(x).(type) {
	case *ast.BasicLit:
		return x.Kind, x.Kind == token.INT || x.Kind == token.FLOAT || x.Kind == token.CHAR
	case *ast.UnaryExpr:
		if x.Op == token.SUB || x.Op == token.ADD {
			return constLit(x.X)
		}
	}
	return token.ILLEGAL, false
}

// MinMax helps the prelude's generic min and max, whose type
// parameter yaegi takes from the first argument: literal arguments move
// after the others (literals have no side effects, so order does not
// matter), and when every argument is a literal and one is a float, they
// all become float64, as Go's untyped constants would.
func (s *Passes) MinMax(pc *cells.Parsed, i int, ed *cells.Editor, call *ast.CallExpr) {
	id, ok := call.Fun.(*ast.Ident)
	if !ok || (id.Name != "min" && id.Name != "max") || len(call.Args) < 2 || call.Ellipsis != token.NoPos {
		return
	}
	if _, redefined := s.Names[id.Name]; redefined {
		return
	}
	var lits, others []ast.Expr
	float := false
	for _, a := range call.Args {
		if k, ok := constLit(a); ok {
			lits = append(lits, a)
			float = float || k == token.FLOAT
		} else {
			others = append(others, a)
		}
	}
	if len(lits) == 0 {
		return
	}
	var parts []string
	for _, a := range others {
		parts = append(parts, pc.Text(i, a))
	}
	for _, a := range lits {
		t := pc.Text(i, a)
		if len(others) == 0 && float {
			t = "float64(" + t + ")"
		}
		parts = append(parts, t)
	}
	if len(others) > 0 {
		// Nothing to do when the literals already come last.
		if _, first := constLit(call.Args[0]); !first {
			return
		}
	} else if !float {
		return
	}
	first, last := call.Args[0], call.Args[len(call.Args)-1]
	ed.Add(pc.Off(i, first.Pos()), pc.Off(i, last.End()), strings.Join(parts, ", "))
}

// Go makes `go f(x, y)` safe: the function and arguments are
// evaluated first, as the go statement would, and the goroutine recovers a
// panic and reports it to the session instead of killing the process.
func (s *Passes) Go(pc *cells.Parsed, i int, ed *cells.Editor, g *ast.GoStmt) {
	sub := func(n ast.Node) string { return pc.Edited(i, ed, n) }
	var names, vals, args []string
	(*s.Tmp)++
	fun := sub(g.Call.Fun)
	if _, ok := g.Call.Fun.(*ast.Ident); !ok {
		names = append(names, fmt.Sprintf("__gf%d", *s.Tmp))
		vals = append(vals, fun)
		fun = names[0]
	}
	for k, a := range g.Call.Args {
		if _, lit := constLit(a); lit {
			args = append(args, sub(a))
			continue
		}
		n := fmt.Sprintf("__ga%d_%d", *s.Tmp, k)
		names = append(names, n)
		vals = append(vals, sub(a))
		args = append(args, n)
	}
	var b strings.Builder
	b.WriteString("{ ")
	if len(names) > 0 {
		fmt.Fprintf(&b, "%s := %s; ", strings.Join(names, ", "), strings.Join(vals, ", "))
	}
	ell := ""
	if g.Call.Ellipsis != token.NoPos {
		ell = "..."
	}
	fmt.Fprintf(&b, "go func() { defer func() { if r := recover(); r != nil { __divergo.GoPanic(%d, r) } }(); %s(%s%s) }() }",
		s.Cell, fun, strings.Join(args, ", "), ell)
	// What another pass puts before the statement (a loop body's copy of
	// its variable, __lv1 := &i; i := i;, when the go statement comes
	// first in the body) stays before it: ReplaceWhole drops the edits
	// inside the statement, an insertion at its start too.
	start := pc.Off(i, g.Pos())
	before := ""
	for _, x := range ed.Edits {
		if x.Start == start && x.End == start {
			before += x.Text
		}
	}
	ed.ReplaceWhole(start, pc.Off(i, g.End()), before+b.String())
}

// BlockDefine works around two yaegi bugs with names declared inside
// a compound statement at a cell's top level — a block, if, for, switch or
// select: a define of several names from one value (`a, b := f()`,
// `v, ok := m[k]`, `var a, b = f()`) leaves the names undefined (yaegi issue
// #232, still open for blocks), and any define of a name the session already
// has (`if y := 10; …`, `for i := 0; …`, `{ x := x + 1 }`) overwrites the
// session's variable instead of shadowing it. Such a statement runs as the
// body of a function literal called at once, `{ func() { … }() }`, where
// yaegi scopes names right; the statement declares nothing outside itself,
// so nothing else changes. (The outer braces matter: yaegi runs a bare
// top-level `func() { … }()` again at every later Eval.)
func (s *Passes) BlockDefine(pc *cells.Parsed, i int, ed *cells.Editor) {
	st := pc.Chunks[i].Stmt
	switch st.(type) {
	case *ast.BlockStmt, *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt,
		*ast.TypeSwitchStmt, *ast.SelectStmt, *ast.LabeledStmt:
	default:
		return
	}
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // a function body is compiled right
		case *ast.AssignStmt:
			found = found || n.Tok == token.DEFINE
		case *ast.ValueSpec:
			found = true
		case *ast.RangeStmt:
			found = found || n.Tok == token.DEFINE
		}
		return !found
	})
	if found {
		ed.Add(pc.Off(i, st.Pos()), pc.Off(i, st.Pos()), "{ func() { ")
		ed.Add(pc.Off(i, st.End()), pc.Off(i, st.End()), " }() }")
	}
}

// NativeFloat works around a yaegi bug (fixed upstream after
// v0.16.1): a float constant of a native package next to an untyped float
// constant, as in math.Ln2 - 0.25 or math.Sin(0.6 * math.Pi), is refused
// ("mismatched types untyped float64 and untyped float"). As an operand of
// a binary expression such a constant becomes float64(math.Ln2), a typed
// constant of the same value, which yaegi combines with anything float64;
// two such constants together are left alone (yaegi handles those).
func (s *Passes) NativeFloat(pc *cells.Parsed, i int, ed *cells.Editor, b *ast.BinaryExpr) {
	if ed.Covers(pc.Off(i, b.Pos()), pc.Off(i, b.End())) {
		return // written as its exact value by the checker (check.crashes.untypedDivision)
	}
	x, y := s.nativeFloatConst(b.X), s.nativeFloatConst(b.Y)
	for _, side := range []struct {
		e    ast.Expr
		wrap bool
	}{{b.X, x && !y}, {b.Y, y && !x}} {
		if side.wrap {
			ed.Add(pc.Off(i, side.e.Pos()), pc.Off(i, side.e.Pos()), "float64(")
			ed.Add(pc.Off(i, side.e.End()), pc.Off(i, side.e.End()), ")")
		}
	}
}

// nativeFloatConst reports whether x is pkg.Name naming an untyped float
// constant of a native package in scope (math.Pi, math.Ln2, …).
func (s *Passes) nativeFloatConst(x ast.Expr) bool {
	sel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	c, ok := s.nativeConst(sel)
	return ok && c.Kind() == constant.Float
}

// nativeConst is the value of pkg.Name when it names a constant of a
// native package in scope.
func (s *Passes) nativeConst(sel *ast.SelectorExpr) (constant.Value, bool) {
	id, ok := sel.X.(*ast.Ident)
	if !ok || s.Names[id.Name] != "package" {
		return nil, false
	}
	path := s.Imports[id.Name]
	key := path + "/" + path[strings.LastIndex(path, "/")+1:]
	for _, table := range []interp.Exports{std.Symbols, symbols.Symbols} {
		if v, ok := table[key][sel.Sel.Name]; ok && v.IsValid() && v.CanInterface() {
			c, ok := v.Interface().(constant.Value)
			return c, ok
		}
	}
	return nil, false
}

// FindParallelAssign reports whether st is an assignment of several values at
// once, a, b = x, y, with a value that is not a constant: yaegi v0.16.1 can
// lose a value assigned to a target of interface type there (var a any;
// a, b = 5, math.Abs(-2) leaves a nil), silently.
func FindParallelAssign(st ast.Stmt) (*ast.AssignStmt, bool) {
	as, ok := st.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) && !tupleCall(as) {
		return nil, false
	}
	// Targets are names, fields (s.f) or elements (xs[i]) of names the
	// statement does not assign itself: the rewrite evaluates their index
	// operands before assigning anything, as Go does (i, xs[i] = 1, 2 sets
	// the old xs[i]); other targets (*p, f()[i]) are left alone.
	assigned := map[string]bool{}
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok {
			assigned[id.Name] = true
		}
	}
	for _, l := range as.Lhs {
		x := l
		if ix, ok := x.(*ast.IndexExpr); ok {
			x = ix.X
		}
		for {
			sel, ok := x.(*ast.SelectorExpr)
			if !ok {
				break
			}
			x = sel.X
		}
		id, ok := x.(*ast.Ident)
		if !ok || x != l && assigned[id.Name] {
			return nil, false
		}
	}
	if len(as.Lhs) != len(as.Rhs) {
		// xs[j], j = f(): Go reads j once f has run; the interpreter
		// before. Only targets that are all names are left alone.
		for _, l := range as.Lhs {
			if _, ok := l.(*ast.Ident); !ok {
				return as, true
			}
		}
		return nil, false
	}
	for _, r := range as.Rhs {
		if !constantLike(r) {
			return as, true
		}
	}
	// An element whose index is not a constant: yaegi evaluated the index
	// after assigning the targets before it (k, m[k] = "y", 10 set m["y"];
	// Go sets m["x"], the old k's). An element after the first: yaegi
	// checked its index before assigning any (j, xs[5] = 1, 2 left j as
	// it was; Go sets j, then panics).
	for k, l := range as.Lhs {
		if ix, ok := l.(*ast.IndexExpr); ok && (k > 0 || !constantLike(ix.Index)) {
			return as, true
		}
	}
	return nil, false
}

// tupleCall reports whether as assigns the results of one call to
// several targets (a, b = f()).
func tupleCall(as *ast.AssignStmt) bool {
	if len(as.Rhs) != 1 {
		return false
	}
	_, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	return ok
}

// makesCall reports whether x holds a call (or a conversion) or a receive.
func makesCall(x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			found = true
		case *ast.UnaryExpr:
			found = found || n.Op == token.ARROW
		}
		return !found
	})
	return found
}

// constantLike reports whether x is a literal, nil, true, false or
// arithmetic of those: a value that stays untyped in an assignment.
func constantLike(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.BasicLit:
		return true
	case *ast.Ident:
		return x.Name == "nil" || x.Name == "true" || x.Name == "false"
	case *ast.UnaryExpr:
		return constantLike(x.X)
	case *ast.BinaryExpr:
		return constantLike(x.X) && constantLike(x.Y)
	}
	return false
}

// ParallelAssign turns the parallel assignment as of
// chunk i into a block that evaluates the values first, into temporaries,
// then the targets' indexes, and then assigns them one at a time, which is
// what Go's compiler does (the spec leaves the order of the calls against
// the other operands open; gc makes the calls first):
//
//	a, xs[i] = 5, f()   →   { __pa1_v1, __pa1_i1 := f(), i; a = 5; xs[__pa1_i1] = __pa1_v1 }
//	xs[j], j = f()      →   { __pa2_v0, __pa2_v1 := f(); __pa2_i0 := j; xs[__pa2_i0] = __pa2_v0; j = __pa2_v1 }
//
// An index that makes a call is evaluated in its place among the values,
// left to right. Constant values (5, nil, 0.5) are assigned directly, so
// that they keep converting to the target's type. It absorbs the edits
// inside it.
func (s *Passes) ParallelAssign(pc *cells.Parsed, i int, ed *cells.Editor, as *ast.AssignStmt) {
	start := pc.Off(i, as.Pos())
	for _, e := range ed.Edits {
		if e.Start == start && e.End > e.Start {
			// The checker's lowering has it: of map targets
			// (check.MapTargets), or of targets in Go's order
			// (check.IndexGuard's assignOrderMulti).
			return
		}
	}
	sub := func(n ast.Node) string { return pc.Edited(i, ed, n) }
	(*s.Tmp)++
	consts := map[string]bool{} // the cell's own constants
	for _, c := range pc.Chunks {
		if gd, ok := c.Decl.(*ast.GenDecl); ok && gd.Tok == token.CONST {
			for _, sp := range gd.Specs {
				for _, n := range sp.(*ast.ValueSpec).Names {
					consts[n.Name] = true
				}
			}
		}
	}
	var temps, vals, later, laterVals, targets, sets []string
	indexCalls := false
	for _, l := range as.Lhs {
		if ix, ok := l.(*ast.IndexExpr); ok && makesCall(ix.Index) {
			indexCalls = true
		}
	}
	temp := func(x ast.Expr, kind string, k int) string {
		v := sub(x)
		if constantLike(x) || s.sessionConstant(x, consts) {
			return v
		}
		t := fmt.Sprintf("__pa%d_%s%d", *s.Tmp, kind, k)
		if kind == "i" && !indexCalls {
			later, laterVals = append(later, t), append(laterVals, v)
		} else {
			temps, vals = append(temps, t), append(vals, v)
		}
		return t
	}
	for k, l := range as.Lhs {
		switch x := l.(type) {
		case *ast.IndexExpr:
			targets = append(targets, sub(x.X)+"["+temp(x.Index, "i", k)+"]")
		case *ast.SelectorExpr, *ast.StarExpr:
			// Its address, taken before any target is assigned (a.next,
			// a.next.prev = b, b sets the old a.next's prev).
			p := fmt.Sprintf("__pa%d_p%d", *s.Tmp, k)
			later, laterVals = append(later, p), append(laterVals, "&"+sub(x))
			targets = append(targets, "*"+p)
		default:
			targets = append(targets, sub(l))
		}
	}
	var b strings.Builder
	b.WriteString("{ ")
	if len(as.Rhs) != len(as.Lhs) {
		// One call's results: into temporaries, then the indexes.
		var names []string
		for k := range as.Lhs {
			name := fmt.Sprintf("__pa%d_v%d", *s.Tmp, k)
			if id, ok := as.Lhs[k].(*ast.Ident); ok && id.Name == "_" {
				name = "_"
			} else {
				sets = append(sets, targets[k]+" = "+name)
			}
			names = append(names, name)
		}
		fmt.Fprintf(&b, "%s := %s; ", strings.Join(names, ", "), sub(as.Rhs[0]))
		temps, vals = append(temps, later...), append(vals, laterVals...)
	} else {
		for k, r := range as.Rhs {
			sets = append(sets, targets[k]+" = "+temp(r, "v", k))
		}
		temps, vals = append(temps, later...), append(vals, laterVals...)
	}
	if len(temps) > 0 {
		fmt.Fprintf(&b, "%s := %s; ", strings.Join(temps, ", "), strings.Join(vals, ", "))
	}
	b.WriteString(strings.Join(sets, "; ") + " }")
	text := b.String()
	if len(as.Rhs) != len(as.Lhs) && pc.Chunks[i].Stmt == ast.Stmt(as) {
		// At a cell's top level the interpreter does not define a
		// call's several results in a block; in a function it does.
		text = "{ func() " + text + "() }"
	}
	ed.ReplaceWhole(pc.Off(i, as.Pos()), pc.Off(i, as.End()), text)
}

// sessionConstant reports whether x is a constant of the session, a
// package's constant (math.Pi) or arithmetic of those and literals: a
// value assigned directly, converting to its target's type (a temporary
// would take the constant's default type: f, n = K, g() with a float64 f
// failed).
func (s *Passes) sessionConstant(x ast.Expr, cell map[string]bool) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.BasicLit:
		return true
	case *ast.Ident:
		return cell[x.Name] || s.Names[x.Name] == "const" || x.Name == "nil" || x.Name == "true" || x.Name == "false"
	case *ast.SelectorExpr:
		_, ok := s.nativeConst(x)
		return ok
	case *ast.UnaryExpr:
		return x.Op != token.ARROW && x.Op != token.AND && s.sessionConstant(x.X, cell)
	case *ast.BinaryExpr:
		return s.sessionConstant(x.X, cell) && s.sessionConstant(x.Y, cell)
	}
	return false
}

// DisplayAny sends display.Any and display.Auto (under whatever name
// the display package is imported) to the interpreted __divergoAny and
// __divergoAuto, which see the display methods of a cell's types; the
// native functions, given such a value, see a plain struct.
func (s *Passes) DisplayAny(pc *cells.Parsed, i int, ed *cells.Editor, sel *ast.SelectorExpr) {
	id, ok := sel.X.(*ast.Ident)
	if !ok || s.Names[id.Name] != "package" || s.Imports[id.Name] != s.Aliases["display"] {
		return
	}
	if sel.Sel.Name == "Any" || sel.Sel.Name == "Auto" {
		ed.Add(pc.Off(i, sel.Pos()), pc.Off(i, sel.End()), "__divergo"+sel.Sel.Name)
	}
}

// ImportHint is "; import "image/color" first" for a name that is the last
// element of standard packages' paths, or "".
func ImportHint(name string) string {
	var paths []string
	for key := range std.Symbols { // "image/color/color": path, then name
		if path, ok := strings.CutSuffix(key, "/"+name); ok && !strings.Contains(path, "internal") {
			paths = append(paths, strconv.Quote(path))
		}
	}
	if len(paths) == 0 {
		return ""
	}
	sort.Strings(paths)
	return "; import " + strings.Join(paths, " or ") + " first"
}

// LoopVars gives a loop the per-iteration variables of Go 1.22,
// which yaegi lacks (a closure made in `for i := 0; i < 3; i++` saw 3 every
// time): when the body captures a variable its header defines — in a
// function literal, a go or defer statement, or with & — and never assigns
// it, the body starts by redeclaring it, `i := i;`, the pre-1.22 idiom that
// yaegi honours.
func (s *Passes) LoopVars(pc *cells.Parsed, i int, ed *cells.Editor, n ast.Node) {
	var names []string
	var body *ast.BlockStmt
	switch n := n.(type) {
	case *ast.ForStmt:
		if as, ok := n.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
					names = append(names, id.Name)
				}
			}
		}
		body = n.Body
	case *ast.RangeStmt:
		if n.Tok == token.DEFINE {
			for _, x := range []ast.Expr{n.Key, n.Value} {
				if id, ok := x.(*ast.Ident); ok && id.Name != "_" {
					names = append(names, id.Name)
				}
			}
		}
		body = n.Body
	}
	if len(names) == 0 || body == nil {
		return
	}
	var fresh []string
	for _, name := range names {
		if capturedNotAssigned(body, name) {
			fresh = append(fresh, name)
		}
	}
	// One edit per variable, as check.LoopAddresses makes them: the
	// editor keeps one of two equal edits.
	at := pc.Off(i, body.Lbrace) + 1
	for _, e := range ed.Edits {
		if e.Start == at && e.End == at && strings.Contains(e.Text, check.ChanRangeKey) {
			return // check.ChanRanges binds the variables in the body: per iteration already
		}
	}
	for _, name := range fresh {
		if copiedBack(ed, at, name) {
			continue // check.LoopCopyBack copies it, and back (the body may change it through &name)
		}
		if shadowCopied(ed, at, name) {
			continue // check.LoopShadowCopies copies it outside a block around the body
		}
		ed.Add(at, at, " "+name+" := "+name+";")
	}
}

// copiedBack reports whether an edit of the type checker's at at, a loop
// body's start, copies the loop's variable name in and back
// (check.LoopCopyBack's __lv1 := &name; name := name;).
func copiedBack(ed *cells.Editor, at int, name string) bool {
	for _, e := range ed.Edits {
		if e.Start == at && e.End == at && strings.Contains(e.Text, " := &"+name+"; "+name+" := "+name+";") {
			return true
		}
	}
	return false
}

// shadowCopied reports whether an edit of the type checker's at at, a loop
// body's start, copies the loop's variable name outside a block it opens
// around the body (check.LoopShadowCopies' { name := name; {).
func shadowCopied(ed *cells.Editor, at int, name string) bool {
	for _, e := range ed.Edits {
		if e.Start == at && e.End == at && strings.HasPrefix(e.Text, " {") && strings.HasSuffix(e.Text, " {") && strings.Contains(e.Text, " "+name+" := "+name+";") {
			return true
		}
	}
	return false
}

// assignedIn reports whether body assigns to or increments a variable
// called name (or another of that name: then the lowering is merely
// unneeded).
func assignedIn(body *ast.BlockStmt, name string) bool {
	assigned := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok && id.Name == name && n.Tok != token.DEFINE {
					assigned = true
				}
			}
		case *ast.IncDecStmt:
			if id, ok := n.X.(*ast.Ident); ok && id.Name == name {
				assigned = true
			}
		}
		return !assigned
	})
	return assigned
}

// capturedNotAssigned reports whether the loop body uses name inside a
// function literal, a go or defer statement, or as &name, and assigns it
// nowhere (an assignment would have to reach the loop's own variable).
func capturedNotAssigned(body *ast.BlockStmt, name string) bool {
	captured, assigned := false, false
	uses := func(n ast.Node) bool {
		found := false
		ast.Inspect(n, func(m ast.Node) bool {
			if id, ok := m.(*ast.Ident); ok && id.Name == name {
				found = true
			}
			return !found
		})
		return found
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt:
			captured = captured || uses(n)
		case *ast.UnaryExpr:
			if id, ok := n.X.(*ast.Ident); ok && n.Op == token.AND && id.Name == name {
				captured = true
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok && id.Name == name {
					assigned = true
				}
			}
		case *ast.IncDecStmt:
			if id, ok := n.X.(*ast.Ident); ok && id.Name == name {
				assigned = true
			}
		}
		return true
	})
	return captured && !assigned
}

// Defer makes a defer evaluate its arguments when it runs, as Go
// does; yaegi evaluates them when the function returns (x := 1; defer
// fmt.Println(x); x = 2 printed 2). The arguments go first into
// temporaries of a block around the statement, which yaegi keeps per
// execution:
//
//	defer f(x, 1)   →   { __df1_0 := x; defer f(__df1_0, 1) }
//
// It absorbs the edits inside it.
func (s *Passes) Defer(pc *cells.Parsed, i int, ed *cells.Editor, d *ast.DeferStmt) {
	at := pc.Off(i, d.Call.Fun.Pos())
	for _, e := range ed.Edits {
		if e.Start == at && (strings.HasPrefix(e.Text, "func(__r ") || strings.HasPrefix(e.Text, "func(__f ")) {
			return // check.MethodReceivers or DeferredFuncs made the call a literal's, its arguments given now
		}
	}
	start, end := pc.Off(i, d.Pos()), pc.Off(i, d.Call.Rparen)
	for _, e := range ed.Edits {
		if e.Start == start && strings.HasPrefix(e.Text, "{ __dpd := ") {
			return // check.DeferLoopLiterals made the literal at the defer statement
		}
		if e.Start == end && e.End == end && strings.HasPrefix(e.Text, ",") {
			return // arguments added at the end (a literal's captured loop variables): left as they are
		}
	}
	sub := func(n ast.Node) string { return pc.Edited(i, ed, n) }
	(*s.Tmp)++
	var temps, vals, args []string
	for k, a := range d.Call.Args {
		v := sub(a)
		if !constantLike(a) {
			t := fmt.Sprintf("__df%d_%d", *s.Tmp, k)
			temps, vals = append(temps, t), append(vals, v)
			v = t
		}
		args = append(args, v)
	}
	if len(temps) == 0 {
		return
	}
	ell := ""
	if d.Call.Ellipsis.IsValid() {
		ell = "..."
	}
	text := "{ " + strings.Join(temps, ", ") + " := " + strings.Join(vals, ", ") +
		"; defer " + sub(d.Call.Fun) + "(" + strings.Join(args, ", ") + ell + ") }"
	ed.ReplaceWhole(pc.Off(i, d.Pos()), pc.Off(i, d.End()), text)
}
