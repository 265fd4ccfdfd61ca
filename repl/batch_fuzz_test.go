package repl

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session"
	"github.com/divergo/divergo/session/cells"
)

// recorder is an Evaluator that keeps the cells it is given and fails
// none: what RunReader cuts a file into.
type recorder struct{ cells []string }

func (r *recorder) Eval(_ context.Context, cell string, _ session.Output) (*display.Data, error) {
	r.cells = append(r.cells, cell)
	return nil, nil
}

// FuzzRunReader checks how divergo FILE cuts any input into cells: it
// never panics, every line of code (neither blank nor a comment) reaches
// exactly one cell, in the input's order, and no cell holds a marker line
// ("// %%").
func FuzzRunReader(f *testing.F) {
	for _, s := range []string{
		"x := 1\nfmt.Println(x)\n",
		"func f() {\n\treturn\n}\n\nf()\n",
		"x := 3\n// %% two\nfunc a() int { return b() }\nfunc b() int { return 1 }\n// %%\na()\n",
		"// %%\n// %%\n\n// just a comment\n",
		"package main\n\nfunc main() {}\n// %%\n",
		"y := []int{\n1,\n// %%\n2}\n",
		".help\nx := 1\r\n// %% \r\nx\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		r := &recorder{}
		b := &Batch{Session: r, Stdout: io.Discard, Stderr: io.Discard}
		b.RunReader(context.Background(), strings.NewReader(src), "f")
		if strings.Contains(src, "package") {
			return // a Go program is one cell from its package clause on: no panic is enough
		}
		// Comment lines may go with a cell of their own that holds
		// nothing else, which is dropped; every other line reaches a cell.
		code := func(line string) bool {
			t := strings.TrimSpace(line)
			return t != "" && !strings.HasPrefix(t, "//")
		}
		var want []string
		for _, line := range strings.Split(src, "\n") {
			if line = strings.TrimSuffix(line, "\r"); code(line) {
				want = append(want, line)
			}
		}
		var got []string
		for _, c := range r.cells {
			for _, line := range strings.Split(c, "\n") {
				if cells.IsMarker(line) {
					t.Fatalf("a cell holds a marker line: %q", c)
				}
				if code(line) {
					got = append(got, line)
				}
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("cells %q lose or repeat lines of %q", r.cells, src)
		}
	})
}
