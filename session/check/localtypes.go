package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// LocalTypeShadow returns a type declared inside a function under the name
// of a package-level one, and the refusal's message: the interpreter
// (yaegi v0.16.1) resolves the name to the package's type, so that
// `type Level int` inside main printed through the package Level's String
// method (silently), or failed to compile when the underlying types
// differed. In a program, HoistLocalTypes has moved such a type under a
// fresh name before, unless the program may show its name (Go prints it
// as main.Level) or it names something local; a cell's are refused.
func LocalTypeShadow(f *ast.File, info *types.Info) (ast.Node, string) {
	var at ast.Node
	var msg string
	inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || at != nil {
			return at == nil
		}
		obj := info.Defs[ts.Name]
		if obj == nil || obj.Pkg() == nil || obj.Parent() == obj.Pkg().Scope() {
			return true
		}
		if _, isType := obj.Pkg().Scope().Lookup(ts.Name.Name).(*types.TypeName); isType {
			at = ts.Name
			msg = fmt.Sprintf("a type declared inside a function with the name of a package-level type (%s): the interpreter would use the package's; give the local type another name", ts.Name.Name)
		}
		return true
	})
	return at, msg
}

// HoistLocalTypes moves the program's type declarations inside functions
// (and aliases) to package level, where the interpreter (yaegi v0.16.1)
// runs them as Go does: it resolved a local type's name to a package-level
// type of that name (LocalTypeShadow), did not find a local alias at all
// ("undefined: kv"), and divergo's own generic helpers (slices.SortFunc…)
// cannot name a local type. A declaration moves when it refers to nothing
// else declared in a function (no local constant, variable or type that
// stays, no type parameter: none in a generic function). Go prints a local
// type as main.person, as it prints a package-level one, so a type keeps
// its name when no other declaration or use in the file has it (and it is
// not predeclared): the move is invisible. Otherwise it gets a fresh name
// (person__1), declaration and uses alike (found through go/types' Defs
// and Uses), only when the program cannot show that name: a value of a
// type that holds it converted to an interface or a type parameter (where
// %T, %#v, reflection, a panic or a package's message could name its
// type) other than as an operand printed with %v by fmt's Print functions,
// a generic instantiated with it (but slices', maps', cmp's and iter's),
// or an assertion to it that can panic ("interface conversion: … not
// main.person") keep it where it is (and LocalTypeShadow refuses it when
// it shadows a package-level type). An alias's name never shows. The
// moved declarations are returned as decls (to follow the program); the
// spans blank the declarations where they were, keeping their lines, and
// rename the uses. text gives f's source between two positions.
func HoistLocalTypes(f *ast.File, info *types.Info, text func(from, to token.Pos) string) ([]Span, []string) {
	h := &hoist{info: info, file: f, local: map[*types.TypeName]*localDecl{}, stmts: map[*ast.DeclStmt][]*localDecl{}}
	h.collect()
	if len(h.order) == 0 {
		return nil, nil
	}
	h.hoistable()
	h.name()
	h.closeMoves()
	return h.lowering(text)
}

// A localDecl is a type declared inside a function.
type localDecl struct {
	obj      *types.TypeName
	spec     *ast.TypeSpec
	stmt     *ast.DeclStmt
	generic  bool // in a generic function: stays
	hoist    bool // movable: refers to nothing local that stays
	moved    bool // moved, under name
	name     string
	shownSet bool // shown is known (shows)
	shown    bool // the program may show its name
}

type hoist struct {
	info  *types.Info
	file  *ast.File
	local map[*types.TypeName]*localDecl
	order []*localDecl // in the file's order
	stmts map[*ast.DeclStmt][]*localDecl
}

// collect finds the types declared inside functions.
func (h *hoist) collect() {
	for _, d := range h.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		generic := true
		if fn, ok := h.info.Defs[fd.Name].(*types.Func); ok {
			sig := fn.Type().(*types.Signature)
			generic = sig.TypeParams().Len() > 0 || sig.RecvTypeParams().Len() > 0
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			ds, ok := n.(*ast.DeclStmt)
			if !ok {
				return true
			}
			gd, ok := ds.Decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				return true
			}
			for _, s := range gd.Specs {
				ts := s.(*ast.TypeSpec)
				obj, ok := h.info.Defs[ts.Name].(*types.TypeName)
				if !ok || ts.Name.Name == "_" {
					continue
				}
				lt := &localDecl{obj: obj, spec: ts, stmt: ds, generic: generic || ts.TypeParams != nil}
				h.local[obj] = lt
				h.order = append(h.order, lt)
				h.stmts[ds] = append(h.stmts[ds], lt)
			}
			return true
		})
	}
}

// hoistable marks the declarations that can move: each name in them is
// declared outside functions, or is a local type that moves too (a
// declaration statement moves whole).
func (h *hoist) hoistable() {
	for _, lt := range h.order {
		lt.hoist = !lt.generic && len(h.stmts[lt.stmt]) == len(lt.stmt.Decl.(*ast.GenDecl).Specs)
	}
	for changed := true; changed; {
		changed = false
		for _, lt := range h.order {
			if !lt.hoist {
				continue
			}
			ok := true
			ast.Inspect(lt.spec.Type, func(n ast.Node) bool {
				id, isID := n.(*ast.Ident)
				if !isID || !ok {
					return ok
				}
				obj := h.info.Uses[id]
				if obj == nil || !localObject(obj) {
					return true
				}
				if tn, isTN := obj.(*types.TypeName); isTN && h.local[tn] != nil && h.local[tn].hoist {
					return true
				}
				ok = false
				return false
			})
			for _, other := range h.stmts[lt.stmt] {
				ok = ok && other.hoist
			}
			if !ok {
				for _, other := range h.stmts[lt.stmt] {
					other.hoist = false
				}
				changed = true
			}
		}
	}
}

// localObject reports whether obj is declared inside a function (not
// predeclared, at package level, an import's name, a field or a method).
func localObject(obj types.Object) bool {
	if obj.Pkg() == nil || obj.Parent() == nil || obj.Parent() == types.Universe || obj.Parent() == obj.Pkg().Scope() {
		return false
	}
	_, imported := obj.(*types.PkgName)
	return !imported
}

// name chooses the moved types and their names (see HoistLocalTypes).
func (h *hoist) name() {
	taken := map[string]bool{"init": true, "main": true}
	others := map[string]bool{} // names of objects other than local types
	note := func(id *ast.Ident, obj types.Object) {
		taken[id.Name] = true
		switch o := obj.(type) {
		case nil, *types.Label:
			return
		case *types.Var:
			if o.IsField() {
				return
			}
		case *types.Func:
			if o.Type().(*types.Signature).Recv() != nil {
				return
			}
		case *types.TypeName:
			if h.local[o] != nil {
				return
			}
		}
		others[id.Name] = true
	}
	for id, obj := range h.info.Defs {
		note(id, obj)
	}
	for id, obj := range h.info.Uses {
		note(id, obj)
	}
	ast.Inspect(h.file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			taken[id.Name] = true
		}
		return true
	})
	fresh := func(name string) string {
		for k := 1; ; k++ {
			if n := fmt.Sprintf("%s__%d", name, k); !taken[n] {
				taken[n] = true
				return n
			}
		}
	}
	groups := map[string][]*localDecl{}
	var names []string
	for _, lt := range h.order {
		if groups[lt.obj.Name()] == nil {
			names = append(names, lt.obj.Name())
		}
		groups[lt.obj.Name()] = append(groups[lt.obj.Name()], lt)
	}
	for _, n := range names {
		g := groups[n]
		free := !others[n] && types.Universe.Lookup(n) == nil && n != "init" && n != "main"
		var stay []*localDecl // those that cannot take a fresh name
		for _, lt := range g {
			if !lt.hoist || h.shows(lt) {
				stay = append(stay, lt)
			}
		}
		var keeper *localDecl
		if free {
			switch {
			case len(stay) == 0:
				keeper = g[0]
			case len(stay) == 1 && stay[0].hoist:
				keeper = stay[0]
			}
		}
		for _, lt := range g {
			switch {
			case lt == keeper:
				lt.moved, lt.name = true, n
			case lt.hoist && !h.shows(lt):
				lt.moved, lt.name = true, fresh(n)
			}
		}
	}
}

// closeMoves keeps in place a declaration statement that a type stays in,
// and a moved type that names a local type that stays, until none is left:
// the moved declarations name only what package level sees.
func (h *hoist) closeMoves() {
	for changed := true; changed; {
		changed = false
		for _, lt := range h.order {
			if !lt.moved {
				continue
			}
			keep := false
			for _, other := range h.stmts[lt.stmt] {
				keep = keep || !other.moved
			}
			ast.Inspect(lt.spec.Type, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					if tn, ok := h.info.Uses[id].(*types.TypeName); ok && h.local[tn] != nil && !h.local[tn].moved {
						keep = true
					}
				}
				return !keep
			})
			if keep {
				for _, other := range h.stmts[lt.stmt] {
					other.moved, other.name = false, ""
				}
				changed = true
			}
		}
	}
}

// shows reports whether the program may show lt's name (see
// HoistLocalTypes); never an alias's.
func (h *hoist) shows(lt *localDecl) bool {
	if !lt.shownSet {
		lt.shownSet = true
		lt.shown = !lt.obj.IsAlias() && nameShown(h.file, h.info, func(t types.Type) bool { return mentionsType(t, lt.obj, map[types.Type]bool{}) })
	}
	return lt.shown
}

// lowering writes the moves and the renames.
func (h *hoist) lowering(text func(from, to token.Pos) string) ([]Span, []string) {
	renamed := map[types.Object]string{}
	for _, lt := range h.order {
		if lt.moved && lt.name != lt.obj.Name() {
			renamed[lt.obj] = lt.name
		}
	}
	// Renames outside the moved declarations are spans; inside them, they
	// are applied to the text moved.
	var spans []Span
	var inner []Span
	inMoved := func(p token.Pos) bool {
		for _, lt := range h.order {
			if lt.moved && lt.stmt.Pos() <= p && p < lt.stmt.End() {
				return true
			}
		}
		return false
	}
	rename := func(id *ast.Ident, obj types.Object) {
		name, ok := renamed[obj]
		if !ok {
			return
		}
		sp := Span{id.Pos(), id.End(), name}
		if inMoved(id.Pos()) {
			inner = append(inner, sp)
		} else {
			spans = append(spans, sp)
		}
	}
	for id, obj := range h.info.Defs {
		rename(id, obj)
	}
	for id, obj := range h.info.Uses {
		rename(id, obj)
	}
	var decls []string
	done := map[*ast.DeclStmt]bool{}
	for _, lt := range h.order {
		if !lt.moved {
			continue
		}
		if !done[lt.stmt] {
			done[lt.stmt] = true
			blank := strings.Map(func(r rune) rune {
				if r == '\n' {
					return r
				}
				return -1
			}, text(lt.stmt.Pos(), lt.stmt.End()))
			spans = append(spans, Span{lt.stmt.Pos(), lt.stmt.End(), blank})
		}
		var b strings.Builder
		b.WriteString("type ")
		last := lt.spec.Pos()
		sort.Slice(inner, func(i, j int) bool { return inner[i].Pos < inner[j].Pos })
		for _, sp := range inner {
			if sp.Pos < lt.spec.Pos() || sp.End > lt.spec.End() {
				continue
			}
			b.WriteString(text(last, sp.Pos))
			b.WriteString(sp.Text)
			last = sp.End
		}
		b.WriteString(text(last, lt.spec.End()))
		decls = append(decls, b.String())
	}
	return spans, decls
}

// mentionsType reports whether t is, or holds, the type tn: through pointers,
// slices, arrays, maps, channels, functions, structs' fields and the
// program's own named types' underlying types.
func mentionsType(t types.Type, tn *types.TypeName, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if t.Obj() == tn {
			return true
		}
		if args := t.TypeArgs(); args != nil {
			for i := 0; i < args.Len(); i++ {
				if mentionsType(args.At(i), tn, seen) {
					return true
				}
			}
		}
		if t.Obj().Pkg() != nil && t.Obj().Pkg() == tn.Pkg() {
			return mentionsType(t.Underlying(), tn, seen)
		}
	case *types.Pointer:
		return mentionsType(t.Elem(), tn, seen)
	case *types.Slice:
		return mentionsType(t.Elem(), tn, seen)
	case *types.Array:
		return mentionsType(t.Elem(), tn, seen)
	case *types.Chan:
		return mentionsType(t.Elem(), tn, seen)
	case *types.Map:
		return mentionsType(t.Key(), tn, seen) || mentionsType(t.Elem(), tn, seen)
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if mentionsType(t.Field(i).Type(), tn, seen) {
				return true
			}
		}
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			if mentionsType(t.At(i).Type(), tn, seen) {
				return true
			}
		}
	case *types.Signature:
		return mentionsType(t.Params(), tn, seen) || mentionsType(t.Results(), tn, seen)
	}
	return false
}
