package session

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"github.com/divergo/divergo/session/cells"
	"github.com/divergo/divergo/session/symbols"
)

// Declaring a name again in a later cell
//
// Go rejects a second declaration of a package-level name; a notebook
// lives on them: a function fixed and run again, a variable given new
// data. The session replaces the definition, and everything declared
// before sees the new one, as in GoNB (where each cell is compiled with
// the latest definitions):
//
//   - a variable declared again with its type (`var p = 9`, `p := 9`) is
//     assigned (check.varKeeps, sameVar);
//   - a function declared again, or a variable or constant given another
//     type, is a new binding in the interpreter, and the functions declared
//     before keep calling the old one. So the cell declares again, right
//     after it, every function of earlier cells that uses the name
//     (directly or through another such function), from the text it was
//     declared with. They are checked with the cell: one that no longer
//     compiles with the new definition fails the cell, naming it.
//   - a method cannot be declared again (the interpreter keeps a method's
//     first definition), so a cell whose new definition a method of an
//     earlier cell uses is refused.

// funcText is a function or method of an earlier cell, as written.
type funcText struct {
	src     string          // its declaration
	uses    map[string]bool // the identifiers it mentions
	seq     int             // declaration order
	method  bool
	generic bool // a generic function, or a method of a generic type
}

// heldValue is the value of a variable of the session that holds a
// function literal or a function (g := func(x int) int { return score(x) },
// h := score): the names it uses.
type heldValue struct {
	uses map[string]bool
}

// recordHeld notes what the value a cell assigns to the variable name
// uses, when it holds a function literal or names a function of the
// session (not to call it): declaring one of them again would leave the
// variable with the old function (see dependents).
func (s *Session) recordHeld(name string, value ast.Expr) {
	if name == "_" {
		return
	}
	holds := false
	calls := map[*ast.Ident]bool{}
	uses := map[string]bool{}
	ast.Inspect(value, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			holds = true
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				calls[id] = true
			}
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
			if !calls[n] && s.names[n.Name] == "func" {
				holds = true
			}
		}
		return true
	})
	if !holds {
		delete(s.held, name)
		return
	}
	if s.held == nil {
		s.held = map[string]heldValue{}
	}
	s.held[name] = heldValue{uses: uses}
}

// recordHelds notes the values a chunk assigns to variables (recordHeld).
func (s *Session) recordHelds(c cells.Chunk) {
	if as, ok := c.Stmt.(*ast.AssignStmt); ok && (as.Tok == token.DEFINE || as.Tok == token.ASSIGN) {
		for k, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok {
				if len(as.Lhs) == len(as.Rhs) {
					s.recordHeld(id.Name, as.Rhs[k])
				} else {
					delete(s.held, id.Name)
				}
			}
		}
	}
	if d, ok := c.Decl.(*ast.GenDecl); ok && d.Tok == token.VAR {
		for _, sp := range d.Specs {
			vs := sp.(*ast.ValueSpec)
			for k, n := range vs.Names {
				if len(vs.Values) == len(vs.Names) {
					s.recordHeld(n.Name, vs.Values[k])
				} else {
					delete(s.held, n.Name)
				}
			}
		}
	}
}

// dependents is what a cell declares again after the name it rebinds.
type dependents struct {
	at    int      // offset in the cell where the text was inserted
	text  string   // the inserted declarations, starting with "\n"
	line  int      // the cell's line of at
	col   int      // at's column, less one
	src   string   // the cell's line of at, as written
	names []string // the functions declared again, in order
	lines []int    // the first line of each in the cell with them
	cause string   // the name the cell declares again
}

// recordFunc keeps the text of a function or method a piece declared.
func (s *Session) recordFunc(pc *cells.Parsed, i int, d *ast.FuncDecl) {
	name := d.Name.Name
	if d.Recv != nil {
		name = methodKey(d)
	} else if name == "main" || name == "init" || name == "_" {
		return
	}
	uses := map[string]bool{}
	local := localDecls(d)
	ast.Inspect(d, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			ast.Inspect(n.X, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && !local[id.Name] {
					uses[id.Name] = true
				}
				return true
			})
			return false
		case *ast.Ident:
			if n != d.Name && !local[n.Name] {
				uses[n.Name] = true
			}
		}
		return true
	})
	c := pc.Chunks[i]
	if s.funcs == nil {
		s.funcs = map[string]*funcText{}
	}
	s.funcSeq++
	s.funcs[name] = &funcText{src: pc.Src[c.Start:c.End], uses: uses, seq: s.funcSeq, method: d.Recv != nil,
		generic: d.Type.TypeParams != nil && d.Type.TypeParams.NumFields() > 0}
}

// localDecls are the names a function declares itself: its receiver,
// parameters and results, and the variables, constants, types and labels
// of its body. A name the function also uses from the package after
// shadowing it is missed; the others would count as uses, and a
// variable's new type refused the cell for a method's local of its name.
func localDecls(d *ast.FuncDecl) map[string]bool {
	local := map[string]bool{}
	fields := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, f := range fl.List {
			for _, n := range f.Names {
				local[n.Name] = true
			}
		}
	}
	fields(d.Recv)
	fields(d.Type.TypeParams)
	fields(d.Type.Params)
	fields(d.Type.Results)
	ast.Inspect(d.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						local[id.Name] = true
					}
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				for _, x := range []ast.Expr{n.Key, n.Value} {
					if id, ok := x.(*ast.Ident); ok {
						local[id.Name] = true
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				local[id.Name] = true
			}
		case *ast.TypeSpec:
			local[n.Name.Name] = true
		case *ast.LabeledStmt:
			local[n.Label.Name] = true
		case *ast.FuncType:
			fields(n.Params)
			fields(n.Results)
		}
		return true
	})
	return local
}

// rebinds returns the names a cell binds anew that the session already
// has as a function, variable or constant, and the last chunk that does.
func (s *Session) rebinds(pc *cells.Parsed) (names map[string]bool, last int) {
	last = -1
	add := func(i int, n string, fn bool) {
		switch s.names[n] {
		case "func", "var", "const":
		case "":
			// A function named like a builtin; not a variable (max := 0
			// is a learner's variable; a function using the builtin
			// max, declared before, goes on using it).
			if !fn || !hidesPredeclared(n) {
				return
			}
		default:
			return
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[n] = true
		last = i
	}
	keeps := func(i, k int) bool {
		if !s.typechecked() {
			return false
		}
		d := s.tc.res.Defines[i]
		return k < len(d) && d[k].Keep
	}
	for i, c := range pc.Chunks {
		switch d := c.Decl.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				add(i, d.Name.Name, true)
			} else if key := methodKey(d); s.methods[key] == "" && s.names[strings.Split(key, ".")[0]] == "type" {
				// A new method of an earlier cell's type: the functions
				// compiled without it (fmt of a P before P's String) are
				// declared again (their uses of the type count).
				if names == nil {
					names = map[string]bool{}
				}
				for _, t := range s.typesUsing(strings.Split(key, ".")[0]) {
					names[t] = true
				}
				last = i
			}
		case *ast.GenDecl:
			if d.Tok != token.VAR && d.Tok != token.CONST {
				continue
			}
			for _, sp := range d.Specs {
				for _, n := range sp.(*ast.ValueSpec).Names {
					if d.Tok == token.CONST || !keeps(i, 0) {
						add(i, n.Name, false)
					}
				}
			}
		}
		if as, ok := c.Stmt.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for k, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok && !keeps(i, k) {
					add(i, id.Name, false)
				}
			}
		}
	}
	return names, last
}

// typesUsing returns the type name and the session's types whose
// definitions mention it, directly or through one another (type Ev
// struct{ Lvl Level } for Level).
func (s *Session) typesUsing(name string) []string {
	out := []string{name}
	seen := map[string]bool{name: true}
	for k := 0; k < len(out); k++ {
		var more []string
		for t, def := range s.types {
			if !seen[t] && mentionsWord(def, out[k]) {
				seen[t] = true
				more = append(more, t)
			}
		}
		sort.Strings(more)
		out = append(out, more...)
	}
	return out
}

// mentionsWord reports whether text holds name as a whole identifier.
func mentionsWord(text, name string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(name)
		before := j == 0 || !isIdentByte(text[j-1])
		after := end == len(text) || !isIdentByte(text[end])
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// hidesPredeclared reports whether the name n, not declared by the session,
// is a builtin of divergo's (Entropy) or a function or constant of Go's
// universe (len, min, true): a function a cell declares with it hides it
// for the functions declared before too, as in a Go package.
func hidesPredeclared(n string) bool {
	if symbols.Symbols[builtinsPath+"/builtins"][n].IsValid() {
		return true
	}
	switch types.Universe.Lookup(n).(type) {
	case *types.Builtin, *types.Const, *types.Nil:
		return true
	}
	return false
}

// dependents returns the functions of earlier cells a cell must declare
// again (see above), or nil; or the error of a cell that rebinds a name a
// method of an earlier cell uses.
func (s *Session) dependents(pc *cells.Parsed) (*dependents, error) {
	if len(s.funcs) == 0 && len(s.held) == 0 {
		return nil, nil
	}
	rebound, last := s.rebinds(pc)
	if len(rebound) == 0 {
		return nil, nil
	}
	own := map[string]bool{}
	for _, c := range pc.Chunks {
		if d, ok := c.Decl.(*ast.FuncDecl); ok {
			if d.Recv != nil {
				own[methodKey(d)] = true
			} else {
				own[d.Name.Name] = true
			}
		}
	}
	// via[f] is the name whose rebinding makes f declared again.
	via := map[string]string{}
	for changed := true; changed; {
		changed = false
		for name, f := range s.funcs {
			if own[name] || via[name] != "" || !f.method && s.names[name] != "func" {
				continue
			}
			if recv, _, ok := strings.Cut(name, "."); ok && f.method && rebound[recv] && s.names[recv] == "type" {
				continue // a method of the type that gets a new one: it has its receiver anyway
			}
			for u := range f.uses {
				if rebound[u] {
					via[name] = u
				} else if via[u] != "" {
					via[name] = via[u]
				}
				if via[name] != "" {
					changed = true
					break
				}
			}
		}
	}
	if err := s.heldUses(pc, last, rebound, via); err != nil {
		return nil, err
	}
	if len(via) == 0 {
		return nil, nil
	}
	var names []string
	for name := range via {
		names = append(names, name)
	}
	sort.Slice(names, func(a, b int) bool { return s.funcs[names[a]].seq < s.funcs[names[b]].seq })
	c := pc.Chunks[last]
	for _, name := range names {
		if s.funcs[name].generic {
			return nil, errorAt(pc.Src, c.Start, fmt.Sprintf(
				"cannot declare %s again: the generic function %s, declared in an earlier cell, uses it, and the interpreter keeps the instances it made of a generic function (they would go on using the old %[1]s); give the new one another name, or .reset the session",
				via[name], name))
		}
		if s.funcs[name].method {
			return nil, errorAt(pc.Src, c.Start, fmt.Sprintf(
				"cannot declare %s again: the method %s, declared in an earlier cell, uses it, and the interpreter keeps a method's first definition (it would go on using the old %[1]s); give the new one another name, or .reset the session",
				via[name], name))
		}
	}
	d := &dependents{at: c.End, line: 1 + strings.Count(pc.Src[:c.End], "\n"), cause: via[names[0]], names: names}
	ls := strings.LastIndexByte(pc.Src[:c.End], '\n') + 1
	d.col = c.End - ls
	d.src, _, _ = strings.Cut(pc.Src[ls:], "\n")
	var b strings.Builder
	for _, name := range names {
		b.WriteString("\n")
		d.lines = append(d.lines, d.line+1+strings.Count(b.String(), "\n")-1)
		b.WriteString(s.funcs[name].src)
	}
	b.WriteString("\n") // the rest of the chunk's line, on a line of its own
	d.text = b.String()
	return d, nil
}

// heldUses returns the error of a cell that declares again a function, or
// a function using a name it declares again (via), that the value of a
// variable of the session uses, a function literal or a function: the
// variable would go on with the old one. Not when the cell assigns the
// variable itself.
func (s *Session) heldUses(pc *cells.Parsed, last int, rebound map[string]bool, via map[string]string) error {
	assigned := map[string]bool{}
	for _, c := range pc.Chunks {
		if as, ok := c.Stmt.(*ast.AssignStmt); ok && (as.Tok == token.DEFINE || as.Tok == token.ASSIGN) {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					assigned[id.Name] = true
				}
			}
		}
		if d, ok := c.Decl.(*ast.GenDecl); ok && d.Tok == token.VAR {
			for _, sp := range d.Specs {
				for _, n := range sp.(*ast.ValueSpec).Names {
					assigned[n.Name] = true
				}
			}
		}
	}
	var vars []string
	for v := range s.held {
		vars = append(vars, v)
	}
	sort.Strings(vars)
	for _, v := range vars {
		if assigned[v] || s.names[v] != "var" {
			continue
		}
		var uses []string
		for u := range s.held[v].uses {
			uses = append(uses, u)
		}
		sort.Strings(uses)
		for _, u := range uses {
			name := u
			switch {
			case rebound[u] && s.names[u] != "var" && s.names[u] != "const":
				// a function, or a builtin, declared again (a variable
				// given another type is a new variable, which the
				// function held does not see: redefine.txt)
			case via[u] != "":
				name = via[u]
			default:
				continue
			}
			how := "uses it"
			if name != u {
				how = "uses " + u + ", which uses it"
			}
			return errorAt(pc.Src, pc.Chunks[last].Start, fmt.Sprintf(
				"cannot declare %s again: the function held in the variable %s %s, and would go on with the old %[1]s (a variable keeps the function it was given); assign %[2]s again in this cell, after the new %[1]s, or give the new one another name",
				name, v, how))
		}
	}
	return nil
}

// locate turns an error at a line of the cell with the declarations
// inserted into one at the line of the cell as written, or one naming the
// function declared again it arose in.
func (d *dependents) locate(err *Error) {
	n := strings.Count(d.text, "\n")
	switch {
	case err.Line <= d.line:
	case err.Line == d.line+n: // the rest of the chunk's line
		err.Line, err.Source = d.line, d.src
		if err.Col > 0 {
			err.Col += d.col
		}
	case err.Line > d.line+n:
		err.Line -= n
	default:
		k := sort.SearchInts(d.lines, err.Line+1) - 1
		k = max(k, 0)
		err.Msg = fmt.Sprintf("%s (declared in an earlier cell, and again by this one as it uses %s) no longer compiles: its line %d: %s; declare %[1]s again in this cell, changed, or give the new %[2]s another name",
			d.names[k], d.cause, err.Line-d.lines[k]+1, err.Msg)
		err.Line, err.Col, err.Source = 0, 0, ""
	}
}
