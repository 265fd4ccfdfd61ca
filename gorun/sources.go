package gorun

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"
)

// printlnFS serves the source of the packages a program imports (a GOPATH,
// package modules) with the builtin println and print lowered as in the
// program's own file (lower): the interpreter writes them to standard
// output, Go to standard error. A call is lowered when println (print)
// is the builtin: no file of the package declares the name at top level
// and no enclosing scope does (go/parser's object resolution). The import
// of the helpers joins the package clause's line, so that positions stay.
type printlnFS struct{ fs.FS }

func (p printlnFS) Open(name string) (fs.File, error) {
	f, err := p.FS.Open(name)
	if err != nil || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
		return f, err
	}
	info, err := f.Stat()
	if err != nil || info.IsDir() {
		return f, err
	}
	src, err := io.ReadAll(f)
	f.Close()
	if err != nil {
		return nil, err
	}
	out := lowerPrintln(src, p.declared(path.Dir(name)))
	return &memFile{Reader: bytes.NewReader(out), info: sizedInfo{info, int64(len(out))}}, nil
}

// declared reports whether a file of the package in dir declares println
// or print at top level (then a call of it is not the builtin's).
func (p printlnFS) declared(dir string) map[string]bool {
	names := map[string]bool{}
	entries, err := fs.ReadDir(p.FS, dir)
	if err != nil {
		return names
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		src, err := fs.ReadFile(p.FS, path.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), e.Name(), src, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					names[d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.ValueSpec:
						for _, n := range s.Names {
							names[n.Name] = true
						}
					case *ast.TypeSpec:
						names[s.Name.Name] = true
					}
				}
			}
		}
	}
	return names
}

// lowerPrintln replaces, in a source file of an imported package, the
// calls of the builtins println and print by the helpers' (src itself
// when there is none, or the file does not parse).
func lowerPrintln(src []byte, declared map[string]bool) []byte {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, 0)
	if err != nil {
		return src
	}
	var edits []edit
	tf := func(pos token.Pos) int { return int(pos) - int(f.FileStart) }
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		id, ok := call.Fun.(*ast.Ident)
		if !ok || id.Obj != nil || declared[id.Name] {
			return true // not a name, or one the file or package declares
		}
		switch id.Name {
		case "println":
			edits = append(edits, edit{tf(id.Pos()), tf(id.End()), "__gorunrt.Println"})
		case "print":
			edits = append(edits, edit{tf(id.Pos()), tf(id.End()), "__gorunrt.Print"})
		}
		return true
	})
	if len(edits) == 0 {
		return src
	}
	edits = append(edits, edit{tf(f.Name.End()), tf(f.Name.End()), "; import __gorunrt \"" + rtPath + "\""})
	var b bytes.Buffer
	last := 0
	sort.SliceStable(edits, func(a, b int) bool { return edits[a].off < edits[b].off })
	for _, e := range edits {
		b.Write(src[last:e.off])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(src[last:])
	return b.Bytes()
}

// memFile is a file's lowered text.
type memFile struct {
	*bytes.Reader
	info fs.FileInfo
}

func (m *memFile) Stat() (fs.FileInfo, error) { return m.info, nil }
func (m *memFile) Close() error               { return nil }

// sizedInfo is a file's information with the size of its lowered text.
type sizedInfo struct {
	fs.FileInfo
	size int64
}

func (s sizedInfo) Size() int64        { return s.size }
func (s sizedInfo) ModTime() time.Time { return s.FileInfo.ModTime() }
