package check

// This file finds where a value of a type declared in package main (a
// cell's or a program's) crosses into the interpreter's native code — the
// standard library, or an interface type of it — in a way that the
// interpreter (yaegi v0.16.1) runs unlike Go, silently. Each case was
// measured against `go run`; each is refused with a message naming the
// construct, or lowered to Go the interpreter runs right.
//
// What the interpreter does, and Go does not:
//
//   - A value of a program type stored in a non-empty interface of the
//     standard library (error, fmt.Stringer, sort.Interface…) is wrapped in
//     a struct that has that interface's methods only: errors.Is and
//     errors.As do not find an Unwrap method, fmt does not find Format.
//   - A nil pointer (map, slice, func) of a program type stored in such an
//     interface makes a nil interface: `return p` of a nil *MyErr as an
//     error compares equal to nil, where Go's error holds a typed nil.
//   - The assertion err.(T) of such an interface to a struct type T fails.
//   - Passed to the standard library, values of program types nested in a
//     slice, map, array, pointer or struct field lose their methods:
//     fmt.Println([]T{…}) ignores T's String; json.Marshal ignores the
//     MarshalJSON of a field.
//   - A T whose String (or Error) has a pointer receiver prints through it,
//     where Go prints T's fields.
//   - fmt's verbs other than %v %s %q %x %X of a value with a String or
//     Error method print the interpreter's wrapper ({5 5462592}), where Go
//     prints the value.
//   - encoding/json and encoding/xml see unexported fields (renamed Xname),
//     where Go skips them: lowered, by tagging each such field `json:"-"
//     xml:"-"`.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strings"
)

// A Span is a lowering: the text from Pos to End replaced by Text (Pos ==
// End inserts).
type Span struct {
	Pos, End token.Pos
	Text     string
}

// Boundary returns the first construct of f that the interpreter would run
// unlike Go at the boundary with native code (see above), as its node and a
// message naming it; or, when there is none, the lowerings that make f run
// as Go runs it. where names the code in messages ("a cell", "the
// program"); typeName writes a type as f's text can name it (false when it
// cannot); runtime is the name f's code reaches the native helpers under
// (ErrorChildren). reached names the program's types declared outside f
// whose values earlier code stored in an empty interface (a session's
// earlier cells; nil for a whole program); Boundary adds f's to it.
func Boundary(f *ast.File, info *types.Info, where string, typeName func(types.Type) (string, bool), runtime string, reached map[string]bool) (ast.Node, string, []Span) {
	return boundaryPass(f, info, where, typeName, runtime, reached, nil, nil)
}

// BoundaryTypes is Boundary for a whole program that also gives dyn the
// lowerings of %T of values of type any it judged right (anyTypeName),
// which TypeVerbs makes with dyn.
func BoundaryTypes(f *ast.File, info *types.Info, where string, typeName func(types.Type) (string, bool), runtime string, dyn *DynamicTypes) (ast.Node, string, []Span) {
	return boundaryPass(f, info, where, typeName, runtime, nil, nil, dyn)
}

// boundaryPass is Boundary; shown is a cell's last expression, whose value
// the session shows as fmt.Println prints it: an any inside it (an
// element of a []any, a field) is judged as in fmt.Println's argument
// ([]any{Temp(3)} showed the interpreter's wrapper, [{0xc… {…}}], for
// Go's [3.0°]).
func boundaryPass(f *ast.File, info *types.Info, where string, typeName func(types.Type) (string, bool), runtime string, reached map[string]bool, shown ast.Expr, dyn *DynamicTypes) (ast.Node, string, []Span) {
	b := &boundary{dyn: dyn, info: info, where: where, typeName: typeName, runtime: runtime, converted: map[types.Type]bool{}, inIface: map[types.Type]bool{}, convertedValue: map[types.Type]bool{}, toAny: map[types.Type]bool{}, stored: map[types.Type]bool{}, storedVia: map[types.Type]bool{}, storedViaBuilt: map[types.Type]bool{}, storedIface: map[types.Type]bool{}, storedAny: map[string]bool{}, storedBasic: map[string]bool{}, storedBasicAt: map[string]ast.Expr{}, compares: map[string]bool{}, file: f, reached: reached}
	b.prescanAsserts(f)
	b.prescanOpaque(f)
	b.walk(f)
	b.instancesKeep()
	if shown != nil {
		// A value of an interface type itself the session shows with
		// its own String (id(Temp(21)) shows 21.0°C), but values of the
		// session's types held below it (any(w) for a W whose field is
		// a Temp) it showed bare ({1 2}, Go's fmt {1.0° 2}), as one
		// inside a slice, map or field it showed as the interpreter's
		// wrapper: judged as in fmt.Println's argument (shownIface).
		if from := info.TypeOf(shown); from != nil && holdsAny(from, map[types.Type]bool{}) {
			if types.IsInterface(from) {
				b.shownIface = shown
			}
			b.pendAnyProbed(shown, "the cell's value (shown as fmt.Println prints it)", from, false, nil)
		}
	}
	b.genericJSONUses()
	b.pending = append(b.pending, b.lateStores, b.storedAsserted, b.nativeKeyCollisions, b.genericCompares, b.twinLater, b.errorTwins, b.laterGenerics, b.errorFuncValues, b.errorMethodsLater, b.methodsLater, b.narrowedLater, b.lateBare, b.panicsAnyLater)
	defer func() {
		for t := range b.toAny {
			if n := programNamed(t); n != nil && reached != nil {
				reached[n.Obj().Name()] = true
			}
		}
		for t := range b.stored {
			if n := programNamed(t); n != nil && reached != nil {
				reached["stored:"+n.Obj().Name()] = true
			}
		}
		for t := range b.converted {
			if n := programNamed(t); n != nil && reached != nil {
				reached["converted:"+n.Obj().Name()] = true // to any interface (reflectAny)
			}
		}
		for t := range b.storedViaBuilt {
			if n := programNamed(t); n != nil && reached != nil {
				reached["viabuilt:"+n.Obj().Name()] = true // pendAnyProbed, in the cell's later units and cells
			}
		}
		for name := range b.storedBasic {
			if reached != nil {
				reached["stored:basic:"+name] = true
			}
		}
		if b.storedHidden != nil && reached != nil {
			reached["stored:hidden"] = true
		}
		if b.storedHiddenPrint != nil && reached != nil {
			reached["stored:hiddenprint"] = true
		}
		if b.storedEmbed != nil && reached != nil {
			reached["stored:embed"] = true
		}
		if b.storedInstance != nil && reached != nil {
			reached["stored:instance"] = true
		}
		if b.errorsInFunc && reached != nil {
			reached["errors:infunc"] = true
		}
		if b.storedHolder != nil && reached != nil {
			reached["stored:holder"] = true
		}
		for key := range b.storedPtrPlain {
			if reached != nil {
				reached["stored:ptrplain:"+key] = true
			}
		}
		for m := range b.viaMethods {
			if reached != nil {
				reached["storedvia:"+m] = true
			}
		}
		if reached != nil {
			for t := range b.genericStored(false) {
				reached["genstored:"+t.(*types.Named).Obj().Name()] = true
			}
			for key := range b.compares {
				reached["compares:"+key] = true
			}
			if site, _ := b.bareSite(); site != nil {
				reached["bare"] = true // lowerEqual
			}
			// A function declared again is judged by what it does now.
			for _, d := range b.file.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name != "__cell" {
					forgetLater(reached, fd.Name.Name)
				}
			}
			for _, key := range b.laterKeys {
				if key != "" { // "": withdrawn (printFields)
					reached["later:"+key] = true
				}
			}
			b.recordReach(reached)
			b.laterFlush(reached)
			for key := range b.storedAny {
				if name, ptr := strings.CutPrefix(key, "*"); ptr {
					reached["stored:ptr:"+name] = true
				} else {
					reached["stored:val:"+name] = true
				}
			}
			if b.nativeVars == nil {
				b.findNativeVars()
			}
			for _, v := range b.sessionVars() {
				if b.nativeVars[v] {
					reached["native:"+v.Name()] = true
				} else {
					delete(reached, "native:"+v.Name())
				}
			}
			for name := range b.dirtyOuter {
				delete(reached, "native:"+name)
			}
			b.noteInherits()
			b.recordHeld()
		}
	}()
	for _, check := range b.pending {
		check()
	}
	if b.at != nil {
		return b.at, b.msg, nil
	}
	// Closing insertions of wrappers made outside others at the same
	// place (copyIntoInterface): after theirs.
	return nil, "", append(b.spans, b.closing...)
}

type boundary struct {
	// shownIface: a cell's shown value of an interface type, whose
	// own wrapper the session shows right (only what it holds below
	// is judged: pendAnyProbed).
	shownIface ast.Expr
	// inSpec: the walk converts a var declaration's values.
	inSpec bool
	// inHelper: the walk is in a helper InterfaceAsserts declared,
	// whose assertions to interfaces reach only other packages' values.
	inHelper bool
	closing  []Span // see copyIntoInterface
	loops    []ast.Node
	funcs    []ast.Node
	info     *types.Info
	where    string
	typeName func(types.Type) (string, bool)
	runtime  string
	// pending checks run after the walk, when every conversion of the
	// file's types to interfaces is known (converted).
	pending   []func()
	converted map[types.Type]bool
	// argNamed are the program's types given as, or held in, a type
	// argument; inIface those converted to an empty interface, and
	// viaIfaces the interfaces with methods whose values are converted to
	// another interface, but as arguments of fmt's and log's printing
	// functions (noteInIface, neverInInterface)
	argNamed  map[*types.Named]bool
	inIface   map[types.Type]bool
	viaIfaces []*types.Interface
	// convertedValue: values (not pointers) of the type converted
	convertedValue map[types.Type]bool
	toAny          map[types.Type]bool // converted to an empty interface
	stored         map[types.Type]bool // converted to an empty interface of interpreted code
	// storedAny names the program's types (T, or *T) whose values are
	// stored in an empty interface of interpreted code
	storedAny map[string]bool
	// nativeVars tells of f's variables whether only values of the
	// standard library are given them; dirtyOuter names the variables
	// declared outside f that f gives other values (findNativeVars)
	nativeVars map[*types.Var]bool
	dirtyOuter map[string]bool
	// nativeNames are the names native gave functions
	nativeNames map[*types.Func]string
	// compares names the interface types (any, error, …; any:T for an
	// any compared with a T) whose values f compares, or keys a map by,
	// where values of program types stored there later would make the
	// interpreter's answer wrong; stores are f's conversions to
	// interfaces in interpreted code (lateStores)
	compares map[string]bool
	stores   []store
	// storedBasic names the types without a name (float64, int,
	// []float64, struct{ X int }…; unnamedKey) whose values are stored in
	// an empty interface of interpreted code
	storedBasic   map[string]bool
	storedBasicAt map[string]ast.Expr // where each is first stored
	reached       map[string]bool
	file          *ast.File
	at            ast.Node
	msg           string
	spans         []Span
	hoisted       int // hoistIntoInterface's variables
	// keeps: storing a program's value in an interface of the standard
	// library hands it to Keep (kept.go); nativeStored are the program's
	// types whose values (or pointers) f stores there, nativeStoredAny
	// tells that f stores values of its interfaces there; commaOk are the
	// assertions whose ok is asked
	keeps           bool
	nativeStored    map[*types.Named]bool
	nativeStoredAny bool
	commaOk         map[*ast.TypeAssertExpr]bool
	// printed are the arguments interfaceTexts lowered
	printed map[ast.Expr]bool
	// anyCopied are the arguments printFields copies whose every
	// interface is an unexported field's any, whose value it unwraps:
	// fmt calls none of its methods there, in Go as in the copy
	anyCopied map[ast.Expr]bool
	// storedVia are the program's types that may reach an any through an
	// interface with methods (var a any = s, s a fmt.Stringer): fmt's %T
	// names the wrapper there (pendAnyProbed)
	storedVia map[types.Type]bool
	// storedViaBuilt are those of storedVia that reach it through an
	// interface the interpreter builds itself (one of the program's, or
	// a literal): the any then holds the interpreter's wrapper of that
	// interface value, which fmt printed ({0xc… {…}}) where Go calls the
	// value's Error or String (var a any = c, c a Coder holding an E).
	storedViaBuilt map[types.Type]bool
	// panicArgs are the arguments of the file's calls of panic (panicAny)
	panicArgs map[ast.Expr]bool
	// storedIface are the program's types whose values (or pointers) the
	// file stores in an interface (interfaceByName)
	storedIface map[types.Type]bool
	// definedFrom: the program's types f defines from another of its
	// types, and that type (inheritsJSON)
	definedFrom map[*types.TypeName]*types.Named
	// laterKeys are what later cells judge f's functions by (printedLater,
	// assertedLater), kept in reached under "later:": a function that gives
	// fmt (or another prober) its parameter of type any, with the function
	// it gives it to ("print:show\x00fmt.Sprint"); the printing methods
	// the session's types had then ("knew:show:Temp.String"); a function
	// asserting anys to a type that is not the program's
	// ("asserts:float64\x00isFloat")
	laterKeys []string
	// storedHiddenPrint is a value of a type without a name stored in an
	// any of the interpreter's, with a value of another package with a
	// String, Error or Format method, or an any, below an unexported field
	// (FieldsSpec's hidden; hiddenStored); "stored:hiddenprint" for later
	// cells
	storedHiddenPrint ast.Expr
	// laterKeysOf are the laterKeys pendAnyProbed wrote for an argument
	// (a range: from, to), which printFields withdraws when it copies its
	// anys
	laterKeysOf map[ast.Expr][2]int
	// storedEmbed is the first value f stores in an any whose type (or one
	// it holds) embeds a struct, whose fields encoding/json promotes
	// (embeddedField)
	storedEmbed ast.Expr
	// storedHolder is the first value f stores in an any whose type holds
	// an any below its top ([]any, map[string]any, struct{ V any }), where
	// anyTexts' switch does not reach (anyHolder)
	storedHolder ast.Expr
	// errorsInFunc: a call of errors.Is, As or Unwrap in a function of a
	// cell, which knows the program's types with methods of errors' of
	// that cell and the earlier ones (errwrap.go, errorMethodsLater).
	errorsInFunc bool
	// storedPtrPlain names the pointers to types without a name
	// ("*struct{X int}") f stores in an any (plainStored)
	storedPtrPlain map[string]bool
	// methodIface are the program's types whose values (or pointers) f
	// converts to an interface with methods (error, fmt.Stringer, one of
	// the program's), anyViaIface
	methodIface map[*types.Named]bool
	// viaMethods are the methods of the interfaces with methods whose
	// values f stores in an any (viaLater)
	viaMethods map[string]bool
	// storedHidden is the first value f stores in an any whose type, without
	// a name, holds a struct with unexported fields (HiddenFields)
	storedHidden ast.Expr
	// genericStores are genericStored's, once found
	genericStores map[bool]map[types.Type]bool
	// nativeKeys are the values f gives the standard library where it
	// compares them (context's keys…), nativeComparing the domains whose
	// values it compares (nativeequal.go)
	nativeKeys      []nativeKey
	nativeComparing map[string]bool
	// later: what f stores for later cells' judgement (laterasserts.go)
	later *laterState
	// reach: f's call edges, function values and the names its own code
	// runs (reach.go)
	reach *reachState
	// held: the program's types held inside values stored in an any
	// (heldprint.go)
	held map[*types.TypeName]*heldNote
	// opaqueAny: the standard library's interfaces whose values of the
	// program's types are stored in an any (nativeprint.go)
	opaqueAny map[string]bool
	// equalDone are the comparisons (a binary expression, or a switch
	// case's expression) lowered to the native Equal (lowerEqual);
	// tagCases are the case expressions switchTag lowers
	equalDone map[ast.Node]bool
	tagCases  map[ast.Expr]bool
	// concreteCases are the cases of a switch on an error (or another
	// interface of the standard library) with values of the program's
	// types, and the opening of the comparison concreteCompare writes
	// for each.
	concreteCases map[ast.Expr]string
	// bare is the first place where the interpreter keeps a value of
	// bareType in an interface without its wrapper (bareSite, once
	// bareDone)
	bare     ast.Expr
	bareType types.Type
	bareDone bool
	// storedInstance is the first value of an instance of a generic type
	// (iter.Seq[int], Box[int]) f stores in an interface: fmt's %T of an
	// any names it by its structure in the interpreter
	// (func(func(int) bool)); "stored:instance" for later cells
	storedInstance ast.Expr
	// dyn, in a program, takes the %T lowerings of anyTypeName
	dyn *DynamicTypes
	// confusedWith says why anyTexts could not give fmt a method's
	// text: its type switch would take another value for a value of
	// confusedType
	confusedWith, confusedType string
}

func (b *boundary) refuse(n ast.Node, format string, args ...any) {
	if b.at == nil {
		b.at, b.msg = n, fmt.Sprintf(format, args...)
	}
}

// programNamed returns the named type of package main that t is or points
// to, or nil.
func programNamed(t types.Type) *types.Named {
	t = types.Unalias(t) // type UserID = ID: an ID
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != pkgPath {
		return nil
	}
	return n
}

// nativeInterface reports whether t is an interface type with methods that
// is not declared in package main: error, fmt.Stringer, io.Writer… The
// interpreter stores values of program types in those through wrappers.
func nativeInterface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return false
	}
	switch t := t.(type) {
	case *types.Named:
		return t.Obj().Pkg() == nil || t.Obj().Pkg().Path() != pkgPath
	case *types.Alias:
		return nativeInterface(types.Unalias(t))
	}
	return false // an interface literal: the interpreter's own
}

// probed are the methods the standard library looks for by a type
// assertion on the values given to it.
var probed = []string{"Error", "String", "Format", "Unwrap", "Is", "As", "MarshalJSON", "MarshalText", "MarshalXML"}

// methodsOf returns the probed methods in t's method set.
func methodsOf(t types.Type) map[string]bool {
	ms := types.NewMethodSet(t)
	have := map[string]bool{}
	for _, m := range probed {
		if ms.Lookup(nil, m) != nil {
			have[m] = true
		}
	}
	return have
}

func (b *boundary) walk(f *ast.File) {
	var funcs []*types.Signature // enclosing functions, innermost last
	var stack []ast.Node
	inspect(f, func(n ast.Node) bool {
		if n == nil {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch top.(type) {
			case *ast.FuncDecl, *ast.FuncLit:
				funcs = funcs[:len(funcs)-1]
			}
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncDecl:
			b.inHelper = strings.HasPrefix(n.Name.Name, AssertHelperPrefix) || strings.HasPrefix(n.Name.Name, "__must_")
			var sig *types.Signature
			if obj := b.info.Defs[n.Name]; obj != nil {
				sig, _ = obj.Type().(*types.Signature)
			}
			funcs = append(funcs, sig)
		case *ast.FuncLit:
			sig, _ := b.info.TypeOf(n).(*types.Signature)
			funcs = append(funcs, sig)
		case *ast.ReturnStmt:
			if len(funcs) > 0 && funcs[len(funcs)-1] != nil {
				res := funcs[len(funcs)-1].Results()
				if res.Len() == len(n.Results) {
					for i, x := range n.Results {
						b.convert(x, res.At(i).Type(), nil)
					}
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i, x := range n.Rhs {
					if isBlank(n.Lhs[i]) {
						continue // _ = x: nothing is stored
					}
					if t := b.info.TypeOf(n.Lhs[i]); t != nil {
						b.convert(x, t, nil)
					}
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) == len(n.Names) {
				if t := b.info.TypeOf(n.Type); t != nil {
					b.inSpec = true
					for i, x := range n.Values {
						if n.Names[i].Name != "_" { // var _ error = (*E)(nil): nothing is stored
							b.convert(x, t, nil)
						}
					}
					b.inSpec = false
				}
			}
		case *ast.SendStmt:
			if ch, ok := under(b.info.TypeOf(n.Chan)).(*types.Chan); ok {
				b.convert(n.Value, ch.Elem(), nil)
			}
		case *ast.CompositeLit:
			b.composite(n)
		case *ast.CallExpr:
			b.call(n)
			b.typeArgs(n)
		case *ast.TypeAssertExpr:
			if n.Type != nil {
				b.runtimeAssertion(n.Type, b.info.TypeOf(n.Type))
				b.assert(n.X, n.Type)
				b.peelAssert(n)
			}
		case *ast.TypeSwitchStmt:
			if x := SwitchOperand(n); x != nil {
				for _, c := range n.Body.List {
					for _, t := range c.(*ast.CaseClause).List {
						b.runtimeAssertion(t, b.info.TypeOf(t))
						b.assertsLater(x, t)
						if from, ct := b.info.TypeOf(x), b.info.TypeOf(t); from != nil && ct != nil && types.IsInterface(ct) && !b.info.Types[t].IsNil() && !b.inHelper {
							x, t := x, t
							b.pending = append(b.pending, func() { b.assertInterface(x, t, from, ct) })
						}
						b.pendUnderlying(x, t)
						b.pendNamedBasic(x, t)
						b.pendSameUnderlying(x, t)
					}
				}
			}
			b.typeSwitch(n)
		case *ast.StructType:
			b.hideUnexported(n)
		case *ast.SelectorExpr:
			b.methodValue(n, stack)
		case *ast.DeferStmt:
			b.deferInLoop(n, stack)
		case *ast.BinaryExpr:
			if (n.Op == token.EQL || n.Op == token.NEQ) && !b.concreteEqual(n) {
				b.compare(n, n.X, n.Y)
				b.pendEqual(n, n.X, n.Y, "comparing")
			}
		case *ast.SwitchStmt:
			b.caseLists(n)
			if n.Tag != nil {
				for _, c := range n.Body.List {
					for _, x := range c.(*ast.CaseClause).List {
						if b.concreteCase(n.Tag, x) {
							continue
						}
						b.compare(x, n.Tag, x)
						b.pendEqual(x, n.Tag, x, "a switch case comparing")
					}
				}
				b.switchTag(n)
			}
			b.fallthroughDefault(n)
		case *ast.IndexExpr:
			b.mapKey(n.X, n.Index)
		}
		if call, ok := n.(*ast.CallExpr); ok && len(call.Args) == 0 {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				if bi, ok := b.info.Uses[id].(*types.Builtin); ok && bi.Name() == "recover" {
					// The deferred function still calls recover itself.
					// Asserted (recover().(error)), the call is replaced
					// whole, so that the assertion's lowering (ErrorAsserts)
					// stays outside; else Recovered wraps the others
					// (DeferPanics' value of a deferred panic).
					if b.assertedOperand(call) {
						b.spans = append(b.spans, Span{call.Pos(), call.End(), b.runtime + ".Recovered(recover())"})
					} else {
						b.spans = append(b.spans, Span{call.Pos(), call.Pos(), b.runtime + ".Recovered("}, Span{call.End(), call.End(), ")"})
					}
				}
			}
		}
		return b.at == nil
	})
}

func isBlank(x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	return ok && id.Name == "_"
}

func under(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// composite visits the elements of a composite literal as conversions to
// the element (field) types.
func (b *boundary) composite(n *ast.CompositeLit) {
	for _, el := range elementTargets(n, b.info) {
		b.convert(el.x, el.t, nil)
		if el.key && types.IsInterface(el.t) {
			if _, tp := el.t.(*types.TypeParam); !tp {
				b.pendMapKey(el.x, el.t, true)
			}
		} else if el.key {
			b.pendInterfaceFieldKey(el.x, el.t)
		}
	}
}

// An elementTarget is an element (or a map key: key) of a composite
// literal and the type it is stored as.
type elementTarget struct {
	x   ast.Expr
	t   types.Type
	key bool
}

// elementTargets lists the elements of a composite literal, a struct's
// fields, a slice's, an array's or a map's elements and a map's keys,
// with the types they are stored as (a &T{…} elided in a literal too).
func elementTargets(n *ast.CompositeLit, info *types.Info) []elementTarget {
	t := info.TypeOf(n)
	if p, ok := under(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	var out []elementTarget
	switch u := under(t).(type) {
	case *types.Struct:
		for i, e := range n.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					for j := 0; j < u.NumFields(); j++ {
						if u.Field(j).Name() == id.Name {
							out = append(out, elementTarget{kv.Value, u.Field(j).Type(), false})
						}
					}
				}
			} else if i < u.NumFields() {
				out = append(out, elementTarget{e, u.Field(i).Type(), false})
			}
		}
	case *types.Slice, *types.Array, *types.Map:
		var key, elem types.Type
		switch u := u.(type) {
		case *types.Slice:
			elem = u.Elem()
		case *types.Array:
			elem = u.Elem()
		case *types.Map:
			key, elem = u.Key(), u.Elem()
		}
		for _, e := range n.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if key != nil {
					out = append(out, elementTarget{kv.Key, key, true})
				}
				e = kv.Value
			}
			out = append(out, elementTarget{e, elem, false})
		}
	}
	return out
}

// call visits a call's arguments as conversions to its parameters' types,
// and a conversion T(x) as one to T.
func (b *boundary) call(n *ast.CallExpr) {
	b.panicAny(n)
	b.panicLater(n)
	if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && len(n.Args) == 2 {
		if bi, ok := b.info.Uses[id].(*types.Builtin); ok && bi.Name() == "delete" {
			b.mapKey(n.Args[0], n.Args[1])
		}
	}
	if fn, _ := b.native(n); fn == "errors.AsType" {
		b.errorsInFunc = b.errorsInFunc || b.reached != nil && b.inFunc(n.Pos())
		b.errorsAsType(n)
	}
	if LoweredGeneric(b.info, n.Fun) {
		b.genericKeeps(n)
		return // interpreted code once lowered (Modern)
	}
	if tv, ok := b.info.Types[n.Fun]; ok && tv.IsType() {
		if len(n.Args) == 1 {
			b.convert(n.Args[0], tv.Type, nil)
			b.interfaceConversion(n, tv.Type)
		}
		return
	}
	sig, ok := under(b.info.TypeOf(n.Fun)).(*types.Signature)
	if !ok {
		return
	}
	if fn, _ := b.native(n); fn == "errors.As" && len(n.Args) == 2 {
		if p, ok := b.info.TypeOf(n.Args[1]).(*types.Pointer); ok {
			b.runtimeAssertion(n.Args[1], p.Elem())
			// Go's errors.As asks each error's type; divergo's walk
			// asserts to the target's (errorsAs), as the interpreter's
			// own did: a type of the same structure matches too.
			b.sameUnderlying(n.Args[1], errorType, p.Elem())
		}
	}
	if fn, _ := b.native(n); fn == "errors.Is" || fn == "errors.As" || fn == "errors.Unwrap" {
		b.errorsInFunc = b.errorsInFunc || b.reached != nil && b.inFunc(n.Pos())
	}
	if fn, _ := b.native(n); fn == "errors.As" && len(n.Args) == 2 && (b.errorsAs(n) || b.errorsAsIface(n)) {
		return
	} else if (fn == "errors.Is" || fn == "errors.As") && len(n.Args) == 2 || fn == "errors.Unwrap" && len(n.Args) == 1 {
		if !b.errorsCall(n, fn) && fn == "errors.Is" {
			b.compare(n.Args[1], n.Args[0], n.Args[1])
			b.pendErrorsIs(n)
		}
	}
	if fn, _ := b.native(n); fn == "io.WriteString" && b.writeStringDirect(n) {
		return
	}
	if fn, native := b.native(n); native {
		b.optionalMethods(n, fn, sig)
		b.errorfWraps(n, fn)
		b.slogArgs(n, fn, sig)
		b.nativeCompared(n, fn)
	}
	b.loggerPrint(n)
	params := sig.Params()
	if len(n.Args) == 1 && params.Len() > 1 {
		return // f(g()) with g's results
	}
	if len(n.Args) == 1 {
		if tuple, ok := b.info.TypeOf(n.Args[0]).(*types.Tuple); ok {
			b.spreadResults(n, sig, tuple)
			return
		}
	}
	if _, native := b.native(n); !native && sig.Variadic() && !n.Ellipsis.IsValid() {
		b.variadicAny(n, sig)
	}
	b.callLater(n)
	b.heldCallLater(n)
	b.holderCallLater(n)
	for i, x := range n.Args {
		var t types.Type
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			t = params.At(params.Len() - 1).Type()
			if !n.Ellipsis.IsValid() {
				t = t.(*types.Slice).Elem()
				b.variadicNative(n, x, t)
			}
		case i < params.Len():
			t = params.At(i).Type()
		default:
			continue
		}
		b.convert(x, t, n)
	}
	b.formatVerbs(n)
	b.badVerbs(n)
}

// loggerPrint lowers a call of a printing method of *log.Logger
// (l.Println(a, b), l.Printf, Print, and the Fatal and Panic forms) to the
// method's plain form given the text fmt would make, through the runtime's
// Sprint functions: l.Print(rt.Sprintln(a, b)). The interpreter finds the
// String, Error and Format methods of a program's values only for the
// package functions it knows (fmt.Sprintln is one; a method of a native
// type never is), and Go's Logger prints exactly what fmt.Sprint* makes of
// the arguments, so the two print the same.
func (b *boundary) loggerPrint(n *ast.CallExpr) {
	fn, _ := b.native(n)
	name, ok := strings.CutPrefix(fn, "log.Logger.")
	if !ok {
		return
	}
	base, suffix := "", ""
	for _, m := range []string{"Print", "Fatal", "Panic"} {
		if rest, ok := strings.CutPrefix(name, m); ok && (rest == "" || rest == "f" || rest == "ln") {
			base, suffix = m, rest
		}
	}
	sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
	if base == "" || !ok {
		return
	}
	b.spans = append(b.spans,
		Span{sel.Sel.Pos(), sel.Sel.End(), base},
		Span{n.Lparen + 1, n.Lparen + 1, b.runtime + ".Sprint" + suffix + "("})
	// Outside the lowerings of the last argument, which end there too
	// (l.Printf("%+v", it) gave Fields(it) its closing after this one).
	b.closing = append(b.closing, Span{n.Rparen, n.Rparen, ")"})
}

// probers are the packages (by name) whose functions look for methods of
// the values given to them, inside slices, maps and structs too.
var probers = map[string]bool{"fmt": true, "log": true, "errors": true, "json": true, "xml": true, "template": true}

// native reports whether a call's function is the standard library's (or
// another native package's): a function or method not of package main.
func (b *boundary) native(call *ast.CallExpr) (string, bool) {
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	case *ast.IndexExpr: // an instantiated generic function
		if sel, ok := fun.X.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
	}
	if id == nil {
		return "", false
	}
	fn, ok := b.info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() == pkgPath {
		return "", false
	}
	if name, ok := b.nativeNames[fn]; ok {
		return name, true // asked before (the walk's checks ask of a call several times)
	}
	name := fn.Pkg().Name() + "." + fn.Name()
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		name = types.TypeString(recv.Type(), func(p *types.Package) string { return p.Name() }) + "." + fn.Name()
		name = strings.TrimPrefix(name, "*")
	}
	if b.nativeNames == nil {
		b.nativeNames = map[*types.Func]string{}
	}
	b.nativeNames[fn] = name
	return name, true
}

// parenthesize puts an operation's result stored in an interface in
// parentheses. The interpreter stored the result of -x, ^x, x % y, x << n
// given straight to an interface as nil, or stopped the program there
// without a word (v = -x; fmt.Println(v) printed nothing, and nothing
// after it ran); return !b and return x != 0 from a function returning
// any panicked (reflect.Value.SetBool on an interface Value). In
// parentheses it computes the value first:
//
//	v = -x   →   v = (-x)
//
// A constant operation is stored right, but for a binary one declared
// into an interface with methods: var d stringer = 3 * time.Millisecond
// (and 3 * D(2) of a type D of the program) panicked "reflect: call of
// reflect.Value.SetInt on struct Value", the interpreter writing the
// product straight into the interface's storage; in parentheses it runs.
func (b *boundary) parenthesize(x ast.Expr, to types.Type) {
	binary := false
	switch x := x.(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND || x.Op == token.ARROW {
			return
		}
	case *ast.BinaryExpr:
		binary = true
	default:
		return
	}
	if tv := b.info.Types[x]; tv.Value != nil {
		if it, ok := to.Underlying().(*types.Interface); !binary || !ok || it.NumMethods() == 0 {
			return // a constant: the interpreter stores it right
		}
	}
	b.spans = append(b.spans, Span{x.Pos(), x.Pos(), "("}, Span{x.End(), x.End(), ")"})
}

// literalIntoNative lowers a composite literal of a program type stored
// in an interface of the standard library by a declaration or an
// assignment (var err error = E{1}; err = E{2}): the interpreter stored
// the bare struct, without its methods, so that fmt printed {1} where Go
// prints the Error text. It is converted in a function literal, as a
// conversion error(E{1}) is (interfaceConversion):
//
//	var err error = E{1}   →   var err error = func(e error) error { return e }(E{1})
func (b *boundary) literalIntoNative(x ast.Expr, from, to types.Type, call *ast.CallExpr) {
	if call != nil || !nativeInterface(to) || programNamed(from) == nil {
		return
	}
	if _, lit := ast.Unparen(x).(*ast.CompositeLit); !lit {
		return
	}
	if name, ok := b.typeName(to); ok {
		b.wrap(x, "func(e "+name+") "+name+" { return e }(", ")")
	}
}

// nativeCall reports whether call's function is native (see native).
func (b *boundary) nativeCall(call *ast.CallExpr) bool {
	_, native := b.native(call)
	return native
}

// plainStored notes x, of type from, stored in an any of the
// interpreter's when from has no name (storedBasic).
//
// An alias is its type (type A = struct{ X int }; var v any = A{1} stores
// a struct{ X int }, unnamedKey), and an untyped constant is stored as its
// default type.
//
// A value of an instance of the program's generic type is one too: the
// interpreter keeps a Box[int] (type Box[T any] struct{ X T }) as a bare
// struct{ X int }, which its type switch and assertions took for a P
// (type P struct{ X int }).
func (b *boundary) plainStored(x ast.Expr, from types.Type) {
	key := unnamedKey(types.Default(from))
	if n, ok := types.Unalias(from).(*types.Named); ok && n.TypeArgs().Len() > 0 && programNamed(n) != nil {
		key = unnamedKey(n.Underlying())
	}
	if p, ok := types.Unalias(from).(*types.Pointer); ok && key == "" {
		// a *struct{ X int } is a *P (type P struct{ X int }) to the
		// interpreter's type switch too (confusable)
		if elem := unnamedKey(p.Elem()); elem != "" {
			if b.storedPtrPlain == nil {
				b.storedPtrPlain = map[string]bool{}
			}
			b.storedPtrPlain["*"+elem] = true
			if b.storedBasicAt["*"+elem] == nil {
				b.storedBasicAt["*"+elem] = x // storedAsserted
			}
		}
	}
	if plain := key; plain != "" {
		b.storedBasic[plain] = true
		if b.storedBasicAt[plain] == nil {
			b.storedBasicAt[plain] = x
		}
	}
}

// instancesKeep notes the plain types the program's generic functions and
// types are instantiated with as stored in an any: their code may store a
// value of its type parameter there (func gen[T any](v T) any { return v }),
// which the walk does not see as a store of a plain value, and gen(5)
// asserted to Color (type Color int) was 5, true to the interpreter, 0,
// false in Go; in a session, show(v) in gen printed a struct{ X, Y int }
// with Point's String.
func (b *boundary) instancesKeep() {
	ids := make([]*ast.Ident, 0, len(b.info.Instances))
	for id := range b.info.Instances {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Pos() < ids[j].Pos() })
	for _, id := range ids {
		obj := b.info.Uses[id]
		if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != pkgPath {
			continue
		}
		args := b.info.Instances[id].TypeArgs
		for i := 0; i < args.Len(); i++ {
			b.plainStored(id, args.At(i))
		}
	}
}

// genericKeeps notes the plain values given to an any parameter of call, a
// generic function of the standard library Modern lowers, which the walk
// does not visit as conversions: slices.Insert(xs, 0, 5) on a []any
// stores a plain int there, which the interpreter's type switch took for a
// Color (type Color int with a String method) and printed as one
// (anyprint.go).
func (b *boundary) genericKeeps(n *ast.CallExpr) {
	sig, ok := under(b.info.TypeOf(n.Fun)).(*types.Signature)
	if !ok || n.Ellipsis.IsValid() {
		return
	}
	params := sig.Params()
	for i, x := range n.Args {
		var t types.Type
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			t = params.At(params.Len() - 1).Type().(*types.Slice).Elem()
		case i < params.Len():
			t = params.At(i).Type()
		default:
			continue
		}
		if it, ok := t.Underlying().(*types.Interface); ok && it.NumMethods() == 0 {
			if from := b.info.TypeOf(x); from != nil && !types.IsInterface(from) {
				b.plainStored(x, from)
			}
		}
	}
}

// nativeKeeps reports whether call, of a native function, may keep x, one
// of its arguments given to an any, to give it back later: sync.Map.Store,
// context.WithValue's value, atomic.Value.Store, list.List.PushBack,
// reflect.ValueOf… The printing, encoding and sorting packages (keepsNone),
// and divergo's own runtime, are known to keep none; context keeps
// WithValue's value only (its key no one gets back). A plain value kept there comes
// back bare, as a plain value stored by the program's own code does:
//
//	type Color int; m.Store("k", 5); v, _ := m.Load("k"); v.(Color)
//
// is 0, false in Go; the interpreter's assertion, which sees no type name,
// said 5, true, and its type switch printed the 5 with Color's String
// (anyprint.go). Such an argument is noted as stored (storedBasic).
func (b *boundary) nativeKeeps(call *ast.CallExpr, x ast.Expr) bool {
	fn, native := b.native(call)
	if !native {
		return false
	}
	if obj := b.calledFunc(call); obj != nil && strings.HasPrefix(obj.Pkg().Path(), "github.com/divergo/divergo/") {
		return false
	}
	pkg, _, _ := strings.Cut(strings.TrimPrefix(fn, "(*"), ".")
	if pkg == "context" {
		return fn == "context.WithValue" && len(call.Args) == 3 && x == call.Args[2]
	}
	if pkg == "slog" {
		// A Logger's Info… gives them to its Handler only (the
		// program's own Handler would get them back: not seen);
		// slog.AnyValue(v).Any() gives v back.
		return fn == "slog.Any" || fn == "slog.AnyValue" || fn == "slog.Group" || fn == "slog.GroupValue"
	}
	return !keepsNone[pkg]
}

// keepsNone are the packages (by name) whose functions taking an any keep
// none of the values they are given (nativeKeeps).
var keepsNone = map[string]bool{"fmt": true, "log": true, "json": true, "xml": true, "gob": true, "errors": true, "sort": true}

// calledFunc is the function call calls, when it names one.
func (b *boundary) calledFunc(call *ast.CallExpr) *types.Func {
	fun := ast.Unparen(call.Fun)
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun = f.X
	case *ast.IndexListExpr:
		fun = f.X
	}
	var id *ast.Ident
	switch f := fun.(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	}
	if id == nil {
		return nil
	}
	obj, _ := b.info.Uses[id].(*types.Func)
	if obj == nil || obj.Pkg() == nil {
		return nil
	}
	return obj
}

// convert checks the conversion of x's value to type to, an argument of
// call when call is not nil.
func (b *boundary) convert(x ast.Expr, to types.Type, call *ast.CallExpr) {
	from := b.info.TypeOf(x)
	if from == nil || to == nil || b.at != nil {
		return
	}
	if _, tuple := from.(*types.Tuple); !tuple && call != nil {
		b.flagValueArg(x, from, call) // first: it wraps Keep's literal
	}
	if _, tuple := from.(*types.Tuple); !tuple && call != nil && holdsAny(from, map[types.Type]bool{}) {
		if fn, ok := b.native(call); ok {
			if pkg := strings.SplitN(fn, ".", 2)[0]; probers[pkg] && pkg != "errors" {
				byName := false
				if _, _, format, ok := printfCall(call, b.info); ok {
					byName = strings.Contains(format, "%T") || strings.Contains(format, "%#v") || strings.Contains(format, "%+v")
				}
				b.pendAnyProbed(x, fn, from, byName, call)
			}
		}
	}
	if _, tuple := from.(*types.Tuple); !tuple && call != nil {
		b.reflectAny(x, from, call)
		b.interfaceByName(x, from, call)
		b.marshalInterfaceArg(x, from, call)
		b.opaqueJSON(x, from, call)
		b.genericJSONArg(x, from, call)
		b.unwrapArg(x, from, call)
		b.interfaceTexts(x, from, call)
		b.nilReceiver(x, from, call)
		b.hiddenInterfacePrint(x, from, call)
		b.printFields(x, from, call)
		b.printSpacing(x, from, call) // printspacing.go
	}
	if _, tuple := from.(*types.Tuple); !tuple && call == nil && types.IsInterface(to) && !types.IsInterface(from) {
		b.parenthesize(x, to) // an argument is stored right
	}
	b.noteInIface(x, from, to, call)
	if _, tuple := from.(*types.Tuple); !tuple && types.IsInterface(from) && !b.info.Types[x].IsNil() {
		if !assertHelperCall(call) { // the helper only asserts it
			b.noteStoredVia(from, to, call == nil || !b.nativeCall(call))
			if call == nil || !b.nativeCall(call) || b.nativeKeeps(call, x) {
				b.viaLater(x, from, to)
			}
			b.noteOpaqueAny(x, from, to, call)
		}
		if !b.keepIntoNative(x, from, to) { // a value of an interface of the program
			b.ifaceIntoNative(x, from, to, call) // ifaceargs.go
		}
		b.reshapeFromNative(x, from, to) // one of the standard library's, into the program's
	}
	if _, tuple := from.(*types.Tuple); tuple || types.IsInterface(from) || !types.IsInterface(to) {
		return
	}
	if call != nil {
		b.convertResult(x, from, call)
	}
	if tv := b.info.Types[x]; tv.IsNil() {
		return
	}
	if b.writeStringArg(x, from, call) {
		b.lostMethods(x, from, to)
		return // a native writer is stored, not the value
	}
	if n := programNamed(from); n != nil {
		b.storedIface[n] = true // for interfaceByName
	}
	b.noteHeld(x, from, to, call)
	keeping := b.canKeep(from, to)
	if !keeping {
		b.literalIntoNative(x, from, to, call)
		b.copyIntoInterface(x, from, to, call)
	} else if !nativeInterface(to) {
		b.copyIntoInterface(x, from, to, call)
	}
	if it, ok := to.Underlying().(*types.Interface); ok && it.NumMethods() == 0 && (call == nil || !b.nativeCall(call)) {
		if st, _ := embeddedField(from, map[types.Type]bool{}); st != nil {
			if b.storedEmbed == nil {
				b.storedEmbed = x // in an any of the interpreter's
			}
			b.embedLater(x, from)
		}
		if _, _, hidden, _ := FieldsSpec(from); hidden {
			if programNamed(from) == nil && b.storedHiddenPrint == nil {
				b.storedHiddenPrint = x // the program's types: pendAnyProbed's loop
			}
			b.hiddenStoredLater(x, from)
		}
	}
	if it, ok := to.Underlying().(*types.Interface); ok && it.NumMethods() == 0 && programNamed(from) == nil && HiddenFields(from) && (call == nil || !b.nativeCall(call)) {
		if b.storedHidden == nil {
			b.storedHidden = x // in an any of the interpreter's
		}
		b.hiddenLater(x, from)
	}
	if it, ok := to.Underlying().(*types.Interface); ok && it.NumMethods() == 0 {
		if call == nil || !b.nativeCall(call) || b.nativeKeeps(call, x) {
			b.plainStored(x, from)
			if b.storedHolder == nil && holdsAny(from, map[types.Type]bool{}) {
				b.storedHolder = x
				b.holderLater(x, from)
			}
		}
	}
	if call == nil {
		b.stores = append(b.stores, store{x, from, to})
	} else if _, native := b.native(call); !native {
		b.stores = append(b.stores, store{x, from, to})
	}
	named := programNamed(from)
	if it, ok := to.Underlying().(*types.Interface); ok && it.NumMethods() > 0 && named != nil && !isPointer(from) {
		if b.methodIface == nil {
			b.methodIface = map[*types.Named]bool{}
		}
		b.methodIface[named] = true
	}
	if named != nil {
		b.storedMeets(x, from, to, call)
		b.converted[named] = true
		if _, ptr := from.(*types.Pointer); !ptr {
			b.convertedValue[named] = true
		}
		if it, ok := to.Underlying().(*types.Interface); ok && it.NumMethods() == 0 {
			b.toAny[named] = true
			if call == nil {
				b.noteStored(from) // in an any of the interpreter's
				b.printedLater(x, named, nil)
				b.assertedLater(x, named)
				b.storedLater(x, from, to)
			} else if _, native := b.native(call); !native || b.nativeKeeps(call, x) {
				// (m.Store("k", P{1}) keeps the P, bare, to give it back)
				b.noteStored(from)
				b.printedLater(x, named, call)
				b.assertedLater(x, named)
				b.storedLater(x, from, to)
			}
		} else if ok && (call == nil || !b.nativeCall(call)) && !b.sessionOwn() {
			b.storedLater(x, from, to) // its reflection (an error)
		}
	}
	if named != nil && nativeInterface(to) {
		b.lostMethods(x, from, to)
		b.typedNil(x, from, to)
		b.keepIntoNative(x, from, to) // inside typedNil's check
	}
	if call == nil {
		return
	}
	fn, ok := b.native(call)
	if !ok || !probers[strings.SplitN(fn, ".", 2)[0]] {
		return
	}
	pkg := strings.SplitN(fn, ".", 2)[0]
	if pkg == "json" || pkg == "xml" {
		if pkg == "json" && b.jsonFlatten(x, from, fn, call) { // jsonembed.go
			return
		}
		if st, field := embeddedField(from, map[types.Type]bool{}); st != nil {
			b.refuse(x, "%s of %s: %s embeds %s, whose fields Go's encoding/%s promotes into %s's; the interpreter would not (it nests them under the field's name). Not supported yet: name the field, or copy the fields in",
				fn, typeString(from), typeString(st), field, pkg, typeString(st))
			return
		}
	}
	if i, ok := unmarshalArgs[fn]; ok {
		if i < len(call.Args) && call.Args[i] == x {
			b.unmarshalInto(x, from, fn)
		}
		return
	}
	if named != nil && (pkg == "fmt" || pkg == "log") {
		// fmt calls Error of an error, before String: the interpreter
		// does only for a value passed as an error (a conversion error(x)
		// is not enough); a nil pointer prints <nil>, as Go's fmt prints
		// a nil receiver's panicking Error. Not the argument of a %T,
		// which TypeVerbs replaces with the type's name (the two
		// together gave fmt a string as an error).
		// (Given fmt as its method's text already: printSpacing.)
		if ms := methodsOf(from); ms["Error"] && !ms["Format"] && !b.valueVerb(call, x) && !typeVerbArg(call, x, b.info) && !b.printed[x] {
			if name, ok := b.typeName(from); ok && isPointer(from) && fn != "fmt.Errorf" && !notNil(ast.Unparen(x), b.info) {
				// A nil pointer: Go's fmt calls its Error too (E! for
				// a method that does not dereference it) and prints
				// <nil> when that panics; the interpreter made a nil
				// error of it, which printed <nil> always. A non-nil one
				// goes back as an error through a variable: the
				// interpreter's conversion error(e) returned as any
				// lost the method (&{7} where Go printed Error's text).
				b.spans = append(b.spans, Span{x.Pos(), x.Pos(), "func(e " + name + ") any { if e != nil { var x error = e; return x }; var s string; func() { defer func() { if recover() != nil { s = \"<nil>\" } }(); s = e.Error() }(); return s }("}, Span{x.End(), x.End(), ")"})
			} else if !b.keepIntoNative(x, from, errorType) {
				// Kept where the program asserts to its types: the
				// error fmt.Errorf's %w wraps is found again by
				// errors.As. fmt.Errorf("get: %w", HTTPError{404}) of
				// a struct type with a value receiver made a wrapper
				// Keep was not given, and errors.As(err, &he) then
				// stopped the program ("stored it there out of
				// divergo's sight") where Go gives true and 404.
				b.spans = append(b.spans, Span{x.Pos(), x.Pos(), "func(e error) error { return e }("}, Span{x.End(), x.End(), ")"})
			}
		}
	}
	if named == nil {
		// An unnamed struct embedding a type whose String has a pointer
		// receiver: Go's fmt does not call it for the struct's value
		// (struct{ P }{P{7}} printed {{7}}), the interpreter did (P7).
		if inner, m := pointerOnly(from); inner != nil && (m == "String" || m == "Error") && (pkg == "fmt" || pkg == "log") {
			b.refuse(x, "%s of %s: %s's %s method has a pointer receiver, so Go does not call it for a %s value and prints its fields; the interpreter would call it. Pass a pointer (&v), or give %s a value receiver",
				fn, typeString(from), inner.Obj().Name(), m, typeString(from), m)
			return
		}
	}
	if named != nil && pkg == "json" {
		if b.marshalValue(x, from, fn) {
			return
		}
		if fn == "json.Encoder.Encode" {
			b.encodeVia(x, from, call)
		}
	} else if named != nil {
		if _, ptr := from.(*types.Pointer); !ptr {
			own, viaPtr := methodsOf(from), methodsOf(types.NewPointer(from))
			for _, m := range probed {
				if viaPtr[m] && !own[m] && (m == "String" || m == "Error") {
					if v := b.verbOf(x, call); v != "" && (v[len(v)-1] == 'T' || strings.Contains(v, "#") && v[len(v)-1] == 'v') {
						break // %T, %#v: the type's name, lowered elsewhere (TypeVerbs); no method is called
					}
					if open, ok := PlainValue(from, b.typeName); ok {
						// Printed as its underlying type's value: the
						// fields, without the method.
						b.spans = append(b.spans, Span{x.Pos(), x.Pos(), open}, Span{x.End(), x.End(), ")"})
						break
					}
					b.refuse(x, "%s of %s: %s's %s method has a pointer receiver, so Go does not call it for a %s value and prints its fields; the interpreter would call it. Pass a pointer (&v), or give %s a value receiver",
						fn, typeString(from), named.Obj().Name(), m, named.Obj().Name(), m)
					return
				}
			}
		}
	}
	if top := methodsOf(from); top["String"] || top["Error"] || top["Format"] || top["MarshalJSON"] || top["MarshalText"] {
		return // the standard library calls the value's own method, and looks no further
	}
	if b.printed[x] || b.elementTexts(x, from, call, pkg) {
		return
	}
	if inner, how := b.nested(from, map[types.Type]bool{}, true); inner != nil {
		ms := methodsOf(inner)
		var names []string
		for _, m := range probed {
			if ms[m] && callsMethod(pkg, m) {
				names = append(names, m)
			}
		}
		if len(names) == 0 {
			return // encoding/json calls no String, fmt no MarshalJSON
		}
		if u, ok := inner.Underlying().(*types.Basic); ok && !ms["Format"] && pkg == "fmt" {
			// %d of a []Color: fmt calls no String or Error for a verb
			// that prints values, and prints them as the interpreter
			// does when the verb fits their kind ([1 2]).
			if verb := b.verbOf(x, call); verb != "" && strings.IndexByte("vsqxXTw", verb[len(verb)-1]) < 0 && !strings.Contains(verb, "#") && verbFits(u, verb[len(verb)-1]) {
				return
			}
		}
		b.refuse(x, "%s of %s: Go calls the %s method of the %s %s; the interpreter does not for values inside a slice, array, map, pointer or struct field. Not supported yet: pass the %s values one by one",
			fn, typeString(from), strings.Join(names, " and "), typeString(inner), how, typeString(inner))
		return
	}
	if pkg == "json" {
		if inner, how, m := b.marshalNested(from, map[addressed]bool{}, false, false); inner != nil {
			b.refuse(x, "%s of %s: Go calls the %s method (its receiver a pointer) of the %s %s, whose address json can take there (behind a pointer, or in a slice); the interpreter does not call methods of values inside a slice, array, map, pointer or struct field. Not supported yet: pass the %s values one by one (a *%[4]s each)",
				fn, typeString(from), m, typeString(inner), how, typeString(inner))
		}
	}
}

// copyIntoInterface lowers the conversion to an interface of a value of a
// program type with methods (T or *T) that is not a new composite literal:
// the interpreter stores a reference to where the value lives — the
// variable, or the slot of the call or conversion that made it, which a
// loop reuses — so that later changes showed through the interface,
// silently (shapes = append(shapes, r) in a range loop, or
// append(shapes, mk(i)), gave the last value three times; var s
// fmt.Stringer = c; c = 99 changed s). The value is copied into a new
// slice's element first, which nothing else reaches (a conversion inside
// a function literal copied it too, but the interface it returned failed
// the interpreter's type switches):
//
//	shapes = append(shapes, r)   →   shapes = append(shapes, []Rect{r}[0])
//
// Struct and array types, and pointers; a named number, string, slice or
// map type with methods is not lowered yet (the copy did not help there).
// Into an interface of the standard library but error (fmt.Stringer…),
// whose wrapper still read the variable, the conversion happens inside a
// function literal, on its parameter, a new variable each call:
//
//	ys = append(ys, t)   →   ys = append(ys, func(v Temp) fmt.Stringer { return v }(t))
//
// Lowered in loops (where the slots are reused), in functions (where a
// variable may change after) and at a cell's top level (shapes =
// append(shapes, r); r.W = 5 changed the first shape; var g G = ts[0];
// ts[0].N = 9 changed g), a call's result there too in a var
// declaration, and in a package-level var declaration (var s fmt.Stringer
// = c; c = 30 in main changed s). fmt's and log's functions print the
// value at once: left alone.
func (b *boundary) copyIntoInterface(x ast.Expr, from, to types.Type, call *ast.CallExpr) {
	// At a cell's top level too, where a session variable may change in
	// a later cell (a var declaration's value there, which the session
	// wraps itself outside these lowerings: rewriteTopLevelVars; a call's
	// result too, which is copied there).
	// A package-level var declaration's value too (var s fmt.Stringer =
	// c of a type Celsius float64, c = 30 in main changed s).
	inSpec := b.inSpec && b.innerFunc(x) == nil
	_, isCall := ast.Unparen(x).(*ast.CallExpr)
	topLevel := (b.reached != nil || inSpec) && b.innerFunc(x) == nil && (b.info.Types[x].Addressable() || inSpec && isCall)
	if !b.inLoop(x) && (b.innerFunc(x) == nil || !b.info.Types[x].Addressable()) && !(namedReference(from) && !nativeInterface(to)) && !topLevel {
		return
	}
	switch u := ast.Unparen(x).(type) {
	case *ast.CompositeLit:
		return // a new value
	case *ast.UnaryExpr:
		if _, lit := ast.Unparen(u.X).(*ast.CompositeLit); lit && u.Op == token.AND {
			return
		}
	}
	t := from
	if p, ok := t.(*types.Pointer); ok {
		if nativeInterface(to) {
			return // typedNil's; the interpreter's wrapper of a pointer is not affected
		}
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != pkgPath || types.IsInterface(named) {
		return
	}
	if types.NewMethodSet(types.NewPointer(named)).Len() == 0 {
		return // without methods the interpreter copies it
	}
	if call != nil {
		if fn, native := b.native(call); native {
			if pkg := strings.SplitN(fn, ".", 2)[0]; pkg == "fmt" || pkg == "log" {
				return
			}
		}
	}
	name, ok := b.typeName(from)
	if !ok {
		return
	}
	switch named.Underlying().(type) {
	case *types.Slice, *types.Map, *types.Signature, *types.Chan:
		if nativeInterface(to) {
			return // typedNil's (a reference type: its nil is checked there)
		}
	}
	if nativeInterface(to) && !types.Identical(to, errorType) {
		// The interpreter's wrapper (fmt.Stringer…) of a slice's element
		// still reads the variable; made inside a function literal, from
		// its parameter, it does not.
		if iface, ok := b.typeName(to); ok {
			b.spans = append(b.spans, Span{x.Pos(), x.Pos(), "func(v " + name + ") " + iface + " { return v }("})
			b.closing = append(b.closing, Span{x.End(), x.End(), ")"})
		}
		return
	}
	switch named.Underlying().(type) {
	case *types.Struct, *types.Array:
	default:
		// In a var declaration at a cell's top level the copy helps
		// (var g G = ns[1] of a type Num int); elsewhere a variable.
		if _, ptr := from.(*types.Pointer); !ptr && !inSpec {
			b.hoistIntoInterface(x)
			return
		}
	}
	b.spans = append(b.spans, Span{x.Pos(), x.Pos(), "[]" + name + "{"})
	b.closing = append(b.closing, Span{x.End(), x.End(), "}[0]"})
}

// hoistIntoInterface lowers the conversion to one of the program's
// interfaces (or any) of a value of a named number, string, slice, map or
// function type with methods. The interpreter's interface value refers to
// the storage the value was read from — the variable, or the expression's
// own slot, which a loop reuses — instead of holding a copy: a []Shape
// filled in a loop with values of type C int held the last one three times,
// and `var s Shape = c; c = 9` crashed (reflect.Value.SetInt on a struct).
// Neither copy through a slice's element nor a function literal helps (see
// copyIntoInterface). A variable of its own, defined just before the
// statement, does: the interpreter gives a define new storage each time.
//
//	shapes = append(shapes, c)   →   __cv1 := c; shapes = append(shapes, __cv1)
//
// It applies where that changes nothing else: the statement stands in a
// block (or is an if's or a switch's header, not an else-if's), x is not
// inside a function literal of it, nothing the statement runs before x can
// change x (no call or receive before it), and x is simple enough that no
// other lowering rewrites inside it (variables, fields, calls and
// conversions of such, arithmetic). Elsewhere the interpreter's reading
// stays (see the README).
func (b *boundary) hoistIntoInterface(x ast.Expr) {
	st := b.listStmt(x)
	if st == nil || !hoistable(x, b.info) {
		return
	}
	switch s := st.(type) {
	case *ast.ExprStmt, *ast.AssignStmt, *ast.DeclStmt, *ast.ReturnStmt, *ast.SendStmt, *ast.GoStmt, *ast.DeferStmt:
	case *ast.IfStmt:
		if !within(x, s.Init) && !within(x, s.Cond) {
			return
		}
	case *ast.SwitchStmt:
		if !within(x, s.Init) && !within(x, s.Tag) {
			return
		}
	default:
		return
	}
	early := false
	ast.Inspect(st, func(n ast.Node) bool {
		if n == nil || early || n.Pos() >= x.Pos() {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			early = n.Op == token.ARROW && n.End() <= x.Pos()
		case *ast.CallExpr:
			if tv, ok := b.info.Types[n.Fun]; !(ok && tv.IsType()) && n.End() <= x.Pos() {
				early = true
			}
		}
		return true
	})
	if early {
		return
	}
	b.hoisted++
	name := fmt.Sprintf("__cv%d", b.hoisted)
	b.spans = append(b.spans, Span{st.Pos(), st.Pos(), name + " := " + types.ExprString(x) + "; "}, Span{x.Pos(), x.End(), name})
}

// namedReference reports whether t is a named number, string, slice, map,
// function or channel type of the program (hoistIntoInterface's).
func namedReference(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != pkgPath {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Struct, *types.Array, *types.Pointer, *types.Interface:
		return false
	}
	return true
}

// within reports whether x lies inside n (a nil n holds nothing).
func within(x ast.Node, n ast.Node) bool {
	return n != nil && !reflect.ValueOf(n).IsNil() && n.Pos() <= x.Pos() && x.End() <= n.End()
}

// hoistable reports whether x is built of variables, fields, calls,
// conversions and arithmetic only: nothing another lowering rewrites
// inside (an index, a shift, a literal, a function literal).
func hoistable(x ast.Expr, info *types.Info) bool {
	ok := true
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case nil, *ast.Ident, *ast.BasicLit, *ast.ParenExpr, *ast.SelectorExpr, *ast.StarExpr:
		case *ast.CallExpr:
			ok = ok && n.Ellipsis == token.NoPos
			if tv, isType := info.Types[n.Fun]; !(isType && tv.IsType()) {
				// Arguments of a call: not converted to an interface
				// there (copyIntoInterface's own lowering).
				if sig, isSig := info.TypeOf(n.Fun).(*types.Signature); isSig {
					for i := 0; i < sig.Params().Len(); i++ {
						ok = ok && !types.IsInterface(sig.Params().At(i).Type())
					}
				}
			}
		case *ast.BinaryExpr:
			ok = ok && n.Op != token.SHL && n.Op != token.SHR
		case *ast.UnaryExpr:
			ok = ok && n.Op != token.ARROW && n.Op != token.AND
		default:
			ok = false
		}
		return ok
	})
	return ok
}

// listStmt returns the innermost statement of a block, case or select
// clause that holds x, x not inside a function literal of it; nil if
// there is none.
func (b *boundary) listStmt(x ast.Expr) ast.Stmt {
	var found ast.Stmt
	inspect(b.file, func(m ast.Node) bool {
		if m == nil || m.End() <= x.Pos() || m.Pos() > x.Pos() {
			return false
		}
		if _, lit := m.(*ast.FuncLit); lit {
			found = nil // only the literal's own statements now
		}
		for _, st := range stmtList(m) {
			if st.Pos() <= x.Pos() && x.End() <= st.End() {
				found = st
			}
		}
		return true
	})
	return found
}

// innerFunc returns the innermost function of the file holding x (not a
// cell's func __cell), or nil.
func (b *boundary) innerFunc(x ast.Node) ast.Node {
	b.scopes()
	var in ast.Node
	for _, f := range b.funcs {
		if f.Pos() <= x.Pos() && x.End() <= f.End() && (in == nil || in.Pos() <= f.Pos()) {
			in = f
		}
	}
	return in
}

// inLoop reports whether x is inside a loop of its innermost function.
func (b *boundary) inLoop(x ast.Node) bool {
	b.scopes()
	fn := b.innerFunc(x)
	for _, l := range b.loops {
		if l.Pos() <= x.Pos() && x.End() <= l.End() && (fn == nil || fn.Pos() <= l.Pos()) {
			return true
		}
	}
	return false
}

// scopes lists the file's loops and functions once.
func (b *boundary) scopes() {
	if b.funcs != nil {
		return
	}
	b.funcs = []ast.Node{}
	inspect(b.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Name.Name != "__cell" {
				b.funcs = append(b.funcs, n)
			}
		case *ast.FuncLit:
			b.funcs = append(b.funcs, n)
		case *ast.ForStmt, *ast.RangeStmt:
			b.loops = append(b.loops, n)
		}
		return true
	})
}

// embeddedField finds in t (or what it holds) a struct type of the program
// with an embedded field, and that field's name.
func embeddedField(t types.Type, seen map[types.Type]bool) (types.Type, string) {
	if t == nil || seen[t] {
		return nil, ""
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return embeddedField(u.Elem(), seen)
	case *types.Slice:
		return embeddedField(u.Elem(), seen)
	case *types.Array:
		return embeddedField(u.Elem(), seen)
	case *types.Map:
		return embeddedField(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if f.Embedded() && programNamed(f.Type()) != nil {
				return t, f.Name()
			}
			if st, name := embeddedField(f.Type(), seen); st != nil {
				return st, name
			}
		}
	}
	return nil, ""
}

// typeString writes a type as Go's messages do, package main's types by
// their name alone.
func typeString(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string {
		if p.Path() == pkgPath {
			return ""
		}
		return p.Name()
	})
}

// nested finds, inside t (below its top level when top), a program type
// with a probed method that the standard library would not see there; how
// says where ("elements of the slice", …).
func (b *boundary) nested(t types.Type, seen map[types.Type]bool, top bool) (types.Type, string) {
	if seen[t] {
		return nil, ""
	}
	seen[t] = true
	if !top && programNamed(t) != nil && len(methodsOf(t)) > 0 {
		return t, ""
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		if in, _ := b.nested(u.Key(), seen, false); in != nil {
			return in, "keys"
		}
	case *types.Pointer:
		if _, isStruct := u.Elem().Underlying().(*types.Struct); isStruct && top {
			// fmt prints &{…}: the pointed-to struct's fields.
			return b.fields(u.Elem(), seen)
		}
	case *types.Struct:
		return b.fields(t, seen)
	}
	inner, how := heldValues(t)
	if inner == nil {
		return nil, ""
	}
	if in, h := b.nested(inner, seen, false); in != nil {
		if h == "" {
			h = how
		}
		return in, h
	}
	return nil, ""
}

// fields looks into a struct's exported fields (the standard library
// does not call methods of unexported ones, in Go either).
func (b *boundary) fields(t types.Type, seen map[types.Type]bool) (types.Type, string) {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil, ""
	}
	for i := 0; i < st.NumFields(); i++ {
		fd := st.Field(i)
		if !fd.Exported() {
			continue
		}
		if in, h := b.nested(fd.Type(), seen, false); in != nil {
			if h == "" {
				h = "field " + fd.Name()
			}
			return in, h
		}
	}
	return nil, ""
}

// assert refuses x.(T) (and case T:) from a native interface to a struct
// type of the program: the interpreter's assertion fails.
func (b *boundary) assert(x, typ ast.Expr) {
	if x == nil {
		return
	}
	from, t := b.info.TypeOf(x), b.info.TypeOf(typ)
	if from != nil && t != nil && types.IsInterface(t) && !b.info.Types[typ].IsNil() && !b.inHelper {
		b.pending = append(b.pending, func() { b.assertInterface(x, typ, from, t) })
	}
	b.assertsLater(x, typ)
	b.pendUnderlying(x, typ)
	b.pendNamedBasic(x, typ)
	b.pendSameUnderlying(x, typ)
	if from == nil || t == nil || !nativeInterface(from) {
		return
	}
	if _, ok := t.(*types.Named); !ok || programNamed(t) == nil {
		return
	}
	if _, ok := t.Underlying().(*types.Struct); !ok {
		return
	}
	if _, ok := b.peelText(from, t, false); ok && b.peeledTarget(from, t) {
		return // peelAssert's
	}
	name := typeString(t)
	b.refuse(typ, "asserting %s to %s, a struct type declared in %s: the interpreter's assertion of %s to a struct type fails where Go's succeeds. Give %s's methods a pointer receiver and assert to *%s",
		typeString(from), name, b.where, typeString(from), name, name)
}

// assertInterface refuses x.(I) of an interface value to an interface type
// I when the interpreter's answer can be wrong:
//   - x not of an interface type of the program, and I an interface literal
//     or implemented by a type of the program whose values reach interfaces
//     (see implementer): the interpreter's assertion fails where Go's
//     succeeds;
//   - x of an interface type of the program, and a type T of the program
//     whose values reach interfaces has I's methods only with *T: the
//     interpreter's assertion of a T succeeds (v.(Scaler) of a Square was
//     true, and the plain form did not panic) where Go's fails;
//   - in a cell, x of an interface type of the program and I implemented by
//     a type of the program: the interpreter's assertion of a value that a
//     session variable holds fails (ok false, a nil result), and at a
//     cell's top level stops with a nil dereference.
func (b *boundary) assertInterface(x, typ ast.Expr, from, t types.Type) {
	it, _ := t.Underlying().(*types.Interface)
	if it == nil || it.NumMethods() == 0 {
		return
	}
	_, literal := t.(*types.Interface)
	if programNamed(from) == nil {
		if !types.Identical(t, errorType) && (literal || b.implementer(it) != nil) {
			what := "an interface literal"
			if !literal {
				what = fmt.Sprintf("%s (which %s, declared in %s, implements)", typeString(t), typeString(b.implementer(it)), b.where)
			}
			advice := "Assert to the concrete type (v.(*T)), or store the value in a variable of an interface type declared in " + b.where + " first"
			if b.reached != nil {
				advice = "Assert to the concrete types (v.(*T)), or use a type switch over them"
			}
			b.refuse(typ, "asserting %s to %s: the interpreter's assertion of %s to an interface type fails where Go's succeeds, for values of types declared in %s and for interface literals. %s",
				typeString(from), what, article(typeString(from)), b.where, advice)
		}
		return
	}
	if v := b.pointerImplementer(it); v != nil {
		name := typeString(v)
		b.refuse(typ, "asserting %s to %s while values of %s reach interfaces: %s has %s's methods only with a pointer receiver, so Go's assertion of a %s fails (ok is false, the plain form panics); the interpreter's would succeed. Not supported: assert to the concrete type (v.(*%s)), or call the method on a *%s",
			typeString(from), typeString(t), name, name, typeString(t), name, name, name)
		return
	}
	if b.reached != nil && (literal || b.implementer(it) != nil) {
		what := "an interface literal"
		if !literal {
			what = fmt.Sprintf("%s (which %s, declared in a cell, implements)", typeString(t), typeString(b.implementer(it)))
		}
		b.refuse(typ, "asserting %s, an interface type declared in a cell, to %s: the interpreter's assertion of a value held in a session variable of an interface type fails where Go's succeeds (at a cell's top level it stops with a nil dereference). Not supported: assert to the concrete types (v.(*T)), or use a type switch over them",
			typeString(from), what)
	}
}

// pointerImplementer returns a type T of the program whose values (not
// pointers) may be in an interface value and whose pointer *T implements
// it where T does not, or nil.
func (b *boundary) pointerImplementer(it *types.Interface) types.Type {
	for _, obj := range b.programTypes() {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		inFile := tn.Pos() >= b.file.FileStart && tn.Pos() < b.file.FileEnd
		if inFile && !b.convertedValue[tn.Type()] {
			continue
		}
		if !types.Implements(tn.Type(), it) && types.Implements(types.NewPointer(tn.Type()), it) {
			return tn.Type()
		}
	}
	return nil
}

// implementer returns a type of the program (a cell's, or a program's)
// whose values or pointers implement it and may be in an interface value,
// or nil: the interpreter's assertion of those to an interface type fails,
// where its assertion of the standard library's values to a named
// interface works. A type declared in f may be in an interface value when
// f converts one to an interface type; one declared by an earlier cell,
// always.
func (b *boundary) implementer(it *types.Interface) types.Type {
	for _, obj := range b.programTypes() {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.Pkg() == nil || tn.Pkg().Path() != pkgPath || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		inFile := tn.Pos() >= b.file.FileStart && tn.Pos() < b.file.FileEnd
		if inFile && !b.converted[tn.Type()] {
			continue
		}
		if types.Implements(tn.Type(), it) || types.Implements(types.NewPointer(tn.Type()), it) {
			return tn.Type()
		}
	}
	return nil
}

// interfaceConversion lowers an explicit conversion of a value of a
// program type to a native interface, error(x), or to an empty interface,
// any(x), when the type has methods: the interpreter makes it a no-op
// (fmt.Errorf("%w", error(x)) did not wrap, Println printed x's fields;
// v := any(Temp(6)) held the bare float64, so v.(fmt.Stringer) was false
// and a cell showing any(t) showed 6 for Go's 6.0°), where a function's
// parameter makes the wrapper, with the methods, that Go's standard
// library and the program's assertions see.
//
//	error(&MyErr{7})   →   func(e error) error { return e }(&MyErr{7})
//	any(t)             →   func(e any) any { return e }(t)
//	any(shape)         →   func(e any) any { return e }(shape)
func (b *boundary) interfaceConversion(conv *ast.CallExpr, to types.Type) {
	from := b.info.TypeOf(conv.Args[0])
	if from == nil || programNamed(from) == nil || b.info.Types[conv.Args[0]].IsNil() {
		return
	}
	if types.IsInterface(from) {
		// An interface of the program to an empty interface: the
		// interpreter's no-op left a value that any(s) != nil panicked
		// on in reflect ("call of reflect.Value.IsNil on struct Value").
		if it, ok := to.Underlying().(*types.Interface); !ok || it.NumMethods() != 0 || nativeInterface(from) || types.NewMethodSet(from).Len() == 0 {
			return
		}
	} else if it, ok := to.Underlying().(*types.Interface); ok && it.NumMethods() == 0 {
		if types.NewMethodSet(from).Len() == 0 && types.NewMethodSet(types.NewPointer(from)).Len() == 0 {
			return // no wrapper: a value without methods is stored bare either way
		}
	} else if !nativeInterface(to) {
		return
	}
	if b.canKeep(from, to) {
		return // converted by keepIntoNative already
	}
	name, ok := b.typeName(to)
	if !ok {
		return
	}
	b.spans = append(b.spans,
		Span{conv.Pos(), conv.Lparen + 1, "func(e " + name + ") " + name + " { return e }("})
}

// SwitchOperand is the x of switch x.(type) or switch v := x.(type).
func SwitchOperand(n *ast.TypeSwitchStmt) ast.Expr {
	switch a := n.Assign.(type) {
	case *ast.AssignStmt:
		return a.Rhs[0].(*ast.TypeAssertExpr).X
	case *ast.ExprStmt:
		return a.X.(*ast.TypeAssertExpr).X
	}
	return nil
}

// pendUnderlying refuses, after the walk, x.(T) (or case T:) of an
// interface value to a type T that is not the program's own (float64,
// int, struct{ X int }) when a type of the program with the same
// underlying type reaches interfaces: the interpreter keeps no name for a
// value of such a type in an interface, so that v.(float64) matched a
// Celsius (type Celsius float64) and a type switch took case float64.
func (b *boundary) pendUnderlying(x, typ ast.Expr) {
	from, t := b.info.TypeOf(x), b.info.TypeOf(typ)
	if from == nil || t == nil || !types.IsInterface(from) || types.IsInterface(t) || b.info.Types[typ].IsNil() || programNamed(t) != nil {
		return
	}
	if _, ptr := t.(*types.Pointer); ptr {
		return
	}
	if name := b.enclosingFunc(x); name != "" && b.reached != nil {
		// For later cells (assertedLater): the function was judged with
		// the types known now.
		b.laterKeys = append(b.laterKeys, "asserts:"+typeString(t.Underlying())+"\x00"+name)
	}
	b.pending = append(b.pending, func() {
		for _, obj := range b.programTypes() {
			tn, ok := obj.(*types.TypeName)
			if !ok || tn.Pkg() == nil || tn.Pkg().Path() != pkgPath || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			if !types.Identical(tn.Type().Underlying(), t.Underlying()) {
				continue
			}
			if !b.reaches(tn) {
				continue
			}
			b.refuse(typ, "asserting %s to %s while values of %s (whose underlying type is %s), declared in %s, reach interfaces: the interpreter keeps no type name in the interface and would match one for the other; not supported. Store the %s values as %s (convert them) or in a struct",
				typeString(from), typeString(t), tn.Name(), typeString(t), b.where, tn.Name(), typeString(t))
			return
		}
	})
}

// pendSameUnderlying refuses, after the walk, x.(T) (or case T:) of an
// interface value to a type T of the program (or *T) when another type U of
// the program has the same underlying type and U's values reach interfaces
// (in a session, where a later cell may store them, always):
// the interpreter tells such types apart by their structure only, so that
// v.(*W) of a *Z was true and a type switch took case *W for a *Z.
func (b *boundary) pendSameUnderlying(x, typ ast.Expr) {
	from, t := b.info.TypeOf(x), b.info.TypeOf(typ)
	if from == nil || t == nil || b.info.Types[typ].IsNil() {
		return
	}
	b.sameUnderlying(typ, from, t)
}

// sameUnderlying is pendSameUnderlying's for an assertion of a value of
// type from to t, refused at the node typ (the type, or errors.As's
// target, whose lowering asserts to it).
func (b *boundary) sameUnderlying(typ ast.Node, from, t types.Type) {
	if !types.IsInterface(from) || types.IsInterface(t) {
		return
	}
	named := programNamed(t)
	if named == nil {
		return
	}
	if name := b.laterCode(typ); name != "" && b.reached != nil && named.TypeParams().Len() == 0 {
		// For later cells (twinLater): a type declared later with the
		// same structure would match too.
		b.laterKeys = append(b.laterKeys, "assertsnamed:"+typeString(named.Underlying())+"\x00"+named.Obj().Name()+"\x00"+name)
	}
	b.pending = append(b.pending, func() {
		for _, tn := range b.comparableTypes() { // a generic type's instances are other types
			if tn == named.Obj() {
				continue
			}
			if !types.Identical(tn.Type().Underlying(), named.Underlying()) {
				continue
			}
			if b.reached == nil && !b.converted[tn.Type()] {
				continue // a program's values of U never reach an interface
			}
			what := "asserting " + typeString(from) + " to " + typeString(t)
			if _, call := typ.(*ast.UnaryExpr); call {
				what = "errors.As with a target of type *" + typeString(t)
			}
			b.refuse(typ, "%s while values of %s, declared in %s with the same underlying type (%s) as %s, may reach interfaces: the interpreter tells the two types apart by their structure only and would match a %s as a %s (Go does not). Not supported: give one of the types a different structure (another field), or keep their values out of interfaces",
				what, tn.Name(), b.where, typeString(named.Underlying()), named.Obj().Name(), tn.Name(), named.Obj().Name())
			return
		}
	})
}

// convertResult converts the result of a call of the program's own
// function given straight to fmt, log or json (fmt.Println(warmest(ts)),
// fmt.Println(slices.Max(temps))) to its type, T(f(x)): the interpreter
// handed the bare value on, without the String method Go calls (30 where
// Go prints 30.0°C); converted, the value keeps its type.
func (b *boundary) convertResult(x ast.Expr, from types.Type, call *ast.CallExpr) {
	inner, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok || programNamed(from) == nil {
		return
	}
	if tv, ok := b.info.Types[inner.Fun]; ok && tv.IsType() {
		return // a conversion already
	}
	if _, native := b.native(inner); native && !LoweredGeneric(b.info, inner.Fun) {
		return
	}
	fn, ok := b.native(call)
	if !ok || !probers[strings.SplitN(fn, ".", 2)[0]] {
		return
	}
	ms := methodsOf(from)
	if !ms["String"] && !ms["Error"] && !ms["Format"] && !ms["MarshalJSON"] && !ms["MarshalText"] {
		return
	}
	name, ok := b.typeName(from)
	if !ok {
		return
	}
	if strings.HasPrefix(name, "*") {
		name = "(" + name + ")"
	}
	b.spans = append(b.spans, Span{x.Pos(), x.Pos(), name + "("}, Span{x.End(), x.End(), ")"})
}

// spreadResults lowers fmt.Println(f()) (or log's, fmt.Sprint's…) of the
// program's own function f with several results, one of a type of the
// program with a String, Error or Format method: the interpreter handed the
// results on bare, without the method Go's fmt calls (30 <nil> where Go
// prints 30.0°C <nil>). The results become the parameters of a function
// literal that makes the call, where they keep their types (and an error's
// Error is given to fmt as an error, as convert does for one value):
//
//	fmt.Println(f())   →   (func(__divergoR0 Celsius, __divergoR1 error) (int, error) { return fmt.Println(__divergoR0, __divergoR1) })(f())
//
// Refused as convert refuses one value: a result whose methods fmt would
// find inside it (a slice of them), and beside a result that needs the
// lowering, a value whose String has a pointer receiver (typed, it would
// print through it).
func (b *boundary) spreadResults(call *ast.CallExpr, sig *types.Signature, tuple *types.Tuple) {
	fn, native := b.native(call)
	if pkg := strings.SplitN(fn, ".", 2)[0]; !native || !sig.Variadic() || pkg != "fmt" && pkg != "log" {
		return
	}
	inner, ok := ast.Unparen(call.Args[0]).(*ast.CallExpr)
	if !ok {
		return
	}
	if _, native := b.native(inner); native && !LoweredGeneric(b.info, inner.Fun) {
		return // the standard library's results keep their types
	}
	need := false
	var ptrRecv func() // refuses a value whose String has a pointer receiver
	var params, args []string
	for i := 0; i < tuple.Len(); i++ {
		t := tuple.At(i).Type()
		name, ok := b.typeName(t)
		if !ok {
			return
		}
		arg := fmt.Sprintf("__divergoR%d", i)
		params = append(params, arg+" "+name)
		if named := programNamed(t); named != nil && !types.IsInterface(t) {
			if _, ptr := t.(*types.Pointer); !ptr {
				own, viaPtr := methodsOf(t), methodsOf(types.NewPointer(t))
				for _, m := range []string{"String", "Error"} {
					if viaPtr[m] && !own[m] && ptrRecv == nil {
						i, t, named, m := i, t, named, m
						ptrRecv = func() {
							b.refuse(call.Args[0], "%s of %s's result %d, of type %s: %s's %s method has a pointer receiver, so Go does not call it for a %s value and prints its fields; the interpreter would call it. Assign the results to variables and pass a pointer (&v), or give %s a value receiver",
								fn, types.ExprString(inner.Fun), i+1, typeString(t), named.Obj().Name(), m, named.Obj().Name(), m)
						}
					}
				}
			}
			ms := methodsOf(t)
			switch {
			case ms["Error"] && !ms["Format"]:
				arg = "func(e error) error { return e }(" + arg + ")"
				need = true
			case ms["String"] || ms["Format"]:
				need = true
			}
		}
		if ms := methodsOf(t); !ms["String"] && !ms["Error"] && !ms["Format"] && !types.IsInterface(t) {
			if in, how := b.nested(t, map[types.Type]bool{}, true); in != nil {
				b.refuse(call.Args[0], "%s of %s's result %d, of type %s: Go calls the methods of the %s %s; the interpreter does not for values inside a slice, array, map, pointer or struct field. Not supported yet: pass the %s values one by one",
					fn, types.ExprString(inner.Fun), i+1, typeString(t), typeString(in), how, typeString(in))
				return
			}
		}
		args = append(args, arg)
	}
	if !need {
		return // the bare values print as Go prints them
	}
	if ptrRecv != nil {
		ptrRecv() // typed, it would print through its pointer's String
		return
	}
	var results []string
	for i := 0; i < sig.Results().Len(); i++ {
		name, ok := b.typeName(sig.Results().At(i).Type())
		if !ok {
			return
		}
		results = append(results, name)
	}
	// In parentheses: the interpreter ran a cell's top-level statement
	// func(…) { … }(…) again at every later cell.
	head := "(func(" + strings.Join(params, ", ") + ") "
	body := "{ "
	if len(results) > 0 {
		head += "(" + strings.Join(results, ", ") + ") "
		body += "return "
	}
	b.spans = append(b.spans,
		Span{call.Pos(), call.Pos(), head + body},
		Span{call.Lparen, call.Args[0].Pos(), "(" + strings.Join(args, ", ") + ") })("})
}

// interfaceByName refuses fmt's %T and %#v of a value of an interface
// type with methods (error, fmt.Stringer, one of the program's) that a
// type of the program implements: the interpreter holds such a value in
// a wrapper, and fmt named the wrapper (interp._error, with its fields for
// %#v) where Go names *main.MyErr. (An any is pendAnyProbed's.)
func (b *boundary) interfaceByName(x ast.Expr, from types.Type, call *ast.CallExpr) {
	it, ok := from.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return
	}
	fn, i, format, ok := printfCall(call, b.info)
	if !ok {
		return
	}
	k := -1
	for j, a := range call.Args[i+1:] {
		if a == x {
			k = j
		}
	}
	if k < 0 {
		return
	}
	byName := strings.Contains(format, "%T") || strings.Contains(format, "%#v")
	verbs, paired := pairVerbs(format)
	if paired {
		byName = k < len(verbs) && (verbs[k] == "T" || strings.HasSuffix(verbs[k], "#v"))
	}
	if !byName {
		return
	}
	if paired && verbs[k] == "T" && b.typeName != nil {
		dyn := NewDynamicTypes(b.file, b.info, b.typeName)
		if _, ok := dyn.name(from, call, "%T"); ok {
			// TypeVerbs asks the value's type, with a type switch over
			// the types that implement it now: in a cell's code that
			// runs later, a later type's values are refused where
			// stored in one (kind "m" keys: storedMeets, methodsLater).
			if code := b.laterCode(x); b.reached != nil && code != "" {
				var known []string
				for _, tn := range dyn.Types {
					for _, c := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
						if types.Implements(c, it) {
							known = append(known, typeString(c))
						}
					}
				}
				what := "names the type of " + article(typeString(from)) + " (%T) through a type switch over the types that implemented " + typeString(from) + " then"
				b.laterKeys = append(b.laterKeys, "meets:"+code+"\x00m\x00"+what+"\x00"+strings.Join(known, ",")+"\x00"+requirements(it))
			}
			return
		}
	}
	b.pending = append(b.pending, func() { b.interfaceByNameNow(x, fn, from, it) })
}

// interfaceByNameNow is interfaceByName's judgement, once the walk has
// seen what the file stores in interfaces: in a program, only a type
// whose values it stores in one counts (os.Open's *fs.PathError printed
// with %T is the standard library's own).
func (b *boundary) interfaceByNameNow(x ast.Expr, fn string, from types.Type, it *types.Interface) {
	for _, tn := range b.comparableTypes() {
		impl := tn.Name()
		if !types.Implements(tn.Type(), it) {
			if !types.Implements(types.NewPointer(tn.Type()), it) {
				continue
			}
			impl = "*" + impl
		}
		if b.reached == nil && !b.storedIface[tn.Type()] && !b.genericStored(true)[tn.Type()] {
			continue // a program that never stores one in an interface
		}
		b.refuse(x, "%s with %%T or %%#v of a value of type %s, which may hold a %s, declared in %s: the interpreter holds it in a wrapper, and fmt would name the wrapper (interp._error, its fields) where Go names %s. Not supported yet: assert the concrete type first (v, ok := x.(%[3]s)), or use %%v",
			fn, typeString(from), impl, b.where, strings.Replace("main."+impl, "main.*", "*main.", 1))
		return
	}
}

// enclosingFunc returns the name of the function declaration of f that
// holds x (not a cell's own __cell), or "".
func (b *boundary) enclosingFunc(x ast.Node) string {
	for _, d := range b.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && fd.Pos() <= x.Pos() && x.End() <= fd.End() && fd.Name.Name != "__cell" {
			if fd.Recv != nil {
				return "a method " + fd.Name.Name
			}
			return fd.Name.Name
		}
	}
	return ""
}

// paramOf returns the name of the function declaration of f (not a
// method, not a cell's own) whose parameter x is, or "".
func (b *boundary) paramOf(x ast.Expr) string {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return ""
	}
	obj := b.info.Uses[id]
	for _, d := range b.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Body == nil || fd.Name.Name == "__cell" || x.Pos() < fd.Pos() || x.End() > fd.End() {
			continue
		}
		// The variable a type switch on a parameter binds holds what the
		// parameter holds (switch x := v.(type)).
		if v, ok := obj.(*types.Var); ok {
			if p := b.switchedParam(fd, v); p != nil {
				obj = p
			}
		}
		for _, field := range fd.Type.Params.List {
			for _, n := range field.Names {
				if obj != nil && b.info.Defs[n] == obj {
					return fd.Name.Name
				}
			}
		}
	}
	return ""
}

// laterCode names the code of a cell holding x that may run after the
// cell: a function declaration (not the cell's own __cell), or a function
// literal (which a variable may hold); "" for code the cell runs itself.
func (b *boundary) laterCode(x ast.Node) string {
	if name := b.enclosingFunc(x); name != "" {
		return name
	}
	name := ""
	ast.Inspect(b.file, func(n ast.Node) bool {
		if n == nil || name != "" || n.Pos() > x.Pos() || n.End() < x.End() {
			return false
		}
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == 1 && len(as.Rhs) == 1 {
			if id, ok := as.Lhs[0].(*ast.Ident); ok && id.Name == "__divergoAsError" {
				name = "the session's assertion to error"
			}
		}
		if _, ok := n.(*ast.FuncLit); ok && name == "" {
			name = "a function literal"
		}
		return true
	})
	return name
}

// storedLater refuses, in a cell, storing a value of a type of the
// session in an any while code of an earlier cell (a function, a function
// literal) gives fmt or another prober a value of type any it did not get
// as its parameter (an element of a []any, recover()'s value, a variable),
// or names the type of a value of type any (%T, %+v, %#v). That code was
// judged (pendAnyProbed) before such values reached an any; the
// interpreter would give fmt its wrapper, without the String or Error
// method Go calls, or name the type by its underlying type.
//
// Stored in an interface with methods (an error: to), only the reflection
// is judged: reflect.TypeOf of an error holding an E names
// interp._error.
func (b *boundary) storedLater(x ast.Expr, from, to types.Type) {
	named := programNamed(from)
	if b.reached == nil || named == nil || types.IsInterface(from) {
		return
	}
	_, basic := named.Underlying().(*types.Basic)
	printing := len(printingMethodNames(named)) > 0 || basic && types.NewMethodSet(types.NewPointer(named)).Len() > 0
	inAny := true
	if it, ok := to.Underlying().(*types.Interface); ok && it.NumMethods() > 0 {
		inAny, printing = false, false
	}
	var keys, narrowed []string
	for key := range b.reached {
		if rest, ok := strings.CutPrefix(key, "later:namesany:"); ok {
			if k := strings.LastIndexByte(rest, 0); k >= 0 && !implementsKeys(from, rest[k+1:]) && (inAny || strings.Contains(rest[:k], "\x00reflect.")) {
				keys = append(keys, "n"+rest[:k])
			}
		} else if rest, ok := strings.CutPrefix(key, "later:printsany:"); ok && printing {
			if k := strings.LastIndexByte(rest, 0); k >= 0 && !implementsKeys(from, rest[k+1:]) {
				keys = append(keys, "a"+rest[:k])
			}
		}
	}
	// A function no later cell can run without naming it (reach.go):
	// the store is accepted, and a later call of it refused.
	kept := keys[:0]
	for _, key := range keys {
		fn, via, _ := strings.Cut(key[1:], "\x00")
		if b.narrowable(fn) {
			held := "an any"
			if !inAny {
				held = article(typeString(to))
			}
			narrowed = append(narrowed, "narrowed:"+fn+"\x00"+key[:1]+via+"\x00"+typeString(from)+"\x00"+held)
			continue
		}
		kept = append(kept, key)
	}
	keys = kept
	if len(keys) == 0 {
		b.laterKeys = append(b.laterKeys, narrowed...)
		return
	}
	sort.Strings(keys)
	fn, via, _ := strings.Cut(keys[0][1:], "\x00")
	if keys[0][0] == 'n' && strings.HasPrefix(via, "reflect.") && !inAny {
		b.refuse(x, "%s stored in %s while %s, declared in an earlier cell, gives %s a value of an interface type: the interpreter's reflection of %[1]s held in %[2]s names its own wrapper (interp._error for an error), not main.%[5]s, and lists none of its methods. Not supported yet: declare %[3]s again, asserting the value to its type before reflecting on it or using only the Kind",
			article(named.Obj().Name()), article(typeString(to)), fn, via, named.Obj().Name())
		return
	}
	if keys[0][0] == 'n' && strings.HasPrefix(via, "reflect.") {
		b.refuse(x, "%s stored in an any while %s, declared in an earlier cell, gives %s a value of type any: the interpreter's reflection names %[1]s by its underlying type (%[4]s, not main.%[5]s) and lists none of its methods. Not supported yet: declare %[2]s again, asserting the value to its type before reflecting on it or using only the Kind",
			article(named.Obj().Name()), fn, via, typeString(named.Underlying()), named.Obj().Name())
		return
	}
	if keys[0][0] == 'n' {
		b.refuse(x, "%s stored in an any while %s, declared in an earlier cell, prints a value of type any with %%T, %%+v or %%#v (%s): the interpreter names %[1]s by its underlying type (%[4]s, not main.%[5]s) and renames its unexported fields. Not supported yet: print the fields you want, or use %%v",
			article(named.Obj().Name()), fn, via, typeString(named.Underlying()), named.Obj().Name())
		return
	}
	b.refuse(x, "%s stored in an any while %s, declared in an earlier cell, gives %s a value of type any it does not get as its parameter: the interpreter would give %[3]s its wrapper of %[1]s, without the methods Go calls (it would print the bare value or {0xc… {…}}). Not supported yet: give %[2]s a string (the String or Error method's result), or keep the %[4]s values out of an any",
		article(named.Obj().Name()), fn, via, named.Obj().Name())
}

// printedLater refuses, in a cell, giving a value of a type of the
// session with a String, Error, Format or Marshal method to a function of
// an earlier cell, compiled before the type had the method, whose
// parameter of type any it gives to fmt (or another prober): the
// interpreter would give fmt its wrapper, without the method (show(v any)
// declared before type Temp printed a Temp bare).
func (b *boundary) printedLater(x ast.Expr, named *types.Named, call *ast.CallExpr) {
	if b.reached == nil {
		return
	}
	// Only a value given straight to such a function, as its parameter.
	callee := ""
	if call != nil {
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			callee = id.Name
		}
	}
	if callee == "" {
		return
	}
	methods := printingMethodNames(named)
	if len(methods) == 0 {
		return
	}
	calls := b.calledFrom(callee)
	for _, key := range laterRests(b.reached, "later:print:") {
		fn, via, _ := strings.Cut(key, "\x00")
		via, its, _ := strings.Cut(via, "\x00")
		if !calls[fn] || implementsKeys(b.info.TypeOf(x), its) {
			continue // another function, or the code around rules x out
		}
		if fn != callee {
			// relay(x any) { show(x) }: relay may give show what it is
			// given (named as show's, below).
			fn = callee + " (which calls " + fn + ")"
		}
		if printer, _, _ := strings.Cut(strings.TrimPrefix(fn, callee+" (which calls "), ")"); b.reached["later:anyswitch:"+printer+":"+named.Obj().Name()] && !b.reached["later:anyunswitched:"+printer+"\x00"] {
			continue // given to fmt through a type switch that knows named (anyprint.go)
		}
		for _, method := range methods {
			if b.reached["later:knew:"+fn+":"+named.Obj().Name()+"."+method] && wrapperKeeps(b.info.TypeOf(x), named, method) {
				continue // compiled with the method: the interpreter's wrapper has it
			}
			if !wrapperKeeps(b.info.TypeOf(x), named, method) {
				b.refuse(x, "%s given to %s, declared in an earlier cell, which gives %s its parameter of type any: the interpreter would give %[3]s its wrapper of %[5]s, without the %[4]s method Go calls (it prints the wrapper's insides, or fails in reflect). Not supported yet: give %[2]s %[4]s()'s result, or a parameter of type %[6]s",
					article(typeString(b.info.TypeOf(x))), fn, via, method, article(named.Obj().Name()), typeString(b.info.TypeOf(x)))
				return
			}
			b.refuse(x, "a %s stored in an any while %s, declared in an earlier cell before %[1]s's %[4]s method, gives %[3]s a value of type any: the interpreter would give %[3]s its wrapper of a %[1]s, without the %[4]s method Go calls (it would print the bare value). Not supported yet: declare %[2]s again (run its cell again) now that %[1]s has the method, give it %[4]s()'s result, or a parameter of type %[1]s",
				typeString(named), fn, via, method)
			return
		}
	}
}

// calledFrom returns fn and the functions of earlier cells fn calls,
// directly or through others (the "calls:" edges of reach.go): what a
// call of fn may run.
func (b *boundary) calledFrom(fn string) map[string]bool {
	callees := map[string][]string{}
	for key := range b.reached {
		if rest, ok := strings.CutPrefix(key, "calls:"); ok {
			caller, callee, _ := strings.Cut(rest, "\x00")
			callees[caller] = append(callees[caller], callee)
		}
	}
	out := map[string]bool{fn: true}
	queue := []string{fn}
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		for _, g := range callees[f] {
			if !out[g] {
				out[g] = true
				queue = append(queue, g)
			}
		}
	}
	return out
}

// assertedLater refuses, in a cell, storing a value of a type of the
// session in an any while a function of an earlier cell asserts an
// interface value to the type's underlying type (v.(float64) and type
// Plain float64): the function was judged before such values reached an
// any, and the interpreter would match a Plain as a float64.
func (b *boundary) assertedLater(x ast.Expr, named *types.Named) {
	if b.reached == nil {
		return
	}
	under := typeString(named.Underlying())
	fns := laterRests(b.reached, "later:asserts:"+under+"\x00")
	if len(fns) == 0 || b.reached["stored:"+named.Obj().Name()] {
		return // none, or judged already with such values stored
	}
	b.refuse(x, "a %s stored in an any while %s, declared in an earlier cell, asserts an interface value to %s, %[1]s's underlying type: the interpreter keeps no type name in the interface and would match a %[1]s as a %[3]s (Go does not). Not supported: store the %[1]s values as %[3]s (convert them) or in a struct",
		named.Obj().Name(), fns[0], under)
}

// callsMethod reports whether the standard library package pkg (fmt,
// log, json, xml) calls a value's method m where it prints or encodes it.
func callsMethod(pkg, m string) bool {
	switch pkg {
	case "json":
		return m == "MarshalJSON" || m == "MarshalText"
	case "xml":
		return m == "MarshalXML" || m == "MarshalText"
	case "fmt", "log":
		return m == "String" || m == "Error" || m == "Format"
	}
	return true
}

// wrapperKeeps reports whether the interpreter's wrapper of a value of
// type from (named, or a pointer to it) stored in an any, made by code
// compiled after named had the method, keeps it for fmt: measured for a
// String method with a value receiver on a type whose underlying type is
// basic (type Temp float64), given as a value. A struct's (show(D{1})
// stopped with a nil dereference in the interpreter), a pointer's, an
// Error method's (the wrapper's insides were printed) do not.
func wrapperKeeps(from types.Type, named *types.Named, method string) bool {
	if method != "String" || !types.Identical(from, named) {
		return false
	}
	if _, basic := named.Underlying().(*types.Basic); !basic {
		return false
	}
	return methodsOf(named)["String"] // a value receiver
}

// printingMethodNames are the methods of t (or *t) the standard library
// looks for when it prints or marshals a value.
func printingMethodNames(t types.Type) []string {
	ms := methodsOf(t)
	for m := range methodsOf(types.NewPointer(t)) {
		ms[m] = true
	}
	var out []string
	for _, m := range []string{"String", "Error", "Format", "MarshalJSON", "MarshalText"} {
		if ms[m] {
			out = append(out, m)
		}
	}
	return out
}

// assertHelperCall reports whether call calls a helper InterfaceAsserts
// declared (__as_0(x), __must_0(x, "…")).
func assertHelperCall(call *ast.CallExpr) bool {
	if call == nil {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	return ok && (strings.HasPrefix(id.Name, AssertHelperPrefix) || strings.HasPrefix(id.Name, "__must_"))
}

// genericStored are the program's types (T, for T or *T) given as type
// arguments to a generic function or type whose code stores a value of
// the type parameter in an empty interface or one of the program's, or,
// when native, in any interface (func AsS[T fmt.Stringer](v T)
// fmt.Stringer { return v }). The native ones are storedIface's for a
// program, which sees no conversion of a T there (fmt's %T of
// AsS(Temp(3)) named the interpreter's wrapper, std._fmt_Stringer, where
// Go names main.Temp); the others pendAnyProbed's, for %T, %+v and %#v
// (func A[T any](v T) any: %T of A(P{1}) printed struct { Xx int }),
// where a session's generics of earlier cells are known by what
// b.reached recorded of them (as probedTypeParam's "probes").
func (b *boundary) genericStored(native bool) map[types.Type]bool {
	if b.genericStores == nil {
		b.genericStores = map[bool]map[types.Type]bool{}
	}
	if found, ok := b.genericStores[native]; ok {
		return found
	}
	found := map[types.Type]bool{}
	b.genericStores[native] = found
	g := &generics{files: []*ast.File{b.file}, info: b.info, memo: map[genericParam]ast.Node{}, test: storesParamAny}
	if !native {
		g.known, g.test, g.key = b.reached, storesParam, "probes"
		defer g.record(b.file) // for a later cell's instances
	}
	for _, in := range programInstances(b.file, b.info) {
		owner, args := in.owner, in.args
		for k := 0; k < args.Len(); k++ {
			n := programNamed(args.At(k))
			if n == nil || found[n] {
				continue
			}
			if call, _ := g.prints(genericParam{owner, k}, 0); call != nil {
				found[n] = true
			}
		}
	}
	return found
}

// noteStoredVia notes the program's types that implement from, an
// interface with methods, as reaching an any when from's value is stored
// in one (to); interpreted: an any of the interpreter's (not an argument
// of the standard library), for storedViaBuilt.
func (b *boundary) noteStoredVia(from, to types.Type, interpreted bool) {
	it, ok := from.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 || hasTypeParam(from) {
		return
	}
	if tt, ok := to.Underlying().(*types.Interface); !ok || tt.NumMethods() > 0 {
		return
	}
	for _, tn := range b.comparableTypes() {
		if types.Implements(tn.Type(), it) || types.Implements(types.NewPointer(tn.Type()), it) {
			b.storedVia[tn.Type()] = true
			if interpreted && builtInterface(from) {
				b.storedViaBuilt[tn.Type()] = true
			}
		}
	}
}

// pendAnyProbed refuses giving fmt, log, json or xml a value of static
// type any (or a []any, map[…]any, …) while values of a program type with
// a String, Error, Format or Marshal method reach an any (or of any
// program type, for fmt's %T, %+v and %#v: byName): the interpreter
// wraps such a value stored in an any, and the standard library then
// prints (or marshals) the wrapper — {0xc… {…}} — or the bare value,
// without the method Go calls. Where it can, anyTexts gives fmt the
// method's text instead (anyprint.go); call is the call x is given to
// (nil: a cell's shown value).
func (b *boundary) pendAnyProbed(x ast.Expr, fn string, from types.Type, byName bool, call *ast.CallExpr) {
	out, none := b.ruledOut(x)
	if none {
		return // no value of the program's types there
	}
	start := len(b.laterKeys)
	defer func() {
		if len(b.laterKeys) > start {
			if b.laterKeysOf == nil {
				b.laterKeysOf = map[ast.Expr][2]int{}
			}
			b.laterKeysOf[x] = [2]int{start, len(b.laterKeys)}
		}
	}()
	if name := b.paramOf(x); name != "" && b.reached != nil && byName {
		// For later cells (callLater): the function names the type of
		// what its parameter holds.
		b.laterKeys = append(b.laterKeys, "names:"+name+"\x00"+fn+"\x00"+interfaceKeys(out))
	} else if name != "" && b.reached != nil {
		// For later cells (printedLater, callLater): the function, and
		// the printing methods it was compiled with.
		b.laterKeys = append(b.laterKeys, "print:"+name+"\x00"+fn+"\x00"+interfaceKeys(out))
		for _, obj := range b.programTypes() {
			if tn, ok := obj.(*types.TypeName); ok && !tn.IsAlias() {
				for _, m := range printingMethodNames(tn.Type()) {
					b.laterKeys = append(b.laterKeys, "knew:"+name+":"+tn.Name()+"."+m)
				}
			}
		}
	} else if name := b.laterCode(x); name != "" && b.reached != nil {
		// For later cells (storedLater): code run after this cell that
		// gives fmt an any it did not receive as its parameter, or names
		// its type.
		kind := "printsany:"
		if byName {
			kind = "namesany:"
		}
		b.laterKeys = append(b.laterKeys, kind+name+"\x00"+fn+"\x00"+interfaceKeys(out))
		if !b.callOnly(x) {
			// A print that may run with no call of the function naming
			// it (in a method, or a function literal that outlives the
			// call): a later store is refused (reach.go).
			b.laterKeys = append(b.laterKeys, "unbound:"+name+"\x00")
		}
	}
	if name := b.paramOf(x); name != "" && b.reached != nil {
		if pkg, _, _ := strings.Cut(fn, "."); byName || pkg != "fmt" && pkg != "log" && pkg != "(*log" {
			// For later cells (callLater): not given through anyTexts'
			// switch.
			b.laterKeys = append(b.laterKeys, "anyunswitched:"+name+"\x00")
		}
	}
	b.pending = append(b.pending, func() {
		if b.anyCopied[x] {
			return // Fields gives fmt the values, unwrapped, where it calls no method
		}
		if !byName && b.badVerbAny(x, fn, from, call) { // anyprint.go
			return
		}
		b.plainVerbGuard(x, call) // anyprint.go
		if byName && call != nil {
			// The format names a type, but perhaps not x's.
			if _, i, format, ok := printfCall(call, b.info); ok {
				if verbs, paired := pairVerbs(format); paired {
					for k, verb := range verbs {
						if i+1+k < len(call.Args) && call.Args[i+1+k] == x && verb != "" && verb != "T" && verb != "+v" && verb != "#v" {
							byName = false
						}
					}
				}
			}
		}
		if byName && b.anyTypeName(x, call) {
			return // %T of it, through a type switch (anyprint.go)
		}
		if pkg, _, _ := strings.Cut(fn, "."); !byName && (pkg == "fmt" || pkg == "log" || pkg == "(*log") && b.reached != nil && b.paramOf(x) != "" {
			// A function of a cell: its parameter given through a type
			// switch on the session's types with printing methods, which
			// later cells' values of them then print with (anyprint.go).
			// Tentatively: where the switch cannot be made, the function
			// is judged as before (its later calls and stores).
			at, msg := b.at, b.msg
			if !b.anyTexts(x, fn, from, call) {
				b.at, b.msg = at, msg
			}
		}
		if byName && (b.storedHidden != nil || b.reached != nil && b.reached["stored:hidden"]) {
			b.refuse(x, "%s with %%T, %%+v or %%#v of a value of type %s while values of a struct type without a name with unexported fields are stored in an any: the interpreter renames those fields (k shows as Xk) and prints their tags. Not supported yet: print the fields you want, or use %%v",
				fn, typeString(from))
			return
		}
		namesType := false
		if call != nil {
			if _, _, format, ok := printfCall(call, b.info); ok {
				namesType = strings.Contains(format, "%T") || strings.Contains(format, "%#v")
			}
		}
		if namesType && (b.storedInstance != nil || b.reached != nil && b.reached["stored:instance"]) {
			t := "an instance of a generic type"
			if b.storedInstance != nil {
				t = typeString(b.info.TypeOf(b.storedInstance)) + ", " + t + ","
			}
			b.refuse(x, "%s with %%T or %%#v of a value of type %s while values of %s are stored in an interface: the interpreter names an instance by its structure (func(func(int) bool) for iter.Seq[int], struct { V int } for Box[int]). Not supported yet: print the static type, or use %%v",
				fn, typeString(from), t)
			return
		}
		if b.opaqueAnyProbed(x, fn, from) {
			return
		}
		if pkg, _, _ := strings.Cut(fn, "."); (pkg == "json" || pkg == "xml") && (b.storedEmbed != nil || b.reached != nil && b.reached["stored:embed"]) {
			b.refuse(x, "%s of a value of type %s while values of a struct type embedding another are stored in an any: Go's encoding/%s promotes the embedded struct's fields; the interpreter would not (it nests them under the field's name). Not supported yet: name the field, or copy the fields in",
				fn, typeString(from), pkg)
			return
		}
		flow, flowKnown := b.paramFlow(x) // paramflow.go
		for _, obj := range b.programTypes() {
			tn, ok := obj.(*types.TypeName)
			if !ok || tn.Pkg() == nil || tn.Pkg().Path() != pkgPath || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			if flowKnown && !flow[tn] {
				continue // the function's callers never give it a tn
			}
			inFile := tn.Pos() >= b.file.FileStart && tn.Pos() < b.file.FileEnd
			if val, ptr := b.storedForms(tn); len(out) > 0 && (!val || implementsAny(tn.Type(), out)) && (!ptr || implementsAny(types.NewPointer(tn.Type()), out)) && (val || ptr) {
				continue // the code around x rules its values out (if _, ok := v.(error); ok { return })
			}
			if x == b.shownIface {
				// The session shows the wrapper of a tn itself, with
				// its methods; below it, as fmt.Println would.
				if b.heldProbed(x, fn, from, tn, byName) {
					return
				}
				if b.shownHolder(x, fn, tn) {
					return
				}
				continue
			}
			if !b.stored[tn.Type()] && !b.stored[types.NewPointer(tn.Type())] && (inFile || b.reached == nil || !b.reached["stored:"+tn.Name()]) && !(byName && b.storedVia[tn.Type()]) && !b.storedViaBuilt[tn.Type()] && (b.reached == nil || !b.reached["viabuilt:"+tn.Name()]) && !(byName && (b.genericStored(false)[tn.Type()] || !inFile && b.reached["genstored:"+tn.Name()])) {
				if b.heldProbed(x, fn, from, tn, byName) {
					return
				}
				continue
			}
			if byName {
				b.refuse(x, "%s with %%T, %%+v or %%#v of a value of type %s while values of %s, declared in %s, are stored in an any: the interpreter names a %s by its underlying type (%s, not main.%s) and renames its unexported fields. Not supported yet: print the fields you want, or use %%v",
					fn, typeString(from), tn.Name(), b.where, tn.Name(), typeString(tn.Type().Underlying()), tn.Name())
				return
			}
			ms := methodsOf(tn.Type())
			for m := range methodsOf(types.NewPointer(tn.Type())) {
				ms[m] = true
			}
			if _, decodes := unmarshalArgs[fn]; decodes {
				for _, m := range []string{"UnmarshalJSON", "UnmarshalText"} {
					if hasMethod(types.NewPointer(tn.Type()), m) {
						b.refuse(x, "%s into a value of type %s while values of %s, declared in %s, are stored in an any: the interpreter would give json its wrapper of a *%[3]s, without the %[5]s method Go calls (json fails, or decodes into a copy). Not supported yet: pass the *%[3]s itself (v.(*%[3]s))",
							fn, typeString(from), tn.Name(), b.where, m)
						return
					}
				}
				if _, ptr := b.storedForms(tn); !ptr {
					// A decoder replaces the values an any holds, and
					// calls no String or Error method; a pointer's value
					// it decodes into.
					continue
				}
			}
			lowered := false
			b.confusedWith, b.confusedType = "", "" // this operand's, below
			if pkg, _, _ := strings.Cut(fn, "."); (pkg == "fmt" || pkg == "log" || pkg == "(*log") && !byName && (ms["String"] || ms["Error"] || ms["Format"]) {
				// fmt is given the method's text (anyprint.go); a
				// Marshal method is not fmt's.
				lowered = b.anyTexts(x, fn, from, call)
			}
			if lowered && b.heldBare(tn) && b.heldProbed(x, fn, from, tn, byName) {
				// The switch gives fmt a tn's text only where the
				// operand holds a tn itself: a []tn, a struct{ tn }, a
				// W{In: tn} stored in an any too prints the bare
				// values (var s any = []P{{1}}; Go [P!], the
				// interpreter [{1}]).
				return
			}
			if !lowered && b.confusedWith != "" {
				b.refuse(x, "%s of a value of type %s while values of %s, declared in %s, may be stored in an any: %s. Not supported yet: pass the %[3]s itself (v.(%[3]s)), or keep the other values out of an any",
					fn, typeString(from), b.confusedType, b.where, b.confusedWith)
				return
			}
			for _, m := range []string{"String", "Error", "Format", "MarshalJSON", "MarshalText", "MarshalXML"} {
				if ms[m] && !lowered {
					b.refuse(x, "%s of a value of type %s while values of %s, declared in %s, are stored in an any: the interpreter would give the standard library its wrapper of %s, without the %s method Go calls (it prints {0xc… {…}} or the bare value). Not supported yet: pass the %s itself (v.(%s)), or call %s",
						fn, typeString(from), tn.Name(), b.where, article(tn.Name()), m, tn.Name(), tn.Name(), m+"()")
					return
				}
			}
			if _, basic := tn.Type().Underlying().(*types.Basic); basic && !lowered && types.NewMethodSet(types.NewPointer(tn.Type())).Len() > 0 {
				// Without a printing method too: the wrapper itself is
				// printed.
				b.refuse(x, "%s of a value of type %s while values of %s, declared in %s, are stored in an any: %[3]s is a type with methods whose underlying type is %[5]s, and the interpreter would give the standard library its wrapper of a %[3]s (it prints {0xc… {…}}). Not supported yet: keep the %[3]s values in variables of type %[3]s, or convert them (%[5]s(v)) before storing them in an any",
					fn, typeString(from), tn.Name(), b.where, typeString(tn.Type().Underlying()))
				return
			}
			if b.hiddenStored(x, fn, from, tn, "values of "+tn.Name()+", declared in "+b.where+", are stored") {
				return
			}
		}
		if (b.storedHiddenPrint != nil || b.reached != nil && b.reached["stored:hiddenprint"]) && !byName {
			if pkg, _, _ := strings.Cut(fn, "."); pkg == "fmt" || pkg == "log" || pkg == "(*log" {
				t := "value of a type without a name" // stored by an earlier cell
				if b.storedHiddenPrint != nil {
					t = typeString(b.info.TypeOf(b.storedHiddenPrint))
				}
				b.refuse(x, "%s of a value of type %s while a %s is stored in an any: it has an unexported field holding a value whose String, Error or Format method Go does not call there (a time.Duration prints as its integer), and the interpreter, whose fields are all exported, would call it. Not supported yet: print the %[3]s as its own type, or its fields one by one",
					fn, typeString(from), t)
			}
		}
	})
}

// hiddenStoredLater refuses, in a cell, storing x (of type from) in an any
// while a function of an earlier cell gives fmt or log a value of type
// any, when from has, below an unexported field, a value of another
// package with a String, Error or Format method, or an any (FieldsSpec's
// hidden): fmt calls no method there in Go; the interpreter's struct,
// whose fields are all exported, had it call them ({d 1s} where Go prints
// {d 1000000000}). Judged before such values reached an any, that code
// cannot copy them (Fields).
func (b *boundary) hiddenStoredLater(x ast.Expr, from types.Type) {
	if b.reached == nil {
		return
	}
	fn, via := b.firstLater([]string{"printsany", "print"}, func(via string) bool {
		return strings.HasPrefix(via, "fmt.") || strings.HasPrefix(via, "log.") || strings.HasPrefix(via, "(*log.")
	})
	if fn == "" {
		return
	}
	b.refuse(x, "a value of type %s stored in an any while %s, declared in an earlier cell, gives %s a value of type any: %[1]s holds, below an unexported field, a value whose String, Error or Format method Go does not call there (a time.Duration prints as its integer), and the interpreter, whose fields are all exported, would call it. Not supported yet: give %[2]s the fields one by one",
		typeString(from), fn, via)
}

// hiddenStored refuses fmt's or log's printing of x, a value of static
// type from that may hold values of tn stored in an any (while: how, "values
// of T, declared in the program, are stored"), when tn has, below an
// unexported field, a value
// of another package with a String, Error or Format method, or an any:
// fmt calls no method through an unexported field, but printing from an
// any the interpreter gives fmt its struct, whose fields are all exported
// (var a any = box{"d", time.Second}; fmt.Println(a) printed {d 1s}, Go
// {d 1000000000}), and Fields, which copies a value of a known type, cannot
// apply. It reports whether it refused.
func (b *boundary) hiddenStored(x ast.Expr, fn string, from types.Type, tn *types.TypeName, while string) bool {
	if pkg, _, _ := strings.Cut(fn, "."); pkg != "fmt" && pkg != "log" && pkg != "(*log" {
		return false
	}
	if _, _, hidden, _ := FieldsSpec(tn.Type()); !hidden {
		return false
	}
	b.refuse(x, "%s of a value of type %s while %s in an any: %s has an unexported field holding a value whose String, Error or Format method Go does not call there (a time.Duration prints as its integer), and the interpreter, whose fields are all exported, would call it. Not supported yet: print the %[4]s as its own type, or its fields one by one",
		fn, typeString(from), while, tn.Name())
	return true
}

// variadicAny refuses passing a value of a program type with a String,
// Error, Format or Marshal method to a ...any parameter of the program's
// own function: the interpreter hands the slice's elements on as its
// wrappers (a logging helper's fmt.Printf(format, args...) printed
// {0xc… {…}} and the node's insides).
func (b *boundary) variadicAny(n *ast.CallExpr, sig *types.Signature) {
	last := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
	if it, ok := last.Underlying().(*types.Interface); !ok || it.NumMethods() != 0 {
		return
	}
	for _, x := range n.Args[sig.Params().Len()-1:] {
		t := b.info.TypeOf(x)
		named := programNamed(t)
		if named == nil || types.IsInterface(t) {
			continue
		}
		ms := methodsOf(t)
		for _, m := range []string{"String", "Error", "Format", "MarshalJSON", "MarshalText", "MarshalXML"} {
			if ms[m] {
				b.refuse(x, "a %s given to %s's ...%s parameter: the interpreter passes it on as its wrapper, without the %s method (fmt.Printf(format, args...) would print {0xc… {…}}). Not supported yet: pass %s() (a string), or give the parameter the type %s",
					typeString(t), types.ExprString(n.Fun), typeString(last), m, m, typeString(t))
				return
			}
		}
	}
}

// variadicNative converts x, a variadic argument of a function of the
// standard library whose parameter is of an interface type of its own with
// methods (errors.Join's ...error), to that interface when x is of a
// program type: the interpreter handed the function the bare value (errors.Join(Code(1)) panicked "cannot use int
// as type error"); converted in a function literal, it hands over its
// wrapper, with the methods.
func (b *boundary) variadicNative(call *ast.CallExpr, x ast.Expr, to types.Type) {
	if _, native := b.native(call); !native || !nativeInterface(to) {
		return
	}
	from := b.info.TypeOf(x)
	if from == nil || types.IsInterface(from) || programNamed(from) == nil {
		return
	}
	if name, ok := b.typeName(to); ok {
		// Through a function literal: a conversion error(x) is not
		// enough for the interpreter.
		b.wrap(x, "func(e "+name+") "+name+" { return e }(", ")")
	}
}

// holdsAny reports whether values of t are, or hold, an empty interface.
func holdsAny(t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return u.NumMethods() == 0
	case *types.Pointer:
		return holdsAny(u.Elem(), seen)
	case *types.Slice:
		return holdsAny(u.Elem(), seen)
	case *types.Array:
		return holdsAny(u.Elem(), seen)
	case *types.Map:
		return holdsAny(u.Key(), seen) || holdsAny(u.Elem(), seen)
	case *types.Chan:
		return holdsAny(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if holdsAny(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

// pendNamedBasic refuses asserting an empty interface to a program type
// (v.(Celsius), case Celsius:, case Vec:) when values of its underlying
// type, as a type without a name, are stored in an empty interface: the
// interpreter keeps no type name there, so a float64 3.0 matched Celsius,
// a []float64 matched Vec and a struct{ X, Y int } matched Pt (Go: no).
func (b *boundary) pendNamedBasic(x, typ ast.Expr) {
	from, t := b.info.TypeOf(x), b.info.TypeOf(typ)
	if from == nil || t == nil || programNamed(t) == nil || types.IsInterface(t) {
		return
	}
	if it, ok := from.Underlying().(*types.Interface); !ok || it.NumMethods() != 0 {
		return
	}
	if _, ptr := t.(*types.Pointer); ptr {
		return
	}
	if n, ok := t.(*types.Named); ok && n.TypeArgs().Len() > 0 {
		return // an instance: the interpreter names it
	}
	plain := unnamedKey(t.Underlying())
	if plain == "" {
		return
	}
	b.pending = append(b.pending, func() {
		if b.storedBasic[plain] || b.reached != nil && b.reached["stored:basic:"+plain] {
			b.refuse(typ, "asserting %s to %s while %s values are stored in an any: the interpreter keeps no type name there and would match a plain %s as a %s (Go does not). Not supported: convert the %s values to %s before storing them in an any, or keep them out of one",
				typeString(from), typeString(t), plain, plain, typeString(t), plain, typeString(t))
		} else if b.reached != nil {
			// For a later cell that stores a plain value (storedAsserted).
			b.reached["asserts:"+plain+":"+typeString(t)] = true
		}
	})
}

// unnamedKey is the name under which values of the type t without a name
// (float64, []float64, struct{ X int }, map[string]int, func(int) int) are
// noted as stored in an any (storedBasic); "" for another type (an
// interface, a type parameter, a pointer, a named type).
//
// An alias is its type: type A = struct{ X int }; var v any = A{1} stores a
// struct{ X int }.
func unnamedKey(t types.Type) string {
	switch t := types.Unalias(t).(type) {
	case *types.Basic:
		if t.Info()&types.IsUntyped != 0 || t.Kind() == types.UnsafePointer {
			return ""
		}
		return t.Name()
	case *types.Slice, *types.Array, *types.Map, *types.Struct, *types.Signature, *types.Chan:
		return typeString(t)
	}
	return ""
}

// storedAsserted refuses storing a value of a type without a name in an
// any when an earlier cell's code asserts an any to a session type of
// that underlying type (pendNamedBasic's refusal, the other way round:
// the function was declared before any such value was stored).
func (b *boundary) storedAsserted() {
	if b.reached == nil {
		return
	}
	var names []string
	for name := range b.storedBasicAt {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		var asserted []string
		for key := range b.reached {
			if t, ok := strings.CutPrefix(key, "asserts:"+name+":"); ok {
				asserted = append(asserted, t)
			}
		}
		if len(asserted) > 0 {
			sort.Strings(asserted)
			t := asserted[0]
			b.refuse(b.storedBasicAt[name], "storing a %s in an any while earlier code asserts an any to %s: the interpreter keeps no type name there and would match this %s as a %s (Go does not). Not supported: keep %s values out of an any (in a []%[1]s, or a variable of type %[1]s)",
				name, t, name, t, name)
			return
		}
	}
}

// reaches reports whether values of the program's type tn may be in an
// empty interface (any), where the interpreter keeps no name for them: f
// converts one, or (declared outside f) earlier code did.
func (b *boundary) reaches(tn *types.TypeName) bool {
	if b.toAny[tn.Type()] {
		return true
	}
	inFile := tn.Pos() >= b.file.FileStart && tn.Pos() < b.file.FileEnd
	return !inFile && (b.reached == nil || b.reached[tn.Name()])
}

// programTypes are the type names the checked files declare, in the order
// of their positions (a message names the same one every time).
func (b *boundary) programTypes() []types.Object {
	var objs []types.Object
	for _, obj := range b.info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && tn.Pkg() != nil && tn.Pkg().Path() == pkgPath {
			objs = append(objs, obj)
		}
	}
	sort.Slice(objs, func(i, j int) bool { return objs[i].Pos() < objs[j].Pos() })
	return objs
}

// isPointer reports whether t is a pointer type.
func isPointer(t types.Type) bool {
	_, ok := t.(*types.Pointer)
	return ok
}

// assertedOperand reports whether x is the operand of a type assertion
// of the file (x.(T)), parentheses aside.
func (b *boundary) assertedOperand(x ast.Expr) bool {
	found := false
	inspect(b.file, func(n ast.Node) bool {
		if ta, ok := n.(*ast.TypeAssertExpr); ok && ast.Unparen(ta.X) == x {
			found = true
		}
		return !found && (n == nil || n.Pos() <= x.Pos() && x.End() <= n.End())
	})
	return found
}
