package repl

import "testing"

func TestBrackets(t *testing.T) {
	for _, c := range []struct {
		lines []string
		open  bool
	}{
		{[]string{"x := 1"}, false},
		{[]string{"data := []float64{", "0.5,"}, true},
		{[]string{"data := []float64{", "0.5,", "}"}, false},
		{[]string{"s := `raw", "{"}, true},
		{[]string{"s := `raw", "{", "`"}, false},
		{[]string{`s := "}{("`}, false},
		{[]string{`r := '{'`}, false},
		{[]string{`s := "\"{"`}, false},
		{[]string{"f(1, // )"}, true},
		{[]string{"/* {", "*/ x := 1"}, false},
		{[]string{"/* {"}, true},
	} {
		var b brackets
		for _, l := range c.lines {
			b.line(l)
		}
		if b.open() != c.open {
			t.Errorf("%q: open = %v, want %v", c.lines, b.open(), c.open)
		}
	}
}
