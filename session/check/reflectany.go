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
// exported field's Tag… : reflectTypeSafe) runs. (reflect.ValueOf of such
// an interface is not judged yet: its Type() names the type as TypeOf's.)
func (b *boundary) reflectAny(x ast.Expr, from types.Type, call *ast.CallExpr) {
	if !types.IsInterface(from) || programNamed(from) != nil || len(call.Args) != 1 || call.Args[0] != x {
		return
	}
	fn, ok := b.native(call)
	if !ok || fn != "reflect.TypeOf" {
		return
	}
	if reflectTypeSafe(call, b.info, parentsOf(b.file), b.reached != nil) {
		return
	}
	b.pending = append(b.pending, func() {
		for _, obj := range b.programTypes() {
			tn, ok := obj.(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			inFile := tn.Pos() >= b.file.FileStart && tn.Pos() < b.file.FileEnd
			if !b.stored[tn.Type()] && !b.stored[types.NewPointer(tn.Type())] && (inFile || b.reached == nil || !b.reached["stored:"+tn.Name()]) {
				continue
			}
			b.refuse(x, "%s of a value of type %s while values of %s, declared in %s, are stored in an any: the interpreter's reflection names a %s by its underlying type (%s, not main.%[3]s), lists none of its methods and renames its unexported fields. Not supported yet: assert the value to its type first, or use only the Type's Kind",
				fn, typeString(from), tn.Name(), b.where, tn.Name(), typeString(tn.Type().Underlying()))
			return
		}
	})
}
