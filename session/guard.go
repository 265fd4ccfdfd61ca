package session

import (
	"github.com/divergo/divergo/session/cells"
	"go/ast"
)

// Some invalid programs send yaegi into unbounded recursion: a stack
// overflow is fatal and cannot be recovered, so the front end rejects them
// first, with the message the Go compiler would give.

// guard checks a parsed cell for them.
func (s *Session) guard(pc *cells.Parsed) error {
	funcs := map[string]bool{}
	for k, v := range s.names {
		if v == "func" {
			funcs[k] = true
		}
	}
	// Type declarations of the cell and the types they contain directly.
	direct := map[string][]*ast.Ident{}
	var order []string
	for _, c := range pc.Chunks {
		if d, ok := c.Decl.(*ast.FuncDecl); ok && d.Recv == nil {
			funcs[d.Name.Name] = true
		}
	}
	for i, c := range pc.Chunks {
		switch d := c.Decl.(type) {
		case *ast.FuncDecl:
			// func () A(A): a method without a receiver (yaegi recurses
			// on it when A is also its parameter's type).
			if d.Recv != nil && len(d.Recv.List) == 0 {
				return errorAt(pc.Src, pc.Off(i, d.Recv.Opening), "method has no receiver")
			}
			if d.Recv != nil && (len(d.Recv.List) > 1 || len(d.Recv.List[0].Names) > 1) {
				return errorAt(pc.Src, pc.Off(i, d.Recv.Opening), "method has multiple receivers")
			}
			// A function's name used as a type in its signature.
			var bad *ast.Ident
			look := func(fl *ast.FieldList) {
				if fl == nil {
					return
				}
				for _, f := range fl.List {
					ast.Inspect(f.Type, func(n ast.Node) bool {
						if id, ok := n.(*ast.Ident); ok && funcs[id.Name] && bad == nil && !s.isType(pc, id.Name) {
							bad = id
						}
						if _, ok := n.(*ast.SelectorExpr); ok {
							return false
						}
						return bad == nil
					})
				}
			}
			look(d.Recv)
			look(d.Type.TypeParams)
			look(d.Type.Params)
			look(d.Type.Results)
			if bad != nil {
				return errorAt(pc.Src, pc.Off(i, bad.Pos()), bad.Name+" is not a type")
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				if ts, ok := sp.(*ast.TypeSpec); ok {
					direct[ts.Name.Name] = directTypes(ts.Type, nil)
					order = append(order, ts.Name.Name)
				}
			}
		}
	}
	// Invalid recursive types: a cycle of direct containment.
	for _, name := range order {
		if id := cycle(direct, name, name, map[string]bool{}); id != nil {
			for i, c := range pc.Chunks {
				if gd, ok := c.Decl.(*ast.GenDecl); ok {
					for _, sp := range gd.Specs {
						if ts, ok := sp.(*ast.TypeSpec); ok && ts.Name.Name == name {
							return errorAt(pc.Src, pc.Off(i, ts.Name.Pos()), "invalid recursive type "+name)
						}
					}
				}
			}
		}
	}
	return nil
}

// isType reports whether name is a type of the session or of the cell.
func (s *Session) isType(pc *cells.Parsed, name string) bool {
	if s.names[name] == "type" {
		return true
	}
	for _, c := range pc.Chunks {
		if gd, ok := c.Decl.(*ast.GenDecl); ok {
			for _, sp := range gd.Specs {
				if ts, ok := sp.(*ast.TypeSpec); ok && ts.Name.Name == name {
					return true
				}
			}
		}
	}
	return false
}

// directTypes lists the type names a type contains by value: struct
// fields and array elements, not through pointers, slices, maps, channels,
// functions or interfaces.
func directTypes(x ast.Expr, acc []*ast.Ident) []*ast.Ident {
	switch x := x.(type) {
	case *ast.Ident:
		acc = append(acc, x)
	case *ast.ParenExpr:
		acc = directTypes(x.X, acc)
	case *ast.ArrayType:
		if x.Len != nil {
			acc = directTypes(x.Elt, acc)
		}
	case *ast.StructType:
		for _, f := range x.Fields.List {
			acc = directTypes(f.Type, acc)
		}
	}
	return acc
}

// cycle returns an identifier closing a cycle of direct containment from
// start back to target.
func cycle(direct map[string][]*ast.Ident, start, target string, seen map[string]bool) *ast.Ident {
	if seen[start] {
		return nil
	}
	seen[start] = true
	for _, id := range direct[start] {
		if id.Name == target {
			return id
		}
		if c := cycle(direct, id.Name, target, seen); c != nil {
			return c
		}
	}
	return nil
}
