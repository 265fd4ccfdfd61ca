package check

// This file passes a negative zero to the program's functions. The
// interpreter (yaegi v0.16.1, interp/run.go's call) copies a call's
// arguments into the callee's new frame only when reflect.Value.IsZero
// says they are not zero, and IsZero compares floats with == 0: a −0.0
// argument (or a complex, struct or array value holding one) stayed the
// frame's +0 (func inv(x float64) float64 { return 1 / x } gave +Inf for
// inv(math.Copysign(0, -1)), Go −Inf). A call through a function value
// goes through reflect, which copies every argument, so such a call of a
// function declared in the program is made through its value:
//
//	inv(z)   →   (func(float64) float64)(inv)(z)
//
// Only where an argument of a floating-point or complex type (or a struct
// or array holding one) may be −0: not a constant, not a conversion of an
// integer, not a sum with such an operand. Methods, function values and
// literals, deferred calls and the builtins are not concerned (min and max
// take their operands as variadic arguments, which are copied: gostd's
// builtin).

import (
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
	ast.Inspect(f, func(n ast.Node) bool {
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
			if inferred && !absorbed {
				// The type arguments are written by boundary.typeArgs
				// among another list's edits (a cell's), at the name's
				// end: converted around them.
				out = append(out, Span{fun.Pos(), fun.Pos(), "(" + sigName + ")("}, Span{fun.End(), fun.End(), ")"})
				return true
			}
			out = append(out, Span{fun.Pos(), fun.End(), "(" + sigName + ")(" + name + targs + ")"})
		}
		return true
	})
	return append(spans, out...)
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
	if len(call.Args) < fixed {
		return false // f(g()) with g's results: not copied one by one
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
