package grade

// This file implements the grader's outputs: grades.csv, grades.json and
// report.html with its bar charts.

import (
	"encoding/base64"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html/template"
	"image/color"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/divergo/divergo/plots"
)

// Columns are the columns of grades.csv, in order.
var Columns = []string{"student", "notebook", "exercise", "measure", "unit", "answer", "verdict", "mistake", "mistakes", "error", "detail"}

// Rows returns every row of the class: by student, then exercise.
func (c *Class) Rows() []Row {
	var rows []Row
	for _, s := range c.Students {
		rows = append(rows, s.Rows...)
	}
	return rows
}

// WriteCSV writes the class's rows as CSV under Columns; mistakes are
// joined with "; ".
func (c *Class) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write(Columns)
	for _, r := range c.Rows() {
		cw.Write([]string{r.Student, r.Notebook, r.Exercise, r.Measure, r.Unit, r.AnswerText(), r.Verdict,
			r.Mistake, strings.Join(r.Mistakes, "; "), r.Error, r.Detail})
	}
	cw.Flush()
	return cw.Error()
}

// MarshalJSON writes a row with its answer as a number, as the string
// "+Inf" or "-Inf", or null without one.
func (r Row) MarshalJSON() ([]byte, error) {
	type plain Row
	var answer any
	if r.Answer != nil {
		answer = *r.Answer
		if math.IsInf(*r.Answer, 0) {
			answer = r.AnswerText()
		}
	}
	if r.Mistakes == nil {
		r.Mistakes = []string{}
	}
	return json.Marshal(struct {
		plain
		Answer any `json:"answer"`
	}{plain(r), answer})
}

// WriteJSON writes {"exercises": […], "students": [{"student", "notebook",
// "status", "right"}…], "rows": […]}, the rows as in grades.csv.
func (c *Class) WriteJSON(w io.Writer) error {
	type student struct {
		Student  string `json:"student"`
		Notebook string `json:"notebook"`
		Status   string `json:"status"`
		Right    int    `json:"right"`
	}
	out := struct {
		Exercises []string  `json:"exercises"`
		Students  []student `json:"students"`
		Rows      []Row     `json:"rows"`
	}{Exercises: c.Exercises, Rows: c.Rows()}
	if out.Rows == nil {
		out.Rows = []Row{}
	}
	for _, s := range c.Students {
		out.Students = append(out.Students, student{s.Name, s.Notebook, s.Status, s.Right()})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// Write writes grades.csv, grades.json and report.html into dir, creating
// it if needed.
func (c *Class) Write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, write := range map[string]func(io.Writer) error{
		"grades.csv": c.WriteCSV, "grades.json": c.WriteJSON, "report.html": c.WriteHTML,
	} {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		err = write(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// Count is one bar of an exercise's chart: what the students gave, and
// how many gave it.
type Count struct {
	What  string // "right", a mistake's name, "wrong, not recognised", or an error
	Kind  string // "right", "mistake", "unrecognised", "error"
	Count int
}

// Summary is an exercise as the class did it.
type Summary struct {
	Exercise string
	Measure  string
	Students int     // rows counted
	Right    int     // right answers
	Share    float64 // Right / Students
	Counts   []Count // right first, then the mistakes by count, then unrecognised, then errors
}

// Summaries returns one summary per exercise.
func (c *Class) Summaries() []Summary {
	var out []Summary
	for _, e := range c.Exercises {
		sum := Summary{Exercise: e}
		mistakes := map[string]int{}
		errs := map[string]int{}
		unrecognised := 0
		for _, s := range c.Students {
			for _, r := range s.Rows {
				if r.Exercise != e {
					continue
				}
				sum.Students++
				if sum.Measure == "" {
					sum.Measure = r.Measure
				}
				switch {
				case r.Verdict == "right":
					sum.Right++
				case r.Verdict == "wrong" && r.Mistake != "":
					mistakes[r.Mistake]++
				case r.Verdict == "wrong":
					unrecognised++
				default:
					errs[r.Error]++
				}
			}
		}
		if sum.Students > 0 {
			sum.Share = float64(sum.Right) / float64(sum.Students)
		}
		sum.Counts = append(sum.Counts, Count{"right", "right", sum.Right})
		sum.Counts = append(sum.Counts, sortedCounts(mistakes, "mistake")...)
		if unrecognised > 0 {
			sum.Counts = append(sum.Counts, Count{"wrong, not recognised", "unrecognised", unrecognised})
		}
		sum.Counts = append(sum.Counts, sortedCounts(errs, "error")...)
		out = append(out, sum)
	}
	return out
}

// Misconceptions counts each mistake across the class: how many answers
// made it, and in how many students' notebooks; most frequent first.
func (c *Class) Misconceptions() []Misconception {
	answers, students := map[string]int{}, map[string]map[string]bool{}
	for _, s := range c.Students {
		for _, r := range s.Rows {
			if r.Verdict == "wrong" && r.Mistake != "" {
				answers[r.Mistake]++
				if students[r.Mistake] == nil {
					students[r.Mistake] = map[string]bool{}
				}
				students[r.Mistake][s.Name+"\x00"+s.Notebook] = true
			}
		}
	}
	var out []Misconception
	for m, n := range answers {
		out = append(out, Misconception{m, n, len(students[m])})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Answers != out[j].Answers {
			return out[i].Answers > out[j].Answers
		}
		return out[i].Mistake < out[j].Mistake
	})
	return out
}

// Misconception is a mistake the class made.
type Misconception struct {
	Mistake  string
	Answers  int // answers that made it
	Students int // students who made it at least once
}

func sortedCounts(m map[string]int, kind string) []Count {
	var out []Count
	for k, n := range m {
		out = append(out, Count{k, kind, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].What < out[j].What
	})
	return out
}

// Chart draws counts as horizontal bars, one colour per kind: right
// answers, recognised mistakes, unrecognised ones, errors.
func Chart(title string, counts []Count) plots.Figure {
	p := plots.New(title, "students", "")
	kinds := []string{"right", "mistake", "unrecognised", "error"}
	colour := map[string]int{"right": 2, "mistake": 1, "unrecognised": 4, "error": 0}
	n := len(counts)
	labels := make([]string, n)
	top := 0
	for i, c := range counts {
		labels[n-1-i] = fmt.Sprintf("%s (%d)", c.What, c.Count) // first at the top
		top = max(top, c.Count)
	}
	for _, kind := range kinds {
		vals := make(plotter.Values, n)
		has := false
		for i, c := range counts {
			if c.Kind == kind {
				vals[n-1-i] = float64(c.Count)
				has = true
			}
		}
		if !has {
			continue
		}
		// The plot's height less its title and axis, about 240 points,
		// shared by the bars.
		b, err := plotter.NewBarChart(vals, vg.Points(math.Min(28, 0.6*240/float64(max(n, 1)))))
		if err != nil {
			continue
		}
		b.Horizontal = true
		b.Color = plots.SeriesStyle(colour[kind]).Color
		if kind == "error" {
			b.Color = color.Gray{Y: 0x99}
		}
		b.LineStyle.Width = 0
		p.Add(b)
	}
	p.NominalY(labels...)
	p.X.Min, p.X.Max = 0, math.Max(1, float64(top))*1.08
	p.X.Tick.Marker = integerTicks{}
	f := plots.FromPlot(p)
	return f
}

// integerTicks marks whole numbers of students only.
type integerTicks struct{}

func (integerTicks) Ticks(min, max float64) []plot.Tick {
	step := math.Max(1, math.Ceil((max-min)/8))
	var ts []plot.Tick
	for x := math.Ceil(min); x <= max; x += step {
		ts = append(ts, plot.Tick{Value: x, Label: strconv.Itoa(int(x))})
	}
	return ts
}

// pngURI renders a chart as a data: URI.
func pngURI(f plots.Figure) template.URL {
	b, err := f.PNG()
	if err != nil {
		return ""
	}
	return template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(b))
}

// WriteHTML writes report.html: the class's misconceptions, per exercise
// the share right, the mistakes with their counts and a bar chart, and
// per student their line.
func (c *Class) WriteHTML(w io.Writer) error {
	type exercise struct {
		Summary
		Percent string
		Chart   template.URL
	}
	type cell struct {
		Mark, Title, Class string
	}
	type student struct {
		Name, Notebook, Status string
		Right, Of              int
		Cells                  []cell
	}
	data := struct {
		Title, When, Took string
		Exercises         []exercise
		Misconceptions    []Misconception
		Overall           template.URL
		Students          []student
		Key               string
	}{
		Title: fmt.Sprintf("Grades: %d %s, %d %s", len(c.Students), plural(len(c.Students), "notebook"), len(c.Exercises), plural(len(c.Exercises), "exercise")),
		When:  time.Now().Format("2006-01-02 15:04"),
		Took:  c.Elapsed.Round(100 * time.Millisecond).String(),
	}
	if c.Key != nil {
		data.Key = c.Key.Notebook
	}
	for _, s := range c.Summaries() {
		e := exercise{Summary: s, Percent: fmt.Sprintf("%.0f%%", 100*s.Share)}
		e.Chart = pngURI(Chart(s.Exercise, s.Counts))
		data.Exercises = append(data.Exercises, e)
	}
	data.Misconceptions = c.Misconceptions()
	if len(data.Misconceptions) > 0 {
		var counts []Count
		for _, m := range data.Misconceptions {
			counts = append(counts, Count{m.Mistake, "mistake", m.Students})
		}
		data.Overall = pngURI(Chart("The class's mistakes: students who made each", counts))
	}
	for _, s := range c.Students {
		st := student{Name: s.Name, Notebook: s.Notebook, Status: s.Status, Right: s.Right(), Of: len(c.Exercises)}
		for _, r := range s.Rows {
			var cl cell
			switch {
			case r.Verdict == "right":
				cl = cell{"✓", r.Exercise + ": right (" + r.AnswerText() + ")", "right"}
			case r.Verdict == "wrong" && r.Mistake != "":
				cl = cell{"✗ " + r.Mistake, r.Exercise + ": " + r.AnswerText() + " is " + r.Mistake, "mistake"}
			case r.Verdict == "wrong":
				cl = cell{"✗", r.Exercise + ": " + r.AnswerText() + ", no mistake recognised", "wrong"}
			default:
				cl = cell{r.Error, r.Exercise + ": " + r.Detail, "error"}
			}
			st.Cells = append(st.Cells, cl)
		}
		data.Students = append(data.Students, st)
	}
	return reportTemplate.Execute(w, data)
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

var reportTemplate = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{.Title}}</title>
<style>
body { font-family: "Liberation Sans", Arial, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #ccc; } h3 { font-size: 1.1em; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.n { text-align: right; }
.right { background: #e3f4e8; } .mistake { background: #fbe9d6; } .wrong { background: #fde2e2; } .error { background: #eee; color: #555; }
.exercise { display: flex; gap: 1.5em; align-items: flex-start; flex-wrap: wrap; margin-bottom: 1.5em; }
.exercise img { width: 480px; border: 1px solid #eee; }
td.notes { min-width: 12em; }
.share { font-size: 1.4em; font-weight: bold; }
.note { color: #555; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p class="note">Graded {{.When}} in {{.Took}} by <code>divergo grade</code>{{if .Key}}; answer key {{.Key}} passes every check{{end}}.
A check is right within 0.5%; a wrong answer names the classic mistake its number matches, when it matches one.</p>

<h2>The class's misconceptions</h2>
{{if .Misconceptions}}
<div class="exercise">
<table>
<tr><th>mistake</th><th>answers</th><th>students</th></tr>
{{range .Misconceptions}}<tr><td>{{.Mistake}}</td><td class="n">{{.Answers}}</td><td class="n">{{.Students}}</td></tr>
{{end}}</table>
<img alt="The class's mistakes" src="{{.Overall}}">
</div>
{{else}}<p>No wrong answer matched a classic mistake.</p>{{end}}

<h2>Exercises</h2>
{{range .Exercises}}
<h3>{{.Exercise}}{{if .Measure}}: {{.Measure}}{{end}}</h3>
<div class="exercise">
<div>
<p><span class="share">{{.Percent}}</span> right ({{.Right}} of {{.Students}})</p>
<table>
<tr><th>answer</th><th>students</th></tr>
{{range .Counts}}<tr class="{{.Kind}}"><td>{{.What}}</td><td class="n">{{.Count}}</td></tr>
{{end}}</table>
</div>
<img alt="{{.Exercise}}: answers by kind" src="{{.Chart}}">
</div>
{{end}}

<h2>Students</h2>
<table>
<tr><th>student</th><th>right</th>{{range .Exercises}}<th>{{.Exercise}}</th>{{end}}<th>notes</th></tr>
{{range .Students}}<tr><td title="{{.Notebook}}">{{.Name}}</td><td class="n">{{.Right}}/{{.Of}}</td>{{range .Cells}}<td class="{{.Class}}" title="{{.Title}}">{{.Mark}}</td>{{end}}<td class="notes">{{.Status}}</td></tr>
{{end}}</table>
</body>
</html>
`))
