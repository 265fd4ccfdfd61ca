package session

// This file implements the cell syntax notebook users bring from
// gophernotes and GoNB, and IPython's ?NAME:
//
//   - leading magic lines: a notebook cell whose first lines are commands
//     (%cd /tmp), shell lines ($ls, !ls) or both runs each of those lines on
//     its own, in order, then the rest of the cell as a cell (gophernotes
//     runs its special lines so; the rest sees the new directory);
//   - GoNB's %% line: the rest of the cell is the body of func main, which
//     runs at once (a cell that declares func main runs it too, in notebooks);
//   - GoNB's !cmd (a shell line, like $cmd) and !*cmd (the same, in a
//     temporary directory of the session's);
//   - GoNB's cell magics %%writefile FILE, %%sh and %%bash (the rest of the
//     cell is written to FILE, or run by the shell);
//   - ?NAME and ??NAME (IPython) as NAME? is: the documentation of NAME.

import (
	"context"
	"fmt"
	"go/parser"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/divergo/divergo/display"
)

// magicLine reports whether a line of a notebook cell is a line magic or a
// shell line that runs on its own before the cell's Go: %name …, $cmd,
// !cmd (but not a Go expression such as !done, see shellBang).
func (s *Session) magicLine(line string) bool {
	t := strings.TrimSpace(line)
	switch {
	case len(t) >= 2 && t[0] == '%' && isLetter(t[1]):
		return true
	case strings.HasPrefix(t, "$"):
		return true
	case strings.HasPrefix(t, "!"):
		return s.shellBang(t)
	}
	return false
}

// shellBang reports whether a line starting with ! is GoNB's shell line
// rather than Go's negation: !ls and !echo hi are shell; !done, !ok && x,
// !IsNormalized(p) are Go (the operand's first name is one the session
// knows, a predeclared one or an exported builtin).
func (s *Session) shellBang(t string) bool {
	rest := strings.TrimPrefix(t, "!")
	if strings.HasPrefix(rest, "*") || strings.HasPrefix(rest, "=") {
		return !strings.HasPrefix(rest, "=")
	}
	if _, err := parser.ParseExpr(t); err != nil {
		return true
	}
	first := rest
	if i := strings.IndexFunc(rest, func(r rune) bool { return !(r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)) }); i >= 0 {
		first = rest[:i]
	}
	if first == "" || first == "true" || first == "false" {
		return false
	}
	if _, known := s.names[first]; known {
		return false
	}
	r := []rune(first)
	return !unicode.IsUpper(r[0])
}

// splitMagicLines splits a notebook cell into its leading magic and shell
// lines (blank lines and // comments between them skipped) and the rest,
// which starts on the line after the last magic line, with blank lines
// in place of those before (so that positions in its errors are the
// cell's). ok is false when the cell has no leading magic line, or is a
// command cell of one line, or starts with a cell magic (%%…).
func (s *Session) splitMagicLines(cell string) (magics []string, rest string, ok bool) {
	lines := strings.SplitAfter(cell, "\n")
	last := -1
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "//") {
			continue
		}
		if strings.HasPrefix(t, "%%") || !s.magicLine(l) {
			break
		}
		magics = append(magics, t)
		last = i
	}
	if last < 0 {
		return nil, "", false
	}
	var b strings.Builder
	for range lines[:last+1] {
		b.WriteString("\n")
	}
	for _, l := range lines[last+1:] {
		b.WriteString(l)
	}
	rest = b.String()
	if len(magics) == 1 && strings.TrimSpace(rest) == "" {
		return nil, "", false // the cell is that one line: a command cell as before
	}
	return magics, rest, true
}

// evalMagicLines runs the leading magic lines of a cell one by one, showing
// each one's result, then the rest of the cell, whose result is the cell's.
// The first error stops the cell.
func (s *Session) evalMagicLines(ctx context.Context, magics []string, rest string, out Output) (*display.Data, error) {
	for _, m := range magics {
		res, err := s.evalCell(ctx, m, out)
		if err != nil {
			return nil, err
		}
		if res != nil && out != nil {
			out.Display(*res)
		}
	}
	if strings.TrimSpace(rest) == "" {
		return nil, nil
	}
	return s.evalCell(ctx, rest, out)
}

// cellMagic recognises a cell whose first line is GoNB's %% (the rest is
// main's body) or a cell magic %%writefile FILE, %%sh, %%bash (not %%sql,
// which isSQL handles). name is "" for %%.
func cellMagic(cell string) (name, args, body string, ok bool) {
	t := strings.TrimLeftFunc(cell, unicode.IsSpace)
	if !strings.HasPrefix(t, "%%") || strings.HasPrefix(t, sqlMagic) {
		return "", "", "", false
	}
	first, body, _ := strings.Cut(t, "\n")
	first = strings.TrimSpace(first[2:])
	name, args, _ = strings.Cut(first, " ")
	if name != "" && !isLetter(name[0]) {
		name, args = "", first // %% --flag=1: args of main
	}
	return name, strings.TrimSpace(args), body, true
}

// evalCellMagic runs a %% cell.
func (s *Session) evalCellMagic(ctx context.Context, name, args, body string, out Output) (*display.Data, error) {
	switch name {
	case "":
		if args != "" {
			return nil, &Error{Msg: fmt.Sprintf("%%%% %s: arguments for main are not supported; set os.Args or variables in the cell instead", args)}
		}
		// The %% line becomes the program's first line, so that the body
		// keeps its line numbers in errors.
		return s.evalCell(ctx, "package main; func main() {\n"+body+"\n}", out)
	case "writefile":
		if args == "" {
			return nil, &Error{Msg: "usage: %%writefile FILE, then the file's text on the lines below"}
		}
		if !strings.HasSuffix(body, "\n") && body != "" {
			body += "\n"
		}
		if err := os.WriteFile(args, []byte(body), 0o644); err != nil {
			return nil, &Error{Msg: "writefile: " + strings.TrimPrefix(err.Error(), "open ")}
		}
		return text("wrote " + args), nil
	case "sh", "bash", "script":
		shell := name
		if name == "script" {
			if args == "" {
				return nil, &Error{Msg: "usage: %%script SHELL (sh or bash), then the script"}
			}
			shell = args
		}
		return s.runShell(ctx, body, out, shell)
	}
	return nil, &Error{Msg: fmt.Sprintf("unknown cell magic %%%%%s; cell magics are %%%%sql, %%%% (the cell is main's body), %%%%writefile FILE, %%%%sh and %%%%bash", name)}
}

// bangDir is the directory !*cmd runs in: a temporary directory of the
// session's, made on first use (GoNB runs !* in its own temporary
// directory).
func (s *Session) bangDir() (string, error) {
	if s.tmpDir == "" {
		d, err := os.MkdirTemp("", "divergo-")
		if err != nil {
			return "", err
		}
		s.tmpDir = d
	}
	return filepath.Clean(s.tmpDir), nil
}
