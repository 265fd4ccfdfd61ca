package check

// This file gives fmt's Print family the operands of the program's
// string-kind types with printing methods as string kinds, as Go does.
//
// Print, Sprint, Fprint, Append and log's Print put a space between two
// operands when neither is a string by kind (reflect.Kind String):
//
//	type S string; func (s S) String() string { return "S!" + string(s) }
//	fmt.Print(S("p"), S("q"))   Go S!pS!q, the interpreter S!p S!q
//
// The interpreter (yaegi v0.16.1) hands fmt a value of such a type in the
// symbol table's struct for fmt.Stringer or error (its String or Error
// method, and IValue), whose kind is struct, so fmt put the space in.
// Given the text of its method as a value of string kind (the mirror's
// MethodTextString, or StringKind for a Format method), the operand is
// spaced as Go spaces it:
//
//	fmt.Print(a, b)   →   fmt.Print(func(__v S) any { return RT.MethodTextString(func() string { return __v.String() }, "String") }(a), …)
//
// A value of such a type held in an interface of the standard library (an
// error, a fmt.Stringer) is given to fmt in the same struct, and which
// type it holds is not known before it runs: there the call is refused
// when it would put a space between that operand and a neighbour that is
// not a string either (fmt.Print(err1, err2)); next to a string
// (log.Print("failed: ", err)) no space is put, as in Go. An any holding
// one is anyTexts' (MethodTextString), an interface of the program's
// interfaceTexts'. In a session, a later cell storing a value of such a
// type in an interface, while a function of an earlier cell prints one so,
// is refused (storedMeets, "meets:" keys of kind "s").

import (
	"fmt"
	"go/ast"
	"go/types"
)

// printSpacing lowers or refuses x, an operand of type from of call, as
// said above.
func (b *boundary) printSpacing(x ast.Expr, from types.Type, call *ast.CallExpr) {
	fn, ok := b.native(call)
	if !ok || !unwrapped[fn] || !spaced(fn) || call.Ellipsis.IsValid() || !b.operand(x, call) || b.printed[x] {
		return
	}
	ops := call.Args
	if !b.operand(call.Args[0], call) {
		ops = ops[1:] // the writer of Fprint, the slice of Append
	}
	if len(ops) < 2 {
		return // no neighbour to be spaced from
	}
	if stringKindPrinter(from) {
		p := &fmtMirror{b: b, memo: map[mirrorKey]string{}}
		text, ok := p.method(from)
		if !ok || p.failed {
			return // a type declared inside a function: left as it was
		}
		if name, ok := b.typeName(from); ok && methodsOf(from)["Format"] {
			text = "func(__v " + name + ") any { return " + b.runtime + ".StringKind(" + text + "(__v)) }"
		}
		b.wrapOperand(x, text)
		return
	}
	if !nativeInterface(from) {
		return
	}
	at := -1
	for i, op := range ops {
		if op == x {
			at = i
		}
	}
	b.pending = append(b.pending, func() {
		var held *types.Named
		for _, obj := range b.programTypes() {
			tn, ok := obj.(*types.TypeName)
			if !ok || tn.IsAlias() || !stringKindPrinter(tn.Type()) || !types.Implements(tn.Type(), from.Underlying().(*types.Interface)) {
				continue
			}
			if b.reached != nil || b.convertedType(tn.Type()) {
				held = tn.Type().(*types.Named)
				break
			}
		}
		for _, i := range []int{at - 1, at + 1} {
			if i < 0 || i >= len(ops) || b.stringHere(ops[i]) {
				continue
			}
			if held == nil {
				// For later cells (storedMeets): code run after this
				// cell, given a value of such a type declared later.
				if code := b.laterCode(x); code != "" && b.reached != nil {
					what := "gives " + fn + " " + article(typeString(from)) + " next to an operand that is not a string"
					b.laterKeys = append(b.laterKeys, "meets:"+code+"\x00s\x00"+what+"\x00"+requirements(from.Underlying().(*types.Interface)))
				}
				return
			}
			b.refuse(x, "%s of a value of type %s next to another operand that is not a string: %[1]s puts a space between two operands when neither is a string by kind, and the %[2]s may hold %s, whose kind is string (Go puts no space next to it), which the interpreter gives fmt in a struct of its own (a space where Go puts none). Not supported yet: print it with Printf's %%v, or call its %s method",
				fn, typeString(from), article(held.Obj().Name()), printingMethod(held, []string{"Format", "Error", "String"}))
			return
		}
	})
}

// stringHere reports whether fmt is given op, an operand of a Print, as a
// string by kind: a string, a value of a type whose underlying type is a
// string, without a printing method or given through StringKind.
func (b *boundary) stringHere(op ast.Expr) bool {
	t := b.info.TypeOf(op)
	if t == nil {
		return false
	}
	u, ok := t.Underlying().(*types.Basic)
	return ok && u.Info()&types.IsString != 0
}

// stringKindPrinter reports whether t is a type of the program whose
// underlying type is a string and whose values have a method fmt calls
// (String, Error, Format).
func stringKindPrinter(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || programNamed(n) == nil {
		return false
	}
	if u, ok := n.Underlying().(*types.Basic); !ok || u.Info()&types.IsString == 0 {
		return false
	}
	ms := methodsOf(n)
	return ms["String"] || ms["Error"] || ms["Format"]
}

// StringKind is the text fmt prints for x (FormatText's value, for a
// value of the program's type whose underlying type is a string and that
// has a Format method) with %v, as Print prints it, as a string kind:
// Print then spaces it from its neighbours as Go spaces the original (see
// printSpacing).
func StringKind(x any) any {
	return methodString(fmt.Sprint(x))
}

// verbOf returns the verb (with its flags, width and precision) that
// call, one of fmt's Printf family with a constant format, gives its
// operand x; "" when there is none or the format is not known.
func (b *boundary) verbOf(x ast.Expr, call *ast.CallExpr) string {
	if call == nil || call.Ellipsis.IsValid() {
		return ""
	}
	_, i, format, ok := printfCall(call, b.info)
	if !ok {
		return ""
	}
	verbs, paired := pairVerbs(format)
	if !paired {
		return ""
	}
	for k, v := range verbs {
		if i+1+k < len(call.Args) && call.Args[i+1+k] == x {
			return v
		}
	}
	return ""
}
