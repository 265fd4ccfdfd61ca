package check

// This file holds the boundary pass's lowerings and refusals for errors:
// errors.As and comparisons on errors, typed nils, the
// methods a native interface would hide, and recover's value.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"

	goruntime "github.com/divergo/divergo/session/check/internal/goruntime"
)

// lostMethods refuses storing a program type in a native interface that
// lacks methods of the type the standard library looks for (Format,
// MarshalJSON…). Unwrap, Is and As are not among them: the errors
// package's functions are lowered to call them (errwrap.go; storing a
// Wrapped with Unwrap in an error was refused).
func (b *boundary) lostMethods(x ast.Expr, from, to types.Type) {
	if b.reached != nil && b.sessionOwn() {
		return // the session's assertion to error: judged where a cell asserts (errorHandedOn)
	}
	has := methodsOf(from)
	keeps := methodsOf(to)
	var lost []string
	for _, m := range probed {
		if !has[m] || keeps[m] {
			continue
		}
		if m == "String" && keeps["Error"] {
			continue // fmt prefers Error
		}
		if m == "Unwrap" || m == "Is" || m == "As" {
			continue // errors' functions are lowered to call them (errwrap.go)
		}
		lost = append(lost, m)
	}
	if len(lost) == 0 {
		return
	}
	b.refuse(x, "%s stored in %s: the interpreter keeps only %s's methods, so %s's %s would be invisible to the standard library (fmt, encoding/json) where Go finds them; not supported yet",
		typeString(from), typeString(to), typeString(to), typeString(from), strings.Join(lost, " and "))
}

// typedNil lowers the storing of a possibly nil pointer (map, slice, func,
// chan) of a program type in a native interface: Go makes an interface
// that is not nil (it holds a typed nil), which the interpreter cannot
// represent — it would make a nil interface. The lowered code stops with a
// message when the value is nil, and stores it otherwise.
func (b *boundary) typedNil(x ast.Expr, from, to types.Type) {
	switch under(from).(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Signature, *types.Chan:
	default:
		return
	}
	if notNil(ast.Unparen(x), b.info) {
		return
	}
	toName, ok := b.typeName(to)
	if !ok {
		return
	}
	msg := fmt.Sprintf("a nil %s stored in %s: Go makes %s that is not nil (it holds a nil %s), the interpreter would make a nil one. Not supported: store nil itself, or check the %s first",
		typeString(from), typeString(to), article(typeString(to)), typeString(from), kindName(from))
	b.wrap(x, "func() "+toName+" { __divergoV := ", "; if __divergoV == nil { panic("+strconv.Quote(msg)+") }; return __divergoV }()")
}

// wrap puts x between open and close, inside the wrappings of x that
// other lowerings made before: its opening after theirs, its closing
// before theirs (both are insertions at the same offsets, which the edits
// keep in order).
func (b *boundary) wrap(x ast.Expr, open, close string) {
	wrapped := false // another lowering wraps x itself
	for _, sp := range b.spans {
		wrapped = wrapped || sp.Pos == x.Pos() && sp.End == x.Pos()
	}
	b.spans = append(b.spans, Span{x.Pos(), x.Pos(), open})
	at := len(b.spans)
	for k, sp := range b.spans {
		if wrapped && sp.Pos == x.End() && sp.End == x.End() {
			at = k
			break
		}
	}
	b.spans = append(b.spans[:at], append([]Span{{x.End(), x.End(), close}}, b.spans[at:]...)...)
}

func article(s string) string {
	if s != "" && strings.ContainsRune("aeiouAEIOU", rune(s[0])) && !youSound(s) {
		return "an " + s
	}
	return "a " + s
}

// youSound reports whether s, starting with a vowel, is said starting
// with "you" (a User, a Unit, a URL, a uint8; an Update, an Umbrella): a u
// before a consonant and a vowel, or an all-capital u word.
func youSound(s string) bool {
	if s[0] != 'u' && s[0] != 'U' || len(s) < 2 {
		return false
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiouAEIOU", c) >= 0 }
	if s[1] >= 'A' && s[1] <= 'Z' || strings.HasPrefix(s, "uint") {
		return true // URL, UTF8; uint8 (you-int)
	}
	return !vowel(s[1]) && len(s) > 2 && vowel(s[2])
}

func kindName(t types.Type) string {
	switch under(t).(type) {
	case *types.Map:
		return "map"
	case *types.Slice:
		return "slice"
	case *types.Signature:
		return "function"
	case *types.Chan:
		return "channel"
	}
	return "pointer"
}

// notNil reports whether x's value is surely not nil: &v, &T{…}, a
// composite literal, a function literal, new(T), make(…).
func notNil(x ast.Expr, info *types.Info) bool {
	switch x := x.(type) {
	case *ast.UnaryExpr:
		return x.Op == token.AND
	case *ast.CompositeLit, *ast.FuncLit:
		return true
	case *ast.CallExpr:
		if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok {
			if bi, ok := info.Uses[id].(*types.Builtin); ok {
				return bi.Name() == "new" || bi.Name() == "make"
			}
		}
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return notNil(ast.Unparen(x.Args[0]), info) // T(&v)
		}
	}
	return false
}

// errorsAs lowers errors.As(err, &target) when the target is of a program
// type: the interpreter's errors.As does not see that the program's type
// implements error (it panics "*target must be interface or implement
// error"). The call becomes one of a function literal that walks the
// chain as errors.As does — the error, then what Unwrap() error or
// Unwrap() []error returns (ErrorChildren, a native helper: the
// interpreter's own assertion of the standard library's wrappers to those
// interfaces fails), depth first — and asserts each to the target's type.
// Where the program's types have As or Unwrap methods, the walk calls
// them too, by the value's type (ErrorAsVia, ErrorChildrenVia in
// errwrap.go: the interpreter's wrapper of such a value in an error has
// the Error method only, so errors.As(fmt.Errorf("c: %w", &Coded{7}),
// &q) never called Coded's As). It reports whether it
// handled the call.
func (b *boundary) errorsAs(call *ast.CallExpr) bool {
	ptr, ok := b.info.TypeOf(call.Args[1]).(*types.Pointer)
	if !ok || programNamed(ptr.Elem()) == nil || types.IsInterface(ptr.Elem()) {
		return false
	}
	elem := ptr.Elem()
	errType := errorType
	peel, peeled := "", false
	if b.keeps && b.peeledTarget(errType, elem) {
		peel, peeled = b.peelText(errType, elem, true) // kept.go
	}
	if _, isPtr := elem.(*types.Pointer); !isPtr && !peeled {
		if _, isStruct := elem.Underlying().(*types.Struct); isStruct {
			name := typeString(elem)
			b.refuse(call.Args[1], "errors.As with a target of %s, a struct type declared in %s: the interpreter cannot assert an error to a struct type. Give %s's methods a pointer receiver and use a *%s target",
				name, b.where, name, name)
			return true
		}
	}
	name, ok := b.typeName(elem)
	if !ok {
		return false
	}
	assert := "e.(" + name + ")"
	if peeled {
		assert = peel + "(e)"
	}
	methods := ""
	if ts, _, _ := b.errorMethodTypes(); len(ts) > 0 {
		if methods, ok = b.errorMethodsText(); !ok {
			return false
		}
	}
	b.spans = append(b.spans, Span{call.Pos(), call.Args[0].Pos(), errorsAsWalk(name, assert, b.runtime, methods) + "("})
	return true
}

// errorsAsWalk is the function literal that errors.As(err, &target) of a
// program type name becomes (errorsAs): func(error, *name) bool; assert
// asserts e, each error of the chain, to name with ok.
//
// methods, when not "", is the text of errorMethodsText: the program's
// types with Is, As or Unwrap methods, whose As the walk calls
// (ErrorAsVia) and whose Unwrap it follows (ErrorChildrenVia).
func errorsAsWalk(name, assert, runtime, methods string) string {
	as, children := "", runtime+".ErrorChildren(e)"
	if methods != "" {
		as = "if " + runtime + ".ErrorAsVia(e, __divergoT, __divergoK, __divergoM) { return true }; "
		children = runtime + ".ErrorChildrenVia(e, __divergoK, __divergoM)"
	}
	text := "func(__divergoE error, __divergoT *" + name + ") bool { " +
		`if __divergoT == nil { panic("errors: target must be a non-nil pointer") }; ` +
		"var __divergoWalk func(error) bool; " +
		"__divergoWalk = func(e error) bool { for e != nil { " +
		"if v, ok := " + assert + "; ok { *__divergoT = v; return true }; " + as +
		"next := " + children + "; if len(next) != 1 { for _, x := range next { if __divergoWalk(x) { return true } }; return false }; e = next[0] }; return false }; " +
		"return __divergoWalk(__divergoE) }"
	if methods != "" {
		text = "func(__divergoK []string, __divergoM func(string, any) (func(error) bool, func(any) bool, func() error, func() []error)) func(error, *" + name + ") bool { return " + text + " }(" + methods + ")"
	}
	return text
}

// ErrorChildren returns the errors e wraps — what its Unwrap() error or
// Unwrap() []error returns — for the lowered errors.As, which runs in the
// interpreter and calls it natively.
func ErrorChildren(e error) []error {
	switch u := e.(type) {
	case interface{ Unwrap() error }:
		if w := u.Unwrap(); w != nil {
			return []error{w}
		}
	case interface{ Unwrap() []error }:
		return u.Unwrap()
	}
	return nil
}

// RuntimeMessages are the panics of the interpreter's reflection that stand
// for a Go runtime error, with the message Go gives (less the index and
// length, which the interpreter does not report).
var RuntimeMessages = map[string]string{
	"reflect: slice index out of range":                  "runtime error: index out of range",
	"reflect: array index out of range":                  "runtime error: index out of range",
	"reflect: string index out of range":                 "runtime error: index out of range",
	"reflect: call of reflect.Value.Field on zero Value": "runtime error: invalid memory address or nil pointer dereference",
	// a method of a nil error or fmt.Stringer (err.Error())
	"reflect: Method on nil interface value":                 "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.Elem on zero Value":      "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.Method on zero Value":    "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.Interface on zero Value": "runtime error: invalid memory address or nil pointer dereference",
	// *p of a nil pointer to a basic type, len of a nil pointer to an array
	"reflect: call of reflect.Value.Set on zero Value":      "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.IsZero on zero Value":   "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.Int on zero Value":      "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.Uint on zero Value":     "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.Float on zero Value":    "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.Complex on zero Value":  "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.Bool on zero Value":     "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.String on zero Value":   "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.Len on zero Value":      "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.Index on zero Value":    "runtime error: invalid memory address or nil pointer dereference",
	"reflect: call of reflect.Value.Addr on zero Value":     "runtime error: invalid memory address or nil pointer dereference",
	"reflect.Value.Slice: slice index out of bounds":        "runtime error: slice bounds out of range",
	"reflect.Value.Slice3: slice index out of bounds":       "runtime error: slice bounds out of range",
	"reflect.Value.Slice: string slice index out of bounds": "runtime error: slice bounds out of range",
	"reflect.MakeSlice: negative len":                       "runtime error: makeslice: len out of range",
	"reflect.MakeSlice: negative cap":                       "runtime error: makeslice: cap out of range",
	"reflect.MakeSlice: len > cap":                          "runtime error: makeslice: cap out of range",
	"reflect.MakeChan: negative buffer size":                "makechan: size out of range",
	// a field promoted through a nil embedded pointer (var o Outer; o.X
	// of an Outer embedding *Inner)
	"reflect: indirection through nil pointer to embedded struct": "runtime error: invalid memory address or nil pointer dereference",
	// a call of a nil function variable
	"reflect: call of reflect.Value.Call on zero Value": "runtime error: invalid memory address or nil pointer dereference",
	"reflect.Value.Call: call of nil function":          "runtime error: invalid memory address or nil pointer dereference",
}

// runtimeAssertion refuses asserting to *runtime.TypeAssertionError (a
// type switch's case, errors.As's target): the failed assertions of the
// interpreted program raise divergo's own error of that name
// (goruntime), which is not the runtime's type, so that the assertion
// would be false where Go's is true. runtime.Error finds it.
func (b *boundary) runtimeAssertion(at ast.Node, t types.Type) {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "runtime" || n.Obj().Name() != "TypeAssertionError" {
		return
	}
	b.refuse(at, "asserting to runtime.TypeAssertionError: a failed assertion in %s raises an error of divergo's that Go's runtime does not know as its own, and the assertion would be false where Go's is true. Not supported: assert to runtime.Error (e, ok := r.(runtime.Error)) and read e.Error()", b.where)
}

// RuntimeMessage is Go's runtime message for a panic message of the
// interpreter's reflection that stands for a runtime error
// (RuntimeMessages; "reflect: cannot convert slice with length 3 to array
// with length 4" → "runtime error: cannot convert slice with length 3 to
// array or pointer to array with length 4"; "hash of unhashable type:
// []int" → "runtime error: hash of unhashable type []int"), or false.
func RuntimeMessage(msg string) (string, bool) {
	if m, ok := RuntimeMessages[msg]; ok {
		return m, true
	}
	if t, ok := strings.CutPrefix(msg, "hash of unhashable type: "); ok {
		return "runtime error: hash of unhashable type " + t, true
	}
	if rest, ok := strings.CutPrefix(msg, "reflect: cannot convert slice with length "); ok {
		for _, to := range []string{" to array with length ", " to pointer to array with length "} {
			if n, m, ok := strings.Cut(rest, to); ok && isDigits(n) && isDigits(m) {
				return "runtime error: cannot convert slice with length " + n + " to array or pointer to array with length " + m, true
			}
		}
	}
	return "", false
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// runtimeError is the runtime error of Go's type for a message in Go's
// words: a runtime error the interpreter raised in its own words
// (Recovered), or one the lowered code raises (IndexPanic, Shift,
// AssertionFailed). Its type is named as Go's runtime names its own
// (runtime.boundsError, runtime.errorString, *runtime.TypeAssertionError),
// for fmt's %T, and it is a runtime.Error.
func runtimeError(msg string) error { return goruntime.New(msg) }

// AssertionFailed is the panic of a failed assertion x.(I) to an interface
// type, with Go's message (a runtime.Error): static is the type of x as
// Go's runtime names it (unused: Go names none there), concrete the name of x's dynamic type when it is
// a type of the program, with methods its one missing method; else
// concrete is "" and methods are I's, sorted, and the first that x's
// dynamic type lacks is named.
func AssertionFailed(x any, static, concrete, target string, methods ...string) error {
	if t := reflect.TypeOf(x); t != nil && t.String() == "interp.valueInterface" && reflect.ValueOf(x).IsZero() {
		x = nil // the interpreter's nil value of an interface of the program
	}
	if x == nil {
		// Go names no static type for an assertion to an interface.
		return runtimeError("interface conversion: interface is nil, not " + target)
	}
	missing := ""
	if concrete == "" {
		t := reflect.TypeOf(x)
		concrete = t.String()
		for _, m := range methods {
			if _, ok := t.MethodByName(m); !ok {
				missing = m
				break
			}
		}
	} else if len(methods) > 0 {
		missing = methods[0]
	}
	return runtimeError("interface conversion: " + concrete + " is not " + target + ": missing method " + missing)
}

// NativeAssert panics when x, a value of another package's type, has the
// methods of an interface declared in the program or a cell: the
// interpreter cannot assert it to that interface, and says so rather
// than answer false where Go answers true.
func NativeAssert(x any, target string, methods ...string) {
	v := plainOf(x) // through the interpreter's wrapper of a value in an any
	if !v.IsValid() {
		return
	}
	t := v.Type()
	for _, m := range methods {
		if _, ok := t.MethodByName(m); !ok {
			return
		}
	}
	panic(fmt.Sprintf("divergo: asserting a %s, a type of another package, to %s, an interface declared in the program, is not supported by the interpreter", t, target))
}

// NativeHas reports whether x, a value of another package's type (seen
// through the interpreter's wrapper of a value in an any), has each
// method named in pairs with the signature of the nil function after it:
// Go's answer to asserting it to an interface with those methods. (The
// interpreter's own answer was false for a *fmt.wrapError asserted to
// interface{ Unwrap() error }.)
func NativeHas(x any, pairs ...any) bool {
	v := plainOf(x)
	if !v.IsValid() {
		return false
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		name, _ := pairs[i].(string)
		m := v.MethodByName(name)
		if !m.IsValid() || m.Type() != reflect.TypeOf(pairs[i+1]) {
			return false
		}
	}
	return true
}

// Recovered is what recover() gives a program, as Go would give it: the
// value given to panic (the interpreter gave its reflect.Value, so that
// r.(string) failed), and the interpreter's runtime errors carry the position of the failing
// expression ("22:20: interface conversion: …") or its reflection's words
// ("reflect: slice index out of range"), where Go's say "interface
// conversion: …" and "runtime error: index out of range". The lowered
// recover() calls it; other values pass through.
func Recovered(r any) any {
	forgetPanic()
	if e, ok := r.(interface{ CellExit() int }); ok {
		// os.Exit in a cell ends the cell: no recover stops it (Go's
		// os.Exit runs no deferred function at all).
		panic(e)
	}
	if _, ok := r.(interface{ CellReturn() }); ok {
		// A return at a cell's top level ends the cell (the session's
		// lowerTopReturns), through an iterator's recover too.
		panic(r)
	}
	if v, ok := r.(reflect.Value); ok {
		// The interpreter's panic(v) of an interpreted value.
		if !v.IsValid() {
			return nil
		}
		r = v.Interface()
	}
	if s, ok := r.(string); ok { // reflect panics with strings
		if m, ok := RuntimeMessage(s); ok {
			return runtimeError(m)
		}
	}
	err, ok := r.(error)
	if !ok {
		return r
	}
	msg := err.Error()
	if m, ok := RuntimeMessage(msg); ok {
		if n, ok := typeNamed(m); ok {
			m = n // the program's type by its name (NameTypes)
		}
		return runtimeError(m)
	}
	if m, ok := typeNamed(msg); ok {
		return runtimeError(m)
	}
	if t := reflect.TypeOf(err); t.String() == "*interp.cfgError" {
		if _, rest, ok := strings.Cut(msg, ": "); ok && strings.HasPrefix(rest, "interface conversion: ") {
			if target, ok := strings.CutPrefix(rest, "interface conversion: nil is not "); ok {
				rest = "interface conversion: interface is nil, not " + target // Go's words
			}
			return runtimeError(rest)
		}
	}
	return r
}

// compare refuses comparing a value in a native interface (an error) with
// a value of a program type (err == ErrMissing, case ErrMissing:,
// errors.Is(err, ErrMissing)): the interpreter stores the program's value
// in the interface through a wrapper, and the comparison is false where
// Go's is true.
func (b *boundary) compare(at ast.Node, x, y ast.Expr) {
	tx, ty := b.info.TypeOf(x), b.info.TypeOf(y)
	if tx == nil || ty == nil {
		return
	}
	if !nativeInterface(tx) {
		tx, ty = ty, tx
	}
	if !nativeInterface(tx) || types.IsInterface(ty) || programNamed(ty) == nil {
		return
	}
	b.refuse(at, "comparing %s with %s, a type declared in %s: the interpreter stores it in the %s through a wrapper, and the comparison would be false where Go's is true. Not supported: compare the concrete values (after v, ok := err.(%s)), or make the sentinel with errors.New",
		typeString(tx), article(typeString(ty)), b.where, typeString(tx), typeString(ty))
}

// The names Go's runtime gives the program's struct and array types, by
// the interpreter's name of each (its reflect type's String: struct {
// Name string; Tags []string } for main.P), for the runtime errors that
// name a type (NameTypes, TypeNamed).
var typeNames struct {
	sync.RWMutex
	byText map[string]string
	texts  []string // longest first
}

// NameTypes records, for pairs of a name and a zero value of the
// program's type of that name (NameTypes("main.P", P{})), the name Go's
// runtime writes where the interpreter's reflection writes the type's
// structure: "hash of unhashable type main.P", "comparing uncomparable
// type [1]main.P" (it said struct { Name string; Tags []string }). The
// lowered program calls it as it starts.
func NameTypes(pairs ...any) {
	typeNames.Lock()
	defer typeNames.Unlock()
	if typeNames.byText == nil {
		typeNames.byText = map[string]string{}
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		name, _ := pairs[i].(string)
		t := reflect.TypeOf(pairs[i+1])
		if name == "" || t == nil || t.String() == name {
			continue
		}
		old, ok := typeNames.byText[t.String()]
		if !ok {
			typeNames.texts = append(typeNames.texts, t.String())
		}
		if ok && old != name {
			name = "" // two types of one structure: the runtime's is not known
		}
		typeNames.byText[t.String()] = name
	}
	sort.SliceStable(typeNames.texts, func(a, b int) bool { return len(typeNames.texts[a]) > len(typeNames.texts[b]) })
}

// RuntimeMessageNamed is RuntimeMessage with the program's types named
// as Go's runtime names them (NameTypes): "runtime error: hash of
// unhashable type main.P" for the interpreter's "hash of unhashable type:
// struct { Tags []string }".
func RuntimeMessageNamed(msg string) (string, bool) {
	m, ok := RuntimeMessage(msg)
	if !ok {
		m = msg // Go's words already (runtime error: hash of unhashable type struct {…})
	}
	if n, named := typeNamed(m); named {
		return n, true
	}
	return m, ok
}

// namedStructures writes text (a type as the interpreter's reflection
// writes it) with the names NameTypes recorded for the structures in it:
// *struct { S float64 } → *main.Square.
func namedStructures(text string) string {
	typeNames.RLock()
	defer typeNames.RUnlock()
	for _, t := range typeNames.texts {
		if name := typeNames.byText[t]; name != "" {
			text = strings.ReplaceAll(text, t, name)
		}
	}
	return text
}

// typeNamed writes the runtime error msg that names a type ("runtime
// error: hash of unhashable type …", "… comparing uncomparable type …")
// with the names NameTypes recorded for the structures in it, or false.
func typeNamed(msg string) (string, bool) {

	var prefix string
	for _, p := range []string{"runtime error: hash of unhashable type ", "runtime error: comparing uncomparable type "} {
		if strings.HasPrefix(msg, p) {
			prefix = p
		}
	}
	if prefix == "" {
		return "", false
	}
	typeNames.RLock()
	defer typeNames.RUnlock()
	rest := msg[len(prefix):]
	for _, text := range typeNames.texts {
		if name := typeNames.byText[text]; name != "" {
			rest = strings.ReplaceAll(rest, text, name)
		}
	}
	if rest == msg[len(prefix):] {
		return "", false
	}
	return prefix + rest, true
}
