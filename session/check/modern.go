package check

// This file lowers the generic standard library for the interpreter
// (yaegi v0.16.1), whose tables hold none of its generic functions: a use
// of slices.Sort, maps.Keys, cmp.Compare, iter.Pull… becomes a use of a
// non-generic function made from divergo's own template of it (package
// gostd) with the type arguments Go's checker inferred there, declared
// once under a mangled name:
//
//	slices.Sort(xs)               →  __go_slices_Sort_1a2b3c4d(xs)
//	for k := range maps.Keys(m)   →  (then range over a function, rangefunc.go)
//	var s iter.Seq[int]           →  var s func(yield func(int) bool)
//	func Max[T cmp.Ordered](…)    →  func Max[T interface{ ~int | … }](…)
//	errors.AsType[*NotFound](err) →  errors.As through a function literal
//
// and, for programs (the session has its own), the builtins min, max and
// clear, which the interpreter lacks: min(a, b) → __go_builtin_Min_…(a, b);
// min(1, 2.5) is folded to its constant; clear(m) → rt.Clear(m).

import (
	"bytes"
	"embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"hash/fnv"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/divergo/divergo/session/check/gostd/rt"
)

//go:embed gostd/slices/slices.go gostd/maps/maps.go gostd/cmp/cmp.go gostd/iter/iter.go gostd/builtin/builtin.go gostd/rand/rand.go gostd/sync/sync.go gostd/atomic/atomic.go
var templates embed.FS

// templateFiles maps a standard package to its template.
var templateFiles = map[string]string{
	"slices":  "gostd/slices/slices.go",
	"maps":    "gostd/maps/maps.go",
	"cmp":     "gostd/cmp/cmp.go",
	"iter":    "gostd/iter/iter.go",
	"builtin": "gostd/builtin/builtin.go",
	"rand":    "gostd/rand/rand.go",
	"sync":    "gostd/sync/sync.go",
	"atomic":  "gostd/atomic/atomic.go",
}

// partly are the packages the interpreter has whose generic names are
// lowered (the rest stays the interpreter's): path → template key and
// the names.
var partly = map[string]struct {
	key   string
	names map[string]bool
}{
	"math/rand/v2": {"rand", map[string]bool{"N": true}},
	"sync":         {"sync", map[string]bool{"OnceValue": true, "OnceValues": true}},
	"sync/atomic":  {"atomic", map[string]bool{"Pointer": true}},
}

// orderedUnion is cmp.Ordered written out, for constraints.
const orderedUnion = "interface{ ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string }"

// A FuncDecl is a declaration a lowering needs: a function made from a
// template, to be declared before the code that uses it (Pos, its first
// use) runs.
type FuncDecl struct {
	Name string
	Text string
	Pos  token.Pos
}

// ModernOptions tune Modern.
type ModernOptions struct {
	// Where names the code in messages ("a cell", "the program").
	Where string
	// TypeName writes a type as the code can name it (false when it
	// cannot).
	TypeName func(types.Type) (string, bool)
	// Runtime is the name of the package of native helpers (package rt's
	// functions, ModernSymbols) in the code.
	Runtime string
	// Builtins lowers min, max and clear too.
	Builtins bool
	// Text is the code's text from one position to another (nil: not
	// known).
	Text func(from, to token.Pos) string
}

// Modern lowers f's uses of the generic standard library (see above). It
// returns the first use it cannot lower, with a message naming it, or the
// lowerings and the declarations they need.
func Modern(f *ast.File, info *types.Info, opts ModernOptions) (ast.Node, string, []Span, []FuncDecl) {
	m := &modern{info: info, opts: opts, made: map[string]string{}}
	m.walk(f)
	if m.at != nil {
		return m.at, m.msg, nil, nil
	}
	return nil, "", m.spans, m.decls
}

type modern struct {
	info  *types.Info
	opts  ModernOptions
	made  map[string]string // instance key → mangled name, this file's
	spans []Span
	decls []FuncDecl
	at    ast.Node
	msg   string
	use   token.Pos     // the use being lowered, for its decls
	outer *ast.FuncDecl // the function declaration being walked, or nil
}

func (m *modern) refuse(n ast.Node, format string, args ...any) {
	if m.at == nil {
		m.at, m.msg = n, fmt.Sprintf(format, args...)
	}
}

// lowered are the packages whose generic API is lowered.
var lowered = map[string]bool{"slices": true, "maps": true, "cmp": true, "iter": true}

// Lowered reports whether Modern lowers the generic package path (so that
// a checked cell may import it, though the interpreter's table of it is
// empty or missing).
func Lowered(path string) bool { return lowered[path] }

func (m *modern) walk(f *ast.File) {
	var stack []ast.Node
	var funcs []*ast.FuncType // enclosing functions' types
	inspect(f, func(n ast.Node) bool {
		if n == nil {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch top.(type) {
			case *ast.FuncDecl:
				funcs = funcs[:len(funcs)-1]
				m.outer = nil
			case *ast.FuncLit:
				funcs = funcs[:len(funcs)-1]
			}
			return true
		}
		parent := ast.Node(nil)
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncDecl:
			funcs = append(funcs, n.Type)
			m.outer = n
		case *ast.FuncLit:
			funcs = append(funcs, n.Type)
		case *ast.GenDecl:
			if n.Tok == token.IMPORT {
				m.imports(n)
				return false
			}
		case *ast.SelectorExpr:
			if m.selector(n, parent, funcs) {
				return false
			}
		case *ast.CallExpr:
			if m.opts.Builtins {
				m.builtin(n)
			}
		}
		return m.at == nil
	})
}

// imports removes the imports of the lowered packages, which the
// interpreter lacks or has empty (every use of them is lowered or refused).
func (m *modern) imports(d *ast.GenDecl) {
	var drop []ast.Spec
	for _, sp := range d.Specs {
		is := sp.(*ast.ImportSpec)
		path, _ := strconv.Unquote(is.Path.Value)
		if !lowered[path] {
			continue
		}
		if is.Name != nil && is.Name.Name == "." {
			m.refuse(is, "a dot import of %s: the interpreter cannot run it; import it by name", path)
			return
		}
		drop = append(drop, sp)
	}
	if len(drop) == 0 {
		return
	}
	if len(drop) == len(d.Specs) {
		m.spans = append(m.spans, Span{d.Pos(), d.End(), ""})
		return
	}
	for _, sp := range drop {
		end := sp.End()
		// In a group on one line, the semicolon after it goes too:
		// import ("slices"; "sync") left (; "sync"), which does not
		// parse. (A spec last in the group leaves "sync"; ), which does.)
		for k, other := range d.Specs {
			if other == sp && k+1 < len(d.Specs) && m.opts.Text != nil && !strings.Contains(m.opts.Text(sp.End(), d.Specs[k+1].Pos()), "\n") {
				end = d.Specs[k+1].Pos()
			}
		}
		m.spans = append(m.spans, Span{sp.Pos(), end, ""})
	}
}

// selector lowers pkg.Name of a lowered package; it reports whether it
// replaced the node (whose children are then not visited).
func (m *modern) selector(sel *ast.SelectorExpr, parent ast.Node, funcs []*ast.FuncType) bool {
	obj := m.info.Uses[sel.Sel]
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	path := obj.Pkg().Path()
	if path == "errors" && obj.Name() == "AsType" {
		return m.asType(sel, parent)
	}
	key := path // the template's
	if p, ok := partly[path]; ok && p.names[obj.Name()] {
		key = p.key
	} else if !lowered[path] {
		return false
	}
	if x, ok := sel.X.(*ast.Ident); !ok || m.info.Uses[x] == nil {
		return false
	} else if _, isPkg := m.info.Uses[x].(*types.PkgName); !isPkg {
		return false
	}
	name := path + "." + obj.Name()
	// The whole expression: pkg.Name, or pkg.Name[T…].
	whole := ast.Expr(sel)
	switch p := parent.(type) {
	case *ast.IndexExpr:
		if p.X == sel {
			whole = p
		}
	case *ast.IndexListExpr:
		if p.X == sel {
			whole = p
		}
	}
	switch obj := obj.(type) {
	case *types.Func:
		inst, ok := m.info.Instances[sel.Sel]
		if !ok {
			m.refuse(sel, "%s without its type arguments: the interpreter cannot run it", name)
			return true
		}
		var args []types.Type
		for i := 0; i < inst.TypeArgs.Len(); i++ {
			args = append(args, inst.TypeArgs.At(i))
		}
		m.use = sel.Pos()
		mangled, ok := m.instance(sel, key, obj.Name(), args)
		if ok {
			m.spans = append(m.spans, Span{whole.Pos(), whole.End(), mangled})
		}
		return true
	case *types.TypeName:
		if key == "atomic" && whole != ast.Expr(sel) {
			inst, ok := m.info.Instances[sel.Sel]
			if !ok || inst.TypeArgs.Len() != 1 {
				m.refuse(sel, "%s here: the interpreter cannot run it", name)
				return true
			}
			m.use = sel.Pos()
			if mangled, ok := m.typeInstance(sel, key, obj.Name(), inst.TypeArgs.At(0)); ok {
				m.spans = append(m.spans, Span{whole.Pos(), whole.End(), mangled})
			}
			return true
		}
		if name == "cmp.Ordered" {
			m.spans = append(m.spans, Span{sel.Pos(), sel.End(), orderedUnion})
			return true
		}
		if path == "iter" && (obj.Name() == "Seq" || obj.Name() == "Seq2") && whole != ast.Expr(sel) {
			t := m.info.TypeOf(whole)
			if t == nil {
				m.refuse(sel, "%s here: the interpreter cannot run it", name)
				return true
			}
			if hasTypeParam(t) {
				// iter.Seq[T] is func(yield func(T) bool), which the
				// interpreter runs: written so, of type arguments
				// written without packages' names or instances.
				if s, ok := seqFuncText(whole); ok {
					m.spans = append(m.spans, Span{whole.Pos(), whole.End(), s})
					return true
				}
				m.refuse(sel, "%s of a type parameter: the interpreter cannot run it; write the function type, func(yield func(T) bool)", name)
				return true
			}
			s, ok := m.typeName(t.Underlying())
			if !ok {
				m.refuse(sel, "%s of a type that %s cannot name here", name, m.opts.Where)
				return true
			}
			m.spans = append(m.spans, Span{whole.Pos(), whole.End(), s})
			return true
		}
	}
	m.refuse(sel, "%s is not available: the interpreter has no generic standard library, and divergo's own lowering does not cover %s yet", name, name)
	return true
}

// instance returns the mangled name of the template function pkg.name
// with type arguments args, making its declaration (and those of the
// template functions it calls) when this file has not yet.
// seqFuncText writes iter.Seq[A] or iter.Seq2[A, B] (whole) as the
// function type it names, func(yield func(A) bool), when its type
// arguments are written of names and type literals alone (T, []T,
// map[K]V), which no other lowering rewrites; false otherwise.
func seqFuncText(whole ast.Expr) (string, bool) {
	var args []ast.Expr
	switch x := whole.(type) {
	case *ast.IndexExpr:
		args = []ast.Expr{x.Index}
	case *ast.IndexListExpr:
		args = x.Indices
	default:
		return "", false
	}
	var texts []string
	for _, a := range args {
		plain := true
		ast.Inspect(a, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr, *ast.StructType, *ast.InterfaceType:
				plain = false
			}
			return plain
		})
		if !plain {
			return "", false
		}
		texts = append(texts, types.ExprString(a))
	}
	return "func(yield func(" + strings.Join(texts, ", ") + ") bool)", true
}

func (m *modern) instance(at ast.Node, pkg, name string, args []types.Type) (string, bool) {
	for _, a := range args {
		if hasTypeParam(a) && pkg == "iter" && (name == "Pull" || name == "Pull2") {
			// A generic function's own: the template stays generic
			// (the interpreter runs a generic function calling another
			// with inferred type arguments), where a program's
			// generic functions are copied for each instantiation
			// first (gorun's monomorph.go) and a cell's cannot be.
			return m.generic(pkg, name)
		}
		if hasTypeParam(a) {
			return m.inlineInstance(at, pkg, name, args)
		}
	}
	var strs []string
	for _, a := range args {
		if local := localType(a); local != nil {
			m.refuse(at, "%s.%s of %s: %s is declared inside a function, where divergo's own %s.%s (the interpreter has no generic standard library) cannot name it. Not supported yet: declare %s at package level (outside the function)", pkg, name, typeString(a), local.Name(), pkg, name, local.Name())
			return "", false
		}
		s, ok := m.typeName(a)
		if !ok {
			m.refuse(at, "%s.%s of %s, a type %s cannot name here: the interpreter cannot run it", pkg, name, a, m.opts.Where)
			return "", false
		}
		strs = append(strs, s)
	}
	float := false
	if len(args) > 0 {
		if b, ok := args[len(args)-1].Underlying().(*types.Basic); ok && b.Info()&types.IsFloat != 0 {
			float = true
		}
	}
	mangled, err := m.instantiate(nil, pkg, name, strs, float)
	if err != nil {
		m.refuse(at, "%s.%s: %v", pkg, name, err)
		return "", false
	}
	return mangled, true
}

// generic declares the template function pkg.name as it is, generic,
// under a mangled name, for a call whose type arguments are inferred
// (instance); it calls no other template function.
func (m *modern) generic(pkg, name string) (string, bool) {
	key := pkg + "." + name + "[generic]"
	mangled := "__go_" + pkg + "_" + name + "_generic"
	if _, ok := m.made[key]; ok {
		return mangled, true
	}
	m.made[key] = mangled
	file, err := templateFile(pkg)
	if err != nil {
		return "", false
	}
	for _, d := range file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Name.Name != name {
			continue
		}
		fd.Doc = nil
		fd.Name = ast.NewIdent(mangled)
		var b bytes.Buffer
		if err := printer.Fprint(&b, token.NewFileSet(), fd); err != nil {
			return "", false
		}
		m.decls = append(m.decls, FuncDecl{Name: mangled, Text: b.String(), Pos: m.use})
		return mangled, true
	}
	return "", false
}

// instantiate declares the template function pkg.name for the type
// arguments strs (float: the last is a floating-point type): at package
// level, or in il when not nil (inlineInstance's).
func (m *modern) instantiate(il *inlined, pkg, name string, strs []string, float bool) (string, error) {
	key := pkg + "." + name + "[" + strings.Join(strs, ", ") + "]"
	h := fnv.New32a()
	h.Write([]byte(key))
	mangled := fmt.Sprintf("__go_%s_%s_%08x", pkg, name, h.Sum32())
	made := m.made
	if il != nil {
		made = il.made
	}
	if _, ok := made[key]; ok {
		return mangled, nil
	}
	made[key] = mangled
	file, err := templateFile(pkg)
	if err != nil {
		return "", err
	}
	funcs := map[string]*ast.FuncDecl{}
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
			funcs[fd.Name.Name] = fd
		}
	}
	base := funcs[name]
	if base == nil || base.Type.TypeParams == nil || !ast.IsExported(name) {
		return "", fmt.Errorf("not available: divergo's lowering of the generic standard library does not cover it yet")
	}
	params := typeParamNames(base)
	if len(params) != len(strs) {
		return "", fmt.Errorf("internal error: %d type arguments for %d type parameters", len(strs), len(params))
	}
	subst := map[string]string{}
	for i, p := range params {
		subst[p] = strs[i]
	}
	fd := base
	if v := funcs[name+"__"+strs[len(strs)-1]]; v != nil && il == nil {
		fd = v
	} else if v := funcs[name+"__float"]; v != nil && float {
		fd = v
	}
	// Calls of other template functions, by explicit instantiation.
	var inner error
	rename := map[ast.Expr]string{}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		var x ast.Expr
		var idx []ast.Expr
		switch n := n.(type) {
		case *ast.IndexExpr:
			x, idx = n.X, []ast.Expr{n.Index}
		case *ast.IndexListExpr:
			x, idx = n.X, n.Indices
		default:
			return true
		}
		id, ok := x.(*ast.Ident)
		if !ok || funcs[id.Name] == nil {
			return true
		}
		var targs []string
		for _, e := range idx {
			targs = append(targs, substituted(e, subst))
		}
		callee, err := m.instantiate(il, pkg, id.Name, targs, false)
		if err != nil && inner == nil {
			inner = err
		}
		rename[n.(ast.Expr)] = callee
		return false
	})
	if inner != nil {
		return "", inner
	}
	if il != nil {
		il.funcs = append(il.funcs, fd)
		il.names = append(il.names, mangled)
		il.substs = append(il.substs, subst)
		il.renames = append(il.renames, rename)
		return mangled, nil
	}
	text, err := printInstance(fd, mangled, subst, rename, m.opts.Runtime)
	if err != nil {
		return "", err
	}
	m.decls = append(m.decls, FuncDecl{Name: mangled, Text: text, Pos: m.use})
	return mangled, nil
}

// typeInstance returns the mangled name of the template type pkg.name
// (of one type parameter) with the type argument arg, declaring it and its
// methods when this file has not yet.
func (m *modern) typeInstance(at ast.Node, pkg, name string, arg types.Type) (string, bool) {
	if hasTypeParam(arg) {
		m.refuse(at, "%s.%s inside a generic function, on its type parameter: the interpreter cannot run it; give the function concrete types", pkg, name)
		return "", false
	}
	if local := localType(arg); local != nil {
		m.refuse(at, "%s.%s of %s: %s is declared inside a function, where divergo's own %s.%s (the interpreter has no generic standard library) cannot name it. Not supported yet: declare %s at package level (outside the function)", pkg, name, typeString(arg), local.Name(), pkg, name, local.Name())
		return "", false
	}
	s, ok := m.typeName(arg)
	if !ok {
		m.refuse(at, "%s.%s of %s, a type %s cannot name here: the interpreter cannot run it", pkg, name, arg, m.opts.Where)
		return "", false
	}
	key := pkg + "." + name + "[" + s + "]"
	h := fnv.New32a()
	h.Write([]byte(key))
	mangled := fmt.Sprintf("__go_%s_%s_%08x", pkg, name, h.Sum32())
	if _, ok := m.made[key]; ok {
		return mangled, true
	}
	m.made[key] = mangled
	file, err := templateFile(pkg)
	if err != nil {
		m.refuse(at, "%s.%s: %v", pkg, name, err)
		return "", false
	}
	var texts []string
	for _, d := range file.Decls {
		var node ast.Node
		switch d := d.(type) {
		case *ast.GenDecl:
			if d.Tok != token.TYPE || len(d.Specs) != 1 {
				continue
			}
			ts := d.Specs[0].(*ast.TypeSpec)
			if ts.Name.Name != name || ts.TypeParams == nil || len(ts.TypeParams.List) != 1 || len(ts.TypeParams.List[0].Names) != 1 {
				continue
			}
			param := ts.TypeParams.List[0].Names[0].Name
			ts.TypeParams, ts.Name, d.Doc = nil, ast.NewIdent(mangled), nil
			replaceTypeParams(ts.Type, map[string]string{param: s})
			node = d
		case *ast.FuncDecl:
			if d.Recv == nil || len(d.Recv.List) != 1 {
				continue
			}
			star, ok := d.Recv.List[0].Type.(*ast.StarExpr)
			if !ok {
				continue
			}
			ix, ok := star.X.(*ast.IndexExpr)
			if !ok || types.ExprString(ix.X) != name {
				continue
			}
			param := types.ExprString(ix.Index)
			star.X, d.Doc = ast.NewIdent(mangled), nil
			replaceTypeParams(d.Type, map[string]string{param: s})
			replaceTypeParams(d.Body, map[string]string{param: s})
			node = d
		default:
			continue
		}
		ast.Inspect(node, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == "rt" {
					x.Name = m.opts.Runtime
				}
			}
			return true
		})
		var b bytes.Buffer
		if err := printer.Fprint(&b, token.NewFileSet(), node); err != nil {
			m.refuse(at, "%s.%s: %v", pkg, name, err)
			return "", false
		}
		texts = append(texts, b.String())
	}
	if len(texts) == 0 {
		m.refuse(at, "%s.%s is not available: divergo's lowering does not cover it yet", pkg, name)
		return "", false
	}
	m.decls = append(m.decls, FuncDecl{Name: mangled, Text: strings.Join(texts, "\n\n"), Pos: m.use})
	return mangled, true
}

// typeName writes t as the code names it, iter.Seq and iter.Seq2 spelt out
// as the function types they are.
func (m *modern) typeName(t types.Type) (string, bool) {
	return m.opts.TypeName(expandIter(t))
}

// expandIter replaces iter.Seq[V] and iter.Seq2[K, V] in t by their
// underlying function types.
func expandIter(t types.Type) types.Type {
	switch t := t.(type) {
	case *types.Named:
		if o := t.Obj(); o.Pkg() != nil && o.Pkg().Path() == "iter" {
			return expandIter(t.Underlying())
		}
	case *types.Slice:
		return types.NewSlice(expandIter(t.Elem()))
	case *types.Array:
		return types.NewArray(expandIter(t.Elem()), t.Len())
	case *types.Pointer:
		return types.NewPointer(expandIter(t.Elem()))
	case *types.Map:
		return types.NewMap(expandIter(t.Key()), expandIter(t.Elem()))
	case *types.Chan:
		return types.NewChan(t.Dir(), expandIter(t.Elem()))
	case *types.Signature:
		tuple := func(tu *types.Tuple) *types.Tuple {
			var vs []*types.Var
			for i := 0; i < tu.Len(); i++ {
				v := tu.At(i)
				vs = append(vs, types.NewParam(v.Pos(), v.Pkg(), v.Name(), expandIter(v.Type())))
			}
			return types.NewTuple(vs...)
		}
		return types.NewSignatureType(nil, nil, nil, tuple(t.Params()), tuple(t.Results()), t.Variadic())
	}
	return t
}

// localType returns a named type declared inside a function that t is or
// is made of, or nil.
func localType(t types.Type) *types.TypeName {
	var found *types.TypeName
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] || found != nil {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Named:
			if o := t.Obj(); o.Pkg() != nil && o.Parent() != nil && o.Parent() != o.Pkg().Scope() {
				found = o
				return
			}
			if args := t.TypeArgs(); args != nil {
				for i := 0; i < args.Len(); i++ {
					walk(args.At(i))
				}
			}
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Signature:
			for _, tu := range []*types.Tuple{t.Params(), t.Results()} {
				for i := 0; i < tu.Len(); i++ {
					walk(tu.At(i).Type())
				}
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				walk(t.Field(i).Type())
			}
		}
	}
	walk(t)
	return found
}

// hasTypeParam reports whether t mentions a type parameter.
func hasTypeParam(t types.Type) bool {
	switch t := t.(type) {
	case *types.TypeParam:
		return true
	case *types.Named:
		if args := t.TypeArgs(); args != nil {
			for i := 0; i < args.Len(); i++ {
				if hasTypeParam(args.At(i)) {
					return true
				}
			}
		}
	case *types.Slice:
		return hasTypeParam(t.Elem())
	case *types.Array:
		return hasTypeParam(t.Elem())
	case *types.Pointer:
		return hasTypeParam(t.Elem())
	case *types.Chan:
		return hasTypeParam(t.Elem())
	case *types.Map:
		return hasTypeParam(t.Key()) || hasTypeParam(t.Elem())
	case *types.Signature:
		for _, tu := range []*types.Tuple{t.Params(), t.Results()} {
			for i := 0; i < tu.Len(); i++ {
				if hasTypeParam(tu.At(i).Type()) {
					return true
				}
			}
		}
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if hasTypeParam(t.Field(i).Type()) {
				return true
			}
		}
	}
	return false
}

var (
	templateMu     sync.Mutex
	templateSource = map[string][]byte{}
)

// templateFile parses the template of pkg afresh (instantiation changes
// its syntax tree).
func templateFile(pkg string) (*ast.File, error) {
	templateMu.Lock()
	src, ok := templateSource[pkg]
	if !ok {
		name, known := templateFiles[pkg]
		if !known {
			templateMu.Unlock()
			return nil, fmt.Errorf("no template for package %s", pkg)
		}
		var err error
		src, err = templates.ReadFile(name)
		if err != nil {
			templateMu.Unlock()
			return nil, err
		}
		templateSource[pkg] = src
	}
	templateMu.Unlock()
	return parser.ParseFile(token.NewFileSet(), pkg+".go", src, parser.SkipObjectResolution)
}

// typeParamNames are fd's type parameters, in order.
func typeParamNames(fd *ast.FuncDecl) []string {
	var names []string
	if fd.Type.TypeParams != nil {
		for _, f := range fd.Type.TypeParams.List {
			for _, n := range f.Names {
				names = append(names, n.Name)
			}
		}
	}
	return names
}

// substituted is the type expression e of a template with its type
// parameters replaced (e is changed).
func substituted(e ast.Expr, subst map[string]string) string {
	replaceTypeParams(e, subst)
	var b bytes.Buffer
	printer.Fprint(&b, token.NewFileSet(), e)
	return b.String()
}

// replaceTypeParams renames every identifier of n that is a type
// parameter to its type argument (selectors' names excepted).
func replaceTypeParams(n ast.Node, subst map[string]string) {
	sels := map[*ast.Ident]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			sels[n.Sel] = true
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok {
				sels[id] = true
			}
		case *ast.Ident:
			if s, ok := subst[n.Name]; ok && !sels[n] {
				n.Name = s
			}
		}
		return true
	})
}

// printInstance writes fd as a non-generic function called name: type
// parameters replaced by subst, calls of template functions by rename, and
// package rt by runtime.
func printInstance(fd *ast.FuncDecl, name string, subst map[string]string, rename map[ast.Expr]string, runtime string) (string, error) {
	// Renamed calls first: their type arguments are already written.
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if to, ok := rename[call.Fun]; ok {
				call.Fun = ast.NewIdent(to)
			}
		}
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == "rt" {
				x.Name = runtime
			}
		}
		return true
	})
	fd.Type.TypeParams = nil
	fd.Doc = nil
	fd.Name = ast.NewIdent(name)
	replaceTypeParams(fd.Type, subst)
	replaceTypeParams(fd.Body, subst)
	var b bytes.Buffer
	if err := printer.Fprint(&b, token.NewFileSet(), fd); err != nil {
		return "", err
	}
	return b.String(), nil
}

// asType lowers errors.AsType[E](err) to errors.As through a function
// literal that returns the target: (E, bool).
func (m *modern) asType(sel *ast.SelectorExpr, parent ast.Node) bool {
	ix, ok := parent.(*ast.IndexExpr)
	if !ok || ix.X != sel {
		m.refuse(sel, "errors.AsType without its type argument: the interpreter cannot run it; write errors.AsType[*YourError](err)")
		return true
	}
	inst, ok := m.info.Instances[sel.Sel]
	if !ok || inst.TypeArgs.Len() != 1 {
		m.refuse(sel, "errors.AsType here: the interpreter cannot run it")
		return true
	}
	name, ok := m.typeName(inst.TypeArgs.At(0))
	if !ok {
		m.refuse(sel, "errors.AsType of %s, a type %s cannot name here", inst.TypeArgs.At(0), m.opts.Where)
		return true
	}
	as := sel.X.(*ast.Ident).Name + ".As"
	if t := inst.TypeArgs.At(0); programNamed(t) != nil && !types.IsInterface(t) {
		// The interpreter's errors.As does not see a program type's
		// methods: the walk of errorsAs.
		if _, isPtr := t.(*types.Pointer); !isPtr {
			if _, isStruct := t.Underlying().(*types.Struct); isStruct {
				m.refuse(ix, "errors.AsType[%s], a struct type declared in %s: the interpreter cannot assert an error to a struct type. Give %s's methods a pointer receiver and use errors.AsType[*%s]", name, m.opts.Where, name, name)
				return true
			}
		}
		as = errorsAsWalk(name, "e.("+name+")", m.opts.Runtime, "")
	}
	m.spans = append(m.spans, Span{ix.Pos(), ix.End(),
		"func(__divergoE2 error) (" + name + ", bool) { var __divergoT2 " + name + "; __divergoOK2 := " + as + "(__divergoE2, &__divergoT2); return __divergoT2, __divergoOK2 }"})
	return true
}

// builtin lowers min, max and clear (ModernOptions.Builtins).
func (m *modern) builtin(call *ast.CallExpr) {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return
	}
	b, ok := m.info.Uses[id].(*types.Builtin)
	if !ok {
		return
	}
	switch b.Name() {
	case "clear":
		m.spans = append(m.spans, Span{id.Pos(), id.End(), m.opts.Runtime + ".Clear"})
	case "min", "max":
		tv := m.info.Types[call]
		if tv.Value != nil {
			return // ConstMinMax's
		}
		m.use = call.Pos()
		fn := "Min"
		if b.Name() == "max" {
			fn = "Max"
		}
		if mangled, ok := m.instance(call, "builtin", fn, []types.Type{tv.Type}); ok {
			m.spans = append(m.spans, Span{id.Pos(), id.End(), mangled})
		}
	}
}

// ConstMinMax lowers each call of the builtin min or max whose operands
// are all constants to its value, which Go's checker computed: min and
// max of constants are constants in Go (const c = max(1, 2) is 2, const e
// = max(1, 2.5) is 2.5), but the interpreter calls a function of its own:
// in a cell's const declaration it kept 0 for such a call (const c =
// max(1, 2); c + 1 was 1, const e = max(1, 2.5) was 0), silently, and
// var y float64 = max(1, 2) panicked ("Call using int as type float64").
// A call inside a wider constant expression or declaration another
// lowering writes out whole (Crashes': min(1.5, 2) * 2; TypedConsts': const
// top Level = max(1, 3)) is left to it by divergo run (DropInside), whose
// rewrites overlapped there ("internal error: two rewrites"); so is a
// call of a type the code cannot name.
// typeName writes a type as f's text can name it.
func ConstMinMax(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) []Span {
	var spans []Span
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "min" && b.Name() != "max" {
			return true
		}
		tv := info.Types[call]
		if tv.Value == nil {
			return true
		}
		if text, ok := constantText(tv, typeName); ok {
			spans = append(spans, Span{call.Pos(), call.End(), text})
		}
		return false
	})
	return spans
}

// constantText writes a constant expression's value as Go text of the
// same type (false: typeName cannot name the type).
func constantText(tv types.TypeAndValue, typeName func(types.Type) (string, bool)) (string, bool) {
	v := tv.Value
	var lit string
	switch v.Kind() {
	case constant.Float:
		f, _ := constant.Float64Val(v)
		lit = strconv.FormatFloat(f, 'g', -1, 64)
		if !strings.ContainsAny(lit, ".eEn") {
			lit += ".0"
		}
	default:
		lit = v.ExactString()
	}
	if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return lit, true
	}
	name, ok := typeName(tv.Type)
	if !ok {
		return "", false
	}
	return "(" + name + ")(" + lit + ")", true
}

// ModernSymbols are the native helpers lowered code calls (package rt),
// for the interpreter's runtime package of the session or program.
func ModernSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"SortSlice":            reflect.ValueOf(rt.SortSlice),
		"SortSliceStable":      reflect.ValueOf(rt.SortSliceStable),
		"SortFloat64s":         reflect.ValueOf(rt.SortFloat64s),
		"SortInts":             reflect.ValueOf(rt.SortInts),
		"SortStrings":          reflect.ValueOf(rt.SortStrings),
		"Clear":                reflect.ValueOf(rt.Clear),
		"Index":                reflect.ValueOf(Index),
		"IndexPanic":           reflect.ValueOf(IndexPanic),
		"SliceBounds":          reflect.ValueOf(SliceBounds),
		"SliceBounds3":         reflect.ValueOf(SliceBounds3),
		"AssertionFailed":      reflect.ValueOf(AssertionFailed),
		"Keep":                 reflect.ValueOf(Keep),
		"Peel":                 reflect.ValueOf(Peel),
		"HolderArg":            reflect.ValueOf(HolderArg),
		"FlagValue":            reflect.ValueOf(FlagValue),
		"FlagBoolValue":        reflect.ValueOf(FlagBoolValue),
		"Kept":                 reflect.ValueOf(Kept),
		"PeelFailed":           reflect.ValueOf(PeelFailed),
		"NativeAssert":         reflect.ValueOf(NativeAssert),
		"NativeHas":            reflect.ValueOf(NativeHas),
		"AsError":              reflect.ValueOf(AsError),
		"PanicNil":             reflect.ValueOf(PanicNil),
		"NameTypes":            reflect.ValueOf(NameTypes),
		"PanicText":            reflect.ValueOf(PanicText),
		"NamedText":            reflect.ValueOf(NamedText),
		"TypedText":            reflect.ValueOf(TypedText),
		"GoSyntax":             reflect.ValueOf(GoSyntax),
		"MethodText":           reflect.ValueOf(MethodText),
		"MethodTextString":     reflect.ValueOf(MethodTextString),
		"StringKind":           reflect.ValueOf(StringKind),
		"BadVerb":              reflect.ValueOf(BadVerb),
		"KeyedMap":             reflect.ValueOf(KeyedMap),
		"ErrorChildren":        reflect.ValueOf(ErrorChildren),
		"ErrorChildrenVia":     reflect.ValueOf(ErrorChildrenVia),
		"ErrorAsVia":           reflect.ValueOf(ErrorAsVia),
		"ErrorsIs":             reflect.ValueOf(ErrorsIs),
		"ErrorsAs":             reflect.ValueOf(ErrorsAs),
		"ErrorsUnwrap":         reflect.ValueOf(ErrorsUnwrap),
		"Recovered":            reflect.ValueOf(Recovered),
		"PointerTo":            reflect.ValueOf(PointerTo),
		"FormatText":           reflect.ValueOf(FormatText),
		"Rows":                 reflect.ValueOf(Rows),
		"ZeroBelow":            reflect.ValueOf(ZeroBelow),
		"Quote":                reflect.ValueOf(strconv.Quote),
		"Shift":                reflect.ValueOf(Shift),
		"Unwrap":               reflect.ValueOf(Unwrap),
		"Equal":                reflect.ValueOf(Equal),
		"UnwrapAll":            reflect.ValueOf(UnwrapAll),
		"UnwrapExcept":         reflect.ValueOf(UnwrapExcept),
		"UnwrapAllExcept":      reflect.ValueOf(UnwrapAllExcept),
		"NativeValue":          reflect.ValueOf(NativeValue),
		"Bare":                 reflect.ValueOf(Bare),
		"SpreadExtra":          reflect.ValueOf(SpreadExtra),
		"NativeWrapped":        reflect.ValueOf(NativeWrapped),
		"UnwrapPlain":          reflect.ValueOf(UnwrapPlain),
		"BareNamed":            reflect.ValueOf(BareNamed),
		"NilText":              reflect.ValueOf(NilText),
		"Fields":               reflect.ValueOf(Fields),
		"UnmarshalJSONVia":     reflect.ValueOf(UnmarshalJSONVia),
		"UnmarshalTextVia":     reflect.ValueOf(UnmarshalTextVia),
		"UnmarshalNil":         reflect.ValueOf(UnmarshalNil),
		"ScanVia":              reflect.ValueOf(ScanVia),
		"WriteStringVia":       reflect.ValueOf(WriteStringVia),
		"JSONEncode":           reflect.ValueOf(JSONEncode),
		"RuneAt":               reflect.ValueOf(RuneAt),
		"RuneWidth":            reflect.ValueOf(RuneWidth),
		"Len":                  reflect.ValueOf(Len),
		"Uint64N":              reflect.ValueOf(rt.Uint64N),
		"Mutex":                reflect.ValueOf((*rt.Mutex)(nil)),
		"ConcreteAssertFailed": reflect.ValueOf(ConcreteAssertFailed),
		"WrapperName":          reflect.ValueOf(WrapperName),
		"AsStringer":           reflect.ValueOf(AsStringer),
		"AsFormatter":          reflect.ValueOf(AsFormatter),
		// fmt's own functions, which the interpreter knows to give the
		// String, Error and Format methods of a program's values (see
		// loggerPrint).
		"Sprint":   reflect.ValueOf(fmt.Sprint),
		"Sprintf":  reflect.ValueOf(fmt.Sprintf),
		"Sprintln": reflect.ValueOf(fmt.Sprintln),
	}
}

// NewExprs lowers Go 1.26's new(expr), a pointer to a new variable
// holding expr's value, which the interpreter (yaegi v0.16.1) does not
// know (it took the argument for a type and made a zero value: new(42)
// pointed to 0), into a function literal that makes the variable:
//
//	new(42)       →   func() *int { __newV := int(42); return &__newV }()
//	new(P{3})     →   func() *P { __newV := P(P{3}); return &__newV }()
//
// expr converted to the pointer's element type, the type go/types gave
// new(expr) (an untyped constant's default type). An element type the
// code cannot name is left out: the caller refuses it (NewExprUnnamed).
func NewExprs(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) []Span {
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		call, ok := newExpr(n, info)
		if !ok {
			return true
		}
		typ, ok := typeName(info.TypeOf(call).(*types.Pointer).Elem())
		if !ok {
			return true
		}
		open, closing := newExprText(typ)
		spans = append(spans, Span{call.Pos(), call.Lparen + 1, open}, Span{call.Rparen, call.Rparen + 1, closing})
		return true
	})
	return spans
}

// newExprText is what new( and its closing parenthesis become (NewExprs)
// for a variable of type typ.
func newExprText(typ string) (open, closing string) {
	return "func() *" + typ + " { __newV := " + typ + "(", "); return &__newV }()"
}

// newExpr reports whether n is a call new(expr) of Go 1.26 (not
// new(T)), returning the call.
func newExpr(n ast.Node, info *types.Info) (*ast.CallExpr, bool) {
	call, ok := n.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil, false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil, false
	}
	if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "new" {
		return nil, false
	}
	if tv, ok := info.Types[call.Args[0]]; !ok || tv.IsType() {
		return nil, false
	}
	_, ok = info.TypeOf(call).(*types.Pointer)
	return call, ok
}
