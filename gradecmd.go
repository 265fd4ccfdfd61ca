package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/divergo/divergo/grade"
	"github.com/divergo/divergo/repl"
	"github.com/divergo/divergo/worker"
)

const gradeUsage = `Usage:
  divergo grade [flags] NOTEBOOK|FOLDER…

Runs each student's worksheet notebook (a FOLDER: every .ipynb in it and
its subfolders) in a fresh session of its own, reads the verdict of each
check cell — a cell ending in Check(…) or TryCheck(…); its exercise is the
heading above it, "Exercise 3", or the cell's metadata divergo.exercise —
and writes DIR/grades.csv and DIR/grades.json (a row per student and
exercise: the answer, right or wrong, the classic mistake recognised, or
the error: raised, crashed, timed out, did not run, missing) and
DIR/report.html (per exercise the share right and the class's mistakes
with a bar chart; per student their line). A notebook that crashes, hangs
or uses too much memory is cut off and reported; the others are graded.
The student is the file's name, or the notebook's metadata divergo.student.

Flags:
  --out DIR          where to write the grades and the report (default grades)
  --key KEY.ipynb    first check that the answer key passes every check (if
                     one fails, say which and grade nothing); its exercises
                     are the class's. With no NOTEBOOK, only check the key.
  --timeout D        how long each notebook may run (default 60s)
  --jobs N           notebooks graded at once (default 1)
  --saved            read the verdicts saved in the notebooks' outputs
                     instead of running them (notebooks you ran yourself:
                     a student can edit saved outputs)
  --memory-limit SIZE, --max-depth N
                     each notebook's session, as for divergo itself
`

// gradeCommand runs `divergo grade …`; args follow "grade".
func gradeCommand(args []string) int {
	fs := flag.NewFlagSet("divergo grade", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	out := fs.String("out", "grades", "")
	key := fs.String("key", "", "")
	timeout := fs.Duration("timeout", grade.DefaultTimeout, "")
	jobs := fs.Int("jobs", 1, "")
	saved := fs.Bool("saved", false, "")
	memory := fs.String("memory-limit", "", "")
	depth := fs.Int("max-depth", maxDepth, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Print(gradeUsage)
			return 0
		}
		return usageError("grade: " + err.Error())
	}
	opts := grade.Options{Timeout: *timeout, Jobs: *jobs, MemoryLimit: memoryLimit, MaxDepth: *depth}
	if *memory != "" {
		n, err := worker.ParseSize(*memory)
		if err != nil {
			return usageError("grade --memory-limit: " + err.Error())
		}
		opts.MemoryLimit = n
	}
	if *jobs < 1 {
		return usageError("grade --jobs: want at least 1")
	}
	if *timeout <= 0 {
		return usageError("grade --timeout: want a positive duration, such as 60s or 2m")
	}
	if fs.NArg() == 0 && *key == "" {
		return usageError("grade: give the notebooks to grade (or a folder of them)")
	}
	paths, err := notebookPaths(fs.Args(), *key)
	if err != nil {
		return fatal(err)
	}
	if fs.NArg() > 0 && len(paths) == 0 {
		return fatal(fmt.Errorf("grade: no .ipynb notebooks in %s", strings.Join(fs.Args(), ", ")))
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	var keyed *grade.Student
	if *key != "" {
		k, failing := grade.CheckKey(ctx, *key, opts)
		if len(failing) > 0 {
			fmt.Fprintf(os.Stderr, "divergo grade: the answer key %s does not pass every check:\n", *key)
			for _, f := range failing {
				fmt.Fprintf(os.Stderr, "  %s\n", f)
			}
			return 1
		}
		fmt.Printf("answer key %s: all %d checks pass\n", *key, len(k.Rows))
		keyed = k
		if len(paths) == 0 {
			return 0
		}
	}

	t0 := time.Now()
	var class *grade.Class
	if *saved {
		var students []*grade.Student
		for _, p := range paths {
			students = append(students, grade.Saved(p))
		}
		class = grade.Assemble(students, keyed)
		class.Elapsed = time.Since(t0)
	} else {
		if repl.IsTerminal(os.Stderr) {
			bar := &grade.Bar{W: os.Stderr, Start: t0}
			bar.Update(0, len(paths), nil)
			opts.Progress = bar.Update
		}
		class = grade.Grade(ctx, paths, keyed, opts)
	}
	if err := class.Write(*out); err != nil {
		return fatal(err)
	}

	problems := 0
	for _, s := range class.Students {
		if s.Status != "" {
			problems++
			fmt.Fprintf(os.Stderr, "%s: %s\n", s.Notebook, s.Status)
		}
	}
	right, rows := 0, 0
	for _, s := range class.Students {
		right += s.Right()
		rows += len(s.Rows)
	}
	fmt.Printf("graded %d %s in %s: %d of %d checks right", len(class.Students), plural(len(class.Students), "notebook", "notebooks"),
		class.Elapsed.Round(10*time.Millisecond), right, rows)
	if problems > 0 {
		fmt.Printf("; %d %s did not run to the end", problems, plural(problems, "notebook", "notebooks"))
	}
	fmt.Println()
	if ms := class.Misconceptions(); len(ms) > 0 {
		var parts []string
		for i, m := range ms {
			if i == 3 {
				break
			}
			parts = append(parts, fmt.Sprintf("%s (%d %s)", m.Mistake, m.Students, plural(m.Students, "student", "students")))
		}
		fmt.Printf("most common mistakes: %s\n", strings.Join(parts, ", "))
	}
	fmt.Printf("wrote %s, %s and %s\n", filepath.Join(*out, "report.html"), filepath.Join(*out, "grades.csv"), filepath.Join(*out, "grades.json"))
	if ctx.Err() != nil {
		fmt.Fprintln(os.Stderr, "divergo grade: interrupted; the notebooks not graded are marked 'did not run'")
		return 1
	}
	return 0
}

// notebookPaths expands folders into the .ipynb files under them (not
// those in .ipynb_checkpoints), sorted, leaving out the answer key.
func notebookPaths(args []string, key string) ([]string, error) {
	skip := ""
	if key != "" {
		if abs, err := filepath.Abs(key); err == nil {
			skip = abs
		}
	}
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		abs, err := filepath.Abs(p)
		if err != nil || abs == skip || seen[abs] {
			return
		}
		seen[abs] = true
		out = append(out, p)
	}
	for _, a := range args {
		info, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			add(a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == ".ipynb_checkpoints" {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(d.Name(), ".ipynb") {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(found)
		for _, p := range found {
			add(p)
		}
	}
	return out, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
