package cells

import "testing"

// Apply: the extra edits (the session's capture of a shown value, an
// opening and its closing) wrap the editor's own wrapping of the same
// expression at both ends, and a statement the editor writes before the
// expression stays before the capture.
func TestApplyExtraWrapsOutside(t *testing.T) {
	src := "two()"
	for _, c := range []struct {
		name  string
		edits []Edit
		want  string
	}{
		{"wrap", []Edit{{0, 0, "f("}, {5, 5, ")(x)"}}, "show(f(two())(x))"},
		{"statement before", []Edit{{0, 0, "v := 1; "}}, "v := 1; show(two())"},
		{"define", []Edit{{0, 0, "func() (any, int) { a, b := "}, {5, 5, "; return a, b }()"}}, "show(func() (any, int) { a, b := two(); return a, b }())"},
		{"braces", []Edit{{0, 0, "eq([]any{"}, {5, 5, "})"}}, "show(eq([]any{two()}))"},
	} {
		ed := &Editor{Edits: c.edits}
		got, _ := ed.Apply(src, 0, len(src), Edit{0, 0, "show("}, Edit{5, 5, ")"})
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
