package check

// This file holds the boundary pass's refusals for comparisons of
// interface values that happen outside the program's own == (anyequal.go's):
// in the standard library (context's keys, sync.Map's, reflect.DeepEqual)
// and in generic code instantiated with an interface type for a comparable
// type parameter (slices.Index on a []any, a Count[T comparable] over a
// []any). Measured against `go run` (yaegi v0.16.1):
//
//   - The interpreter hands the standard library a value of a program type,
//     with methods or without, as a value of its underlying type: keys
//     reqIDKey(0) and traceKey(0) of two types `int` were one context key,
//     ctx.Value("user") found a value stored under ctxKey("user"), a
//     sync.Map held one entry for A(1), B(1) and 1, and
//     reflect.DeepEqual(Celsius(1), Fahrenheit(1)) was true (Go: false).
//   - Generic code comparing values of a type parameter instantiated with
//     any compares them as the program's == on an any does: without type
//     names for types without methods (a Celsius and a Fahrenheit of the
//     same value were one), through wrappers for types with methods.

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strings"
)

// A nativeKey is a value given to the standard library where it compares
// it, with ==, with the others of its domain.
type nativeKey struct {
	domain, fn string
	x          ast.Expr
	t          types.Type
}

// comparedArg is an argument of a function of the standard library that
// it compares with the others of its domain (when compares; else the
// argument is only kept, to be compared by another function of the
// domain).
type comparedArg struct {
	domain   string
	arg      int
	compares bool
}

var comparedArgs = map[string][]comparedArg{
	"context.WithValue":           {{"context keys", 1, true}},
	"context.Context.Value":       {{"context keys", 0, true}},
	"sync.Map.Load":               {{"sync.Map keys", 0, true}},
	"sync.Map.Store":              {{"sync.Map keys", 0, true}, {"sync.Map values", 1, false}},
	"sync.Map.LoadOrStore":        {{"sync.Map keys", 0, true}, {"sync.Map values", 1, false}},
	"sync.Map.LoadAndDelete":      {{"sync.Map keys", 0, true}},
	"sync.Map.Delete":             {{"sync.Map keys", 0, true}},
	"sync.Map.Swap":               {{"sync.Map keys", 0, true}, {"sync.Map values", 1, false}},
	"sync.Map.CompareAndSwap":     {{"sync.Map keys", 0, true}, {"sync.Map values", 1, true}, {"sync.Map values", 2, false}},
	"sync.Map.CompareAndDelete":   {{"sync.Map keys", 0, true}, {"sync.Map values", 1, true}},
	"atomic.Value.CompareAndSwap": {{"atomic.Value values", 0, true}, {"atomic.Value values", 1, false}},
}

// nativeCompared notes the arguments of call (of the standard library's
// fn) that it compares (comparedArgs), and checks reflect.DeepEqual's.
func (b *boundary) nativeCompared(call *ast.CallExpr, fn string) {
	if fn == "reflect.DeepEqual" && len(call.Args) == 2 {
		b.deepEqual(call)
		return
	}
	for _, c := range comparedArgs[fn] {
		if c.arg >= len(call.Args) {
			continue
		}
		x := call.Args[c.arg]
		t := b.info.TypeOf(x)
		if t == nil || b.info.Types[x].IsNil() {
			continue
		}
		if b.nativeComparing == nil {
			b.nativeComparing = map[string]bool{}
		}
		b.nativeComparing[c.domain] = b.nativeComparing[c.domain] || c.compares
		b.nativeKeys = append(b.nativeKeys, nativeKey{c.domain, fn, x, defaultType(t)})
	}
}

func defaultType(t types.Type) types.Type {
	if basic, ok := t.(*types.Basic); ok && basic.Info()&types.IsUntyped != 0 {
		return types.Default(t)
	}
	return t
}

// erased is t as the interpreter hands its values to the standard
// library: the program's types (but generic ones' instances) replaced by
// their underlying types, through pointers, elements and fields.
func erased(t types.Type, seen map[*types.Named]bool) types.Type {
	switch tt := types.Unalias(t).(type) {
	case *types.Basic:
		if tt.Info()&types.IsUntyped != 0 {
			return erased(types.Default(tt), seen)
		}
		return types.Typ[tt.Kind()]
	case *types.Named:
		if programNamed(tt) == nil || tt.TypeArgs().Len() > 0 || types.IsInterface(tt) || seen[tt] {
			return tt
		}
		seen[tt] = true
		defer delete(seen, tt)
		return erased(tt.Underlying(), seen)
	case *types.Pointer:
		return types.NewPointer(erased(tt.Elem(), seen))
	case *types.Slice:
		return types.NewSlice(erased(tt.Elem(), seen))
	case *types.Array:
		return types.NewArray(erased(tt.Elem(), seen), tt.Len())
	case *types.Map:
		return types.NewMap(erased(tt.Key(), seen), erased(tt.Elem(), seen))
	case *types.Chan:
		return types.NewChan(tt.Dir(), erased(tt.Elem(), seen))
	case *types.Struct:
		var fields []*types.Var
		var tags []string
		for i := 0; i < tt.NumFields(); i++ {
			f := tt.Field(i)
			fields = append(fields, types.NewField(f.Pos(), f.Pkg(), f.Name(), erased(f.Type(), seen), false))
			tags = append(tags, tt.Tag(i))
		}
		return types.NewStruct(fields, tags)
	}
	return t
}

// erasedKey is erased's type as a string, to compare.
func erasedKey(t types.Type) string {
	return typeString(erased(t, map[*types.Named]bool{}))
}

// sameErased reports whether values of the types t1 and t2 differ in Go
// (the types are not identical) but are taken for one another by the
// standard library under the interpreter (erased alike).
func sameErased(t1, t2 types.Type) bool {
	return !types.Identical(t1, t2) && erasedKey(t1) == erasedKey(t2)
}

// deepEqual refuses reflect.DeepEqual(x, y) where the interpreter's answer
// can be wrong: x and y of two types erased alike (Celsius and
// Fahrenheit, P and Q of the same fields: true where Go's is false), or
// values holding anys while values stored in anys would compare wrong
// there (wrappers of a type with methods: false where Go's is true; two
// types without a name there: true where Go's false).
func (b *boundary) deepEqual(call *ast.CallExpr) {
	x, y := call.Args[0], call.Args[1]
	tx, ty := b.info.TypeOf(x), b.info.TypeOf(y)
	if tx == nil || ty == nil {
		return
	}
	tx, ty = defaultType(tx), defaultType(ty)
	if !types.IsInterface(tx) && !types.IsInterface(ty) && sameErased(tx, ty) {
		b.refuse(call, "reflect.DeepEqual of %s and %s: the interpreter hands reflect both as %s, so DeepEqual would compare their values where Go answers false (their types differ). Not supported: convert both to one type first, or compare the values with ==",
			article(typeString(tx)), article(typeString(ty)), typeString(erased(tx, map[*types.Named]bool{})))
		return
	}
	if !holdsAny(tx, map[types.Type]bool{}) && !holdsAny(ty, map[types.Type]bool{}) {
		return
	}
	b.pending = append(b.pending, func() {
		b.compares["any"] = true
		b.compares["rawany"] = true // lateStores: reflect compares them itself
		if m := b.methodStored(); m != nil {
			b.refuse(call, "reflect.DeepEqual of %s and %s while values of %s, a type with methods declared in %s, are stored in an any: the interpreter keeps them there through a wrapper, and DeepEqual of two equal %[3]s values would be false (Go: true). Not supported: compare the %[3]s values themselves (after v, ok := x.(%[3]s)), or store comparable values (strings, numbers) instead",
				typeString(tx), typeString(ty), typeString(m), b.where)
		} else if t1, t2 := b.anyCollision(); t1 != nil {
			b.refuse(call, "reflect.DeepEqual of %s and %s while values of %s and of %s are stored in an any: the interpreter keeps no type name there, so DeepEqual would take %s and %s of the same value for equal (Go: unequal, their types differ). Not supported: convert the values to one type before storing them in an any",
				typeString(tx), typeString(ty), typeString(t1), typeString(t2), article(typeString(t1)), article(typeString(t2)))
		}
	})
}

// nativeKeyCollisions refuses, after the walk, the first value given to
// the standard library where it compares it (comparedArgs) that it would
// take for another of its domain of another type: two types erased alike
// (reqIDKey and traceKey, both int; ctxKey and string), or, for a value of
// static type any, two such types whose values are stored in an any. A
// session's earlier cells' keys count too (the facts natkey:DOMAIN:…).
func (b *boundary) nativeKeyCollisions() {
	var domains []string
	byDomain := map[string][]nativeKey{}
	for _, k := range b.nativeKeys {
		if byDomain[k.domain] == nil {
			domains = append(domains, k.domain)
		}
		byDomain[k.domain] = append(byDomain[k.domain], k)
	}
	for _, d := range domains {
		if !b.nativeComparing[d] && (b.reached == nil || !b.reached["natcompares:"+d]) {
			continue
		}
		noun := strings.TrimSuffix(d[strings.LastIndex(d, " ")+1:], "s")
		first := map[string]types.Type{}
		var keyAny *nativeKey
		for _, k := range byDomain[d] {
			if types.IsInterface(k.t) {
				if emptyInterface(k.t) && keyAny == nil {
					k := k
					keyAny = &k
				}
				continue
			}
			if _, ptr := k.t.Underlying().(*types.Pointer); ptr {
				continue // compared by address
			}
			e := erasedKey(k.t)
			other := first[e]
			if other == nil && b.reached != nil {
				other = b.earlierKey(d, e, k.t)
			}
			if other != nil && !types.Identical(other, k.t) {
				b.refuse(k.x, "%s with a %s of type %s while %ss of type %s are given to %s too: the interpreter hands the standard library both as %s, so %s and %s of the same value would be one %[2]s (Go: two, their types differ). Not supported: use one %[2]s type, with distinct values (type ctxKey int; const (userKey ctxKey = iota; traceKey)), or %[2]s types of distinct structure (type userKey struct{ user int })",
					k.fn, noun, typeString(k.t), noun, typeString(other), d[:strings.LastIndex(d, " ")], typeString(erased(k.t, map[*types.Named]bool{})), article(typeString(k.t)), article(typeString(other)))
				return
			}
			if first[e] == nil {
				first[e] = k.t
			}
		}
		if keyAny != nil {
			if t1, t2 := b.erasedStored(first); t1 != nil {
				b.refuse(keyAny.x, "%s with a %s of type %s while values of %s and of %s may be given as %[2]ss: the interpreter hands the standard library both as %[6]s, so %[7]s and %[8]s of the same value would be one %[2]s (Go: two, their types differ). Not supported: use %[2]ss of one type",
					keyAny.fn, noun, typeString(keyAny.t), typeString(t1), typeString(t2), typeString(erased(t1, map[*types.Named]bool{})), article(typeString(t1)), article(typeString(t2)))
				return
			}
		}
	}
	if b.reached != nil {
		for d := range b.nativeComparing {
			if b.nativeComparing[d] {
				b.reached["natcompares:"+d] = true
			}
		}
		for _, k := range b.nativeKeys {
			if n := programNamed(k.t); n == nil || n.Obj().Parent() == n.Obj().Pkg().Scope() {
				if !types.IsInterface(k.t) {
					b.reached["natkey:"+k.domain+":"+erasedKey(k.t)+":"+typeString(k.t)] = true
				}
			}
		}
	}
}

// earlierKey returns a type, other than t, of the values an earlier cell
// gave the domain d that are erased as e, or nil.
func (b *boundary) earlierKey(d, e string, t types.Type) types.Type {
	prefix := "natkey:" + d + ":" + e + ":"
	var names []string
	for key := range b.reached {
		if name, ok := strings.CutPrefix(key, prefix); ok && name != typeString(t) {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return nil
	}
	sort.Strings(names)
	if tn, ok := types.Universe.Lookup(names[0]).(*types.TypeName); ok {
		return tn.Type()
	}
	for _, tn := range b.comparableTypes() {
		if tn.Name() == names[0] {
			return tn.Type()
		}
	}
	// A type the checked files do not see: named by a placeholder of
	// its name.
	return types.NewNamed(types.NewTypeName(0, nil, names[0], nil), types.Typ[types.Invalid], nil)
}

// erasedStored returns two types, of the keys (first, by their erased
// form) or of the values stored in an any, that the standard library
// would take for one another under the interpreter, or nils.
func (b *boundary) erasedStored(first map[string]types.Type) (types.Type, types.Type) {
	seen := map[string]types.Type{}
	var keys []string
	for e := range first {
		keys = append(keys, e)
	}
	sort.Strings(keys)
	for _, e := range keys {
		seen[e] = first[e]
	}
	try := func(t types.Type) types.Type {
		e := erasedKey(t)
		if other := seen[e]; other != nil && !types.Identical(other, t) {
			return other
		}
		if seen[e] == nil {
			seen[e] = t
		}
		return nil
	}
	for _, tn := range b.comparableTypes() {
		if val, _ := b.storedForms(tn); val {
			if other := try(tn.Type()); other != nil {
				return tn.Type(), other
			}
		}
	}
	var basics []string
	for name := range b.storedBasic {
		basics = append(basics, name)
	}
	sort.Strings(basics)
	for _, name := range basics {
		if tn, ok := types.Universe.Lookup(name).(*types.TypeName); ok {
			if other := try(tn.Type()); other != nil {
				return tn.Type(), other
			}
		}
	}
	return nil, nil
}

// genericCompares refuses, after the walk, an instantiation of a generic
// function or type with an interface type for a comparable type parameter
// (slices.Index on a []any; Count[T comparable] with a []any) where the
// interpreter would compare its values wrong: the generic code compares
// them (or keys a map by them) as the program's == compares interfaces
// (equal's judgement).
func (b *boundary) genericCompares() {
	for _, id := range instancesIn(b.file, b.info) {
		var tparams *types.TypeParamList
		var name string
		switch obj := b.info.Uses[id].(type) {
		case *types.Func:
			tparams = obj.Type().(*types.Signature).TypeParams()
			name = obj.Name()
			if obj.Pkg() != nil && obj.Pkg().Path() != pkgPath {
				name = obj.Pkg().Name() + "." + name
			}
		case *types.TypeName:
			if n, ok := obj.Type().(*types.Named); ok {
				tparams = n.TypeParams()
			}
			name = obj.Name()
		}
		args := b.info.Instances[id].TypeArgs
		if tparams == nil || args == nil {
			continue
		}
		for k := 0; k < tparams.Len() && k < args.Len(); k++ {
			arg := args.At(k)
			if _, tp := arg.(*types.TypeParam); tp || !types.IsInterface(arg) {
				continue
			}
			c, ok := tparams.At(k).Constraint().Underlying().(*types.Interface)
			if !ok || !c.IsComparable() {
				continue
			}
			what := fmt.Sprintf("%s, instantiated with %s = %s (comparable: its code compares values with == or keys maps by them), compares", name, tparams.At(k).Obj().Name(), typeString(arg))
			b.equal(id, nil, nil, arg, arg, what)
			if b.at != nil {
				return
			}
		}
	}
}
