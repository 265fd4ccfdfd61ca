package check

import (
	"go/ast"
	"go/types"
)

// reflectAny refuses reflect.TypeOf of an interface value (an any, an
// error…) while values of the program's types are stored in an any: the
// interpreter's reflection of such a value names the type by its
// structure, lists none of its methods and renames its unexported fields,
// silently. Go's
//
//	for _, v := range []any{42, User{}} { fmt.Println(reflect.TypeOf(v)) }
//
// prints int and main.User; the interpreter printed int and
// struct { Name string; Age int }, and reflect.TypeOf(v).Name() was "".
// Misreflected judges a value whose static type is the program's; this is
// the same judgment for a value held in an interface, made once the walk
// knows what is stored (the %T refusal of pendAnyProbed, for reflect). A
// Type used only where the interpreter answers as Go does (its Kind, an
// exported field's Tag… : reflectTypeSafe) runs.
//
// Of an interface with methods (an error), while a type of the program
// implementing it is converted to an interface: reflect.TypeOf(err) of
// an error holding an E printed interp._error, and its Name() _error,
// for Go's main.E and E.
//
// reflect.ValueOf of an any (or of a []any, a map[…]any…) is judged
// alike: its Type() names the type as TypeOf's does, and a User with
// methods is held there as the interpreter's wrapper, so that
// reflect.ValueOf(x).Type() printed interp.valueInterface, its Field(0)
// and the Value itself the wrapper's insides, for Go's main.User, a and
// {a 1}. Its Kind (IsNil, IsValid, Len, and its Type's Kind) runs.
//
// In a session, a function of a cell that reflects on an any is judged
// again when a later cell stores a type of its in an any: the keys
// pendAnyProbed writes for %T (names: for its parameter, namesany: for an
// any it gets otherwise) refuse the later call or store (callLater,
// storedLater). Declared before type User, func kind(v any) {
// fmt.Println(reflect.TypeOf(v)) } printed struct { Name string } for a
// later cell's kind(User{"a"}).
func (b *boundary) reflectAny(x ast.Expr, from types.Type, call *ast.CallExpr) {
	if programNamed(from) != nil || len(call.Args) != 1 || call.Args[0] != x {
		return
	}
	fn, ok := b.native(call)
	if !ok || fn != "reflect.TypeOf" && fn != "reflect.ValueOf" {
		return
	}
	if fn == "reflect.TypeOf" && !types.IsInterface(from) || fn == "reflect.ValueOf" && !holdsAny(from, map[types.Type]bool{}) && !types.IsInterface(from) {
		return
	}
	if reflectTypeSafe(call, b.info, parentsOf(b.file), b.reached != nil) {
		return
	}
	if b.reached != nil {
		if out, none := b.ruledOut(x); !none {
			if name := b.paramOf(x); name != "" {
				b.laterKeys = append(b.laterKeys, "names:"+name+"\x00"+fn+"\x00"+interfaceKeys(out))
			} else if name := b.laterCode(x); name != "" {
				b.laterKeys = append(b.laterKeys, "namesany:"+name+"\x00"+fn+"\x00"+interfaceKeys(out))
				if !b.callOnly(x) {
					b.laterKeys = append(b.laterKeys, "unbound:"+name+"\x00")
				}
			}
		}
	}
	what := "Type"
	if fn == "reflect.ValueOf" {
		what = "Value"
	}
	b.pending = append(b.pending, func() {
		for _, obj := range b.programTypes() {
			tn, ok := obj.(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			inFile := tn.Pos() >= b.file.FileStart && tn.Pos() < b.file.FileEnd
			// Held in an interface with methods (an error): the
			// interpreter's reflection names its wrapper of the
			// interface, interp._error for Go's main.E.
			inIface := false
			if it, ok := from.Underlying().(*types.Interface); ok && it.NumMethods() > 0 && mayHold(it, tn) {
				inIface = b.converted[tn.Type()] || !inFile && b.reached != nil && (b.reached[tn.Name()] || b.reached["converted:"+tn.Name()])
			}
			stored := b.stored[tn.Type()] || b.stored[types.NewPointer(tn.Type())] || !inFile && b.reached != nil && b.reached["stored:"+tn.Name()]
			if !inIface && !stored {
				continue
			}
			if !stored {
				b.refuse(x, "%s of a value of type %s while values of %s, declared in %s, are stored in one: the interpreter's reflection names its own wrapper of the interface (interp._error for an error), not main.%[3]s, and lists none of its methods. Not supported yet: assert the value to its type first, or use only the %[5]s's Kind",
					fn, typeString(from), tn.Name(), b.where, what)
				return
			}
			b.refuse(x, "%s of a value of type %s while values of %s, declared in %s, are stored in an any: the interpreter's reflection names a %s by its underlying type (%s, not main.%[3]s), lists none of its methods and renames its unexported fields. Not supported yet: assert the value to its type first, or use only the %[7]s's Kind",
				fn, typeString(from), tn.Name(), b.where, tn.Name(), typeString(tn.Type().Underlying()), what)
			return
		}
	})
}
