package check

// This file holds the boundary pass's lowering of struct fields for
// encoding/json and encoding/xml.

import (
	"go/ast"
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
