package session

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// complete is Complete with the cursor at the end of text, or at "|".
func complete(s *Session, text string) (string, []string) {
	cursor := len(text)
	if i := strings.IndexByte(text, '|'); i >= 0 {
		text = text[:i] + text[i+1:]
		cursor = i
	}
	start, c := s.Complete(text, cursor)
	return text[start:cursor], c
}

func TestCompleteNames(t *testing.T) {
	s := newSession(t)
	eval(t, s, "distance := 1.5")
	eval(t, s, "p := plot.New()")
	eval(t, s, "type pair struct{ Left, Right float64 }\nvar pr pair\nfunc helper() *plot.Plot { return nil }")
	eval(t, s, "func (p pair) Sum() float64 { return p.Left + p.Right }\nfunc (p *pair) Swap() { p.Left, p.Right = p.Right, p.Left }")
	eval(t, s, "x := 1")
	for _, c := range []struct {
		text    string
		word    string
		want    []string // all of these are among the candidates
		exactly bool     // and nothing else
	}{
		{"fu", "fu", []string{"func"}, true},                           // keyword
		{"flo", "flo", []string{"float32", "float64", "floats"}, true}, // predeclared
		{"x := Ent", "Ent", []string{"Entropy"}, false},                // builtins, dot-imported
		{"ExplainK", "ExplainK", []string{"ExplainKL"}, true},          // builtins
		{"st", "st", []string{"stat", "strconv", "strings"}, false},    // packages in scope
		{"dist", "dist", []string{"distance"}, true},                   // declared two cells earlier
		{"stat.Kull", "Kull", []string{"KullbackLeibler"}, true},       // package member
		{"fmt.Printl", "Printl", []string{"Println"}, true},            // standard library member
		{"plotter.NewH", "NewH", []string{"NewHist"}, false},           // gonum/plot
		{"display.Upd", "Upd", []string{"UpdateDisplay"}, true},        // the session's display
		{"p.Ti", "Ti", []string{"Title"}, true},                        // field of a value
		{"p.Sa", "Sa", []string{"Save"}, true},                         // method of a value
		{"p.Title.Te", "Te", []string{"Text", "TextStyle"}, true},      // field of a field
		{"pr.Le", "Le", []string{"Left"}, true},                        // field of a cell's struct type
		{"pr.S", "S", []string{"Sum", "Swap"}, true},                   // methods of a cell's type
		{"plot.New().Ti", "Ti", []string{"Title"}, true},               // result type of a call, not called
		{"helper().Ad", "Ad", []string{"Add"}, false},                  // same for a cell's function
		{"if x > 0 {\n\tdist", "dist", []string{"distance"}, true},     // multi-line cell
		{"total := 3\ntot", "tot", []string{"total"}, true},            // declared earlier in the cell
		{"fmt.Println(dist|)", "dist", []string{"distance"}, true},     // cursor inside the text
		{"Dis", "Dis", []string{"Display"}, true},                      // session global
		{".hel", ".hel", []string{".help"}, true},                      // command
		{":re", ":re", []string{":read", ":reset"}, true},              // command, sqlite3 habit
		{".doc stat.Ent", "Ent", []string{"Entropy"}, true},            // argument of .doc
		{"s := \"dist", "", nil, true},                                 // inside a string: nothing
		{"// dist", "", nil, true},                                     // inside a comment
		{"1.5e", "", nil, true},                                        // a number
		{"", "", nil, true},                                            // nothing typed
	} {
		word, got := complete(s, c.text)
		if word != c.word {
			t.Errorf("%q: completes %q, want %q", c.text, word, c.word)
		}
		if c.exactly && !slices.Equal(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: %q missing from %v", c.text, w, got)
			}
		}
		if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
			t.Errorf("%q: %v not sorted and deduplicated", c.text, got)
		}
	}
}

func TestCompleteNotebookAndFiles(t *testing.T) {
	s, err := New(Options{Frontend: Notebook})
	if err != nil {
		t.Fatal(err)
	}
	if _, got := complete(s, "%ty"); !slices.Equal(got, []string{"%type"}) {
		t.Errorf("%%ty: %v", got)
	}
	if _, got := complete(s, "%qu"); len(got) != 0 {
		t.Errorf("%%qu offers a terminal-only command: %v", got)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "cells.go"), nil, 0o644)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	word, got := complete(s, "%read "+dir+"/c")
	if word != dir+"/c" || !slices.Equal(got, []string{dir + "/cells.go"}) {
		t.Errorf("file completion: %q %v", word, got)
	}
	if _, got := complete(s, "%write "+dir+"/s"); !slices.Equal(got, []string{dir + "/sub/"}) {
		t.Errorf("directory completion: %v", got)
	}
}

// Completion never evaluates a call: completing after f() does not run f.
func TestCompleteRunsNothing(t *testing.T) {
	s := newSession(t)
	eval(t, s, "n := 0\nfunc bump() *plot.Plot { n++; return plot.New() }")
	complete(s, "bump().Ti")
	complete(s, "bump().Title.Te")
	if got := eval(t, s, "n"); got != "0" {
		t.Errorf("completion ran bump: n = %s", got)
	}
}

// Complete is safe with odd input: cursors out of range, invalid UTF-8.
func TestCompleteOddInput(t *testing.T) {
	s := newSession(t)
	for _, c := range []struct {
		text   string
		cursor int
	}{{"abc", -1}, {"abc", 99}, {"\xff\xfe.", 3}, {"é", 1}, {")", 1}, {"a.(", 3}, {"..", 2}} {
		start, _ := s.Complete(c.text, c.cursor)
		if start < 0 || start > len(c.text) {
			t.Errorf("%q at %d: start %d", c.text, c.cursor, start)
		}
	}
}

// TestCompleteSQL: in a SQL cell, keywords in the case typed, the SQL
// functions, tables and their columns; file names after .import (quoted
// when they hold spaces).
func TestCompleteSQL(t *testing.T) {
	t.Chdir(t.TempDir())
	os.WriteFile("dists.csv", []byte("outcome,p\n1,0.5\n"), 0o644)
	os.WriteFile("my file.csv", []byte("outcome,p\n1,0.5\n"), 0o644)
	s := newSession(t)
	eval(t, s, "CREATE TABLE drift (feature TEXT, p REAL, q REAL);")
	for _, c := range []struct {
		text string
		want []string
	}{
		{"SELECT * FR", []string{"FROM"}},
		{"SELECT kl_c", []string{"kl_counts"}},
		{"SELECT * FROM dr", []string{"drift"}},
		{"SELECT feat", []string{"feature"}},
		{"SELECT p FROM drift wh", []string{"where"}},
		{".import dis", []string{"dists.csv"}},
		// Names with spaces in quotes, as .import, .once and .output read them.
		{".import my", []string{`"my file.csv"`}},
		{`.import "my f`, []string{`"my file.csv"`}},
		{".once 'my", []string{"'my file.csv'"}},
		{".read my", []string{"my file.csv"}}, // .read takes the rest of the line
	} {
		_, got := complete(s, c.text)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: candidates %v lack %q", c.text, got, w)
			}
		}
	}
}
