package session

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"

	"github.com/divergo/divergo/session/symbols"
)

// yaegi reports an undefined name in a package-level definition as
// "constant definition loop", "variable definition loop" or "incomplete
// type". undefinedHint finds the name itself: an identifier of the piece
// that go/parser could not resolve and that is neither predeclared, nor
// declared by the session, nor a builtins name. It returns its offset in the
// cell and true when there is one.
func (s *Session) undefinedHint(pc *parsedCell, p *piece) (string, int, bool) {
	declared := map[string]bool{}
	for i := range pc.chunks {
		s.declaredIn(pc, i, declared)
	}
	dot := symbols.Symbols["github.com/divergo/divergo/builtins/builtins"]
	for _, i := range p.chunks {
		c := pc.chunks[i]
		var text string
		if c.kind == stmtChunk {
			text = stmtPrefix + blank(pc.src[:c.start]) + pc.src[c.start:c.end] + "\n}"
		} else {
			text = declPrefix + blank(pc.src[:c.start]) + pc.src[c.start:c.end]
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "", text, 0)
		if err != nil {
			continue
		}
		for _, id := range f.Unresolved {
			n := id.Name
			if types.Universe.Lookup(n) != nil || declared[n] || strings.HasPrefix(n, "__") {
				continue
			}
			if _, ok := s.names[n]; ok {
				continue
			}
			if _, ok := dot[n]; ok {
				continue
			}
			switch n {
			case "min", "max", "clear", "Display":
				continue
			}
			return n, fset.Position(id.Pos()).Offset - pc.base[i], true
		}
	}
	return "", 0, false
}

// declaredIn adds the names chunk i declares at top level.
func (s *Session) declaredIn(pc *parsedCell, i int, m map[string]bool) {
	c := pc.chunks[i]
	switch d := c.decl.(type) {
	case *ast.FuncDecl:
		m[d.Name.Name] = true
	case *ast.GenDecl:
		for _, sp := range d.Specs {
			switch sp := sp.(type) {
			case *ast.TypeSpec:
				m[sp.Name.Name] = true
			case *ast.ValueSpec:
				for _, n := range sp.Names {
					m[n.Name] = true
				}
			case *ast.ImportSpec:
				name := strings.Trim(sp.Path.Value, "\"`")
				name = name[strings.LastIndex(name, "/")+1:]
				if sp.Name != nil {
					name = sp.Name.Name
				}
				m[name] = true
			}
		}
	}
	if as, ok := c.stmt.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok {
				m[id.Name] = true
			}
		}
	}
}
