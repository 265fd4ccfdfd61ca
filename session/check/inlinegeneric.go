package check

// This file lowers a use of the generic standard library inside generic
// code, on the code's own type parameters (slices.Sort(out) with out a
// []T, cmp.Compare(v, n.val) in a method of Tree[T]): divergo's template
// of the function cannot be declared at package level, where T means
// nothing, and the interpreter's own generics fail on a generic function
// calling another (its compiler stopped with "CFG post-order panic"). The
// use becomes a function literal written where it is, the template's body
// with T for its type parameters, and the template functions it calls as
// local variables of an enclosing literal:
//
//	slices.Sort(out)   →   (func() func(s []T) { var __go_slices_Sort_… func(s []T); __go_slices_Sort_… = func(s []T) { … }; return __go_slices_Sort_… }())(out)
//
// Go runs the template's statements on the same values of the same types:
// the generic function's instantiation with T. A template with a
// floating-point variant (slices.Min, the builtin min: NaN and −0) is
// chosen by T's constraint: refused where the constraint allows both
// floating-point and other types.

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/printer"
	"go/scanner"
	"go/token"
	"go/types"
	"regexp"
	"strings"
)

// inlined collects the template functions of one inline instance: their
// declarations (as instantiate leaves them), names, substitutions and
// renamed calls, callees first.
type inlined struct {
	made    map[string]string
	funcs   []*ast.FuncDecl
	names   []string
	substs  []map[string]string
	renames []map[ast.Expr]string
}

var identRE = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)

// inlineInstance returns the text of a function literal running the
// template function pkg.name for the type arguments args, some of which
// mention the enclosing generic code's type parameters (see above).
func (m *modern) inlineInstance(at ast.Node, pkg, name string, args []types.Type) (string, bool) {
	what := pkg + "." + name
	if pkg == "builtin" {
		what = strings.ToLower(name)
	}
	refuse := func(why string) (string, bool) {
		m.refuse(at, "%s inside a generic function, on its type parameter: the interpreter cannot run it%s; give the function concrete types, or write the loop", what, why)
		return "", false
	}
	if m.outer == nil || m.outer.Body == nil {
		return refuse("")
	}
	var strs []string
	for _, a := range args {
		if local := localType(a); local != nil {
			return refuse(" (" + local.Name() + " is declared inside a function)")
		}
		s, ok := m.paramTypeName(a)
		if !ok {
			return refuse("")
		}
		strs = append(strs, s)
	}
	// The names the type arguments' text uses must mean there what they
	// mean at package level or as the type parameters: no declaration
	// of the enclosing function may hide one.
	used := map[string]bool{}
	for _, s := range strs {
		for _, id := range identRE.FindAllString(s, -1) {
			used[id] = true
		}
	}
	// The template's text names builtins (len, append, panic) and the
	// runtime's package, which the enclosing function must not hide
	// either.
	free := map[string]bool{m.opts.Runtime: true}
	for _, n := range types.Universe.Names() {
		free[n] = true
	}
	for id, obj := range m.info.Defs {
		if obj == nil || id.Pos() < m.outer.Pos() || id.Pos() >= m.outer.End() {
			continue
		}
		if tn, ok := obj.(*types.TypeName); ok {
			if _, isParam := tn.Type().(*types.TypeParam); isParam {
				continue
			}
		}
		if used[id.Name] || free[id.Name] {
			return refuse(" (" + id.Name + " is declared in the function)")
		}
	}
	// A floating-point variant is chosen by the last type argument's
	// constraint.
	float := false
	if len(args) > 0 && hasFloatVariant(pkg, name) {
		last := args[len(args)-1]
		switch floats, others := typeSetKinds(last); {
		case floats && others:
			return refuse(" (its type parameter " + typeString(last) + " may be a floating-point type or another, which the lowering tells apart)")
		case floats:
			float = true
		}
	}
	il := &inlined{made: map[string]string{}}
	mangled, err := m.instantiate(il, pkg, name, strs, float)
	if err != nil {
		m.refuse(at, "%s: %v", what, err)
		return "", false
	}
	// The template's own names (its parameters, locals, functions) must
	// not hide the type arguments'; its type parameters are replaced, and
	// the type arguments of its calls are already written.
	for k, fd := range il.funcs {
		hidden := false
		ast.Inspect(fd, func(n ast.Node) bool {
			if e, ok := n.(ast.Expr); ok {
				if _, renamed := il.renames[k][e]; renamed {
					return false
				}
			}
			if id, ok := n.(*ast.Ident); ok && used[id.Name] {
				if _, isParam := il.substs[k][id.Name]; !isParam {
					hidden = true
				}
			}
			return !hidden
		})
		if hidden {
			return refuse(" (a type argument's name is a name of divergo's template)")
		}
	}
	var decls, assigns []string
	var mainType string
	for k, fd := range il.funcs {
		lit, typ, err := printLiteral(fd, il.substs[k], il.renames[k], m.opts.Runtime)
		if err != nil {
			m.refuse(at, "%s: %v", what, err)
			return "", false
		}
		decls = append(decls, "var "+il.names[k]+" "+typ)
		assigns = append(assigns, il.names[k]+" = "+lit)
		if il.names[k] == mangled {
			mainType = typ
		}
	}
	text := "(func() " + mainType + " { " + strings.Join(decls, "; ") + "; " + strings.Join(assigns, "; ") + "; return " + mangled + " }())"
	return text, true
}

// paramTypeName writes t, which mentions type parameters, as the code
// names it: each type parameter by its name (the code's TypeName writes
// the rest; it may not know type parameters).
func (m *modern) paramTypeName(t types.Type) (string, bool) {
	names := map[*types.TypeParam]string{}
	placeholder := map[string]string{}
	t2, ok := SubstTypeParams(t, func(tp *types.TypeParam) (types.Type, bool) {
		n, seen := names[tp]
		if !seen {
			n = fmt.Sprintf("__divergoTypeParam%d", len(names))
			names[tp] = n
			placeholder[n] = tp.Obj().Name()
		}
		return types.NewNamed(types.NewTypeName(token.NoPos, nil, n, nil), types.Typ[types.Int], nil), true
	})
	if !ok {
		return "", false
	}
	s, ok := m.typeName(t2)
	if !ok {
		return "", false
	}
	s = identRE.ReplaceAllStringFunc(s, func(id string) string {
		if p, ok := placeholder[id]; ok {
			return p
		}
		return id
	})
	return s, true
}

// hasFloatVariant reports whether the template pkg.name has a variant for
// floating-point types (name__float).
func hasFloatVariant(pkg, name string) bool {
	file, err := templateFile(pkg)
	if err != nil {
		return false
	}
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == name+"__float" {
			return true
		}
	}
	return false
}

// typeSetKinds reports whether t's type set may hold floating-point types
// and whether it may hold others: a type parameter's is its constraint's
// terms' (a constraint without terms holds both; each embedded constraint
// is counted, not their intersection: more than the type set, never less).
func typeSetKinds(t types.Type) (floats, others bool) {
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		if depth > 10 {
			floats, others = true, true
			return
		}
		switch u := t.(type) {
		case *types.TypeParam:
			walk(u.Constraint(), depth+1)
			return
		case *types.Union:
			for i := 0; i < u.Len(); i++ {
				walk(u.Term(i).Type(), depth+1)
			}
			return
		}
		iface, ok := t.Underlying().(*types.Interface)
		if !ok {
			if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsFloat != 0 {
				floats = true
			} else {
				others = true
			}
			return
		}
		if iface.IsMethodSet() {
			floats, others = true, true // no terms: every type
			return
		}
		for i := 0; i < iface.NumEmbeddeds(); i++ {
			walk(iface.EmbeddedType(i), depth+1)
		}
	}
	walk(t, 0)
	return floats, others
}

// printLiteral writes the template function fd (instantiate's, its calls
// renamed and type parameters to substitute) as a function literal and its
// function type, each on one line.
func printLiteral(fd *ast.FuncDecl, subst map[string]string, rename map[ast.Expr]string, runtime string) (string, string, error) {
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
	replaceTypeParams(fd.Type, subst)
	replaceTypeParams(fd.Body, subst)
	var lit, typ bytes.Buffer
	fset := token.NewFileSet()
	if err := printer.Fprint(&lit, fset, &ast.FuncLit{Type: fd.Type, Body: fd.Body}); err != nil {
		return "", "", err
	}
	if err := printer.Fprint(&typ, fset, fd.Type); err != nil {
		return "", "", err
	}
	l, err := oneLine(lit.Bytes())
	if err != nil {
		return "", "", err
	}
	t, err := oneLine(typ.Bytes())
	if err != nil {
		return "", "", err
	}
	return l, t, nil
}

// OneLine writes Go source on one line: its tokens separated by spaces,
// the semicolons Go inserts at line ends written out, comments dropped.
func OneLine(src []byte) (string, error) { return oneLine(src) }

func oneLine(src []byte) (string, error) {
	var s scanner.Scanner
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var failed error
	s.Init(file, src, func(pos token.Position, msg string) {
		if failed == nil {
			failed = scannerError(pos.String() + ": " + msg)
		}
	}, 0)
	var parts []string
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		switch {
		case tok == token.SEMICOLON:
			parts = append(parts, ";")
		case lit != "":
			parts = append(parts, lit)
		default:
			parts = append(parts, tok.String())
		}
	}
	if failed != nil {
		return "", failed
	}
	// The semicolon inserted after the last token is not the text's.
	if n := len(parts); n > 0 && parts[n-1] == ";" && !bytes.HasSuffix(bytes.TrimSpace(src), []byte(";")) {
		parts = parts[:n-1]
	}
	var b strings.Builder
	for k, p := range parts {
		if k > 0 && !tight(parts[k-1], p) {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String(), nil
}

// tight reports whether oneLine writes the tokens a and b without a space
// between them (a space separates them where Go's lexer needs one, and
// elsewhere for reading).
func tight(a, b string) bool {
	switch {
	case a == "(" || a == "[" || a == ".":
		return true
	case b == ")" || b == "]" || b == "," || b == ";" || b == ".":
		return true
	case (b == "(" || b == "[") && (a == ")" || a == "]" || isIdent(a)):
		return true
	case a == "]" && (isIdent(b) || b == "*"):
		return true
	}
	return false
}

// isIdent reports whether the token s is an identifier (not a keyword).
func isIdent(s string) bool {
	return token.IsIdentifier(s)
}

type scannerError string

func (e scannerError) Error() string { return string(e) }

// SubstTypeParams is t with each type parameter replaced by what param
// gives; false when param fails or t holds a struct, an interface or an
// alias (not rebuilt).
func SubstTypeParams(t types.Type, param func(*types.TypeParam) (types.Type, bool)) (types.Type, bool) {
	switch t := t.(type) {
	case *types.TypeParam:
		return param(t)
	case *types.Basic:
		return t, true
	case *types.Named:
		targs := t.TypeArgs()
		if targs == nil || targs.Len() == 0 {
			return t, true
		}
		var args []types.Type
		for i := 0; i < targs.Len(); i++ {
			a, ok := SubstTypeParams(targs.At(i), param)
			if !ok {
				return nil, false
			}
			args = append(args, a)
		}
		r, err := types.Instantiate(nil, t.Origin(), args, false)
		return r, err == nil
	case *types.Pointer:
		e, ok := SubstTypeParams(t.Elem(), param)
		return types.NewPointer(e), ok
	case *types.Slice:
		e, ok := SubstTypeParams(t.Elem(), param)
		return types.NewSlice(e), ok
	case *types.Array:
		e, ok := SubstTypeParams(t.Elem(), param)
		return types.NewArray(e, t.Len()), ok
	case *types.Chan:
		e, ok := SubstTypeParams(t.Elem(), param)
		return types.NewChan(t.Dir(), e), ok
	case *types.Map:
		k, ok1 := SubstTypeParams(t.Key(), param)
		e, ok2 := SubstTypeParams(t.Elem(), param)
		return types.NewMap(k, e), ok1 && ok2
	case *types.Signature:
		if t.TypeParams().Len() > 0 || t.Recv() != nil {
			return nil, false
		}
		tuple := func(tu *types.Tuple) (*types.Tuple, bool) {
			var vs []*types.Var
			for i := 0; i < tu.Len(); i++ {
				v := tu.At(i)
				vt, ok := SubstTypeParams(v.Type(), param)
				if !ok {
					return nil, false
				}
				vs = append(vs, types.NewParam(v.Pos(), v.Pkg(), v.Name(), vt))
			}
			return types.NewTuple(vs...), true
		}
		p, ok1 := tuple(t.Params())
		r, ok2 := tuple(t.Results())
		if !ok1 || !ok2 {
			return nil, false
		}
		return types.NewSignatureType(nil, nil, nil, p, r, t.Variadic()), true
	}
	return nil, false // structs, interfaces, aliases: not rebuilt
}
