package query

import (
	"context"
	"encoding/json"
	"fmt"
	"go/token"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/divergo/divergo/display"
)

// FromGo makes a Go value the table name, materialised in one transaction
// (see bulkLoad). The value may be
//
//   - a slice of structs (or of pointers to structs): a column per exported
//     field of a number, string, bool, slice or array type (or a pointer to
//     a number, string or bool), named as the field is declared (a cell's
//     이름 and count too, which the interpreter calls X이름 and Xcount); a
//     slice or array field is TEXT holding its JSON (an array: '[0.2,0.5]',
//     which SQLite's measures take: kl_json(p, q)); NaN and ±Inf as the
//     strings "NaN", "+Inf", "-Inf"; a nil slice NULL), a []byte a BLOB;
//   - a map from strings to numbers or strings: columns key and value, sorted
//     by key;
//   - a map from strings to slices of equal length (parallel slices): a
//     column per key, in sorted order;
//   - a slice of numbers or strings: columns i (from 0) and value;
//   - a slice of slices of numbers: columns c0, c1, …;
//   - a *display.Table, such as a Query result.
//
// Numbers become REAL (integers INTEGER), strings TEXT, bools INTEGER 0/1,
// nil pointers NULL. A table that FromGo made before is replaced; any other
// existing table of that name is left alone and is an error.
func (d *DB) FromGo(ctx context.Context, name string, v any) (rows int, err error) {
	cols, defs, data, err := goTable(ctx, name, v, d.tableColumns, d.made, nil)
	if err != nil {
		return 0, err
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	if _, err := tx.ExecContext(ctx, "DROP TABLE IF EXISTS "+quoteIdent(name)); err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, "CREATE TABLE "+quoteIdent(name)+" ("+strings.Join(defs, ", ")+")"); err != nil {
		return 0, err
	}
	next, flat := 0, make([]any, 0, 1024*len(cols))
	src := &rowSource{cols: len(cols), next: func() []any {
		flat = flat[:0]
		for ; next < len(data) && len(flat) < cap(flat); next++ {
			flat = append(flat, data[next]...)
		}
		return flat
	}}
	if err := bulkLoad(ctx, tx, name, src); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	if d.made == nil {
		d.made = map[string]bool{}
	}
	d.made[strings.ToLower(name)] = true
	return len(data), nil
}

// tabulate turns a value into columns, SQL types and rows of SQL values.
// goTable makes a Go value the rows of a table name of an engine (FromGo of
// SQLite, DuckDB and PostgreSQL): the column names, their definitions with
// the engine's names for REAL, INTEGER and TEXT (typeNames; nil keeps
// SQLite's, whose columns take any value, so that the types are not
// settled), and the rows. columns gives an existing table's columns (nil
// when there is none); one that made does not hold is left alone and is
// an error.
func goTable(ctx context.Context, name string, v any, columns func(context.Context, string) ([]string, error), made map[string]bool, typeNames map[string]string) (cols, defs []string, rows [][]any, err error) {
	if name == "" {
		return nil, nil, nil, fmt.Errorf("SQLTable needs a table name")
	}
	cols, types, rows, err := tabulate(v)
	if err != nil {
		return nil, nil, nil, err
	}
	if existing, err := columns(ctx, name); err != nil {
		return nil, nil, nil, err
	} else if existing != nil && !made[strings.ToLower(name)] {
		return nil, nil, nil, fmt.Errorf("table %s exists and was not made by SQLTable; DROP it first or choose another name", name)
	}
	if typeNames != nil {
		types, rows = settleTypes(types, rows)
	}
	defs = make([]string, len(cols))
	for j, c := range cols {
		t := types[j]
		if typeNames != nil {
			t = typeNames[t]
		}
		defs[j] = quoteIdent(c) + " " + t
	}
	return cols, defs, rows, nil
}

func tabulate(v any) (cols, types []string, rows [][]any, err error) {
	if t, ok := v.(*display.Table); ok && t != nil {
		return tableColumns(t)
	}
	if t, ok := v.(display.Table); ok {
		return tableColumns(&t)
	}
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return nil, nil, nil, fmt.Errorf("SQLTable: nil is not a table")
	}
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		et := rv.Type().Elem()
		for et.Kind() == reflect.Pointer {
			et = et.Elem()
		}
		switch {
		case et.Kind() == reflect.Struct:
			return structRows(rv, et)
		case scalar(et):
			cols, types = []string{"i", "value"}, []string{"INTEGER", sqlType(et)}
			for i := 0; i < rv.Len(); i++ {
				rows = append(rows, []any{int64(i), sqlValue(rv.Index(i))})
			}
			return cols, types, rows, nil
		case (et.Kind() == reflect.Slice || et.Kind() == reflect.Array) && scalar(et.Elem()):
			width := 0
			for i := 0; i < rv.Len(); i++ {
				width = max(width, rv.Index(i).Len())
			}
			for j := 0; j < width; j++ {
				cols, types = append(cols, fmt.Sprintf("c%d", j)), append(types, sqlType(et.Elem()))
			}
			for i := 0; i < rv.Len(); i++ {
				r := make([]any, width)
				for j := 0; j < rv.Index(i).Len(); j++ {
					r[j] = sqlValue(rv.Index(i).Index(j))
				}
				rows = append(rows, r)
			}
			return cols, types, rows, nil
		}
	case reflect.Map:
		if rv.Type().Key().Kind() != reflect.String {
			break
		}
		keys := rv.MapKeys()
		sort.Slice(keys, func(a, b int) bool { return keys[a].String() < keys[b].String() })
		vt := rv.Type().Elem()
		if scalar(vt) && !(vt.Kind() == reflect.Interface && holdsSlices(rv, keys)) {
			cols, types = []string{"key", "value"}, []string{"TEXT", sqlType(vt)}
			for _, k := range keys {
				rows = append(rows, []any{k.String(), sqlValue(rv.MapIndex(k))})
			}
			return cols, types, rows, nil
		}
		// Parallel slices: map[string][]T, or map[string]any holding slices.
		n := -1
		var slices []reflect.Value
		for _, k := range keys {
			s := rv.MapIndex(k)
			for s.Kind() == reflect.Interface {
				s = s.Elem()
			}
			if s.Kind() != reflect.Slice && s.Kind() != reflect.Array || !scalar(s.Type().Elem()) {
				return nil, nil, nil, fmt.Errorf("SQLTable: %q is a %s, not a slice of numbers or strings", k.String(), s.Type())
			}
			if n >= 0 && s.Len() != n {
				return nil, nil, nil, fmt.Errorf("SQLTable: column %q has %d values, %q has %d: parallel slices must have one length", keys[0].String(), n, k.String(), s.Len())
			}
			n = s.Len()
			cols, types = append(cols, k.String()), append(types, sqlType(s.Type().Elem()))
			slices = append(slices, s)
		}
		for i := 0; i < max(n, 0); i++ {
			r := make([]any, len(slices))
			for j, s := range slices {
				r[j] = sqlValue(s.Index(i))
			}
			rows = append(rows, r)
		}
		return cols, types, rows, nil
	}
	return nil, nil, nil, fmt.Errorf("SQLTable: a %T is not a table: pass a slice of structs, a map, parallel slices (map[string][]float64) or a Query result", v)
}

func tableColumns(t *display.Table) (cols, types []string, rows [][]any, err error) {
	cols = append(cols, t.Columns...)
	types = make([]string, len(cols))
	for j := range cols {
		types[j] = "" // no declared type: SQLite keeps each value's own
	}
	for _, r := range t.Rows {
		row := make([]any, len(cols))
		copy(row, r)
		rows = append(rows, row)
	}
	return cols, types, rows, nil
}

func structRows(rv reflect.Value, st reflect.Type) (cols, types []string, rows [][]any, err error) {
	var fields []int
	var kinds []fieldKind
	for i := 0; i < st.NumField(); i++ {
		f := st.Field(i)
		if !f.IsExported() {
			continue
		}
		ft := f.Type
		if ft.Kind() == reflect.Pointer && scalar(ft.Elem()) {
			ft = ft.Elem()
		}
		k := scalarField
		typ := ""
		switch {
		case scalar(ft):
			typ = sqlType(ft)
		case bytesType(ft):
			k, typ = blobField, "BLOB"
		case ft.Kind() == reflect.Slice || ft.Kind() == reflect.Array:
			k, typ = jsonField, "TEXT"
		default:
			continue
		}
		fields, kinds = append(fields, i), append(kinds, k)
		cols, types = append(cols, columnName(f)), append(types, typ)
	}
	if len(fields) == 0 {
		return nil, nil, nil, fmt.Errorf("SQLTable: %s has no exported field of a number, string, bool or slice type", st)
	}
	for i := 0; i < rv.Len(); i++ {
		e := rv.Index(i)
		for e.Kind() == reflect.Pointer {
			if e.IsNil() {
				break
			}
			e = e.Elem()
		}
		r := make([]any, len(fields))
		if e.Kind() == reflect.Struct {
			for j, f := range fields {
				switch kinds[j] {
				case scalarField:
					r[j] = sqlValue(e.Field(f))
				case blobField:
					r[j] = blobValue(e.Field(f))
				case jsonField:
					r[j] = jsonValue(e.Field(f))
				}
			}
		}
		rows = append(rows, r)
	}
	return cols, types, rows, nil
}

// fieldKind is how a struct field becomes a column.
type fieldKind int

const (
	scalarField fieldKind = iota // a number, string or bool (or a pointer to one)
	blobField                    // []byte: a BLOB
	jsonField                    // another slice or an array: its JSON text
)

// hiddenTag starts the tag session/check gives a cell's unexported struct
// fields (fields.go there), which the interpreter renames "X"+name.
const hiddenTag = `json:"-" xml:"-"`

// columnName is a struct field's column: its name as declared. The
// interpreter exports a cell's unexported fields (이름, count) by naming
// them X이름, Xcount in the reflect type; the session's checker tags
// those fields (hiddenTag), and the X goes.
func columnName(f reflect.StructField) string {
	if rest := strings.TrimPrefix(f.Name, "X"); rest != f.Name && rest != "" &&
		strings.HasPrefix(string(f.Tag), hiddenTag) && !token.IsExported(rest) {
		return rest
	}
	return f.Name
}

func bytesType(t reflect.Type) bool {
	return t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8
}

func blobValue(v reflect.Value) any {
	if v.IsNil() {
		return nil
	}
	return append([]byte{}, v.Bytes()...)
}

// jsonValue is a slice or array field's JSON text: numbers in Go's
// shortest form, NaN and ±Inf (which JSON lacks) as the strings "NaN",
// "+Inf" and "-Inf" (as .mode json writes them); a nil slice is NULL.
func jsonValue(v reflect.Value) any {
	if v.Kind() == reflect.Slice && v.IsNil() {
		return nil
	}
	var b strings.Builder
	writeJSON(&b, v)
	return b.String()
}

func writeJSON(b *strings.Builder, v reflect.Value) {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			b.WriteString("null")
			return
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			b.WriteString("null")
			return
		}
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(b, v.Index(i))
		}
		b.WriteByte(']')
	case reflect.Float32, reflect.Float64:
		x := v.Float()
		switch {
		case math.IsNaN(x):
			b.WriteString(`"NaN"`)
		case math.IsInf(x, 1):
			b.WriteString(`"+Inf"`)
		case math.IsInf(x, -1):
			b.WriteString(`"-Inf"`)
		default:
			bits := 64
			if v.Kind() == reflect.Float32 {
				bits = 32
			}
			b.WriteString(strconv.FormatFloat(x, 'g', -1, bits))
		}
	default:
		j, err := json.Marshal(v.Interface())
		if err != nil {
			j, _ = json.Marshal(fmt.Sprint(v.Interface()))
		}
		b.Write(j)
	}
}

// holdsSlices reports whether a map[string]any holds slices (parallel
// slices) rather than single values.
func holdsSlices(m reflect.Value, keys []reflect.Value) bool {
	for _, k := range keys {
		v := m.MapIndex(k)
		for v.Kind() == reflect.Interface && !v.IsNil() {
			v = v.Elem()
		}
		if (v.Kind() == reflect.Slice || v.Kind() == reflect.Array) && v.Type().Elem().Kind() != reflect.Uint8 {
			return true
		}
	}
	return false
}

func scalar(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.String, reflect.Float32, reflect.Float64,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return true
	case reflect.Interface:
		return true // each value decides
	}
	return false
}

func sqlType(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Float32, reflect.Float64:
		return "REAL"
	case reflect.String:
		return "TEXT"
	case reflect.Interface:
		return ""
	}
	return "INTEGER"
}

func sqlValue(v reflect.Value) any {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			return int64(1)
		}
		return int64(0)
	case reflect.String:
		return v.String()
	case reflect.Float32, reflect.Float64:
		return v.Float()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return int64(v.Uint())
	}
	return fmt.Sprint(v.Interface())
}
