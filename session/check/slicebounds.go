package check

// This file gives slice-bounds errors Go's words. The interpreter says
// only "slice bounds out of range" (reflect's panic), where Go's runtime
// names the bounds and the length or capacity they were checked against:
//
//	s := "hey"; j := 9; _ = s[:j]   Go: slice bounds out of range [:9] with length 3
//	b := []byte(s); _ = b[:j]       Go: slice bounds out of range [:9] with capacity 3
//	i := 5; _ = s[i:]               Go: slice bounds out of range [5:3]
//	_ = a[0:2:k] (k = 1)            Go: slice bounds out of range [:2:1]
//
// Go checks the high bound against the capacity (a slice's) or the length
// (a string's, an array's) first, then the low bound against the high
// one; with three indexes the max bound against the capacity, then high
// against max, then low against high. A negative bound is named alone
// ([:-1], [-1:]). A slice expression outside any loop, whose operand and
// bounds can be read twice (names, fields, constants, arithmetic on them,
// len and cap; no calls, no index expressions), gets its bounds checked
// by a native helper in the place of its low bound, which returns it:
//
//	s[i:j]     →   s[__divergo.SliceBounds(int64(i), int64(j), true, len(s), false):j]
//	b[:j]      →   b[__divergo.SliceBounds(0, int64(j), true, cap(b), true):j]
//	a[i:j:k]   →   a[__divergo.SliceBounds3(int64(i), int64(j), int64(k), cap(a), true):j:k]
//
// Inside a loop (a native call per iteration costs) and where a bound has
// side effects, the interpreter's shorter message stays.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// sliceSpan is the lowering of x (see above); ok is false where it does
// not apply. The caller makes sure len and cap are the builtins.
func sliceSpan(x *ast.SliceExpr, info *types.Info, runtime string) ([]Span, bool) {
	t := info.TypeOf(x.X)
	if t == nil || !pureOperand(x.X, info) {
		return nil, false
	}
	capWord := false
	switch u := t.Underlying().(type) {
	case *types.Slice:
		capWord = true
	case *types.Basic:
		if u.Info()&types.IsString == 0 {
			return nil, false
		}
	case *types.Array:
	case *types.Pointer:
		if _, ok := u.Elem().Underlying().(*types.Array); !ok {
			return nil, false
		}
	default:
		return nil, false // type parameters
	}
	for _, b := range []ast.Expr{x.Low, x.High, x.Max} {
		if b != nil && !plainBound(b, info) {
			return nil, false
		}
	}
	operand := types.ExprString(x.X)
	n := "len(" + operand + ")"
	if capWord {
		n = "cap(" + operand + ")"
	}
	at, end := x.Lbrack+1, x.Lbrack+1
	lo := "0"
	if x.Low != nil {
		at, end = x.Low.Pos(), x.Low.End()
		lo = "int64(" + types.ExprString(x.Low) + ")"
	}
	var call string
	if x.Slice3 {
		call = fmt.Sprintf("%s.SliceBounds3(%s, int64(%s), int64(%s), %s, %t)", runtime, lo,
			types.ExprString(x.High), types.ExprString(x.Max), n, capWord)
	} else {
		hi, high := "int64(len("+operand+"))", false
		if x.High != nil {
			hi, high = "int64("+types.ExprString(x.High)+")", true
		}
		call = fmt.Sprintf("%s.SliceBounds(%s, %s, %t, %s, %t)", runtime, lo, hi, high, n, capWord)
	}
	return []Span{{at, end, call}}, true
}

// plainBound reports whether the bound b can be read twice as once and
// fails no check of its own: constants, variables, fields of variables,
// arithmetic on them (no division by a variable), len and cap of a
// variable, conversions; an integer of a type whose values fit an int64.
func plainBound(b ast.Expr, info *types.Info) bool {
	if bt, ok := info.TypeOf(b).Underlying().(*types.Basic); !ok || bt.Info()&types.IsInteger == 0 || bt.Kind() == types.Uint64 || bt.Kind() == types.Uint || bt.Kind() == types.Uintptr {
		if tv := info.Types[b]; tv.Value == nil {
			return false
		}
	}
	ok := true
	ast.Inspect(b, func(n ast.Node) bool {
		if !ok || n == nil {
			return false
		}
		switch n := n.(type) {
		case *ast.Ident, *ast.BasicLit, *ast.ParenExpr:
		case *ast.SelectorExpr:
			if info.Types[n].Value != nil {
				return false // a package's constant
			}
			if !pureOperand(n, info) {
				ok = false
			}
			return false
		case *ast.UnaryExpr:
			ok = n.Op == token.SUB || n.Op == token.ADD || n.Op == token.XOR
		case *ast.BinaryExpr:
			if (n.Op == token.QUO || n.Op == token.REM) && info.Types[n.Y].Value == nil {
				ok = false // may divide by zero
			}
		case *ast.CallExpr:
			if tv, isType := info.Types[n.Fun]; isType && tv.IsType() {
				return true
			}
			id, isIdent := ast.Unparen(n.Fun).(*ast.Ident)
			if !isIdent || len(n.Args) != 1 {
				ok = false
				return false
			}
			if bi, isBuiltin := info.Uses[id].(*types.Builtin); !isBuiltin || bi.Name() != "len" && bi.Name() != "cap" || !pureOperand(n.Args[0], info) {
				ok = false
			}
			return false
		default:
			ok = false
		}
		return ok
	})
	return ok
}

// SliceBounds returns lo when lo and hi are within a value of length or
// capacity n (capWord: a slice's capacity; else a string's or an array's
// length); high: hi was written (else it is the length, and only lo is
// checked against it). Else it panics as Go's runtime does (a
// runtime.Error, see above).
func SliceBounds(lo, hi int64, high bool, n int, capWord bool) int {
	word := "length"
	if capWord {
		word = "capacity"
	}
	if high && (hi < 0 || hi > int64(n)) {
		if hi < 0 {
			panic(runtimeError(fmt.Sprintf("runtime error: slice bounds out of range [:%d]", hi)))
		}
		panic(runtimeError(fmt.Sprintf("runtime error: slice bounds out of range [:%d] with %s %d", hi, word, n)))
	}
	if lo < 0 {
		panic(runtimeError(fmt.Sprintf("runtime error: slice bounds out of range [%d:]", lo)))
	}
	if lo > hi {
		panic(runtimeError(fmt.Sprintf("runtime error: slice bounds out of range [%d:%d]", lo, hi)))
	}
	return int(lo)
}

// SliceBounds3 is SliceBounds of a full slice expression a[lo:hi:max]:
// max is checked against the capacity first, then hi against max, then
// lo against hi.
func SliceBounds3(lo, hi, max int64, n int, capWord bool) int {
	word := "length"
	if capWord {
		word = "capacity"
	}
	switch {
	case max < 0:
		panic(runtimeError(fmt.Sprintf("runtime error: slice bounds out of range [::%d]", max)))
	case max > int64(n):
		panic(runtimeError(fmt.Sprintf("runtime error: slice bounds out of range [::%d] with %s %d", max, word, n)))
	case hi < 0:
		panic(runtimeError(fmt.Sprintf("runtime error: slice bounds out of range [:%d:]", hi)))
	case hi > max:
		panic(runtimeError(fmt.Sprintf("runtime error: slice bounds out of range [:%d:%d]", hi, max)))
	case lo < 0:
		panic(runtimeError(fmt.Sprintf("runtime error: slice bounds out of range [%d::]", lo)))
	case lo > hi:
		panic(runtimeError(fmt.Sprintf("runtime error: slice bounds out of range [%d:%d:]", lo, hi)))
	}
	return int(lo)
}
