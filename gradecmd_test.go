package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGradeCommand runs divergo grade on a folder holding the KL/JS
// worksheet as handed out and its answer key: the key passes, the blank
// worksheet is graded (every check wrong), and the three files are
// written; a usage error exits 2, and --saved reads saved outputs.
func TestGradeCommand(t *testing.T) {
	dir := t.TempDir()
	class := filepath.Join(dir, "class")
	os.Mkdir(class, 0o755)
	for _, name := range []string{"kl-js.ipynb", "kl-js-answers.ipynb"} {
		b, err := os.ReadFile(filepath.Join("notebooks", "worksheets", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(class, name), b, 0o644)
	}
	run := func(args ...string) (string, string, int) {
		cmd := exec.Command(divergoBin, args...)
		cmd.Dir = dir
		var out, errs strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errs
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return out.String(), errs.String(), code
	}

	out, errs, code := run("grade", "--key", "class/kl-js-answers.ipynb", "--jobs", "2", "--out", "out", "class")
	if code != 0 || !strings.Contains(out, "answer key class/kl-js-answers.ipynb: all 9 checks pass") ||
		!strings.Contains(out, "graded 1 notebook in ") || !strings.Contains(out, ": 0 of 9 checks right") {
		t.Errorf("grade: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	for _, f := range []string{"grades.csv", "grades.json", "report.html"} {
		if _, err := os.Stat(filepath.Join(dir, "out", f)); err != nil {
			t.Error(err)
		}
	}
	csv, _ := os.ReadFile(filepath.Join(dir, "out", "grades.csv"))
	if n := strings.Count(string(csv), "\nkl-js,class/kl-js.ipynb,Exercise "); n != 9 {
		t.Errorf("grades.csv has %d rows of kl-js:\n%s", n, csv)
	}

	if _, errs, code := run("grade"); code != 2 || !strings.Contains(errs, "give the notebooks to grade") {
		t.Errorf("grade without notebooks: exit %d, %q", code, errs)
	}
	if out, _, code := run("grade", "--help"); code != 0 || !strings.Contains(out, "divergo grade [flags] NOTEBOOK|FOLDER") {
		t.Errorf("grade --help: exit %d, %q", code, out)
	}
	// The committed key was executed by Jupyter: --saved reads its verdicts.
	if out, errs, code := run("grade", "--saved", "--out", "saved", "class/kl-js-answers.ipynb"); code != 0 || !strings.Contains(out, ": 9 of 9 checks right") {
		t.Errorf("grade --saved: exit %d\n%s%s", code, out, errs)
	}
}
