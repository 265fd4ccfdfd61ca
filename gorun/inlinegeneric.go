package gorun

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"sort"
	"strings"

	"github.com/divergo/divergo/session/check"
)

// inlineGenericCalls writes, inside generic code, each call of a generic
// function of the program on the code's own type parameters (r :=
// NewSet[T]() in a method of Set[T]; lowerGenericFuncs copies only
// instantiations with type arguments it can write at package level) as a
// function literal where it is: the generic function's parameters and
// body with the caller's type arguments written for its type parameters,
// the generic functions it calls so in turn as local variables of an
// enclosing literal (recursion included):
//
//	r := NewSet[T]()   →   r := (func() func(xs ...T) *Set[T] { var __divergo_inl_1 func(xs ...T) *Set[T]; __divergo_inl_1 = func(xs ...T) *Set[T] { … }; return __divergo_inl_1 }())()
//
// Go runs the literal as it runs the instantiation: the same statements on
// values of the same types. The interpreter's compiler stopped on such a
// call ("CFG post-order panic"). A call is left as it was when a name the
// literal's text uses would mean something else where it is written (a
// declaration of the calling function hides it, or one of the generic
// function hides a type argument's), when the generic function declares
// types (Go names them with the type arguments), and when Go's checker
// rejects the result.
func inlineGenericCalls(name string, src []byte, f *ast.File, info *types.Info, used map[string]bool) ([]byte, *ast.File, *types.Info, []string, bool) {
	tf := func(pos token.Pos) int { return int(pos) - int(f.FileStart) }
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
		return nil, nil, nil, nil, false
	}
	qual, ok := fileQualifier(f)
	if !ok {
		return nil, nil, nil, nil, false
	}
	siteOf := instantiationSites(f)
	// genericCall is the generic function an identifier instantiates on
	// type parameters, and its type arguments.
	genericCall := func(id *ast.Ident) (*ast.FuncDecl, *types.Func, []types.Type) {
		fn, ok := info.Uses[id].(*types.Func)
		if !ok {
			return nil, nil, nil
		}
		fd := generics[fn.Origin()]
		if fd == nil {
			return nil, nil, nil
		}
		inst := info.Instances[id]
		var args []types.Type
		param := false
		for i := 0; i < inst.TypeArgs.Len(); i++ {
			args = append(args, inst.TypeArgs.At(i))
			param = param || hasTypeParam(inst.TypeArgs.At(i))
		}
		if !param {
			return nil, nil, nil
		}
		return fd, fn.Origin(), args
	}
	var ids []*ast.Ident
	for id := range info.Instances {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool { return ids[a].Pos() < ids[b].Pos() })
	next := 0
	varName := func() string {
		for {
			next++
			n := fmt.Sprintf("__divergo_inl_%d", next)
			if !used[n] {
				return n
			}
		}
	}
	var edits []edit
	var inlined []string
	for _, id := range ids {
		fd, fn, args := genericCall(id)
		if fd == nil {
			continue
		}
		outer := enclosingDecl(f, id.Pos())
		if outer == nil || outer.Body == nil {
			continue
		}
		// The closure of generic functions the literal holds.
		type entry struct {
			fd    *ast.FuncDecl
			fn    *types.Func
			sub   map[*types.TypeParam]types.Type
			v     string
			texts map[*types.TypeParam]string
		}
		var entries []*entry
		byKey := map[string]*entry{}
		ok := true
		var add func(fd *ast.FuncDecl, fn *types.Func, args []types.Type) *entry
		add = func(fd *ast.FuncDecl, fn *types.Func, args []types.Type) *entry {
			tps := fn.Type().(*types.Signature).TypeParams()
			if tps.Len() != len(args) {
				ok = false
				return nil
			}
			var keys []string
			for _, a := range args {
				keys = append(keys, types.TypeString(a, qual))
			}
			key := fd.Name.Name + "[" + strings.Join(keys, ", ") + "]"
			if e := byKey[key]; e != nil {
				return e
			}
			if len(entries) >= 20 {
				ok = false
				return nil
			}
			e := &entry{fd: fd, fn: fn, sub: map[*types.TypeParam]types.Type{}, texts: map[*types.TypeParam]string{}, v: varName()}
			for i := 0; i < tps.Len(); i++ {
				e.sub[tps.At(i)] = args[i]
				s := types.TypeString(args[i], qual)
				switch args[i].(type) {
				case *types.Pointer, *types.Signature, *types.Chan:
					s = "(" + s + ")"
				}
				e.texts[tps.At(i)] = s
			}
			byKey[key] = e
			entries = append(entries, e)
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				inner, isID := n.(*ast.Ident)
				if !isID || !ok {
					return ok
				}
				ifd, ifn, iargs := genericCall(inner)
				if ifd == nil {
					return true
				}
				var sargs []types.Type
				for _, a := range iargs {
					t, good := substType(a, e.sub)
					if !good {
						ok = false
						return false
					}
					sargs = append(sargs, t)
				}
				add(ifd, ifn, sargs)
				return true
			})
			return e
		}
		root := add(fd, fn, args)
		if !ok || root == nil {
			continue
		}
		// Names: the type arguments' texts and the free names of the
		// bodies must mean, where the literal is written, what they mean
		// at package level (or as the caller's type parameters).
		textNames := map[string]bool{}
		for _, e := range entries {
			for _, s := range e.texts {
				for _, n := range identRE.FindAllString(s, -1) {
					textNames[n] = true
				}
			}
		}
		free := map[string]bool{}
		inEntries := func(pos token.Pos) bool {
			for _, e := range entries {
				if pos >= e.fd.Pos() && pos < e.fd.End() {
					return true
				}
			}
			return false
		}
		for uid, obj := range info.Uses {
			if !inEntries(uid.Pos()) || obj == nil {
				continue
			}
			if _, isPkg := obj.(*types.PkgName); isPkg || obj.Parent() == types.Universe || obj.Pkg() != nil && obj.Parent() == obj.Pkg().Scope() {
				free[uid.Name] = true
			}
		}
		for did, obj := range info.Defs {
			if obj == nil {
				continue
			}
			isParam := false
			if tn, isTN := obj.(*types.TypeName); isTN {
				_, isParam = tn.Type().(*types.TypeParam)
			}
			local := obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope()
			if did.Pos() >= outer.Pos() && did.Pos() < outer.End() && local && !isParam && (textNames[did.Name] || free[did.Name]) {
				ok = false
			}
			if inEntries(did.Pos()) && !isParam && textNames[did.Name] {
				ok = false
			}
		}
		if !ok {
			continue
		}
		var decls, assigns []string
		for _, e := range entries {
			lit, typ, good := literalText(e.fd, e.texts, src, info, tf, func(inner *ast.Ident) (ast.Expr, string) {
				ifd, ifn, iargs := genericCall(inner)
				if ifd == nil {
					return nil, ""
				}
				var sargs []types.Type
				for _, a := range iargs {
					t, _ := substType(a, e.sub)
					sargs = append(sargs, t)
				}
				var keys []string
				for _, a := range sargs {
					keys = append(keys, types.TypeString(a, qual))
				}
				target := byKey[ifd.Name.Name+"["+strings.Join(keys, ", ")+"]"]
				_ = ifn
				if target == nil {
					return nil, ""
				}
				return siteOf(inner), target.v
			})
			if !good {
				ok = false
				break
			}
			decls = append(decls, "var "+e.v+" "+typ)
			assigns = append(assigns, e.v+" = "+lit)
		}
		if !ok {
			continue
		}
		at := siteOf(id)
		text := "(func() " + strings.TrimPrefix(decls[0][len("var "+root.v+" "):], "") + " { " + strings.Join(decls, "; ") + "; " + strings.Join(assigns, "; ") + "; return " + root.v + " }())"
		edits = append(edits, edit{tf(at.Pos()), tf(at.End()), text})
		inlined = append(inlined, fd.Name.Name)
	}
	if len(edits) == 0 {
		return nil, nil, nil, nil, false
	}
	sort.SliceStable(edits, func(a, b int) bool { return edits[a].off < edits[b].off })
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.off < last {
			return nil, nil, nil, nil, false // nested sites: a bug of divergo's
		}
		b.Write(src[last:e.off])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(src[last:])
	out := b.Bytes()
	f2, info2, errs := checkProgram(name, out)
	if f2 == nil || len(errs) > 0 {
		return nil, nil, nil, nil, false
	}
	return out, f2, info2, inlined, true
}

var identRE = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)

// enclosingDecl is the function declaration of f holding pos, or nil.
func enclosingDecl(f *ast.File, pos token.Pos) *ast.FuncDecl {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && pos >= fd.Pos() && pos < fd.End() {
			return fd
		}
	}
	return nil
}

// literalText writes fd as a function literal and its function type, each
// on one line: its type parameters written as texts, each call site of a
// generic function that inner names replaced by its variable, and a
// constant converted to a type parameter kept a conversion at run time.
func literalText(fd *ast.FuncDecl, texts map[*types.TypeParam]string, src []byte, info *types.Info, tf func(token.Pos) int, inner func(*ast.Ident) (ast.Expr, string)) (string, string, bool) {
	paramOf := func(x ast.Expr) (*types.TypeParam, bool) {
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			return nil, false
		}
		tn, ok := info.Uses[id].(*types.TypeName)
		if !ok {
			return nil, false
		}
		tp, ok := tn.Type().(*types.TypeParam)
		if !ok {
			return nil, false
		}
		_, ok = texts[tp]
		return tp, ok
	}
	var edits []edit
	skip := map[ast.Node]bool{}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if at, v := inner(id); at != nil {
				edits = append(edits, edit{tf(at.Pos()), tf(at.End()), v})
				skip[at] = true
			}
		}
		return true
	})
	ok := true
	ast.Inspect(fd, func(n ast.Node) bool {
		if n == nil || skip[n] {
			return false
		}
		switch n := n.(type) {
		case *ast.FieldList:
			return n != fd.Type.TypeParams
		case *ast.Ident:
			if n == fd.Name {
				return false
			}
			if tp, isParam := paramOf(n); isParam {
				edits = append(edits, edit{tf(n.Pos()), tf(n.End()), texts[tp]})
			}
		case *ast.CallExpr:
			if tp, isParam := paramOf(n.Fun); isParam && len(n.Args) == 1 && info.Types[n.Args[0]].Value != nil {
				edits = append(edits, edit{tf(n.Pos()), tf(n.Pos()), "(func() " + texts[tp] + " { return "}, edit{tf(n.End()), tf(n.End()), " })()"})
			}
		}
		return true
	})
	sort.SliceStable(edits, func(a, b int) bool { return edits[a].off < edits[b].off })
	write := func(from, to int) (string, bool) {
		var b strings.Builder
		last := from
		for _, e := range edits {
			if e.off < from || e.end > to {
				continue
			}
			if e.off < last {
				return "", false
			}
			b.Write(src[last:e.off])
			b.WriteString(e.text)
			last = e.end
		}
		b.Write(src[last:to])
		s, err := check.OneLine([]byte(b.String()))
		return s, err == nil
	}
	lit, ok1 := write(tf(fd.Type.Params.Opening), tf(fd.End()))
	typ, ok2 := write(tf(fd.Type.Params.Opening), tf(fd.Body.Lbrace))
	if !ok || !ok1 || !ok2 {
		return "", "", false
	}
	return "func" + lit, "func" + typ, true
}

// hasTypeParam reports whether t mentions a type parameter.
func hasTypeParam(t types.Type) bool {
	found := false
	_, _ = check.SubstTypeParams(t, func(tp *types.TypeParam) (types.Type, bool) { found = true; return tp, true })
	return found
}

// substType is t with the type parameters of sub replaced; false when t
// is of a kind it does not rebuild.
func substType(t types.Type, sub map[*types.TypeParam]types.Type) (types.Type, bool) {
	return check.SubstTypeParams(t, func(tp *types.TypeParam) (types.Type, bool) {
		if r, ok := sub[tp]; ok {
			return r, true
		}
		return tp, true
	})
}
