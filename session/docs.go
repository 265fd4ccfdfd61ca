package session

import (
	"bytes"
	"compress/gzip"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"github.com/divergo/divergo/session/cells"
	"go/ast"
	"io"
	"reflect"
	"sort"
	"strings"
	"sync"
)

// The documentation .doc shows comes from docs.json.gz, generated from the
// Go sources of the packages in scope (their exported identifiers only) by
// internal/docgen and embedded in the binary. Regenerate it with
// `go generate ./session/...` when one of these packages changes; the list
// must match preludeImports (TestDocsCoverPrelude checks it).
//
//go:generate go run ./internal/docgen -o docs.json.gz fmt math strings strconv sort time os errors image gonum.org/v1/gonum/stat gonum.org/v1/gonum/floats gonum.org/v1/gonum/mat gonum.org/v1/plot gonum.org/v1/plot/plotter gonum.org/v1/plot/vg gonum.org/v1/plot/vg/draw github.com/divergo/divergo/display github.com/divergo/divergo/plots github.com/divergo/divergo/builtins builtin

//go:embed docs.json.gz
var docsGz []byte

// docSet is docs.json.gz's content (see internal/docgen).
type docSet struct {
	Packages map[string]struct {
		Path string `json:"path"`
		Doc  string `json:"doc"`
	} `json:"packages"`
	Items map[string]struct {
		Decl string `json:"decl"`
		Doc  string `json:"doc"`
	} `json:"items"`
	byPath map[string]string // import path → package name
}

var (
	docsOnce sync.Once
	docs     *docSet
)

// loadDocs decompresses the documentation on first use.
func loadDocs() *docSet {
	docsOnce.Do(func() {
		d := &docSet{}
		if zr, err := gzip.NewReader(bytes.NewReader(docsGz)); err == nil {
			if js, err := io.ReadAll(zr); err == nil {
				json.Unmarshal(js, d)
			}
		}
		d.byPath = map[string]string{}
		for name, p := range d.Packages {
			d.byPath[p.Path] = name
		}
		docs = d
	})
	return docs
}

// globalDocs document the session's own globals.
var globalDocs = map[string]string{
	"Display": "func Display(d display.Data) error\n\n" +
		"Display shows a bundle now, while the cell runs (gophernotes' Display): in the\n" +
		"terminal its text, in a notebook its richest representation. Build bundles with\n" +
		"the display package: display.HTML, display.Markdown, display.PNG, display.SVG,\n" +
		"display.NewTable(…).Render(), … A session global.",
	"Query": "func Query(stmt string, args ...any) *display.Table\n\n" +
		"Query runs one SQL statement on the session's SQLite database — the one SQL cells\n" +
		"use, with the measures as aggregates (kl, js, entropy, psi, …) — binding args to\n" +
		"its ? placeholders, and returns its rows as a table: shown as a table, and read\n" +
		"in Go by column with Floats(\"p\") and Strings(\"feature\") (Len() rows). A failing\n" +
		"statement stops the cell with SQLite's message. A session global.\n\n" +
		"\tQuery(\"SELECT feature, kl(p, q) AS kl FROM drift GROUP BY feature\").Floats(\"kl\")",
	"SQLTable": "func SQLTable(name string, v any)\n\n" +
		"SQLTable makes the Go value v the SQL table name, replacing a table SQLTable made\n" +
		"before (a table made otherwise must be dropped first). v is a slice of structs\n" +
		"(a column per field, named as declared: 이름 and name too; a slice or array field\n" +
		"is TEXT holding its JSON, '[0.5,0.5]', which kl_json(p, q) takes on SQLite; a\n" +
		"[]byte a BLOB), a map of string to slices (a column per key),\n" +
		"a slice of numbers or strings (columns i and value), a slice of slices of\n" +
		"numbers (columns c0, c1, …) or a *display.Table. A session global.\n\n" +
		"\tSQLTable(\"dist\", map[string][]float64{\"p\": p, \"q\": q})\n" +
		"\tQuery(\"SELECT kl(p, q) FROM dist\")",
}

// Doc returns the documentation of a name: the signature and doc comment of
// a builtin (KL), a package member (stat.KullbackLeibler, plot.Plot.Save), a
// package (stat), a session global (Display), a Go predeclared identifier
// (len), or the declaration and value of a name declared by the session's
// cells. An unknown name gives an error that suggests close matches.
func (s *Session) Doc(name string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.doc(name)
}

func (s *Session) doc(name string) (string, error) {
	name = strings.TrimSpace(name)
	d := loadDocs()
	item := func(key string) (string, bool) {
		it, ok := d.Items[key]
		if !ok {
			return "", false
		}
		if it.Doc == "" {
			return it.Decl, true
		}
		return it.Decl + "\n\n" + it.Doc, true
	}
	parts := strings.Split(name, ".")
	root := parts[0]
	if len(parts) == 1 {
		// Names of the session's cells shadow everything else.
		if t, ok := s.declaredDoc(name); ok {
			return t, nil
		}
		if t, ok := globalDocs[name]; ok {
			return t, nil
		}
		if t, ok := item("builtins." + name); ok {
			return t, nil
		}
		if t, ok := item("builtin." + name); ok {
			return t, nil
		}
		if p, ok := d.Packages[name]; ok && (s.imports[name] == p.Path || name == "builtins") {
			return s.packageDoc(name), nil
		}
	} else {
		pkg := root
		if s.names[root] == "package" {
			if n, ok := d.byPath[s.imports[root]]; ok {
				pkg = n
			}
		}
		if _, ok := d.Packages[pkg]; ok && (s.names[root] == "package" || root == "builtins") {
			if t, ok := item(pkg + "." + strings.Join(parts[1:], ".")); ok {
				return t, nil
			}
		} else if t, ok := s.memberDoc(parts); ok {
			return t, nil
		}
	}
	if len(parts) == 1 {
		if t, ok := sqlFuncDoc(name); ok { // kl, psi: the SQL functions
			return t, nil
		}
	}
	msg := "no documentation for " + name
	if sug := s.suggest(name); len(sug) > 0 {
		msg += "; did you mean " + strings.Join(sug, " or ") + "?"
	}
	return "", &Error{Msg: msg}
}

// declaredDoc documents a name declared by the session's cells.
func (s *Session) declaredDoc(name string) (string, bool) {
	kind, ok := s.names[name]
	if !ok {
		return "", false
	}
	ctx := context.Background()
	switch kind {
	case "func", "type":
		if decl, ok := s.decls[name]; ok {
			return decl + "\n\n(declared in this session)", true
		}
	case "var", "const":
		typ := "?"
		if t, err := s.staticType(ctx, name); err == nil {
			typ = s.typeString(ctx, t)
		}
		text := fmt.Sprintf("%s %s %s (declared in this session)", kind, name, typ)
		if vals, err := s.evalShow(ctx, name); err == nil && len(vals) == 1 {
			text += "\n\n" + s.shortValue(vals[0], 500)
		}
		return text, true
	case "package":
		if n, ok := loadDocs().byPath[s.imports[name]]; ok {
			return s.packageDoc(n), true
		}
		return fmt.Sprintf("package %s // import %q\n\n(imported in this session; no documentation is built in)", name, s.imports[name]), true
	}
	return "", false
}

// memberDoc documents x.Name for a variable x of the session whose type is
// a documented package's named type: its method or the type.
func (s *Session) memberDoc(parts []string) (string, bool) {
	if len(parts) < 2 {
		return "", false
	}
	operand := strings.Join(parts[:len(parts)-1], ".")
	last := parts[len(parts)-1]
	// A method or field of a type declared in a cell.
	if t, err := s.staticType(context.Background(), operand); err == nil && t != nil {
		name := strings.TrimPrefix(s.typeString(context.Background(), t), "*")
		if decl, ok := s.decls[name+"."+last]; ok {
			return decl + "\n\n(declared in this session)", true
		}
		if decl, ok := s.decls[name]; ok && s.names[name] == "type" {
			st := t
			if st.Kind() == reflect.Pointer {
				st = st.Elem()
			}
			if st.Kind() == reflect.Struct {
				if _, ok := st.FieldByName(last); ok {
					return fmt.Sprintf("%s is a field of %s:\n\n%s\n\n(declared in this session)", last, name, decl), true
				}
			}
		}
	}
	v, ok := s.valueAt(context.Background(), operand)
	if !ok || v == nil {
		return "", false
	}
	t := reflect.TypeOf(v)
	if t.Kind() == reflect.Pointer && t.Name() == "" {
		t = t.Elem()
	}
	d := loadDocs()
	pkg, ok := d.byPath[t.PkgPath()]
	if !ok || t.Name() == "" {
		return "", false
	}
	if it, ok := d.Items[pkg+"."+t.Name()+"."+last]; ok {
		return strings.TrimSpace(it.Decl + "\n\n" + it.Doc), true
	}
	if it, ok := d.Items[pkg+"."+t.Name()]; ok {
		return fmt.Sprintf("%s is a field of %s.%s:\n\n%s", last, pkg, t.Name(), strings.TrimSpace(it.Decl+"\n\n"+it.Doc)), true
	}
	return "", false
}

// packageDoc is a package's doc comment and the list of its members.
func (s *Session) packageDoc(name string) string {
	d := loadDocs()
	p := d.Packages[name]
	var b strings.Builder
	fmt.Fprintf(&b, "package %s // import %q\n\n", name, p.Path)
	if p.Doc != "" {
		b.WriteString(p.Doc + "\n\n")
	}
	members := packageMembers(name)
	b.WriteString("Members:\n")
	line := " "
	for _, m := range members {
		if len(line)+len(m)+1 > 80 {
			b.WriteString(line + "\n")
			line = " "
		}
		line += " " + m
	}
	b.WriteString(line)
	return b.String()
}

// packageMembers are the documented top-level names of a package.
func packageMembers(pkg string) []string {
	d := loadDocs()
	var names []string
	for k := range d.Items {
		if rest, ok := strings.CutPrefix(k, pkg+"."); ok && !strings.Contains(rest, ".") {
			names = append(names, rest)
		}
	}
	sort.Strings(names)
	return names
}

// suggest returns up to three known names close to name.
func (s *Session) suggest(name string) []string {
	d := loadDocs()
	var cands []string
	parts := strings.Split(name, ".")
	if len(parts) == 1 {
		for k := range d.Items {
			if rest, ok := strings.CutPrefix(k, "builtins."); ok && !strings.Contains(rest, ".") {
				cands = append(cands, rest)
			}
			if rest, ok := strings.CutPrefix(k, "builtin."); ok && !strings.Contains(rest, ".") {
				cands = append(cands, rest)
			}
		}
		for n := range s.names {
			if !strings.HasPrefix(n, "__") {
				cands = append(cands, n)
			}
		}
		for n := range globalDocs {
			cands = append(cands, n)
		}
	} else {
		root := parts[0]
		pkg := root
		if n, ok := d.byPath[s.imports[root]]; ok {
			pkg = n
		}
		for k := range d.Items {
			if rest, ok := strings.CutPrefix(k, pkg+"."); ok && strings.Count(rest, ".") == len(parts)-2 {
				cands = append(cands, root+"."+rest)
			}
		}
		if len(cands) == 0 { // an unknown package: its closest names
			for n := range d.Packages {
				if _, ok := s.imports[n]; ok {
					cands = append(cands, n+"."+strings.Join(parts[1:], "."))
				}
			}
		}
	}
	type scored struct {
		name string
		d    int
	}
	var best []scored
	lname := strings.ToLower(name)
	limit := max(1, min(3, len([]rune(name))/3))
	for _, c := range cands {
		var dist int
		if strings.ToLower(c) == lname {
			dist = 0
		} else if strings.HasPrefix(strings.ToLower(c), lname) && len(c) > len(name) {
			dist = 1
		} else {
			dist = levenshtein(lname, strings.ToLower(c)) + 1
			if dist-1 > limit {
				continue
			}
		}
		best = append(best, scored{c, dist})
	}
	// A bare name that is a member of a package in scope: fmt.Println.
	if len(parts) == 1 {
		for k := range d.Items {
			i := strings.IndexByte(k, '.')
			pkg, rest := k[:i], k[i+1:]
			if strings.EqualFold(rest, name) && pkg != "builtins" && pkg != "builtin" {
				best = append(best, scored{k, 0})
			}
		}
	}
	sort.Slice(best, func(i, j int) bool {
		if best[i].d != best[j].d {
			return best[i].d < best[j].d
		}
		return best[i].name < best[j].name
	})
	var out []string
	seen := map[string]bool{}
	for _, b := range best {
		if b.d > best[0].d { // only the closest
			break
		}
		if !seen[b.name] && b.name != name {
			seen[b.name] = true
			out = append(out, b.name)
		}
		if len(out) == 3 {
			break
		}
	}
	return out
}

// levenshtein is the edit distance between a and b, in runes, with a
// transposition of neighbours counting as one edit.
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+c)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// declText is a function's signature or a type's declaration from a cell,
// with the // comment lines just above it.
func declText(pc *cells.Parsed, i int, n ast.Node) string {
	var decl string
	switch d := n.(type) {
	case *ast.FuncDecl:
		end := d.End()
		if d.Body != nil {
			end = d.Body.Lbrace
		}
		decl = strings.TrimSpace(pc.Src[pc.Off(i, d.Pos()):pc.Off(i, end)])
	case *ast.TypeSpec:
		decl = "type " + strings.TrimSpace(pc.Src[pc.Off(i, d.Pos()):pc.Off(i, d.End())])
	}
	// Comment lines directly above the chunk.
	before := pc.Src[:pc.Chunks[i].Start]
	before = before[:strings.LastIndexByte(before, '\n')+1]
	lines := strings.Split(strings.TrimSuffix(before, "\n"), "\n")
	var doc []string
	for k := len(lines) - 1; k >= 0 && before != ""; k-- {
		t := strings.TrimSpace(lines[k])
		if !strings.HasPrefix(t, "//") {
			break
		}
		doc = append([]string{strings.TrimPrefix(strings.TrimPrefix(t, "//"), " ")}, doc...)
	}
	if len(doc) > 0 {
		return decl + "\n\n" + strings.Join(doc, "\n")
	}
	return decl
}
