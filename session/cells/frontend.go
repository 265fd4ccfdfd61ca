package cells

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

// ChunkKind says how a chunk is given to yaegi.
type ChunkKind int

const (
	ImportChunk ChunkKind = iota // import declaration
	DeclChunk                    // func, method, type, var or const declaration
	StmtChunk                    // a statement, run in yaegi's statement mode
)

// Chunk is one top-level declaration or statement of a cell.
type Chunk struct {
	Kind       ChunkKind
	Start, End int // byte offsets in the cell
	Decl       ast.Decl
	Stmt       ast.Stmt
}

// Parsed is the result of the front end's parse of a cell.
type Parsed struct {
	Program bool // the cell began with a package clause (program.go)
	Src     string
	Chunks  []Chunk
	Fset    *token.FileSet
	Base    []int // per chunk, the offset of the cell's first byte in the parsed file
}

// SyntaxError is a parse error at an offset of the cell.
type SyntaxError struct {
	Off int
	Msg string
	EOF bool // the error is at the end of the input: the cell is incomplete
}

// Blank returns s with every byte but newlines replaced by a space, so that
// offsets, lines and columns after it are those of the original text.
func Blank(s string) string {
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
func splitCell(src string) (spans [][2]int, kinds []ChunkKind, err *SyntaxError) {
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	var scanErr *SyntaxError
	s.Init(file, []byte(src), func(pos token.Position, msg string) {
		if scanErr == nil {
			eof := msg == "raw string literal not terminated" || msg == "comment not terminated"
			scanErr = &SyntaxError{Off: pos.Offset, Msg: msg, EOF: eof}
		}
	}, 0)
	var toks []scanTok // tokens of the current chunk
	depth := 0
	header := false
	until := 0 // the end of the statement whose header is being read, when the parser found it
	headerStart := 0
	litType, parsed := false, false // the header holds [, map, struct or func; stmtEnd was asked
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
		if header && until > 0 && off >= until {
			header, until = false, 0 // past the statement the parser read
		}
		if t == token.SEMICOLON && depth == 0 && !header {
			flush()
			continue
		}
		// Semicolons in the header of for, if and switch statements do not
		// end the chunk: the header ends where the body's brace opens.
		if depth == 0 {
			switch t {
			case token.FOR, token.IF, token.SWITCH:
				header, until, litType, parsed = true, 0, false, false
				headerStart = off
				if len(toks) > 0 {
					headerStart = toks[0].off
				}
			case token.LBRACE:
				// Only a header holding a literal's type can hold a
				// brace that is not the block's (a composite literal
				// of a type's name must be in parentheses there): the
				// parser is asked then, once.
				if header && litType && !parsed {
					parsed = true
					if end := stmtEnd(src, headerStart); end > off {
						until = end
					}
				}
				header = header && off < until
			}
		}
		if header {
			switch t {
			case token.LBRACK, token.MAP, token.STRUCT, token.FUNC:
				litType = true
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
				return nil, nil, &SyntaxError{Off: off, Msg: "unexpected " + t.String()}
			}
			depth--
			stack = stack[:len(stack)-1]
		}
		toks = append(toks, scanTok{t, off, end})
	}
	if depth > 0 {
		return nil, nil, &SyntaxError{Off: len(src), Msg: "unexpected end of input (unclosed " + stack[len(stack)-1].String() + ")", EOF: true}
	}
	flush()
	return spans, kinds, nil
}

// stmtEnd returns the offset in src where the statement starting at start
// ends, when go/parser reads it without an error, else 0. A brace in the
// header of a for, if or switch statement can open a composite literal
// (for a := [2]int{}; a[0] < 6; a[0]++ {) or a function literal's body, not
// the statement's block: splitCell took the first for the block's and
// split the header at its next semicolon ("expected operand, found '}'"
// for a cell Go runs). The parser knows which brace opens the block.
func stmtEnd(src string, start int) int {
	text := StmtPrefix + Blank(src[:start]) + src[start:] + "\n}"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", text, parser.SkipObjectResolution)
	if f == nil || len(f.Decls) == 0 {
		return 0
	}
	fd, ok := f.Decls[0].(*ast.FuncDecl)
	if !ok || fd.Body == nil || len(fd.Body.List) == 0 {
		return 0
	}
	st := fd.Body.List[0]
	end := fset.Position(st.End()).Offset
	if _, bad := st.(*ast.BadStmt); bad || end <= len(StmtPrefix)+start {
		return 0
	}
	if el, ok := err.(scanner.ErrorList); ok && len(el) > 0 && el[0].Pos.Offset < end {
		return 0 // an error inside the statement: the scan decides, as before
	} else if err != nil && !ok {
		return 0
	}
	return end - len(StmtPrefix)
}

// classify tells a chunk's kind from its first tokens.
func classify(first token.Token, at func(int) token.Token, method func() bool) ChunkKind {
	switch first {
	case token.IMPORT:
		return ImportChunk
	case token.TYPE, token.VAR, token.CONST:
		return DeclChunk
	case token.FUNC:
		if at(1) == token.IDENT {
			return DeclChunk
		}
		if at(1) == token.LPAREN && method() {
			return DeclChunk
		}
	}
	return StmtChunk
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
	DeclPrefix = "package main;"
	StmtPrefix = "package main; func _() {"
)

// Parse parses a cell into chunks. The returned error, if any, is the
// first syntax error.
func Parse(src string) (*Parsed, *SyntaxError) {
	spans, kinds, serr := splitCell(src)
	if serr != nil {
		return nil, serr
	}
	pc := &Parsed{Src: src, Fset: token.NewFileSet()}
	for i, sp := range spans {
		c := Chunk{Kind: kinds[i], Start: sp[0], End: sp[1]}
		var text string
		var base int
		if c.Kind == StmtChunk {
			text = StmtPrefix + Blank(src[:sp[0]]) + src[sp[0]:sp[1]] + "\n}"
			base = len(StmtPrefix)
		} else {
			text = DeclPrefix + Blank(src[:sp[0]]) + src[sp[0]:sp[1]]
			base = len(DeclPrefix)
		}
		f, err := parser.ParseFile(pc.Fset, "", text, parser.DeclarationErrors|parser.SkipObjectResolution)
		if err != nil {
			se := &SyntaxError{Off: len(src), Msg: err.Error()}
			if el, ok := err.(scanner.ErrorList); ok && len(el) > 0 {
				se.Off = el[0].Pos.Offset - base
				se.Msg = el[0].Msg
			}
			if se.Off < 0 {
				se.Off = 0
			}
			// An error at or after the end of the cell's last chunk means the
			// cell stops early; anything else is invalid.
			se.EOF = i == len(spans)-1 && se.Off >= sp[1] && strings.TrimSpace(src[sp[1]:]) == ""
			if se.Off > len(src) {
				se.Off = len(src)
			}
			return nil, se
		}
		if c.Kind == StmtChunk {
			body := f.Decls[0].(*ast.FuncDecl).Body.List
			if len(body) != 1 {
				return nil, &SyntaxError{Off: sp[0], Msg: "cannot split this statement"}
			}
			c.Stmt = body[0]
		} else {
			if len(f.Decls) != 1 {
				if len(f.Decls) == 0 {
					return nil, &SyntaxError{Off: sp[0], Msg: "expected declaration"}
				}
			}
			c.Decl = f.Decls[0]
		}
		pc.Chunks = append(pc.Chunks, c)
		pc.Base = append(pc.Base, base)
	}
	return pc, nil
}

// Off converts a position in chunk i's parsed file to an offset in the cell.
func (pc *Parsed) Off(i int, p token.Pos) int {
	return pc.Fset.Position(p).Offset - pc.Base[i]
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
// answer once SQL cells exist (see IsSQL). A command (.name, :name, %name,
// NAME?) is complete.
func IsComplete(cell string) Completeness {
	if strings.TrimSpace(cell) == "" {
		return Complete
	}
	if _, _, _, ok := CommandText(cell); ok {
		return Complete // a command is one line
	}
	if _, ok := ShellCell(cell); ok {
		return Complete // a shell command is one cell as typed
	}
	if IsSQL(cell) {
		return SQLComplete(cell)
	}
	pc, err := Parse(cell)
	switch {
	case err == nil:
		// A label on its own line (gofmt's layout) waits for its statement.
		if n := len(pc.Chunks); n > 0 {
			if ls, ok := pc.Chunks[n-1].Stmt.(*ast.LabeledStmt); ok {
				if es, ok := ls.Stmt.(*ast.EmptyStmt); ok && es.Implicit {
					return Incomplete
				}
			}
		}
		return Complete
	case err.EOF:
		return Incomplete
	}
	return Invalid
}

// Edit replaces cell bytes [start, end) by text; start == end inserts.
type Edit struct {
	Start, End int
	Text       string
}

// Editor applies edits to a span of the cell and maps offsets of the result
// back to the cell.
type Editor struct {
	Edits []Edit
}

func (e *Editor) Add(start, end int, text string) { e.Edits = append(e.Edits, Edit{start, end, text}) }

// Wrap inserts open at start and close at end outside the insertions
// already made there (and those made later at end): open goes first among
// the edits at start, close last among those at end.
func (e *Editor) Wrap(start, end int, open, close string) {
	e.Edits = append([]Edit{{start, start, open}}, e.Edits...)
	e.Add(end, end, close)
}

// ReplaceWhole replaces [start, end) by text that was built from the
// edited text of its parts (see Parsed.Edited): the edits inside it are
// absorbed and dropped.
func (e *Editor) ReplaceWhole(start, end int, text string) {
	e.RemoveWithin(start, end)
	e.Add(start, end, text)
}

// Edited is the text of node n of chunk i with the edits made so far.
func (pc *Parsed) Edited(i int, ed *Editor, n ast.Node) string {
	t, _ := ed.Apply(pc.Src, pc.Off(i, n.Pos()), pc.Off(i, n.End()))
	return t
}

// Covers reports whether an edit already made replaces text that
// overlaps [start, end) (an insertion, which replaces nothing, does not).
func (e *Editor) Covers(start, end int) bool {
	for _, x := range e.Edits {
		if x.Start < x.End && x.Start < end && start < x.End {
			return true
		}
	}
	return false
}

// RemoveWithin drops the edits inside [start, end), which a replacement of
// that span has absorbed.
func (e *Editor) RemoveWithin(start, end int) {
	kept := e.Edits[:0]
	for _, x := range e.Edits {
		if x.Start >= start && x.End <= end {
			continue
		}
		kept = append(kept, x)
	}
	e.Edits = kept
}

// Segment of an edited text: [tstart, tstart+len) comes from the cell at
// cstart (orig) or is inserted text standing for the cell at cstart.
type Segment struct {
	TStart, CStart, N int
	Orig              bool
}

// Apply returns the edited text of src[from:to] and its segments. Edits must
// not overlap, except that insertions may sit at the ends of replacements;
// of two equal redeclarations (" t := t;") one is made.
func (e *Editor) Apply(src string, from, to int, extra ...Edit) (string, []Segment) {
	var es []Edit
	rank := map[int]int{} // at the same position: statements, the extra edits, the others
	// The extra edits wrap whole expressions (the result capture), in
	// pairs of an opening and a closing edit: at the same position they
	// go outside the editor's own insertions, the opening one first and
	// the closing one last (__divergoShow1(rt.Equal([]any{a, b})), not
	// …b)})), except a statement the editor puts before the
	// expression's (x := …; ), which stays before it.
	for k, x := range append(extra[:len(extra):len(extra)], e.Edits...) {
		if x.Start >= from && x.End <= to {
			switch {
			case k < len(extra) && k%2 == 1:
				rank[len(es)] = 3
			case k < len(extra):
				rank[len(es)] = 1
			case x.Start == x.End && strings.HasSuffix(x.Text, "; ") && strings.Contains(x.Text, " := "):
				rank[len(es)] = 0
			default:
				rank[len(es)] = 2
			}
			es = append(es, x)
		}
	}
	order := make([]int, len(es))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := es[order[i]], es[order[j]]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return rank[order[i]] < rank[order[j]]
	})
	sorted := make([]Edit, len(es))
	for k, o := range order {
		sorted[k] = es[o]
	}
	es = sorted
	var b strings.Builder
	var segs []Segment
	at := from
	copyTo := func(end int) {
		if end > at {
			segs = append(segs, Segment{b.Len(), at, end - at, true})
			b.WriteString(src[at:end])
			at = end
		}
	}
	seen := map[Edit]bool{}
	for _, x := range es {
		if x.Start < at { // overlapping edit: skip it
			continue
		}
		if x.Start == x.End && seen[x] && strings.HasSuffix(x.Text, ";") && strings.Contains(x.Text, " := ") {
			continue // the same redeclaration made by two passes (t := t)
		}
		seen[x] = true
		copyTo(x.Start)
		segs = append(segs, Segment{b.Len(), x.Start, len(x.Text), false})
		b.WriteString(x.Text)
		at = x.End
	}
	copyTo(to)
	return b.String(), segs
}

// MapBack converts an offset of edited text to an offset of the cell.
func MapBack(segs []Segment, t int) int {
	for i := len(segs) - 1; i >= 0; i-- {
		s := segs[i]
		if t >= s.TStart {
			if s.Orig {
				return s.CStart + min(t-s.TStart, s.N)
			}
			return s.CStart
		}
	}
	if len(segs) > 0 {
		return segs[0].CStart
	}
	return 0
}

// Text is the cell's text of a node of chunk i.
func (pc *Parsed) Text(i int, n ast.Node) string {
	return pc.Src[pc.Off(i, n.Pos()):pc.Off(i, n.End())]
}

// Node is the chunk's declaration or statement.
func (c Chunk) Node() ast.Node {
	if c.Stmt != nil {
		return c.Stmt
	}
	return c.Decl
}
