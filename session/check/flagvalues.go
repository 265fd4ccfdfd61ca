package check

// This file makes the flag package's usage text (PrintDefaults, and the
// usage -h or a parse error prints) leave out "(default …)" for a flag
// whose Value is a type of the program exactly where Go's does. Go's flag
// decides it by building a zero value of the Value's dynamic type with
// reflect (isZeroValue: reflect.New of the pointer's element, or
// reflect.Zero) and comparing its String with the default. The
// interpreter (yaegi v0.16.1) gives flag its wrapper struct of the value
// (IValue and the methods as functions), whose zero value has no methods
// to call and says "": Go printed "-verbosity value\n    \thow loud", the
// interpreter "… how loud (default 0)" for a type count int whose zero
// String is "0".
//
// So a value of a type of the program given to flag.Var or FlagSet.Var is
// handed over in a copy of the wrapper of a type of divergo's own, one per
// distinct zero text, whose zero value's String says the text of the
// program type's zero value, computed by the program's own String method
// when Var is called:
//
//	fs.Var(&c, "verbosity", "…")   →   fs.Var(rt.FlagValue(&c, func() string { return new(count).String() }), "verbosity", "…")
//
// The copy has the wrapper's fields (its first method's closure, which
// Keep's record of the value is found by, included) and its methods, so
// the interpreter's own assertions (fs.Lookup(n).Value.(*count)) and
// kept.go's helpers read it as they read the wrapper. A zero value whose
// String panics (Go names the program's type in the usage's report of
// it) stops the program at Var, as does a program with more than
// len(flagSlots) distinct zero texts.

import (
	"flag"
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"strings"
	"sync"
)

// A flagValue is a copy of the interpreter's wrapper of a flag.Value of
// the program (fields as in the symbol table's _flag_Value), of a type of
// its own for each slot S: its zero value's String is the slot's text.
type flagValue[S any] struct {
	IValue  interface{}
	WSet    func(a0 string) error
	WString func() string
}

// Set sets the program's value, as the wrapper's Set does.
func (W flagValue[S]) Set(a0 string) error { return W.WSet(a0) }

// String is the program's value's String; for the zero value, which only
// the flag package's isZeroValue makes, the text of the zero value of the
// program's type that this slot stands for.
func (W flagValue[S]) String() string {
	if W.WString == nil {
		var s S
		return flagZeroText(reflect.TypeOf(s).Len())
	}
	return W.WString()
}

// A flagBoolValue is flagValue for a value of the program with flag's
// IsBoolFlag method (boolFlagVia): the interpreter's wrapper of a
// flag.Value has Set and String only, so Go's flag, which asks the Value
// for IsBoolFlag when it parses -name and when it prints the usage, took
// the next argument as the flag's value (-v -v file.txt set v to "-v"
// and left file.txt as the only argument, where Go counts two -v). The
// copy has a fourth function field, the value's IsBoolFlag called through
// the program's code, and the method that calls it.
type flagBoolValue[S any] struct {
	IValue      interface{}
	WSet        func(a0 string) error
	WString     func() string
	WIsBoolFlag func() bool
}

// Set sets the program's value, as the wrapper's Set does.
func (W flagBoolValue[S]) Set(a0 string) error { return W.WSet(a0) }

// String is flagValue's String: the zero value's is the slot's text.
func (W flagBoolValue[S]) String() string {
	if W.WString == nil {
		var s S
		return flagZeroText(reflect.TypeOf(s).Len())
	}
	return W.WString()
}

// IsBoolFlag is the program's value's IsBoolFlag (false for the zero
// value, of which Go's flag asks String only).
func (W flagBoolValue[S]) IsBoolFlag() bool {
	if W.WIsBoolFlag == nil {
		return false
	}
	return W.WIsBoolFlag()
}

// flagSlots are the types of flagValue, the k-th standing for the k-th
// distinct zero text (an array of length k tells them apart).
var flagSlots = []reflect.Type{
	reflect.TypeFor[flagValue[[0]struct{}]](), reflect.TypeFor[flagValue[[1]struct{}]](),
	reflect.TypeFor[flagValue[[2]struct{}]](), reflect.TypeFor[flagValue[[3]struct{}]](),
	reflect.TypeFor[flagValue[[4]struct{}]](), reflect.TypeFor[flagValue[[5]struct{}]](),
	reflect.TypeFor[flagValue[[6]struct{}]](), reflect.TypeFor[flagValue[[7]struct{}]](),
	reflect.TypeFor[flagValue[[8]struct{}]](), reflect.TypeFor[flagValue[[9]struct{}]](),
	reflect.TypeFor[flagValue[[10]struct{}]](), reflect.TypeFor[flagValue[[11]struct{}]](),
	reflect.TypeFor[flagValue[[12]struct{}]](), reflect.TypeFor[flagValue[[13]struct{}]](),
	reflect.TypeFor[flagValue[[14]struct{}]](), reflect.TypeFor[flagValue[[15]struct{}]](),
	reflect.TypeFor[flagValue[[16]struct{}]](), reflect.TypeFor[flagValue[[17]struct{}]](),
	reflect.TypeFor[flagValue[[18]struct{}]](), reflect.TypeFor[flagValue[[19]struct{}]](),
	reflect.TypeFor[flagValue[[20]struct{}]](), reflect.TypeFor[flagValue[[21]struct{}]](),
	reflect.TypeFor[flagValue[[22]struct{}]](), reflect.TypeFor[flagValue[[23]struct{}]](),
	reflect.TypeFor[flagValue[[24]struct{}]](), reflect.TypeFor[flagValue[[25]struct{}]](),
	reflect.TypeFor[flagValue[[26]struct{}]](), reflect.TypeFor[flagValue[[27]struct{}]](),
	reflect.TypeFor[flagValue[[28]struct{}]](), reflect.TypeFor[flagValue[[29]struct{}]](),
	reflect.TypeFor[flagValue[[30]struct{}]](), reflect.TypeFor[flagValue[[31]struct{}]](),
}

// flagBoolSlots are flagSlots' counterparts of flagBoolValue.
var flagBoolSlots = []reflect.Type{
	reflect.TypeFor[flagBoolValue[[0]struct{}]](), reflect.TypeFor[flagBoolValue[[1]struct{}]](),
	reflect.TypeFor[flagBoolValue[[2]struct{}]](), reflect.TypeFor[flagBoolValue[[3]struct{}]](),
	reflect.TypeFor[flagBoolValue[[4]struct{}]](), reflect.TypeFor[flagBoolValue[[5]struct{}]](),
	reflect.TypeFor[flagBoolValue[[6]struct{}]](), reflect.TypeFor[flagBoolValue[[7]struct{}]](),
	reflect.TypeFor[flagBoolValue[[8]struct{}]](), reflect.TypeFor[flagBoolValue[[9]struct{}]](),
	reflect.TypeFor[flagBoolValue[[10]struct{}]](), reflect.TypeFor[flagBoolValue[[11]struct{}]](),
	reflect.TypeFor[flagBoolValue[[12]struct{}]](), reflect.TypeFor[flagBoolValue[[13]struct{}]](),
	reflect.TypeFor[flagBoolValue[[14]struct{}]](), reflect.TypeFor[flagBoolValue[[15]struct{}]](),
	reflect.TypeFor[flagBoolValue[[16]struct{}]](), reflect.TypeFor[flagBoolValue[[17]struct{}]](),
	reflect.TypeFor[flagBoolValue[[18]struct{}]](), reflect.TypeFor[flagBoolValue[[19]struct{}]](),
	reflect.TypeFor[flagBoolValue[[20]struct{}]](), reflect.TypeFor[flagBoolValue[[21]struct{}]](),
	reflect.TypeFor[flagBoolValue[[22]struct{}]](), reflect.TypeFor[flagBoolValue[[23]struct{}]](),
	reflect.TypeFor[flagBoolValue[[24]struct{}]](), reflect.TypeFor[flagBoolValue[[25]struct{}]](),
	reflect.TypeFor[flagBoolValue[[26]struct{}]](), reflect.TypeFor[flagBoolValue[[27]struct{}]](),
	reflect.TypeFor[flagBoolValue[[28]struct{}]](), reflect.TypeFor[flagBoolValue[[29]struct{}]](),
	reflect.TypeFor[flagBoolValue[[30]struct{}]](), reflect.TypeFor[flagBoolValue[[31]struct{}]](),
}

// flagZeros numbers the zero texts met, in flagSlots' order.
var flagZeros struct {
	sync.Mutex
	texts []string
	slot  map[string]int
}

// flagZeroText is the zero text slot k stands for.
func flagZeroText(k int) string {
	flagZeros.Lock()
	defer flagZeros.Unlock()
	if k < len(flagZeros.texts) {
		return flagZeros.texts[k]
	}
	return ""
}

// isFlagValue reports whether t is one of flagSlots (for wrapperInterface).
func isFlagValue(t reflect.Type) bool {
	for _, s := range flagSlots {
		if s == t {
			return true
		}
	}
	for _, s := range flagBoolSlots {
		if s == t {
			return true
		}
	}
	return false
}

// FlagValue returns the interpreter's wrapper v of a flag.Value of the
// program copied into the flagValue type whose zero value's String is
// zero's result for the value's type (see above); a v that is no such
// wrapper (a value of another package) is returned as it is. name is the
// value's type as Go names it, or "" where the argument was of an
// interface type: Keep's record of the wrapper names it then, and zero
// answers false for a type it does not know.
func FlagValue(v flag.Value, zero func(name string) (string, bool), name string) flag.Value {
	return flagValueCopy(v, zero, name, nil)
}

// FlagBoolValue is FlagValue for a value of the program whose IsBoolFlag
// method isBool calls (boolFlagVia): the copy, a flagBoolValue, has that
// method too.
func FlagBoolValue(v flag.Value, isBool func() bool, zero func(name string) (string, bool), name string) flag.Value {
	return flagValueCopy(v, zero, name, isBool)
}

// flagValueCopy is FlagValue's work, copying into a flagBoolValue whose
// IsBoolFlag calls isBool when isBool is not nil.
func flagValueCopy(v flag.Value, zero func(name string) (string, bool), name string, isBool func() bool) flag.Value {
	w := reflect.ValueOf(v)
	if !w.IsValid() || !interfaceWrapper(w.Type()) || w.Type().NumField() != 3 || w.Type().Field(1).Name != "WSet" || w.Type().Field(2).Name != "WString" {
		return v
	}
	if name == "" {
		if _, n, ok := Kept(v); ok && n != "" {
			name = n
		}
	}
	known := name != ""
	text, panicked := func() (text string, panicked any) {
		defer func() {
			if r := recover(); r != nil {
				panicked = Recovered(r)
			}
		}()
		if known {
			text, known = zero(name)
		}
		return text, nil
	}()
	if !known {
		panic("divergo: flag.Var of a flag.Value holding a value of the program whose type divergo cannot tell (stored in the interface out of its sight, or of a type declared inside a function): Go's flag compares the String of its type's zero value with the default in the usage text, which the interpreter cannot; not supported: pass the value as its own type (fs.Var(&v, …))")
	}
	if panicked != nil {
		panic(fmt.Sprintf("divergo: flag.Var of a %s, whose zero value's String panics: Go's flag reports that panic in the usage text naming %s, which the interpreter cannot; not supported: make String work on the zero value", name, name))
	}
	flagZeros.Lock()
	k, ok := flagZeros.slot[text]
	if !ok {
		if len(flagZeros.texts) == len(flagSlots) {
			flagZeros.Unlock()
			panic(fmt.Sprintf("divergo: flag.Var of a %s: flag values of the program with more than %d different zero-value texts are not supported (the flag package's usage text would tell them apart wrongly)", name, len(flagSlots)))
		}
		if flagZeros.slot == nil {
			flagZeros.slot = map[string]int{}
		}
		k = len(flagZeros.texts)
		flagZeros.slot[text] = k
		flagZeros.texts = append(flagZeros.texts, text)
	}
	flagZeros.Unlock()
	slots := flagSlots
	if isBool != nil {
		slots = flagBoolSlots
	}
	c := reflect.New(slots[k]).Elem()
	for i := 0; i < 3; i++ {
		c.Field(i).Set(w.Field(i))
	}
	if isBool != nil {
		c.Field(3).Set(reflect.ValueOf(isBool))
	}
	return c.Interface().(flag.Value)
}

// flagVar reports whether call is flag.Var or FlagSet.Var.
func (b *boundary) flagVar(call *ast.CallExpr) bool {
	fn, ok := b.native(call)
	return ok && (fn == "flag.Var" || fn == "flag.FlagSet.Var") && len(call.Args) > 0
}

// flagVarOfInterface reports whether call is flag.Var or FlagSet.Var of
// a value of an interface type (which FlagValue names by Keep's record).
func (b *boundary) flagVarOfInterface(call *ast.CallExpr) bool {
	if !b.flagVar(call) || b.info.Types[call.Args[0]].IsNil() {
		return false
	}
	t := b.info.TypeOf(call.Args[0])
	return t != nil && types.IsInterface(t) && !hasTypeParam(t)
}

// flagValueArg lowers x, the Value given to flag.Var or FlagSet.Var
// (call), when it is of a type of the program, T or *T, or of an
// interface (see above): it is handed to FlagValue with a function giving
// the String of the zero value Go's isZeroValue makes of its type: of
// that type, or, for an interface, of each type of the program that
// implements flag.Value, chosen by its name.
func (b *boundary) flagValueArg(x ast.Expr, from types.Type, call *ast.CallExpr) {
	if !b.flagVar(call) || call.Args[0] != x || b.info.Types[x].IsNil() || hasTypeParam(from) {
		return
	}
	zeroOf := func(t types.Type) (string, bool) {
		if p, ok := t.(*types.Pointer); ok {
			name, ok := b.typeName(p.Elem())
			return "return new(" + name + ").String(), true", ok
		}
		name, ok := b.typeName(t)
		return "var __z " + name + "; return __z.String(), true", ok
	}
	if types.IsInterface(from) {
		value := flagValueIface()
		var cases strings.Builder
		for _, tn := range b.comparableTypes() {
			if tn.Parent() != tn.Pkg().Scope() {
				continue // not nameable everywhere: FlagValue refuses it
			}
			for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
				if !types.Implements(t, value) {
					continue
				}
				body, ok := zeroOf(t)
				if !ok {
					continue
				}
				fmt.Fprintf(&cases, "case %q: %s; ", runtimeName(t), body)
			}
		}
		b.wrap(x, b.runtime+".FlagValue(", ", func(__n string) (string, bool) { switch __n { "+cases.String()+"}; return \"\", false }, \"\")")
		return
	}
	n := programNamed(from)
	if n == nil || n.TypeParams().Len() > 0 {
		return
	}
	body, ok := zeroOf(from)
	if !ok {
		return
	}
	zero := "func(__n string) (string, bool) { " + body + " }, " + fmt.Sprintf("%q", runtimeName(from))
	if name, value, ok := b.boolFlagVia(x, from, call); ok {
		target := fmt.Sprintf("%q", runtimeName(from))
		b.wrap(x, "func(__fv "+value+") "+value+" { __fb := func(__dkX "+value+") "+name+" { if __dkU, __dkOK := "+b.runtime+".Peel(__dkX, "+target+"); __dkOK { return any(__dkU).("+name+") }; return __dkX.("+name+") }(__fv); return "+b.runtime+".FlagBoolValue(__fv, func() bool { return __fb.IsBoolFlag() }, "+zero+") }(", ")")
		return
	}
	b.wrap(x, b.runtime+".FlagValue(", ", "+zero+")")
}

// boolFlagVia tells whether flagValueArg lowers x, the Value given to
// flag.Var or FlagSet.Var (call), a value of a type of the program with
// flag's IsBoolFlag() bool method, into FlagBoolValue's copy, which has
// the method (optionalMethods refuses such a Var otherwise); and returns
// the names the lowering writes for x's type and flag.Value. It does when
// flagValueArg's FlagValue lowering applies and both types can be named:
//
//	fs.Var(&v, "v", "…")   →   fs.Var(func(__fv flag.Value) flag.Value { __fb := func(__dkX flag.Value) *count { …Peel… return __dkX.(*count) }(__fv); return rt.FlagBoolValue(__fv, func() bool { return __fb.IsBoolFlag() }, func(__n string) (string, bool) { return new(count).String(), true }, "*main.count") }(&v), "v", "…")
//
// The function's parameter is a flag.Value, not x's type, because the
// lowerings inside it (Keep's record, the nil pointer's check) have made
// x one; the value is asserted back as kept.go's assertions are. So a
// program with such a Var hands its values to Keep (prescanAsserts):
// without the record, Peel could not answer the assertion of the
// interpreter's wrapper and panicked.
func (b *boundary) boolFlagVia(x ast.Expr, from types.Type, call *ast.CallExpr) (name, value string, ok bool) {
	if b.typeName == nil || !b.flagVar(call) || call.Args[0] != x || b.info.Types[x].IsNil() || hasTypeParam(from) || types.IsInterface(from) {
		return "", "", false
	}
	if n := programNamed(from); n == nil || n.TypeParams().Len() > 0 || !probeFits(from, "IsBoolFlag") {
		return "", "", false
	}
	elem := from
	if p, isPtr := from.(*types.Pointer); isPtr {
		elem = p.Elem()
	}
	if _, ok := b.typeName(elem); !ok {
		return "", "", false // flagValueArg's zeroOf names it
	}
	sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !isSel {
		return "", "", false
	}
	fn, _ := b.info.Uses[sel.Sel].(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return "", "", false
	}
	obj := fn.Pkg().Scope().Lookup("Value")
	if obj == nil {
		return "", "", false
	}
	if name, ok = b.typeName(from); !ok {
		return "", "", false
	}
	if value, ok = b.typeName(obj.Type()); !ok {
		return "", "", false
	}
	return name, value, true
}

var flagValueOnce struct {
	sync.Once
	value *types.Interface
}

// flagValueIface is flag.Value's method set, interface{ String() string;
// Set(string) error }, made once.
func flagValueIface() *types.Interface {
	flagValueOnce.Do(func() {
		str := types.NewFunc(0, nil, "String", types.NewSignatureType(nil, nil, nil, nil, types.NewTuple(types.NewVar(0, nil, "", types.Typ[types.String])), false))
		set := types.NewFunc(0, nil, "Set", types.NewSignatureType(nil, nil, nil, types.NewTuple(types.NewVar(0, nil, "", types.Typ[types.String])), types.NewTuple(types.NewVar(0, nil, "", types.Universe.Lookup("error").Type())), false))
		flagValueOnce.value = types.NewInterfaceType([]*types.Func{str, set}, nil).Complete()
	})
	return flagValueOnce.value
}
