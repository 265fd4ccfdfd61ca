package gorun

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

func monomorphize(t *testing.T, src string) string {
	t.Helper()
	msgs, info, f := compileErrors("./prog.go", []byte(src))
	if len(msgs) > 0 || info == nil {
		t.Fatalf("the program does not compile: %v", msgs)
	}
	out, _, _ := lowerGenericFuncs("./prog.go", []byte(src), f, info)
	return string(out)
}

const monoProg = `package main

import "fmt"

type Temp float64

func (t Temp) String() string { return "TEMP" }

func Describe[T any](v T) string {
	return fmt.Sprint(v) + Twice(v)
}

func Twice[T any](v T) string { return fmt.Sprint(v, v) }

func Const[T ~float64]() T { return T(0.1) * T(3) }

func Local[T any](v T) T {
	Temp := 1
	_ = Temp
	var x T = v
	return x
}

func main() {
	f := Describe[Temp]
	fmt.Println(f(1), Describe(Temp(2)), Describe(3), Const[float64](), Local(Temp(4)))
}
`

// The copies: each instantiation once, the generics they call copied too,
// the calls rewritten, the generic functions no longer called dropped
// (their lines kept), a constant conversion to T kept non-constant, and a
// type argument whose name a local declaration hides left generic.
func TestLowerGenericFuncs(t *testing.T) {
	out := monomorphize(t, monoProg)
	for _, want := range []string{
		"\tf := Describe__1\n",
		"Describe__1(Temp(2)), Describe__2(3), Const__3(), Local(Temp(4))",
		"//line :9:1\nfunc Describe__1(v Temp) string {\n\treturn fmt.Sprint(v) + Twice__4(v)\n}",
		"//line :13:1\nfunc Twice__4(v Temp) string { return fmt.Sprint(v, v) }",
		"//line :15:1\nfunc Const__3() float64 { return (func() float64 { return float64(0.1) })() * (func() float64 { return float64(3) })() }",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "func Describe[") || strings.Contains(out, "func Twice[") || !strings.Contains(out, "func Local[") {
		t.Errorf("the generic functions called only through copies should be dropped, Local kept:\n%s", out)
	}
	if got, want := strings.Index(out, "func main()"), strings.Index(monoProg, "func main()"); strings.Count(out[:got], "\n") != strings.Count(monoProg[:want], "\n") {
		t.Errorf("main moved from its line:\n%s", out)
	}
}

// Go's positions in the copies are the generic function's lines, and
// srcLineCol (the refusals' positions) agrees with go/parser on every
// identifier of the lowered program.
func TestMonoLines(t *testing.T) {
	out := monomorphize(t, monoProg)
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "./prog.go", out, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "Twice__4" {
			if p := fset.Position(fd.Pos()); p.Line != 13 || p.Filename != "./prog.go" {
				t.Errorf("Twice__4 at %v, want ./prog.go:13", p)
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			p := fset.Position(id.Pos())
			line, col := srcLineCol([]byte(out), p.Offset)
			if line != p.Line || col != p.Column {
				t.Errorf("%s: srcLineCol gives %d:%d, go/parser %d:%d", id.Name, line, col, p.Line, p.Column)
			}
		}
		return true
	})
}

// A program without instantiations the pass can write is left as it was.
func TestLowerGenericFuncsNone(t *testing.T) {
	src := `package main

import "fmt"

func Show[T any](v T) { fmt.Println(v) }

func main() {
	type local int
	Show(local(1))
}
`
	if out := monomorphize(t, src); out != src {
		t.Errorf("changed:\n%s", out)
	}
}
