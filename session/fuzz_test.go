package session

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/divergo/divergo/session/cells"
)

var fuzzSeeds = []string{
	"",
	"var a any\nvar b float64\na, b = 5, math.Abs(-2)\nxs := []float64{0, 0}\ni := 0\ni, xs[i] = 1, math.Abs(b)",
	"math.Ln2 - 0.25 + math.Sin(0.6*math.Pi)",
	"m := map[string]int{}\nfor k := range 3 { v, ok := m[\"x\"]; _ = k; fmt.Println(v, ok) }",
	"e := Normalize([]float64{1, 3})\nx := e[1] * 2\nvar y = e[0] + x\ny",
	"type H struct{ X int }\nfunc (h H) HTML() string { return \"h\" }\ndisplay.Auto(H{1})",
	"1 + 2",
	"x := 3\nx * 2",
	"var m = map[string]int{}\nm[\"a\"] = 3\nm[\"a\"]*2",
	"func f() {\n\treturn\n}",
	"func f() {",
	"for i := range 10 { fmt.Println(i) }",
	"for i := 0; i < 3; i++ {\n\tgo func(k int) { _ = k }(i)\n}",
	"go f(1, x, y...)",
	"type T struct{ A int }\nT{1}",
	"if x := 1; x > 0 {\n} else if y := 2; y > 1 {\n}",
	"switch x := 3; x {\ncase 1:\n}",
	"max(1, 2.5) + min(x, 3)",
	"KL([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3}, Bits)",
	"x := `raw\nstring`",
	"/* comment",
	"\"unterminated",
	"x := )",
	"}}}",
	"\x00\xff",
	"func (p P) M() int { return 1 }",
	"import (\n\t\"fmt\"\n\tm \"math\"\n)",
	"L:\nfor i := range n {\n\tcontinue L\n}",
	"func(){}()",
	"a, b := 1, 2; c := a + b; c",
	"select {}",
	"SELECT * FROM t;",
	".help",
	":doc KL",
	"KL?",
	"stat.KullbackLeibler?",
	".type x + 1",
	".vars",
	".digits 3",
	"%timer on",
	".5*2",
	"p := plot.New()\np.Ti",
	"// %%\nx := 1\n// %%\nx",
	"package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(f()) }\n\nfunc f() int { return 1 }",
	"package main; func g() {}",
	"import \"os\"\nimport \"io\"",
	"import (\"strings\"; m \"math\")",
	"var v any = 1\nswitch v.(type) {\ncase error:\n}",
	"type pt struct{ x int }\nfmt.Printf(\"%+v %T\", pt{1}, pt{})",
	"func f(n int) int { return f(n+1) }\nf(0)",
	"type E struct{ k string }\nfunc (e *E) Error() string { return e.k }\nvar e *E\nerrors.As(fmt.Errorf(\"%w\", &E{\"x\"}), &e)",
	"func k(err error) int { switch v := err.(type) { case nil: return 0; case *E: _ = v; return 1; default: return 2 } }",
	"func f() (out []int) { for i := 0; i < 3; i++ { defer func() { out = append(out, i) }() }; return }",
	"func Map[T, U any](xs []T, f func(T) U) []U { return nil }\nMap([]int{1}, func(i int) string { return \"\" })",
	"type J struct{ A int; b int `json:\"b\"` }\nvar _ error = nil",
	"defer func() { recover() }()",
	"xs := []int{5, 6, 7}\nfor i, v := range xs { i *= 2; _ = v }\nn := -1\n1 << n",
	"type Shape interface{ Area() float64 }\ntype C int\nfunc (c C) Area() float64 { return 1 }\nvar s []Shape\nfor c := C(1); c < 3; c++ { s = append(s, c) }\nfmt.Println(s)",
	"func g() int { iota := 3; return iota }\nx := float32(1) / 3\nfloat64(x)",
	"type T struct{ id int }\nfunc (t *T) M(s string) {}\nfor _, t := range []T{{1}} { defer t.M(\"x\"); t.M(\"y\") }",
	"import (\"slices\"; \"sync\")\nvar p *[3]int = &[3]int{}\nfor i := range p { _ = i }",
}

// FuzzComplete checks that the cell front end — the scan, the parse, the
// completeness answer, the rewrites and the position mapping — never panics,
// whatever the input. Its seed corpus runs in the normal tests.
func FuzzComplete(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	s, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, cell string) {
		watchdog := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("front end hangs on %q", cell)) })
		defer watchdog.Stop()
		// Completion and the file splitter read the same outside input.
		for _, cursor := range []int{len(cell), len(cell) / 2} {
			if start, _ := s.Complete(cell, cursor); start < 0 || start > cursor {
				t.Fatalf("Complete at %d: start %d", cursor, start)
			}
		}
		for _, fc := range SplitCells(cell) {
			if fc.Line < 1 || !strings.Contains(cell, fc.Text) && !strings.Contains(strings.ReplaceAll(cell, "\r\n", "\n"), fc.Text) {
				t.Fatalf("SplitCells: cell %q at line %d", fc.Text, fc.Line)
			}
		}
		c := IsComplete(cell)
		pc, serr := cells.Parse(cell)
		if serr != nil {
			if serr.Off < 0 || serr.Off > len(cell) {
				t.Fatalf("error offset %d outside the cell (%d bytes)", serr.Off, len(cell))
			}
			e := errorAt(cell, serr.Off, serr.Msg)
			_ = e.Error()
			if _, _, _, cmd := cells.CommandText(cell); c == Complete && strings.TrimSpace(cell) != "" && !cmd && !IsSQL(cell) {
				t.Fatalf("complete cell does not parse: %v", serr.Msg)
			}
			return
		}
		ed := &cells.Editor{}
		pieces, err := s.plan(pc, ed)
		if err != nil {
			return
		}
		for _, p := range pieces {
			src, segs := s.source(pc, ed, p)
			if !strings.HasPrefix(src, "\n") {
				t.Fatal("source lost its leading newline")
			}
			text := src[1+p.from:]
			for o := 0; o <= len(text); o++ {
				if b := cells.MapBack(segs, o); b < 0 || b > len(cell) {
					t.Fatalf("offset %d maps to %d, outside the cell", o, b)
				}
			}
		}
	})
}

// FuzzEval runs whole cells: no panic escapes Eval, and the session answers
// afterwards. Cells that touch the file system, the process or packages
// beyond the prelude are skipped; each gets a short deadline.
func FuzzEval(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, cell string) {
		for _, bad := range []string{"os", "import", "unsafe", "syscall", "Exit", "File", "Remove", "Write", "Create", "Mkdir", "Chdir", "Sleep", "write", "read"} {
			if strings.Contains(cell, bad) {
				t.Skip()
			}
		}
		if !utf8.ValidString(cell) && len(cell) > 1000 {
			t.Skip()
		}
		// Commands, magics and shell lines ($cmd, .output FILE, %cd …)
		// act on the machine: not here (they made files in session/).
		for _, line := range strings.Split(cell, "\n") {
			if l := strings.TrimSpace(line); l != "" && strings.ContainsAny(l[:1], "$.%:!") {
				t.Skip()
			}
		}
		s, err := New(Options{})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		var r recorder
		s.Eval(ctx, cell, &r)
		var r2 recorder
		res, err := s.Eval(context.Background(), "1 + 1", &r2)
		if err != nil || res == nil {
			t.Fatalf("session broken after %q: %v", cell, err)
		}
	})
}
