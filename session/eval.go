package session

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"os"
	"reflect"
	"regexp"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session/cells"
	"github.com/divergo/divergo/session/check"
	"github.com/divergo/divergo/session/lower"
	"github.com/divergo/divergo/session/run"
	"github.com/divergo/divergo/session/symbols"
	"github.com/divergo/divergo/session/symbols/std"
)

// piece is a run of consecutive chunks of one kind, evaluated by yaegi as
// one source.
type piece struct {
	kind     cells.ChunkKind
	from, to int   // the span of the cell it covers
	chunks   []int // indices into parsedCell.chunks
	capture  *ast.ExprStmt
	skip     bool   // nothing left to run (imports already in scope)
	viaValue bool   // a define from a generic call: see defineFromValue
	unit     string // unit of a measure call shown as the result
	ranges   []ast.Expr
	lowered  string // the Go text of a piece of the checker's declarations (withLoweredDecls)
	tail     string // declarations compiled with a piece of declarations (withLoweredDecls)
}

// Eval evaluates one cell. Text the cell prints and bundles it displays go
// to out as they happen; the result is the bundle of the cell's trailing
// expression (nil when it shows nothing). Eval never writes to the process's
// standard output or error. Cancelling ctx interrupts the cell; the session
// and every earlier definition survive errors, panics and interrupts.
//
// A cell that is a command (see Command) runs the command instead: in the
// Terminal front end its first line starts with .name or :name, in the
// Notebook front end with %name; NAME? in both is .doc NAME. The command
// .quit returns ErrQuit.
func (s *Session) Eval(ctx context.Context, cell string, out Output) (result *display.Data, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.evalCell(ctx, cell, out)
}

// evalGo evaluates a cell of Go; s.mu is held. A cell that declared an
// Error method renews the session's assertions to error after it
// (errorTypes).
func (s *Session) evalGo(ctx context.Context, cell string, out Output) (*display.Data, error) {
	result, err := s.evalGoCell(ctx, cell, out)
	s.errorTypes(ctx)
	s.nameTypes(ctx)
	return result, err
}

// evalGoCell evaluates a cell of Go (evalGo).
func (s *Session) evalGoCell(ctx context.Context, cell string, out Output) (result *display.Data, err error) {
	s.cellNo++
	s.ran = false
	s.exiting.Store(false)
	defer s.exiting.Store(false)
	// The recursion limit stops the cell through its context (depth.go).
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	s.depth.Running(stop)
	defer s.depth.Running(nil)
	s.goCell.Store(int64(s.cellNo))
	defer s.goCell.Store(0)
	watching := make(chan struct{})
	defer close(watching)
	go s.watchDeadlock(watching)
	s.outMu.Lock()
	s.out = out
	pending := s.pending
	s.pending = nil
	s.outMu.Unlock()
	for _, p := range pending {
		out.Stdout(p)
	}
	// Goroutines of earlier cells that panicked since: say so, without
	// failing this cell.
	s.goMu.Lock()
	late := s.goPanics
	s.goPanics = nil
	s.goMu.Unlock()
	for _, g := range late {
		out.Stderr(g.text(s.cellNo) + "\n")
	}
	defer func() {
		if r := recover(); r != nil { // a bug of ours or of yaegi: never take the process down
			if path := os.Getenv("DIVERGO_STACK"); path != "" {
				// For divergo's developers: where the bug is.
				os.WriteFile(path, debug.Stack(), 0o644)
			}
			result, err = nil, &Error{Msg: "internal error: " + panicMessage(r)}
		}
		cellReturned := errors.Is(err, errCellReturn)
		if cellReturned {
			result, err = nil, nil // a return at the top level ended the cell
		}
		s.stderr.flush()
		s.goMu.Lock()
		gp := s.goPanics
		s.goPanics = nil
		s.goMu.Unlock()
		// A panic in a goroutine this cell started fails the cell; one from
		// a goroutine of an earlier cell that happened to arrive meanwhile is
		// only reported, as at the start of a cell.
		var own []string
		for _, g := range gp {
			if g.cell == s.cellNo {
				own = append(own, g.text(s.cellNo))
			} else {
				out.Stderr(g.text(s.cellNo) + "\n")
			}
		}
		if len(own) > 0 && err == nil {
			result, err = nil, &Error{Msg: strings.Join(own, "\n")}
		}
		s.outMu.Lock()
		s.out = nil
		s.outMu.Unlock()
		if err == nil && strings.TrimSpace(cell) != "" && !s.hidden {
			s.cells = append(s.cells, cell)
		}
		if s.redeps != nil {
			var e *Error
			if errors.As(err, &e) {
				s.redeps.locate(e)
			}
			s.redeps = nil
		}
		if s.tc.reordered != nil {
			var e *Error
			errors.As(err, &e)
			s.placeError(e)
		}
		run.ReleaseRoots(s.in)
		s.typeNames = nil
		s.typecheckDone(err != nil || cellReturned)
		var e *Error
		if s.ran && errors.As(err, &e) {
			e.Ran = true
			if !s.hidden {
				s.unwritten = append(s.unwritten, cellSummary(cell))
			}
		}
	}()

	if strings.TrimSpace(cell) == "" {
		return nil, nil
	}
	if cells.IsSQL(cell) {
		return s.evalSQL(ctx, cell, out)
	}
	src := programCell(cell)
	pc, serr := cells.Parse(src)
	if serr != nil {
		return nil, errorAt(src, serr.Off, serr.Msg)
	}
	pc.Program = src != cell
	if gerr := s.guard(pc); gerr != nil {
		return nil, gerr
	}
	if err := s.fetchImports(ctx, pc); err != nil { // modules.go
		return nil, err
	}
	ed := &cells.Editor{}
	if err := s.typecheck(pc, ed); err != nil {
		return nil, err
	}
	run.LinkFlags(s.in, importPaths(pc)) // testing/quick's -quickchecks
	pc, ed, err = s.reorderCell(pc, ed)
	if err != nil {
		return nil, err
	}
	src = pc.Src
	// Functions of earlier cells that use a name the cell declares again
	// are declared again after it (redeclare.go).
	deps, derr := s.dependents(pc)
	if derr != nil {
		s.keepAll(pc)
		return nil, derr
	}
	if deps != nil {
		src = src[:deps.at] + deps.text + src[deps.at:]
		pc2, serr := cells.Parse(src)
		if serr != nil {
			return nil, errorAt(pc.Src, pc.Chunks[len(pc.Chunks)-1].End, "internal error: declaring again the functions of earlier cells that use "+deps.cause+": "+serr.Msg)
		}
		pc2.Program, pc = pc.Program, pc2
		s.redeps = deps
		ed = &cells.Editor{}
		if err := s.typecheck(pc, ed); err != nil {
			return nil, err
		}
	}
	pieces, perr := s.plan(pc, ed)
	if perr != nil {
		s.keepAll(pc)
		return nil, perr
	}
	pieces = s.withLoweredDecls(pieces)
	markStatements(pc, ed, pieces)
	// Compile every piece before running any, so that a compilation error
	// anywhere in the cell runs nothing; only a definition from a generic
	// call (which needs the value's type) runs the pieces before it first.
	var batch []*prepared
	var result0 *display.Data
	flush := func() error {
		for _, pr := range batch {
			s.failedAt, s.stmtAt = -1, -1
			res, err := s.execute(ctx, pc, pr)
			if err != nil {
				s.recordBefore(pc, pr.p)
				return err
			}
			s.record(pc, pr.p)
			if res != nil {
				result0 = res
			}
		}
		batch = nil
		return nil
	}
	queue := pieces
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p.skip {
			continue
		}
		if p.viaValue {
			if err := flush(); err != nil {
				return nil, err
			}
			lhs, rhs, _ := valueDefine(pc.Chunks[p.chunks[0]])
			err := s.defineFromValue(ctx, pc, ed, p, lhs, rhs)
			if err == nil {
				s.record(pc, p)
				continue
			}
			if !errors.Is(err, errNoValueDefine) {
				return nil, err
			}
			p.viaValue = false
			if _, err := s.run(ctx, pc, ed, p); err != nil {
				return nil, err
			}
			s.record(pc, p)
			continue
		}
		pr, err := s.prepare(pc, ed, p)
		var nt nilTypeError
		// yaegi also fails to compile a top-level define from an index
		// into a slice a native function returned: th := e[1] gives
		// "constant definition loop", x := e[1] * 2 a nil dereference in
		// its type analysis. Nothing has run yet; the define through its
		// value works.
		if errors.As(err, &nt) || err != nil && definitionBug(err) {
			if len(p.chunks) > 1 {
				// Compile the piece's chunks one by one instead.
				queue = append(s.splitPiece(pc, p), queue...)
				continue
			}
			if _, _, ok := valueDefine(pc.Chunks[p.chunks[0]]); ok && p.capture == nil {
				p.viaValue = true
				queue = append([]*piece{p}, queue...)
				continue
			}
		}
		if err != nil && strings.Contains(err.Error(), "nil pointer dereference") {
			// yaegi's answer to a package that is not imported, in a type
			// (var c color.Color).
			if name, off, ok := s.undefinedHint(pc, p); ok {
				return nil, errorAt(pc.Src, off, "undefined: "+name+lower.ImportHint(name))
			}
		}
		if err != nil {
			return nil, err
		}
		batch = append(batch, pr)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return result0, nil
}

// keepAll notes a cell refused before anything was compiled: the checker
// keeps its picture of the session (a refused method redefinition left the
// method unknown to it).
func (s *Session) keepAll(pc *cells.Parsed) {
	if s.tc.kept == nil {
		s.tc.kept = map[int]bool{}
	}
	for i := range pc.Chunks {
		s.tc.kept[i] = true
	}
}

// definitionBug reports whether a compile error is one of yaegi's failures
// on a correct top-level define (see evalGo).
func definitionBug(err error) bool {
	m := err.Error()
	return strings.Contains(m, "constant definition loop") || strings.Contains(m, "variable definition loop") ||
		strings.Contains(m, "invalid memory address or nil pointer dereference")
}

// splitPiece returns a piece's chunks as pieces of their own.
func (s *Session) splitPiece(pc *cells.Parsed, p *piece) []*piece {
	var out []*piece
	for k, i := range p.chunks {
		c := pc.Chunks[i]
		q := &piece{kind: p.kind, from: c.Start, to: c.End, chunks: []int{i}}
		if k == len(p.chunks)-1 {
			q.capture, q.unit = p.capture, p.unit
		}
		for _, x := range p.ranges {
			if o := pc.Off(i, x.Pos()); o >= c.Start && o < c.End {
				q.ranges = append(q.ranges, x)
			}
		}
		out = append(out, q)
	}
	return out
}

var errNoValueDefine = errors.New("cannot define from value")

// commaOk reports whether x is a form that gives a second value, ok, when
// two names are defined from it: a type assertion, a map index, a receive.
func commaOk(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.TypeAssertExpr, *ast.IndexExpr:
		return true
	case *ast.UnaryExpr:
		return x.Op == token.ARROW
	}
	return false
}

// valueDefine returns the names and values of a chunk that defines
// variables from values without a type: `a, b := x, y` or `var a, b = x, y`
// (what defineFromValue can run).
func valueDefine(c cells.Chunk) (names, values []ast.Expr, ok bool) {
	switch n := c.Node().(type) {
	case *ast.AssignStmt:
		if n.Tok == token.DEFINE {
			return n.Lhs, n.Rhs, true
		}
	case *ast.DeclStmt:
		return valueDefine(cells.Chunk{Decl: n.Decl})
	case *ast.GenDecl:
		if n.Tok != token.VAR || len(n.Specs) != 1 {
			return nil, nil, false
		}
		if vs := n.Specs[0].(*ast.ValueSpec); vs.Type == nil && len(vs.Values) > 0 {
			for _, id := range vs.Names {
				names = append(names, id)
			}
			return names, vs.Values, true
		}
	}
	return nil, nil, false
}

// defineFromValue runs `a, b := rhs` as `__divergo.Show(rhs)` followed by
// `a, b := __divergo.Stashed(0).(T0), __divergo.Stashed(1).(T1)` with the
// dynamic types of the values.
func (s *Session) defineFromValue(ctx context.Context, pc *cells.Parsed, ed *cells.Editor, p *piece, lhs, rhsx []ast.Expr) error {
	i := p.chunks[0]
	s.unredefine(i, ed)
	rhsFrom, rhsTo := pc.Off(i, rhsx[0].Pos()), pc.Off(i, rhsx[len(rhsx)-1].End())
	rhs, _ := ed.Apply(pc.Src, rhsFrom, rhsTo)
	if len(lhs) == 2 && len(rhsx) == 1 && commaOk(rhsx[0]) {
		// v, ok := x.(T), m[k] or <-c: the two values through a function.
		rhs = "func() (interface{}, bool) { __v, __ok := " + rhs + "; return __v, __ok }()"
	}
	src := "\n" + cells.Blank(pc.Src[:rhsFrom]) + "__divergo.Show(" + rhs + ")"
	prog, err := s.compile(src)
	if err != nil {
		return errNoValueDefine
	}
	s.captured, s.showing = nil, false
	s.ran = true
	if _, err := s.in.ExecuteWithContext(ctx, prog); err != nil {
		// The value failed: no name was made, the session's stay.
		if s.tc.kept == nil {
			s.tc.kept = map[int]bool{}
		}
		s.tc.kept[i] = true
		return s.yaegiError(pc, src, nil, p, err)
	}
	vals := append([]any(nil), s.captured...)
	if len(vals) != len(lhs) {
		return errNoValueDefine
	}
	s.stash = vals
	// The types the checker gave the names where it knows them (the
	// dynamic type of a value of a cell's named type is its underlying
	// type); a variable of the session the define keeps is assigned.
	var defs []check.Define
	if as, ok := pc.Chunks[i].Node().(*ast.AssignStmt); ok {
		defs = s.defines(i, as)
	}
	var names, inits, sets []string
	for k, l := range lhs {
		id, ok := l.(*ast.Ident)
		if !ok || vals[k] == nil {
			return errNoValueDefine
		}
		dyn := reflect.TypeOf(vals[k]).String()
		init := fmt.Sprintf("__divergo.Stashed(%d).(%s)", k, dyn)
		if defs != nil && defs[k].Type != "" && defs[k].Type != dyn {
			if defs[k].Interface {
				init = fmt.Sprintf("__divergo.Stashed(%d).(%s)", k, defs[k].Type)
			} else {
				init = fmt.Sprintf("(%s)(%s)", defs[k].Type, init)
			}
		}
		if defs != nil && defs[k].Keep {
			sets = append(sets, id.Name+" = "+init)
			continue
		}
		names = append(names, id.Name)
		inits = append(inits, init)
	}
	var stmts []string
	if len(names) > 0 {
		stmts = append(stmts, strings.Join(names, ", ")+" := "+strings.Join(inits, ", "))
	}
	def := strings.Join(append(stmts, sets...), "; ")
	prog, err = s.compile(def)
	if err != nil {
		return errNoValueDefine
	}
	if _, err := s.in.ExecuteWithContext(ctx, prog); err != nil {
		return errNoValueDefine
	}
	return nil
}

// plan checks a parsed cell, registers its rewrites in ed and groups its
// chunks into pieces.
func (s *Session) plan(pc *cells.Parsed, ed *cells.Editor) ([]*piece, error) {
	s.redefs = nil
	if err := s.refuse(pc); err != nil {
		return nil, err
	}
	if !pc.Program {
		// In a program, vars stay declarations, in one piece with the
		// functions and types: declared in any order, as Go has them.
		s.rewriteTopLevelVars(pc, ed)
		lowerTopReturns(pc, ed)
	}

	var pieces []*piece
	// go statements, parallel assignments and defers, rewritten after the
	// other edits, innermost first, each absorbing the edits inside it.
	var wraps []wrap
	local := localNames(pc)
	for i, c := range pc.Chunks {
		var node ast.Node = c.Decl
		if c.Stmt != nil {
			node = c.Stmt
		}
		p := (*piece)(nil)
		if n := len(pieces); n > 0 && pieces[n-1].kind == c.Kind && pieces[n-1].capture == nil && !pieces[n-1].viaValue {
			p = pieces[n-1]
		}
		last := i == len(pc.Chunks)-1
		if as, ok := c.Stmt.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && (s.callsGeneric(as) || s.retypes(i, as)) {
			p = &piece{kind: cells.StmtChunk, from: c.Start, viaValue: true}
			pieces = append(pieces, p)
		} else if es, ok := c.Stmt.(*ast.ExprStmt); ok && last && s.shows(es.X) {
			p = &piece{kind: cells.StmtChunk, from: c.Start, capture: es}
			p.unit = s.measureUnit(s.written(i, es.X))
			pieces = append(pieces, p)
		} else if p == nil {
			p = &piece{kind: c.Kind, from: c.Start}
			pieces = append(pieces, p)
		}
		p.to = c.End
		p.chunks = append(p.chunks, i)

		ast.Inspect(node, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.RangeStmt:
				if checkedRange(pc, i, ed, n) {
					return true // check.GenericRangeInts'
				}
				x, lowered := s.passes().Range(pc, i, ed, n)
				if x != nil && !(s.typechecked() && s.tc.res.NotIntRange(pc.Off(i, x.Pos()))) {
					p.ranges = append(p.ranges, x)
				}
				if !lowered { // Range declares the variable per iteration
					s.passes().LoopVars(pc, i, ed, n)
				}
			case *ast.ForStmt:
				s.passes().LoopVars(pc, i, ed, n)
			case *ast.GoStmt:
				wraps = append(wraps, wrap{i, n})
			case *ast.DeferStmt:
				wraps = append(wraps, wrap{i, n})
			case *ast.BlockStmt:
				wraps = parallelAssigns(pc, i, n.List, wraps)
			case *ast.CaseClause:
				wraps = parallelAssigns(pc, i, n.Body, wraps)
			case *ast.CommClause:
				wraps = parallelAssigns(pc, i, n.Body, wraps)
			case *ast.CallExpr:
				s.passes().MinMax(pc, i, ed, n)
				if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "main" {
					renameMain(pc, i, ed, id)
				}
			case *ast.BinaryExpr:
				s.passes().NativeFloat(pc, i, ed, n)
			case *ast.SelectorExpr:
				s.passes().DisplayAny(pc, i, ed, n)
			case *ast.FuncDecl:
				s.rewriteDepth(pc, i, ed, funcDeclName(n), n.Body, local)
				if n.Recv == nil && n.Name.Name == "main" {
					renameMain(pc, i, ed, n.Name)
				}
			case *ast.FuncLit:
				s.rewriteDepth(pc, i, ed, funcLitName(pc, i, n), n.Body, local)
			}
			return true
		})
		if c.Stmt != nil {
			s.rewriteTopLevel(pc, i, ed, last)
			if as, ok := c.Stmt.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && !p.viaValue {
				s.redefine(pc, i, ed, as)
			}
			wraps = parallelAssigns(pc, i, []ast.Stmt{c.Stmt}, wraps)
		}
	}
	// Imports of packages already in scope under the same name are dropped:
	// yaegi rejects them ("fmt redeclared").
	for _, p := range pieces {
		if p.kind != cells.ImportChunk {
			continue
		}
		left := 0
		for _, i := range p.chunks {
			gd := pc.Chunks[i].Decl.(*ast.GenDecl)
			kept := 0
			for _, sp := range gd.Specs {
				is := sp.(*ast.ImportSpec)
				path, name := importName(is)
				if alias, ok := importAliases[path]; ok {
					path = alias
					if is.Name == nil {
						name = "display"
					}
				}
				if kind := s.names[name]; kind != "" && kind != "package" && name != "_" && name != "." {
					// yaegi said "undefined selector" at the first use.
					return nil, errorAt(pc.Src, pc.Off(i, is.Pos()), fmt.Sprintf(
						"%s redeclared: the session has a %s named %s; import the package under another name (import %s%s %q)",
						name, kind, name, name, "pkg", path))
				}
				if s.imports[name] == path {
					// Blank the spec, and a semicolon after it on its line
					// (import ("strings"; m "math")).
					from, to := pc.Off(i, is.Pos()), pc.Off(i, is.End())
					if j := to + len(pc.Src[to:]) - len(strings.TrimLeft(pc.Src[to:], " \t")); j < len(pc.Src) && pc.Src[j] == ';' {
						to = j + 1
					}
					ed.Add(from, to, strings.Repeat(" ", to-from))
					continue
				}
				kept++
			}
			if kept == 0 && len(gd.Specs) > 0 {
				// Nothing left of this import declaration: blank it whole,
				// keyword and parentheses too, or what remains of it does
				// not parse beside the next one ("missing import path").
				from, to := pc.Off(i, gd.Pos()), pc.Off(i, gd.End())
				ed.ReplaceWhole(from, to, cells.Blank(pc.Src[from:to]))
			}
			left += kept
		}
		p.skip = left == 0
	}
	sort.SliceStable(wraps, func(a, b int) bool {
		return wraps[a].stmt.End()-wraps[a].stmt.Pos() < wraps[b].stmt.End()-wraps[b].stmt.Pos()
	})
	for _, w := range wraps {
		switch st := w.stmt.(type) {
		case *ast.GoStmt:
			s.passes().Go(pc, w.chunk, ed, st)
		case *ast.AssignStmt:
			s.passes().ParallelAssign(pc, w.chunk, ed, st)
		case *ast.DeferStmt:
			s.passes().Defer(pc, w.chunk, ed, st)
		}
	}
	return pieces, nil
}

// errorCase returns the `error` of a type switch's `case error:` in n, or
// nil: yaegi v0.16.1 never matches it (a value of a type with an Error
// method goes to the default branch). A cell that declares its own
// wrap is a statement of a chunk that a rewrite replaces whole (see plan):
// a go statement, a parallel assignment or a defer.
type wrap struct {
	chunk int
	stmt  ast.Stmt
}

// refuse returns the error of a cell the interpreter would run wrong
// without saying so, or nil: a type or method redefined with another
// definition, a type named like a builtin, a package it has only as an
// empty table, a defer outside any function.
func (s *Session) refuse(pc *cells.Parsed) error {
	cell := pc.Src
	for i, c := range pc.Chunks {
		switch d := c.Decl.(type) {
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.TypeSpec:
					if old, ok := s.types[sp.Name.Name]; ok && old != typeDef(pc, sp) {
						return errorAt(cell, pc.Off(i, sp.Name.Pos()), fmt.Sprintf(
							"cannot redefine type %s: the interpreter keeps its first definition (yaegi issue #1410); give the new type another name, or .reset the session", sp.Name.Name))
					}
					if symbols.Symbols[builtinsPath+"/builtins"][sp.Name.Name].IsValid() {
						return errorAt(cell, pc.Off(i, sp.Name.Pos()), fmt.Sprintf(
							"%s is a builtin in scope (builtins.%[1]s); give your type another name", sp.Name.Name))
					}
				case *ast.ImportSpec:
					// slices, maps, cmp, iter: all generic, so empty in yaegi.
					path, name := importName(sp)
					if syms, ok := std.Symbols[path+"/"+name]; ok && len(syms) == 0 && !(s.typechecked() && check.Lowered(path)) {
						return errorAt(cell, pc.Off(i, sp.Pos()), fmt.Sprintf(
							"package %s is not available: its functions are generic, which the interpreter cannot call from the standard library; use sort (sort.Float64s, sort.Slice) or a loop", path))
					}
				}
			}
		case *ast.FuncDecl:
			if old := s.funcs[d.Name.Name]; d.Recv == nil && old != nil && old.generic && s.names[d.Name.Name] == "func" && old.src != pc.Src[c.Start:c.End] {
				return errorAt(cell, pc.Off(i, d.Name.Pos()), fmt.Sprintf(
					"cannot redefine the generic function %s: the interpreter keeps the instances it made of it (%[1]s(…) would go on running the old code); give the new one another name, or .reset the session", d.Name.Name))
			}
			if d.Recv != nil {
				key := methodKey(d)
				if old, ok := s.methods[key]; ok && old != methodDef(pc, i, d) {
					return errorAt(cell, pc.Off(i, d.Name.Pos()), fmt.Sprintf(
						"cannot redefine method %s: the interpreter keeps its first definition; declare the type again under a new name with the new method, or .reset the session", key))
				}
			}
		}
		if d := deferOutsideFunc(c.Stmt); d != nil {
			return errorAt(cell, pc.Off(i, d.Pos()),
				"defer at a cell's top level has no function to wait for (the interpreter would run it after every later cell); put it in a function")
		}
	}
	return nil
}

// rewriteTopLevelVars runs a top-level var with values as a define (var y
// = x → y := x; var g T = v → g := func(__tv T) T { return __tv }(v)): yaegi typed such a var from
// another variable only when it ran the piece, failing ("variable
// definition loop") or, beside other statements, leaving it zero.
func (s *Session) rewriteTopLevelVars(pc *cells.Parsed, ed *cells.Editor) {
	for i, c := range pc.Chunks {
		gd, ok := c.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR || gd.Lparen.IsValid() || len(gd.Specs) != 1 {
			continue
		}
		vs := gd.Specs[0].(*ast.ValueSpec)
		if len(vs.Values) == 0 && len(vs.Names) == 1 && vs.Type != nil && s.typechecked() && len(s.tc.res.Defines[i]) == 1 && s.tc.res.Defines[i][0].Keep {
			// var n T of the session's n of type T: assigned its zero
			// value, as a variable declared again with a value is
			// (check.varKeeps).
			ed.Add(pc.Off(i, gd.Pos()), pc.Off(i, vs.Names[0].Pos()), "")
			ed.Add(pc.Off(i, vs.Names[0].End()), pc.Off(i, vs.Type.Pos()), " = *new(")
			ed.Add(pc.Off(i, vs.Type.End()), pc.Off(i, vs.Type.End()), ")")
			pc.Chunks[i].Kind = cells.StmtChunk
			continue
		}
		if len(vs.Values) == 0 || len(vs.Values) != len(vs.Names) {
			continue
		}
		define := " = " // var _ T = v (a check that v is a T) defines nothing
		for _, n := range vs.Names {
			if n.Name != "_" {
				define = " := "
			}
		}
		if s.typechecked() && len(s.tc.res.Defines[i]) == 1 && s.tc.res.Defines[i][0].Keep {
			define = " = " // the session's variable, of the same type (check.varKeeps)
		}
		ed.Add(pc.Off(i, gd.Pos()), pc.Off(i, vs.Names[0].Pos()), "")
		ed.Add(pc.Off(i, vs.Names[len(vs.Names)-1].End()), pc.Off(i, vs.Values[0].Pos()), define)
		if vs.Type != nil {
			// Each value given to the type as a function's argument:
			// func(v T) T { return v }(v). A conversion (T)(v) of a
			// cell type's value to an interface panicked (reflect.Set:
			// var s fmt.Stringer = Temp(3)).
			// Outside the lowerings of the value (a copy of it:
			// check.copyIntoInterface).
			typ := pc.Text(i, vs.Type)
			for _, v := range vs.Values {
				ed.Wrap(pc.Off(i, v.Pos()), pc.Off(i, v.End()), "func(__tv "+typ+") "+typ+" { return __tv }(", ")")
			}
		} else {
			runeLiterals(pc, i, ed, vs.Values)
		}
		pc.Chunks[i].Kind = cells.StmtChunk
	}
}

// rewriteTopLevel makes the edits that a cell's top-level statement i
// needs: braces around a call of a function literal (yaegi runs a bare one
// again at every later Eval; the cell's result is left alone, as the
// capture's argument), runeLiterals, and rewriteBlockDefine.
func (s *Session) rewriteTopLevel(pc *cells.Parsed, i int, ed *cells.Editor, last bool) {
	c := pc.Chunks[i]
	if es, ok := c.Stmt.(*ast.ExprStmt); ok {
		if call, ok := ast.Unparen(es.X).(*ast.CallExpr); ok {
			if fl, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok && (!last || fl.Type.Results == nil) {
				ed.Add(pc.Off(i, es.Pos()), pc.Off(i, es.Pos()), "{ ")
				ed.Add(pc.Off(i, es.End()), pc.Off(i, es.End()), " }")
			}
		}
	}
	if as, ok := c.Stmt.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
		runeLiterals(pc, i, ed, as.Rhs)
	}
	s.passes().BlockDefine(pc, i, ed)
	s.topAssignOrder(pc, i, ed)
}

// topAssignOrder lowers a cell's top-level assignment to one element, field
// or pointed-to variable whose value calls a function of the session (xs[i]
// = next(), where next changes i): Go's compiler reads the target's
// operands after the call, the interpreter before. The value goes first
// into a temporary of a block (not a function literal, which the
// interpreter would run again at the next cell):
//
//	xs[i] = next()    →   { __ta3 := next(); xs[i] = __ta3 }
//	xs[i] += next()   →   { __ta4 := next(); xs[i] += __ta4 }
//
// Calls of packages' functions, builtins and conversions cannot change the
// session's variables, and leave the statement as it is; so does a value
// whose type comes from the target (a shift, an untyped constant).
func (s *Session) topAssignOrder(pc *cells.Parsed, i int, ed *cells.Editor) {
	as, ok := pc.Chunks[i].Stmt.(*ast.AssignStmt)
	if !ok || as.Tok == token.DEFINE || as.Tok == token.SHL_ASSIGN || as.Tok == token.SHR_ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return
	}
	switch ast.Unparen(as.Lhs[0]).(type) {
	case *ast.IndexExpr, *ast.SelectorExpr, *ast.StarExpr:
	default:
		return
	}
	if sel, ok := as.Lhs[0].(*ast.SelectorExpr); ok {
		if id, ok := sel.X.(*ast.Ident); ok && s.names[id.Name] == "package" {
			return // a package's variable
		}
	}
	shift := false
	calls := func(x ast.Expr) bool {
		calls := false
		ast.Inspect(x, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				calls = true
				return false
			case *ast.UnaryExpr:
				calls = calls || n.Op == token.ARROW
			case *ast.BinaryExpr:
				shift = shift || n.Op == token.SHL || n.Op == token.SHR
			case *ast.CallExpr:
				switch f := ast.Unparen(n.Fun).(type) {
				case *ast.Ident:
					if k := s.names[f.Name]; k == "func" || k == "var" || k == "" && types.Universe.Lookup(f.Name) == nil {
						calls = true
					}
				case *ast.SelectorExpr:
					if id, ok := f.X.(*ast.Ident); !ok || s.names[id.Name] != "package" {
						calls = true // a method, or a function value in a field
					}
				default:
					calls = true
				}
			}
			return true
		})
		return calls
	}
	if !calls(as.Rhs[0]) || shift {
		return
	}
	if calls(as.Lhs[0]) {
		// The target's own calls and receives run first, in Go as in
		// the interpreter (arr[<-ch%3] = <-ch).
		return
	}
	from, to := pc.Off(i, as.Pos()), pc.Off(i, as.End())
	for _, e := range ed.Edits {
		if e.Start == from && e.End > e.Start || e.Start < from && e.End > from || e.Start < to && e.End > to {
			return // another lowering has the statement
		}
	}
	s.tmp++
	v := fmt.Sprintf("__ta%d", s.tmp)
	text := fmt.Sprintf("{ %s := %s; %s %s %s }", v, pc.Edited(i, ed, as.Rhs[0]), pc.Edited(i, ed, as.Lhs[0]), as.Tok, v)
	ed.ReplaceWhole(from, to, text)
}

// runeLiterals wraps the rune literals among values defined at top level in
// rune(…): yaegi would make the variable an int.
func runeLiterals(pc *cells.Parsed, i int, ed *cells.Editor, values []ast.Expr) {
	for _, v := range values {
		if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.CHAR {
			ed.Add(pc.Off(i, lit.Pos()), pc.Off(i, lit.Pos()), "rune(")
			ed.Add(pc.Off(i, lit.End()), pc.Off(i, lit.End()), ")")
		}
	}
}

// lowerTopReturns makes a bare return at a cell's top level (outside any
// function literal) end the cell there, as main's return ends a program:
// `if err != nil { fmt.Println(err); return }`, pasted from a main into a
// cell, is common. The statements before it keep their effects, the ones
// after it do not run, and the cell shows nothing and is no error. The
// return becomes __divergo.Return(i), i its top-level statement, which
// panics with cellReturn, and execute ends the cell on it. Before, the interpreter's compiler failed on
// it ("CFG post-order panic: runtime error: invalid memory address"), and
// nothing of the cell ran. (The checker rejects a return with values.)
func lowerTopReturns(pc *cells.Parsed, ed *cells.Editor) {
	for i, c := range pc.Chunks {
		if c.Stmt == nil {
			continue
		}
		ast.Inspect(c.Stmt, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				start, end := pc.Off(i, n.Pos()), pc.Off(i, n.End())
				if len(n.Results) == 0 && !ed.Covers(start, end) {
					// (One in the body of a range over a function is the
					// checker's to lower: check.rangeFuncs.ret.)
					ed.Add(start, end, fmt.Sprintf("__divergo.Return(%d)", i))
				}
			}
			return true
		})
	}
}

// hasTopReturn reports whether st holds a bare return outside function
// literals (lowerTopReturns).
func hasTopReturn(st ast.Stmt) bool {
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = found || len(n.Results) == 0
		}
		return !found
	})
	return found
}

// cellReturn is the panic of __divergo.Return (lowerTopReturns): the
// index of the top-level statement that returned, or -1 for the one
// running (s.stmtAt: a range over a function, which the checker lowers).
type cellReturn struct{ at int }

// CellReturn marks the panic as a cell's return, which no recover stops
// (check.Recovered panics again with it).
func (cellReturn) CellReturn() {}

// errCellReturn ends the pieces of a cell that returned (lowerTopReturns):
// evalGoCell ends the cell without an error.
var errCellReturn = errors.New("the cell returned")

// returned reports whether err is the panic of a cell's top-level return,
// and which statement returned.
func returned(err error) (at int, ok bool) {
	var pe interp.Panic
	if !errors.As(err, &pe) {
		return 0, false
	}
	v := pe.Value
	if rv, ok := v.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
		v = rv.Interface()
	}
	r, ok := v.(cellReturn)
	return r.at, ok
}

// deferOutsideFunc returns a defer statement of a cell's top-level
// statement that is not inside a function literal, or nil.
func deferOutsideFunc(st ast.Stmt) *ast.DeferStmt {
	var found *ast.DeferStmt
	if st == nil {
		return nil
	}
	ast.Inspect(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			found = n
		}
		return found == nil
	})
	return found
}

// parallelAssigns appends the parallel assignments among the statements
// list of chunk i (see parallelAssign) to wraps.
func parallelAssigns(pc *cells.Parsed, i int, list []ast.Stmt, wraps []wrap) []wrap {
	for _, st := range list {
		if as, ok := lower.FindParallelAssign(st); ok {
			wraps = append(wraps, wrap{i, as})
		}
	}
	return wraps
}

// methodKey names a method as Type.Method (pointer receivers included).
func methodKey(fd *ast.FuncDecl) string {
	t := fd.Recv.List[0].Type
	if st, ok := t.(*ast.StarExpr); ok {
		t = st.X
	}
	if ix, ok := t.(*ast.IndexExpr); ok { // a generic type's method
		t = ix.X
	}
	if ix, ok := t.(*ast.IndexListExpr); ok {
		t = ix.X
	}
	name := "?"
	if id, ok := t.(*ast.Ident); ok {
		name = id.Name
	}
	return name + "." + fd.Name.Name
}

// methodDef is a method declaration's text without its spacing, to tell a
// re-run of the same cell (allowed) from a new definition.
func methodDef(pc *cells.Parsed, i int, fd *ast.FuncDecl) string {
	return strings.Join(strings.Fields(pc.Text(i, fd)), " ")
}

// typeDef is a type declaration's text, formatted by go/format so that
// layout and comments do not count.
func typeDef(pc *cells.Parsed, ts *ast.TypeSpec) string {
	var b strings.Builder
	ts2 := *ts
	ts2.Doc, ts2.Comment = nil, nil
	if err := format.Node(&b, pc.Fset, &ts2); err != nil {
		return ""
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// shows reports whether a trailing expression's values are the cell's
// result: not for fmt's Print family or Write methods, whose output has
// already appeared.
func (s *Session) shows(x ast.Expr) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok {
		return true
	}
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return f.Name != "print" && f.Name != "println" && f.Name != "panic"
	case *ast.SelectorExpr:
		name := f.Sel.Name
		if id, ok := f.X.(*ast.Ident); ok && id.Name == "fmt" && s.names["fmt"] == "package" {
			if strings.HasPrefix(name, "Print") || strings.HasPrefix(name, "Fprint") {
				return false
			}
		}
		switch name {
		case "Write", "WriteString", "WriteByte", "WriteRune", "WriteTo":
			return false
		}
	}
	return true
}

// run compiles and executes one piece; for a capturing piece it returns the
// result bundle.
func (s *Session) run(ctx context.Context, pc *cells.Parsed, ed *cells.Editor, p *piece) (*display.Data, error) {
	pr, err := s.prepare(pc, ed, p)
	if err != nil {
		return nil, err
	}
	return s.execute(ctx, pc, pr)
}

// prepared is a compiled piece, ready to run.
type prepared struct {
	p    *piece
	prog *interp.Program
	src  string
	segs []cells.Segment
}

// prepare compiles a piece, with the fallbacks for a void trailing call
// and for ranges yaegi could not type.
func (s *Session) prepare(pc *cells.Parsed, ed *cells.Editor, p *piece) (*prepared, error) {
	var extra []cells.Edit
	if p.capture != nil {
		x := p.capture.X
		i := p.chunks[0]
		show, end := "__divergoShow(", ")" // a call may give several values
		if _, call := ast.Unparen(x).(*ast.CallExpr); !call {
			show = "__divergoShow1("
		} else if n := s.tupleLen(i); n >= 2 {
			// The values one by one, each keeping its type (the
			// interpreter passes f()'s results to a variadic
			// ...interface{} without their types' methods).
			var names []string
			for k := range n {
				names = append(names, fmt.Sprintf("__r%d", k))
			}
			show = "__divergoShow(func() []interface{} { " + strings.Join(names, ", ") + " := "
			end = "; return []interface{}{" + strings.Join(names, ", ") + "} }()...)"
		}
		extra = []cells.Edit{{Start: pc.Off(i, x.Pos()), End: pc.Off(i, x.Pos()), Text: show}, {Start: pc.Off(i, x.End()), End: pc.Off(i, x.End()), Text: end}}
	}
	rangeInts := func() {
		for _, x := range p.ranges {
			i := p.chunks[0]
			extra = append(extra, cells.Edit{Start: pc.Off(i, x.Pos()), End: pc.Off(i, x.Pos()), Text: "__divergo.RangeInt("}, cells.Edit{Start: pc.Off(i, x.End()), End: pc.Off(i, x.End()), Text: ")"})
		}
	}
	if len(p.ranges) > 0 && declaresMethod(pc, p) {
		// The ranges over the helper's indices from the start: a failed
		// compilation has registered the piece's methods half-built, and
		// yaegi keeps a method's first definition (func (d D) Get() int
		// { return 7 } then returned 0, its methods declared in a cell
		// with a function of an earlier cell ranging over an int).
		rangeInts()
	}
	src, segs := s.source(pc, ed, p, extra...)
	prog, err := s.compile(src)
	if err != nil && p.capture != nil {
		// A void call cannot be an argument of Show: run it as a statement.
		plainSrc, plainSegs := s.source(pc, ed, p)
		if prog2, err2 := s.compile(plainSrc); err2 == nil {
			prog, err, src, segs, extra = prog2, nil, plainSrc, plainSegs, nil
		} else {
			src, segs, err = plainSrc, plainSegs, err2
		}
	}
	if err != nil && len(p.ranges) > 0 && !declaresMethod(pc, p) {
		// yaegi fails ("nil type") on range over an integer it was not
		// shown statically: range over the helper's indices instead.
		rangeInts()
		src2, segs2 := s.source(pc, ed, p, extra...)
		if prog2, err2 := s.compile(src2); err2 == nil {
			prog, err, src, segs = prog2, nil, src2, segs2
		}
	}
	if err != nil {
		return nil, s.yaegiError(pc, src, segs, p, err)
	}
	return &prepared{p, prog, src, segs}, nil
}

// declaresMethod reports whether piece p of the cell declares a method.
func declaresMethod(pc *cells.Parsed, p *piece) bool {
	for _, i := range p.chunks {
		if fd, ok := pc.Chunks[i].Decl.(*ast.FuncDecl); ok && fd.Recv != nil {
			return true
		}
	}
	return false
}

// execute runs a prepared piece; for a capturing piece it returns the
// result bundle.
func (s *Session) execute(ctx context.Context, pc *cells.Parsed, pr *prepared) (*display.Data, error) {
	p, src, segs := pr.p, pr.src, pr.segs
	s.captured, s.showing = nil, false
	s.ran = true
	_, err := s.in.ExecuteWithContext(ctx, pr.prog)
	if err != nil {
		if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
			s.depth.Restart()
			s.settle()
			if msg := s.depth.Err(); msg != "" {
				return nil, &Error{Msg: msg}
			}
			return nil, &Error{Msg: "interrupted"}
		}
		if at, ok := returned(err); ok && at < len(pc.Chunks) {
			// The statement that returned, and those after it, count as
			// not run (recordBefore): it defines nothing itself.
			s.stderr.panicFrames()
			if at < 0 && len(p.chunks) == 1 {
				at = p.chunks[0]
			} else if at < 0 {
				at = s.stmtAt
			}
			if at >= 0 && at < len(pc.Chunks) {
				s.failedAt = pc.Chunks[at].Start
			}
			return nil, errCellReturn
		}
		return nil, s.yaegiError(pc, src, segs, p, err)
	}
	if p.capture == nil || !s.showing {
		return nil, nil
	}
	return s.result(p)
}

// errNilType is yaegi's internal failure on code it cannot type: range over
// a function, generic calls whose result initialises a package-level
// variable, and more.
var errNilType = nilTypeError{}

type nilTypeError struct{}

func (nilTypeError) Error() string {
	return "the interpreter cannot compile this (internal error: nil type); some uses of generics are not supported, and range over a function only where the cell could be type-checked"
}

// compile compiles src, turning yaegi's internal panics into errors.
func (s *Session) compile(src string) (prog *interp.Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprint(r)
			if msg == "nil type" || msg == "nil reflect type" {
				err = errNilType
				return
			}
			err = errors.New(msg)
		}
	}()
	if path := os.Getenv("DIVERGO_SHOW_COMPILED"); path != "" {
		// For debugging the lowerings: every text given to the
		// interpreter, appended to the file named.
		if f, ferr := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644); ferr == nil {
			f.WriteString("=== compiling:\n" + src + "\n")
			f.Close()
		}
	}
	return s.in.Compile(src)
}

// source is the text given to yaegi for a piece: a newline, the cell before
// the piece blanked (so that lines and columns are the cell's), then the
// piece with its rewrites.
func (s *Session) source(pc *cells.Parsed, ed *cells.Editor, p *piece, extra ...cells.Edit) (string, []cells.Segment) {
	if p.lowered != "" {
		return "\n" + cells.Blank(pc.Src[:p.from]) + p.lowered, nil
	}
	text, segs := ed.Apply(pc.Src, p.from, p.to, extra...)
	return "\n" + cells.Blank(pc.Src[:p.from]) + text + p.tail, segs
}

// yaegiError converts an error of yaegi about src into an error of the cell.
func (s *Session) yaegiError(pc *cells.Parsed, src string, segs []cells.Segment, p *piece, err error) error {
	cell := pc.Src
	var nt nilTypeError
	if errors.As(err, &nt) {
		return nt
	}
	var pe interp.Panic
	if errors.As(err, &pe) {
		return s.panicAt(pc, src, segs, p, panicMessage(pe.Value))
	}
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 { // yaegi's ErrorList prints "(and N more errors)"
		msg = msg[:i]
	}
	line, col, rest, ok := splitPos(msg)
	if m, isRuntime := check.RuntimeMessageNamed(rest); isRuntime {
		rest = m // the interpreter's words for a runtime error of Go's (hash of unhashable type: …)
	}
	rest = strings.ReplaceAll(rest, "__divergo.", "")
	rest = strings.ReplaceAll(rest, "/_.go redeclared", " redeclared")
	if strings.HasSuffix(rest, "definition loop") || strings.Contains(rest, "incomplete type") {
		if name, off, found := s.undefinedHint(pc, p); found {
			return errorAt(cell, off, "undefined: "+name)
		}
	}
	if !ok || line < 2 {
		return &Error{Msg: rest}
	}
	// Offset of line:col in src.
	off, l := 0, 1
	for l < line {
		i := strings.IndexByte(src[off:], '\n')
		if i < 0 {
			return &Error{Msg: rest}
		}
		off += i + 1
		l++
	}
	off += col - 1
	coff := off - 1 // the leading newline
	if coff >= p.from {
		coff = cells.MapBack(segs, coff-p.from)
	}
	return errorAt(cell, coff, rest)
}

// panicAt places a runtime error of piece p in the cell, as Go's
// traceback would place it, from the innermost frame yaegi wrote as the
// panic unwound: a statement of the cell's top level (line:col with the
// caret), or a line of a function the cell declares ("in f"); a function
// of an earlier cell is named only.
func (s *Session) panicAt(pc *cells.Parsed, src string, segs []cells.Segment, p *piece, msg string) error {
	frames := s.stderr.panicFrames()
	if _, exit := run.ExitFromMessage(msg); exit || len(frames) == 0 {
		return &Error{Msg: msg}
	}
	line, col, rest, ok := splitPos(frames[0])
	if !ok || line < 2 {
		return &Error{Msg: msg}
	}
	// A one-line cell's error needs no position; its partial effects do.
	oneLine := !strings.Contains(strings.TrimSpace(pc.Src), "\n")
	at := func(off int, msg string) error {
		if oneLine {
			return &Error{Msg: msg}
		}
		return errorAt(pc.Src, off, msg)
	}
	fn := strings.TrimSuffix(strings.TrimPrefix(rest, "panic: "), "(...)")
	if cellLiteralFrame.MatchString(fn) {
		fn = "main" // a function literal at the cell's top level: its statement
	}
	if fn == "main" {
		// yaegi's position of a top-level frame is not the failing
		// statement's; the statement's mark is (markStatements), or the
		// piece's one chunk.
		i := s.stmtAt
		if i < 0 && len(p.chunks) == 1 {
			i = p.chunks[0]
		}
		if i < 0 || i >= len(pc.Chunks) {
			return &Error{Msg: msg}
		}
		s.failedAt = pc.Chunks[i].Start
		return at(s.failedAt, msg)
	}
	if strings.HasPrefix(fn, "main.") && !anonymousFrame.MatchString(fn) {
		name := strings.TrimPrefix(fn, "main.")
		if i := strings.Index(name, ".func"); i > 0 {
			name = name[:i] // a function literal inside name
		}
		if m := loweredName.FindStringSubmatch(name); m != nil {
			name = m[1] + "." + m[2] // __go_slices_Max_8a2b31ec: slices.Max
		}
		if s.stmtAt >= 0 && s.stmtAt < len(pc.Chunks) {
			// The top-level statement that called it: the ones before
			// it keep their effects (recordBefore).
			s.failedAt = pc.Chunks[s.stmtAt].Start
		}
		for _, c := range pc.Chunks {
			if fd, ok := c.Decl.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == name {
				// The function's piece keeps the cell's lines.
				start := lineStart(pc.Src, line-2)
				if start < 0 || start < c.Start || start >= c.End {
					break
				}
				return at(start+col-1, msg+" (in "+name+")")
			}
		}
		return &Error{Msg: msg + " (in " + name + ")"}
	}
	// A function literal of the running piece: its position is right.
	off := lineStart(src, line-1)
	if off < 0 {
		return &Error{Msg: msg}
	}
	off += col - 1
	coff := off - 1 // the leading newline
	if coff >= p.from {
		coff = cells.MapBack(segs, coff-p.from)
	}
	s.failedAt = coff
	return at(coff, msg)
}

// lineStart is the offset of the start of line n (0-based) of text, or -1.
func lineStart(text string, n int) int {
	off := 0
	for ; n > 0; n-- {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	return off
}

// loweredName matches the name of a function check.Modern made from a
// template: __go_PKG_NAME_HASH.
var loweredName = regexp.MustCompile(`^__go_([a-z]+)_([A-Za-z0-9]+)_[0-9a-f]{8}$`)

// anonymousFrame matches yaegi's name of a function literal's frame: its
// position is in the running piece.
// checkedRange reports whether the type checker's lowerings rewrote the
// header of range r already (check.GenericRangeInts).
func checkedRange(pc *cells.Parsed, i int, ed *cells.Editor, r *ast.RangeStmt) bool {
	from := r.Range
	if r.Key != nil {
		from = r.Key.Pos()
	}
	at, end := pc.Off(i, from), pc.Off(i, r.X.End())
	for _, e := range ed.Edits {
		if e.Start == at && e.End == end {
			return true
		}
	}
	return false
}

// cellLiteralFrame matches the frame of a function literal written (or
// lowered, check.IndexGuard's assignments) at a cell's top level.
var cellLiteralFrame = regexp.MustCompile(`^main\.main\.func\d*(\.func\d*)*$`)

var anonymousFrame = regexp.MustCompile(`^main\.func\d*(\.func\d*)*$`)

// markStatements makes each top-level statement of a piece of several
// mark itself as it starts (__divergo.At(i), a native call per top-level
// statement, none in loops), so that a runtime error is placed at its
// statement: yaegi's own position of a top-level frame is not.
func markStatements(pc *cells.Parsed, ed *cells.Editor, pieces []*piece) {
	for _, p := range pieces {
		if p.kind != cells.StmtChunk || len(p.chunks) < 2 || p.capture != nil || p.viaValue {
			continue
		}
		for _, i := range p.chunks {
			c := pc.Chunks[i]
			if _, labeled := c.Stmt.(*ast.LabeledStmt); labeled && !hasTopReturn(c.Stmt) {
				continue // its runtime error is placed by yaegi's frame
			}
			// Before a label (`__divergo.At(2); outer: for …`), the label
			// stays on its statement: a labelled range over a function
			// that returns (lowerTopReturns) is known by its mark.
			ed.Add(c.Start, c.Start, fmt.Sprintf("__divergo.At(%d); ", i))
		}
	}
}

// recordBefore notes, after piece p failed at run time, the chunks of p
// before the failing statement (s.failedAt, known when the panic's
// innermost frame was the cell's top level): they ran, as in Go, and keep
// their effects; the failing one and those after it did not.
func (s *Session) recordBefore(pc *cells.Parsed, p *piece) {
	if s.failedAt < 0 {
		return
	}
	var before []int
	for _, i := range p.chunks {
		c := pc.Chunks[i]
		if s.failedAt < c.End {
			if s.failedAt < c.Start {
				return // not in a chunk of p: say nothing
			}
			break
		}
		before = append(before, i)
	}
	if len(before) > 0 {
		s.record(pc, &piece{kind: p.kind, chunks: before})
	}
}

// record notes the names a piece declared.
func (s *Session) record(pc *cells.Parsed, p *piece) {
	s.typecheckRan(p)
	for _, i := range p.chunks {
		c := pc.Chunks[i]
		switch d := c.Decl.(type) {
		case *ast.FuncDecl:
			s.recordFunc(pc, i, d)
			if d.Recv != nil && d.Name.Name == "Error" && d.Type.Params.NumFields() == 0 && d.Type.Results.NumFields() == 1 {
				rt := d.Recv.List[0].Type
				star, ptr := rt.(*ast.StarExpr)
				if ptr {
					rt = star.X
				}
				if _, plain := rt.(*ast.Ident); plain { // not a generic type's
					name, _, _ := strings.Cut(methodKey(d), ".")
					s.errorMethods[name] = ptr
					s.errorsDirty = true
				}
			}
			if d.Recv == nil {
				s.names[d.Name.Name] = "func"
				s.generic[d.Name.Name] = d.Type.TypeParams != nil
				s.decls[d.Name.Name] = declText(pc, i, d)
			} else {
				s.methods[methodKey(d)] = methodDef(pc, i, d)
				s.decls[methodKey(d)] = declText(pc, i, d) // for .doc x.Method
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.TypeSpec:
					s.names[sp.Name.Name] = "type"
					s.types[sp.Name.Name] = typeDef(pc, sp)
					s.decls[sp.Name.Name] = declText(pc, i, sp)
				case *ast.ValueSpec:
					for _, n := range sp.Names {
						if n.Name != "_" {
							s.names[n.Name] = strings.ToLower(d.Tok.String())
						}
					}
				case *ast.ImportSpec:
					path, name := importName(sp)
					if name != "_" && name != "." {
						s.names[name] = "package"
						s.imports[name] = path
					}
				}
			}
		}
		if as, ok := c.Stmt.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
					s.names[id.Name] = "var"
				}
			}
		}
		s.recordEscapes(pc, c)
	}
}

// result builds the bundle of the captured values.
func (s *Session) result(p *piece) (*display.Data, error) {
	vals := make([]any, len(s.captured))
	for i, v := range s.captured {
		vals[i] = plainValue(v)
	}
	if len(vals) >= 2 && isNil(vals[len(vals)-1]) {
		vals = vals[:len(vals)-1]
	}
	if len(vals) == 1 && vals[0] == nil {
		// A call's lone nil error (Display's result) shows nothing; nil,
		// or a variable holding nil, shows as fmt prints it.
		if p.capture != nil {
			if _, call := ast.Unparen(p.capture.X).(*ast.CallExpr); !call {
				return &display.Data{Data: display.MIMEMap{display.MIMETypeText: "<nil>"}}, nil
			}
		}
		return nil, nil
	}
	if len(vals) == 1 {
		switch v := vals[0].(type) {
		case display.Data:
			if v.Data == nil {
				return nil, nil
			}
			return &v, nil
		case *display.Data:
			return v, nil
		}
		if f, ok := figureOf(vals[0]); ok {
			return s.figureBundle(f)
		}
		if d, ok := display.Render(vals[0]); ok {
			return &d, nil
		}
		if d, ok := s.tableBundle(vals[0]); ok {
			return d, nil
		}
	}
	parts := make([]string, len(vals))
	for i, v := range vals {
		if text, ok := s.capturedText[i]; ok {
			parts[i] = text // the value's String, as fmt prints it
			continue
		}
		parts[i] = s.format(v)
	}
	text := strings.Join(parts, " ")
	if p.unit != "" && len(vals) == 1 {
		if x, ok := vals[0].(float64); ok {
			text += " " + unitWord(x, p.unit)
		}
	}
	return &display.Data{Data: display.MIMEMap{display.MIMETypeText: text}}, nil
}

func isNil(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan:
		return rv.IsNil() && rv.Type().Implements(reflect.TypeFor[error]())
	}
	return false
}

// format is one value's text: floats in Go's shortest form or with the
// session's digits, everything else with fmt.Sprint.
func (s *Session) format(v any) string {
	switch x := v.(type) {
	case string:
		if x == "" {
			return `""` // an empty result still says what it is
		}
	case float64:
		return display.FormatFloat(x, s.opts.Digits)
	case float32:
		if s.opts.Digits > 0 {
			return display.FormatFloat(float64(x), s.opts.Digits)
		}
	case []float64:
		if s.opts.Digits > 0 {
			parts := make([]string, len(x))
			for i, f := range x {
				parts[i] = display.FormatFloat(f, s.opts.Digits)
			}
			return "[" + strings.Join(parts, " ") + "]"
		}
	}
	return fmt.Sprint(v)
}

// importAliases are other import paths of packages the session offers:
// gophernotes notebooks import display as "display" or by gophernotes' path.
var importAliases = map[string]string{
	"display":                           "github.com/divergo/divergo/display",
	"github.com/gopherdata/gophernotes": "github.com/divergo/divergo/display",
}

// importName returns an import's path and the name it binds.
func importName(is *ast.ImportSpec) (path, name string) {
	path = strings.Trim(is.Path.Value, "\"`")
	name = path[strings.LastIndex(path, "/")+1:]
	if is.Name != nil {
		name = is.Name.Name
	}
	return path, name
}

// callsGeneric reports whether the right side of a define calls a generic
// function of the session (min and max included).
// retypes reports whether the top-level define as (chunk i) gives a
// variable of the session a new type (x := "a" after x := 5): the
// interpreter redeclares the name when it compiles the define, before the
// value is computed, so that a value that failed (x := "a" + f(), f
// panicking) or a compile error of the interpreter's (y := y[0] + …) lost
// the variable. Such a define runs through its value (defineFromValue):
// the value first, the name only once it exists.
func (s *Session) retypes(i int, as *ast.AssignStmt) bool {
	defs := s.defines(i, as)
	for k, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" || s.names[id.Name] != "var" {
			continue
		}
		if defs != nil && !defs[k].Keep {
			return true
		}
	}
	return false
}

func (s *Session) callsGeneric(as *ast.AssignStmt) bool {
	found := false
	for _, r := range as.Rhs {
		ast.Inspect(r, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				f := c.Fun
				switch ix := f.(type) {
				case *ast.IndexExpr:
					f = ix.X
				case *ast.IndexListExpr:
					f = ix.X
				}
				if id, ok := f.(*ast.Ident); ok && s.generic[id.Name] {
					found = true
				}
			}
			if _, ok := n.(*ast.FuncLit); ok {
				return false
			}
			return !found
		})
	}
	return found
}
