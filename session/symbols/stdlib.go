package symbols

import (
	"reflect"

	"github.com/divergo/divergo/session/symbols/std"
)

// Stdlib returns the standard library's symbol tables (package std, made
// for the installed Go by internal/stdlibgen) without the empty tables of
// the generic packages slices, maps and cmp, which would shadow the
// interpreter's own (interpreted from its source) after ImportUsed. The
// tables are copied: a caller may replace entries.
func Stdlib() map[string]map[string]reflect.Value {
	tables := map[string]map[string]reflect.Value{}
	for k, v := range std.Symbols {
		switch k {
		case "slices/slices", "maps/maps", "cmp/cmp":
			continue
		}
		tables[k] = v
	}
	return tables
}
