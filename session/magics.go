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
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session/cells"
)

// magicLine reports whether a line of a notebook cell is a line magic or a
// shell line that runs on its own before the cell's Go: %name …, $cmd,
// !cmd (but not a Go expression such as !done, see shellBang).
func (s *Session) magicLine(line string) bool {
	t := strings.TrimSpace(line)
	switch {
	case len(t) >= 2 && t[0] == '%' && cells.IsLetter(t[1]):
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

// evalCellMagic runs a %% cell.
func (s *Session) evalCellMagic(ctx context.Context, name, args, body string, out Output) (*display.Data, error) {
	switch name {
	case "":
		if args != "" {
			return nil, &Error{Msg: fmt.Sprintf("%%%% %s: arguments for main are not supported; set os.Args or variables in the cell instead", args)}
		}
		return s.evalCell(ctx, body, out)
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

// IPython's _ (the last result): a cell that is _ alone shows the last
// result again, whatever it was; in an expression, _ stands for the last
// result when it is a number, a string, a bool or a slice of them (up to
// lastMaxLen elements), written into the cell as the Go literal of its
// exact value (float64(0.1), []float64{0.5, 0.5}). Assigning to _ stays Go's
// blank identifier.

// lastMaxLen is the longest slice _ stands for in an expression.
const lastMaxLen = 100000

// rememberLast keeps the values and the bundle a Go cell showed, for _.
func (s *Session) rememberLast(vals []any, res *display.Data) {
	if res == nil || len(vals) == 0 {
		return
	}
	if page, _ := res.Metadata[MetaPage].(bool); page {
		return
	}
	if len(vals) >= 2 && isNil(vals[len(vals)-1]) {
		vals = vals[:len(vals)-1]
	}
	s.last = make([]any, len(vals))
	for i, v := range vals {
		s.last[i] = plainValue(v)
	}
	b := *res
	s.lastBundle = &b
}

// blankUses returns the offsets of the uses of _ as a value in a cell of
// Go: not those assigned to, declared or ranged into.
func blankUses(cell string) []int {
	const wrap = "package p; func _() {\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", wrap+cell+"\n}", parser.SkipObjectResolution)
	base := len(wrap)
	if err != nil {
		f, err = parser.ParseFile(fset, "", "package p\n"+cell, parser.SkipObjectResolution)
		base = len("package p\n")
		if err != nil {
			return nil
		}
	}
	skip := map[*ast.Ident]bool{}
	var uses []*ast.Ident
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					skip[id] = true
				}
			}
		case *ast.RangeStmt:
			for _, x := range []ast.Expr{n.Key, n.Value} {
				if id, ok := x.(*ast.Ident); ok {
					skip[id] = true
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				skip[id] = true
			}
		case *ast.Field:
			for _, id := range n.Names {
				skip[id] = true
			}
		case *ast.FuncDecl:
			skip[n.Name] = true
		case *ast.TypeSpec:
			skip[n.Name] = true
		case *ast.ImportSpec:
			if n.Name != nil {
				skip[n.Name] = true
			}
		case *ast.Ident:
			if n.Name == "_" {
				uses = append(uses, n)
			}
		}
		return true
	})
	var offs []int
	for _, id := range uses {
		if !skip[id] {
			offs = append(offs, fset.Position(id.Pos()).Offset-base)
		}
	}
	return offs
}

// substituteLast writes the last result into a Go cell in place of each
// use of _ as a value.
func (s *Session) substituteLast(cell string) (string, error) {
	if !strings.Contains(cell, "_") {
		return cell, nil
	}
	offs := blankUses(cell)
	if len(offs) == 0 {
		return cell, nil
	}
	if len(s.last) == 0 {
		return "", &Error{Msg: "_ is the last result, and no cell has shown one yet"}
	}
	if len(s.last) > 1 {
		return "", &Error{Msg: fmt.Sprintf("_ is the last result, and the last cell showed %d values; assign them to names instead", len(s.last))}
	}
	lit, ok := goLiteral(reflect.ValueOf(s.last[0]))
	if !ok {
		return "", &Error{Msg: fmt.Sprintf("_ stands for the last result in an expression only when it is a number, string, bool or a slice of them (it is a %T); assign the result to a name instead (_ alone shows it again)", s.last[0])}
	}
	var b strings.Builder
	prev := 0
	for _, o := range offs {
		if o < 0 || o >= len(cell) || cell[o] != '_' {
			return cell, nil
		}
		b.WriteString(cell[prev:o])
		b.WriteString(lit)
		prev = o + 1
	}
	b.WriteString(cell[prev:])
	return b.String(), nil
}

// goLiteral is the Go expression of a value of an unnamed basic type or a
// slice of one, exact (floats in the shortest form that reads back the
// same bits).
func goLiteral(v reflect.Value) (string, bool) {
	if !v.IsValid() || v.Type().PkgPath() != "" {
		return "", false
	}
	t := v.Type().String()
	switch v.Kind() {
	case reflect.Float64, reflect.Float32:
		bits := 64
		if v.Kind() == reflect.Float32 {
			bits = 32
		}
		x := v.Float()
		switch {
		case math.IsInf(x, 1):
			return t + "(math.Inf(1))", true
		case math.IsInf(x, -1):
			return t + "(math.Inf(-1))", true
		case math.IsNaN(x):
			return t + "(math.NaN())", true
		}
		return t + "(" + strconv.FormatFloat(x, 'g', -1, bits) + ")", true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return t + "(" + strconv.FormatInt(v.Int(), 10) + ")", true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return t + "(" + strconv.FormatUint(v.Uint(), 10) + ")", true
	case reflect.String:
		return strconv.Quote(v.String()), true
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), true
	case reflect.Slice:
		if v.IsNil() {
			return t + "(nil)", true
		}
		if v.Len() > lastMaxLen {
			return "", false
		}
		var b strings.Builder
		b.WriteString(t + "{")
		for i := 0; i < v.Len(); i++ {
			e, ok := goLiteral(v.Index(i))
			if !ok {
				return "", false
			}
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(e)
		}
		b.WriteString("}")
		return b.String(), true
	}
	return "", false
}

func init() {
	addCommand(&command{name: "env", args: "[NAME [VALUE]]", summary: "show or set an environment variable (NAME=VALUE too), for os.Getenv and $ commands", run: (*Session).cmdEnv})
}

// cmdEnv is IPython's and GoNB's %env: alone, the environment; NAME, its
// value; NAME VALUE or NAME=VALUE sets it.
func (s *Session) cmdEnv(ctx context.Context, c *call) (*display.Data, error) {
	if c.args == "" {
		env := os.Environ()
		sort.Strings(env)
		return text(strings.Join(env, "\n")), nil
	}
	name, value, set := strings.Cut(c.args, "=")
	if !set {
		name, value, set = strings.Cut(c.args, " ")
	}
	name, value = strings.TrimSpace(name), strings.TrimSpace(value)
	if name == "" || strings.ContainsAny(name, " \t\n=") {
		return nil, &Error{Msg: "usage: " + c.prefix + "env [NAME [VALUE] | NAME=VALUE]"}
	}
	if !set {
		v, ok := os.LookupEnv(name)
		if !ok {
			return nil, &Error{Msg: "env: " + name + " is not set"}
		}
		return text(v), nil
	}
	if err := os.Setenv(name, value); err != nil {
		return nil, &Error{Msg: "env: " + err.Error()}
	}
	// The interpreter keeps an environment of its own for os.Getenv.
	if _, err := s.in.Eval(fmt.Sprintf("os.Setenv(%q, %q)", name, value)); err != nil {
		return nil, &Error{Msg: "env: " + err.Error()}
	}
	return text(name + "=" + value), nil
}
