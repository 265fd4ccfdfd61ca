package session

import (
	"fmt"
	"go/ast"
	"go/token"
	"os"
	"strings"

	"github.com/divergo/divergo/session/cells"
	"github.com/divergo/divergo/session/check"
	"github.com/divergo/divergo/session/lower"
)

// The session's side of the type checker (package check, whose comment
// describes the design): every Go cell is checked before plan; a cell Go
// rejects stops there with Go's message and changes nothing; the
// checker's lowerings (new(expr)) join the cell's edits; after the cell,
// its definitions are committed to the checker's picture of the session,
// those of chunks that did not run forgotten.

// typechecking is the checker's state in a Session.
type typechecking struct {
	c   *check.Session
	res *check.Result // the running cell's result
	pc  *cells.Parsed // the running cell
	ran map[int]bool  // chunks of the running cell whose piece ran
	// kept: chunks whose define failed before the interpreter redeclared
	// its names (defineFromValue): the session's variables stay.
	kept map[int]bool
	// reordered: the running cell, lowered to gc's order of calls, runs
	// as this text (check.Result.Reordered); positions of errors map
	// back to the cell's (reorderCell).
	reordered *check.Reordered
	cell      string        // the cell's text, which reordered lowers
	orig      *cells.Parsed // the cell parsed, chunk for chunk the lowered one's
}

// newTypechecking starts the checker's picture of a fresh session: the
// prelude's packages, builtins' names and the session's globals.
func newTypechecking() typechecking {
	imports := map[string]string{}
	for _, p := range preludeImports {
		imports[lastElem(p)] = p
	}
	disp := func(pkg func(string) string) string { return pkg("github.com/divergo/divergo/display") }
	return typechecking{c: check.New(check.Options{
		Imports:   imports,
		DotImport: builtinsPath,
		Vars: map[string]func(func(string) string) string{
			"Display":  func(func(string) string) string { return "func(any) error" }, // any value the session shows
			"Query":    func(pkg func(string) string) string { return "func(string, ...any) *" + disp(pkg) + ".Table" },
			"SQLTable": func(func(string) string) string { return "func(string, any)" },
			// the session's assertions to error (errorAsserts)
			"__divergoAsError":  func(func(string) string) string { return "func(any) (error, bool)" },
			"__divergoStdError": func(func(string) string) string { return "func(any) (error, bool)" },
			// the names of the session's types (nameTypes)
			"__divergoNameTypes": func(func(string) string) string { return "func(...any)" },
		},
		Aliases: importAliases,
		Native:  map[string][]string{"github.com/divergo/divergo/display": {"ClearOutput", "UpdateDisplay", "Display"}},
	})}
}

// warmTypecheck decodes the prelude's packages and checks a cell of a
// throwaway session: what a process pays once, off the first cell's path.
func warmTypecheck() {
	check.Warm(append(preludeImports, builtinsPath)...)
	tc := newTypechecking()
	tc.c.Check("1", []check.Chunk{{Start: 0, End: 1, Kind: check.Stmt}})
}

func lastElem(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			return path[i+1:]
		}
	}
	return path
}

// typecheck checks a parsed cell; it returns Go's error, or adds the
// checker's lowerings to ed.
func (s *Session) typecheck(pc *cells.Parsed, ed *cells.Editor) error {
	chunks := make([]check.Chunk, len(pc.Chunks))
	for i, c := range pc.Chunks {
		k := check.Stmt
		switch c.Kind {
		case cells.ImportChunk:
			k = check.Import
		case cells.DeclChunk:
			k = check.Decl
		}
		chunks[i] = check.Chunk{Start: c.Start, End: c.End, Kind: k}
	}
	var r *check.Result
	if s.tc.reordered != nil || s.redeps != nil {
		// Lowered already, or with the functions of earlier cells
		// (redeclare.go), lowered when their cells ran.
		r = s.tc.c.CheckLowered(pc.Src, chunks)
	} else {
		r = s.tc.c.Check(pc.Src, chunks)
	}
	s.tc.res, s.tc.pc, s.tc.ran = r, pc, map[int]bool{}
	if r.Err != nil {
		msg := r.Err.Msg
		if name, ok := strings.CutPrefix(msg, "undefined: "); ok && !strings.Contains(name, ".") {
			msg += lower.ImportHint(name)
		}
		return errorAt(pc.Src, r.Err.Off, msg)
	}
	for _, e := range r.Edits {
		ed.Add(e.Start, e.End, e.Text)
	}
	return nil
}

// reorderCell gives a cell whose statements need gc's order of calls
// (check.Result.Reordered, check/cellorder.go: fmt.Println(a[i], f())
// indexed a before f ran) its lowered text, parsed and checked in its
// place; pc comes back as it was when the cell needs no lowering. The
// lowered text's positions map back to the cell's in errors (placeError).
func (s *Session) reorderCell(pc *cells.Parsed, ed *cells.Editor) (*cells.Parsed, *cells.Editor, error) {
	if s.tc.res == nil || s.tc.res.Reordered == nil {
		return pc, ed, nil
	}
	ro := s.tc.res.Reordered
	s.tc.res = nil // never committed
	lpc, serr := cells.Parse(ro.Text)
	if serr != nil {
		return nil, nil, errorAt(pc.Src, ro.CellOff(serr.Off), "internal error: the order of a statement's calls could not be lowered in the cell ("+serr.Msg+"); please report it with the cell")
	}
	if os.Getenv("DIVERGO_SHOW_LOWERED") != "" {
		os.Stderr.WriteString("divergo: the cell in gc's order of calls:\n" + ro.Text + "\n")
	}
	lpc.Program = pc.Program
	s.tc.reordered = ro
	s.tc.cell, s.tc.orig = pc.Src, pc
	ed = &cells.Editor{}
	if err := s.typecheck(lpc, ed); err != nil {
		if r := s.tc.res; r != nil && r.Err != nil && r.Err.Go {
			// The cell compiled: a bug of the lowering's, refused
			// rather than run in the interpreter's order.
			return nil, nil, errorAt(lpc.Src, r.Err.Off, "the order of a statement's calls could not be lowered in the cell (the lowered cell does not compile: "+r.Err.Msg+"); please report it with the cell")
		}
		return nil, nil, err
	}
	return lpc, ed, nil
}

// placeError moves the position of an error of a cell that ran lowered to
// gc's order of calls (reorderCell) from the lowered text to the cell's.
//
// A runtime error in a top-level statement that was lowered is placed at
// the statement, as one in a statement not lowered is (panicAt): yaegi's
// frame of the function literal or block that holds the temporaries gives
// the position of its last call (g() of fmt.Println(a[j], g()), where
// a[j] failed after it).
func (s *Session) placeError(e *Error) {
	ro, cell, orig := s.tc.reordered, s.tc.cell, s.tc.orig
	s.tc.reordered, s.tc.cell, s.tc.orig = nil, "", nil
	if ro == nil || e == nil || e.Line == 0 {
		return
	}
	off, line := 0, 1
	for line < e.Line {
		k := strings.IndexByte(ro.Text[off:], '\n')
		if k < 0 {
			return
		}
		off += k + 1
		line++
	}
	if e.Col > 0 {
		off += e.Col - 1
	}
	at := ro.CellOff(min(off, len(ro.Text)))
	if s.ran && orig != nil {
		for _, c := range orig.Chunks {
			if c.Kind == cells.StmtChunk && at >= c.Start && at < c.End && ro.Edits(c.Start, c.End) {
				at = c.Start
			}
		}
	}
	p := errorAt(cell, at, e.Msg)
	e.Line, e.Source = p.Line, p.Source
	if e.Col > 0 {
		e.Col = p.Col
	}
}

// written is the expression the user wrote where chunk i of the running
// cell has x, a trailing expression: the cell's own when it was lowered
// to gc's order of calls (a shown KL(p, q, Smooth(0.5), Bits) shows its
// unit, which the session reads from the call as written), else x.
func (s *Session) written(i int, x ast.Expr) ast.Expr {
	if s.tc.orig == nil || i >= len(s.tc.orig.Chunks) {
		return x
	}
	if es, ok := s.tc.orig.Chunks[i].Stmt.(*ast.ExprStmt); ok {
		return es.X
	}
	return x
}

// tupleLen is the number of values of chunk i of the running cell when it
// is a call of several results (check.Result.Tuples), or 0.
func (s *Session) tupleLen(i int) int {
	if s.tc.res == nil {
		return 0
	}
	return s.tc.res.Tuples[i]
}

// typecheckRan notes that a piece of the running cell ran to its end.
func (s *Session) typecheckRan(p *piece) {
	if s.tc.ran != nil {
		for _, i := range p.chunks {
			s.tc.ran[i] = true
		}
	}
}

// typecheckDone commits the running cell's definitions to the checker
// once the cell ended (failed is whether it ended with an error).
func (s *Session) typecheckDone(failed bool) {
	r, pc, ran, kept := s.tc.res, s.tc.pc, s.tc.ran, s.tc.kept
	s.tc.res, s.tc.pc, s.tc.ran, s.tc.kept = nil, nil, nil, nil
	if r == nil || pc == nil || r.Err != nil {
		return
	}
	if r.Skipped == "" {
		s.tc.c.Commit(r, func(i int) bool { return !failed || ran[i] }, func(i int) bool { return kept[i] })
		return
	}
	// Not checked: what the cell defines has a type the checker does not
	// know.
	for _, c := range pc.Chunks {
		switch d := c.Decl.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				s.tc.c.Unknown(d.Name.Name)
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.TypeSpec:
					s.tc.c.Unknown(sp.Name.Name)
				case *ast.ValueSpec:
					for _, n := range sp.Names {
						s.tc.c.Unknown(n.Name)
					}
				case *ast.ImportSpec:
					path, name := importName(sp)
					if sp.Name == nil {
						name = lastElem(path)
					}
					s.tc.c.Imported(name, path)
				}
			}
		}
		if as, ok := c.Stmt.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					s.tc.c.Unknown(id.Name)
				}
			}
		}
	}
}

// typechecked reports whether the running cell was checked (and so
// lowered), not skipped.
func (s *Session) typechecked() bool {
	return s.tc.res != nil && s.tc.res.Err == nil && s.tc.res.Skipped == ""
}

// withLoweredDecls puts the functions the checker's lowerings need
// (check.Result.Decls: the generic standard library's functions,
// instantiated) in pieces of their own, each before the first piece with
// a chunk that uses it (yaegi takes a source of declarations or one of
// statements, not both), or at the end of that piece when it is one of
// declarations.
func (s *Session) withLoweredDecls(pieces []*piece) []*piece {
	if !s.typechecked() || len(s.tc.res.Decls) == 0 {
		return pieces
	}
	var out []*piece
	done := map[int]bool{}
	for _, p := range pieces {
		var b strings.Builder
		for k, d := range s.tc.res.Decls {
			for _, c := range p.chunks {
				if d.Chunk == c && !done[k] {
					done[k] = true
					b.WriteString(d.Text + "\n")
				}
			}
		}
		switch {
		case b.Len() == 0:
		case p.kind == cells.DeclChunk:
			// With the declarations, which may declare the types the
			// functions name.
			p.tail += "\n" + b.String()
		default:
			out = append(out, &piece{kind: cells.DeclChunk, from: p.from, to: p.from, lowered: b.String()})
		}
		out = append(out, p)
	}
	return out
}

// defines is what the checker says of the names a top-level define of
// chunk i defines (check.Define), or nil.
func (s *Session) defines(i int, as *ast.AssignStmt) []check.Define {
	if !s.typechecked() {
		return nil
	}
	d := s.tc.res.Defines[i]
	if len(d) != len(as.Lhs) {
		return nil
	}
	return d
}

// redefine lowers a top-level define of several names of chunk i that
// keeps some of the session's variables (check.RedefineSpans): the
// interpreter made new ones, and a function that had captured the old
// variable kept reading it (x, err := g() left f := func() { use(x) }
// with the old x); a failing value now leaves the variable as it was. The
// temporaries are the session's variables __rdN_k, N the chunk's index, so
// that the next cell that uses the names replaces the values they hold.
func (s *Session) redefine(pc *cells.Parsed, i int, ed *cells.Editor, as *ast.AssignStmt) {
	defs := s.defines(i, as)
	if len(as.Lhs) < 2 || defs == nil {
		return
	}
	keep := make([]bool, len(defs))
	any := false
	for k, d := range defs {
		keep[k] = d.Keep
		any = any || d.Keep
	}
	if !any {
		return
	}
	text := func(from, to token.Pos) string { return pc.Src[pc.Off(i, from):pc.Off(i, to)] }
	if s.redefs == nil {
		s.redefs = map[int][]cells.Edit{}
	}
	for _, sp := range check.RedefineSpans(as, keep, fmt.Sprintf("__rd%d", i), text) {
		e := cells.Edit{Start: pc.Off(i, sp.Pos), End: pc.Off(i, sp.End), Text: sp.Text}
		ed.Add(e.Start, e.End, e.Text)
		s.redefs[i] = append(s.redefs[i], e)
	}
}

// unredefine drops the lowering of chunk i's define (redefine): it runs
// through its values (defineFromValue), which keeps the variables itself.
func (s *Session) unredefine(i int, ed *cells.Editor) {
	drop := map[cells.Edit]bool{}
	for _, e := range s.redefs[i] {
		drop[e] = true
	}
	kept := ed.Edits[:0]
	for _, e := range ed.Edits {
		if !drop[e] {
			kept = append(kept, e)
		}
	}
	ed.Edits = kept
	delete(s.redefs, i)
}
