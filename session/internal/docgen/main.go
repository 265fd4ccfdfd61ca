// Command docgen writes the documentation the session's .doc shows: the
// signatures and doc comments of the exported identifiers of the packages in
// a session's scope, as gzip-compressed JSON, so that the divergo binary has
// them without Go sources at run time. It finds each package's directory with
// `go list -json` (the module cache and GOROOT) and reads it with go/parser
// and go/doc.
//
// Usage (from session/docs.go's go:generate line):
//
//	go run ./internal/docgen -o docs.json.gz PATH...
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/printer"
	"go/token"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// Docs is the file's content; session/docs.go reads the same shape.
type Docs struct {
	Packages map[string]Package `json:"packages"` // by package name
	Items    map[string]Item    `json:"items"`    // "pkg.Name", "pkg.Type.Method"
}

// Package is a package's documentation.
type Package struct {
	Path string `json:"path"`
	Doc  string `json:"doc"`
}

// Item is one exported identifier: its declaration and doc comment.
type Item struct {
	Decl string `json:"decl"`
	Doc  string `json:"doc,omitempty"`
}

func main() {
	out := flag.String("o", "docs.json.gz", "output file")
	flag.Parse()
	docs := Docs{Packages: map[string]Package{}, Items: map[string]Item{}}
	for _, path := range flag.Args() {
		if err := add(&docs, path); err != nil {
			log.Fatalf("docgen: %s: %v", path, err)
		}
	}
	js, err := json.Marshal(docs) // map keys sorted: the output is reproducible
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(js)
	zw.Close()
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "docgen: %d packages, %d items, %d bytes of JSON, %d compressed\n", len(docs.Packages), len(docs.Items), len(js), buf.Len())
}

type listed struct {
	Dir, ImportPath, Name string
	GoFiles               []string
}

func add(docs *Docs, path string) error {
	cmd := exec.Command("go", "list", "-json", path)
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return err
	}
	var l listed
	if err := json.Unmarshal(b, &l); err != nil {
		return err
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range l.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(l.Dir, name), nil, parser.ParseComments)
		if err != nil {
			return err
		}
		files = append(files, f)
	}
	mode := doc.Mode(0)
	if path == "builtin" {
		mode = doc.AllDecls // its identifiers are lower case
	}
	p, err := doc.NewFromFiles(fset, files, l.ImportPath, mode)
	if err != nil {
		return err
	}
	text := func(s string) string { return strings.TrimRight(string(p.Text(s)), "\n") }
	docs.Packages[p.Name] = Package{Path: l.ImportPath, Doc: text(p.Doc)}
	put := func(key string, decl ast.Node, comment string) {
		docs.Items[p.Name+"."+key] = Item{Decl: printDecl(fset, decl), Doc: text(comment)}
	}
	values := func(vs []*doc.Value) {
		for _, v := range vs {
			for _, n := range v.Names {
				if ast.IsExported(n) || path == "builtin" {
					put(n, v.Decl, v.Doc)
				}
			}
		}
	}
	funcs := func(prefix string, fs []*doc.Func) {
		for _, f := range fs {
			put(prefix+f.Name, f.Decl, f.Doc)
		}
	}
	values(p.Consts)
	values(p.Vars)
	funcs("", p.Funcs)
	for _, t := range p.Types {
		put(t.Name, t.Decl, t.Doc)
		values(t.Consts)
		values(t.Vars)
		funcs("", t.Funcs)
		funcs(t.Name+".", t.Methods)
	}
	return nil
}

// printDecl prints a declaration without its body and doc comment, keeping
// the comments inside it (struct fields, grouped constants).
func printDecl(fset *token.FileSet, n ast.Node) string {
	var comments []*ast.CommentGroup
	switch d := n.(type) {
	case *ast.FuncDecl:
		d2 := *d
		d2.Body, d2.Doc = nil, nil
		n = &d2
	case *ast.GenDecl:
		d2 := *d
		d2.Doc = nil
		n = &d2
		// Comments inside the declaration (go/doc has removed the
		// unexported fields; their comments go with them).
		ast.Inspect(d, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.Field:
				if x.Doc != nil {
					comments = append(comments, x.Doc)
				}
				if x.Comment != nil {
					comments = append(comments, x.Comment)
				}
			case *ast.ValueSpec:
				if x.Doc != nil {
					comments = append(comments, x.Doc)
				}
				if x.Comment != nil {
					comments = append(comments, x.Comment)
				}
			case *ast.TypeSpec:
				if x.Comment != nil {
					comments = append(comments, x.Comment)
				}
			}
			return true
		})
		sort.Slice(comments, func(i, j int) bool { return comments[i].Pos() < comments[j].Pos() })
	}
	var b bytes.Buffer
	cfg := printer.Config{Mode: printer.UseSpaces | printer.TabIndent, Tabwidth: 4}
	var node any = n
	if len(comments) > 0 {
		node = &printer.CommentedNode{Node: n, Comments: comments}
	}
	if err := cfg.Fprint(&b, fset, node); err != nil {
		return fmt.Sprintf("(cannot print: %v)", err)
	}
	out := b.String()
	if hasHiddenFields(n) && strings.HasSuffix(out, "}") {
		out = out[:len(out)-1] + "\t// Has unexported fields.\n}"
	}
	return out
}

// hasHiddenFields reports whether go/doc removed unexported fields of a
// struct type declaration.
func hasHiddenFields(n ast.Node) bool {
	gd, ok := n.(*ast.GenDecl)
	if !ok || len(gd.Specs) != 1 {
		return false
	}
	ts, ok := gd.Specs[0].(*ast.TypeSpec)
	if !ok {
		return false
	}
	st, ok := ts.Type.(*ast.StructType)
	return ok && st.Incomplete
}
