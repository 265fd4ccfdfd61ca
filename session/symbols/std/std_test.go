package std_test

import (
	"go/types"
	"os"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/divergo/divergo/session/check"
	"github.com/divergo/divergo/session/symbols/std"
)

// TestTablesCurrent: the tables were made by the Go release that builds
// them (run `go generate ./session/symbols/std` after changing it).
func TestTablesCurrent(t *testing.T) {
	v := runtime.Version()
	if strings.HasPrefix(v, "devel") {
		t.Skip("a development toolchain")
	}
	if !strings.HasPrefix(v+".", std.GoVersion+".") {
		t.Errorf("the standard library's tables are %s's, the toolchain is %s: run go generate ./session/symbols/std", std.GoVersion, v)
	}
}

// TestTablesMatchTypes: every table holds exactly the exported names the
// type checker sees in that package (package check's export data, made by
// the same toolchain), less those a table cannot hold (generic functions
// and types, constraint interfaces). A difference would let go/types
// accept a cell that the interpreter then fails on, or the other way.
func TestTablesMatchTypes(t *testing.T) {
	imp, err := check.Importer()
	if err != nil {
		if os.Getenv("CI") == "" {
			t.Skip(err)
		}
		t.Fatal(err)
	}
	n := 0
	for key, table := range std.Symbols {
		if key == "." {
			continue
		}
		path := key[:strings.LastIndexByte(key, '/')]
		pkg, err := imp.Import(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if pkg.Name() != key[len(path)+1:] {
			t.Errorf("%s: table %q, package name %q", path, key, pkg.Name())
		}
		var want, got []string
		for _, name := range pkg.Scope().Names() {
			if o := pkg.Scope().Lookup(name); o.Exported() && tabled(o) {
				want = append(want, name)
			}
		}
		for name := range table {
			if !strings.HasPrefix(name, "_") {
				got = append(got, name)
			}
		}
		sort.Strings(got)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: table %v\nchecker %v", path, got, want)
		}
		n++
	}
	if n < 150 {
		t.Errorf("%d tables, want the standard library's (169 for Go 1.26)", n)
	}
	// A package new in Go 1.24 and a function new in 1.24.
	if std.Symbols["crypto/sha3/sha3"] == nil || !std.Symbols["strings/strings"]["Lines"].IsValid() {
		t.Error("crypto/sha3 or strings.Lines missing: the tables are older than Go 1.24")
	}
}

// tabled reports whether a symbol table holds o: generic functions and
// types and constraint interfaces it cannot.
func tabled(o types.Object) bool {
	switch o := o.(type) {
	case *types.Func:
		return o.Type().(*types.Signature).TypeParams().Len() == 0
	case *types.TypeName:
		if n, ok := o.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			return false
		}
		if i, ok := o.Type().Underlying().(*types.Interface); ok && i.NumMethods() == 0 && i.NumEmbeddeds() > 0 {
			return false
		}
	}
	return true
}
