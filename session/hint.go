package session

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"

	"github.com/divergo/divergo/session/cells"
	"github.com/divergo/divergo/session/symbols"
)

// yaegi reports an undefined name in a package-level definition as
// "constant definition loop", "variable definition loop" or "incomplete
// type". undefinedHint finds the name itself: an identifier of the piece
// that go/parser could not resolve and that is neither predeclared, nor
// declared by the session, nor a builtins name. It returns its offset in the
// cell and true when there is one.
func (s *Session) undefinedHint(pc *cells.Parsed, p *piece) (string, int, bool) {
	declared := map[string]bool{}
	for i := range pc.Chunks {
		s.declaredIn(pc, i, declared)
	}
	dot := symbols.Symbols["github.com/divergo/divergo/builtins/builtins"]
	for _, i := range p.chunks {
		c := pc.Chunks[i]
		var text string
		if c.Kind == cells.StmtChunk {
			text = cells.StmtPrefix + cells.Blank(pc.Src[:c.Start]) + pc.Src[c.Start:c.End] + "\n}"
		} else {
			text = cells.DeclPrefix + cells.Blank(pc.Src[:c.Start]) + pc.Src[c.Start:c.End]
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
			return n, fset.Position(id.Pos()).Offset - pc.Base[i], true
		}
	}
	return "", 0, false
}

// declaredIn adds the names chunk i declares at top level.
func (s *Session) declaredIn(pc *cells.Parsed, i int, m map[string]bool) {
	c := pc.Chunks[i]
	switch d := c.Decl.(type) {
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
	if as, ok := c.Stmt.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok {
				m[id.Name] = true
			}
		}
	}
}
