package repl

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/divergo/divergo/session"
	"github.com/divergo/divergo/session/cells"
)

// Batch runs cells without prompts, for `divergo -e`, `divergo FILE` and
// piped standard input: it prints what the REPL prints — results on
// Stdout, errors on Stderr — and stops at the first error. A cell that
// calls os.Exit(n) (or log.Fatal: n = 1) ends the run with status n.
type Batch struct {
	Session Evaluator
	Stdout  io.Writer
	Stderr  io.Writer
}

// Exit statuses of a batch run.
const (
	StatusOK    = 0 // every cell ran (or one quit)
	StatusError = 1 // a cell failed: the run stopped there
)

// RunCells runs each string as one cell, in order (`divergo -e`). Errors
// show their position within the cell, as at the prompt.
func (b *Batch) RunCells(ctx context.Context, cells []string) int {
	p := b.printer()
	for _, cell := range cells {
		res, err := b.Session.Eval(ctx, cell, p)
		if errors.Is(err, session.ErrQuit) {
			return StatusOK
		}
		p.Result(res)
		if code, ok := exitCode(err); ok {
			return code
		}
		if err != nil {
			p.Error(err.Error())
			return StatusError
		}
	}
	return StatusOK
}

// RunReader reads cells from src — a file of cells, or piped standard
// input — and runs them. Lines accumulate until session.IsComplete says
// the cell is no longer incomplete (blank lines belong to the cell; an
// invalid cell runs, so that its error shows; so does an incomplete cell at
// the end of the input). name labels error positions, which count lines
// of the whole input: "cells.go:12:5: undefined: x". From the first
// marker line ("// %%", the percent format of jupytext and editors' Go
// notebooks) on, a cell is every line up to the next marker, run whole
// as a notebook cell is (functions that call each other, declared in
// one cell), as .read runs a file with markers.
func (b *Batch) RunReader(ctx context.Context, src io.Reader, name string) int {
	p := b.printer()
	br := bufio.NewReader(src)
	var lines []string
	var open brackets
	first := 0 // line number of the cell's first line
	n := 0
	// A file that starts with a package clause is a Go program, run as one
	// cell (its declarations in any order, its main once), as `divergo -e`
	// runs the same text.
	program := false
	marked := false // a marker line was read: cells run from marker to marker
	run := func() (status int, stop bool) {
		cell := strings.Join(lines, "\n")
		lines = nil
		open = brackets{}
		res, err := b.Session.Eval(ctx, cell, p)
		if errors.Is(err, session.ErrQuit) {
			return StatusOK, true
		}
		p.Result(res)
		if code, ok := exitCode(err); ok {
			return code, true
		}
		if err != nil {
			p.Error(positioned(err, name, first))
			return StatusError, true
		}
		return StatusOK, false
	}
	for {
		line, rerr := br.ReadString('\n')
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			p.Error(fmt.Sprintf("%s: %v", name, rerr))
			return StatusError
		}
		if line == "" && rerr != nil {
			break
		}
		n++
		line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
		if !program && cells.IsMarker(line) {
			marked = true
			if !onlyComments(lines) {
				if status, stop := run(); stop {
					return status
				}
			}
			lines = nil
			if rerr != nil {
				break
			}
			continue
		}
		if len(lines) == 0 {
			if strings.TrimSpace(line) == "" {
				continue // blank lines between cells
			}
			first = n
		}
		lines = append(lines, line)
		open.line(line)
		if !program && !marked && strings.HasPrefix(strings.TrimSpace(line), "package ") && onlyComments(lines[:len(lines)-1]) {
			// A Go program: the rest of the input is its one cell. After a
			// marker, a cell that starts with a package clause is a
			// program of its own, up to the next marker (its main runs
			// once, as the session runs such a cell); it swallowed the
			// cells after it, and its main never ran.
			program = true
		}
		if marked {
			// The cell runs whole at the next marker, or at the end.
		} else if !program && !open.open() && strings.HasPrefix(strings.TrimSpace(line), "//") && len(lines) == 1 {
			continue // a comment before what follows belongs to it
		}
		if !marked && !program && !open.open() && session.IsComplete(strings.Join(lines, "\n")) != session.Incomplete {
			if status, stop := run(); stop {
				return status
			}
		}
		if rerr != nil {
			break
		}
	}
	if len(lines) > 0 && !onlyComments(lines) { // the input ended inside a cell
		if status, stop := run(); stop {
			return status
		}
	}
	return StatusOK
}

// exitCode is the status of a run whose cell called os.Exit (or
// log.Fatal): the cell's code, as a Go program would end. The cell has
// printed what it printed; nothing more is shown.
func exitCode(err error) (int, bool) {
	var ee *session.ExitError
	if errors.As(err, &ee) {
		return ee.Code, true
	}
	return 0, false
}

// onlyComments reports whether lines hold line comments and blank lines only.
func onlyComments(lines []string) bool {
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "//") {
			return false
		}
	}
	return true
}

func (b *Batch) printer() *printer {
	return &printer{stdout: b.Stdout, stderr: b.Stderr}
}

// positioned is an error's text with its position counted in the whole
// input, prefixed with the input's name; an error of the cell without a
// position of its own (a runtime error of a one-line cell) gets the cell's
// first line, as Go names file:line.
func positioned(err error, name string, first int) string {
	var se *session.Error
	if name == "" || !errors.As(err, &se) || error(se) != err {
		return err.Error()
	}
	e := *se
	if e.Line == 0 {
		e.Line, e.Col = first, 0
	} else {
		e.Line += first - 1
	}
	return name + ":" + e.Error()
}
