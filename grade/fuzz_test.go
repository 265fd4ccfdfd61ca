package grade

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzNotebook: a student's .ipynb is outside input. Parsing it, naming
// the student, finding its check cells and reading verdicts from its saved
// outputs (divergo grade --saved) never panic, whatever the file holds.
func FuzzNotebook(f *testing.F) {
	for _, p := range []string{"../notebooks/worksheets/kl-js.ipynb", "../notebooks/worksheets/kl-js-answers.ipynb"} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"cells": [{"cell_type": "markdown", "source": "### Exercise 1"}, {"cell_type": "code", "source": ["Check(\"KL\", 0.1, p, q)"], "metadata": {"divergo": {"exercise": 7}}, "outputs": [{"output_type": "display_data", "data": {"application/vnd.divergo.check+json": {"answer": "+Inf", "right": "yes"}}}]}], "metadata": {"divergo": {"student": ["x"]}}}`))
	f.Add([]byte(`{"cells": null}`))
	f.Add([]byte(`[]`))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		nb, err := ParseNotebook("fuzz.ipynb", b)
		if err != nil {
			return
		}
		nb.Student()
		for _, c := range nb.Checks() {
			if c.Index < 0 || c.Index >= len(nb.Cells) {
				t.Fatalf("check cell index %d of %d cells", c.Index, len(nb.Cells))
			}
		}
		p := filepath.Join(dir, "n.ipynb")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		Saved(p)
	})
}
