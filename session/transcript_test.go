package session

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/divergo/divergo/display"
)

var timeRe = regexp.MustCompile(`time: [0-9.]+[a-zµ]+`)

var update = flag.Bool("update", false, "rewrite the expected output of transcript tests")

// recorder is an Output that writes what a cell shows as transcript text.
type recorder struct{ b strings.Builder }

func (r *recorder) Stdout(text string) { r.b.WriteString(text) }
func (r *recorder) Stderr(text string) {
	for _, l := range strings.SplitAfter(text, "\n") {
		if l != "" {
			r.b.WriteString("stderr: " + l)
		}
	}
}
func (r *recorder) Display(d display.Data) {
	fmt.Fprintf(&r.b, "display: %v\n", d.Data[display.MIMETypeText])
}
func (r *recorder) Update(id string, d display.Data) {
	fmt.Fprintf(&r.b, "update %s: %v\n", id, d.Data[display.MIMETypeText])
}
func (r *recorder) Clear(wait bool) { fmt.Fprintf(&r.b, "clear %v\n", wait) }

// A transcript (testdata/session/*.txt) is a session's input and its exact
// output. A line "> text" starts a cell, lines ". text" continue it (". "
// alone, or ".", is a blank line of the cell); the lines up to the next cell
// are what the cell shows: printed text as printed, standard error lines
// after "stderr: ", displayed bundles after "display: ", the result's
// text/plain, and an error's lines after "! ". Lines starting "## " before a
// cell are comments. A new session starts at a line "-- new session --"
// ("-- new notebook session --" for the Notebook front end). Each transcript
// runs in an empty temporary directory; .timer's times show as "time: …".
// Run `go test ./session -run Transcripts -update` to rewrite the expected
// output (and review the diff).
func TestTranscripts(t *testing.T) {
	files, _ := filepath.Glob("../testdata/session/*.txt")
	if len(files) == 0 {
		t.Fatal("no transcripts")
	}
	for _, file := range files {
		file, _ := filepath.Abs(file)
		t.Run(filepath.Base(file), func(t *testing.T) {
			// Each transcript runs in a directory of its own (.write, .read),
			// shown as $DIR in the output.
			dir := t.TempDir()
			t.Chdir(dir)
			transcriptDir = dir
			runTranscript(t, file)
		})
	}
}

// transcriptDir is the running transcript's directory, written $DIR.
var transcriptDir string

type tcell struct {
	comments []string
	input    []string // lines of the cell as written ("> …", ". …")
	want     []string
	newSess  bool
	frontend Frontend
}

func parseTranscript(text string) []*tcell {
	var cells []*tcell
	var cur *tcell
	var comments []string
	newSess := false
	inInput := false
	frontend := Terminal
	for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		switch {
		case line == "-- new session --" || line == "-- new notebook session --":
			newSess = true
			frontend = Terminal
			if strings.Contains(line, "notebook") {
				frontend = Notebook
			}
			cur = nil
		case strings.HasPrefix(line, "> ") || line == ">":
			cur = &tcell{comments: comments, newSess: newSess, frontend: frontend}
			comments, newSess = nil, false
			cur.input = append(cur.input, line)
			cells = append(cells, cur)
			inInput = true
		case inInput && (strings.HasPrefix(line, ". ") || line == "."):
			cur.input = append(cur.input, line)
		case strings.HasPrefix(line, "## "):
			comments = append(comments, line)
			inInput = false
		default:
			inInput = false
			if cur != nil {
				cur.want = append(cur.want, line)
			}
		}
	}
	// Trailing blank lines of a cell's output are layout, not output.
	for _, c := range cells {
		for len(c.want) > 0 && c.want[len(c.want)-1] == "" {
			c.want = c.want[:len(c.want)-1]
		}
	}
	return cells
}

func cellSource(input []string) string {
	var b []string
	for _, l := range input {
		if len(l) >= 2 {
			b = append(b, l[2:])
		} else {
			b = append(b, "")
		}
	}
	return strings.Join(b, "\n")
}

func runTranscript(t *testing.T, file string) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	cells := parseTranscript(string(data))
	var s *Session
	var out strings.Builder
	failed := false
	for _, c := range cells {
		if s == nil || c.newSess {
			if s, err = New(Options{Frontend: c.frontend}); err != nil {
				t.Fatal(err)
			}
			if c.newSess && c.frontend == Notebook {
				out.WriteString("-- new notebook session --\n")
			} else if c.newSess {
				out.WriteString("-- new session --\n")
			}
		}
		got := evalForTranscript(s, cellSource(c.input))
		for _, l := range c.comments {
			out.WriteString(l + "\n")
		}
		for _, l := range c.input {
			out.WriteString(l + "\n")
		}
		for _, l := range got {
			out.WriteString(l + "\n")
		}
		out.WriteString("\n")
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			failed = true
			t.Errorf("%s\ngot:\n%s\nwant:\n%s", strings.Join(c.input, "\n"), strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
	}
	if *update && failed {
		os.WriteFile(file, []byte(strings.TrimRight(out.String(), "\n")+"\n"), 0o644)
	}
}

func evalForTranscript(s *Session, cell string) []string {
	var r recorder
	res, err := s.Eval(context.Background(), cell, &r)
	text := r.b.String()
	if text != "" && !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	if res != nil {
		text += fmt.Sprint(res.Data[display.MIMETypeText]) + "\n"
	}
	if err != nil {
		for _, l := range strings.Split(err.Error(), "\n") {
			text += "! " + l + "\n"
		}
	}
	text = timeRe.ReplaceAllString(strings.TrimRight(text, "\n"), "time: …")
	if transcriptDir != "" {
		text = strings.ReplaceAll(text, transcriptDir, "$DIR")
	}
	if text == "" {
		return nil
	}
	return strings.Split(text, "\n")
}

// sortedKeys is for tests that list names.
func sortedKeys(m map[string]string) []string {
	k := make([]string, 0, len(m))
	for n := range m {
		k = append(k, n)
	}
	sort.Strings(k)
	return k
}
