package session

import (
	"fmt"
	"go/ast"
	"go/token"
	"sort"
	"strings"

	"github.com/divergo/divergo/session/cells"
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
	add := func(i int, n string) {
		switch s.names[n] {
		case "func", "var", "const":
			if names == nil {
				names = map[string]bool{}
			}
			names[n] = true
			last = i
		}
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
				add(i, d.Name.Name)
			}
		case *ast.GenDecl:
			if d.Tok != token.VAR && d.Tok != token.CONST {
				continue
			}
			for _, sp := range d.Specs {
				for _, n := range sp.(*ast.ValueSpec).Names {
					if d.Tok == token.CONST || !keeps(i, 0) {
						add(i, n.Name)
					}
				}
			}
		}
		if as, ok := c.Stmt.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for k, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok && !keeps(i, k) {
					add(i, id.Name)
				}
			}
		}
	}
	return names, last
}

// dependents returns the functions of earlier cells a cell must declare
// again (see above), or nil; or the error of a cell that rebinds a name a
// method of an earlier cell uses.
func (s *Session) dependents(pc *cells.Parsed) (*dependents, error) {
	if len(s.funcs) == 0 {
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
