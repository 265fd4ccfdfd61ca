// Package check type-checks a session's Go cells with go/types before the
// interpreter runs any of them, so that a cell Go rejects is reported with
// Go's own message and changes nothing.
//
// # The session as a Go package
//
// A session is one Go package ("main") that grows cell by cell. The checker
// keeps its picture of that package (a Session): for every package-level
// name, what it is now — an import, or a declaration given as Go text:
//
//   - types, functions and methods as the user wrote them, bodies dropped
//     (a body-less func is a valid declaration, and later cells need only
//     the signature);
//   - variables as `var x T`, with T the type go/types inferred when their
//     cell was checked (packages named through aliases __qN, so that a
//     later variable called bytes does not break a type *bytes.Buffer);
//   - constants with their type and exact value;
//   - the session's own names: the exported names of package builtins
//     (dot-imported in the interpreter), Display, Query and SQLTable, and
//     the prelude's packages.
//
// A later definition of a name replaces the earlier one, whatever its kind:
// session semantics, where `x := "s"` may redefine an int x.
//
// # A cell as units
//
// The interpreter runs a cell's top-level chunks in order: imports,
// declarations and statements, each a package-level definition when it
// defines a name. The checker splits the cell at the same chunks (given by
// the caller) and groups consecutive chunks of one kind into units, which
// it checks in order, each as a package of two files: the session's
// declarations (session.go) and the unit (cell.go). Declarations go at
// package level; statements go into the body of a function, in order, so
// that `q := normalize(q)` reads the session's q and a define may give an
// existing name another type (as in Go, one cell may not define a name
// twice). After each unit, its definitions join the picture
// the next unit sees; the session's picture changes only when the caller
// commits the result, after the cell ran.
//
// Go's errors that a session does not make errors are dropped: a variable,
// import or label declared and not used, and a top-level expression whose
// value is not used (it is the cell's result).
//
// # Confidence
//
// A false rejection of valid Go is worse than a missed error, so the checker
// says nothing (Result.Skipped) whenever it cannot judge: the importer is
// unavailable (no go command, no module sources, DIVERGO_TYPECHECK=off), a
// package does not import, the cell mentions a name whose type the checker
// does not know (defined by a cell it could not check, or of a type that
// cannot be named at package level), the session's declarations do not
// check, or an error falls outside the cell's own text. The cell then runs
// as it would without the checker.
//
// # Importer
//
// Packages are read from export data embedded in the binary: every
// standard package a cell may import and the prelude's packages, as the go
// command built them (exportdata_linux_amd64.zip, written by
// internal/exportgen through `go generate`; TestExportDataCurrent fails
// when it is stale). go/importer's gc importer decodes and keeps them: the
// prelude's packages take about 10 ms at a process's first check, so
// `divergo -e` still starts in about 25 ms. A package the data lacks (a
// module fetched later) comes from `go list -export`, run in the module's
// directory, where the Go toolchain and the module's sources are there; on
// platforms other than linux/amd64 every package comes that way. Without
// them, a cell that imports such a package runs unchecked.
//
// # Lowering
//
// Types known, the checker also lowers what the interpreter would run wrong:
// Go 1.26's new(expr) becomes a call of a function literal that copies the
// value (new(42) → func() *int { v := int(42); return &v }()), and a
// top-level `x := v` where the session's x already has v's type becomes
// `x = v` (the interpreter zeroes x when it compiles a define: `k := k + 1`
// read 0, and a define that panicked left x zero). A define of several
// names that keeps some of the session's variables is described in
// Result.Defines for the session to lower (bindings.go); inside functions,
// such defines and function literals given to native code in loops are
// lowered here (Redefines, NativeClosures), and rune constants defined at
// top level are wrapped in rune(…).
//
// After a runtime error, the names defined by chunks whose piece did not
// run to its end are forgotten (variables) or unknown (declarations); the
// interpreter does not say which statement of a piece failed, so a name
// defined before the failing statement of the same piece is forgotten too.
package check

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind is the kind of a top-level chunk of a cell.
type Kind int

const (
	Import Kind = iota // an import declaration
	Decl               // a func, method, type, var or const declaration
	Stmt               // a statement
)

// Chunk is one top-level declaration or statement of a cell: its byte span.
type Chunk struct {
	Start, End int
	Kind       Kind
}

// Error is Go's rejection of a cell: the first error, at a byte offset of
// the cell.
type Error struct {
	Off int
	Msg string
	// Go: the error is go/types' (the cell does not compile), not a
	// refusal of divergo's.
	Go bool
}

// Edit replaces the cell's bytes [Start, End) by Text for the interpreter.
type Edit struct {
	Start, End int
	Text       string
}

// kind of a name in the checker's picture.
type kind int

const (
	kImport  kind = iota
	kType         // src: type declaration
	kFunc         // src: body-less func declaration
	kVar          // src: var declaration
	kConst        // src: const declaration
	kUnknown      // defined, type unknown: a cell that mentions it is not checked
)

// entry is what a package-level name is now.
type entry struct {
	kind  kind
	path  string   // kImport: the import path
	src   string   // the declaration's text for session.go
	paths []string // import paths src refers to through aliases (aliasOf)
	dot   bool     // a name of the dot-imported package, as it came
}

// Session is the checker's picture of an interpreter session's package.
type Session struct {
	names    map[string]*entry
	methods  map[string]*entry // "Type.Method" → its body-less declaration
	off      string            // why checking stopped for the session ("" while on)
	aliases  map[string]string // other import paths of packages (see Options)
	opts     *Options          // until start
	native   map[string][]string
	dot      string          // the dot-imported package's path
	dots     int             // how many names it gives
	dotNames map[string]bool // its exported names
	// reached names the session's types whose values a checked cell
	// stored in an interface (Boundary).
	reached map[string]bool
	// parsed are the last session.go files parsed (sessionFile), the
	// latest first.
	parsed []parsedSession
}

// Options configure a Session.
type Options struct {
	// Imports are the packages in scope from the start: name → path.
	Imports map[string]string
	// DotImport is a package whose exported names are in scope (builtins).
	DotImport string
	// Vars are variables in scope from the start: name → a function that
	// writes the type, given one that names a package by its import path.
	Vars map[string]func(pkg func(path string) string) string
	// Aliases are other import paths of packages: path → real path.
	Aliases map[string]string
	// Native are names the interpreter adds to packages (path → names): a
	// cell that selects one is not checked.
	Native map[string][]string
}

// New returns the checker's picture of a new session. The importer starts
// at the first Check.
func New(opts Options) *Session {
	s := &Session{names: map[string]*entry{}, methods: map[string]*entry{}, aliases: opts.Aliases, opts: &opts, native: opts.Native, reached: map[string]bool{}}
	for name, path := range opts.Imports {
		s.names[name] = &entry{kind: kImport, path: path}
	}
	for name, typ := range opts.Vars {
		e := &entry{kind: kVar}
		e.src = "var " + name + " " + typ(func(path string) string {
			e.paths = append(e.paths, path)
			return aliasOf(path)
		})
		s.names[name] = e
	}
	return s
}

// start adds the dot-imported names, once the importer runs.
func (s *Session) start(imp *exportImporter) {
	opts := s.opts
	s.opts = nil
	if opts.DotImport == "" {
		return
	}
	pkg, err := imp.Import(opts.DotImport)
	if err != nil {
		s.off = err.Error()
		return
	}
	s.dotNames = map[string]bool{}
	for _, name := range pkg.Scope().Names() {
		obj := pkg.Scope().Lookup(name)
		if obj.Exported() {
			s.dotNames[name] = true
		}
		if _, taken := s.names[name]; obj.Exported() && !taken {
			e := dotEntry(obj)
			e.dot = true
			s.names[name] = e
			s.dots++
		}
	}
	s.dot = opts.DotImport
}

// dotEntry declares an object of a dot-imported package in session.go.
func dotEntry(obj types.Object) *entry {
	e := &entry{}
	q := e.qualifier()
	ref := q(obj.Pkg()) + "." + obj.Name()
	switch obj := obj.(type) {
	case *types.TypeName:
		e.kind, e.src = kType, "type "+obj.Name()+" = "+ref
	case *types.Const:
		e.kind, e.src = kConst, "const "+obj.Name()+" = "+ref
	case *types.Var:
		e.kind, e.src = kVar, "var "+obj.Name()+" = "+ref
	case *types.Func:
		sig := obj.Type().(*types.Signature)
		if sig.TypeParams().Len() > 0 {
			e.kind = kUnknown
			return e
		}
		e.kind, e.src = kFunc, "func "+obj.Name()+strings.TrimPrefix(types.TypeString(sig, q), "func")
	default:
		e.kind = kUnknown
	}
	return e
}

// aliases of import paths in session.go, for the whole process.
var (
	aliasMu  sync.Mutex
	aliasFor = map[string]string{}
)

func aliasOf(path string) string {
	aliasMu.Lock()
	defer aliasMu.Unlock()
	a, ok := aliasFor[path]
	if !ok {
		a = fmt.Sprintf("__q%d", len(aliasFor))
		aliasFor[path] = a
	}
	return a
}

// qualifier names packages by alias for session.go, noting their paths.
func (e *entry) qualifier() types.Qualifier {
	return func(p *types.Package) string {
		if p.Path() == pkgPath {
			return ""
		}
		for _, x := range e.paths {
			if x == p.Path() {
				return aliasOf(x)
			}
		}
		e.paths = append(e.paths, p.Path())
		return aliasOf(p.Path())
	}
}

const pkgPath = "main"

// Result is the checker's answer about a cell.
type Result struct {
	Err     *Error // Go's rejection, or nil
	Skipped string // why the cell was not judged, or ""
	Edits   []Edit // lowerings for the interpreter
	// Decls are the functions the lowerings call (Modern: the generic
	// standard library), each to be compiled with the chunk that first
	// uses it.
	Decls []ChunkDecl
	// Defines describe the cell's top-level defines of variables (x := v,
	// a, b := f()), by chunk, one entry per name on the left.
	Defines map[int][]Define
	// Tuples gives, by chunk, the number of values of a statement that is
	// a call of several results (pair()): a cell's trailing pair() shows
	// them (the session passes them on one by one, so that a value keeps
	// its type and methods).
	Tuples map[int]int
	// Reordered is the cell lowered to gc's order of calls (cellorder.go),
	// when a statement needs it: the session checks that text
	// (CheckLowered) and runs it instead of the cell; nothing else of
	// this result holds.
	Reordered *Reordered
	updates   []update
	notInts   map[int]bool // NotIntRange
}

// NotIntRange reports whether the range statement whose operand starts
// at the cell's offset off ranges over a value the checker knows is not
// an integer (a map, a slice, a string…): the session never ranges over
// it through its helper of integer ranges (RangeInt).
func (r *Result) NotIntRange(off int) bool { return r != nil && r.notInts[off] }

// noteRanges notes the unit's ranges over values that are not integers
// (Result.NotIntRange).
func (c *cellCheck) noteRanges(f *ast.File, info *types.Info, t *text) {
	if !treeHolds(f, hasRange) {
		return
	}
	inspect(f, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok {
			return true
		}
		if tx := info.TypeOf(r.X); tx != nil && !IntegerType(tx) {
			if off, ok := t.cellOff(t.off(r.X.Pos())); ok {
				if c.notInts == nil {
					c.notInts = map[int]bool{}
				}
				c.notInts[off] = true
			}
		}
		return true
	})
}

// A Define is a name on the left of a cell's top-level define.
type Define struct {
	Name string
	// Keep: the name is a variable of the session (or of an earlier
	// statement of the cell) whose type the define keeps; Go would assign
	// it, as the interpreter must (a closure that captured it reads it).
	Keep bool
	// Type is the variable's type as the cell can write it, or "";
	// Interface: it is an interface type.
	Type      string
	Interface bool
}

// update is a change of the picture made by one chunk of the cell.
type update struct {
	chunk  int // index of the chunk
	name   string
	e      *entry // nil: forget the name
	method bool   // name is "Type.Method"
	define bool   // a variable defined by a statement or var declaration
}

// Disabled reports why checking is off for the session, or "".
func (s *Session) Disabled() string { return s.off }

// Check type-checks a cell split into chunks (in order). It never changes
// the session: Commit does. A cell whose statements need gc's order of
// calls comes back as Result.Reordered (cellorder.go).
func (s *Session) Check(cell string, chunks []Chunk) *Result {
	return s.check(cell, chunks, false)
}

// CheckLowered is Check of a cell's text Check lowered to gc's order of
// calls (Result.Reordered), which it does not lower again.
func (s *Session) CheckLowered(cell string, chunks []Chunk) *Result {
	return s.check(cell, chunks, true)
}

func (s *Session) check(cell string, chunks []Chunk, lowered bool) *Result {
	if s.off != "" {
		if e := narrowedSkip(s.reached, cell); e != nil {
			return &Result{Err: e}
		}
		if s.reached != nil {
			s.reached["unjudged"] = true // reach.go: its calls are not known
		}
		return &Result{Skipped: s.off}
	}
	imp, err := sharedImporter()
	if err != nil {
		return &Result{Skipped: err.Error()}
	}
	checkMu.Lock()
	defer checkMu.Unlock()
	if s.opts != nil {
		s.start(imp)
		if s.off != "" {
			return &Result{Skipped: s.off}
		}
	}
	c := &cellCheck{s: s, cell: cell, imp: aliasImporter{imp, s.aliases},
		names: copyMap(s.names), methods: copyMap(s.methods), lowered: lowered}
	// What the cell's passes learn of the session (values stored in an
	// any, comparisons: reached) stays only if the cell is accepted.
	var reached map[string]bool
	if s.reached != nil {
		reached = make(map[string]bool, len(s.reached))
		for k, v := range s.reached {
			reached[k] = v
		}
	}
	for i := 0; i < len(chunks); {
		j := i + 1
		for j < len(chunks) && chunks[j].Kind == chunks[i].Kind {
			j++
		}
		if r := c.unit(chunks, i, j); r != nil {
			if r.Err != nil && reached != nil {
				s.reached = reached
			}
			if r.Skipped != "" {
				if e := narrowedSkip(s.reached, cell[chunks[i].Start:]); e != nil {
					e.Off += chunks[i].Start
					return &Result{Err: e}
				}
				if s.reached != nil {
					s.reached["unjudged"] = true // reach.go: its calls are not known
				}
			}
			return r
		}
		i = j
	}
	if len(c.reorder) > 0 {
		if reached != nil {
			s.reached = reached // the lowered cell's check learns it again
		}
		return &Result{Reordered: c.reordered()}
	}
	return &Result{Edits: c.edits, Decls: c.lowDecls, Defines: c.defines, Tuples: c.tuples, updates: c.updates, notInts: c.notInts}
}

// checkMu serialises checks: the importer's packages are shared.
var checkMu sync.Mutex

func copyMap(m map[string]*entry) map[string]*entry {
	c := make(map[string]*entry, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// Commit applies a checked cell's definitions to the session. ran reports
// whether chunk i ran to its end; the names a chunk that did not run
// defines become unknown, or undefined for variables (the interpreter
// zeroes them when it compiles the cell).
//
// kept reports the chunks that did not run and left the session's names as
// they were (a define whose value failed before any name was made).
func (s *Session) Commit(r *Result, ran func(i int) bool, kept func(i int) bool) {
	if r == nil || r.Err != nil || r.Skipped != "" {
		return
	}
	for _, u := range r.updates {
		m := s.names
		if u.method {
			m = s.methods
		}
		switch {
		case ran(u.chunk) && u.e != nil:
			m[u.name] = u.e
		case ran(u.chunk):
			delete(m, u.name)
		case kept(u.chunk):
		case u.define:
			delete(m, u.name)
		default:
			m[u.name] = &entry{kind: kUnknown}
		}
	}
}

// Unknown marks names as defined with types the checker does not know (a
// cell it could not check defined them).
func (s *Session) Unknown(names ...string) {
	for _, n := range names {
		if n != "_" {
			s.names[n] = &entry{kind: kUnknown}
		}
	}
}

// Imported notes an import that a cell the checker could not check made.
func (s *Session) Imported(name, path string) {
	switch name {
	case "_":
	case ".":
		s.off = "a dot import: the checker does not know the names in scope"
	default:
		if real, ok := s.aliases[path]; ok {
			path = real
		}
		s.names[name] = &entry{kind: kImport, path: path}
	}
}

// aliasImporter imports a package under its other paths too.
type aliasImporter struct {
	imp     *exportImporter
	aliases map[string]string
}

func (a aliasImporter) Import(path string) (*types.Package, error) {
	if real, ok := a.aliases[path]; ok {
		path = real
	}
	return a.imp.Import(path)
}

// imported reports whether a package has imported without error.
func (a aliasImporter) imported(path string) bool {
	if real, ok := a.aliases[path]; ok {
		path = real
	}
	return a.imp.imported(path)
}

// cellCheck is the state of one Check: the picture as the cell's units
// change it.
type cellCheck struct {
	s        *Session
	cell     string
	imp      aliasImporter
	names    map[string]*entry
	methods  map[string]*entry
	edits    []Edit
	lowDecls []ChunkDecl
	notInts  map[int]bool // Result.NotIntRange
	defines  map[int][]Define
	tuples   map[int]int
	updates  []update
	pic      unitPicture // the running unit's
	// boundary's spans, for DeferSpreads (in modern), which makes them
	// edits after it.
	boundarySpans []Span
	shown         ast.Expr // the unit's shown value, if any (shownResult)
	// lowered: the cell is one CallOrder lowered already; reorder are
	// the edits that lower it, once a unit needed any (cellorder.go).
	lowered bool
	reorder []cellEdit
	// shadowed are the names the unit's text declares (cellTypeString).
	shadowed map[string]bool
}

// A ChunkDecl is a declaration the lowered cell needs, Go text to compile
// with chunk Chunk (or before it).
type ChunkDecl struct {
	Chunk int
	Text  string
}

// text builds a unit's file and maps its offsets back to the cell.
type text struct {
	b    strings.Builder
	segs [][3]int    // file offset, cell offset, length
	file *token.File // the parsed file
}

// off is the file offset of a position of the parsed file.
func (t *text) off(p token.Pos) int { return t.file.Offset(p) }

func (t *text) gen(s string) { t.b.WriteString(s) }
func (t *text) copy(cell string, from, to int) {
	t.segs = append(t.segs, [3]int{t.b.Len(), from, to - from})
	t.b.WriteString(cell[from:to])
}

// cellOff maps an offset of the file to the cell; ok is false in generated
// text.
func (t *text) cellOff(off int) (int, bool) {
	for _, s := range t.segs {
		if off >= s[0] && off <= s[0]+s[2] {
			return s[1] + off - s[0], true
		}
	}
	return 0, false
}

func skip(format string, args ...any) *Result {
	return &Result{Skipped: fmt.Sprintf(format, args...)}
}

// unit checks chunks [i, j), all of one kind, and adds their definitions to
// the picture. It returns a result only when the cell stops there (an
// error, or a skip).
func (c *cellCheck) unit(chunks []Chunk, i, j int) *Result {
	k := chunks[i].Kind
	c.readPicture()
	fset := token.NewFileSet()
	var words map[string]bool // the unit's, for cell.go's imports
	if k != Import {
		words = map[string]bool{}
		for x := i; x < j; x++ {
			eachWord(c.cell[chunks[x].Start:chunks[x].End], func(w string) { words[w] = true })
		}
	}
	build := func(own map[string]bool) (*text, *ast.File, error) {
		t := &text{}
		t.gen("package main\n")
		if k != Import {
			c.imports(t, own, words)
		}
		if k == Stmt {
			t.gen("func __cell() {\n")
		}
		for x := i; x < j; x++ {
			t.copy(c.cell, chunks[x].Start, chunks[x].End)
			t.gen("\n")
		}
		if k == Stmt {
			t.gen("}\n")
		}
		f, err := parser.ParseFile(fset, "cell.go", t.b.String(), parser.SkipObjectResolution)
		if err == nil {
			t.file = fset.File(f.Pos())
		}
		return t, f, err
	}
	t, f, err := build(nil)
	if err != nil {
		return skip("the unit does not parse: %v", err)
	}
	var stmts []ast.Stmt // top-level statements, with their chunk
	if k == Stmt {
		stmts = f.Decls[len(f.Decls)-1].(*ast.FuncDecl).Body.List
		if len(stmts) != j-i {
			return skip("the statements do not split as the chunks do")
		}
	}
	// Names the unit declares at package level are left out of session.go.
	own, ownMethods := map[string]bool{}, map[string]bool{}
	if k != Stmt {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT && k != Import {
				continue // the header's
			}
			for _, n := range declNames(d) {
				own[n] = true
			}
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil {
				ownMethods[methodKey(fd)] = true
			}
		}
	}
	if len(own) > 0 {
		// Built again without the imports the unit's names replace.
		if t, f, err = build(own); err != nil {
			return skip("the unit does not parse: %v", err)
		}
	}
	nodes, idents := record(f) // for the passes' walks of f (inspect)
	defer forget()
	// A name whose type is unknown: the unit cannot be judged.
	var unknown string
	lhs := map[*ast.Ident]bool{}
	for _, st := range stmts {
		if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					lhs[id] = true
				}
			}
		}
	}
	inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && unknown == "" && !own[id.Name] && !lhs[id] {
			if e := c.names[id.Name]; e != nil && e.kind == kUnknown {
				unknown = id.Name
			}
		}
		return unknown == ""
	})
	if unknown != "" {
		return skip("%s has a type the checker does not know", unknown)
	}
	if sel := c.nativeSelector(f); sel != "" {
		return skip("%s is the interpreter's own", sel)
	}
	files := []*ast.File{f}
	if k != Import {
		sess := &text{}
		sess.gen("package main\n")
		c.imports(sess, own, nil)
		c.decls(sess, own, ownMethods)
		sf, err := c.s.sessionFile(fset, sess.b.String())
		if err != nil {
			return skip("the session's declarations do not parse: %v", err)
		}
		files = append(files, sf)
	}
	var errs []types.Error
	conf := types.Config{Importer: c.imp, Error: func(err error) {
		if te, ok := err.(types.Error); ok {
			errs = append(errs, te)
		}
	}}
	// The maps sized about as they end, not grown step by step: an
	// expression for each node of the cell's, a use for each of its
	// identifiers and a definition for every other one, and for each of
	// the session's names (but those of the dot import) about two
	// expressions, a definition and a use in session.go.
	decls := max(len(c.names)-c.s.dots, 0) + len(c.methods)
	info := &types.Info{
		Implicits:  map[ast.Node]types.Object{},
		Types:      make(map[ast.Expr]types.TypeAndValue, nodes+2*decls),
		Defs:       make(map[*ast.Ident]types.Object, idents/2+decls),
		Uses:       make(map[*ast.Ident]types.Object, idents+decls),
		Instances:  map[*ast.Ident]types.Instance{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	pkg, _ := conf.Check(pkgPath, fset, files, info)
	topExprs := map[ast.Node]bool{}
	for _, st := range stmts {
		if es, ok := st.(*ast.ExprStmt); ok {
			topExprs[es.X] = true
		}
	}
	sort.SliceStable(errs, func(a, b int) bool { return errs[a].Pos < errs[b].Pos })
	for _, e := range errs {
		if ignored(e, topExprs) && !unusedInFunction(e, f) {
			continue
		}
		pos := fset.Position(e.Pos)
		if pos.Filename != "cell.go" {
			return skip("the session's declarations do not check: %s", e.Msg)
		}
		off, ok := t.cellOff(pos.Offset)
		if !ok {
			return skip("an error outside the cell: %s", e.Msg)
		}
		if k == Import || strings.HasPrefix(e.Msg, "could not import") {
			// The interpreter's import rules are the session's: an import
			// of a package already in scope under the same name is fine.
			return skip("%s", e.Msg)
		}
		return &Result{Err: &Error{Off: off, Msg: e.Msg, Go: true}}
	}
	if !c.lowered && k != Import && treeHolds(f, hasCall|hasReceive) {
		if r := c.callOrder(k, f, info, t, stmts, chunks[i].Start); r != nil {
			return r
		}
	}
	if !c.lowered && k != Import {
		if r := c.renamePredeclared(f, info, t, chunks[i].Start); r != nil {
			return r
		}
	}
	c.noteRanges(f, info, t)
	if len(c.reorder) > 0 {
		// The lowered cell is judged instead: only the unit's
		// definitions, for the units after it.
		c.define(k, i, f, stmts, info, pkg, t)
		return nil
	}
	if r := c.refuseFormats(files, f, info, t); r != nil {
		return r
	}
	if k == Stmt && j == len(chunks) {
		if r := c.shownResult(stmts, info, t); r != nil {
			return r
		}
	}
	if r := c.lower(f, info, t); r != nil {
		return r
	}
	if r := c.boundary(f, info, t); r != nil {
		return r
	}
	if r := c.modern(chunks, i, j, f, info, t); r != nil {
		return r
	}
	if r := c.bindings(f, info, stmts, t); r != nil {
		return r
	}
	if r := c.crashes(files, chunks, i, j, f, info, t); r != nil {
		return r
	}
	c.define(k, i, f, stmts, info, pkg, t)
	return nil
}

// A parsedSession is a session.go parsed, for the next units whose
// session.go is the same text (sessionFile).
type parsedSession struct {
	src  string
	file *ast.File
	tok  *token.File
}

// sessionBase is where a parsed session.go kept for later units starts:
// past any unit's cell.go (one or two, parsed first), as a session.go
// parsed after them would be. Its positions differ from those by one
// number added to each, so every comparison of two positions answers as
// before, and the file, offset, line and column of each are the same.
const sessionBase = 1 << 30

// sessionFile parses a unit's session.go into fset, after its cell.go;
// a text already parsed for an earlier unit (the session's declarations
// change only when a cell defines something) is not parsed again: its
// tree is added to fset as it was. The checker never changes a tree.
func (s *Session) sessionFile(fset *token.FileSet, src string) (*ast.File, error) {
	if fset.Base() > sessionBase {
		return parser.ParseFile(fset, "session.go", src, parser.SkipObjectResolution)
	}
	for k, p := range s.parsed {
		if p.src == src {
			copy(s.parsed[1:k+1], s.parsed[:k])
			s.parsed[0] = p
			fset.AddExistingFiles(p.tok)
			return p.file, nil
		}
	}
	own := token.NewFileSet()
	own.AddFile("", own.Base(), sessionBase-own.Base()-1) // positions up to sessionBase
	f, err := parser.ParseFile(own, "session.go", src, parser.SkipObjectResolution)
	if err != nil {
		// Its error as before, from a parse into fset.
		return parser.ParseFile(fset, "session.go", src, parser.SkipObjectResolution)
	}
	const kept = 4 // a cell's units, each with its own session.go
	if len(s.parsed) < kept {
		s.parsed = append(s.parsed, parsedSession{})
	}
	copy(s.parsed[1:], s.parsed)
	tok := own.File(f.Pos())
	s.parsed[0] = parsedSession{src, f, tok}
	fset.AddExistingFiles(tok)
	return f, nil
}

// nativeSelector returns the first pkg.Name of f that the interpreter adds
// to a package (Options.Native), or "".
func (c *cellCheck) nativeSelector(f *ast.File) string {
	found := ""
	inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && found == "" {
			if id, ok := sel.X.(*ast.Ident); ok {
				if e := c.names[id.Name]; e != nil && e.kind == kImport {
					for _, name := range c.s.native[e.path] {
						if name == sel.Sel.Name {
							found = id.Name + "." + name
						}
					}
				}
			}
		}
		return found == ""
	})
	return found
}

// defined returns the names a top-level statement defines.
func defined(st ast.Stmt) []string {
	as, ok := st.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE {
		return nil
	}
	var names []string
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
			names = append(names, id.Name)
		}
	}
	return names
}

// ignored reports whether an error is one a session does not make an error.
func ignored(e types.Error, topExprs map[ast.Node]bool) bool {
	m := e.Msg
	if strings.HasPrefix(m, "declared and not used") || strings.HasSuffix(m, "declared and not used") ||
		strings.Contains(m, "imported and not used") || strings.Contains(m, "imported as ") && strings.HasSuffix(m, "and not used") {
		return true
	}
	if strings.HasSuffix(m, "is not used") {
		for x := range topExprs {
			if e.Pos >= x.Pos() && e.Pos < x.End() {
				return true
			}
		}
	}
	return false
}

// unusedInFunction reports whether e is Go's "declared and not used" of
// a variable inside a function the cell declares (func f() { y := 3 },
// or a function literal) or in a block or statement header of the cell
// (if v := 3; ok {}): Go rejects it, and the cell is reported as go run
// reports it. A variable the cell's top level defines is the session's,
// used by later cells: not an error there.
func unusedInFunction(e types.Error, f *ast.File) bool {
	if !strings.HasPrefix(e.Msg, "declared and not used") || f == nil {
		return false
	}
	inside := false
	ast.Inspect(f, func(n ast.Node) bool {
		if inside || n == nil || e.Pos < n.Pos() || e.Pos >= n.End() {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body == nil || e.Pos < n.Body.Pos() {
				return false
			}
			if n.Name.Name != "__cell" {
				inside = true
				return false
			}
			// The cell's top level: a variable its own statements
			// define is the session's; one of an if, for or switch
			// header, or of a block, is not.
			for _, st := range n.Body.List {
				var names []ast.Expr
				switch st := st.(type) {
				case *ast.AssignStmt:
					names = st.Lhs
				case *ast.DeclStmt:
					if gd, ok := st.Decl.(*ast.GenDecl); ok {
						for _, sp := range gd.Specs {
							if vs, ok := sp.(*ast.ValueSpec); ok {
								for _, id := range vs.Names {
									names = append(names, id)
								}
							}
						}
					}
				}
				for _, x := range names {
					if e.Pos == x.Pos() {
						return false
					}
				}
			}
			inside = true
			return false
		case *ast.FuncLit:
			if e.Pos >= n.Body.Pos() {
				inside = true
			}
		}
		return !inside
	})
	return inside
}

// imports writes the import declarations of the picture into a file,
// except names in skip.
//
// Given the words of a unit's text (cell.go), it writes an import that
// no word names as spaces instead, which keep the cell's text at its
// offsets (the positions go/types reports, and the lowerings use in the
// names they make, stay the same): the check of a big session's cell is
// then not mostly that of twenty unused imports and a dot import of a
// hundred names. Go's answer is the same, because session.go still has
// every import (the package imports the same packages, which go/types
// reads once for both files), and a name the cell does not mention is
// never looked up in its file. Two kinds of import stay anyway: one of a
// package that has not yet imported without error (its error must come
// from cell.go, as before), and the first one left out, if any (go/types
// skips its check of instantiation cycles after any error, and an unused
// import of cell.go always was one).
func (c *cellCheck) imports(t *text, skipNames map[string]bool, words map[string]bool) {
	leftOut := false
	needed := func(mentioned bool, path string) bool {
		switch {
		case words == nil || mentioned || !c.imp.imported(path):
			return true
		case !leftOut:
			leftOut = true // the first one left out stays
			return true
		}
		return false
	}
	spec := func(name, path string, mentioned bool) {
		line := name + " " + strconv.Quote(path) + "\n"
		if !needed(mentioned, path) {
			line = strings.Repeat(" ", len(line)-1) + "\n"
		}
		t.gen(line)
	}
	t.gen("import (\n")
	for _, n := range c.pic.imports {
		if !skipNames[n] {
			spec(n, c.names[n].path, words[n])
		}
	}
	if c.dotImport(skipNames) {
		dotName := false
		for w := range words {
			if c.s.dotNames[w] {
				dotName = true
				break
			}
		}
		spec(".", c.s.dot, dotName)
	}
	t.gen(")\n")
}

// eachWord calls fn with each word of s: each longest run of letters,
// digits and underscores. Every identifier of Go text is a word (so are
// some parts of its literals and comments): in valid Go, no identifier
// follows a letter, digit or underscore of another token.
func eachWord(s string, fn func(string)) {
	start := -1 // of the word being read
	for i, r := range s {
		if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			fn(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		fn(s[start:])
	}
}

// dotImport reports whether the dot-imported package's names are all in
// scope as they came, none declared by the unit: then both files import it
// with a dot, instead of session.go declaring each of its names (the
// check costs a tenth).
func (c *cellCheck) dotImport(own map[string]bool) bool {
	if c.s.dot == "" || !c.pic.dotsIntact {
		return false
	}
	for name := range own {
		if e := c.names[name]; e != nil && e.dot {
			return false
		}
	}
	return true
}

// unitPicture is what a unit's two files import, read from the picture
// once for the unit (the picture changes after the unit, by define).
type unitPicture struct {
	imports    []string // the names of imports, sorted
	dotsIntact bool     // every name of the dot-imported package is in scope as it came
}

func (c *cellCheck) readPicture() {
	c.pic.imports = c.pic.imports[:0]
	dots := 0
	for n, e := range c.names {
		if e.kind == kImport {
			c.pic.imports = append(c.pic.imports, n)
		}
		if e.dot {
			dots++
		}
	}
	sort.Strings(c.pic.imports)
	c.pic.dotsIntact = dots == c.s.dots
}

// decls writes session.go's declarations: aliases, then every name not in
// skip, then methods.
func (c *cellCheck) decls(t *text, skipNames, skipMethods map[string]bool) {
	var names []string
	paths := map[string]bool{}
	dot := c.dotImport(skipNames)
	for n, e := range c.names {
		if e.kind != kImport && e.kind != kUnknown && !skipNames[n] && !(dot && e.dot) {
			names = append(names, n)
			for _, p := range e.paths {
				paths[p] = true
			}
		}
	}
	var methods []string
	for m, e := range c.methods {
		if e.kind != kUnknown && !skipMethods[m] {
			methods = append(methods, m)
			for _, p := range e.paths {
				paths[p] = true
			}
		}
	}
	sort.Strings(names)
	sort.Strings(methods)
	var ps []string
	for p := range paths {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	t.gen("import (\n")
	for _, p := range ps {
		t.gen(aliasOf(p) + " " + strconv.Quote(p) + "\n")
	}
	t.gen(")\n")
	for _, n := range names {
		t.gen(c.names[n].src + "\n")
	}
	for _, m := range methods {
		t.gen(c.methods[m].src + "\n")
	}
}

// declNames are the package-level names a declaration defines.
func declNames(d ast.Decl) []string {
	var names []string
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv == nil && d.Name.Name != "init" && d.Name.Name != "_" {
			names = append(names, d.Name.Name)
		}
	case *ast.GenDecl:
		for _, sp := range d.Specs {
			switch sp := sp.(type) {
			case *ast.TypeSpec:
				names = append(names, sp.Name.Name)
			case *ast.ValueSpec:
				for _, n := range sp.Names {
					if n.Name != "_" {
						names = append(names, n.Name)
					}
				}
			case *ast.ImportSpec:
				name := ""
				if sp.Name != nil {
					name = sp.Name.Name
				} else if p, err := strconv.Unquote(sp.Path.Value); err == nil {
					name = p[strings.LastIndex(p, "/")+1:]
				}
				if name != "_" && name != "." && name != "" {
					names = append(names, name)
				}
			}
		}
	}
	return names
}

// methodKey names a method Type.Method.
func methodKey(fd *ast.FuncDecl) string {
	t := fd.Recv.List[0].Type
	if st, ok := t.(*ast.StarExpr); ok {
		t = st.X
	}
	switch ix := t.(type) {
	case *ast.IndexExpr:
		t = ix.X
	case *ast.IndexListExpr:
		t = ix.X
	}
	name := "?"
	if id, ok := t.(*ast.Ident); ok {
		name = id.Name
	}
	return name + "." + fd.Name.Name
}

// define adds the unit's definitions to the picture, noting each update.
func (c *cellCheck) define(k Kind, first int, f *ast.File, stmts []ast.Stmt, info *types.Info, pkg *types.Package, t *text) {
	// chunk of a node: the unit's chunks are copied in order, one segment each.
	chunkAt := func(n ast.Node) int {
		off := t.off(n.Pos())
		for x, s := range t.segs {
			if off >= s[0] && off < s[0]+s[2]+1 {
				return first + x
			}
		}
		return first
	}
	add := func(u update) {
		c.updates = append(c.updates, u)
		m := c.names
		if u.method {
			m = c.methods
		}
		if u.e == nil {
			delete(m, u.name)
		} else {
			m[u.name] = u.e
		}
	}
	switch k {
	case Import:
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, sp := range gd.Specs {
				is := sp.(*ast.ImportSpec)
				obj, _ := info.Defs[is.Name].(*types.PkgName)
				if is.Name == nil {
					obj, _ = info.Implicits[is].(*types.PkgName)
				}
				if is.Name != nil && is.Name.Name == "_" {
					continue
				}
				if is.Name != nil && is.Name.Name == "." {
					c.s.off = "a dot import: the checker does not know the names in scope"
					continue
				}
				if obj == nil {
					continue
				}
				add(update{chunk: chunkAt(is), name: obj.Name(), e: &entry{kind: kImport, path: obj.Imported().Path()}})
			}
		}
	case Stmt:
		for _, st := range stmts {
			if es, ok := st.(*ast.ExprStmt); ok {
				if tuple, ok := info.TypeOf(es.X).(*types.Tuple); ok && tuple.Len() >= 2 {
					if c.tuples == nil {
						c.tuples = map[int]int{}
					}
					c.tuples[chunkAt(st)] = tuple.Len()
				}
			}
			as, ok := st.(*ast.AssignStmt)
			if !ok || as.Tok != token.DEFINE {
				continue
			}
			c.runes(as.Rhs, info, t, true)
			var defs []Define
			for k, l := range as.Lhs {
				id, ok := l.(*ast.Ident)
				if !ok {
					continue
				}
				d := Define{Name: id.Name}
				if id.Name == "_" {
					defs = append(defs, d)
					continue
				}
				obj := info.Defs[id]
				if obj == nil {
					obj = info.Uses[id]
				}
				if obj != nil {
					if typ, ok := c.sessionTypeString(obj.Type()); ok {
						d.Type, d.Interface = typ, types.IsInterface(obj.Type())
					}
				}
				if c.sameVar(as, id, obj, pkg, t) || c.keeps(as, k, id, obj, info, pkg) {
					d.Keep = true
					defs = append(defs, d)
					continue // the variable keeps its entry
				}
				defs = append(defs, d)
				add(update{chunk: chunkAt(st), name: id.Name, e: varEntry(id.Name, obj, pkg), define: true})
			}
			if len(defs) == len(as.Lhs) {
				if c.defines == nil {
					c.defines = map[int][]Define{}
				}
				c.defines[chunkAt(st)] = defs
			}
		}
	case Decl:
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				src := c.source(t, d.Pos(), d.Body)
				if d.Type.TypeParams != nil && d.Type.TypeParams.NumFields() > 0 || d.Recv != nil && generic(d.Recv) {
					// Go requires a generic function's body: one that
					// checks for any results.
					src += " { panic(0) }"
				}
				if d.Recv != nil {
					add(update{chunk: chunkAt(d), name: methodKey(d), method: true, e: &entry{kind: kFunc, src: src}})
				} else if d.Name.Name != "init" && d.Name.Name != "_" {
					if d.Name.Name == "main" {
						src += " {}"
					}
					add(update{chunk: chunkAt(d), name: d.Name.Name, e: &entry{kind: kFunc, src: src}})
				}
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					switch sp := sp.(type) {
					case *ast.TypeSpec:
						src := "type " + t.b.String()[t.off(sp.Pos()):t.off(sp.End())]
						add(update{chunk: chunkAt(d), name: sp.Name.Name, e: &entry{kind: kType, src: src}})
					case *ast.ValueSpec:
						for _, id := range sp.Names {
							if id.Name == "_" {
								continue
							}
							if d.Tok == token.VAR && sp.Type == nil {
								c.runes(sp.Values, info, t, !d.Lparen.IsValid() && len(d.Specs) == 1)
							}
							if d.Tok == token.CONST {
								add(update{chunk: chunkAt(d), name: id.Name, e: constEntry(id.Name, info.Defs[id])})
							} else if c.varKeeps(d, sp, id, info, pkg) {
								// var x = v of the session's x, of its type:
								// the session assigns it (rewriteTopLevelVars),
								// so that functions declared before read it.
								if c.defines == nil {
									c.defines = map[int][]Define{}
								}
								c.defines[chunkAt(d)] = append(c.defines[chunkAt(d)], Define{Name: id.Name, Keep: true})
							} else {
								add(update{chunk: chunkAt(d), name: id.Name, e: varEntry(id.Name, info.Defs[id], pkg), define: true})
							}
						}
					}
				}
			}
		}
	}
}

// varKeeps reports whether a top-level `var x = v`, `var x T = v` or `var x T` (one
// spec, one name, not grouped) declares again a variable of the session
// with the same type. Go rejects the redeclaration; the session assigns the
// variable, as it does `x := v`: the interpreter would make a new one, and
// the functions declared before it would go on reading the old.
func (c *cellCheck) varKeeps(d *ast.GenDecl, sp *ast.ValueSpec, id *ast.Ident, info *types.Info, pkg *types.Package) bool {
	if d.Lparen.IsValid() || len(d.Specs) != 1 || len(sp.Names) != 1 || len(sp.Values) != 1 && (len(sp.Values) != 0 || sp.Type == nil) {
		return false
	}
	old := c.names[id.Name]
	if old == nil || old.kind != kVar {
		return false
	}
	return old.src == varEntry(id.Name, info.Defs[id], pkg).src
}

// sameVar lowers `x := v` to `x = v` when the session's x has v's type:
// the interpreter makes a new, zeroed x when it compiles a define, so
// that `k := k + 1` read 0 for k, and a define that panicked left x zero.
// Only one name: the interpreter's parallel assignments are rewritten from
// the statement's syntax elsewhere.
func (c *cellCheck) sameVar(as *ast.AssignStmt, id *ast.Ident, obj types.Object, pkg *types.Package, t *text) bool {
	if len(as.Lhs) != 1 || obj == nil || pkg == nil {
		return false
	}
	old, ok := pkg.Scope().Lookup(id.Name).(*types.Var)
	if !ok || !types.Identical(old.Type(), obj.Type()) {
		return false
	}
	if e := c.names[id.Name]; e == nil || e.kind != kVar {
		return false
	}
	off, ok := t.cellOff(t.off(as.TokPos))
	if !ok {
		return false
	}
	c.edits = append(c.edits, Edit{off, off + 2, "="})
	return true
}

// keeps reports whether the name Lhs[k] of a top-level define of several
// names is a variable the define assigns (Go) rather than a new one (the
// interpreter's way): one defined by an earlier statement of the unit, or
// the session's variable of the type the define gives it. The lowering
// (lower.Redefine) takes the value into a temporary first: its type must
// be assignable to the variable's.
func (c *cellCheck) keeps(as *ast.AssignStmt, k int, id *ast.Ident, obj types.Object, info *types.Info, pkg *types.Package) bool {
	if len(as.Lhs) < 2 || obj == nil || pkg == nil {
		return false
	}
	v, ok := obj.(*types.Var)
	if !ok {
		return false
	}
	if info.Defs[id] != nil {
		old, ok := pkg.Scope().Lookup(id.Name).(*types.Var)
		if !ok || !types.Identical(old.Type(), v.Type()) {
			return false
		}
		if e := c.names[id.Name]; e == nil || e.kind != kVar {
			return false
		}
	}
	if len(as.Rhs) == len(as.Lhs) {
		return true // the temporary starts as a copy of the variable
	}
	var vt types.Type
	switch t := info.TypeOf(as.Rhs[0]).(type) {
	case *types.Tuple:
		if t.Len() != len(as.Lhs) {
			return false
		}
		vt = t.At(k).Type()
	default:
		if k == 0 {
			vt = t
		} else {
			vt = types.Typ[types.Bool]
		}
	}
	return vt != nil && types.AssignableTo(types.Default(vt), v.Type())
}

// runes wraps a define's values that are rune constants in rune(…): the
// interpreter would make the variable an int ('a' + 1, a const C = 'x'). A
// bare rune literal is the session's to wrap when bare is set (it does so
// when it does not check).
func (c *cellCheck) runes(values []ast.Expr, info *types.Info, t *text, bare bool) {
	for _, v := range values {
		if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.CHAR && bare {
			continue
		}
		// go/types records the constant's final type: rune (int32).
		tv, ok := info.Types[v]
		if b, isBasic := tv.Type.(*types.Basic); !ok || tv.Value == nil || !isBasic || b.Kind() != types.Int32 && b.Kind() != types.UntypedRune {
			continue
		}
		from, ok1 := t.cellOff(t.off(v.Pos()))
		to, ok2 := t.cellOff(t.off(v.End()))
		if ok1 && ok2 {
			c.edits = append(c.edits, Edit{from, from, "rune("}, Edit{to, to, ")"})
		}
	}
}

// bindings lowers the defines that redeclare names inside functions and
// the function literals given to native code in loops (Redefines,
// NativeClosures); the session lowers the cell's top-level defines itself
// (Result.Defines).
func (c *cellCheck) bindings(f *ast.File, info *types.Info, stmts []ast.Stmt, t *text) *Result {
	at, msg, closures := NativeClosures(f, info, c.sessionTypeString)
	if at != nil {
		if off, ok := t.cellOff(t.off(at.Pos())); ok {
			return &Result{Err: &Error{Off: off, Msg: msg}}
		}
		return nil
	}
	top := map[ast.Stmt]bool{}
	for _, st := range stmts {
		top[st] = true
	}
	src := t.b.String()
	text := func(from, to token.Pos) string { return src[t.off(from):t.off(to)] }
	spans := append(Redefines(f, info, func(as *ast.AssignStmt) bool { return top[as] }, text), closures...)
	var edits []Edit
	for _, sp := range spans {
		from, ok1 := t.cellOff(t.off(sp.Pos))
		to, ok2 := t.cellOff(t.off(sp.End))
		if !ok1 || !ok2 {
			return nil // all of them or none
		}
		edits = append(edits, Edit{from, to, sp.Text})
	}
	c.edits = append(c.edits, edits...)
	return nil
}

// source is the unit file's text from pos to the end of the chunk, or to
// the start of body when there is one.
func (c *cellCheck) source(t *text, pos token.Pos, body *ast.BlockStmt) string {
	s := t.b.String()
	from := t.off(pos)
	to := len(s)
	if body != nil {
		to = t.off(body.Lbrace)
	} else {
		for _, sg := range t.segs {
			if from >= sg[0] && from < sg[0]+sg[2] {
				to = sg[0] + sg[2]
			}
		}
	}
	return strings.TrimSpace(s[from:to])
}

// generic reports whether a method's receiver is of a generic type
// (func (l *List[T]) Push…).
func generic(recv *ast.FieldList) bool {
	if recv == nil || len(recv.List) == 0 {
		return false
	}
	t := recv.List[0].Type
	if st, ok := t.(*ast.StarExpr); ok {
		t = st.X
	}
	switch t.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// varEntry declares a variable with the type go/types gave it, or marks it
// unknown when that type cannot be written at package level.
func varEntry(name string, obj types.Object, pkg *types.Package) *entry {
	e := &entry{kind: kUnknown}
	if obj == nil || !nameable(obj.Type(), pkg) {
		return e
	}
	e.kind = kVar
	e.src = "var " + name + " " + types.TypeString(obj.Type(), e.qualifier())
	return e
}

// constEntry declares a constant with its type and exact value.
func constEntry(name string, obj types.Object) *entry {
	e := &entry{kind: kUnknown}
	cn, ok := obj.(*types.Const)
	if !ok {
		return e
	}
	b, isBasic := cn.Type().Underlying().(*types.Basic)
	if !(isBasic && b.Info()&types.IsUntyped != 0) && !nameable(cn.Type(), cn.Pkg()) {
		return e
	}
	v := cn.Val()
	var lit string
	switch {
	case isBasic && b.Info()&types.IsComplex != 0:
		// Its parts, exactly: (1.0 + (3.0 / 2)*1i); a complex
		// constant's value may be an integer (1 + 0i).
		lit = "(" + exactText(constant.Real(v)) + " + " + exactText(constant.Imag(v)) + "*1i)"
	case v.Kind() == constant.Bool:
		lit = v.ExactString()
	case v.Kind() == constant.String:
		lit = v.ExactString()
	case v.Kind() == constant.Int && isBasic && b.Kind() == types.UntypedRune:
		r, _ := constant.Int64Val(v)
		lit = strconv.QuoteRune(rune(r))
	case v.Kind() == constant.Int && isBasic && b.Info()&types.IsFloat != 0:
		lit = v.ExactString() + ".0"
	case v.Kind() == constant.Int:
		lit = v.ExactString()
	case v.Kind() == constant.Float:
		n, d := constant.Num(v), constant.Denom(v)
		if n.Kind() != constant.Int || d.Kind() != constant.Int {
			return e
		}
		lit = "(" + n.ExactString() + ".0 / " + d.ExactString() + ")"
	default:
		return e
	}
	e.kind = kConst
	if isBasic && b.Info()&types.IsUntyped != 0 {
		e.src = "const " + name + " = " + lit
	} else {
		e.src = "const " + name + " " + types.TypeString(cn.Type(), e.qualifier()) + " = " + lit
	}
	return e
}

// nameable reports whether a type can be written in session.go: no type
// declared inside a function, no unexported type of another package, no
// type parameter, no untyped or invalid type.
func nameable(t types.Type, pkg *types.Package) bool {
	ok := true
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if !ok || seen[t] {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Basic:
			if t.Kind() == types.Invalid || t.Info()&types.IsUntyped != 0 || t.Kind() == types.UnsafePointer {
				ok = false
			}
		case *types.Alias:
			walk(types.Unalias(t))
		case *types.Named:
			obj := t.Obj()
			if obj.Pkg() != nil && obj.Pkg().Path() == pkgPath {
				if obj.Parent() == nil || obj.Parent() != obj.Pkg().Scope() {
					ok = false
				}
			} else if obj.Pkg() != nil && !obj.Exported() {
				ok = false
			}
			for a := range t.TypeArgs().Types() {
				walk(a)
			}
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Signature:
			for v := range t.Params().Variables() {
				walk(v.Type())
			}
			for v := range t.Results().Variables() {
				walk(v.Type())
			}
		case *types.Struct:
			for f := range t.Fields() {
				if !f.Exported() && f.Pkg() != nil && f.Pkg().Path() != pkgPath {
					ok = false
				}
				walk(f.Type())
			}
		case *types.Interface:
			for m := range t.ExplicitMethods() {
				if !m.Exported() && m.Pkg() != nil && m.Pkg().Path() != pkgPath {
					ok = false
				}
				walk(m.Type())
			}
			for e := range t.EmbeddedTypes() {
				walk(e)
			}
		default:
			ok = false
		}
	}
	walk(t)
	return ok
}

// lower finds what the interpreter would run wrong and the types fix:
// new(expr), and a comma-ok define of an assertion at the cell's top level.
func (c *cellCheck) lower(f *ast.File, info *types.Info, t *text) *Result {
	c.topAssert(f, info, t)
	var res *Result
	inspect(f, func(n ast.Node) bool {
		if res != nil {
			return false
		}
		call, ok := newExpr(n, info)
		if !ok {
			return true
		}
		ptr := info.TypeOf(call).(*types.Pointer)
		start, ok1 := t.cellOff(t.off(call.Pos()))
		lp, ok2 := t.cellOff(t.off(call.Lparen))
		rp, ok3 := t.cellOff(t.off(call.Rparen))
		if !ok1 || !ok2 || !ok3 {
			return true
		}
		typ, named := c.sessionTypeString(ptr.Elem())
		if !named {
			res = &Result{Err: &Error{Off: start, Msg: fmt.Sprintf(
				"new(expr) with a value of type %s: the interpreter cannot run it here; assign the value to a variable and take its address", ptr.Elem())}}
			return false
		}
		open, closing := newExprText(typ)
		c.edits = append(c.edits, Edit{start, lp + 1, open}, Edit{rp, rp + 1, closing})
		return true
	})
	return res
}

// tableRows reports whether a shown value of type t is a slice or an array
// of structs, which the session shows as a table.
func tableRows(t types.Type) bool {
	elem, ok := sequenceElem(t)
	if !ok {
		return false
	}
	_, st := elem.Underlying().(*types.Struct)
	return st
}

// shownResult makes a cell's trailing value show as fmt.Println prints it,
// where the interpreter's value would not call the String or Error methods
// fmt calls (shownWrap): the value is wrapped, and each result of a call
// with several (shownTuple). A trailing call of the session's own function
// whose result's type has a String method is converted to that type,
// T(f()): the interpreter handed the shown value on bare, without the
// String that fmt's %v calls ({2} where Go's fmt prints V2), as it does
// for fmt's own arguments (see convertResult).
func (c *cellCheck) shownResult(stmts []ast.Stmt, info *types.Info, t *text) *Result {
	if len(stmts) == 0 {
		return nil
	}
	es, ok := stmts[len(stmts)-1].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	c.shown = es.X // for boundary
	tv := info.Types[es.X]
	if !tv.IsValue() {
		return nil
	}
	start, ok1 := t.cellOff(t.off(es.X.Pos()))
	end, ok2 := t.cellOff(t.off(es.X.End()))
	if !ok1 || !ok2 {
		return nil
	}
	if tuple, ok := tv.Type.(*types.Tuple); ok {
		return c.shownTuple(es.X, tuple, info, start, end)
	}
	open, closing, msg, stop := c.shownWrap(info, tv.Type, false)
	if msg != "" {
		return &Result{Err: &Error{Off: start, Msg: "the shown value of " + typeString(tv.Type) + ": " + msg}}
	}
	if open != "" {
		c.edits = append(c.edits, Edit{start, start, open}, Edit{end, end, closing})
	}
	if open != "" || stop {
		return nil
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok {
		return nil
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return nil // a conversion already
	}
	from := info.TypeOf(call)
	if from == nil || programNamed(from) == nil || types.IsInterface(from) {
		return nil
	}
	if fn := calledFunc(info, call); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() != pkgPath && !LoweredGeneric(info, call.Fun) {
		return nil // a native function's result keeps its type
	}
	if ms := methodsOf(from); !ms["String"] {
		return nil
	}
	name, ok := c.sessionTypeString(from)
	if !ok {
		return nil
	}
	if strings.HasPrefix(name, "*") {
		name = "(" + name + ")"
	}
	c.edits = append(c.edits, Edit{start, start, name + "("}, Edit{end, end, ")"})
	return nil
}

// shownWrap returns the text to write around a shown value of type typ so
// that it shows as fmt.Println prints it, calling the String and Error
// methods fmt calls where the interpreter's value lost them; "" when it
// shows right as it is. inTuple: the value is one of a call's results. msg is why it cannot be shown so (a refusal); stop
// that the value shows right and needs no conversion either.
//
//   - a pointer whose element's String or Error is a value method: shown
//     through the element, as fmt calls it (the interpreter showed &{4});
//     nil stays nil;
//   - a slice, array or map of values with String or Error: shown with the
//     elements' texts; a value whose String or Error has a pointer
//     receiver: shown as its fields (format.go);
//   - a value holding values of the session's interfaces whose methods fmt
//     calls (printable.go);
//   - a value holding, below it, values of the session's types with String
//     or Error (shownFields);
//   - a value holding the interpreter's wrappers (a []Shape): unwrapped
//     (unwrap.go).
func (c *cellCheck) shownWrap(info *types.Info, typ types.Type, inTuple bool) (open, closing, msg string, stop bool) {
	if ptr, ok := typ.(*types.Pointer); ok && programNamed(ptr.Elem()) != nil {
		ms := methodsOf(ptr.Elem())
		name, named := c.sessionTypeString(ptr.Elem())
		iface := "fmt.Stringer"
		if ms["Error"] {
			iface = "error"
		}
		if (ms["String"] || ms["Error"]) && named && inTuple {
			// One of several results, shown from an any: a nil pointer
			// stays a nil *T there (the session drops a call's lone
			// nil, where fmt prints <nil> for it).
			return "func(__p *" + name + ") any { if __p == nil { return __p }; return func(__v " + iface + ") any { return __v }(*__p) }(", ")", "", true
		}
		if (ms["String"] || ms["Error"]) && named {
			return "func(__p *" + name + ") " + iface + " { if __p == nil { return nil }; return *__p }(", ")", "", true
		}
	}
	fn, ok := ElementTexts(typ, c.sessionTypeString)
	if !ok {
		fn, ok = keyTexts(typ, c.sessionTypeString, "__divergo") // keytexts.go
	}
	if ok && tableRows(typ) {
		ok = false // shown as a table, a row per element
	}
	if !ok {
		fn, ok = PlainValue(typ, c.sessionTypeString)
	}
	if ok {
		return fn, ")", "", true
	}
	if open, closing, ok := ShownTexts(info, typ, c.sessionTypeString); ok {
		return open, closing, "", true
	}
	if !types.IsInterface(typ) {
		if open, closing, msg, done := c.shownFields(typ); done {
			return open, closing, msg, true
		}
	}
	if Unwrappable(info, typ) {
		return "__divergo.Unwrap(", ")", "", true
	}
	return "", "", "", false
}

// shownTuple makes the results of a cell's trailing call with several
// show as fmt.Println prints them, each wrapped as shownWrap wraps a single
// value, in a function literal taking the results:
//
//	two()   →   func() (any, int) { __s0, __s1 := two(); return WRAP(__s0), __s1 }()
//
// The session shows the results one by one (Session.prepare), which kept
// their own String methods but not those fmt calls below them (two()
// returning a W whose field is a Temp showed {7 8} 1, Go's fmt {7.0° 8} 1;
// a *Temp showed its address, a []Temp [3] for [3.0°]; a []Shape the
// interpreter's wrappers). A result shown as it is, of a type the cell
// cannot name, is refused when another needs wrapping.
func (c *cellCheck) shownTuple(x ast.Expr, tuple *types.Tuple, info *types.Info, start, end int) *Result {
	var params, results, values []string
	wrapped, unnamed := false, ""
	for i := 0; i < tuple.Len(); i++ {
		typ := tuple.At(i).Type()
		open, closing, msg, _ := c.shownWrap(info, typ, true)
		if msg != "" {
			return &Result{Err: &Error{Off: start, Msg: fmt.Sprintf("the shown result %d of %s, of type %s: %s", i+1, types.ExprString(x), typeString(typ), msg)}}
		}
		p := fmt.Sprintf("__s%d", i)
		params = append(params, p)
		if open == "" {
			name, named := c.sessionTypeString(typ)
			if !named && unnamed == "" {
				unnamed = typeString(typ)
			}
			results = append(results, name)
			values = append(values, p)
			continue
		}
		wrapped = true
		results = append(results, "any")
		values = append(values, open+p+closing)
	}
	if !wrapped {
		return nil
	}
	if unnamed != "" {
		return &Result{Err: &Error{Off: start, Msg: fmt.Sprintf(
			"the shown results of %s: Go's fmt calls String or Error methods inside them that the interpreter's values lose, and the result type %s cannot be named in the cell to show them as fmt does. Not supported: assign the results to variables and show them one by one",
			types.ExprString(x), unnamed)}}
	}
	// The results are taken by a define, not as the literal's
	// arguments: the interpreter's call spreading a call's results over
	// parameters of interface types failed ("reflect: Call using
	// interp.valueInterface as type []interp.valueInterface").
	open := "func() (" + strings.Join(results, ", ") + ") { " + strings.Join(params, ", ") + " := "
	c.edits = append(c.edits, Edit{start, start, open}, Edit{end, end, "; return " + strings.Join(values, ", ") + " }()"})
	return nil
}

// shownFields returns the text to write around a cell's shown value that
// holds, below it (a struct's exported field, an element, a map's value),
// values of the session's types with a String or Error method, so that it
// shows as fmt prints it: a copy holding the methods' texts (Fields,
// fieldnames.go), as fmt.Println(v) is given. The interpreter's values
// lose those methods below the operand, so the value showed them as plain
// values (type W struct{ T Temp; N int }: W{1, 2} showed {1 2}, Go's fmt
// prints {1.0° 2}). A value Fields cannot copy so (the texts in a map's
// keys, which fmt orders by their values) is refused: msg says why. done
// reports that the value was handled.
func (c *cellCheck) shownFields(from types.Type) (open, closing, msg string, done bool) {
	if ms := methodsOf(from); ms["String"] || ms["Error"] || ms["Format"] {
		return "", "", "", false // the value's own method, which fmt calls
	}
	if elem, ok := tableElem(from); ok {
		if _, ptr := elem.(*types.Pointer); ptr {
			return "", "", "", false // a table of the pointed-to structs, not what fmt prints (addresses)
		}
		if ms := methodsOf(elem); ms["String"] || ms["Error"] {
			return "", "", "", false // a table of the structs, a row per element (as ElementTexts leaves it)
		}
	}
	b := &boundary{typeName: c.sessionTypeString}
	inner, how := b.nested(from, map[types.Type]bool{}, true)
	if inner == nil {
		return "", "", "", false
	}
	ms := methodsOf(inner)
	if !ms["String"] && !ms["Error"] {
		return "", "", "", false
	}
	spec, methods, _, ok := PlusSpec(from)
	args := fmt.Sprintf("%q", spec)
	for _, m := range methods {
		name, named := c.sessionTypeString(m)
		if !named {
			ok = false
			break
		}
		method := "String"
		if methodsOf(m)["Error"] {
			method = "Error" // fmt's order
		}
		args += ", func(__v " + name + ") string { return __v." + method + "() }"
	}
	if !ok || spec == "." || len(methods) == 0 {
		return "", "", fmt.Sprintf(
			"Go's fmt calls the String or Error method of the %s %s; the interpreter does not for values inside a slice, array, map, pointer or struct field. Not supported yet: show the %s values one by one",
			typeString(inner), how, typeString(inner)), true
	}
	// The arguments go first, in the opening: the session's own wrapping
	// of the shown value closes at the same offset, after this closing.
	return "func(__spec string, __fns ...any) func(any) any { return func(__x any) any { return __divergo.Fields(__x, __spec, __fns...) } }(" + args + ")(", ")", "", true
}

// calledFunc is the function or method a call calls by name, or nil.
func calledFunc(info *types.Info, call *ast.CallExpr) *types.Func {
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	case *ast.IndexExpr:
		if sel, ok := fun.X.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else if x, ok := fun.X.(*ast.Ident); ok {
			id = x
		}
	}
	if id == nil {
		return nil
	}
	fn, _ := info.Uses[id].(*types.Func)
	return fn
}

// topAssert lowers `v, ok := x.(T)` at a cell's top level to a call of a
// function literal that asserts, as the interpreter runs it right:
//
//	v, ok := x.(T)   →   v, ok := func() (T, bool) { __divergoV, __divergoOK := x.(T); return __divergoV, __divergoOK }()
//
// The interpreter failed the define of a standard library's type
// (e.(*os.PathError): "nil type"), and gave v of a cell's struct type the
// struct's fields without its type (fmt printed {1 2} where Go calls
// String; v.String() was undefined).
func (c *cellCheck) topAssert(f *ast.File, info *types.Info, t *text) {
	var body *ast.BlockStmt
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "__cell" {
			body = fd.Body
		}
	}
	if body == nil {
		return
	}
	for _, st := range body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
			continue
		}
		ta, ok := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil {
			continue
		}
		typ, named := c.sessionTypeString(info.TypeOf(ta.Type))
		from, ok1 := t.cellOff(t.off(as.Rhs[0].Pos()))
		to, ok2 := t.cellOff(t.off(as.Rhs[0].End()))
		if !named || !ok1 || !ok2 {
			continue
		}
		c.edits = append(c.edits,
			Edit{from, from, "func() (" + typ + ", bool) { __divergoV, __divergoOK := "},
			Edit{to, to, "; return __divergoV, __divergoOK }()"})
	}
}

// boundary refuses what the interpreter would run unlike Go where values
// of the session's types meet native code, or lowers it (Boundary).
func (c *cellCheck) boundary(f *ast.File, info *types.Info, t *text) *Result {
	at, msg, spans := boundaryPass(f, info, "a cell", c.sessionTypeString, "__divergo", c.s.reached, c.shown, nil)
	if at != nil {
		off, ok := t.cellOff(t.off(at.Pos()))
		if !ok {
			return nil
		}
		return &Result{Err: &Error{Off: off, Msg: msg}}
	}
	c.boundarySpans = spans // made edits in modern, after DeferSpreads
	return nil
}

// boundaryEdits adds boundary's spans to the cell's edits: all of them or
// none (a typed-nil check is two spans).
func (c *cellCheck) boundaryEdits(t *text) {
	var edits []Edit
	for _, sp := range c.boundarySpans {
		from, ok1 := t.cellOff(t.off(sp.Pos))
		to, ok2 := t.cellOff(t.off(sp.End))
		if !ok1 || !ok2 {
			return
		}
		edits = append(edits, Edit{from, to, sp.Text})
	}
	c.edits = append(c.edits, edits...)
}

// modern lowers the generic standard library and range over functions
// (Modern, RangeFunc), after boundary: their spans may end where one of
// boundary's does.
func (c *cellCheck) modern(chunks []Chunk, i, j int, f *ast.File, info *types.Info, t *text) *Result {
	src := t.b.String()
	at, msg, spans, decls := Modern(f, info, ModernOptions{Where: "a cell", TypeName: c.sessionTypeString, Runtime: "__divergo",
		Text: func(from, to token.Pos) string { return src[t.off(from):t.off(to)] }})
	if at == nil {
		var more []Span
		at, msg, more = RangeFunc(f, info, "a cell", c.sessionTypeString)
		spans = append(spans, more...)
	}
	if at != nil {
		off, ok := t.cellOff(t.off(at.Pos()))
		if !ok {
			off = chunks[i].Start
		}
		return &Result{Err: &Error{Off: off, Msg: msg}}
	}
	spans = append(spans, ConstMinMax(f, info, c.sessionTypeString)...)
	spans = append(append(spans, IndexGuard(f, info, "__divergo", c.sessionTypeString)...), CompositeValues(f, info)...)
	spans = append(append(spans, StringRanges(f, info, "__divergo")...), MethodReceivers(f, info, c.sessionTypeString, false)...)
	spans = append(spans, RangeAssigns(f, info)...)
	big := BigUnsignedConsts(f, info)
	spans = append(DropInside(spans, big), big...)
	spans = append(append(spans, DeferredLiterals(f, info, c.sessionTypeString)...), RangeKeys(f, info, false)...)
	spans = append(spans, DeferLoopLiterals(f, info)...)
	spans = append(append(spans, DeferredFuncs(f, info, c.sessionTypeString)...), PointerArrayRanges(f, info)...)
	spans = append(spans, EmbeddedInterfaceMethods(f, info)...)
	spans = append(append(spans, ShiftCounts(f, info, "__divergo")...), LoopAddresses(f, info)...)
	spans = append(append(spans, ShiftOperands(f, info, c.sessionTypeString)...), InterfaceCallArgs(f, info)...)
	spans = append(append(spans, LoopCopyBack(f, info)...), LoopShadowCopies(f, info)...)
	spans = append(spans, ZeroResults(f, info, func(from, to token.Pos) string { return src[t.off(from):t.off(to)] })...)
	spans = append(spans, PanicNils(f, info, "__divergo")...)
	spans = append(append(spans, BlankDerefs(f, info)...), FuncValues(f, info, c.sessionTypeString)...)
	spans = append(spans, EmptyCommaOk(f, info, c.sessionTypeString)...)
	spans = append(append(spans, TypeVerbs(f, info, NewDynamicTypes(f, info, c.sessionTypeString), "__divergo")...), DefinedTypes(f, info, c.sessionTypeString)...)
	spans = append(append(spans, ReflectNames(f, info)...), TypedConsts(f, info, c.sessionTypeString)...)
	spans = append(spans, GenericRangeInts(f, info, c.sessionTypeString, func(from, to token.Pos) string { return src[t.off(from):t.off(to)] })...)
	spans = append(spans, PanicTexts(f, info, "__divergo", func(from, to token.Pos) string { return src[t.off(from):t.off(to)] })...)
	at, msg, targets := MapTargets(f, info, "__divergo", c.sessionTypeString, false, func(from, to token.Pos) string { return src[t.off(from):t.off(to)] })
	if at == nil {
		at, msg = RangeKey(f, info)
	}
	if at == nil {
		at, msg = LocalTypeShadow(f, info)
	}
	if at == nil {
		at, msg = TemplateMethods(f, info)
	}
	if at == nil {
		at, msg = ErrorAssertRefusal(f, info)
	}
	if at == nil {
		at, msg = OverflowingValue(f, info)
	}
	if at == nil {
		at, msg = LateShadow(f, info)
	}
	if at == nil {
		at, msg = NativeDefinedType(f, info, c.sessionTypeString, false)
	}
	if at == nil {
		at, msg = SelectSendOperators(f, info)
	}
	if at == nil {
		at, msg = LoopCopyRefusal(f, info)
	}
	var switches, chans, selects []Span
	if at == nil {
		at, msg, switches = CellTypeSwitches(f, info, c.sessionTypeString)
		spans = append(spans, switches...)
		spans = append(spans, UnboundTypeSwitches(f, info, func(ts *ast.TypeSwitchStmt) bool {
			return interfaceCases(ts, info) || programInterface(info.TypeOf(SwitchOperand(ts))) && nilCase(ts, info)
		})...)
	}
	if at == nil {
		at, msg, chans = ChanRanges(f, info)
		spans = append(DropLoopCopies(spans, chans), chans...)
	}
	if at == nil {
		at, msg, selects = SelectReceives(f, info, c.sessionTypeString, func(from, to token.Pos) string { return src[t.off(from):t.off(to)] })
	}

	if at == nil {
		var renamed []Span
		at, msg, renamed = PredeclaredNames(f, info, func(obj types.Object) bool {
			return obj.Parent() == obj.Pkg().Scope() || inCellScope(f, obj)
		})
		spans = append(spans, renamed...)
	}
	if at != nil {
		off, ok := t.cellOff(t.off(at.Pos()))
		if !ok {
			off = chunks[i].Start
		}
		return &Result{Err: &Error{Off: off, Msg: msg}}
	}
	spans = append(DropInside(spans, targets), targets...)
	lens := ConstLens(f, info, spans)
	spans = append(append(spans, SelectContinues(f, info)...), ReceiveValues(f)...)
	// After SelectContinues: the block around a select goes inside its.
	spans = append(append(DropInside(spans, selects), selects...), lens...)
	spans = NegativeZeroArgs(f, info, c.sessionTypeString, spans, true)
	errorAsserts := ErrorAsserts(f, info)
	if len(errorAsserts) > 0 {
		if lost := errorLoses(info); lost != "" {
			if at := errorHandedOn(f, info, errorAsserts); at != token.NoPos {
				off, ok := t.cellOff(t.off(at))
				if !ok {
					off = 0
				}
				return &Result{Err: &Error{Off: off, Msg: "asserting to error while " + lost + ": the session's assertion gives the value as an error with only the Error method, and the standard library would not see the others (errors.Is, errors.As, fmt) where Go finds them. Not supported yet: assert to the concrete type (v.(*T))"}}
			}
		}
	}
	if reason := c.s.errorAssertsBroken(); reason != "" && len(errorAsserts) > 0 {
		off, ok := t.cellOff(t.off(errorAsserts[0].Pos))
		if !ok {
			off = 0
		}
		return &Result{Err: &Error{Off: off, Msg: "asserting to error while the session cannot ask for its error types (" + reason + "): the interpreter's own assertion would answer unlike Go for them. Not supported: assert to the concrete types (v.(*T)), or .reset the session"}}
	}
	spans = append(spans, errorAsserts...)
	spans = append(spans, NilAsserts(f, info, c.sessionTypeString)...)
	spans = append(spans, ConcreteAsserts(f, info, c.sessionTypeString, "__divergo", append(append([]Span{}, c.boundarySpans...), spans...))...)
	// NameParams outside the texts the others replace.
	spans = append(spans, NameParams(f, append(append([]Span{}, c.boundarySpans...), spans...))...)
	spans = append(spans, DeferPanics(f, info, c.sessionTypeString, spans)...) // last: inside the others at the same offsets
	// DeferSpreads after all the others, boundary's too: it takes
	// boundary's helper around a spread slice inside its literal.
	others := append(append([]Span{}, c.boundarySpans...), spans...)
	spread := DeferSpreads(f, info, c.sessionTypeString, others)
	copy(c.boundarySpans, others)
	copy(spans, others[len(c.boundarySpans):])
	spans = append(spans, spread...)
	c.boundaryEdits(t)
	var edits []Edit
	for _, sp := range spans {
		from, ok1 := t.cellOff(t.off(sp.Pos))
		to, ok2 := t.cellOff(t.off(sp.End))
		if !ok1 || !ok2 {
			if sp.Text == "" {
				continue // an import of the session's header, dropped
			}
			return skip("a lowering outside the cell's text")
		}
		edits = append(edits, Edit{from, to, sp.Text})
	}
	c.edits = append(c.edits, edits...)
	for _, d := range decls {
		chunk := i
		if off, ok := t.cellOff(t.off(d.Pos)); ok {
			for x := i; x < j; x++ {
				if chunks[x].Start <= off && off < chunks[x].End {
					chunk = x
				}
			}
		}
		c.lowDecls = append(c.lowDecls, ChunkDecl{Chunk: chunk, Text: d.Text})
	}
	return nil
}

// inCellScope reports whether obj is declared by the cell's statements
// (func __cell's own scope), where its defines are the session's
// variables.
func inCellScope(f *ast.File, obj types.Object) bool {
	// The function's scope, in the file's, in the package's.
	if obj.Parent() == nil || obj.Parent().Parent() == nil || obj.Parent().Parent().Parent() != obj.Pkg().Scope() {
		return false
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "__cell" {
			return fd.Pos() <= obj.Pos() && obj.Pos() < fd.End()
		}
	}
	return false
}

// crashes lowers what the interpreter would crash or hang on, or refuses
// it (Crashes), after modern: its spans give way to the others'.
func (c *cellCheck) crashes(files []*ast.File, chunks []Chunk, i, j int, f *ast.File, info *types.Info, t *text) *Result {
	at, msg, spans, decls := Crashes(files, f, info, ModernOptions{Where: "a cell", TypeName: c.sessionTypeString, Runtime: "__divergo"}, []byte(t.b.String()), c.s.reached)
	if at != nil {
		off, ok := t.cellOff(t.off(at.Pos()))
		if !ok {
			off = chunks[i].Start
		}
		return &Result{Err: &Error{Off: off, Msg: msg}}
	}
	// After Crashes: a spec constShifts writes out is its.
	spans = append(spans, DropCovered(IotaSpecs(f, info, c.sessionTypeString, func(from, to token.Pos) string { return t.b.String()[t.off(from):t.off(to)] }), spans)...)
	aliases, aliasDecls, names := InstanceAliases(f, info, c.sessionTypeString)
	spans = append(spans, aliases...)
	for k := range decls {
		decls[k].Text = Rename(decls[k].Text, names)
	}
	decls = append(decls, aliasDecls...)
	for k := range c.edits {
		c.edits[k].Text = Rename(c.edits[k].Text, names)
	}
	for k := range c.lowDecls {
		c.lowDecls[k].Text = Rename(c.lowDecls[k].Text, names)
	}
	var others []Span
	for _, e := range c.edits {
		others = append(others, Span{token.Pos(e.Start), token.Pos(e.End), e.Text})
	}
	var edits []Edit
	for _, sp := range spans {
		from, ok1 := t.cellOff(t.off(sp.Pos))
		to, ok2 := t.cellOff(t.off(sp.End))
		if !ok1 || !ok2 {
			return skip("a lowering outside the cell's text")
		}
		if len(DropCovered([]Span{{token.Pos(from), token.Pos(to), ""}}, others)) == 0 {
			continue
		}
		edits = append(edits, Edit{from, to, sp.Text})
	}
	c.edits = append(c.edits, edits...)
	for _, d := range decls {
		chunk := i
		if off, ok := t.cellOff(t.off(d.Pos)); ok {
			for x := i; x < j; x++ {
				if chunks[x].Start <= off && off < chunks[x].End {
					chunk = x
				}
			}
		}
		c.lowDecls = append(c.lowDecls, ChunkDecl{Chunk: chunk, Text: d.Text})
	}
	return nil
}

// refuseFormats refuses fmt's %T, %+v and %#v of a value of a type
// declared in the session (see MisprintedFormat).
func (c *cellCheck) refuseFormats(files []*ast.File, f *ast.File, info *types.Info, t *text) *Result {
	if at, msg := MisprintedGeneric(files, f, info, c.s.reached); at != nil {
		if off, ok := t.cellOff(t.off(at.Pos())); ok {
			return &Result{Err: &Error{Off: off, Msg: msg}}
		}
	}
	if at, msg := Misreflected(f, info, "a cell"); at != nil {
		if off, ok := t.cellOff(t.off(at.Pos())); ok {
			return &Result{Err: &Error{Off: off, Msg: msg}}
		}
	}
	if at, msg := SourceLocations(f, info, "a cell"); at != nil {
		if off, ok := t.cellOff(t.off(at.Pos())); ok {
			return &Result{Err: &Error{Off: off, Msg: msg}}
		}
	}
	var res *Result
	dyn := NewDynamicTypes(f, info, c.sessionTypeString)
	inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || res != nil {
			return res == nil
		}
		a, fn, typ := MisprintedFormat(call, info, dyn)
		if a == nil {
			return true
		}
		if off, ok := t.cellOff(t.off(a.Pos())); ok {
			res = &Result{Err: &Error{Off: off, Msg: fmt.Sprintf(
				"%s with %%T, %%+v or %%#v of %s: the interpreter would print its name and fields unlike Go; print the fields you want, or use %%v", fn, cellTypeText(typ))}}
			return false
		}
		return true
	})
	return res
}

// MisprintedFormat finds, in a call of fmt's Printf family with a constant
// format, the first argument the interpreter would print unlike Go, silently:
// for %T and %#v a value of a named type of package main (it names the type
// by its structure: struct { X int } for main.point), for %+v one whose
// struct has unexported fields (x shows as Xx). It returns the argument,
// the function's name and the type's name, or a nil argument. Cells
// (refuseFormats) and programs (package gorun) use it alike.
func MisprintedFormat(call *ast.CallExpr, info *types.Info, dyn *DynamicTypes) (arg ast.Expr, fn, typ string) {
	fn, i, format, ok := printfCall(call, info)
	if !ok {
		return nil, "", ""
	}
	verbs, paired := pairVerbs(format)
	byName := strings.Contains(format, "%T") || strings.Contains(format, "%#v")
	plus := strings.Contains(format, "%+v")
	for k, a := range call.Args[i+1:] {
		if paired { // the verb this argument is printed with
			if k >= len(verbs) {
				break
			}
			byName, plus = verbs[k] == "T" || strings.HasSuffix(verbs[k], "#v"), verbs[k] == "+v"
		}
		if !byName && !plus {
			continue
		}
		if paired && (verbs[k] == "T" || verbs[k] == "#v") && TypeVerbLowered(call, a, info, dyn) {
			continue
		}
		if _, _, _, ok := PlusSpec(info.TypeOf(a)); ok && !byName && PlusOperand(call, a, info) {
			continue // Fields gives fmt the fields' own names (printFields)
		}
		t := info.TypeOf(a)
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		named, ok := t.(*types.Named)
		if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != pkgPath {
			if HiddenFields(t) {
				return a, fn, typeString(t)
			}
			// Inside a slice, a map or a struct: []item with %#v, or
			// with %+v when item has unexported fields.
			if n := misnamed(t, byName, map[types.Type]bool{}); n != nil {
				return a, fn, n.Obj().Name()
			}
			continue
		}
		if byName || unexportedFields(named) { // %+v names exported fields right
			return a, fn, named.Obj().Name()
		}
	}
	return nil, "", ""
}

// HiddenFields reports whether t is, or holds (through pointers, slices,
// arrays, maps, channels, the fields of structs and of the program's
// named types), a struct type without a name with an unexported field:
// the interpreter renames the field (k shows as Xk) and tags it, which
// fmt's %T, %+v and %#v print (struct { Xk string "json:\"-\"…" }
// where Go prints struct { k string; v int }).
func HiddenFields(t types.Type) bool {
	return hiddenFields(t, map[types.Type]bool{})
}

func hiddenFields(t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.(type) {
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if f := u.Field(i); !f.Exported() && f.Name() != "_" || hiddenFields(f.Type(), seen) {
				return true
			}
		}
	case *types.Named:
		if u.Obj().Pkg() != nil && u.Obj().Pkg().Path() == pkgPath {
			if st, ok := u.Underlying().(*types.Struct); ok {
				for i := 0; i < st.NumFields(); i++ {
					if hiddenFields(st.Field(i).Type(), seen) {
						return true
					}
				}
				return false
			}
			return hiddenFields(u.Underlying(), seen)
		}
	case *types.Pointer:
		return hiddenFields(u.Elem(), seen)
	case *types.Slice:
		return hiddenFields(u.Elem(), seen)
	case *types.Array:
		return hiddenFields(u.Elem(), seen)
	case *types.Chan:
		return hiddenFields(u.Elem(), seen)
	case *types.Map:
		return hiddenFields(u.Key(), seen) || hiddenFields(u.Elem(), seen)
	}
	return false
}

// unexportedFields reports whether t is a struct with an unexported field
// (which the interpreter renames: x shows as Xx).
func unexportedFields(t types.Type) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if !st.Field(i).Exported() {
			return true
		}
	}
	return false
}

// sessionTypeString writes a type as a cell can: packages by the names
// they are imported under.
func (c *cellCheck) sessionTypeString(t types.Type) (string, bool) {
	return c.typeText(HiddenTags(t), nil)
}

// cellTypeString writes a type as the cell's text would: struct types
// without the tags the session gives their unexported fields later, in
// all the cell's text (a lowering that CheckLowered judges: cellorder.go).
// A package's name that the cell's text declares for something else
// (time := 3) is not used: the type could not be written where it shadows
// the package.
func (c *cellCheck) cellTypeString(t types.Type) (string, bool) {
	return c.typeText(t, c.shadowed)
}

func (c *cellCheck) typeText(t types.Type, shadowed map[string]bool) (string, bool) {
	ok := nameable(t, nil)
	s := types.TypeString(t, func(p *types.Package) string {
		if p.Path() == pkgPath {
			return ""
		}
		best := ""
		for n, e := range c.names {
			if e.kind == kImport && e.path == p.Path() && !shadowed[n] && (best == "" || n < best) {
				best = n
			}
		}
		if best == "" {
			ok = false
		}
		return best
	})
	return s, ok
}

// cellTypeText names a type MisprintedFormat found for a cell's message.
func cellTypeText(typ string) string {
	if strings.HasPrefix(typ, "struct{") || strings.ContainsAny(typ, "[]*{") {
		return typ + ", which holds a struct without a name with unexported fields"
	}
	return typ + ", a type declared in a cell"
}

// errorLoses names a type of the program that is an error and has other
// methods the standard library looks for (Unwrap, Is, As, Format,
// MarshalJSON…), which an error made of it in a cell would not have
// ("*QueryErr, with Unwrap, is an error"), or "".
func errorLoses(info *types.Info) string {
	errType := errorType.Underlying().(*types.Interface)
	var names []string
	for id, obj := range info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || id.Name == "_" || tn.IsAlias() || tn.Pkg() == nil || tn.Pkg().Path() != pkgPath || tn.Parent() != tn.Pkg().Scope() {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if types.IsInterface(t) || !types.Implements(t, errType) {
				continue
			}
			has := methodsOf(t)
			for _, m := range probed {
				if m != "Error" && m != "String" && has[m] {
					names = append(names, fmt.Sprintf("%s, with %s, is an error", typeString(t), m))
					break
				}
			}
			break
		}
	}
	if len(names) == 0 {
		return ""
	}
	sort.Strings(names)
	return names[0]
}

// errorHandedOn returns the position of the first assertion to error among
// ErrorAsserts' lowerings (spans) whose value goes further than a call of
// its Error method or a comparison (given to a function, returned,
// assigned, printed), where the methods errorLoses names would be missed;
// or token.NoPos.
func errorHandedOn(f *ast.File, info *types.Info, spans []Span) token.Pos {
	at := map[token.Pos]bool{}
	for _, sp := range spans {
		at[sp.Pos] = true
	}
	parents := parentsOf(f)
	// plain reports whether the value of x is only compared or asked its
	// Error().
	plain := func(x ast.Node) bool {
		switch p := parents[x].(type) {
		case *ast.SelectorExpr:
			return p.Sel.Name == "Error"
		case *ast.BinaryExpr:
			return p.Op == token.EQL || p.Op == token.NEQ
		case *ast.ParenExpr:
			return false
		}
		return false
	}
	for n := range parents {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || !at[ta.X.Pos()] {
			continue
		}
		var v types.Object
		switch p := parents[ta].(type) {
		case *ast.AssignStmt:
			if len(p.Rhs) == 1 && len(p.Lhs) >= 1 {
				if id, ok := p.Lhs[0].(*ast.Ident); ok && p.Tok == token.DEFINE {
					v = info.Defs[id]
				}
				if v == nil {
					if id, ok := p.Lhs[0].(*ast.Ident); ok && id.Name == "_" {
						continue // only ok is kept
					}
					return ta.Pos()
				}
			}
		case *ast.ValueSpec:
			if len(p.Names) >= 1 {
				v = info.Defs[p.Names[0]]
			}
		default:
			if !plain(ta) {
				return ta.Pos()
			}
			continue
		}
		if v == nil {
			return ta.Pos()
		}
		// A variable of the cell's own code outlives it: later cells
		// may hand it on.
		local := false
		for p := parents[ta]; p != nil; p = parents[p] {
			switch p := p.(type) {
			case *ast.FuncLit:
				local = true
			case *ast.FuncDecl:
				local = local || p.Name.Name != "__cell"
			}
		}
		if !local {
			return ta.Pos()
		}
		for id, obj := range info.Uses {
			if obj == v && !plain(id) {
				return ta.Pos()
			}
		}
	}
	return token.NoPos
}
