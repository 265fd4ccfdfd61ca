package gorun

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/divergo/divergo/session/check"
)

// lowerDeferredMethods makes a deferred call of a method of the program
// that calls recover itself (defer g.catch()) a deferred call of a
// function with the method's body (declared after the program), its
// receiver the first argument, given at the defer statement as Go
// evaluates it:
//
//	defer g.catch()   →   defer __dm0(g)      func __dm0(g *guard) { if r := recover(); … }
//
// The interpreter's recover, called in a method so deferred, found no
// panic (it looks in the frame the method value was made for), and the
// program ended with the panic the method was written to stop. Like
// lowerAsserts, it type-checks the result, and leaves a program whose
// rewrite Go's checker would reject as it was.
func lowerDeferredMethods(name string, src []byte, f *ast.File, info *types.Info) ([]byte, *ast.File, *types.Info) {
	if f == nil || info == nil {
		return src, f, info
	}
	tf := func(pos token.Pos) int { return int(pos) - int(f.FileStart) }
	text := func(from, to token.Pos) string { return string(src[tf(from):tf(to)]) }
	decls := map[*types.Func]*ast.FuncDecl{}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && fd.Body != nil {
			if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
				decls[fn] = fd
			}
		}
	}
	var edits []check.Span
	var helpers []string
	made := map[*types.Func]string{}
	ast.Inspect(f, func(n ast.Node) bool {
		d, ok := n.(*ast.DeferStmt)
		if !ok || d.Call.Ellipsis.IsValid() {
			return true
		}
		sel, ok := ast.Unparen(d.Call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s, ok := info.Selections[sel]
		if !ok || s.Kind() != types.MethodVal || len(s.Index()) != 1 {
			return true
		}
		fn := s.Obj().(*types.Func)
		fd := decls[fn]
		if fd == nil || !recovers(fd.Body, info) || fn.Type().(*types.Signature).RecvTypeParams().Len() > 0 {
			return true
		}
		helper, ok := made[fn]
		if !ok {
			decl, ok := methodAsFunc(fd, fmt.Sprintf("__dm%d", len(helpers)), text)
			if !ok {
				return true
			}
			helper = fmt.Sprintf("__dm%d", len(helpers))
			helpers = append(helpers, decl)
			made[fn] = helper
		}
		recv := text(sel.X.Pos(), sel.X.End())
		_, wantPtr := fn.Type().(*types.Signature).Recv().Type().(*types.Pointer)
		_, isPtr := info.TypeOf(sel.X).Underlying().(*types.Pointer)
		switch {
		case wantPtr && !isPtr:
			recv = "&(" + recv + ")"
		case !wantPtr && isPtr:
			recv = "*(" + recv + ")"
		}
		if len(d.Call.Args) > 0 {
			recv += ", "
		}
		edits = append(edits, check.Span{Pos: sel.Pos(), End: d.Call.Lparen + 1, Text: helper + "(" + recv})
		return true
	})
	if len(edits) == 0 {
		return src, f, info
	}
	return rewriteChecked(name, "deferred methods", src, f, info, edits, helpers, false)
}

// recovers reports whether body calls the builtin recover outside its
// function literals.
func recovers(body *ast.BlockStmt, info *types.Info) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "recover" {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// methodAsFunc writes method fd as a function named name whose first
// parameter is the receiver; false when its parameters are unnamed (they
// cannot follow a named receiver).
func methodAsFunc(fd *ast.FuncDecl, name string, text func(from, to token.Pos) string) (string, bool) {
	recv := fd.Recv.List[0]
	rname := "_"
	if len(recv.Names) == 1 {
		rname = recv.Names[0].Name
	}
	params := rname + " " + text(recv.Type.Pos(), recv.Type.End())
	for _, p := range fd.Type.Params.List {
		if len(p.Names) == 0 {
			return "", false
		}
		params += ", " + text(p.Pos(), p.End())
	}
	results := ""
	if fd.Type.Results != nil {
		results = " " + text(fd.Type.Results.Pos(), fd.Type.Results.End())
	}
	return "func " + name + "(" + params + ")" + results + " " + text(fd.Body.Pos(), fd.Body.End()), true
}
