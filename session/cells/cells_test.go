package cells

import (
	"strings"
	"testing"
)

// SplitCells and JoinCells: a written session reads back as the same cells.
func TestJoinSplitCells(t *testing.T) {
	for _, cells := range [][]string{
		{"x := 1", "y := 2\nx + y", "func f() int {\n\treturn 1\n}", ".digits 3", "1.0 / 3"},
		{"t := display.NewTable(\"a\")\nt.Append(1)\nlen(t.Rows)", "x := 1"},
		{"// a comment\nx := 1\n\n// another\ny := 2"},
	} {
		file := JoinCells(cells)
		var back []string
		for _, c := range SplitCells(file) {
			back = append(back, c.Text)
		}
		if strings.Contains(file, Marker) {
			if strings.Join(back, "\x00") != strings.Join(cells, "\x00") {
				t.Errorf("%q\nwritten as\n%s\nreads back as %q", cells, file, back)
			}
		} else if strings.Join(strings.Fields(strings.Join(back, " ")), " ") != strings.Join(strings.Fields(strings.Join(cells, " ")), " ") {
			t.Errorf("%q\nwritten as\n%s\nreads back as %q", cells, file, back)
		}
	}
}
