package session

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"sort"
	"strings"
)

// The cell front end: yaegi takes its parse mode from a source's first
// token, so a cell that mixes declarations and statements cannot be given to
// it whole. The front end scans the cell, splits it at top-level semicolons
// (explicit or inserted at line ends) into chunks, parses each chunk with
// go/parser, rewrites what yaegi cannot run, and groups consecutive chunks of
// one kind into the pieces that yaegi evaluates in order.

// chunkKind says how a chunk is given to yaegi.
type chunkKind int

const (
	importChunk chunkKind = iota // import declaration
	declChunk                    // func, method, type, var or const declaration
	stmtChunk                    // a statement, run in yaegi's statement mode
)

// chunk is one top-level declaration or statement of a cell.
type chunk struct {
	kind       chunkKind
	start, end int // byte offsets in the cell
	decl       ast.Decl
	stmt       ast.Stmt
}

// parsedCell is the result of the front end's parse of a cell.
type parsedCell struct {
	program bool // the cell began with a package clause (program.go)
	src     string
	chunks  []chunk
	fset    *token.FileSet
	base    []int // per chunk, the offset of the cell's first byte in the parsed file
}

// syntaxError is a parse error at an offset of the cell.
type syntaxError struct {
	off int
	msg string
	eof bool // the error is at the end of the input: the cell is incomplete
}

// blank returns s with every byte but newlines replaced by a space, so that
// offsets, lines and columns after it are those of the original text.
func blank(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c != '\n' {
			b[i] = ' '
		}
	}
	return string(b)
}

// splitCell scans a cell into top-level chunks. It reports an error for
// unbalanced brackets and scanner errors; eof says the input merely stops
// early (an open bracket, an unterminated raw string or comment).
func splitCell(src string) (spans [][2]int, kinds []chunkKind, err *syntaxError) {
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	var scanErr *syntaxError
	s.Init(file, []byte(src), func(pos token.Position, msg string) {
		if scanErr == nil {
			eof := msg == "raw string literal not terminated" || msg == "comment not terminated"
			scanErr = &syntaxError{off: pos.Offset, msg: msg, eof: eof}
		}
	}, 0)
	var toks []scanTok // tokens of the current chunk
	depth := 0
	header := false
	var stack []token.Token
	flush := func() {
		if len(toks) == 0 {
			return
		}
		spans = append(spans, [2]int{toks[0].off, toks[len(toks)-1].end})
		kinds = append(kinds, classify(toks[0].tok, func(i int) token.Token {
			if i < len(toks) {
				return toks[i].tok
			}
			return token.EOF
		}, func() bool { return isMethodDecl(toks) }))
		toks = toks[:0]
	}
	for {
		pos, t, lit := s.Scan()
		if scanErr != nil {
			return nil, nil, scanErr
		}
		if t == token.EOF {
			break
		}
		if t == token.SEMICOLON && lit == "\n" && header && depth == 0 {
			// A line ends inside a header: the chunk cannot continue.
			header = false
		}
		off := file.Offset(pos)
		if t == token.SEMICOLON && depth == 0 && !header {
			flush()
			continue
		}
		// Semicolons in the header of for, if and switch statements do not
		// end the chunk: the header ends where the body's brace opens.
		if depth == 0 {
			switch t {
			case token.FOR, token.IF, token.SWITCH:
				header = true
			case token.LBRACE:
				header = false
			}
		}
		end := off + len(lit)
		if lit == "" || t == token.SEMICOLON {
			end = off + len(t.String())
			if t == token.SEMICOLON {
				end = off
				if lit == ";" {
					end = off + 1
				}
			}
		}
		switch t {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth++
			stack = append(stack, t)
		case token.RPAREN, token.RBRACK, token.RBRACE:
			want := map[token.Token]token.Token{token.RPAREN: token.LPAREN, token.RBRACK: token.LBRACK, token.RBRACE: token.LBRACE}[t]
			if depth == 0 || stack[len(stack)-1] != want {
				return nil, nil, &syntaxError{off: off, msg: "unexpected " + t.String()}
			}
			depth--
			stack = stack[:len(stack)-1]
		}
		toks = append(toks, scanTok{t, off, end})
	}
	if depth > 0 {
		return nil, nil, &syntaxError{off: len(src), msg: "unexpected end of input (unclosed " + stack[len(stack)-1].String() + ")", eof: true}
	}
	flush()
	return spans, kinds, nil
}

// classify tells a chunk's kind from its first tokens.
func classify(first token.Token, at func(int) token.Token, method func() bool) chunkKind {
	switch first {
	case token.IMPORT:
		return importChunk
	case token.TYPE, token.VAR, token.CONST:
		return declChunk
	case token.FUNC:
		if at(1) == token.IDENT {
			return declChunk
		}
		if at(1) == token.LPAREN && method() {
			return declChunk
		}
	}
	return stmtChunk
}

// scanTok is a token of a chunk and its byte span in the cell.
type scanTok struct {
	tok      token.Token
	off, end int
}

// isMethodDecl reports whether tokens starting "func (" are a method
// declaration, "func (r T) Name(", rather than a function literal.
func isMethodDecl(toks []scanTok) bool {
	depth := 0
	for i := 1; i < len(toks); i++ {
		switch toks[i].tok {
		case token.LPAREN:
			depth++
		case token.RPAREN:
			depth--
			if depth == 0 {
				return i+2 < len(toks) && toks[i+1].tok == token.IDENT &&
					(toks[i+2].tok == token.LPAREN || toks[i+2].tok == token.LBRACK)
			}
		}
	}
	return false
}

const (
	declPrefix = "package main;"
	stmtPrefix = "package main; func _() {"
)

// parseCell parses a cell into chunks. The returned error, if any, is the
// first syntax error.
func parseCell(src string) (*parsedCell, *syntaxError) {
	spans, kinds, serr := splitCell(src)
	if serr != nil {
		return nil, serr
	}
	pc := &parsedCell{src: src, fset: token.NewFileSet()}
	for i, sp := range spans {
		c := chunk{kind: kinds[i], start: sp[0], end: sp[1]}
		var text string
		var base int
		if c.kind == stmtChunk {
			text = stmtPrefix + blank(src[:sp[0]]) + src[sp[0]:sp[1]] + "\n}"
			base = len(stmtPrefix)
		} else {
			text = declPrefix + blank(src[:sp[0]]) + src[sp[0]:sp[1]]
			base = len(declPrefix)
		}
		f, err := parser.ParseFile(pc.fset, "", text, parser.DeclarationErrors|parser.SkipObjectResolution)
		if err != nil {
			se := &syntaxError{off: len(src), msg: err.Error()}
			if el, ok := err.(scanner.ErrorList); ok && len(el) > 0 {
				se.off = el[0].Pos.Offset - base
				se.msg = el[0].Msg
			}
			if se.off < 0 {
				se.off = 0
			}
			// An error at or after the end of the cell's last chunk means the
			// cell stops early; anything else is invalid.
			se.eof = i == len(spans)-1 && se.off >= sp[1] && strings.TrimSpace(src[sp[1]:]) == ""
			if se.off > len(src) {
				se.off = len(src)
			}
			return nil, se
		}
		if c.kind == stmtChunk {
			body := f.Decls[0].(*ast.FuncDecl).Body.List
			if len(body) != 1 {
				return nil, &syntaxError{off: sp[0], msg: "cannot split this statement"}
			}
			c.stmt = body[0]
		} else {
			if len(f.Decls) != 1 {
				if len(f.Decls) == 0 {
					return nil, &syntaxError{off: sp[0], msg: "expected declaration"}
				}
			}
			c.decl = f.Decls[0]
		}
		pc.chunks = append(pc.chunks, c)
		pc.base = append(pc.base, base)
	}
	return pc, nil
}

// off converts a position in chunk i's parsed file to an offset in the cell.
func (pc *parsedCell) off(i int, p token.Pos) int {
	return pc.fset.Position(p).Offset - pc.base[i]
}

// Completeness says whether a cell can run as it is.
type Completeness int

const (
	Complete   Completeness = iota // the cell parses: run it
	Incomplete                     // the cell stops early: read another line
	Invalid                        // the cell has an error more lines cannot fix: run it to report the error
)

func (c Completeness) String() string {
	return [...]string{"complete", "incomplete", "invalid"}[c]
}

// IsComplete answers whether a cell is complete Go, a start of Go that more
// lines may complete, or invalid. Blank lines belong to the cell: they never
// make an incomplete cell complete. A cell that looks like SQL gets its own
// answer once SQL cells exist (see isSQL). A command (.name, :name, %name,
// NAME?) is complete.
func IsComplete(cell string) Completeness {
	if strings.TrimSpace(cell) == "" {
		return Complete
	}
	if _, _, _, ok := commandText(cell); ok {
		return Complete // a command is one line
	}
	if _, ok := shellCell(cell); ok {
		return Complete // a shell command is one cell as typed
	}
	if isSQL(cell) {
		return sqlComplete(cell)
	}
	pc, err := parseCell(cell)
	switch {
	case err == nil:
		// A label on its own line (gofmt's layout) waits for its statement.
		if n := len(pc.chunks); n > 0 {
			if ls, ok := pc.chunks[n-1].stmt.(*ast.LabeledStmt); ok {
				if es, ok := ls.Stmt.(*ast.EmptyStmt); ok && es.Implicit {
					return Incomplete
				}
			}
		}
		return Complete
	case err.eof:
		return Incomplete
	}
	return Invalid
}

// edit replaces cell bytes [start, end) by text; start == end inserts.
type edit struct {
	start, end int
	text       string
}

// editor applies edits to a span of the cell and maps offsets of the result
// back to the cell.
type editor struct {
	edits []edit
}

func (e *editor) add(start, end int, text string) { e.edits = append(e.edits, edit{start, end, text}) }

// replaceWhole replaces [start, end) by text that was built from the
// edited text of its parts (see parsedCell.edited): the edits inside it are
// absorbed and dropped.
func (e *editor) replaceWhole(start, end int, text string) {
	e.removeWithin(start, end)
	e.add(start, end, text)
}

// edited is the text of node n of chunk i with the edits made so far.
func (pc *parsedCell) edited(i int, ed *editor, n ast.Node) string {
	t, _ := ed.apply(pc.src, pc.off(i, n.Pos()), pc.off(i, n.End()))
	return t
}

// removeWithin drops the edits inside [start, end), which a replacement of
// that span has absorbed.
func (e *editor) removeWithin(start, end int) {
	kept := e.edits[:0]
	for _, x := range e.edits {
		if x.start >= start && x.end <= end {
			continue
		}
		kept = append(kept, x)
	}
	e.edits = kept
}

// segment of an edited text: [tstart, tstart+len) comes from the cell at
// cstart (orig) or is inserted text standing for the cell at cstart.
type segment struct {
	tstart, cstart, n int
	orig              bool
}

// apply returns the edited text of src[from:to] and its segments. Edits must
// not overlap, except that insertions may sit at the ends of replacements.
func (e *editor) apply(src string, from, to int, extra ...edit) (string, []segment) {
	var es []edit
	// The extra edits wrap whole expressions (the result capture): at the
	// same position they go first, outside the editor's own insertions.
	for _, x := range append(extra[:len(extra):len(extra)], e.edits...) {
		if x.start >= from && x.end <= to {
			es = append(es, x)
		}
	}
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].start != es[j].start {
			return es[i].start < es[j].start
		}
		return es[i].end < es[j].end
	})
	var b strings.Builder
	var segs []segment
	at := from
	copyTo := func(end int) {
		if end > at {
			segs = append(segs, segment{b.Len(), at, end - at, true})
			b.WriteString(src[at:end])
			at = end
		}
	}
	for _, x := range es {
		if x.start < at { // overlapping edit: skip it
			continue
		}
		copyTo(x.start)
		segs = append(segs, segment{b.Len(), x.start, len(x.text), false})
		b.WriteString(x.text)
		at = x.end
	}
	copyTo(to)
	return b.String(), segs
}

// mapBack converts an offset of edited text to an offset of the cell.
func mapBack(segs []segment, t int) int {
	for i := len(segs) - 1; i >= 0; i-- {
		s := segs[i]
		if t >= s.tstart {
			if s.orig {
				return s.cstart + min(t-s.tstart, s.n)
			}
			return s.cstart
		}
	}
	if len(segs) > 0 {
		return segs[0].cstart
	}
	return 0
}
