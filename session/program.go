package session

// This file implements programs in cells: a cell that starts with a
// package clause is a Go program, as gophernotes and GoNB notebooks and
// code copied from elsewhere write it. Its declarations are defined, in
// any order, and its main runs once, at the end of the cell. A function
// named main, in any cell, is the session's main__ for the interpreter:
// yaegi runs a function called main of package main again after every
// later cell (measured with v0.16.1), which Go never does.

import (
	"github.com/divergo/divergo/session/cells"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"strings"
)

// mainName is what the interpreter sees of a cell's func main.
const mainName = "__divergoMain"

// programCell returns the cell with its package clause blanked (so that
// offsets, lines and columns stay), and a call of main added on a line of
// its own when the cell is a program that declares one; other cells come
// back as they are.
func programCell(cell string) string {
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(cell))
	var sc scanner.Scanner
	sc.Init(file, []byte(cell), nil, 0)
	pos, tok, _ := sc.Scan()
	if tok != token.PACKAGE {
		return cell
	}
	_, name, _ := sc.Scan()
	if name != token.IDENT {
		return cell
	}
	end, next, lit := sc.Scan()
	stop := file.Offset(end)
	if next == token.SEMICOLON && lit == ";" {
		stop++
	} else if next == token.SEMICOLON {
		stop = file.Offset(end) // the newline's automatic semicolon: keep the newline
	}
	from := file.Offset(pos)
	body := cell[:from] + strings.Repeat(" ", stop-from) + cell[stop:]
	if declaresMain(body) {
		body += "\nmain()"
	}
	return body
}

// declaresMain reports whether a cell's text declares func main.
func declaresMain(src string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil {
		return false
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" {
			return true
		}
	}
	return false
}

// renameMain gives the interpreter the session's name for main.
func renameMain(pc *cells.Parsed, i int, ed *cells.Editor, id *ast.Ident) {
	from := pc.Off(i, id.Pos())
	ed.Add(from, from+len(id.Name), mainName)
}
