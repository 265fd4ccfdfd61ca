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
//   - a function value an earlier cell kept (in a variable, a map, a
//     field, an any, a timer: escape.go) goes on with the old function, so
//     a cell declaring again a function it reaches is refused, unless the
//     cell assigns the variable, or runs the statement that kept it, again
//     (heldUses).
//   - a type cannot be declared again, so a constant an earlier type uses
//     (an array's length) cannot change its value (constsInTypes).
//   - a function declared again from its text must mean what it meant: one
//     that used a builtin or a package a variable of the session now hides
//     (max := …, strings := …) refuses the cell (meaningsKept).
//   - var n T of the session's n of type T assigns it T's zero value
//     (check.varKeeps, rewriteTopLevelVars).

// funcText is a function or method of an earlier cell, as written.
type funcText struct {
	src     string          // its declaration
	uses    map[string]bool // the identifiers it mentions
	seq     int             // declaration order
	method  bool
	generic bool          // a generic function, or a method of a generic type
	decl    *ast.FuncDecl // as parsed (escape.go)
	// meant is, for each name it uses, the session's kind of the name
	// when it was declared ("" for a builtin or a package of the prelude).
	meant map[string]string
}

// heldValue is the value of a variable of the session that holds a
// function literal or a function (g := func(x int) int { return score(x) },
// h := score): the names it uses.
type heldValue struct {
	uses map[string]bool
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
	// method is the method the cell adds to an earlier type when the
	// cause is that type, or a type using it ("Money.MarshalJSON").
	method string
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
	meant := make(map[string]string, len(uses))
	for u := range uses {
		meant[u] = s.names[u]
	}
	s.funcs[name] = &funcText{src: pc.Src[c.Start:c.End], uses: uses, seq: s.funcSeq, method: d.Recv != nil,
		generic: d.Type.TypeParams != nil && d.Type.TypeParams.NumFields() > 0, decl: d, meant: meant}
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
//
// methods gives, for a name rebound because the cell adds a method to an
// earlier type, the method ("Money.MarshalJSON").
func (s *Session) rebinds(pc *cells.Parsed) (names map[string]bool, last int, methods map[string]string) {
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
				if methods == nil {
					methods = map[string]string{}
				}
				for _, t := range s.typesUsing(strings.Split(key, ".")[0]) {
					names[t] = true
					if methods[t] == "" {
						methods[t] = key
					}
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
	return names, last, methods
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
	if len(s.funcs) == 0 && len(s.held) == 0 && len(s.kept) == 0 && len(s.types) == 0 {
		return nil, nil
	}
	rebound, last, methods := s.rebinds(pc)
	if len(rebound) == 0 {
		return nil, nil
	}
	if err := s.constsInTypes(pc, last, rebound); err != nil {
		return nil, err
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
	if err := s.heldUses(pc, last, rebound, via, methods); err != nil {
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
		what, old, remedy := rebinding(via[name], methods)
		if s.funcs[name].generic {
			return nil, errorAt(pc.Src, c.Start, fmt.Sprintf(
				"%s: the generic function %s, declared in an earlier cell, uses %s, and the interpreter keeps the instances it made of a generic function (they would go on with %s); %s",
				what, name, via[name], old, remedy))
		}
		if s.funcs[name].method {
			return nil, errorAt(pc.Src, c.Start, fmt.Sprintf(
				"%s: the method %s, declared in an earlier cell, uses %s, and the interpreter keeps a method's first definition (it would go on with %s); %s",
				what, name, via[name], old, remedy))
		}
	}
	if err := s.meaningsKept(pc, last, names, via); err != nil {
		return nil, err
	}
	d := &dependents{at: c.End, line: 1 + strings.Count(pc.Src[:c.End], "\n"), cause: via[names[0]], method: methods[via[names[0]]], names: names}
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

// rebinding words what a cell does to name: the start of a refusal, what
// an earlier value would go on with, and the way out.
func rebinding(name string, methods map[string]string) (what, old, remedy string) {
	if m := methods[name]; m != "" {
		t, meth, _ := strings.Cut(m, ".")
		what = fmt.Sprintf("cannot add the method %s to %s", meth, t)
		if t != name {
			what += " (" + name + " uses " + t + ")"
		}
		return what, name + " as it was without the method", ".reset the session"
	}
	return fmt.Sprintf("cannot declare %s again", name), "the old " + name, "give the new " + name + " another name, or .reset the session"
}

// heldUses returns the error of a cell that declares again a function, or
// a function using a name it declares again (via), that a function value
// an earlier cell kept uses: in a variable of the session (s.held), a
// function literal or a function, or elsewhere (s.kept: escape.go). The
// value would go on with the old one. Not when the cell assigns the
// variable itself, or runs again the statement that kept the value.
func (s *Session) heldUses(pc *cells.Parsed, last int, rebound map[string]bool, via, methods map[string]string) error {
	assigned := map[string]bool{}
	again := map[string]bool{} // statements after the last rebinding chunk
	for i, c := range pc.Chunks {
		if i > last {
			again[strings.Join(strings.Fields(pc.Src[c.Start:c.End]), " ")] = true
		}
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
	// match returns the name a value using uses is refused for, and how it
	// uses it.
	match := func(uses map[string]bool) (name, how string) {
		var us []string
		for u := range uses {
			us = append(us, u)
		}
		sort.Strings(us)
		for _, u := range us {
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
			how := "uses " + u
			if name != u {
				how = "uses " + u + ", which uses " + name
			}
			return name, how
		}
		return "", ""
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
		name, how := match(s.held[v].uses)
		if name == "" {
			continue
		}
		what, old, remedy := rebinding(name, methods)
		after := "the new " + name
		if methods[name] != "" {
			after = "the method"
		}
		return errorAt(pc.Src, pc.Chunks[last].Start, fmt.Sprintf(
			"%s: the function held in the variable %s %s, and would go on with %s (a variable keeps the function it was given); assign %[2]s again in this cell, after %[5]s, or %[6]s",
			what, v, how, old, after, remedy))
	}
	for _, k := range s.kept {
		if k.root != "" && assigned[k.root] || again[strings.Join(strings.Fields(k.stmt), " ")] {
			continue
		}
		name, how := match(k.uses)
		if name == "" {
			continue
		}
		what, old, remedy := rebinding(name, methods)
		after := "the new " + name
		if methods[name] != "" {
			after = "the method"
		}
		stmt := k.stmt
		if i := strings.IndexByte(stmt, '\n'); i >= 0 || len(stmt) > 60 {
			if i < 0 || i > 60 {
				i = 60
			}
			stmt = stmt[:i] + " …"
		}
		kept := "`" + stmt + "` kept a function value that " + how
		if k.how != "" {
			kept = "`" + stmt + "` ran " + strings.TrimSuffix(k.how, " stores one") + ", which stores a function value that " + how
		}
		return errorAt(pc.Src, pc.Chunks[last].Start, fmt.Sprintf(
			"%s: an earlier cell's %s, and whatever holds it would go on with %s; run that statement again in this cell, after %s, or %s",
			what, kept, old, after, remedy))
	}
	return nil
}

// constsInTypes returns the error of a cell that gives a constant an
// earlier type uses (an array's length: type Row [W]float64) another
// value: a type cannot be declared again, and the type would keep the old
// value while the functions declared again see the new one.
func (s *Session) constsInTypes(pc *cells.Parsed, last int, rebound map[string]bool) error {
	var names []string
	for n := range rebound {
		if s.names[n] == "const" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		var users []string
		for t, def := range s.types {
			_, body, _ := strings.Cut(def, " ")
			if mentionsWord(body, n) {
				users = append(users, t)
			}
		}
		if len(users) == 0 {
			continue
		}
		if s.typechecked() {
			if old := s.tc.c.ConstDecl(n); old != "" && old == s.tc.res.ConstDecl(n) {
				continue // the same value
			}
		}
		sort.Strings(users)
		return errorAt(pc.Src, constAt(pc, n), fmt.Sprintf(
			"cannot declare the constant %s again with another value: the type %s, declared in an earlier cell, uses it, and a type cannot be declared again (the interpreter keeps its first definition, with the old %[1]s); give the new constant another name, or .reset the session",
			n, strings.Join(users, ", ")))
	}
	return nil
}

// constAt returns the offset of the cell's declaration of the constant n.
func constAt(pc *cells.Parsed, n string) int {
	for _, c := range pc.Chunks {
		if d, ok := c.Decl.(*ast.GenDecl); ok && d.Tok == token.CONST {
			for _, sp := range d.Specs {
				for _, id := range sp.(*ast.ValueSpec).Names {
					if id.Name == n {
						return c.Start
					}
				}
			}
		}
	}
	return 0
}

// meaningsKept returns the error of a cell that would declare again a
// function of an earlier cell (names) that uses a builtin or a package
// which a variable, constant or type of the session now hides (max := …
// after func bigger(a int) int { return max(a, lim()) }): declared again
// from its text, it would use the variable. A function named like a
// builtin replaces it on purpose (hidesPredeclared) and is not refused.
func (s *Session) meaningsKept(pc *cells.Parsed, last int, names []string, via map[string]string) error {
	now := map[string]string{} // the cell's own variables, constants and types
	for _, c := range pc.Chunks {
		if as, ok := c.Stmt.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					now[id.Name] = "var"
				}
			}
		}
		if d, ok := c.Decl.(*ast.GenDecl); ok {
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.ValueSpec:
					for _, id := range sp.Names {
						now[id.Name] = strings.ToLower(d.Tok.String())
					}
				case *ast.TypeSpec:
					now[sp.Name.Name] = "type"
				}
			}
		}
	}
	for _, name := range names {
		f := s.funcs[name]
		var uses []string
		for u := range f.uses {
			uses = append(uses, u)
		}
		sort.Strings(uses)
		for _, u := range uses {
			was, ok := f.meant[u]
			if !ok || was != "" && was != "package" {
				continue
			}
			kind := now[u]
			if kind == "" {
				kind = s.names[u]
			}
			if kind != "var" && kind != "const" && kind != "type" {
				continue
			}
			what := "the package " + u
			if was == "" {
				if types.Universe.Lookup(u) != nil || hidesPredeclared(u) {
					what = "the builtin " + u
				} else if !s.preludePackage(u) {
					continue
				}
			}
			kinds := map[string]string{"var": "variable", "const": "constant", "type": "type"}
			return errorAt(pc.Src, pc.Chunks[last].Start, fmt.Sprintf(
				"cannot declare %[1]s again: %[2]s, declared in an earlier cell, uses %[1]s, so this cell declares it again from its text, where %[3]s, %[4]s when %[2]s was declared, would now mean your %[5]s %[3]s; give the new %[1]s another name, or declare %[2]s again in this cell without %[3]s",
				via[name], name, u, what, kinds[kind]))
		}
	}
	return nil
}

// preludePackage reports whether name is a package every cell has.
func (s *Session) preludePackage(name string) bool {
	for _, p := range preludeImports {
		if lastElem(p) == name {
			return true
		}
	}
	return false
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
		if d.method != "" {
			t, _, _ := strings.Cut(d.method, ".")
			err.Msg = fmt.Sprintf("%s (declared in an earlier cell, and again by this one, after the new method %s, as it uses %s) no longer compiles: its line %d: %s; declare %[1]s again in this cell, changed, or leave %[6]s without the method",
				d.names[k], d.method, d.cause, err.Line-d.lines[k]+1, err.Msg, t)
		} else {
			err.Msg = fmt.Sprintf("%s (declared in an earlier cell, and again by this one as it uses %s) no longer compiles: its line %d: %s; declare %[1]s again in this cell, changed, or give the new %[2]s another name",
				d.names[k], d.cause, err.Line-d.lines[k]+1, err.Msg)
		}
		err.Line, err.Col, err.Source = 0, 0, ""
	}
}
