package check

// This file gives a failed assertion to a concrete type Go's message. The
// interpreter (yaegi v0.16.1) named the program's types by their
// structure and every interface as interface {}:
//
//	var sh Shape = Square{2}; sh.(Circle)
//	Go:              interface conversion: main.Shape is main.Square, not main.Circle
//	the interpreter: interface conversion: interface {} is struct { S float64 }, not struct { R float64 }
//
// Such an assertion, x.(T) with T not an interface and one value wanted,
// is lowered to a function literal that asserts with comma-ok and, when
// that fails, panics with ConcreteAssertFailed's runtime error: the
// static type's and T's names are known before the program runs; the
// dynamic type's is found at run time among the program's struct and
// array types that may be in x (given with a zero value each), or is its
// reflection's name (int, *errors.errorString), with the names NameTypes
// recorded for the structures in it (a session's types declared later):
//
//	sh.(Circle)   →   func(__ax Shape) Circle { __aw, __aok := __ax.(Circle); if !__aok { panic(rt.ConcreteAssertFailed(__ax, "main.Shape", "main.Circle", "main.Square", Square{}, …)) }; return __aw }(sh)
//
// A type of the program whose underlying type is a basic one (type Code
// int) cannot be told from that basic type at run time: its values are
// named by the basic type (int for Go's main.Code), as before.

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"
)

// ConcreteAsserts returns the lowerings of f's assertions to concrete
// types whose failure message names a type of the program (see above),
// but for those another lowering rewrote already (others).
func ConcreteAsserts(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool), runtime string, others []Span) []Span {
	if !treeHolds(f, hasAssert) {
		return nil // nothing of the kind to lower (walk.go)
	}
	scope := programScope(info)
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil {
			return true
		}
		if _, commaOk := info.Types[ta].Type.(*types.Tuple); commaOk {
			return true
		}
		from, to := info.TypeOf(ta.X), info.TypeOf(ta.Type)
		if from == nil || to == nil || types.IsInterface(to) || hasTypeParam(from) || hasTypeParam(to) {
			return true
		}
		it, ok := from.Underlying().(*types.Interface)
		if !ok {
			return true
		}
		pairs := assertPairs(scope, it, typeName)
		if len(pairs) == 0 && !mentionsProgram(from, map[types.Type]bool{}) && !mentionsProgram(to, map[types.Type]bool{}) {
			return true // the interpreter names every type as Go does
		}
		fromText, ok1 := typeName(from)
		toText, ok2 := typeName(to)
		if !ok1 || !ok2 || spanOverlaps(others, ta.X.End(), ta.End()) || spanOverlaps(others, ta.Pos(), ta.Pos()) {
			return true
		}
		args := append([]string{"__ax", strconv.Quote(runtimeName(from)), strconv.Quote(runtimeName(to))}, pairs...)
		open := "func(__ax " + fromText + ") " + toText + " { __aw, __aok := __ax.(" + toText + "); if !__aok { panic(" + runtime + ".ConcreteAssertFailed(" + strings.Join(args, ", ") + ")) }; return __aw }("
		spans = append(spans, Span{ta.Pos(), ta.Pos(), open}, Span{ta.X.End(), ta.End(), ")"})
		return true
	})
	return spans
}

// programScope is the scope of the package info's objects belong to.
func programScope(info *types.Info) *types.Scope {
	for _, obj := range info.Defs {
		if obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == pkgPath {
			return obj.Pkg().Scope()
		}
	}
	return nil
}

// assertPairs are ConcreteAssertFailed's pairs for a value of an
// interface type it (assertCandidates): a name and a zero value each, as
// Go text.
func assertPairs(scope *types.Scope, it *types.Interface, typeName func(types.Type) (string, bool)) []string {
	var pairs []string
	for _, c := range assertCandidates(scope, it) {
		if text, ok := typeName(c); ok {
			zero := text + "{}"
			if _, ptr := c.(*types.Pointer); ptr {
				zero = "(" + text + ")(nil)"
			}
			pairs = append(pairs, strconv.Quote(runtimeName(c)), zero)
		}
	}
	return pairs
}

// assertCandidates are the program's struct and array types (and pointers
// to them), declared at package level and not generic, that implement it:
// what a value of its type may hold that the interpreter's reflection
// names by its structure.
func assertCandidates(scope *types.Scope, it *types.Interface) []types.Type {
	if scope == nil {
		return nil
	}
	var out []types.Type
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		switch n.Underlying().(type) {
		case *types.Struct, *types.Array:
		default:
			continue
		}
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			if types.Implements(t, it) {
				out = append(out, t)
			}
		}
	}
	return out
}

// spanOverlaps reports whether one of spans replaces text overlapping
// [from, to), or inserts inside it (at from, when from == to).
func spanOverlaps(spans []Span, from, to token.Pos) bool {
	for _, sp := range spans {
		if sp.Pos < sp.End && sp.Pos < max(to, from+1) && from < sp.End {
			return true
		}
		if sp.Pos == sp.End && sp.Pos == from && from == to {
			return true
		}
	}
	return false
}

// ConcreteAssertFailed is the panic of a failed assertion x.(T) to a
// concrete type, with Go's message (a runtime.Error): static and target
// are the names of x's type and T as Go's runtime writes them, pairs the
// names and zero values of the program's types x may hold
// (ConcreteAsserts). Two types of one structure cannot be told apart: both
// are named.
func ConcreteAssertFailed(x any, static, target string, pairs ...any) error {
	if t := reflect.TypeOf(x); t != nil && t.String() == "interp.valueInterface" && reflect.ValueOf(x).IsZero() {
		x = nil // the interpreter's nil value of an interface of the program
	}
	if x == nil {
		return runtimeError("interface conversion: " + static + " is nil, not " + target)
	}
	v := plainOf(x)
	if !v.IsValid() {
		return runtimeError("interface conversion: " + static + " is nil, not " + target)
	}
	concrete := v.Type().String()
	var names []string
	for i := 0; i+1 < len(pairs); i += 2 {
		if name, ok := pairs[i].(string); ok && reflect.TypeOf(pairs[i+1]) == v.Type() {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		concrete = namedStructures(concrete) // a type declared since the code was compiled (NameTypes)
	} else if len(names) == 1 {
		concrete = names[0]
	} else {
		concrete = strings.Join(names, " or ") + " (the interpreter cannot tell which)"
	}
	return runtimeError("interface conversion: " + static + " is " + concrete + ", not " + target)
}
