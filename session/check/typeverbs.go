package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// TypeVerbs lowers fmt's %T of a value whose type the checker knows (not
// an interface, not a type parameter): the interpreter names a type of the
// program by its structure (struct { X int } for main.point), where Go
// prints main.point. The type's name is known before the program runs, so
// the argument becomes that text and the verb %s, with %T's width,
// precision and flags (fmt formats a type's name as a string):
//
//	fmt.Printf("%T %v\n", p, p)   →   fmt.Printf("%s %v\n", "main.point", p)
//
// The format must be a string literal; an argument that makes a call is
// still evaluated (func(any) string { return "main.point" }(f())). In a
// program (dyn not nil), %T of a value of an interface type of the
// program asks the value's type with a type switch over the program's
// types that implement the interface (the interpreter named its wrapper):
//
//	fmt.Printf("%T", i)   →   fmt.Printf("%s", func(__x I) string { switch __x.(type) { case nil: return "<nil>"; case *T: return "*main.T"; case F: return "main.F" }; return fmt.Sprintf("%T", __x) }(i))
func TypeVerbs(f *ast.File, info *types.Info, dyn *DynamicTypes, runtime string) []Span {
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if sp, ok := typeVerbs(call, info, dyn, runtime); ok {
			spans = append(spans, sp...)
		}
		return true
	})
	return spans
}

// typeVerbs returns the lowering of call's %T verbs, when it has any it
// can lower.
func typeVerbs(call *ast.CallExpr, info *types.Info, dyn *DynamicTypes, runtime string) ([]Span, bool) {
	_, i, format, ok := printfCall(call, info)
	if !ok {
		return nil, false
	}
	lit, ok := ast.Unparen(call.Args[i]).(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return nil, false
	}
	verbs, ok := pairVerbs(format)
	if !ok {
		return nil, false
	}
	var spans []Span
	lowered := map[int]bool{}
	cut := map[int]bool{} // lowered with the precision applied already
	specs := verbSpecs(format)
	for k, verb := range verbs {
		if verb == "#v" && specs[k] == "%#v" && i+1+k < len(call.Args) && (k == 0 || verbs[k-1] != "") {
			// %#v of a value of the program's types (gosyntax.go).
			a := call.Args[i+1+k]
			t := info.TypeOf(a)
			if t == nil || info.Types[a].IsNil() || !mentionsProgram(t, map[types.Type]bool{}) {
				continue
			}
			if spec, ok := GoSyntaxSpec(t); ok {
				lowered[k] = true
				spans = append(spans, Span{a.Pos(), a.Pos(), runtime + ".GoSyntax("}, Span{a.End(), a.End(), ", " + strconv.Quote(spec) + ")"})
			}
			continue
		}
		if verb != "T" || i+1+k >= len(call.Args) || k > 0 && verbs[k-1] == "" {
			continue // not %T, or after a * width (%*T) whose argument it takes
		}
		a := call.Args[i+1+k]
		t := info.TypeOf(a)
		if sw, ok := dyn.anyName(a); ok {
			// an any, judged by Boundary (anyTypeName)
			lowered[k], cut[k] = true, true
			spans = append(spans, Span{a.Pos(), a.Pos(), sw + "("}, Span{a.End(), a.End(), ")"})
			continue
		}
		if sw, ok := dyn.name(t, call, specs[k]); ok {
			lowered[k], cut[k] = true, true
			spans = append(spans, Span{a.Pos(), a.Pos(), sw + "("}, Span{a.End(), a.End(), ")"})
			continue
		}
		name, ok := TypeVerbName(t)
		if !ok || info.Types[a].IsNil() || !mentionsProgram(t, map[types.Type]bool{}) && !mentionsInstance(t, map[types.Type]bool{}) {
			continue // another package's type the interpreter names right
		}
		lowered[k] = true
		text := strconv.Quote(name)
		if !effectFree(a, info) {
			spans = append(spans, Span{a.Pos(), a.Pos(), "func(any) string { return " + text + " }("}, Span{a.End(), a.End(), ")"})
			continue
		}
		spans = append(spans, Span{a.Pos(), a.End(), text})
	}
	if len(lowered) == 0 {
		return nil, false
	}
	// The format again, with each lowered %T as %s with the same width,
	// precision and flags: fmt formats the type's name as it would a
	// string (%12T pads main.point to 12, %.4T cuts it to main).
	var b strings.Builder
	k := 0
	for j := 0; j < len(format); j++ {
		if format[j] != '%' {
			b.WriteByte(format[j])
			continue
		}
		start := j
		j++
		for j < len(format) && strings.IndexByte("+-# 0123456789.*", format[j]) >= 0 {
			if format[j] == '*' {
				k++
			}
			j++
		}
		if j >= len(format) {
			b.WriteString(format[start:])
			break
		}
		switch {
		case format[j] == '%':
			b.WriteString(format[start : j+1])
			continue
		case format[j] == 'v' && lowered[k]:
			b.WriteString("%s") // %#v alone, written by GoSyntax
		case format[j] == 'T' && lowered[k]:
			flags := format[start:j]
			if i := strings.IndexByte(flags, '.'); i >= 0 && cut[k] {
				flags = flags[:i]
			}
			b.WriteString(flags + "s")
		default:
			b.WriteString(format[start : j+1])
		}
		k++
	}
	return append(spans, Span{lit.Pos(), lit.End(), strconv.Quote(b.String())}), true
}

// mentionsInstance reports whether t is or holds an instance of a generic
// type (iter.Seq[int]): the interpreter runs the generic packages from
// their source, and named such a value by its structure, func(func(int)
// bool), where Go prints iter.Seq[int].
func mentionsInstance(t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	if n, ok := types.Unalias(t).(*types.Named); ok {
		if n.TypeArgs().Len() > 0 {
			return true
		}
		return false // a named type's structure is its own
	}
	switch u := t.(type) {
	case *types.Pointer:
		return mentionsInstance(u.Elem(), seen)
	case *types.Slice:
		return mentionsInstance(u.Elem(), seen)
	case *types.Array:
		return mentionsInstance(u.Elem(), seen)
	case *types.Map:
		return mentionsInstance(u.Key(), seen) || mentionsInstance(u.Elem(), seen)
	case *types.Chan:
		return mentionsInstance(u.Elem(), seen)
	}
	return false
}

// effectFree reports whether evaluating x has no effect to keep: no call
// but conversions, no receive (a function literal is only made).
func effectFree(x ast.Expr, info *types.Info) bool {
	free := true
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; !ok || !tv.IsType() {
				free = false
			}
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				free = false
			}
		case *ast.IndexExpr, *ast.StarExpr, *ast.SliceExpr, *ast.TypeAssertExpr:
			free = false // may panic, as Go's evaluation would
		}
		return free
	})
	return free
}

// verbSpecs returns the text of each verb of a format that takes an
// argument, flags and width included ("%8T"; "" for a * width's own).
func verbSpecs(format string) []string {
	var specs []string
	for j := 0; j < len(format); j++ {
		if format[j] != '%' {
			continue
		}
		start := j
		j++
		for j < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[j]) >= 0 {
			if format[j] == '*' {
				specs = append(specs, "")
			}
			j++
		}
		if j >= len(format) {
			break
		}
		if format[j] == '%' {
			continue
		}
		specs = append(specs, format[start:j+1])
	}
	return specs
}

// TypeVerbLowered reports whether TypeVerbs lowers the %T (or the %#v) of
// the argument a of call.
func TypeVerbLowered(call *ast.CallExpr, a ast.Expr, info *types.Info, dyn *DynamicTypes) bool {
	spans, ok := typeVerbs(call, info, dyn, "rt")
	if !ok {
		return false
	}
	for _, sp := range spans {
		if sp.Pos == a.Pos() {
			return true
		}
	}
	return false
}

// TypeVerbName is what Go's fmt prints for %T of a value of the static
// type t (reflect's name of it: main.point, []*main.T, map[string]int),
// for the types whose name reflect writes as this does; false for others
// (an interface or type parameter, known only when it runs; a struct
// literal with tags or embedded fields).
func TypeVerbName(t types.Type) (string, bool) {
	if t == nil || types.IsInterface(t) {
		return "", false
	}
	return reflectName(t)
}

// reflectName is reflect's name of t (TypeVerbName's), an interface type
// included: the name of error, of a package's interface (main.Shape), and
// interface {}.
func reflectName(t types.Type) (string, bool) {
	if t == nil {
		return "", false
	}
	if types.Identical(t, errorType) {
		return "error", true
	}
	switch t := types.Unalias(t).(type) {
	case *types.Interface:
		if t.Empty() {
			return "interface {}", true
		}
		return "", false
	case *types.Basic:
		if t.Info()&types.IsUntyped != 0 {
			t = types.Default(t).(*types.Basic)
		}
		switch t.Kind() {
		case types.Byte:
			return "uint8", true
		case types.Rune:
			return "int32", true
		case types.UnsafePointer, types.Invalid, types.UntypedNil:
			return "", false
		}
		return t.Name(), true
	case *types.Named:
		obj := t.Obj()
		if obj.Pkg() == nil { // error
			return "", false
		}
		if obj.Parent() != nil && obj.Parent() != obj.Pkg().Scope() {
			return "", false // declared in a function: Go adds nothing, but keep to the plain case
		}
		name := obj.Pkg().Name() + "." + obj.Name()
		if args := t.TypeArgs(); args.Len() > 0 {
			var parts []string
			for k := 0; k < args.Len(); k++ {
				p, ok := typeArgName(args.At(k))
				if !ok {
					return "", false
				}
				parts = append(parts, p)
			}
			name += "[" + strings.Join(parts, ",") + "]"
		}
		return name, true
	case *types.Pointer:
		e, ok := reflectName(t.Elem())
		return "*" + e, ok
	case *types.Slice:
		e, ok := reflectName(t.Elem())
		return "[]" + e, ok
	case *types.Array:
		e, ok := reflectName(t.Elem())
		return fmt.Sprintf("[%d]%s", t.Len(), e), ok
	case *types.Map:
		k, ok1 := reflectName(t.Key())
		e, ok2 := reflectName(t.Elem())
		return "map[" + k + "]" + e, ok1 && ok2
	case *types.Chan:
		e, ok := reflectName(t.Elem())
		switch t.Dir() {
		case types.SendOnly:
			return "chan<- " + e, ok
		case types.RecvOnly:
			return "<-chan " + e, ok
		}
		if ch, isChan := t.Elem().(*types.Chan); isChan && ch.Dir() == types.RecvOnly {
			return "chan (" + e + ")", ok
		}
		return "chan " + e, ok
	case *types.Signature:
		if t.TypeParams().Len() > 0 {
			return "", false
		}
		var ps []string
		for k := 0; k < t.Params().Len(); k++ {
			pt := t.Params().At(k).Type()
			if t.Variadic() && k == t.Params().Len()-1 {
				e, ok := reflectName(pt.(*types.Slice).Elem())
				if !ok {
					return "", false
				}
				ps = append(ps, "..."+e)
				continue
			}
			p, ok := reflectName(pt)
			if !ok {
				return "", false
			}
			ps = append(ps, p)
		}
		s := "func(" + strings.Join(ps, ", ") + ")"
		var rs []string
		for k := 0; k < t.Results().Len(); k++ {
			r, ok := reflectName(t.Results().At(k).Type())
			if !ok {
				return "", false
			}
			rs = append(rs, r)
		}
		switch len(rs) {
		case 0:
		case 1:
			s += " " + rs[0]
		default:
			s += " (" + strings.Join(rs, ", ") + ")"
		}
		return s, true
	case *types.Struct:
		if t.NumFields() == 0 {
			return "struct {}", true
		}
		var fs []string
		for k := 0; k < t.NumFields(); k++ {
			fd := t.Field(k)
			if fd.Embedded() || t.Tag(k) != "" {
				return "", false
			}
			ft, ok := reflectName(fd.Type())
			if !ok {
				return "", false
			}
			fs = append(fs, fd.Name()+" "+ft)
		}
		return "struct { " + strings.Join(fs, "; ") + " }", true
	}
	return "", false
}

// typeArgName is reflect's name of a type argument in a generic type's
// name: a package's type by its path (main.Pair[main.Celsius]), else as
// TypeVerbName.
func typeArgName(t types.Type) (string, bool) {
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.TypeArgs().Len() == 0 && !types.IsInterface(n) {
		return n.Obj().Pkg().Path() + "." + n.Obj().Name(), true
	}
	if _, ok := types.Unalias(t).(*types.Named); ok {
		return "", false
	}
	return reflectName(t)
}

// DynamicTypes is what TypeVerbs needs to name the dynamic type of a
// program's interface value: the program's package-level types and how
// its text names a type. A nil *DynamicTypes (a cell, whose later cells
// may declare more types) lowers nothing.
type DynamicTypes struct {
	Types    []*types.TypeName
	TypeName func(types.Type) (string, bool)
	// local: a type declared inside a function implements some interface
	// (it cannot be named in the switch)
	local []*types.TypeName
	// AnyNames are the functions naming the dynamic type of operands of
	// static type any that Boundary judged can be named
	// (BoundaryTypes, anyTypeName)
	AnyNames map[ast.Expr]string
}

// anyName returns the function naming the dynamic type of a, an operand
// of type any, that Boundary gave d, or false.
func (d *DynamicTypes) anyName(a ast.Expr) (string, bool) {
	if d == nil {
		return "", false
	}
	sw, ok := d.AnyNames[a]
	return sw, ok
}

// NewDynamicTypes gathers f's types for TypeVerbs.
func NewDynamicTypes(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) *DynamicTypes {
	d := &DynamicTypes{TypeName: typeName}
	for _, obj := range info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || tn.Pkg() == nil || tn.Pkg().Path() != pkgPath || types.IsInterface(tn.Type()) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if tn.Parent() != tn.Pkg().Scope() {
			d.local = append(d.local, tn)
			continue
		}
		d.Types = append(d.Types, tn)
	}
	sort.Slice(d.Types, func(i, j int) bool { return d.Types[i].Pos() < d.Types[j].Pos() })
	return d
}

// name returns the type switch that names the dynamic type of a value of
// the program's interface type t, as a function literal to call, or
// false.
func (d *DynamicTypes) name(t types.Type, call *ast.CallExpr, spec string) (string, bool) {
	if d == nil || t == nil || !programInterface(t) && !types.Identical(t, errorType) || hasTypeParam(t) {
		return "", false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	it := t.Underlying().(*types.Interface)
	for _, tn := range d.local {
		if types.Implements(tn.Type(), it) || types.Implements(types.NewPointer(tn.Type()), it) {
			return "", false
		}
	}
	iname, ok := d.TypeName(t)
	if !ok {
		return "", false
	}
	// The interpreter's type switch on an error never matches a type of
	// the program, where its assertions do (see typeSwitch): on an error,
	// the cases are assertions, in the same order.
	pkg := types.ExprString(sel.X)
	isError := types.Identical(t, errorType)
	// The call's format keeps %T's width and flags, not its precision:
	// fmt cuts a type's name to it, but not <nil>.
	prec := ""
	if i := strings.IndexByte(spec, '.'); i >= 0 {
		prec = spec[i : len(spec)-1]
	}
	var b strings.Builder
	if isError {
		fmt.Fprintf(&b, "func(__x %s) string { if __x == nil { return \"<nil>\" }; ", iname)
	} else {
		fmt.Fprintf(&b, "func(__x %s) string { switch __x.(type) { case nil: return \"<nil>\"; ", iname)
	}
	for _, tn := range d.Types {
		for _, c := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(c, it) {
				continue
			}
			cname, ok1 := d.TypeName(c)
			go_, ok2 := TypeVerbName(c)
			if !ok1 || !ok2 {
				return "", false
			}
			if _, st := c.Underlying().(*types.Struct); isError && st {
				// Asserted from an error, the interpreter reads the
				// wrapper's IValue: the struct's last field (see
				// kept.go).
				return "", false
			}
			go_ = fmt.Sprintf("%"+prec+"s", go_)
			if isError {
				fmt.Fprintf(&b, "if _, ok := __x.(%s); ok { return %s }; ", cname, strconv.Quote(go_))
			} else {
				fmt.Fprintf(&b, "case %s: return %s; ", cname, strconv.Quote(go_))
			}
		}
	}
	if !isError {
		b.WriteString("}; ")
	}
	fmt.Fprintf(&b, "return %s.Sprintf(%s, __x) }", pkg, strconv.Quote("%"+prec+"T"))
	return b.String(), true
}
