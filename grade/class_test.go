package grade

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/divergo/divergo/worker"
)

// The test binary is its own worker: with DIVERGO_GRADE_WORKER set it
// serves as `divergo __worker` does (see worker/worker_test.go).
func TestMain(m *testing.M) {
	if os.Getenv("DIVERGO_GRADE_WORKER") == "1" {
		os.Exit(worker.Main())
	}
	os.Exit(m.Run())
}

func testCommand() *exec.Cmd {
	exe, err := os.Executable()
	if err != nil {
		exe = os.Args[0]
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), "DIVERGO_GRADE_WORKER=1")
	return cmd
}

const worksheet = "../notebooks/worksheets/kl-js.ipynb"

// rawNotebook is a notebook as JSON values, to edit.
type rawNotebook map[string]any

func readRaw(t testing.TB, path string) rawNotebook {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var nb rawNotebook
	if err := json.Unmarshal(b, &nb); err != nil {
		t.Fatal(err)
	}
	return nb
}

func (nb rawNotebook) cells() []any { return nb["cells"].([]any) }

// answerLine matches a worksheet's answer line: "answer5 := 0.0 // …".
var answerLine = regexp.MustCompile(`(?m)^(answer\w+) := 0\.0 //.*$`)

// student is a generated student notebook: the worksheet with answers
// filled in (name → Go expression; a name missing stays 0.0) and cells
// edited.
type student struct {
	name    string
	answers map[string]string
	// edit, if not nil, changes the cells: it gets each code cell's
	// source and returns the new source, "" to delete the cell, or the
	// source with more cells after it, separated by "\n%%next\n".
	edit func(src string) string
	meta map[string]any // notebook metadata to add
}

// write writes the student's notebook into dir.
func (s student) write(t testing.TB, dir string) string {
	t.Helper()
	nb := readRaw(t, worksheet)
	var cells []any
	for _, c := range nb.cells() {
		cell := c.(map[string]any)
		if cell["cell_type"] != "code" {
			cells = append(cells, cell)
			continue
		}
		src := joined(cell["source"])
		src = answerLine.ReplaceAllStringFunc(src, func(line string) string {
			name := answerLine.FindStringSubmatch(line)[1]
			if e, ok := s.answers[name]; ok {
				return name + " := " + e
			}
			return line
		})
		if s.edit != nil {
			src = s.edit(src)
		}
		if src == "" {
			continue
		}
		for _, part := range strings.Split(src, "\n%%next\n") {
			cp := map[string]any{}
			for k, v := range cell {
				cp[k] = v
			}
			cp["source"] = part
			cp["outputs"] = []any{}
			cells = append(cells, cp)
		}
	}
	nb["cells"] = cells
	if s.meta != nil {
		md := nb["metadata"].(map[string]any)
		for k, v := range s.meta {
			md[k] = v
		}
	}
	b, err := json.MarshalIndent(nb, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, s.name+".ipynb")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// rightAnswers are the KL/JS worksheet's answers, computed with the
// measures.
var rightAnswers = map[string]string{
	"answer1": "KL(p, q)", "answer2": "KL(q, p)", "answer3": "KL(p, q2, Bits)",
	"answer4": "KL(lastWeek, thisWeek, Counts)", "answer5": "JS(p, q, Bits)", "answer6": "JSDistance(p, q, Bits)",
	"answer7a": "KL(pz, qz)", "answer7b": "math.Inf(1)", "answer8": "JS(pz, qz, Bits)",
}

// with is rightAnswers with some replaced.
func with(changes map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range rightAnswers {
		out[k] = v
	}
	for k, v := range changes {
		out[k] = v
	}
	return out
}

// The exercises of the KL/JS worksheet, as the grader labels them.
var exercises = []string{"Exercise 1", "Exercise 2", "Exercise 3", "Exercise 4", "Exercise 5", "Exercise 6",
	"Exercise 7 (a)", "Exercise 7 (b)", "Exercise 8"}

// mistakeStudents give, between them, every classic mistake the KL/JS
// worksheet can show; want is exercise → mistake.
var mistakeStudents = []struct {
	student
	want map[string]string
}{
	{student{name: "m1", answers: with(map[string]string{
		"answer1": "KL(q, p)", "answer3": "KL(p, q2)", "answer4": "12*math.Log(12.0/10) + 6*math.Log(6.0/5) + 2*math.Log(2.0/5)",
		"answer5": "Jeffreys(p, q, Bits) / 2", "answer6": "JS(p, q, Bits)",
		"answer7b": "0.25*math.Log(0.25/0.5) + 0.25*math.Log(0.25/0.5)",
	})}, map[string]string{"Exercise 1": "swapped arguments", "Exercise 3": "wrong logarithm", "Exercise 4": "counts not normalised",
		"Exercise 5": "mean of the two KLs", "Exercise 6": "divergence for distance", "Exercise 7 (b)": "infinite term dropped"}},
	{student{name: "m2", answers: with(map[string]string{
		"answer1": "CrossEntropy(p, q)", "answer2": "-KL(q, p)", "answer3": "0.01", "answer5": "Jeffreys(p, q, Bits)", "answer8": "JSDistance(pz, qz, Bits)",
	})}, map[string]string{"Exercise 1": "cross-entropy for KL", "Exercise 2": "sign flipped", "Exercise 3": "rounded too far",
		"Exercise 5": "sum of the two KLs", "Exercise 8": "distance for divergence"}},
}

// TestClass grades a generated class: right answers, each classic
// mistake, a notebook that crashes its worker, two that hang (a native
// sleep and an endless loop), one with a syntax error, one missing two
// exercises, one naming its student in its metadata; then writes the
// grades and the report.
func TestClass(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	dir := t.TempDir()
	var paths []string
	add := func(s student) { paths = append(paths, s.write(t, dir)) }
	add(student{name: "right", answers: rightAnswers})
	for _, m := range mistakeStudents {
		add(m.student)
	}
	add(student{name: "blank"}) // the worksheet as handed out
	add(student{name: "crash", answers: rightAnswers, edit: func(src string) string {
		if strings.HasPrefix(src, `Check("KL", answer4`) { // the check cell itself ends the worker
			return "m := map[int]int{}\nfor i := 0; i < 4; i++ { go func() { for j := 0; ; j++ { m[j%100] = j } }() }\ntime.Sleep(5 * time.Second)\n" + src
		}
		if strings.HasPrefix(src, "answer2 :=") { // an answer cell that overflows the stack
			return src + "\n%%next\nfunc f(n int) int { return f(n+1) + 1 }\nf(0)"
		}
		return src
	}})
	add(student{name: "sleeper", answers: rightAnswers, edit: func(src string) string {
		if strings.HasPrefix(src, "answer5 :=") {
			return src + "\ntime.Sleep(time.Hour)"
		}
		return src
	}})
	add(student{name: "looper", answers: rightAnswers, edit: func(src string) string {
		if strings.HasPrefix(src, `Check("JS", answer5`) {
			return "for {\n}\n" + src
		}
		return src
	}})
	add(student{name: "syntax", answers: with(map[string]string{"answer6": "math.Sqrt(JS(p, q, Bits)"})})
	add(student{name: "missing", answers: rightAnswers, edit: func(src string) string {
		if strings.HasPrefix(src, `Check("JSDistance", answer6`) || strings.HasPrefix(src, `Check("JS", answer8`) {
			return ""
		}
		return src
	}})
	add(student{name: "file-name", answers: rightAnswers, meta: map[string]any{"divergo": map[string]any{"student": "Ada Lovelace"}}})

	opts := Options{Timeout: 4e9, Jobs: 2, Command: testCommand, MaxDepth: -1}
	opts.MaxDepth = 0 // the default recursion limit: f(0) is an ordinary error
	key, failing := CheckKey(context.Background(), "../notebooks/worksheets/kl-js-answers.ipynb", opts)
	if len(failing) > 0 {
		t.Fatalf("the answer key fails: %q", failing)
	}
	progress := 0
	opts.Progress = func(done, total int, s *Student) { progress = done }
	class := Grade(context.Background(), paths, key, opts)
	if progress != len(paths) {
		t.Errorf("progress reached %d of %d", progress, len(paths))
	}
	if fmt.Sprint(class.Exercises) != fmt.Sprint(exercises) {
		t.Errorf("exercises %q, want %q", class.Exercises, exercises)
	}
	rows := map[string]map[string]Row{}
	for _, s := range class.Students {
		rows[s.Name] = map[string]Row{}
		if len(s.Rows) != len(exercises) {
			t.Errorf("%s: %d rows, want %d", s.Name, len(s.Rows), len(exercises))
		}
		for _, r := range s.Rows {
			rows[s.Name][r.Exercise] = r
		}
		t.Logf("%s: %d right in %v %s", s.Name, s.Right(), s.Elapsed.Round(1e6), s.Status)
	}
	expect := func(name, ex, verdict, mistake, errKind, detail string) {
		t.Helper()
		r, ok := rows[name][ex]
		if !ok {
			t.Errorf("%s %s: no row", name, ex)
			return
		}
		if r.Verdict != verdict || r.Mistake != mistake || r.Error != errKind || !strings.Contains(r.Detail, detail) {
			t.Errorf("%s %s: verdict %q mistake %q error %q detail %q; want %q %q %q %q", name, ex, r.Verdict, r.Mistake, r.Error, r.Detail, verdict, mistake, errKind, detail)
		}
	}
	for _, e := range exercises {
		expect("right", e, "right", "", "", "")
		expect("Ada Lovelace", e, "right", "", "", "")
		expect("blank", e, "wrong", "", "", "")
	}
	for _, m := range mistakeStudents {
		for _, e := range exercises {
			if want, ok := m.want[e]; ok {
				expect(m.name, e, "wrong", want, "", "")
			} else {
				expect(m.name, e, "right", "", "", "")
			}
		}
	}
	// crash: the recursion is an ordinary error of its cell; the map
	// writes end the worker in exercise 4's check; the rest is graded in
	// the restored session.
	expect("crash", "Exercise 2", "right", "", "", "")
	expect("crash", "Exercise 4", "", "", ErrCrashed, "concurrent map writes")
	for _, e := range exercises[4:] {
		expect("crash", e, "right", "", "", "")
	}
	// sleeper: exercises 1–4 graded, then the time runs out in an answer
	// cell.
	for _, e := range exercises[:4] {
		expect("sleeper", e, "right", "", "", "")
		expect("looper", e, "right", "", "", "")
	}
	for _, e := range exercises[4:] {
		expect("sleeper", e, "", "", ErrDidNotRun, "timed out after 4s in code cell 9")
	}
	expect("looper", "Exercise 5", "", "", ErrTimedOut, "timed out after 4s in code cell 10")
	for _, e := range exercises[5:] {
		expect("looper", e, "", "", ErrDidNotRun, "timed out")
	}
	for _, e := range exercises {
		if e == "Exercise 6" {
			expect("syntax", e, "", "", ErrRaised, "undefined: answer6 (code cell 11 failed: 1:")
		} else {
			expect("syntax", e, "right", "", "", "")
		}
	}
	expect("missing", "Exercise 6", "", "", ErrMissing, "")
	expect("missing", "Exercise 8", "", "", ErrMissing, "")
	expect("missing", "Exercise 7 (b)", "right", "", "", "")

	// The class's misconceptions: each mistake once.
	ms := class.Misconceptions()
	if len(ms) != 11 {
		t.Errorf("%d misconceptions, want 11: %v", len(ms), ms)
	}
	sum := class.Summaries()
	if sum[0].Exercise != "Exercise 1" || sum[0].Students != len(paths) {
		t.Errorf("summary of exercise 1: %+v", sum[0])
	}

	out := filepath.Join(dir, "out")
	if err := class.Write(out); err != nil {
		t.Fatal(err)
	}
	checkOutputs(t, out, class)
	if keep := os.Getenv("DIVERGO_GRADE_OUT"); keep != "" {
		os.CopyFS(keep, os.DirFS(out))
	}
}

// checkOutputs reads grades.csv, grades.json and report.html back.
func checkOutputs(t *testing.T, dir string, class *Class) {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "grades.csv"))
	if err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatalf("grades.csv: %v", err)
	}
	if len(records) != 1+len(class.Rows()) || strings.Join(records[0], ",") != strings.Join(Columns, ",") {
		t.Errorf("grades.csv: %d records, header %q", len(records), records[0])
	}
	var j struct {
		Exercises []string
		Rows      []map[string]any
	}
	b, err := os.ReadFile(filepath.Join(dir, "grades.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatalf("grades.json: %v", err)
	}
	if len(j.Rows) != len(class.Rows()) || len(j.Exercises) != len(class.Exercises) {
		t.Errorf("grades.json: %d rows, %d exercises", len(j.Rows), len(j.Exercises))
	}
	inf := false
	for _, r := range j.Rows {
		if r["answer"] == "+Inf" {
			inf = true
		}
	}
	if !inf {
		t.Errorf("grades.json: no answer +Inf (exercise 7b)")
	}
	html, err := os.ReadFile(filepath.Join(dir, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"mean of the two KLs", "swapped arguments", "Exercise 7 (b)", "Ada Lovelace", `src="data:image/png;base64,iVBORw0KGgo`, "timed out after 4s"} {
		if !strings.Contains(string(html), want) {
			t.Errorf("report.html does not contain %q", want)
		}
	}
}

// TestKey: the answer key passes; a key with a wrong answer says which
// exercise fails and why.
func TestKey(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	dir := t.TempDir()
	nb := readRaw(t, "../notebooks/worksheets/kl-js-answers.ipynb")
	for _, c := range nb.cells() {
		cell := c.(map[string]any)
		src := joined(cell["source"])
		if strings.HasPrefix(src, "q2 :=") {
			cell["source"] = strings.ReplaceAll(src, "math.Log2", "math.Log") // nats for bits
		}
		if strings.HasPrefix(src, `Check("JS", answer8`) {
			cell["source"] = `Check("JS", undefinedAnswer, pz, qz, Bits)`
		}
	}
	b, _ := json.Marshal(nb)
	bad := filepath.Join(dir, "bad-key.ipynb")
	os.WriteFile(bad, b, 0o644)
	_, failing := CheckKey(context.Background(), bad, Options{Command: testCommand})
	if len(failing) != 2 || !strings.HasPrefix(failing[0], "Exercise 3 (code cell 6): wrong: ") || !strings.Contains(failing[0], "is wrong logarithm") ||
		!strings.HasPrefix(failing[1], "Exercise 8 (code cell 17): raised: ") || !strings.Contains(failing[1], "undefined: undefinedAnswer") {
		t.Errorf("failing = %q", failing)
	}
}
