package gorun

// This file implements what the interpreter would run unlike Go, lowered
// in the program's text before it runs: the builtin println and print
// (yaegi writes them to standard output, formatted with %v; Go writes them
// to standard error in the runtime's own format), and loop variables that
// a closure, a goroutine or & captures (Go 1.22 makes them per iteration;
// yaegi shares one across the loop): the body redeclares them, v := v.

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// rtPath is the import path of the helpers lowered programs call.
const rtPath = "github.com/divergo/divergo/gorun/rt"

// lower returns src with the calls of the builtin println and print
// replaced by calls of the helpers (the same line, so that line numbers
// stay), or src itself when the program's types are not known.
func lower(src []byte, f *ast.File, info *types.Info) []byte {
	if f == nil || info == nil {
		return src
	}
	type edit struct {
		off    int
		name   string // the builtin replaced, or "" for an insertion
		insert string
	}
	var edits []edit
	tf := func(pos int) int { return pos - int(f.FileStart) }
	ast.Inspect(f, func(n ast.Node) bool {
		if vars, body := capturedLoopVars(n, info); len(vars) > 0 {
			var b strings.Builder
			for _, v := range vars {
				fmt.Fprintf(&b, " %s := %s;", v, v)
			}
			edits = append(edits, edit{tf(int(body.Lbrace)) + 1, "", b.String()})
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		if b, ok := info.Uses[id].(*types.Builtin); ok && (b.Name() == "println" || b.Name() == "print") {
			edits = append(edits, edit{tf(int(id.Pos())), id.Name, ""})
		}
		return true
	})
	if len(edits) == 0 {
		return src
	}
	sort.Slice(edits, func(a, b int) bool { return edits[a].off < edits[b].off })
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		b.Write(src[last:e.off])
		if e.name == "" {
			b.WriteString(e.insert)
			last = e.off
			continue
		}
		if e.name == "println" {
			b.WriteString("__gorunrt.Println")
		} else {
			b.WriteString("__gorunrt.Print")
		}
		last = e.off + len(e.name)
	}
	b.Write(src[last:])
	// The import joins the package clause's line.
	out := b.Bytes()
	at := tf(int(f.Name.End()))
	imp := []byte("; import __gorunrt \"" + rtPath + "\"")
	return append(append(append([]byte(nil), out[:at]...), imp...), out[at:]...)
}

// capturedLoopVars returns the variables a for or range statement n
// defines that its body captures in a function literal, a go statement or
// with &, and the body; nil when there are none. A three-clause loop whose
// body also assigns to the variable is left alone: refuse names it.
func capturedLoopVars(n ast.Node, info *types.Info) ([]string, *ast.BlockStmt) {
	var ids []*ast.Ident
	var body *ast.BlockStmt
	switch n := n.(type) {
	case *ast.RangeStmt:
		if n.Tok != token.DEFINE {
			return nil, nil
		}
		for _, x := range []ast.Expr{n.Key, n.Value} {
			if id, ok := x.(*ast.Ident); ok && id.Name != "_" {
				ids = append(ids, id)
			}
		}
		body = n.Body
	case *ast.ForStmt:
		as, ok := n.Init.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE {
			return nil, nil
		}
		for _, x := range as.Lhs {
			if id, ok := x.(*ast.Ident); ok && id.Name != "_" {
				ids = append(ids, id)
			}
		}
		body = n.Body
	default:
		return nil, nil
	}
	var vars []string
	for _, id := range ids {
		obj := info.Defs[id]
		if obj != nil && captured(body, obj, info) {
			vars = append(vars, id.Name)
		}
	}
	return vars, body
}

// captured reports whether body refers to obj inside a function literal or
// a go or defer statement, or takes its address.
func captured(body ast.Node, obj types.Object, info *types.Info) bool {
	uses := func(n ast.Node) bool {
		found := false
		ast.Inspect(n, func(m ast.Node) bool {
			if id, ok := m.(*ast.Ident); ok && info.Uses[id] == obj {
				found = true
			}
			return !found
		})
		return found
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt:
			if uses(n) {
				found = true
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && uses(n.X) {
				found = true
			}
		}
		return !found
	})
	return found
}

// runtimeSymbols are the helpers, for the interpreter's symbol table.
func runtimeSymbols(stderr io.Writer) map[string]reflect.Value {
	return map[string]reflect.Value{
		"Println": reflect.ValueOf(func(args ...any) {
			var b []byte
			for i, a := range args {
				if i > 0 {
					b = append(b, ' ')
				}
				b = appendPrint(b, a)
			}
			stderr.Write(append(b, '\n'))
		}),
		"Print": reflect.ValueOf(func(args ...any) {
			var b []byte
			for _, a := range args {
				b = appendPrint(b, a)
			}
			stderr.Write(b)
		}),
	}
}

// appendPrint appends a value as Go's builtin print writes it: numbers as
// fmt's %v writes them, pointers and the like as addresses.
func appendPrint(b []byte, a any) []byte {
	v := reflect.ValueOf(a)
	switch v.Kind() {
	case reflect.Bool:
		return strconv.AppendBool(b, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.AppendInt(b, v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.AppendUint(b, v.Uint(), 10)
	case reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		// Since Go 1.26 (measured with go1.26.8), as fmt's %v: 2.5, 1e+300, (3+4i).
		return fmt.Append(b, a)
	case reflect.String:
		return append(b, v.String()...)
	case reflect.Pointer, reflect.Chan, reflect.Map, reflect.Func, reflect.UnsafePointer:
		return append(b, "0x"+strconv.FormatUint(uint64(v.Pointer()), 16)...)
	case reflect.Slice:
		return append(b, "["+strconv.Itoa(v.Len())+"/"+strconv.Itoa(v.Cap())+"]0x"+strconv.FormatUint(uint64(v.Pointer()), 16)...)
	case reflect.Invalid:
		return append(b, "nil"...)
	}
	return append(b, "(0x0,0x0)"...)
}
