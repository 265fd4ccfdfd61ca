package session

// This file implements the recursion limit: a function of a cell that may
// call itself counts its nested calls, and a cell whose calls nest deeper
// than Options.MaxDepth stops with a Go-style error before the Go stack
// overflows (which no program can recover from: the worker process would
// die, see package worker). Like Python's recursion limit, it keeps the
// common mistake — a function that calls itself without end — an ordinary
// error of the cell.

import (
	"fmt"
	"go/ast"
	"go/token"
	"os"
	"strconv"
	"strings"

	"github.com/divergo/divergo/session/cells"
)

// DefaultMaxDepth is the recursion limit when Options.MaxDepth is 0 (a
// negative MaxDepth turns the limit off: no function is instrumented, and
// a runaway recursion overflows the Go stack, which ends the process) and
// DIVERGO_MAX_DEPTH is not set. A nested interpreted call takes 1.4 KB of
// Go stack for a function and up to 5 KB for a method (measured with yaegi
// v0.16.1), so 100,000 of them stay well under Go's 1 GB stack.
const DefaultMaxDepth = 100000

// maxDepth is the session's recursion limit.
func (o Options) maxDepth() int64 {
	if o.MaxDepth > 0 {
		return int64(o.MaxDepth)
	}
	if v, err := strconv.Atoi(os.Getenv("DIVERGO_MAX_DEPTH")); err == nil && v > 0 {
		return int64(v)
	}
	return DefaultMaxDepth
}

// goBuiltins are Go's predeclared functions and the conversions to
// predeclared types: calls of them never recurse.
var goBuiltins = map[string]bool{
	"append": true, "cap": true, "clear": true, "close": true, "complex": true, "copy": true,
	"delete": true, "imag": true, "len": true, "make": true, "max": true, "min": true,
	"new": true, "panic": true, "print": true, "println": true, "real": true, "recover": true,
	"bool": true, "byte": true, "complex64": true, "complex128": true, "error": true,
	"float32": true, "float64": true, "int": true, "int8": true, "int16": true, "int32": true,
	"int64": true, "rune": true, "string": true, "uint": true, "uint8": true, "uint16": true,
	"uint32": true, "uint64": true, "uintptr": true, "any": true,
}

// rewriteDepth instruments the function with body body, named name, if it
// calls code of the session's cells (only such a function can recurse):
//
//	func f(n int) int { return f(n+1) }
//	→ func f(n int) int { __dg := __divergo.Enter("f"); defer __divergo.Leave(__dg); return f(n+1) }
//
// The text goes after the opening brace, on its line, so that the lines of
// the cell keep their numbers. (yaegi v0.16.1 evaluates a deferred call's
// arguments late, hence the variable, which never changes.)
func (s *Session) rewriteDepth(pc *cells.Parsed, i int, ed *cells.Editor, name string, body *ast.BlockStmt, local map[string]bool) {
	if body == nil || s.opts.MaxDepth < 0 || !s.callsCells(body, local) {
		return
	}
	at := pc.Off(i, body.Lbrace) + 1
	ed.Add(at, at, fmt.Sprintf(" __dg := __divergo.Enter(%q); defer __divergo.Leave(__dg);", name))
}

// callsCells reports whether body calls something other than a package's
// function or a Go builtin: a function or method of the session's cells, a
// function value, a method (conservatively).
func (s *Session) callsCells(body *ast.BlockStmt, local map[string]bool) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // instrumented on its own
		case *ast.CallExpr:
			switch f := ast.Unparen(n.Fun).(type) {
			case *ast.Ident:
				if goBuiltins[f.Name] && !local[f.Name] && s.names[f.Name] == "" {
					return true
				}
				if local[f.Name] || s.names[f.Name] == "func" || s.names[f.Name] == "var" {
					found = true
				}
			case *ast.SelectorExpr:
				if x, ok := f.X.(*ast.Ident); ok && !local[x.Name] && s.names[x.Name] == "package" {
					return true // pkg.F: native
				}
				if x, ok := f.X.(*ast.Ident); ok && !local[x.Name] && s.imports[x.Name] != "" {
					return true
				}
				found = true
			case *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.FuncType, *ast.InterfaceType, *ast.StructType, *ast.IndexExpr, *ast.StarExpr:
				// conversions, generic instantiations: look inside the arguments only
			default:
				found = true
			}
		}
		return true
	})
	return found
}

// localNames are the names a cell declares anywhere: functions, variables,
// parameters. A call of one may reach the cell's own code.
func localNames(pc *cells.Parsed) map[string]bool {
	names := map[string]bool{}
	add := func(ids []*ast.Ident) {
		for _, id := range ids {
			if id.Name != "_" {
				names[id.Name] = true
			}
		}
	}
	for _, c := range pc.Chunks {
		var node ast.Node = c.Decl
		if c.Stmt != nil {
			node = c.Stmt
		}
		if node == nil {
			continue
		}
		ast.Inspect(node, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Recv == nil {
					add([]*ast.Ident{n.Name})
				}
			case *ast.ValueSpec:
				add(n.Names)
			case *ast.Field:
				add(n.Names)
			case *ast.AssignStmt:
				if n.Tok == token.DEFINE {
					for _, l := range n.Lhs {
						if id, ok := l.(*ast.Ident); ok {
							add([]*ast.Ident{id})
						}
					}
				}
			}
			return true
		})
	}
	return names
}

// funcLitName names a function literal in messages: "the function literal
// at line 3".
func funcLitName(pc *cells.Parsed, i int, lit *ast.FuncLit) string {
	off := pc.Off(i, lit.Pos())
	return fmt.Sprintf("the function literal at line %d", 1+strings.Count(pc.Src[:off], "\n"))
}

// funcDeclName names a function or method in messages: f, or T.m.
func funcDeclName(d *ast.FuncDecl) string {
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return d.Name.Name
	}
	t := d.Recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
			continue
		case *ast.IndexExpr:
			t = x.X
			continue
		case *ast.IndexListExpr:
			t = x.X
			continue
		case *ast.ParenExpr:
			t = x.X
			continue
		}
		break
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name + "." + d.Name.Name
	}
	return d.Name.Name
}
