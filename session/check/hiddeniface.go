package check

import (
	"go/ast"
	"go/types"
	"strings"
)

// hiddenInterfacePrint refuses operand x of fmt's and log's printing
// functions (every verb but %T) whose value holds, below an unexported
// field, an interface with methods (error, fmt.Stringer, io.Reader…).
// fmt cannot call a method through an unexported field, so Go prints the
// value inside as it is: for type job struct{ name string; err error },
// fmt.Printf("%v", job{"j", fmt.Errorf("bad")}) prints {j 0xc…} (the
// *fmt.wrapError's address; a non-pointer error prints its bare value).
// The interpreter makes every field of the program's structs exported, so
// fmt called Error and printed {j bad}, or printed its own wrapper of a
// value of the program ({{y 0x…}}), silently. The address Go prints is not
// reproducible, so the construct is refused, naming the field; an any
// field is left to the stored-in-any rules (a value without methods prints
// alike).
func (b *boundary) hiddenInterfacePrint(x ast.Expr, from types.Type, call *ast.CallExpr) {
	fn, ok := b.native(call)
	if !ok || b.printed[x] || call.Ellipsis.IsValid() || !(unwrapped[fn] || fn == "fmt.Errorf") || strings.HasPrefix(fn, "json.") {
		return
	}
	if printWriter(fn, call, x) {
		return
	}
	if _, i, format, ok := printfCall(call, b.info); ok {
		if verbs, paired := pairVerbs(format); paired {
			for k, v := range verbs {
				if i+1+k < len(call.Args) && call.Args[i+1+k] == x && strings.HasSuffix(v, "T") {
					return // the type's name only
				}
			}
		}
	}
	path, iface, ok := hiddenInterface(from, true, true, "", map[types.Type]bool{})
	if !ok {
		return
	}
	b.refuse(x, "%s of a value of type %s, whose unexported field %s holds an interface with methods (%s): Go prints the value in it without calling its methods (the address, 0xc…, of a pointer such as the errors of errors.New and fmt.Errorf), the interpreter calls them or prints its own wrapper. Not supported: print the field yourself (with its method, or %%p for the address), or export the field",
		fn, typeString(from), path, typeString(iface))
}

// hiddenInterface finds, in a value of type t printed by fmt, an
// interface with methods that fmt reaches through an unexported field
// (shown: reached through exported fields only; top: the operand itself,
// whose pointer fmt follows). It returns the field's path (a.b) and the
// interface. It does not look below a value whose method fmt calls, below
// a pointer (fmt prints its address), or into another package's types
// (native in the interpreter, printed as in Go).
func hiddenInterface(t types.Type, top, shown bool, path string, seen map[types.Type]bool) (string, types.Type, bool) {
	t = types.Unalias(t)
	if seen[t] {
		return "", nil, false
	}
	seen[t] = true
	defer delete(seen, t)
	if shown {
		if ms := methodsOf(t); ms["String"] || ms["Error"] || ms["Format"] {
			return "", nil, false
		}
	}
	if it, ok := t.Underlying().(*types.Interface); ok {
		if !shown && it.NumMethods() > 0 {
			return path, t, true
		}
		return "", nil, false
	}
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() != pkgPath {
		return "", nil, false
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		if top {
			return hiddenInterface(u.Elem(), false, shown, path, seen)
		}
	case *types.Slice:
		return hiddenInterface(u.Elem(), false, shown, path, seen)
	case *types.Array:
		return hiddenInterface(u.Elem(), false, shown, path, seen)
	case *types.Map:
		if p, it, ok := hiddenInterface(u.Key(), false, shown, path, seen); ok {
			return p, it, ok
		}
		return hiddenInterface(u.Elem(), false, shown, path, seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			fd := u.Field(i)
			p := fd.Name()
			if path != "" {
				p = path + "." + p
			}
			if q, it, ok := hiddenInterface(fd.Type(), false, shown && fd.Exported(), p, seen); ok {
				return q, it, ok
			}
		}
	}
	return "", nil, false
}

// printWriter reports whether x is the writer fn (fmt.Fprint, Fprintf,
// Fprintln) writes to: written to, not printed.
func printWriter(fn string, call *ast.CallExpr, x ast.Expr) bool {
	return strings.HasPrefix(fn, "fmt.Fprint") && len(call.Args) > 0 && x == call.Args[0]
}
