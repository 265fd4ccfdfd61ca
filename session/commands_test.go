package session

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/divergo/divergo/display"
)

func TestDoc(t *testing.T) {
	s := newSession(t)
	eval(t, s, "// twice doubles x.\nfunc twice(x int) int { return 2 * x }\nratio := 0.25")
	for _, c := range []struct{ name, first, contains string }{
		{"KL", "func KL(p, q []float64, opts ...Option) float64", "Kullback–Leibler"},
		{"ExplainKL", "func ExplainKL(p, q []float64, opts ...Option) Breakdown", "breakdown"},
		{"Bits", "const (", "base 2"},
		{"InputError", "type InputError struct {", "InputError"},
		{"stat.KullbackLeibler", "func KullbackLeibler(p, q []float64) float64", "Kullback-Leibler"},
		{"fmt.Println", "func Println(a ...any) (n int, err error)", "standard output"},
		{"math.Log", "func Log(x float64) float64", "natural logarithm"},
		{"plot.New", "func New() *Plot", "new plot"},
		{"plot.Plot.Save", "func (p *Plot) Save(w, h vg.Length, file string) (err error)", "file"},
		{"stat", `package stat // import "gonum.org/v1/gonum/stat"`, "KullbackLeibler"},
		{"Display", "func Display(d display.Data) error", "bundle"},
		{"Query", "func Query(stmt string, args ...any) *display.Table", "Floats"},
		{"SQLTable", "func SQLTable(name string, v any)", "slice of structs"},
		{"len", "func len(v Type) int", "length"},
		{"twice", "func twice(x int) int", "twice doubles x."},
		{"ratio", "var ratio float64 (declared in this session)", "0.25"},
	} {
		got, err := s.Doc(c.name)
		if err != nil {
			t.Errorf("Doc(%q): %v", c.name, err)
			continue
		}
		if first, _, _ := strings.Cut(got, "\n"); first != c.first {
			t.Errorf("Doc(%q) starts %q, want %q", c.name, first, c.first)
		}
		if !strings.Contains(got, c.contains) {
			t.Errorf("Doc(%q) lacks %q:\n%s", c.name, c.contains, got)
		}
	}
	for name, want := range map[string]string{
		"crossentropy": "no documentation for crossentropy; did you mean CrossEntropy or stat.CrossEntropy?",
		"Entropi":      "no documentation for Entropi; did you mean Entropy?",
		"nosuchthing":  "no documentation for nosuchthing",
		"math.Lgo":     "no documentation for math.Lgo; did you mean math.Log?",
	} {
		if _, err := s.Doc(name); err == nil || err.Error() != want {
			t.Errorf("Doc(%q): %v, want %q", name, err, want)
		}
	}
}

// Every package in scope has its documentation built in.
func TestDocsCoverPrelude(t *testing.T) {
	d := loadDocs()
	for _, p := range append(preludeImports, builtinsPath, "builtin") {
		if _, ok := d.byPath[p]; !ok {
			t.Errorf("docs.json.gz lacks %s: add it to the go:generate line in docs.go", p)
		}
	}
	t.Logf("docs.json.gz: %d bytes, %d packages, %d items", len(docsGz), len(d.Packages), len(d.Items))
}

func TestCommandsAreComplete(t *testing.T) {
	for _, cell := range []string{".help", ":help", "%help", ".type f(", "KL?", "stat.KullbackLeibler?", ".doc"} {
		if got := IsComplete(cell); got != Complete {
			t.Errorf("IsComplete(%q) = %v", cell, got)
		}
	}
	for cell, want := range map[string]Completeness{".5": Complete, ".5*": Incomplete, "x?": Complete, "f(": Incomplete} {
		if got := IsComplete(cell); got != want {
			t.Errorf("IsComplete(%q) = %v, want %v", cell, got, want)
		}
	}
}

func TestQuit(t *testing.T) {
	s := newSession(t)
	for _, cell := range []string{".quit", ":quit", ".exit", "  .quit  "} {
		if _, err := s.Eval(context.Background(), cell, &recorder{}); !errors.Is(err, ErrQuit) {
			t.Errorf("%q: %v, want ErrQuit", cell, err)
		}
	}
	nb, _ := New(Options{Frontend: Notebook})
	if _, err := nb.Eval(context.Background(), "%quit", &recorder{}); err == nil || errors.Is(err, ErrQuit) {
		t.Errorf("%%quit in a notebook: %v", err)
	}
}

// A terminal-only or notebook-only command answers elsewhere that it is
// not available (the table has no notebook-only command yet: one is added
// for the test).
func TestAvailability(t *testing.T) {
	c := &command{name: "testnbonly", where: notebookOnly, summary: "test",
		run: func(*Session, context.Context, *call) (*display.Data, error) { return text("ran"), nil }}
	addCommand(c)
	defer func() {
		commands = commands[:len(commands)-1]
		delete(commandBy, c.name)
	}()
	s := newSession(t)
	if _, err := s.Eval(context.Background(), ".testnbonly", &recorder{}); err == nil || err.Error() != ".testnbonly is not available in the terminal" {
		t.Errorf("terminal: %v", err)
	}
	nb, _ := New(Options{Frontend: Notebook})
	if res, err := nb.Eval(context.Background(), "%testnbonly", &recorder{}); err != nil || res.Data[display.MIMETypeText] != "ran" {
		t.Errorf("notebook: %v %v", res, err)
	}
}

// Tables and breakdowns carry HTML and Markdown (and LaTeX) for notebooks.
func TestTableBundles(t *testing.T) {
	s := newSession(t)
	for cell, mimes := range map[string][]string{
		`[]struct{ A int }{{1}, {2}}`:                         {display.MIMETypeHTML, display.MIMETypeMarkdown, display.MIMETypeJSON},
		`map[string]int{"a": 1}`:                              {display.MIMETypeHTML, display.MIMETypeMarkdown},
		`mat.NewDense(2, 2, nil)`:                             {display.MIMETypeHTML, display.MIMETypeMarkdown},
		`ExplainKL([]float64{0.5, 0.5}, []float64{0.9, 0.1})`: {display.MIMETypeHTML, display.MIMETypeMarkdown, display.MIMETypeLatex},
	} {
		res, err := s.Eval(context.Background(), cell, &recorder{})
		if err != nil || res == nil {
			t.Fatalf("%s: %v", cell, err)
		}
		for _, m := range mimes {
			if _, ok := res.Data[m].(string); !ok && m != display.MIMETypeJSON {
				t.Errorf("%s: no %s", cell, m)
			}
		}
		if strings.Contains(cell, "Explain") {
			latex := res.Data[display.MIMETypeLatex].(string)
			if !strings.HasPrefix(latex, "$$") || !strings.Contains(latex, `\ln\frac{0.5}{0.9}`) {
				t.Errorf("latex: %s", latex)
			}
			if !strings.Contains(res.Data[display.MIMETypeMarkdown].(string), latex) {
				t.Errorf("markdown lacks the formula")
			}
		}
	}
}
