package check

// This file lowers valid Go that the interpreter (yaegi v0.16.1) crashes
// on, hangs in, or rejects with its own internal wording, and refuses what
// of it cannot be lowered, naming the construct. Each was measured against
// `go run`:
//
//   - nil among the values of a parallel assignment (a, err = 2, nil)
//     panicked "reflect: New(nil)": the nil gets its target's type,
//     a, err = 2, (error)(nil).
//   - A method expression (T.Area, (*T).Scale, (*strings.Builder).WriteString)
//     as a value, or called, panicked (reflect.Set) or was rejected (too many
//     arguments): it becomes the function literal Go defines it to be,
//     func(r T) float64 { return r.Area() }.
//   - A method of a struct promoted from an embedded interface field
//     (type logged struct{ io.Writer; n int }) failed when the interface
//     held a value of the program's own type ("invalid interface value",
//     "method not found: Write" in fmt.Fprint): the struct gets the method
//     Go promotes, written out: func (r logged) Write(p []byte) (int,
//     error) { return r.Writer.Write(p) } (same method set, same result).
//   - A `break L` (or `continue L`) statement directly in a select case
//     hung (the loop never ended), and an unlabelled break in a select case
//     left the enclosing loop instead of the select: the first is put in a
//     block ({ break L }), the second breaks a label given to the select.
//   - A constant shift whose count is an expression (1 << (10 * iota), the
//     ByteSize constants of Effective Go) failed as a "constant definition
//     loop": the shift is written as its value, and the constants of a group
//     that repeat it implicitly get theirs (MB ByteSize = 1048576).
//   - A generic type of two or more type arguments (Pair[string, int]) in
//     a generic call with a function literal crashed the compiler, and two
//     function literals taking one read a zero value: each instantiation
//     is named through an alias (InstanceAliases).
//   - unsafe.Offsetof(t.f) crashed the interpreter (nil pointer
//     dereference): unsafe.Sizeof, Alignof and Offsetof are written as the
//     constants Go's checker computes (uintptr(8)).
//   - A conversion to a type parameter (N(len(xs))) in a generic function
//     instantiated with a named type (Count, time.Duration) crashed the
//     interpreter's compiler: refused at the instantiation.

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"hash/fnv"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// Crashes returns the first construct of f that the interpreter cannot run
// and divergo cannot lower (see above), with a message naming it; or the
// lowerings and the declarations they need. known carries, across cells,
// which generic functions convert to their type parameters (nil for a
// whole program); files are every file the types were checked with.
func Crashes(files []*ast.File, f *ast.File, info *types.Info, opts ModernOptions, src []byte, known map[string]bool) (ast.Node, string, []Span, []FuncDecl) {
	c := &crashes{info: info, opts: opts, src: src, file: f}
	if at, msg := convertedTypeParam(files, f, info, known); at != nil {
		return at, msg, nil, nil
	}
	if at, msg := probedTypeParam(files, f, info, known); at != nil {
		return at, msg, nil, nil
	}
	c.walk(f)
	if c.at != nil {
		return c.at, c.msg, nil, nil
	}
	return nil, "", c.spans, c.decls
}

type crashes struct {
	info  *types.Info
	opts  ModernOptions
	src   []byte // f's text (for type expressions copied as written)
	file  *ast.File
	spans []Span
	decls []FuncDecl
	at    ast.Node
	msg   string
	sels  int // labels given to selects
	// listed are the assignments that are statements of a list (a
	// block's, a case's), which a block may replace.
	listed map[ast.Stmt]bool
	// shown are the expressions a cell shows: the expression statements
	// at its top level (untypedDivision gives them their default type)
	shown map[ast.Expr]bool
}

func (c *crashes) refuse(n ast.Node, format string, args ...any) {
	if c.at == nil {
		c.at, c.msg = n, fmt.Sprintf(format, args...)
	}
}

// text is the source text of n as written.
func (c *crashes) text(n ast.Node) string {
	from, to := int(n.Pos()-c.file.FileStart), int(n.End()-c.file.FileStart)
	if c.src == nil || from < 0 || to > len(c.src) {
		return types.ExprString(n.(ast.Expr))
	}
	return string(c.src[from:to])
}

func (c *crashes) walk(f *ast.File) {
	c.listed = listedStatements(f)
	c.shown = map[ast.Expr]bool{}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "__cell" && c.opts.Where == "a cell" {
			for _, st := range fd.Body.List {
				if es, ok := st.(*ast.ExprStmt); ok {
					c.shown[es.X] = true
				}
			}
		}
	}
	inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			c.nilAssign(n)
		case *ast.ValueSpec:
			c.nilSpec(n)
		case *ast.SelectorExpr:
			c.methodExpr(n)
		case *ast.TypeSpec:
			c.promoted(n)
		case *ast.FuncDecl:
			c.genericStruct(n)
		case *ast.SelectStmt:
			c.selectBreaks(n)
		case *ast.GenDecl:
			if n.Tok == token.CONST {
				c.constShifts(n)
				c.untypedConstants(n)
				return false
			}
		case *ast.BinaryExpr:
			if c.constShift(n) {
				return false
			}
		case *ast.CallExpr:
			if c.unsafeConstant(n) {
				return false
			}
		}
		return c.at == nil
	})
	inspect(f, func(n ast.Node) bool {
		x, ok := n.(ast.Expr)
		return c.at == nil && !(ok && (c.untypedDivision(x) || c.constPart(x)))
	})
}

// constPart lowers real and imag of a complex constant: the
// interpreter's compiler failed on an untyped one (imag(3i), real(1+2i),
// imag(k) with const k = 2i: "CFG post-order panic: reflect: call of
// reflect.Value.Complex on struct Value"), and gave a float64 for the
// parts of a complex64 one (Go: float32; %T printed float64). The call is
// written as the constant the checker computed, untyped, or converted to
// the part's type (inside an expression untypedDivision writes out, that
// one's):
//
//	imag(3i)   →   3.0
//	real(k)    →   (3.0/2)          (const k = 1.5 + 2i)
//	imag(c)    →   float32(2.0)     (const c complex64 = 2i)
func (c *crashes) constPart(x ast.Expr) bool {
	info := c.info
	call, ok := x.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "real" && b.Name() != "imag" {
		return false
	}
	tv := info.Types[call]
	if tv.Value == nil {
		return false
	}
	if _, covered := c.taken(x); covered {
		return true
	}
	// The argument's own type: go/types records a constant name's use
	// with the type it is converted to.
	at := info.TypeOf(call.Args[0])
	if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok {
		if k, ok := info.Uses[id].(*types.Const); ok {
			at = k.Type()
		}
	}
	if at == nil {
		return false
	}
	lit := exactText(tv.Value)
	if b, ok := at.Underlying().(*types.Basic); ok && b.Info()&types.IsUntyped == 0 {
		// complex64's parts are float32s, complex128's float64s.
		part := "float64"
		if b.Kind() == types.Complex64 {
			part = "float32"
		}
		for id, obj := range info.Uses {
			if id.Name == part && obj != types.Universe.Lookup(part) {
				return false // another float32 than the type
			}
		}
		for id, obj := range info.Defs {
			if id.Name == part && obj != nil {
				return false
			}
		}
		lit = part + "(" + lit + ")"
	}
	c.spans = append(c.spans, Span{call.Pos(), call.End(), lit})
	return true
}

// genericStruct refuses a generic function whose signature writes a
// struct type with fields of its type parameters (func Zip[A, B any](…)
// []struct{ A A; B B }): the interpreter could not instantiate it ("not a
// generic type", "undefined selector").
func (c *crashes) genericStruct(fd *ast.FuncDecl) {
	if fd.Type.TypeParams == nil || len(fd.Type.TypeParams.List) == 0 {
		return
	}
	ast.Inspect(fd.Type, func(n ast.Node) bool { // the body's own run
		st, ok := n.(*ast.StructType)
		if !ok || c.at != nil {
			return c.at == nil
		}
		for _, field := range st.Fields.List {
			if hasTypeParam(c.info.TypeOf(field.Type)) {
				c.refuse(st, "a struct type with fields of type parameters (%s) in the generic function %s: the interpreter cannot instantiate it. Not supported: declare a generic type (type Pair[A, B any] struct{ … }) and use it", types.ExprString(st), fd.Name.Name)
				return false
			}
		}
		return true
	})
}

// untypedDivision writes an arithmetic constant expression of a float or
// complex type as its value, which Go computes exactly before rounding it
// to the type: the interpreter divided untyped integers as floats (var f
// float64 = 10 / 4 gave 2.5, Go 2) and computed in float64 what Go
// computes exactly (math.MaxFloat64 * 2 / 4 gave +Inf). Expressions other
// lowerings rewrite are left.
func (c *crashes) untypedDivision(x ast.Expr) bool {
	tv, ok := c.info.Types[x]
	if !ok || tv.Value == nil {
		return false
	}
	if tv.Value.Kind() == constant.Bool {
		return c.floatComparison(x, tv.Value)
	}
	b, ok := under(tv.Type).(*types.Basic)
	if ok && b.Info()&types.IsUntyped != 0 && c.shown[x] {
		// A cell's value (1/math.Phi alone): shown as a value of its
		// default type, as Go would give it to fmt.
		switch b.Kind() {
		case types.UntypedFloat:
			b = types.Typ[types.Float64]
		case types.UntypedComplex:
			b = types.Typ[types.Complex128]
		}
		tv.Type = b
	}
	if !ok || b.Info()&(types.IsFloat|types.IsComplex) == 0 || b.Info()&types.IsUntyped != 0 {
		return false
	}
	if _, ok := ast.Unparen(x).(*ast.BinaryExpr); !ok {
		return false
	}
	if native, covered := c.taken(x); native || covered {
		return covered // NativeFloat's in a session, or another lowering's
	}
	// The value rounded to the type, written in full (a float32's value
	// as the float64 that is exactly it), converted to the type: an
	// untyped literal alone made x := float32(1) / 10 a float64.
	name, ok := c.opts.TypeName(tv.Type)
	if !ok {
		return false
	}
	var lit string
	switch v := constant.ToFloat(tv.Value); {
	case b.Kind() == types.Complex64:
		re, _ := constant.Float32Val(constant.ToFloat(constant.Real(tv.Value)))
		im, _ := constant.Float32Val(constant.ToFloat(constant.Imag(tv.Value)))
		lit = fmt.Sprintf("complex(float32(%s), float32(%s))", strconv.FormatFloat(float64(re), 'g', -1, 64), strconv.FormatFloat(float64(im), 'g', -1, 64))
	case b.Info()&types.IsComplex != 0:
		re, _ := constant.Float64Val(constant.ToFloat(constant.Real(tv.Value)))
		im, _ := constant.Float64Val(constant.ToFloat(constant.Imag(tv.Value)))
		lit = fmt.Sprintf("complex(%s, %s)", strconv.FormatFloat(re, 'g', -1, 64), strconv.FormatFloat(im, 'g', -1, 64))
	case v.Kind() == constant.Float && b.Kind() == types.Float32:
		f, _ := constant.Float32Val(v)
		lit = strconv.FormatFloat(float64(f), 'g', -1, 64)
	case v.Kind() == constant.Float:
		f, _ := constant.Float64Val(v)
		lit = strconv.FormatFloat(f, 'g', -1, 64)
	default:
		return false
	}
	c.spans = append(c.spans, Span{x.Pos(), x.End(), name + "(" + lit + ")"})
	return true
}

// taken reports whether a constant expression x is another lowering's:
// covered, another span of this pass covers or starts at it. (native is
// no longer reported: in a cell too, an expression with a package's
// constant is written as its exact value, and lower.Passes.NativeFloat
// leaves the operands of a rewritten expression alone; before, the cell
// computed it in float64, 1/math.Phi one ulp off and math.MaxFloat64 * 2
// / 4 +Inf.)
func (c *crashes) taken(x ast.Expr) (native, covered bool) {
	for _, sp := range c.spans {
		if sp.Pos < x.End() && x.Pos() < sp.End || sp.Pos == x.Pos() {
			return false, true
		}
	}
	return false, false
}

// floatComparison writes a constant comparison of floats (d < math.Pi)
// as its value, (0 == 0) or (0 != 0), which no name can hide: the
// interpreter refused an untyped constant of the program compared with
// one of a package ("mismatched types untyped float and untyped
// float64").
func (c *crashes) floatComparison(x ast.Expr, v constant.Value) bool {
	b, ok := ast.Unparen(x).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
	default:
		return false
	}
	operand, ok := c.info.Types[b.X].Type.Underlying().(*types.Basic)
	if !ok || operand.Info()&(types.IsFloat|types.IsComplex) == 0 {
		return false
	}
	if native, covered := c.taken(x); native || covered {
		return covered // NativeFloat's in a session, or another lowering's
	}
	lit := "(0 != 0)"
	if constant.BoolVal(v) {
		lit = "(0 == 0)"
	}
	c.spans = append(c.spans, Span{x.Pos(), x.End(), lit})
	return true
}

// untypedConstants writes the arithmetic of a const declaration of an
// untyped float or complex constant (const c = math.Pi / 3 * 3) as the
// exact value Go's checker computed, to 40 significant digits, still
// untyped: the interpreter computed it in a float of its own precision
// (c was 3.1415926535897936, one ulp above math.Pi, in divergo run). A
// spec that uses iota is left alone (a later spec without values repeats
// its text); so is one with a package's constant in a cell (NativeFloat's).
func (c *crashes) untypedConstants(gd *ast.GenDecl) {
	for _, sp := range gd.Specs {
		vs := sp.(*ast.ValueSpec)
		if usesIota(vs, c.info) {
			continue
		}
		for _, x := range vs.Values {
			tv, ok := c.info.Types[x]
			if !ok || tv.Value == nil {
				continue
			}
			b, ok := tv.Type.(*types.Basic)
			if !ok || b.Info()&types.IsUntyped == 0 || b.Info()&(types.IsFloat|types.IsComplex) == 0 {
				continue
			}
			switch ast.Unparen(x).(type) {
			case *ast.BinaryExpr, *ast.UnaryExpr:
			default:
				continue
			}
			if native, covered := c.taken(x); native || covered {
				continue
			}
			var lit string
			if b.Kind() == types.UntypedComplex {
				lit = "complex(" + exactText(constant.Real(tv.Value)) + ", " + exactText(constant.Imag(tv.Value)) + ")"
			} else {
				lit = exactText(tv.Value)
			}
			c.spans = append(c.spans, Span{x.Pos(), x.End(), lit})
		}
	}
}

// usesIota reports whether the values of vs use iota.
func usesIota(vs *ast.ValueSpec, info *types.Info) bool {
	found := false
	for _, x := range vs.Values {
		ast.Inspect(x, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && id.Name == "iota" {
				if _, ok := info.Uses[id].(*types.Const); ok {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// exactText writes the untyped constant v as a float literal to 40
// significant digits (Go's
// checker keeps at least 512 bits; a float64 needs 17 digits), in
// parentheses when negative.
func exactText(v constant.Value) string {
	f := new(big.Float).SetPrec(512)
	switch x := constant.Val(constant.ToFloat(v)).(type) {
	case *big.Rat:
		// Exact, as a quotient of integers: 2.0 / 3 * 300 stays 200.
		text := "(" + x.Num().String() + ".0 / " + x.Denom().String() + ")"
		if x.IsInt() {
			text = "(" + x.Num().String() + ".0)"
		}
		return text
	case *big.Float:
		f.Set(x)
	case int64:
		f.SetInt64(x)
	case *big.Int:
		f.SetInt(x)
	}
	text := f.Text('g', 40)
	if !strings.ContainsAny(text, ".e") {
		text += ".0" // still a float
	}
	if strings.HasPrefix(text, "-") {
		text = "(" + text + ")"
	}
	return text
}

// unsafeConstant writes a call of unsafe.Sizeof, Alignof or Offsetof as
// the constant Go's checker computed for it (uintptr(8)): the interpreter
// crashed on unsafe.Offsetof(t.f) (nil pointer dereference).
func (c *crashes) unsafeConstant(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if b, ok := c.info.Uses[sel.Sel].(*types.Builtin); !ok || b.Name() != "Sizeof" && b.Name() != "Alignof" && b.Name() != "Offsetof" {
		return false
	}
	tv := c.info.Types[call]
	if tv.Value == nil {
		return false
	}
	c.spans = append(c.spans, Span{call.Pos(), call.End(), "uintptr(" + tv.Value.ExactString() + ")"})
	return true
}

// typedNil replaces the untyped nil x by (T)(nil), T the type it goes to.
func (c *crashes) typedNil(x ast.Expr, to types.Type, what string) {
	if tv, ok := c.info.Types[x]; !ok || !tv.IsNil() || to == nil {
		return
	}
	name, ok := c.opts.TypeName(to)
	if !ok {
		c.refuse(x, "nil among the values of %s, for a %s that %s cannot name here: the interpreter cannot run it (it panics); assign the nil on its own", what, typeString(to), c.opts.Where)
		return
	}
	c.spans = append(c.spans, Span{x.Pos(), x.End(), "(" + name + ")(nil)"})
}

// nilAssign: a, b = 2, nil. A nil for a variable of an empty interface
// type (any) is assigned after the others, in a statement of its own: the
// interpreter cannot assign an any in a parallel assignment (reflect.Set
// panics), and a nil reads nothing, so Go's order is kept:
//
//	a, v = 2, nil   →   { a = 2; v = nil }
func (c *crashes) nilAssign(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
		return
	}
	var apart []int // the nils assigned apart
	for i, r := range as.Rhs {
		if isBlank(as.Lhs[i]) {
			continue
		}
		t := c.info.TypeOf(as.Lhs[i])
		if tv := c.info.Types[r]; tv.IsNil() && t != nil && !isTypeParam(t) {
			if it, ok := t.Underlying().(*types.Interface); ok && it.Empty() {
				if _, ok := as.Lhs[i].(*ast.Ident); !ok || !c.listed[as] {
					c.refuse(r, "nil for %s, a variable of type %s, in a parallel assignment: the interpreter cannot run it (it panics); assign the nil in a statement of its own", c.text(as.Lhs[i]), typeString(t))
					return
				}
				apart = append(apart, i)
				continue
			}
		}
		c.typedNil(r, t, "a parallel assignment")
	}
	if len(apart) == 0 {
		return
	}
	var after []string
	for _, i := range apart {
		after = append(after, "; "+c.text(as.Lhs[i])+" = nil")
	}
	if len(apart) == len(as.Lhs) {
		c.spans = append(c.spans, Span{as.Pos(), as.End(), "{ " + strings.TrimPrefix(strings.Join(after, ""), "; ") + " }"})
		return
	}
	// Each set apart leaves the list with its comma: from the end of the
	// element before it, or (the first) to the start of the next.
	drop := func(xs []ast.Expr, i int) {
		if i > 0 {
			c.spans = append(c.spans, Span{xs[i-1].End(), xs[i].End(), ""})
		} else {
			c.spans = append(c.spans, Span{xs[i].Pos(), xs[i+1].Pos(), ""})
		}
	}
	c.spans = append(c.spans, Span{as.Pos(), as.Pos(), "{ "})
	kept := map[int]bool{}
	for i := range as.Lhs {
		kept[i] = true
	}
	for _, i := range apart {
		kept[i] = false
	}
	for _, i := range apart {
		// Keep the comma rule simple: a dropped first element needs the
		// next one kept.
		if i == 0 && !kept[1] {
			c.refuse(as.Rhs[i], "nil for %s in a parallel assignment: the interpreter cannot run it (it panics); assign the nils in statements of their own", c.text(as.Lhs[i]))
			return
		}
		drop(as.Lhs, i)
		drop(as.Rhs, i)
	}
	c.spans = append(c.spans, Span{as.End(), as.End(), strings.Join(after, "") + " }"})
}

func isTypeParam(t types.Type) bool {
	_, ok := t.(*types.TypeParam)
	return ok
}

// nilSpec: var a, b *T = nil, nil.
func (c *crashes) nilSpec(vs *ast.ValueSpec) {
	if vs.Type == nil || len(vs.Names) < 2 || len(vs.Values) != len(vs.Names) {
		return
	}
	for _, v := range vs.Values {
		c.typedNil(v, c.info.TypeOf(vs.Type), "a var declaration of several names")
	}
}

// methodExpr lowers the method expression sel (T.M, (*T).M, I.M) to the
// function literal it denotes.
func (c *crashes) methodExpr(sel *ast.SelectorExpr) {
	s, ok := c.info.Selections[sel]
	if !ok || s.Kind() != types.MethodExpr {
		return
	}
	sig, ok := c.info.TypeOf(sel).(*types.Signature)
	if !ok || sig.Params().Len() == 0 {
		return
	}
	var params, args []string
	ok = true
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		dots := ""
		if sig.Variadic() && i == sig.Params().Len()-1 {
			t, dots = t.(*types.Slice).Elem(), "..."
		}
		name, named := c.opts.TypeName(t)
		ok = ok && named
		p := fmt.Sprintf("__me%d", i)
		params = append(params, p+" "+dots+name)
		if i > 0 {
			args = append(args, p+dots)
		}
	}
	var results []string
	for i := 0; i < sig.Results().Len(); i++ {
		name, named := c.opts.TypeName(sig.Results().At(i).Type())
		ok = ok && named
		results = append(results, name)
	}
	if !ok {
		c.refuse(sel, "the method expression %s, whose types %s cannot name here: the interpreter cannot run it; write the function literal, func(v %s, …) { return v.%s(…) }", c.text(sel), c.opts.Where, c.text(sel.X), sel.Sel.Name)
		return
	}
	res := strings.Join(results, ", ")
	if len(results) > 1 {
		res = "(" + res + ")"
	}
	call := "__me0." + sel.Sel.Name + "(" + strings.Join(args, ", ") + ")"
	if len(results) > 0 {
		call = "return " + call
	}
	c.spans = append(c.spans, Span{sel.Pos(), sel.End(), "func(" + strings.Join(params, ", ") + ") " + res + " { " + call + " }"})
}

// promoted writes out, for a struct type declared at package level, the
// methods it gets from an embedded interface field (see above).
func (c *crashes) promoted(ts *ast.TypeSpec) {
	obj, ok := c.info.Defs[ts.Name].(*types.TypeName)
	if !ok || obj.IsAlias() || obj.Parent() != obj.Pkg().Scope() || ts.TypeParams != nil {
		return
	}
	named, ok := obj.Type().(*types.Named)
	if !ok {
		return
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return
	}
	ms := types.NewMethodSet(named)
	for i := 0; i < ms.Len(); i++ {
		s := ms.At(i)
		idx := s.Index()
		if len(idx) != 2 {
			continue
		}
		field := st.Field(idx[0])
		if !field.Embedded() || !types.IsInterface(field.Type()) {
			continue
		}
		m := s.Obj().(*types.Func)
		if !m.Exported() && (m.Pkg() == nil || m.Pkg().Path() != pkgPath) {
			continue // another package's unexported method: no one can name it
		}
		sig := m.Type().(*types.Signature)
		var params, args []string
		ok := true
		for k := 0; k < sig.Params().Len(); k++ {
			t := sig.Params().At(k).Type()
			dots := ""
			if sig.Variadic() && k == sig.Params().Len()-1 {
				t, dots = t.(*types.Slice).Elem(), "..."
			}
			name, named := c.opts.TypeName(t)
			ok = ok && named
			params = append(params, fmt.Sprintf("__p%d %s%s", k, dots, name))
			args = append(args, fmt.Sprintf("__p%d%s", k, dots))
		}
		var results []string
		for k := 0; k < sig.Results().Len(); k++ {
			name, named := c.opts.TypeName(sig.Results().At(k).Type())
			ok = ok && named
			results = append(results, name)
		}
		if !ok {
			continue // left as it was: it runs while the interface holds a native value
		}
		res := strings.Join(results, ", ")
		if len(results) > 1 {
			res = "(" + res + ")"
		}
		call := "__r." + field.Name() + "." + m.Name() + "(" + strings.Join(args, ", ") + ")"
		if len(results) > 0 {
			call = "return " + call
		}
		text := fmt.Sprintf("func (__r %s) %s(%s) %s { %s }", obj.Name(), m.Name(), strings.Join(params, ", "), res, call)
		c.decls = append(c.decls, FuncDecl{Name: obj.Name() + "." + m.Name(), Text: text, Pos: ts.Pos()})
	}
}

// selectBreaks lowers the breaks of a select's cases (see above).
func (c *crashes) selectBreaks(sel *ast.SelectStmt) {
	var own []*ast.BranchStmt // unlabelled breaks of the select itself
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		ast.Inspect(n, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				return false
			case *ast.BranchStmt:
				if x.Tok == token.BREAK && x.Label == nil {
					own = append(own, x)
				}
			}
			return true
		})
	}
	// The continues SelectContinues lowers (every one of a select whose
	// cases it can judge) are replaced whole: no braces of this pass
	// around them (a labelled `continue next` in a case got a lone "}"
	// after the replacement: "expected declaration, found '}'").
	lowered := true
	for _, cc := range sel.Body.List {
		for _, st := range cc.(*ast.CommClause).Body {
			if _, ok := selectContinues(st); !ok {
				lowered = false
			}
		}
	}
	for _, cc := range sel.Body.List {
		for _, st := range cc.(*ast.CommClause).Body {
			if br, ok := st.(*ast.BranchStmt); ok && br.Label != nil && (br.Tok == token.BREAK || br.Tok == token.CONTINUE) {
				if br.Tok == token.CONTINUE && lowered {
					continue
				}
				if c.info.Uses[br.Label] != nil && c.labelOf(sel) != br.Label.Name {
					c.spans = append(c.spans, Span{br.Pos(), br.Pos(), "{ "}, Span{br.End(), br.End(), " }"})
				}
				continue
			}
			walk(st)
		}
	}
	if len(own) == 0 {
		return
	}
	label := c.labelOf(sel)
	if label == "" {
		c.sels++
		h := fnv.New32a()
		fmt.Fprintf(h, "%d", sel.Pos())
		label = fmt.Sprintf("__sel%08x", h.Sum32())
		c.spans = append(c.spans, Span{sel.Pos(), sel.Pos(), label + ": "})
	}
	for _, br := range own {
		c.spans = append(c.spans, Span{br.End(), br.End(), " " + label})
	}
}

// labelOf is the label of the labelled statement sel, or "".
func (c *crashes) labelOf(sel *ast.SelectStmt) string {
	var label string
	inspect(c.file, func(n ast.Node) bool {
		if ls, ok := n.(*ast.LabeledStmt); ok && ls.Stmt == sel {
			label = ls.Label.Name
		}
		return label == "" && n != nil && n.Pos() <= sel.Pos() && sel.End() <= n.End()
	})
	return label
}

// shiftCounted reports whether x has a constant shift whose count is not
// a literal (1 << (10 * iota)), which the interpreter cannot evaluate.
func (c *crashes) shiftCounted(x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if b, ok := n.(*ast.BinaryExpr); ok && (b.Op == token.SHL || b.Op == token.SHR) {
			if _, lit := ast.Unparen(b.Y).(*ast.BasicLit); !lit {
				found = true
			}
		}
		return !found
	})
	return found
}

// literal writes the constant v as Go text, or false.
func literal(v constant.Value) (string, bool) {
	switch v.Kind() {
	case constant.Int:
		return v.ExactString(), true
	case constant.Float:
		if i := constant.ToInt(v); i.Kind() == constant.Int {
			return i.ExactString(), true
		}
		num, den := constant.Num(v), constant.Denom(v)
		if num.Kind() == constant.Int && den.Kind() == constant.Int {
			return "(" + num.ExactString() + ".0 / " + den.ExactString() + ")", true
		}
	case constant.String, constant.Bool:
		return v.ExactString(), true
	}
	return "", false
}

// constShifts writes a const group's specs out with their values from the
// spec that has a shift counted by an expression to the last spec that
// repeats it implicitly.
func (c *crashes) constShifts(gd *ast.GenDecl) {
	var src *ast.ValueSpec // the spec whose values the current one repeats
	for _, sp := range gd.Specs {
		vs := sp.(*ast.ValueSpec)
		if len(vs.Values) > 0 {
			src = vs
		}
		if src == nil || !c.anyShiftCounted(src.Values) {
			continue
		}
		var names, values []string
		for _, id := range vs.Names {
			names = append(names, id.Name)
			cn, ok := c.info.Defs[id].(*types.Const)
			if !ok {
				if id.Name != "_" {
					return
				}
				// A blank constant: any value of its type.
				values = append(values, "*new("+c.typeText(src)+")")
				continue
			}
			lit, ok := literal(cn.Val())
			if !ok {
				c.refuse(id, "the constant %s, a shift by an expression, of a kind the interpreter cannot compute: write its value", id.Name)
				return
			}
			// An untyped constant keeps its kind: 1e6 * iota is a
			// float (1000000.0), 'a' + iota a rune.
			if b, ok := cn.Type().(*types.Basic); ok && src.Type == nil {
				switch {
				case b.Kind() == types.UntypedFloat && !strings.Contains(lit, "."):
					lit += ".0"
				case b.Kind() == types.UntypedRune:
					if r, exact := constant.Int64Val(cn.Val()); exact && r >= 0 && r <= unicode.MaxRune {
						lit = strconv.QuoteRune(rune(r))
					} else {
						lit = "rune(" + lit + ")"
					}
				}
			}
			values = append(values, lit)
		}
		text := strings.Join(names, ", ")
		if src.Type != nil {
			text += " " + c.text(src.Type)
		}
		text += " = " + strings.Join(values, ", ")
		if vs.Comment != nil {
			c.spans = append(c.spans, Span{vs.Pos(), vs.Comment.Pos(), text + " "})
		} else {
			c.spans = append(c.spans, Span{vs.Pos(), vs.End(), text})
		}
	}
}

func (c *crashes) anyShiftCounted(xs []ast.Expr) bool {
	for _, x := range xs {
		if c.shiftCounted(x) {
			return true
		}
	}
	return false
}

// typeText is the type of a const spec's names as written, or the type
// go/types gave the first.
func (c *crashes) typeText(vs *ast.ValueSpec) string {
	if vs.Type != nil {
		return c.text(vs.Type)
	}
	if t := c.info.TypeOf(vs.Values[0]); t != nil {
		if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			return types.Default(b).String()
		}
		if name, ok := c.opts.TypeName(t); ok {
			return name
		}
	}
	return "int"
}

// constShift writes a constant shift by an expression, outside a const
// declaration, as its value (T(value) when it is typed); it reports
// whether it did.
func (c *crashes) constShift(b *ast.BinaryExpr) bool {
	if (b.Op != token.SHL && b.Op != token.SHR) || !c.shiftCounted(b) {
		return false
	}
	tv, ok := c.info.Types[b]
	if !ok || tv.Value == nil {
		return false
	}
	lit, ok := literal(tv.Value)
	if !ok {
		return false
	}
	if basic, ok := tv.Type.(*types.Basic); !ok || basic.Info()&types.IsUntyped == 0 {
		name, ok := c.opts.TypeName(tv.Type)
		if !ok {
			return false
		}
		lit = name + "(" + lit + ")"
	}
	c.spans = append(c.spans, Span{b.Pos(), b.End(), lit})
	return true
}

// convertedTypeParam finds an instantiation, in f, of a generic function
// (or type) that converts a value to its type parameter, N(x), directly or
// through another generic, with a named type as the type argument: the
// interpreter's compiler crashes there ("CFG post-order panic").
func convertedTypeParam(files []*ast.File, f *ast.File, info *types.Info, known map[string]bool) (ast.Node, string) {
	var named *types.Named
	id, _, call := firstInstance(files, f, info, known, convertsTo, "converts", func(t types.Type) bool {
		n, ok := types.Unalias(t).(*types.Named)
		named = n
		return ok
	})
	if id == nil {
		return nil, ""
	}
	return id, fmt.Sprintf("%s with %s as its type argument: it converts a value to its type parameter%s, which the interpreter cannot compile for a named type (it crashes). Not supported yet: instantiate it with %s, and convert its result",
		id.Name, typeString(named), nodeText(call), typeString(named.Underlying()))
}

// convertsTo reports whether n is a conversion to the type parameter tp.
func convertsTo(n ast.Node, _ *types.Signature, info *types.Info, tp *types.TypeParam) (bool, bool) {
	call, ok := n.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false, false
	}
	tv, ok := info.Types[ast.Unparen(call.Fun)]
	return false, ok && tv.IsType() && tv.Type == types.Type(tp)
}

// DropCovered returns the spans of mine that no span of others covers
// (the other lowering rewrote that text already).
func DropCovered(mine, others []Span) []Span {
	var out []Span
	for _, m := range mine {
		covered := false
		for _, o := range others {
			if o.Pos < o.End && o.Pos <= m.Pos && m.End <= o.End && m.Pos != o.End {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, m)
		}
	}
	return out
}

// InstanceAliases names each instantiation of a generic type of the
// program with two or more type arguments (Pair[string, int]) through an
// alias declared at package level, type __inst_… = Pair[string, int]: the
// interpreter crashed compiling a call of a generic function over such a
// type (Map[Pair[string, int], string](ps, f): "CFG post-order panic"), and
// of two function literals taking one, one read the zero value. It
// returns the spans that write the aliases in f, their declarations, and
// the instantiations' text → alias, for the text other lowerings write
// (Rename).
func InstanceAliases(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) ([]Span, []FuncDecl, map[string]string) {
	var spans []Span
	var decls []FuncDecl
	names := map[string]string{}
	inspect(f, func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSpec); ok && ts.Assign.IsValid() {
			if _, ok := ts.Type.(*ast.IndexListExpr); ok {
				return false // an alias already: type PSI = Pair[string, int]
			}
		}
		ix, ok := n.(*ast.IndexListExpr)
		if !ok {
			return true
		}
		tv, ok := info.Types[ix]
		if !ok || !tv.IsType() {
			return true
		}
		named, ok := tv.Type.(*types.Named)
		if !ok || named.TypeArgs().Len() < 2 || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != pkgPath || named.Obj().Parent() != named.Obj().Pkg().Scope() {
			return true
		}
		for i := 0; i < named.TypeArgs().Len(); i++ {
			a := named.TypeArgs().At(i)
			if hasTypeParam(a) || localType(a) != nil || multiInstance(a) {
				return true
			}
		}
		text, ok := typeName(named)
		if !ok {
			return true
		}
		alias, made := names[text]
		if !made {
			h := fnv.New32a()
			h.Write([]byte(text))
			alias = fmt.Sprintf("__inst_%s_%08x", named.Obj().Name(), h.Sum32())
			names[text] = alias
			decls = append(decls, FuncDecl{Name: alias, Text: "type " + alias + " = " + text, Pos: ix.Pos()})
		}
		spans = append(spans, Span{ix.Pos(), ix.End(), alias})
		return false
	})
	return spans, decls, names
}

// multiInstance reports whether t is or holds an instantiation with two or
// more type arguments (left as written inside an alias).
func multiInstance(t types.Type) bool {
	found := false
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		if found || depth > 8 {
			return
		}
		switch t := t.(type) {
		case *types.Named:
			if t.TypeArgs().Len() >= 2 {
				found = true
				return
			}
			for i := 0; i < t.TypeArgs().Len(); i++ {
				walk(t.TypeArgs().At(i), depth+1)
			}
		case *types.Pointer:
			walk(t.Elem(), depth+1)
		case *types.Slice:
			walk(t.Elem(), depth+1)
		case *types.Array:
			walk(t.Elem(), depth+1)
		case *types.Map:
			walk(t.Key(), depth+1)
			walk(t.Elem(), depth+1)
		case *types.Chan:
			walk(t.Elem(), depth+1)
		}
	}
	walk(t, 0)
	return found
}

// Rename writes the aliases of InstanceAliases into text another lowering
// wrote (inferred type arguments: Map[Pair[string, int], string]).
func Rename(text string, names map[string]string) string {
	for from, to := range names {
		text = strings.ReplaceAll(text, from, to)
	}
	return text
}
