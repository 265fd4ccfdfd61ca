package session

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"

	"github.com/divergo/divergo/session/cells"
)

// Function values an earlier cell kept
//
// A function declared again is a new binding: the functions declared
// before are declared again after it (dependents), but a function value
// made before — the function itself, or a function literal that calls it,
// directly or through other functions — goes on with the old one wherever
// it was kept: in a variable (heldValue), a map element, a struct field,
// an any, a channel, a timer or handler of the standard library. So, when
// a top-level statement runs, the session notes the function values it
// lets escape (recordHelds): a value expression — a function of the
// session named not to call it, a function literal, a call of a function
// of the session that returns one (makeScorer()), a local variable given
// one — escapes unless it is
//
//   - called (score(), makeScorer()(), func() { … }());
//   - compared (f != nil);
//   - given to a function that does not keep it: a function of the
//     session whose parameters are only called (apply(xs, f)), Go's
//     builtins but append and panic, divergo's builtins, and the packages
//     whose functions run what they are given and return (fmt, sort,
//     slices, strings, bytes, maps, math, strconv, unicode, cmp,
//     math/rand); any other callee (a method, a function held in a
//     variable, http.HandleFunc, time.AfterFunc, sync.OnceFunc) may keep
//     it;
//   - given to a variable local to the code (then that variable counts).
//
// A value given to a variable of the session is a heldValue of the
// variable; one kept elsewhere is a keptValue. A statement that calls a
// function of the session that stores such a value (setup() { ops.run =
// func() int { return score() } }) keeps what that function stores; the
// functions' summaries (fnSummary) are computed from their text.
//
// A goroutine started by an earlier cell that is still running is not
// seen: one that calls the function later calls the old one.

// keptValue is a function value an earlier cell kept outside a variable of
// the session: what it uses, the statement that kept it, and the variable
// the statement stored it in (table for table["s"] = score), or "".
type keptValue struct {
	uses map[string]bool
	stmt string
	root string
	how  string // "" (the statement stores it), or "f stores one"
}

// fnSummary is what running a function of the session may keep.
type fnSummary struct {
	stores  map[string]bool // the names the function values it stores use
	returns map[string]bool // the names the function values it returns use
	// storesArgs: the parameters (by index) whose function values may be
	// stored; returnsArgs: returned, or in the function value it returns.
	// Per parameter, not per function: Map(xs []T, f func(T) U) ranges
	// over xs (which counts as kept) but only calls f, so a function
	// literal given as f is not kept (it was, with one flag for the
	// function: a method added later to a type the literal used was
	// refused as if the literal were held).
	storesArgs, returnsArgs params
	nparams                 int  // the number of parameters
	variadic                bool // the last one is ...T
}

// params is a set of a function's parameters by index; all: every one
// (a function whose body is not known).
type params struct {
	all bool
	idx map[int]bool
}

// add notes the parameter k.
func (p *params) add(k int) {
	if p.idx == nil {
		p.idx = map[int]bool{}
	}
	p.idx[k] = true
}

// any reports whether the set holds a parameter.
func (p params) any() bool { return p.all || len(p.idx) > 0 }

// arg reports whether the argument at index k of a call (of a function
// with sm's parameters) is given to a parameter in p.
func (sm *fnSummary) arg(p params, k int) bool {
	if p.all {
		return true
	}
	if sm.variadic && k >= sm.nparams-1 {
		k = sm.nparams - 1
	}
	return p.idx[k]
}

// escapes analyses code for the function values it lets escape.
type escapes struct {
	s    *Session
	memo map[string]*fnSummary
}

// scan is the analysis of one body: a function's, or a top-level
// statement's.
type scan struct {
	e       *escapes
	local   map[string]bool            // names declared by the code itself
	params  map[string]int             // a function's parameters (or local names given one) → its index
	aliases map[string]map[string]bool // a local variable → what the function values given to it use
	top     bool                       // a top-level statement
	topRHS  map[ast.Expr]string        // top: a value of the statement → the session's variable it defines or assigns
	sum     fnSummary                  // a function's
	held    map[string]map[string]bool // top: a variable of the session → what the values it was given use
	kept    []keptValue                // top
	stmt    string                     // top: the statement's text
}

func (e *escapes) isFunc(sc *scan, name string) bool {
	return !sc.local[name] && e.s.names[name] == "func"
}

// summary returns what running the session's function name may keep.
func (e *escapes) summary(name string) *fnSummary {
	if sm, ok := e.memo[name]; ok {
		return sm
	}
	e.memo[name] = &fnSummary{} // a recursive call keeps nothing more
	f := e.s.funcs[name]
	if f == nil || f.decl == nil || f.decl.Body == nil {
		sm := &fnSummary{storesArgs: params{all: true}, returnsArgs: params{all: true}}
		e.memo[name] = sm
		return sm
	}
	d := f.decl
	sc := &scan{e: e, local: localDecls(d), params: map[string]int{}}
	k := 0
	variadic := false
	for _, fd := range d.Type.Params.List {
		_, variadic = fd.Type.(*ast.Ellipsis)
		n := max(len(fd.Names), 1)
		for j := 0; j < len(fd.Names); j++ {
			if mayHoldFunc(fd.Type) {
				sc.params[fd.Names[j].Name] = k + j
			}
		}
		k += n
	}
	sc.run(d.Body)
	sm := sc.sum
	sm.nparams, sm.variadic = k, variadic
	e.memo[name] = &sm
	return &sm
}

// mayHoldFunc reports whether a value of the type t may hold a function
// (written so: func, any, an interface, a type of the session or of a
// package, a type parameter, or made of one).
func mayHoldFunc(t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.Ident:
		if t.Name == "any" {
			return true
		}
		_, basic := types.Universe.Lookup(t.Name).(*types.TypeName)
		return !basic
	case *ast.ParenExpr:
		return mayHoldFunc(t.X)
	case *ast.StarExpr:
		return mayHoldFunc(t.X)
	case *ast.Ellipsis:
		return mayHoldFunc(t.Elt)
	case *ast.ArrayType:
		return mayHoldFunc(t.Elt)
	case *ast.ChanType:
		return mayHoldFunc(t.Value)
	case *ast.MapType:
		return mayHoldFunc(t.Key) || mayHoldFunc(t.Value)
	case *ast.StructType:
		for _, f := range t.Fields.List {
			if mayHoldFunc(f.Type) {
				return true
			}
		}
		return false
	}
	return true
}

// methods returns the summaries of the session's methods named name (a
// call x.name(…) may be any of them).
func (e *escapes) methods(name string) (out []*fnSummary) {
	for k, f := range e.s.funcs {
		if f.method && strings.HasSuffix(k, "."+name) {
			out = append(out, e.summary(k))
		}
	}
	return out
}

// run scans a body twice: the first pass learns the local variables given
// function values, the second judges.
func (sc *scan) run(body ast.Node) {
	sc.aliases = map[string]map[string]bool{}
	for pass := 0; pass < 2; pass++ {
		sc.sum = fnSummary{}
		sc.held = map[string]map[string]bool{}
		sc.kept = nil
		sc.walk(body)
	}
}

func (sc *scan) walk(body ast.Node) {
	var stack []ast.Node
	litDepth := 0
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			if _, ok := stack[len(stack)-1].(*ast.FuncLit); ok {
				litDepth--
			}
			stack = stack[:len(stack)-1]
			return true
		}
		if call, ok := n.(*ast.CallExpr); ok {
			sc.sideStores(call)
		}
		if uses, param, ok := sc.value(n); ok {
			sc.judge(n.(ast.Expr), stack, litDepth > 0, uses, param)
		}
		if _, ok := n.(*ast.FuncLit); ok {
			litDepth++
		}
		stack = append(stack, n)
		return true
	})
}

// value reports whether x is a function value expression, and what it
// uses; param: the index of the parameter of the function scanned it is,
// or -1.
func (sc *scan) value(n ast.Node) (uses map[string]bool, param int, ok bool) {
	switch x := n.(type) {
	case *ast.FuncLit:
		return sc.idents(x), -1, true
	case *ast.Ident:
		if k, isParam := sc.params[x.Name]; isParam {
			return nil, k, true
		}
		switch {
		case sc.aliases[x.Name] != nil:
			return sc.aliases[x.Name], -1, true
		case sc.e.isFunc(sc, x.Name):
			return map[string]bool{x.Name: true}, -1, true
		}
	case *ast.CallExpr:
		var sums []*fnSummary
		switch f := ast.Unparen(x.Fun).(type) {
		case *ast.Ident:
			if sc.e.isFunc(sc, f.Name) {
				sums = append(sums, sc.e.summary(f.Name))
			}
		case *ast.SelectorExpr:
			if !sc.isPackage(f.X) {
				sums = sc.e.methods(f.Sel.Name)
			}
		}
		uses = map[string]bool{}
		for _, sm := range sums {
			if sm.returns != nil {
				ok = true
				for u := range sm.returns {
					uses[u] = true
				}
			}
			for k, a := range x.Args {
				if sm.arg(sm.storesArgs, k) || sm.arg(sm.returnsArgs, k) {
					for u := range sc.idents(a) {
						uses[u] = true
					}
				}
			}
		}
		return uses, -1, ok
	}
	return nil, -1, false
}

// idents returns the names x mentions, with what the local variables it
// mentions were given.
func (sc *scan) idents(x ast.Node) map[string]bool {
	uses := map[string]bool{}
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			ast.Inspect(n.X, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok {
					uses[id.Name] = true
				}
				return true
			})
			return false
		case *ast.Ident:
			uses[n.Name] = true
		}
		return true
	})
	for u := range uses {
		for v := range sc.aliases[u] {
			uses[v] = true
		}
	}
	return uses
}

// isPackage reports whether x names a package (not a variable of the
// session named like one).
func (sc *scan) isPackage(x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	if !ok || sc.local[id.Name] {
		return false
	}
	return sc.packagePath(id.Name) != ""
}

func (sc *scan) packagePath(name string) string {
	switch sc.e.s.names[name] {
	case "package":
		return sc.e.s.imports[name]
	case "":
		for _, p := range preludeImports {
			if lastElem(p) == name {
				return p
			}
		}
	}
	return ""
}

// notKept lists the packages whose functions run the functions they are
// given, if they do, before they return, and keep none.
var notKept = map[string]bool{
	"fmt": true, "sort": true, "slices": true, "strings": true, "bytes": true, "maps": true,
	"math": true, "strconv": true, "unicode": true, "unicode/utf8": true, "cmp": true,
	"math/rand": true, "math/rand/v2": true,
}

// keeps reports whether a call may keep the function value given to it as
// its argument at index k: a function of the session, by what its summary
// says of that parameter (Map(xs, f) keeps xs's, not f's).
func (sc *scan) keeps(call *ast.CallExpr, k int) bool {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		if _, isParam := sc.params[f.Name]; sc.local[f.Name] || isParam {
			return true
		}
		if sc.e.isFunc(sc, f.Name) {
			sm := sc.e.summary(f.Name)
			return k < 0 || sm.arg(sm.storesArgs, k) || sm.arg(sm.returnsArgs, k)
		}
		if sc.e.s.names[f.Name] == "" {
			if _, ok := types.Universe.Lookup(f.Name).(*types.Builtin); ok {
				return f.Name == "append" || f.Name == "panic"
			}
			if hidesPredeclared(f.Name) {
				return false // divergo's builtins
			}
		}
	case *ast.SelectorExpr:
		if id, ok := f.X.(*ast.Ident); ok && sc.isPackage(id) {
			return !notKept[sc.packagePath(id.Name)]
		}
	}
	return true
}

// sideStores notes what the functions a call runs may store.
func (sc *scan) sideStores(call *ast.CallExpr) {
	var sums []*fnSummary
	var name string
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		if sc.e.isFunc(sc, f.Name) {
			sums, name = append(sums, sc.e.summary(f.Name)), f.Name
		}
	case *ast.SelectorExpr:
		if !sc.isPackage(f.X) {
			sums, name = sc.e.methods(f.Sel.Name), "the method "+f.Sel.Name
		}
	}
	for _, sm := range sums {
		if sm.stores != nil {
			sc.store(sm.stores, "", name+" stores one")
		}
	}
}

// store notes a function value kept outside a variable of the session.
func (sc *scan) store(uses map[string]bool, root, how string) {
	if !sc.top {
		sc.paramsIn(uses, false)
		if sc.sum.stores == nil {
			sc.sum.stores = map[string]bool{}
		}
		for u := range uses {
			sc.sum.stores[u] = true
		}
		return
	}
	sc.kept = append(sc.kept, keptValue{uses: uses, stmt: sc.stmt, root: root, how: how})
}

// paramsIn notes a function value kept or returned that uses a parameter
// (a literal calling it): a function value given as that parameter may be
// kept.
func (sc *scan) paramsIn(uses map[string]bool, returned bool) {
	for u := range uses {
		if k, ok := sc.params[u]; ok {
			if returned {
				sc.sum.returnsArgs.add(k)
			} else {
				sc.sum.storesArgs.add(k)
			}
		}
	}
}

// judge decides where the value x, of the node stack's innermost node,
// goes.
func (sc *scan) judge(x ast.Expr, stack []ast.Node, inLit bool, uses map[string]bool, param int) {
	escape := func(root string) {
		if param >= 0 {
			sc.sum.storesArgs.add(param)
			return
		}
		sc.store(uses, root, "")
	}
	// The value as it leaves its parentheses and the composites, &… and
	// conversions it is an element of (held by the variable they go to).
	child := ast.Node(x)
	k := len(stack) - 1
	for ; k >= 0; k-- {
		switch p := stack[k].(type) {
		case *ast.ParenExpr:
			child = p
			continue
		}
		break
	}
	if k < 0 {
		return
	}
	wrapped := false
	for k >= 0 {
		switch p := stack[k].(type) {
		case *ast.CompositeLit, *ast.KeyValueExpr, *ast.ParenExpr:
			if kv, ok := p.(*ast.KeyValueExpr); ok && kv.Key == child {
				if _, id := child.(*ast.Ident); id {
					return // a field's name
				}
			}
			child, wrapped = p, true
			k--
			continue
		case *ast.UnaryExpr:
			if p.Op == token.AND {
				child, wrapped = p, true
				k--
				continue
			}
		}
		break
	}
	if k < 0 {
		return
	}
	switch p := stack[k].(type) {
	case *ast.SelectorExpr:
		if p.Sel == child {
			return // x.score: not the session's function
		}
		escape("")
	case *ast.CallExpr:
		if p.Fun == child && !wrapped {
			return // called
		}
		k := argIndex(p, child)
		if p.Fun != child && !wrapped && !sc.keeps(p, k) && (!sc.sessionCallee(p) || sc.plainResults(child)) {
			return
		}
		if id, ok := ast.Unparen(p.Fun).(*ast.Ident); ok && p.Fun != child && !wrapped && sc.e.isFunc(sc, id.Name) {
			if sm := sc.e.summary(id.Name); k >= 0 && !sm.arg(sm.storesArgs, k) {
				return // returned by the callee: the call is a value (value)
			}
		}
		escape("") // the callee may store it (or return it: the call is a value then too)
	case *ast.BinaryExpr:
		if p.Op == token.EQL || p.Op == token.NEQ {
			return
		}
		escape("")
	case *ast.ExprStmt, *ast.GoStmt, *ast.DeferStmt:
		return // a call whose result is dropped
	case *ast.AssignStmt:
		for i, l := range p.Lhs {
			if l == child {
				return // assigned to
			}
			if len(p.Lhs) == len(p.Rhs) && p.Rhs[i] == child {
				sc.assign(l, uses, param, p.Tok == token.DEFINE && !sc.isTop(p))
				return
			}
		}
		escape("")
	case *ast.ValueSpec:
		for i, n := range p.Names {
			if n == child {
				return
			}
			if len(p.Names) == len(p.Values) && p.Values[i] == child {
				sc.assign(n, uses, param, !sc.isTopSpec(stack[:k]))
				return
			}
		}
		escape("")
	case *ast.ReturnStmt:
		if !sc.top && !inLit {
			if param >= 0 {
				sc.sum.returnsArgs.add(param)
				return
			}
			sc.paramsIn(uses, true)
			if sc.sum.returns == nil {
				sc.sum.returns = map[string]bool{}
			}
			for u := range uses {
				sc.sum.returns[u] = true
			}
			return
		}
		escape("")
	default:
		escape("")
	}
}

// sessionCallee reports whether call calls a function of the session by
// name.
func (sc *scan) sessionCallee(call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	return ok && sc.e.isFunc(sc, id.Name)
}

// plainResults reports whether x, a function value given to a function
// of the session that only calls it, returns only values that cannot hold
// a function (basicOnly): a function literal, or a function of the
// session, whose results are written so. Its results the callee may keep
// (Map's out holds f's results), which fnSummary does not follow: a
// literal returning closures (func(c Coin) func() any) counts as kept.
func (sc *scan) plainResults(x ast.Node) bool {
	var ft *ast.FuncType
	switch x := ast.Unparen(x.(ast.Expr)).(type) {
	case *ast.FuncLit:
		ft = x.Type
	case *ast.Ident:
		if f := sc.e.s.funcs[x.Name]; f != nil && f.decl != nil && sc.e.isFunc(sc, x.Name) {
			ft = f.decl.Type
		}
	}
	if ft == nil {
		return false
	}
	if ft.Results != nil {
		for _, r := range ft.Results.List {
			if !basicOnly(r.Type) {
				return false
			}
		}
	}
	return true
}

// argIndex is the index of child among call's arguments, or -1 (the
// callee, or a part of an argument).
func argIndex(call *ast.CallExpr, child ast.Node) int {
	for k, a := range call.Args {
		if a == child {
			return k
		}
	}
	return -1
}

// isTop reports whether an assignment is the top-level statement scanned.
func (sc *scan) isTop(as *ast.AssignStmt) bool {
	return sc.top && sc.topRHS != nil && len(as.Rhs) > 0 && sc.topRHS[as.Rhs[0]] != ""
}

// isTopSpec reports whether the value spec at the end of the stack is the
// top-level declaration scanned.
func (sc *scan) isTopSpec(stack []ast.Node) bool {
	return sc.top && len(stack) <= 1
}

// assign notes a function value given to l: a local variable (define: or
// one declared here), or else a variable of the session or a place.
func (sc *scan) assign(l ast.Expr, uses map[string]bool, param int, define bool) {
	id, ok := l.(*ast.Ident)
	if ok && id.Name == "_" {
		return
	}
	if ok && (define || sc.local[id.Name]) && param < 0 {
		if sc.aliases[id.Name] == nil {
			sc.aliases[id.Name] = map[string]bool{}
		}
		for u := range uses {
			sc.aliases[id.Name][u] = true
		}
		return
	}
	if ok && define && param >= 0 {
		sc.local[id.Name] = true
		sc.params[id.Name] = param // the parameter, under another name
		return
	}
	if ok && sc.top && !sc.local[id.Name] {
		if sc.held[id.Name] == nil {
			sc.held[id.Name] = map[string]bool{}
		}
		for u := range uses {
			sc.held[id.Name][u] = true
		}
		return
	}
	if param >= 0 {
		sc.sum.storesArgs.add(param)
		return
	}
	sc.store(uses, rootName(l), "")
}

// rootName is the variable a place is in (table for table["s"], game for
// game.rule), or "".
func rootName(x ast.Expr) string {
	for {
		switch y := x.(type) {
		case *ast.Ident:
			return y.Name
		case *ast.IndexExpr:
			x = y.X
		case *ast.SelectorExpr:
			x = y.X
		case *ast.StarExpr:
			x = y.X
		case *ast.ParenExpr:
			x = y.X
		default:
			return ""
		}
	}
}

// blockLocals returns the names code declares (see localDecls).
func blockLocals(n ast.Node) map[string]bool {
	return localDecls(&ast.FuncDecl{Name: ast.NewIdent("_"), Type: &ast.FuncType{}, Body: &ast.BlockStmt{List: []ast.Stmt{stmtOf(n)}}})
}

func stmtOf(n ast.Node) ast.Stmt {
	switch n := n.(type) {
	case ast.Stmt:
		return n
	case ast.Decl:
		return &ast.DeclStmt{Decl: n}
	}
	return &ast.EmptyStmt{}
}

// recordEscapes notes the function values a top-level chunk that ran let
// escape: into variables of the session (s.held), or elsewhere (s.kept).
func (s *Session) recordEscapes(pc *cells.Parsed, c cells.Chunk) {
	var node ast.Node
	sc := &scan{e: &escapes{s: s, memo: map[string]*fnSummary{}}, top: true, params: map[string]int{}, topRHS: map[ast.Expr]string{}}
	var assigned []string // the session's variables the statement assigns as a whole
	switch {
	case c.Stmt != nil:
		node = c.Stmt
		if as, ok := c.Stmt.(*ast.AssignStmt); ok && (as.Tok == token.DEFINE || as.Tok == token.ASSIGN) {
			for k, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					assigned = append(assigned, id.Name)
					if len(as.Lhs) == len(as.Rhs) {
						sc.topRHS[as.Rhs[k]] = id.Name
					}
				}
			}
		}
	case c.Decl != nil:
		d, ok := c.Decl.(*ast.GenDecl)
		if !ok || d.Tok != token.VAR {
			return
		}
		node = d
		for _, sp := range d.Specs {
			for _, n := range sp.(*ast.ValueSpec).Names {
				assigned = append(assigned, n.Name)
			}
		}
	default:
		return
	}
	sc.local = blockLocals(node)
	for _, n := range assigned {
		delete(sc.local, n)
	}
	sc.stmt = strings.TrimSpace(pc.Src[c.Start:c.End])
	if d, ok := node.(*ast.GenDecl); ok {
		for _, sp := range d.Specs {
			sc.run(sp)
		}
	} else {
		sc.run(node)
	}
	for _, n := range assigned {
		if n == "_" {
			continue
		}
		delete(s.held, n)
		// A variable given a new value as a whole: what a statement
		// kept in its elements before is gone.
		var keep []keptValue
		for _, k := range s.kept {
			if k.root != n {
				keep = append(keep, k)
			}
		}
		s.kept = keep
	}
	// A variable whose type holds no function (hs := Map(xs, f) of a
	// []float64) keeps none, whatever the function returning it may.
	plain := s.plainVars(pc, c)
	for v, uses := range sc.held {
		if !s.reachesFunc(uses) || plain[v] {
			continue
		}
		if s.held == nil {
			s.held = map[string]heldValue{}
		}
		s.held[v] = heldValue{uses: uses}
	}
	// The statement run again: what it kept before is replaced.
	stmt := strings.Join(strings.Fields(sc.stmt), " ")
	var keep []keptValue
	for _, k := range s.kept {
		if strings.Join(strings.Fields(k.stmt), " ") != stmt {
			keep = append(keep, k)
		}
	}
	s.kept = keep
	for _, k := range sc.kept {
		if s.reachesFunc(k.uses) && !(plain[k.root] && k.how == "") {
			s.kept = append(s.kept, k)
		}
	}
}

// reachesFunc reports whether a value that uses these names may call a
// function of the session, or a builtin a later function may replace, or
// use a type of the session a later cell may add a method to.
func (s *Session) reachesFunc(uses map[string]bool) bool {
	for u := range uses {
		if k := s.names[u]; k == "func" || k == "type" || k == "" && hidesPredeclared(u) {
			return true
		}
	}
	return false
}

// plainVars are the variables chunk c of the running cell defines whose
// type, as the checker wrote it, cannot hold a function value (made of
// basic types only: []float64, map[string]int).
func (s *Session) plainVars(pc *cells.Parsed, c cells.Chunk) map[string]bool {
	if !s.typechecked() {
		return nil
	}
	out := map[string]bool{}
	for i, ch := range pc.Chunks {
		if ch.Start != c.Start || i >= len(s.tc.res.Defines) {
			continue
		}
		for _, d := range s.tc.res.Defines[i] {
			if d.Type == "" || d.Interface {
				continue
			}
			if t, err := parser.ParseExpr(d.Type); err == nil && basicOnly(t) {
				out[d.Name] = true
			}
		}
	}
	return out
}

// basicOnly reports whether the type expression t is made of the
// predeclared basic types only (no function, interface or named type).
func basicOnly(t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.Ident:
		_, basic := types.Universe.Lookup(t.Name).(*types.TypeName)
		return basic && t.Name != "any" && t.Name != "error"
	case *ast.ArrayType:
		return basicOnly(t.Elt)
	case *ast.MapType:
		return basicOnly(t.Key) && basicOnly(t.Value)
	case *ast.StarExpr:
		return basicOnly(t.X)
	case *ast.ParenExpr:
		return basicOnly(t.X)
	}
	return false
}
