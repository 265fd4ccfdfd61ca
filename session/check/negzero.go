package check

// This file passes a negative zero to the program's functions. The
// interpreter (yaegi v0.16.1, interp/run.go's call) copies a call's
// arguments into the callee's new frame only when reflect.Value.IsZero
// says they are not zero, and IsZero compares floats with == 0: a −0.0
// argument (or a complex, struct or array value holding one) stayed the
// frame's +0 (func inv(x float64) float64 { return 1 / x } gave +Inf for
// inv(math.Copysign(0, -1)), Go −Inf). A call through a function value
// goes through reflect, which copies every argument, so such a call of a
// function declared in the program is made through its value, taken from
// a slice (a conversion's value, (func(float64) float64)(inv)(z), made the
// interpreter panic as an operand of && or ||: "reflect: call of
// reflect.Value.Bool on float64 Value"):
//
//	inv(z)   →   []func(float64) float64{inv}[0](z)
//
// That costs several plain calls: where it can, the check is made before
// the statement, and the value called only for a zero (hoistCall).
//
// Only where an argument of a floating-point or complex type (or a struct
// or array holding one) may be −0: not a constant, not a conversion of an
// integer, not a sum with such an operand. Methods, function values and
// literals, deferred calls and the builtins are not concerned (min and max
// take their operands as variadic arguments, which are copied: gostd's
// builtin).

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"math"
	"reflect"
	"strings"
)

// NegativeZeroArgs returns spans with the lowerings of f's calls that may
// pass a negative zero (see above): a span of spans that renames such a
// call's function (PredeclaredNames) is replaced by one that converts the
// renamed function.
//
// With prelude (a cell), a call of min or max of floating-point operands
// calls the session's prelude's __divergoMin or __divergoMax, which take
// them all as variadic arguments, with the type argument written out
// (the interpreter infers none from those alone).
func NegativeZeroArgs(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool), spans []Span, prelude bool) []Span {
	deferred := map[*ast.CallExpr]bool{}
	var out []Span
	var stack []ast.Node
	temps := 0
	inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.DeferStmt:
			deferred[n.Call] = true // copied by the interpreter's deferral
		case *ast.CallExpr:
			if deferred[n] {
				return true
			}
			fun := ast.Unparen(n.Fun)
			if b, ok := fun.(*ast.Ident); ok && prelude {
				if sp, ok := preludeMinMax(n, b, info, typeName); ok {
					out = append(out, sp)
					return true
				}
			}
			id := calledName(fun)
			if id == nil {
				return true
			}
			fn, ok := info.Uses[id].(*types.Func)
			if !ok || fn.Pkg() == nil || fn.Pkg().Path() != pkgPath || fn.Parent() != fn.Pkg().Scope() {
				return true
			}
			sig, ok := info.TypeOf(n.Fun).(*types.Signature)
			if !ok || sig.Recv() != nil || !mayPassNegZero(n, sig, info) {
				return true
			}
			sigName, ok := typeName(sig)
			if !ok {
				return true
			}
			name, targs := types.ExprString(fun), ""
			inferred, absorbed := false, false
			if inst, ok := info.Instances[id]; ok && fun == ast.Expr(id) && inst.TypeArgs.Len() > 0 {
				inferred = true
				// Inferred type arguments, written out: a generic
				// function's value is an instance's.
				for k := 0; k < inst.TypeArgs.Len(); k++ {
					a, ok := typeName(inst.TypeArgs.At(k))
					if !ok {
						return true
					}
					if k > 0 {
						targs += ", "
					}
					targs += a
				}
				targs = "[" + targs + "]"
			}
			for _, sp := range spans {
				if sp.Pos > fun.Pos() && sp.Pos < fun.End() || sp.End > fun.Pos() && sp.End < fun.End() {
					return true // rewritten inside (a type argument's alias)
				}
			}
			kept := spans[:0:0]
			for _, sp := range spans {
				if sp.Pos == fun.Pos() && sp.End == fun.End() && sp.Pos < sp.End {
					name = sp.Text // renamed
					continue
				}
				if sp.Pos == fun.End() && sp.End == fun.End() && strings.HasPrefix(sp.Text, "[") {
					targs, absorbed = sp.Text, true // the inferred type arguments (boundary.typeArgs)
					continue
				}
				kept = append(kept, sp)
			}
			spans = kept
			if st, at, void, ok := hoistCall(n, stack, info, typeName, sigName, name+targs, &temps); ok {
				// Checked before the statement: the call through the
				// function's value only for a zero (see hoistCall).
				result := fmt.Sprintf("__nzR%d", temps)
				if void {
					result = ""
				}
				out = append(out, Span{at.Pos(), at.Pos(), st}, Span{n.Pos(), n.End(), result})
				return true
			}
			if inferred && !absorbed {
				// The type arguments are written by boundary.typeArgs
				// among another list's edits (a cell's), at the name's
				// end: converted around them.
				out = append(out, Span{fun.Pos(), fun.Pos(), "[]" + sigName + "{"}, Span{fun.End(), fun.End(), "}[0]"})
				return true
			}
			out = append(out, Span{fun.Pos(), fun.End(), "[]" + sigName + "{" + name + targs + "}[0]"})
		}
		return true
	})
	return append(spans, out...)
}

// hoistCall returns the statement that calls call, a call of a function
// of the program that may be given a −0 (of signature sigName, named
// fun), before the statement at that holds it, with its arguments in
// variables and its result in __nzR<n> (n: temps, incremented), which
// replaces it:
//
//	s += h * f(x)   →   var __nzA1_0 float64 = x; var __nzR1 float64; if __nzA1_0 == 0 { __nzR1 = []func(float64) float64{f}[0](__nzA1_0) } else { __nzR1 = f(__nzA1_0) }; s += h * __nzR1
//
// A call through the function's value costs several plain calls; this
// one only where an argument is zero. It applies where that changes
// nothing else (as hoistIntoInterface): the statement is an expression
// statement, an assignment, a return or a var declaration in a block
// (not a cell's top level, whose variables are the session's), nothing
// it runs before the call can change what the call reads (no call or
// receive ends before it, the call is not the right operand of && or ||,
// nor inside a function literal), the arguments are variables, fields,
// constants, conversions and arithmetic only (nothing another lowering
// rewrites inside), and the function returns one result (or none, the
// statement being the call, whose results are dropped: void). Elsewhere
// the call goes through the value always.
func hoistCall(call *ast.CallExpr, stack []ast.Node, info *types.Info, typeName func(types.Type) (string, bool), sigName, fun string, temps *int) (string, ast.Stmt, bool, bool) {
	sig := info.TypeOf(call.Fun).(*types.Signature)
	if sig.Variadic() || call.Ellipsis.IsValid() || sig.Results().Len() > 1 || len(call.Args) != sig.Params().Len() {
		return "", nil, false, false
	}
	// The statement, in a block, that holds the call.
	var st ast.Stmt
	for k := len(stack) - 2; k >= 0 && st == nil; k-- {
		child := stack[k+1]
		switch p := stack[k].(type) {
		case *ast.FuncLit:
			return "", nil, false, false
		case *ast.BinaryExpr:
			if (p.Op == token.LAND || p.Op == token.LOR) && child == p.Y {
				return "", nil, false, false
			}
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			s, ok := child.(ast.Stmt)
			if !ok {
				return "", nil, false, false
			}
			if k >= 1 {
				if fd, ok := stack[k-1].(*ast.FuncDecl); ok && fd.Name.Name == "__cell" && fd.Recv == nil {
					return "", nil, false, false // a cell's top level
				}
			}
			st = s
		}
	}
	void := false // the statement is the call: its results are dropped
	switch s := st.(type) {
	case *ast.ExprStmt:
		if ast.Unparen(s.X) != call {
			return "", nil, false, false
		}
		void = true
	case *ast.AssignStmt, *ast.ReturnStmt, *ast.DeclStmt:
		if sig.Results().Len() == 0 {
			return "", nil, false, false
		}
	default:
		return "", nil, false, false
	}
	early := false
	ast.Inspect(st, func(n ast.Node) bool {
		if n == nil || early || n.Pos() >= call.Pos() {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			early = n.Op == token.ARROW && n.End() <= call.Pos()
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; !(ok && tv.IsType()) && n.End() <= call.Pos() {
				early = true
			}
		}
		return true
	})
	if early {
		return "", nil, false, false
	}
	*temps++
	n := *temps
	var b strings.Builder
	var zero []string
	var args []string
	for i, a := range call.Args {
		if !simpleArg(a, info) {
			*temps--
			return "", nil, false, false
		}
		pt := sig.Params().At(i).Type()
		pname, ok := typeName(pt)
		if !ok {
			*temps--
			return "", nil, false, false
		}
		v := fmt.Sprintf("__nzA%d_%d", n, i)
		fmt.Fprintf(&b, "var %s %s = %s; ", v, pname, types.ExprString(a))
		args = append(args, v)
		if !holdsFloat(pt, map[types.Type]bool{}) || notNegZero(a, info) {
			continue
		}
		if _, basic := pt.Underlying().(*types.Basic); basic {
			zero = append(zero, v+" == 0")
		} else if types.Comparable(pt) {
			zero = append(zero, v+" == ("+pname+"{})")
		} else {
			*temps--
			return "", nil, false, false
		}
	}
	list := strings.Join(args, ", ")
	if void {
		fmt.Fprintf(&b, "if %s { []%s{%s}[0](%s) } else { %s(%s) }; ", strings.Join(zero, " || "), sigName, fun, list, fun, list)
		return b.String(), st, true, true
	}
	rname, ok := typeName(sig.Results().At(0).Type())
	if !ok {
		*temps--
		return "", nil, false, false
	}
	r := fmt.Sprintf("__nzR%d", n)
	fmt.Fprintf(&b, "var %s %s; if %s { %s = []%s{%s}[0](%s) } else { %s = %s(%s) }; ", r, rname, strings.Join(zero, " || "), r, sigName, fun, list, r, fun, list)
	return b.String(), st, false, true
}

// simpleArg reports whether x is built of variables, fields, constants,
// conversions and arithmetic only.
func simpleArg(x ast.Expr, info *types.Info) bool {
	ok := true
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case nil, *ast.Ident, *ast.BasicLit, *ast.ParenExpr, *ast.SelectorExpr:
		case *ast.CallExpr:
			tv, isType := info.Types[n.Fun]
			ok = ok && isType && tv.IsType() && len(n.Args) == 1
		case *ast.BinaryExpr:
			ok = ok && n.Op != token.SHL && n.Op != token.SHR
		case *ast.UnaryExpr:
			ok = ok && (n.Op == token.SUB || n.Op == token.ADD)
		default:
			ok = false
		}
		return ok
	})
	return ok
}

// preludeMinMax lowers a call of the builtin min or max (id) of
// floating-point values to the prelude's (see NegativeZeroArgs).
func preludeMinMax(call *ast.CallExpr, id *ast.Ident, info *types.Info, typeName func(types.Type) (string, bool)) (Span, bool) {
	b, ok := info.Uses[id].(*types.Builtin)
	if !ok || b.Name() != "min" && b.Name() != "max" {
		return Span{}, false
	}
	tv := info.Types[call]
	if tv.Value != nil {
		return Span{}, false
	}
	if basic, ok := under(tv.Type).(*types.Basic); !ok || basic.Info()&types.IsFloat == 0 {
		return Span{}, false
	}
	name, ok := typeName(tv.Type)
	if !ok {
		return Span{}, false
	}
	fn := "__divergoMin"
	if b.Name() == "max" {
		fn = "__divergoMax"
	}
	return Span{id.Pos(), id.End(), fn + "[" + name + "]"}, true
}

// calledName is the name of the function called as fun (f, f[T], f[T, U]),
// or nil.
func calledName(fun ast.Expr) *ast.Ident {
	switch x := fun.(type) {
	case *ast.Ident:
		return x
	case *ast.IndexExpr:
		id, _ := x.X.(*ast.Ident)
		return id
	case *ast.IndexListExpr:
		id, _ := x.X.(*ast.Ident)
		return id
	}
	return nil
}

// mayPassNegZero reports whether a fixed (not variadic) argument of call
// may be a −0 the interpreter would drop.
func mayPassNegZero(call *ast.CallExpr, sig *types.Signature, info *types.Info) bool {
	fixed := sig.Params().Len()
	if sig.Variadic() {
		fixed--
	}
	if len(call.Args) == 1 && fixed > 1 {
		// f(g()) with g's results.
		if tuple, ok := info.TypeOf(call.Args[0]).(*types.Tuple); ok {
			for i := 0; i < tuple.Len(); i++ {
				if holdsFloat(tuple.At(i).Type(), map[types.Type]bool{}) {
					return true
				}
			}
			return false
		}
	}
	if len(call.Args) < fixed {
		return false
	}
	for i := 0; i < fixed; i++ {
		if holdsFloat(sig.Params().At(i).Type(), map[types.Type]bool{}) && !notNegZero(call.Args[i], info) {
			return true
		}
	}
	return false
}

// holdsFloat reports whether values of t hold a floating-point or complex
// number by value (not behind a pointer, slice, map or interface).
func holdsFloat(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsFloat|types.IsComplex) != 0
	case *types.Array:
		return holdsFloat(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if holdsFloat(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

// notNegZero reports whether x, of a floating-point type, cannot be −0: a
// constant (Go has no negative zero constant), a conversion of an integer,
// a sum with such an operand, or a difference whose left operand is one.
func notNegZero(x ast.Expr, info *types.Info) bool {
	if tv := info.Types[x]; tv.Value != nil {
		return true
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		if tv := info.Types[x.Fun]; tv.IsType() && len(x.Args) == 1 {
			if b, ok := under(info.TypeOf(x.Args[0])).(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
				return true
			}
		}
	case *ast.BinaryExpr:
		if _, ok := under(info.TypeOf(x)).(*types.Basic); !ok {
			return false
		}
		switch x.Op {
		case token.ADD:
			return notNegZero(x.X, info) || notNegZero(x.Y, info)
		case token.SUB:
			return notNegZero(x.X, info)
		}
	}
	return false
}

// ZeroBelow reports whether a is −0 and b +0 (the session's min and max:
// Go orders them so).
func ZeroBelow(a, b any) bool {
	va, vb := reflect.ValueOf(Unwrap(a)), reflect.ValueOf(Unwrap(b))
	switch va.Kind() {
	case reflect.Float32, reflect.Float64:
	default:
		return false
	}
	if vb.Kind() != va.Kind() {
		return false
	}
	x, y := va.Float(), vb.Float()
	return x == 0 && y == 0 && math.Signbit(x) && !math.Signbit(y)
}
