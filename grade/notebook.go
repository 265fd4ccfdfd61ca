package grade

// This file implements reading a notebook (.ipynb, nbformat 4) and finding
// its check cells and their exercise labels.

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Notebook is the part of an .ipynb file the grader reads.
type Notebook struct {
	Path     string
	Cells    []Cell
	Metadata map[string]any
}

// Cell is one cell of a notebook.
type Cell struct {
	Type     string         // "code", "markdown", "raw"
	Source   string         // the cell's text
	Metadata map[string]any // the cell's metadata
	Outputs  []Output       // a code cell's saved outputs
}

// Output is a saved output of a code cell: a stream's text, or a bundle.
type Output struct {
	Type string         // "stream", "execute_result", "display_data", "error"
	Text string         // a stream's text
	Data map[string]any // a bundle's data, by MIME type
}

// ReadNotebook reads an .ipynb file.
func ReadNotebook(path string) (*Notebook, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseNotebook(path, b)
}

// ParseNotebook parses the JSON of an .ipynb file; path names it.
func ParseNotebook(path string, b []byte) (*Notebook, error) {
	var raw struct {
		Cells []struct {
			CellType string         `json:"cell_type"`
			Source   any            `json:"source"`
			Metadata map[string]any `json:"metadata"`
			Outputs  []struct {
				OutputType string         `json:"output_type"`
				Text       any            `json:"text"`
				Data       map[string]any `json:"data"`
			} `json:"outputs"`
		} `json:"cells"`
		Metadata map[string]any `json:"metadata"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("%s is not a notebook: %v", path, err)
	}
	if raw.Cells == nil {
		return nil, fmt.Errorf("%s is not a notebook: it has no cells", path)
	}
	nb := &Notebook{Path: path, Metadata: raw.Metadata}
	for _, c := range raw.Cells {
		cell := Cell{Type: c.CellType, Source: joined(c.Source), Metadata: c.Metadata}
		for _, o := range c.Outputs {
			cell.Outputs = append(cell.Outputs, Output{Type: o.OutputType, Text: joined(o.Text), Data: o.Data})
		}
		nb.Cells = append(nb.Cells, cell)
	}
	return nb, nil
}

// joined is a notebook's multi-line string: a string or a list of lines.
func joined(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case []any:
		var b strings.Builder
		for _, s := range v {
			if s, ok := s.(string); ok {
				b.WriteString(s)
			}
		}
		return b.String()
	}
	return ""
}

// Student is the student a notebook belongs to: metadata.divergo.student
// if the notebook has it, else the file's name without ".ipynb".
func (nb *Notebook) Student() string {
	if d, ok := nb.Metadata["divergo"].(map[string]any); ok {
		if s, ok := d["student"].(string); ok && strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
	}
	return strings.TrimSuffix(filepath.Base(nb.Path), ".ipynb")
}

// A check cell is a code cell whose last statement is a call of Check or
// TryCheck: the session shows that call's verdict, as a bundle of type
// builtins.CheckMIMEType. Its exercise is
//
//   - the cell's metadata divergo.exercise, if it has one;
//   - else the nearest heading above it (a markdown line starting with #,
//     without the #s: "Exercise 3"), with " (a)", " (b)", … added when
//     several check cells share the heading;
//   - else "check N", N counting the notebook's check cells.
//
// Checks called elsewhere (v := Check(…), inside a function, in a
// Println) are a worksheet's own examples and are not graded.

// CheckCell is a check cell of a notebook.
type CheckCell struct {
	Index    int    // the cell's index among the notebook's cells
	Code     int    // its number among the code cells, from 1
	Exercise string // its exercise label
}

// Checks returns the notebook's check cells, in order.
func (nb *Notebook) Checks() []CheckCell {
	var out []CheckCell
	heading := ""
	var group []int // indices into out of the checks under heading, labelled by it
	flush := func() {
		if len(group) > 1 {
			for k, i := range group {
				out[i].Exercise += " (" + letters(k) + ")"
			}
		}
		group = nil
	}
	code := 0
	for i, c := range nb.Cells {
		switch c.Type {
		case "markdown":
			if h := lastHeading(c.Source); h != "" {
				flush()
				heading = h
			}
		case "code":
			code++
			if !isCheckCell(c.Source) {
				continue
			}
			cc := CheckCell{Index: i, Code: code}
			if d, ok := c.Metadata["divergo"].(map[string]any); ok {
				if e, ok := d["exercise"].(string); ok && strings.TrimSpace(e) != "" {
					cc.Exercise = strings.TrimSpace(e)
				}
			}
			if cc.Exercise == "" {
				if heading == "" {
					cc.Exercise = fmt.Sprintf("check %d", len(out)+1)
				} else {
					cc.Exercise = heading
					group = append(group, len(out))
				}
			}
			out = append(out, cc)
		}
	}
	flush()
	return out
}

// letters is a, b, …, z, aa, ab, … for k = 0, 1, ….
func letters(k int) string {
	s := ""
	for k++; k > 0; k = (k - 1) / 26 {
		s = string(rune('a'+(k-1)%26)) + s
	}
	return s
}

// lastHeading is the text of the last ATX heading of a markdown cell, ""
// if it has none.
func lastHeading(src string) string {
	h := ""
	fenced := false
	for _, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fenced = !fenced
			continue
		}
		if fenced || !strings.HasPrefix(t, "#") {
			continue
		}
		rest := strings.TrimLeft(t, "#")
		if len(t)-len(rest) > 6 || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			continue
		}
		rest = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(rest), "#"))
		if rest = strings.NewReplacer("**", "", "__", "", "`", "").Replace(rest); rest != "" {
			h = rest
		}
	}
	return h
}

// checkLine is a statement at the start of a line that calls Check or
// TryCheck: the fallback when a cell does not parse as statements.
var checkLine = regexp.MustCompile(`(?m)^(?:Try)?Check\(`)

// isCheckCell reports whether a code cell's last statement calls Check or
// TryCheck.
func isCheckCell(src string) bool {
	var lines []string
	for _, l := range strings.Split(src, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "%") {
			l = "" // a magic: keep the line numbers
		}
		lines = append(lines, l)
	}
	body := strings.Join(lines, "\n")
	f, err := parser.ParseFile(token.NewFileSet(), "cell.go", "package p\nfunc _() {\n"+body+"\n}\n", 0)
	if err != nil {
		// A cell with declarations, or one that does not parse: the
		// last line that starts with a check call.
		locs := checkLine.FindAllStringIndex(body, -1)
		if len(locs) == 0 {
			return false
		}
		rest := body[locs[len(locs)-1][0]:]
		// No statement starts after the call's lines (a closing line
		// such as ")" does not count).
		for _, l := range strings.Split(rest, "\n")[1:] {
			t := strings.TrimSpace(l)
			if t != "" && !strings.HasPrefix(t, "//") && !strings.HasPrefix(l, " ") && !strings.HasPrefix(l, "\t") && !strings.HasPrefix(t, ")") {
				return false
			}
		}
		return true
	}
	fn, _ := f.Decls[0].(*ast.FuncDecl)
	if fn == nil || len(fn.Body.List) == 0 {
		return false
	}
	es, ok := fn.Body.List[len(fn.Body.List)-1].(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := es.X.(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := call.Fun.(*ast.Ident)
	return ok && (id.Name == "Check" || id.Name == "TryCheck")
}
