package symbols

import (
	"reflect"

	"github.com/traefik/yaegi/stdlib"
)

// Stdlib returns the interpreter's standard-library symbol tables without
// its empty stubs of the generic packages slices, maps and cmp, which would
// shadow the real packages (interpreted from their source) after
// ImportUsed. The tables are copied: a caller may replace entries.
func Stdlib() map[string]map[string]reflect.Value {
	std := map[string]map[string]reflect.Value{}
	for k, v := range stdlib.Symbols {
		switch k {
		case "slices/slices", "maps/maps", "cmp/cmp":
			continue
		}
		std[k] = v
	}
	return std
}
