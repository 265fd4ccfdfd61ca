package check

// This file refuses reflection on the program's types where the
// interpreter (yaegi v0.16.1) answers unlike Go, silently: reflect.TypeOf
// of a main.T names it by its underlying type or structure (int,
// struct { Xname string }), lists no methods, renames unexported fields
// (Xname), and gives an interface type of the program the kind Struct.
// What it answers as Go does stays allowed: a Type's Kind, Size, NumField,
// NumIn…, through Elem and Key, and the Tag, Name, Index and Offset of an
// exported field found by name — directly or through a variable the call
// defines (t := reflect.TypeOf(a); t.Kind()). reflect.ValueOf of such a
// type is refused.

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// Misreflected returns the first call of reflect.TypeOf or ValueOf in f
// whose answers about a type of the program would differ from Go's (see
// above), and a message naming it; where names the code ("a cell", "the
// program").
func Misreflected(f *ast.File, info *types.Info, where string) (ast.Node, string) {
	if !treeMentions(f, "TypeOf", "ValueOf") {
		return nil, "" // nothing of the kind to lower (walk.go)
	}
	var at ast.Node
	var msg string
	var parents map[ast.Node]ast.Node
	inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || at != nil {
			return at == nil
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "TypeOf" && sel.Sel.Name != "ValueOf" {
			return true
		}
		if fn, ok := info.Uses[sel.Sel].(*types.Func); !ok || fn.Pkg() == nil || fn.Pkg().Path() != "reflect" {
			return true
		}
		for _, a := range call.Args {
			named := programNamed(info.TypeOf(a))
			if named == nil {
				continue
			}
			if parents == nil {
				parents = parentsOf(f)
			}
			if sel.Sel.Name == "TypeOf" && reflectTypeSafe(call, info, parents, where == "a cell") {
				continue
			}
			if _, lowered := reflectNameLowering(call, info, parents); lowered {
				continue // ReflectNames
			}
			at, msg = call, fmt.Sprintf("reflect.%s of %s, a type declared in %s: the interpreter's reflection does not name it, its methods or its unexported fields as Go does. Not supported yet beyond the Type's Kind, Size, NumField, Elem and an exported field's Tag", sel.Sel.Name, typeString(named), where)
			return false
		}
		return true
	})
	return at, msg
}

// parentsOf maps each node of f to the node that holds it.
func parentsOf(f *ast.File) map[ast.Node]ast.Node {
	parents := map[ast.Node]ast.Node{}
	var stack []ast.Node
	inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if len(stack) > 0 {
			parents[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		return true
	})
	return parents
}

// reflectTypeSafe reports whether call is reflect.TypeOf(x) whose
// reflect.Type is used only where the interpreter's reflection answers as
// Go's for a type of the program: its Kind, Size, NumField…, the Elem or
// Key of those, and the Tag, Name, Index or Offset of an exported field
// found by name (the interpreter renames unexported fields, names the
// program's types by their structure and gives them no methods). Through
// variables defined by the call too: t := reflect.TypeOf(a); t.Kind().
func reflectTypeSafe(call *ast.CallExpr, info *types.Info, parents map[ast.Node]ast.Node, cell bool) bool {
	if len(call.Args) != 1 || holdsProgramInterface(info.TypeOf(call.Args[0]), map[types.Type]bool{}) {
		return false // the interpreter's Kind of such an interface is Struct
	}
	uses := map[types.Object][]*ast.Ident{}
	for id, obj := range info.Uses {
		uses[obj] = append(uses[obj], id)
	}
	return typeUseSafe(call, info, parents, uses, 0, cell)
}

// holdsProgramInterface reports whether t is or holds (as an element,
// key or pointer target) an interface type declared in the program.
func holdsProgramInterface(t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkgPath && types.IsInterface(n) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return holdsProgramInterface(u.Elem(), seen)
	case *types.Slice:
		return holdsProgramInterface(u.Elem(), seen)
	case *types.Array:
		return holdsProgramInterface(u.Elem(), seen)
	case *types.Chan:
		return holdsProgramInterface(u.Elem(), seen)
	case *types.Map:
		return holdsProgramInterface(u.Key(), seen) || holdsProgramInterface(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if holdsProgramInterface(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

// typeUseSafe reports whether the reflect.Type e is used safely (see
// reflectTypeSafe).
func typeUseSafe(e ast.Expr, info *types.Info, parents map[ast.Node]ast.Node, uses map[types.Object][]*ast.Ident, depth int, cell bool) bool {
	if depth > 8 {
		return false
	}
	p := parents[e]
	for {
		pe, ok := p.(*ast.ParenExpr)
		if !ok {
			break
		}
		e, p = pe, parents[pe]
	}
	switch p := p.(type) {
	case *ast.SelectorExpr:
		call, ok := parents[p].(*ast.CallExpr)
		if !ok || call.Fun != p {
			return false
		}
		if isReflectValue(info.TypeOf(e)) {
			// A Value (reflectAny's reflect.ValueOf of an any): its
			// Kind and the like; its Type as a Type's.
			switch p.Sel.Name {
			case "Kind", "IsValid", "IsNil", "Len":
				return true
			case "Elem", "Type":
				return typeUseSafe(call, info, parents, uses, depth+1, cell)
			}
			return false
		}
		switch p.Sel.Name {
		case "Kind", "Size", "Align", "FieldAlign", "Len", "NumField", "Comparable", "Bits", "NumIn", "NumOut", "IsVariadic", "ChanDir":
			return true
		case "Elem", "Key":
			return typeUseSafe(call, info, parents, uses, depth+1, cell)
		case "FieldByName":
			return len(call.Args) == 1 && exportedConstant(call.Args[0], info) && fieldUseSafe(call, info, parents, uses, cell)
		}
		return false
	case *ast.AssignStmt:
		if len(p.Lhs) != 1 || len(p.Rhs) != 1 || p.Rhs[0] != e {
			return false
		}
		return varUsesSafe(p.Lhs[0], info, parents, uses, depth, cell)
	case *ast.ValueSpec:
		if len(p.Names) != len(p.Values) {
			return false
		}
		for k, v := range p.Values {
			if v == e {
				return varUsesSafe(p.Names[k], info, parents, uses, depth, cell)
			}
		}
	}
	return false
}

// isReflectValue reports whether t is reflect.Value.
func isReflectValue(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "reflect" && n.Obj().Name() == "Value"
}

// varUsesSafe reports whether the variable x defines (or assigns) is used
// only as a safe reflect.Type, and assigned nowhere else.
func varUsesSafe(x ast.Expr, info *types.Info, parents map[ast.Node]ast.Node, uses map[types.Object][]*ast.Ident, depth int, cell bool) bool {
	id, ok := x.(*ast.Ident)
	if !ok {
		return false
	}
	obj := info.Defs[id]
	if obj == nil || escapes(obj, cell) {
		return false // an assignment to a variable defined elsewhere, or a session's
	}
	for _, u := range uses[obj] {
		if !typeUseSafe(u, info, parents, uses, depth+1, cell) {
			return false
		}
	}
	return true
}

// escapes reports whether obj is a variable of the session, which later
// cells may use in any way: one defined at a cell's top level (in the
// checker's unit, the package scope or the body of func __cell).
func escapes(obj types.Object, cell bool) bool {
	if !cell || obj.Pkg() == nil {
		return false
	}
	if obj.Parent() == obj.Pkg().Scope() {
		return true
	}
	fn, ok := obj.Pkg().Scope().Lookup("__cell").(*types.Func)
	return ok && fn.Scope() == obj.Parent()
}

// exportedConstant reports whether x is a constant string naming an
// exported identifier.
func exportedConstant(x ast.Expr, info *types.Info) bool {
	tv := info.Types[x]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	return token.IsExported(constant.StringVal(tv.Value))
}

// fieldUseSafe reports whether the results of call (t.FieldByName("X"))
// are defined as variables whose field is used only for its Tag, Name,
// Index, Offset or Anonymous.
func fieldUseSafe(call *ast.CallExpr, info *types.Info, parents map[ast.Node]ast.Node, uses map[types.Object][]*ast.Ident, cell bool) bool {
	as, ok := parents[call].(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return false
	}
	id, ok := as.Lhs[0].(*ast.Ident)
	if !ok {
		return false
	}
	if id.Name == "_" {
		return true
	}
	obj := info.Defs[id]
	if obj == nil || escapes(obj, cell) {
		return false
	}
	for _, u := range uses[obj] {
		sel, ok := parents[u].(*ast.SelectorExpr)
		if !ok || sel.X != u {
			return false
		}
		switch sel.Sel.Name {
		case "Tag", "Name", "Index", "Offset", "Anonymous":
		default:
			return false
		}
	}
	return true
}
