package check

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// OneLine keeps the tokens and writes out the semicolons Go inserts.
func TestOneLine(t *testing.T) {
	got, err := OneLine([]byte("func(x, y T) int {\n\tif x < y {\n\t\treturn -1 // less\n\t}\n\treturn +1\n}"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "func (x, y T) int { if x < y { return - 1; }; return + 1; }"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if _, err := parser.ParseExpr(got); err != nil {
		t.Errorf("%q does not parse: %v", got, err)
	}
}

// typeSetKinds tells apart constraints of floats only, of others only,
// and of both (what picks slices.Max's floating-point variant).
func TestTypeSetKinds(t *testing.T) {
	src := `package p

import "cmp"

func A[T cmp.Ordered]()          {}
func B[T ~float32 | ~float64]()  {}
func C[T ~int | ~uint | ~string]() {}
func D[T any]()                   {}
func E[T interface{ ~float64; String() string }]() {}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Skip("no export data for cmp:", err)
	}
	want := map[string][2]bool{"A": {true, true}, "B": {true, false}, "C": {false, true}, "D": {true, true}, "E": {true, false}}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Type.TypeParams == nil {
			continue
		}
		tp := info.Defs[fd.Type.TypeParams.List[0].Names[0]].Type()
		floats, others := typeSetKinds(tp)
		if w := want[fd.Name.Name]; floats != w[0] || others != w[1] {
			t.Errorf("%s: floats %v, others %v; want %v", fd.Name.Name, floats, others, w)
		}
	}
}
