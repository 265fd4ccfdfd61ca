package gorun

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/divergo/divergo/session/check"
)

// lowerGenericFuncs writes each instantiation of a generic function of the
// program as a function of its own: Describe[Temp] — called Describe(t),
// Describe[Temp](t), or taken as a value — becomes a call of Describe__1,
// a copy of Describe declared after the program with Temp written where
// Describe's body names its type parameter T. Go runs the copy as it runs
// the instantiation: the same statements on values of the same types. The
// interpreter's generics did not: a value of a type parameter put in an
// interface (any(v), fmt.Println(v), return v from a function returning
// any) lost its type argument's methods and name, and fmt printed the bare
// value (3 where Go calls Temp's String and prints 3.0°C) or the
// interpreter's wrapper; the copy holds a Temp, which the interpreter and
// the other lowerings know. Calls of generic functions inside the copies
// (another generic, or the function itself) are copies in turn, until
// none is left, within a bound. A generic function then called only
// through its copies is dropped (its lines left empty), so that the
// refusals of generic code the interpreter could not instantiate no longer
// judge it.
//
// Only type arguments the copy can write at package level are copied:
// the program's package-level types, basic types, other packages' exported
// types, and types built of them; a type declared inside a function, or a
// type parameter of an enclosing generic, leaves its instantiation as it
// was, for the refusals to judge. So does a generic function that declares
// types of its own (Go names those types with the type arguments), and one
// whose copy Go's checker would reject (two cases of a type switch that
// become the same type, a constant expression that overflows). A
// conversion of a constant to the type parameter, which in Go is not a
// constant (T(0.1)*T(3) is computed in float64 at run time), stays one in
// the copy: (func() float64 { return float64(0.1) })().
//
// Each copy follows a line directive, //line :LINE:COL, naming the line of
// the generic function's declaration: what Go's checker, the refusals and
// the interpreter report about a copy names the lines of the function the
// program wrote (its columns may differ where a type argument's name is
// longer than the type parameter's). A directive after the copies gives
// the lines after them their own numbers again.
func lowerGenericFuncs(name string, src []byte, f *ast.File, info *types.Info) ([]byte, *ast.File, *types.Info) {
	if f == nil || info == nil {
		return src, f, info
	}
	m := &monomorph{made: map[string]string{}, bad: map[string]bool{}, used: map[string]bool{}}
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			m.used[id.Name] = true
		}
		return true
	})
	origSrc, origF, origInfo := src, f, info
	changed := false
	for round := 0; round < maxMonoRounds; round++ {
		saved, next := maps.Clone(m.made), m.next
		out, copies, ok := m.round(src, f, info)
		if !ok {
			break // nothing (more) to copy
		}
		// A copy Go's checker rejects is not made; the round is tried
		// again without it.
		for {
			f2, info2, errs := checkProgram(name, out)
			if f2 != nil && len(errs) == 0 {
				src, f, info, changed = out, f2, info2, true
				break
			}
			var dropped bool
			for _, c := range copies {
				for _, off := range errs {
					if off >= c.from && off < c.to && !m.bad[c.key] {
						m.bad[c.key], dropped = true, true
					}
				}
			}
			if os.Getenv("DIVERGO_SHOW_LOWERED") != "" {
				fmt.Fprintf(os.Stderr, "divergo run: a copy of a generic function failed (offsets %v):\n%s\n", errs, out)
			}
			if !dropped || f2 == nil {
				return origSrc, origF, origInfo // not a copy's fault: a bug of divergo's
			}
			m.made, m.next = maps.Clone(saved), next
			if out, copies, ok = m.round(src, f, info); !ok {
				break
			}
		}
		if !ok {
			break
		}
	}
	// Calls on generic code's own type parameters, which no copy can
	// name, are written in place (inlineGenericCalls).
	candidates := maps.Clone(m.made)
	if out, f2, info2, names, ok := inlineGenericCalls(name, src, f, info, m.used); ok {
		src, f, info, changed = out, f2, info2, true
		for _, n := range names {
			candidates[n+"[inlined]"] = ""
		}
	}
	if !changed {
		return origSrc, origF, origInfo
	}
	// A generic function now called only through its copies (or from
	// generic functions that are) is no longer part of the program: its
	// declaration gives way to its lines' breaks, for the refusals of
	// generic code the interpreter could not instantiate. An import only
	// it used becomes a blank import (_ "cmp"), as Go's checker asks.
	if out := dropDeadGenerics(src, f, info, candidates); out != nil {
		for try := 0; try < 2; try++ {
			f2, info2, errs := checkProgramErrors(name, out)
			if f2 != nil && len(errs) == 0 {
				return out, f2, info2
			}
			if f2 == nil || try > 0 {
				break
			}
			if out = blankUnusedImports(out, f2, errs); out == nil {
				break
			}
		}
	}
	return src, f, info
}

// blankUnusedImports returns src with each import Go's checker reported
// unused (errs) made a blank import, or nil when an error is another.
func blankUnusedImports(src []byte, f *ast.File, errs []types.Error) []byte {
	var edits []edit
	for _, e := range errs {
		if !strings.Contains(e.Msg, "imported and not used") {
			return nil
		}
		var spec *ast.ImportSpec
		for _, is := range f.Imports {
			if e.Pos >= is.Pos() && e.Pos < is.End() {
				spec = is
			}
		}
		if spec == nil {
			return nil
		}
		from := int(spec.Pos() - f.FileStart)
		if spec.Name != nil {
			edits = append(edits, edit{from, int(spec.Name.End() - f.FileStart), "_"})
		} else {
			edits = append(edits, edit{from, from, "_ "})
		}
	}
	sort.Slice(edits, func(a, b int) bool { return edits[a].off < edits[b].off })
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.off < last {
			return nil
		}
		b.Write(src[last:e.off])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(src[last:])
	return b.Bytes()
}

// dropDeadGenerics returns src without the declarations of the generic
// functions that were copied and that no code outside them refers to any
// longer (each replaced by its line breaks, so that the lines after keep
// their numbers), or nil when there is none.
func dropDeadGenerics(src []byte, f *ast.File, info *types.Info, made map[string]string) []byte {
	copied := map[string]bool{}
	for key := range made {
		name, _, _ := strings.Cut(key, "[")
		copied[name] = true
	}
	generics := map[types.Object]*ast.FuncDecl{}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Type.TypeParams != nil && copied[fd.Name.Name] {
			if fn := info.Defs[fd.Name]; fn != nil {
				generics[fn] = fd
			}
		}
	}
	// Which declaration refers to which generic.
	refs := map[types.Object][]ast.Decl{}
	for _, d := range f.Decls {
		ast.Inspect(d, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if o := info.Uses[id]; o != nil {
					if fn, ok := o.(*types.Func); ok {
						o = fn.Origin()
					}
					if g := generics[o]; g != nil && g != d {
						refs[o] = append(refs[o], d)
					}
				}
			}
			return true
		})
	}
	alive := map[ast.Decl]bool{}
	for changed := true; changed; {
		changed = false
		for g, fd := range generics {
			if alive[fd] {
				continue
			}
			for _, d := range refs[g] {
				if fd2, ok := d.(*ast.FuncDecl); !ok || alive[fd2] || generics[info.Defs[fd2.Name]] == nil {
					alive[fd], changed = true, true
					break
				}
			}
		}
	}
	var dead []*ast.FuncDecl
	for _, fd := range generics {
		if !alive[fd] {
			dead = append(dead, fd)
		}
	}
	if len(dead) == 0 {
		return nil
	}
	sort.Slice(dead, func(a, b int) bool { return dead[a].Pos() < dead[b].Pos() })
	var b bytes.Buffer
	last := 0
	for _, fd := range dead {
		from, to := int(fd.Pos()-f.FileStart), int(fd.End()-f.FileStart)
		if fd.Doc != nil {
			from = int(fd.Doc.Pos() - f.FileStart)
		}
		b.Write(src[last:from])
		b.Write(bytes.Repeat([]byte("\n"), bytes.Count(src[from:to], []byte("\n"))))
		last = to
	}
	b.Write(src[last:])
	return b.Bytes()
}

// maxMonoRounds bounds the rounds of copies (a generic calling a generic
// calling …), and maxMonoCopies their number.
const (
	maxMonoRounds = 12
	maxMonoCopies = 200
)

// monomorph is the copies made so far, across rounds.
type monomorph struct {
	made map[string]string // instantiation (Describe[main.Temp]) → its copy's name
	bad  map[string]bool   // instantiations whose copy Go's checker rejected
	used map[string]bool   // the identifiers of the program as written
	next int
}

// monoCopy is one copy written in a round: its instantiation and where its
// text is in the round's program.
type monoCopy struct {
	key      string
	from, to int
}

// monoDirective starts the line directives lowerGenericFuncs writes.
const monoDirective = "//line :"

// round rewrites the calls of instantiations whose type arguments can be
// written, and appends the copies not made yet; false when there is
// nothing to rewrite.
func (m *monomorph) round(src []byte, f *ast.File, info *types.Info) ([]byte, []monoCopy, bool) {
	tf := func(pos token.Pos) int { return int(pos) - int(f.FileStart) }
	saved, next := maps.Clone(m.made), m.next
	generics := map[*types.Func]*ast.FuncDecl{}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Body == nil || fd.Type.TypeParams == nil || len(fd.Type.TypeParams.List) == 0 {
			continue
		}
		if fn, ok := info.Defs[fd.Name].(*types.Func); ok && !declaresTypes(fd.Body) {
			generics[fn] = fd
		}
	}
	if len(generics) == 0 {
		return nil, nil, false
	}
	siteOf := instantiationSites(f) // Describe, or Describe[Temp]
	qual, ok := fileQualifier(f)
	if !ok {
		return nil, nil, false
	}
	type want struct {
		key  string
		fd   *ast.FuncDecl
		fn   *types.Func
		args []types.Type
	}
	var wants []want
	var edits []edit
	ids := make([]*ast.Ident, 0, len(info.Instances))
	for id := range info.Instances {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool { return ids[a].Pos() < ids[b].Pos() })
	for _, id := range ids {
		fn, ok := info.Uses[id].(*types.Func)
		if !ok {
			continue
		}
		fd := generics[fn.Origin()]
		if fd == nil {
			continue
		}
		inst := info.Instances[id]
		args := make([]types.Type, inst.TypeArgs.Len())
		var keys []string
		writable := true
		for i := range args {
			args[i] = inst.TypeArgs.At(i)
			if !writableType(args[i], f, map[types.Type]bool{}) {
				writable = false
				break
			}
			keys = append(keys, types.TypeString(args[i], func(p *types.Package) string { return p.Path() }))
		}
		if !writable {
			continue
		}
		key := fd.Name.Name + "[" + strings.Join(keys, ", ") + "]"
		if m.bad[key] {
			continue
		}
		copyName, ok := m.made[key]
		if !ok {
			if len(m.made) >= maxMonoCopies {
				continue
			}
			// A name of the program's is not a copy's (nor is one a
			// copy has: the numbers only grow).
			for {
				m.next++
				copyName = fmt.Sprintf("%s__%d", fd.Name.Name, m.next)
				if !m.used[copyName] {
					break
				}
			}
			m.made[key] = copyName
			wants = append(wants, want{key, fd, fn.Origin(), args})
		}
		at := siteOf(id)
		edits = append(edits, edit{tf(at.Pos()), tf(at.End()), copyName})
	}
	if len(edits) == 0 {
		return nil, nil, false
	}
	// Copies go before the directive that ends the previous rounds'.
	end := len(src)
	if k := bytes.LastIndex(src, []byte("\n"+monoDirective)); k >= 0 && bytes.IndexByte(src[k+1:], '\n') == len(src)-k-2 {
		end = k
	}
	sort.SliceStable(edits, func(a, b int) bool { return edits[a].off < edits[b].off })
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.off < last {
			return nil, nil, false // a bug of divergo's: leave the program
		}
		b.Write(src[last:e.off])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(src[last:end])
	var copies []monoCopy
	for _, w := range wants {
		text, ok := copyText(m.made[w.key], w.fd, w.fn, w.args, src, f, info, qual, tf)
		if !ok {
			m.bad[w.key] = true
			continue
		}
		line, col := srcLineCol(src, tf(w.fd.Pos()))
		fmt.Fprintf(&b, "\n\n%s%d:%d\n", monoDirective, line, col)
		from := b.Len()
		b.WriteString(text)
		copies = append(copies, monoCopy{w.key, from, b.Len()})
	}
	// The lines after the copies (the helpers later lowerings append)
	// have their own numbers.
	b.WriteString("\n\n")
	fmt.Fprintf(&b, "%s%d:1\n", monoDirective, bytes.Count(b.Bytes(), []byte("\n"))+2)
	out := b.Bytes()
	// A copy rejected here leaves calls of its name: the round is made
	// again without it.
	for _, w := range wants {
		if m.bad[w.key] {
			m.made, m.next = saved, next
			return m.round(src, f, info)
		}
	}
	return out, copies, true
}

// copyText is fd's declaration for the type arguments args, under name,
// or false when a type argument's name would mean
// something else where the type parameter is named (a local declaration
// of that name).
func copyText(name string, fd *ast.FuncDecl, fn *types.Func, args []types.Type, src []byte, f *ast.File, info *types.Info, qual types.Qualifier, tf func(token.Pos) int) (string, bool) {
	tparams := fn.Type().(*types.Signature).TypeParams()
	if tparams.Len() != len(args) {
		return "", false
	}
	sub := map[*types.TypeName]types.Type{}
	for i := 0; i < tparams.Len(); i++ {
		sub[tparams.At(i).Obj()] = args[i]
	}
	texts := map[*types.TypeName]string{}
	for tn, t := range sub {
		s := types.TypeString(t, qual)
		switch t.(type) {
		case *types.Pointer, *types.Signature, *types.Chan:
			s = "(" + s + ")"
		}
		texts[tn] = s
	}
	scope := fn.Pkg().Scope()
	paramOf := func(x ast.Expr) (*types.TypeName, bool) {
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			return nil, false
		}
		tn, ok := info.Uses[id].(*types.TypeName)
		if !ok {
			return nil, false
		}
		_, ok = sub[tn]
		return tn, ok
	}
	edits := []edit{{tf(fd.Name.Pos()), tf(fd.Name.End()), name}}
	edits = append(edits, edit{tf(fd.Type.TypeParams.Opening), tf(fd.Type.TypeParams.Closing) + 1, ""})
	ok := true
	ast.Inspect(fd, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FieldList:
			return n != fd.Type.TypeParams
		case *ast.CallExpr:
			// T(c) is not a constant in Go's generic code: nor in the copy.
			if tn, isParam := paramOf(n.Fun); isParam && len(n.Args) == 1 && info.Types[n.Args[0]].Value != nil {
				edits = append(edits, edit{tf(n.Pos()), tf(n.Pos()), "(func() " + texts[tn] + " { return "}, edit{tf(n.End()), tf(n.End()), " })()"})
			}
		case *ast.Ident:
			tn, isParam := paramOf(n)
			if !isParam {
				return true
			}
			if !namesResolve(sub[tn], scope.Innermost(n.Pos()), n.Pos(), f) {
				ok = false
				return false
			}
			edits = append(edits, edit{tf(n.Pos()), tf(n.End()), texts[tn]})
		}
		return true
	})
	if !ok {
		return "", false
	}
	sort.SliceStable(edits, func(a, b int) bool { return edits[a].off < edits[b].off })
	var b strings.Builder
	last := tf(fd.Pos())
	for _, e := range edits {
		if e.off < last {
			return "", false
		}
		b.Write(src[last:e.off])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(src[last:tf(fd.End())])
	return b.String(), true
}

// declaresTypes reports whether body declares a type: Go names such a type
// with the instantiation's type arguments (main.pair[int]), a copy would not.
func declaresTypes(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.TypeSpec); ok {
			found = true
		}
		return !found
	})
	return found
}

// writableType reports whether t can be written at package level in f:
// made of basic types, the program's package-level types and the exported
// types of packages f imports — not of a type declared in a function, a
// type parameter, or an unexported name of another package.
func writableType(t types.Type, f *ast.File, seen map[types.Type]bool) bool {
	if seen[t] {
		return true
	}
	seen[t] = true
	obj := func(o *types.TypeName, targs *types.TypeList) bool {
		switch {
		case o.Pkg() == nil: // error, comparable, any
		case o.Pkg().Path() == "main":
			if o.Parent() != o.Pkg().Scope() {
				return false
			}
		default:
			if !o.Exported() || !imports(f, o.Pkg().Path()) {
				return false
			}
		}
		for i := 0; i < targs.Len(); i++ {
			if !writableType(targs.At(i), f, seen) {
				return false
			}
		}
		return true
	}
	member := func(v types.Object) bool {
		return v.Exported() || v.Pkg() == nil || v.Pkg().Path() == "main"
	}
	switch t := t.(type) {
	case *types.Basic:
		return t.Info()&types.IsUntyped == 0 && t.Kind() != types.Invalid && t.Kind() != types.UnsafePointer
	case *types.Named:
		return obj(t.Obj(), t.TypeArgs())
	case *types.Alias:
		return obj(t.Obj(), t.TypeArgs())
	case *types.Pointer:
		return writableType(t.Elem(), f, seen)
	case *types.Slice:
		return writableType(t.Elem(), f, seen)
	case *types.Array:
		return writableType(t.Elem(), f, seen)
	case *types.Chan:
		return writableType(t.Elem(), f, seen)
	case *types.Map:
		return writableType(t.Key(), f, seen) && writableType(t.Elem(), f, seen)
	case *types.Signature:
		if t.TypeParams().Len() > 0 || t.Recv() != nil {
			return false
		}
		for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
			for i := 0; i < tup.Len(); i++ {
				if !writableType(tup.At(i).Type(), f, seen) {
					return false
				}
			}
		}
		return true
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if fd := t.Field(i); !member(fd) || !writableType(fd.Type(), f, seen) {
				return false
			}
		}
		return true
	case *types.Interface:
		if !t.IsMethodSet() {
			return false // a constraint's type set
		}
		for i := 0; i < t.NumExplicitMethods(); i++ {
			if m := t.ExplicitMethod(i); !member(m) || !writableType(m.Type(), f, seen) {
				return false
			}
		}
		for i := 0; i < t.NumEmbeddeds(); i++ {
			if !writableType(t.EmbeddedType(i), f, seen) {
				return false
			}
		}
		return true
	}
	return false // a type parameter, a tuple
}

// imports reports whether f imports the package path under a name (not
// as _ or .).
func imports(f *ast.File, path string) bool {
	for _, is := range f.Imports {
		if p, _ := strconv.Unquote(is.Path.Value); p == path {
			return is.Name == nil || is.Name.Name != "_" && is.Name.Name != "."
		}
	}
	return false
}

// fileQualifier writes other packages' types by the name f imports them
// under; false when f imports a package twice (which name to use).
func fileQualifier(f *ast.File) (types.Qualifier, bool) {
	names := map[string]string{}
	for _, is := range f.Imports {
		p, _ := strconv.Unquote(is.Path.Value)
		if is.Name != nil && (is.Name.Name == "_" || is.Name.Name == ".") {
			continue
		}
		if _, twice := names[p]; twice {
			return nil, false
		}
		names[p] = ""
		if is.Name != nil {
			names[p] = is.Name.Name
		}
	}
	return func(p *types.Package) string {
		if p.Path() == "main" {
			return ""
		}
		if n := names[p.Path()]; n != "" {
			return n
		}
		return p.Name()
	}, true
}

// namesResolve reports whether each name t's text uses (a type's, a
// package's) means at pos, in scope, what it means at package level: a
// local declaration of the same name would change the copy's meaning.
func namesResolve(t types.Type, scope *types.Scope, pos token.Pos, f *ast.File) bool {
	if scope == nil {
		return false
	}
	ok := true
	check := func(name string, want func(types.Object) bool) {
		if _, o := scope.LookupParent(name, pos); o == nil || !want(o) {
			ok = false
		}
	}
	var walk func(t types.Type, seen map[types.Type]bool)
	walk = func(t types.Type, seen map[types.Type]bool) {
		if seen[t] || !ok {
			return
		}
		seen[t] = true
		named := func(o *types.TypeName, targs *types.TypeList) {
			switch {
			case o.Pkg() == nil || o.Pkg().Path() == "main":
				check(o.Name(), func(x types.Object) bool { return x == o || o.Pkg() == nil && x.Parent() == types.Universe })
			default:
				for _, is := range f.Imports {
					if p, _ := strconv.Unquote(is.Path.Value); p == o.Pkg().Path() {
						n := o.Pkg().Name()
						if is.Name != nil {
							n = is.Name.Name
						}
						check(n, func(x types.Object) bool {
							pn, isPkg := x.(*types.PkgName)
							return isPkg && pn.Imported().Path() == p
						})
					}
				}
			}
			for i := 0; i < targs.Len(); i++ {
				walk(targs.At(i), seen)
			}
		}
		switch t := t.(type) {
		case *types.Basic:
			check(t.Name(), func(x types.Object) bool { return x.Parent() == types.Universe })
		case *types.Named:
			named(t.Obj(), t.TypeArgs())
		case *types.Alias:
			named(t.Obj(), t.TypeArgs())
		case *types.Pointer:
			walk(t.Elem(), seen)
		case *types.Slice:
			walk(t.Elem(), seen)
		case *types.Array:
			walk(t.Elem(), seen)
		case *types.Chan:
			walk(t.Elem(), seen)
		case *types.Map:
			walk(t.Key(), seen)
			walk(t.Elem(), seen)
		case *types.Signature:
			for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
				for i := 0; i < tup.Len(); i++ {
					walk(tup.At(i).Type(), seen)
				}
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				walk(t.Field(i).Type(), seen)
			}
		case *types.Interface:
			for i := 0; i < t.NumExplicitMethods(); i++ {
				walk(t.ExplicitMethod(i).Type(), seen)
			}
			for i := 0; i < t.NumEmbeddeds(); i++ {
				walk(t.EmbeddedType(i), seen)
			}
		}
	}
	walk(t, map[types.Type]bool{})
	return ok
}

// srcLineCol is the line and column of the byte at off in src as Go's
// positions give them, after the line directives lowerGenericFuncs writes
// (//line :LINE:COL, which number the line after them).
func srcLineCol(src []byte, off int) (int, int) {
	lineStart := bytes.LastIndexByte(src[:off], '\n') + 1
	col := off - lineStart + 1
	line := 1 + bytes.Count(src[:off], []byte("\n"))
	k := bytes.LastIndex(src[:lineStart], []byte("\n"+monoDirective))
	if k < 0 {
		return line, col
	}
	dirEnd := k + 1 + bytes.IndexByte(src[k+1:], '\n') // the directive's newline
	spec := string(src[k+1+len(monoDirective) : dirEnd])
	l, c, _ := strings.Cut(spec, ":")
	dl, err1 := strconv.Atoi(l)
	dc, err2 := strconv.Atoi(c)
	if err1 != nil || err2 != nil {
		return line, col
	}
	after := bytes.Count(src[dirEnd+1:lineStart], []byte("\n"))
	if after == 0 {
		return dl, dc + col - 1
	}
	return dl + after, col
}

// checkProgram parses and type-checks src as compileErrors does, and
// returns the byte offsets of the errors Go's checker reports (a syntax
// error gives no file).
func checkProgram(name string, src []byte) (*ast.File, *types.Info, []int) {
	f, info, errs := checkProgramErrors(name, src)
	if f == nil {
		return nil, nil, []int{0}
	}
	var offs []int
	for _, e := range errs {
		offs = append(offs, int(e.Pos-f.FileStart))
	}
	return f, info, offs
}

// checkProgramErrors is checkProgram with the checker's errors (nil file:
// the program does not parse).
func checkProgramErrors(name string, src []byte) (*ast.File, *types.Info, []types.Error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, nil, nil
	}
	imp, err := check.Importer()
	if err != nil {
		return nil, nil, nil
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}, Instances: map[*ast.Ident]types.Instance{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	var errs []types.Error
	conf := types.Config{
		Importer: rtImporter{imp},
		Error: func(err error) {
			te, ok := err.(types.Error)
			if !ok {
				te = types.Error{Pos: f.FileStart, Msg: err.Error()}
			}
			errs = append(errs, te)
		},
	}
	conf.Check("main", fset, []*ast.File{f}, info)
	return f, info, errs
}

// instantiationSites returns, for an identifier of f naming a generic
// function, the expression that instantiates it: the identifier itself,
// or the index expression around it (Describe[Temp], Pair[K, V]).
func instantiationSites(f *ast.File) func(*ast.Ident) ast.Expr {
	site := map[*ast.Ident]ast.Expr{}
	ast.Inspect(f, func(n ast.Node) bool {
		var x ast.Expr
		switch n := n.(type) {
		case *ast.IndexExpr:
			x = n.X
		case *ast.IndexListExpr:
			x = n.X
		default:
			return true
		}
		if id, ok := ast.Unparen(x).(*ast.Ident); ok {
			site[id] = n.(ast.Expr)
		}
		return true
	})
	return func(id *ast.Ident) ast.Expr {
		if s := site[id]; s != nil {
			return s
		}
		return id
	}
}
