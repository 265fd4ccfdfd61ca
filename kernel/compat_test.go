package kernel

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCompatNotebooks runs the compatibility notebooks of testdata/compat —
// cells written the way gophernotes' and GoNB's documentation writes them
// (display API, magics, shell lines, %%, func main, …), by us — through
// `divergo kernel` with Debian's nbclient. Each cell's metadata says what
// its outputs must contain; every cell must run without error and show it.
// The test logs the count of cells that ran as expected (recorded in
// bench/README.md); it skips without nbclient only when CI is unset.
func TestCompatNotebooks(t *testing.T) {
	python, dir, env := pythonKernel(t, "nbclient, nbformat", "python3-nbclient python3-nbformat")
	script, _ := filepath.Abs("testdata/nbclient_compat.py")
	for _, name := range []string{"gophernotes", "gonb"} {
		t.Run(name, func(t *testing.T) {
			notebook, _ := filepath.Abs("testdata/compat/" + name + ".ipynb")
			cmd := exec.Command(python, script, notebook)
			cmd.Dir = dir
			cmd.Env = env
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("%s: %v\nstderr: %s", script, err, stderr.String())
			}
			results := readCompatCells(t, stdout.Bytes())
			ok := 0
			for i, c := range results {
				if p := c.problem(); p != "" {
					t.Errorf("cell %d:\n%s\n→ %s", i+1, c.Source, p)
					continue
				}
				ok++
			}
			t.Logf("%s: %d of %d cells ran as expected", name, ok, len(results))
			if len(results) < 15 {
				t.Errorf("%d cells read, want the whole notebook", len(results))
			}
		})
	}
}

// compatCell is one executed cell as nbclient_compat.py reports it.
type compatCell struct {
	Source string   `json:"source"`
	Error  *string  `json:"error"`
	Text   string   `json:"text"`
	Mimes  []string `json:"mimes"`
	Meta   struct {
		Expect []string `json:"expect"`
		Mime   []string `json:"mime"`
	} `json:"meta"`
}

// problem says what the cell did wrong, or "".
func (c compatCell) problem() string {
	if c.Error != nil {
		return "error: " + *c.Error
	}
	for _, e := range c.Meta.Expect {
		if !strings.Contains(c.Text, e) {
			return fmt.Sprintf("output %q lacks %q", c.Text, e)
		}
	}
	for _, m := range c.Meta.Mime {
		if !slices.Contains(c.Mimes, m) {
			return fmt.Sprintf("MIME types %v lack %s", c.Mimes, m)
		}
	}
	return ""
}

func readCompatCells(t *testing.T, out []byte) []compatCell {
	var cells []compatCell
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var c compatCell
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("nbclient_compat.py line %q: %v", sc.Text(), err)
		}
		cells = append(cells, c)
	}
	return cells
}

// TestCompatCellProblem: a cell with an error, a missing text or a missing
// MIME type is caught.
func TestCompatCellProblem(t *testing.T) {
	var c compatCell
	c.Text, c.Mimes = "hello", []string{"text/plain"}
	c.Meta.Expect, c.Meta.Mime = []string{"hell"}, []string{"text/plain"}
	if p := c.problem(); p != "" {
		t.Errorf("good cell: %s", p)
	}
	bad := c
	bad.Meta.Expect = []string{"bye"}
	if bad.problem() == "" {
		t.Error("missing text not caught")
	}
	bad = c
	bad.Meta.Mime = []string{"text/html"}
	if bad.problem() == "" {
		t.Error("missing MIME type not caught")
	}
	bad = c
	e := "Error: boom"
	bad.Error = &e
	if bad.problem() == "" {
		t.Error("error not caught")
	}
}
