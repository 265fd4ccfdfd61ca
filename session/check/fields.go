package check

// This file holds the boundary pass's lowering of struct fields for
// encoding/json and encoding/xml.

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// hideUnexported tags the unexported fields of a struct type `json:"-"
// xml:"-"`: the interpreter renames them (x becomes Xx, exported), which
// encoding/json and encoding/xml would write and read; Go skips them. An
// embedded field is left alone (Go promotes an embedded struct's exported
// fields).
func (b *boundary) hideUnexported(st *ast.StructType) {
	for _, fd := range st.Fields.List {
		if len(fd.Names) == 0 {
			continue
		}
		unexported := false
		for _, n := range fd.Names {
			if !ast.IsExported(n.Name) && n.Name != "_" {
				unexported = true
			}
		}
		if !unexported {
			continue
		}
		if len(fd.Names) > 1 {
			for _, n := range fd.Names {
				if ast.IsExported(n.Name) {
					unexported = false // x, Y int: one tag would cover Y too
				}
			}
			if !unexported {
				continue
			}
		}
		if fd.Tag == nil {
			b.spans = append(b.spans, Span{fd.Type.End(), fd.Type.End(), " `json:\"-\" xml:\"-\"`"})
			continue
		}
		old, err := strconv.Unquote(fd.Tag.Value)
		if err != nil {
			continue
		}
		tag := `json:"-" xml:"-" ` + old // the first key of a name wins
		if strings.Contains(tag, "`") {
			b.spans = append(b.spans, Span{fd.Tag.Pos(), fd.Tag.End(), strconv.Quote(tag)})
		} else {
			b.spans = append(b.spans, Span{fd.Tag.Pos(), fd.Tag.End(), "`" + tag + "`"})
		}
	}
}

// HiddenTags returns t with the tags hideUnexported gives the unexported
// fields of its struct types (not a named type's: its declaration has
// them), so that a type a lowering writes is the type the program's
// struct literals have once tagged: a var declared with []struct{ in
// string } could not hold a []struct{ in string `json:"-" xml:"-"` }.
func HiddenTags(t types.Type) types.Type {
	switch u := t.(type) {
	case *types.Struct:
		var fields []*types.Var
		var tags []string
		changed := false
		for i := 0; i < u.NumFields(); i++ {
			fd := u.Field(i)
			ft := HiddenTags(fd.Type())
			tag := u.Tag(i)
			if !fd.Embedded() && !fd.Exported() && fd.Name() != "_" {
				tag = strings.TrimSpace(`json:"-" xml:"-" ` + tag)
			}
			if ft != fd.Type() || tag != u.Tag(i) {
				changed = true
				fd = types.NewField(fd.Pos(), fd.Pkg(), fd.Name(), ft, fd.Embedded())
			}
			fields, tags = append(fields, fd), append(tags, tag)
		}
		if !changed {
			return t
		}
		return types.NewStruct(fields, tags)
	case *types.Pointer:
		if e := HiddenTags(u.Elem()); e != u.Elem() {
			return types.NewPointer(e)
		}
	case *types.Slice:
		if e := HiddenTags(u.Elem()); e != u.Elem() {
			return types.NewSlice(e)
		}
	case *types.Array:
		if e := HiddenTags(u.Elem()); e != u.Elem() {
			return types.NewArray(e, u.Len())
		}
	case *types.Map:
		k, e := HiddenTags(u.Key()), HiddenTags(u.Elem())
		if k != u.Key() || e != u.Elem() {
			return types.NewMap(k, e)
		}
	case *types.Chan:
		if e := HiddenTags(u.Elem()); e != u.Elem() {
			return types.NewChan(u.Dir(), e)
		}
	}
	return t
}
